#!/usr/bin/env bash
# Prints the pre-boot asadmin commands of Payara Micro (./run.sh and the tests use them): listener
# settings (compression, no server banner) and, for one instance, sessions kept in memory
# (single-instance-micro.asadmin). `preboot.sh cluster` (config/cluster/run-two.sh) leaves session
# replication on. Pre-boot, because changing a
# listener after boot restarts it, and a restart racing the deployment left Micro deaf now and then.
set -euo pipefail
config=$(dirname "$0")
files=("$config/compression-micro.asadmin" "$config/hardening-micro.asadmin")
[ "${1:-single}" = cluster ] || files+=("$config/single-instance-micro.asadmin")
"$config/render.sh" "${files[@]}"
