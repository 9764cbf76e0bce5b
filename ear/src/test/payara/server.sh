#!/usr/bin/env bash
# Starts or stops the Payara Server that the system tests run against, with the EAR deployed the
# way the README tells an administrator to: server.sh start|stop  (run from the ear module).
set -euo pipefail
payara=target/payara6
asadmin=$payara/bin/asadmin
case "$1" in
  start)
    # A fresh domain every run: a reused one redeploys the old EAR at start-up.
    cp target/runtime/postgresql.jar $payara/glassfish/domains/domain1/lib/
    JOURNAL_DB_NAME=${ST_DB_NAME:-journal_st} ../config/render.sh \
      ../config/pool-postgresql.asadmin ../config/batch.asadmin > target/server-setup.asadmin
    started=$(date +%s%N)
    $asadmin start-domain domain1
    # A failed setup must not leave a server running (post-integration-test would not run).
    trap '$asadmin stop-domain domain1 >/dev/null 2>&1 || true' ERR
    $asadmin multimode --file target/server-setup.asadmin
    deploy_started=$(date +%s%N)
    $asadmin deploy --name journal target/journal.ear
    ended=$(date +%s%N)
    awk -v a="$started" -v b="$deploy_started" -v c="$ended" 'BEGIN {
      printf "Payara Server: domain + pool %.1f s, EAR deployed in %.1f s\n", (b - a) / 1e9, (c - b) / 1e9 }' \
      | tee target/deploy-time.txt
    ;;
  stop)
    $asadmin stop-domain domain1 || true
    ;;
esac
