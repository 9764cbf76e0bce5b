#!/usr/bin/env bash
# Prints the pre-boot asadmin commands of Payara Micro (./run.sh and the tests use them): listener
# settings (compression, no server banner), the request threads (http-threads.asadmin) and, with
# `preboot.sh single` (./run.sh, the tests and benches: one instance), sessions kept in memory
# (single-instance-micro.asadmin). Without it session
# replication stays on, so an instance of a cluster can never lose its sessions for a forgotten
# argument (config/cluster/run-two.sh). Pre-boot, because changing a
# listener after boot restarts it, and a restart racing the deployment left Micro deaf now and then.
set -euo pipefail
config=$(dirname "$0")
files=("$config/compression-micro.asadmin" "$config/hardening-micro.asadmin" "$config/http-threads.asadmin")
if [ "${1:-}" = single ]; then files+=("$config/single-instance-micro.asadmin"); fi
"$config/render.sh" "${files[@]}"
