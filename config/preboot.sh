#!/usr/bin/env bash
# Prints the pre-boot asadmin commands of Payara Micro (./run.sh and the tests use them): listener
# settings (compression, no server banner). Pre-boot, because changing a
# listener after boot restarts it, and a restart racing the deployment left Micro deaf now and then.
set -euo pipefail
config=$(dirname "$0")
"$config/render.sh" "$config/compression-micro.asadmin" "$config/hardening-micro.asadmin"
