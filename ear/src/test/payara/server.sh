#!/usr/bin/env bash
# Starts or stops the Payara Server that the system tests run against, with the EAR deployed the
# way the README tells an administrator to (run from the ear module):
#   ST_PORTS='8080=N 4848=M ...' server.sh start   moves the domain's default ports to free ones
#   server.sh stop ADMIN_PORT                      stops this build's domain, nothing else
set -euo pipefail
payara=target/payara6
asadmin=$payara/bin/asadmin
domain_xml=$payara/glassfish/domains/domain1/config/domain.xml
case "$1" in
  start)
    # A fresh domain every run: a reused one redeploys the old EAR at start-up.
    cp target/runtime/postgresql.jar $payara/glassfish/domains/domain1/lib/
    for pair in ${ST_PORTS:-}; do
      sed -i "s/port=\"${pair%%=*}\"/port=\"${pair#*=}\"/g" "$domain_xml"
      [ "${pair%%=*}" = 4848 ] && export AS_ADMIN_PORT=${pair#*=}
    done
    JOURNAL_DB_NAME=${ST_DB_NAME:-journal_st} ../config/render.sh \
      ../config/pool-postgresql.asadmin ../config/batch.asadmin ../config/hardening-server.asadmin > target/server-setup.asadmin
    # The tests run against the small demo municipality; nothing is loaded unless asked for.
    echo "create-system-properties journal.demo=small" >> target/server-setup.asadmin
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
    [ -n "${2:-}" ] && export AS_ADMIN_PORT=$2
    $asadmin stop-domain domain1 || true
    ;;
esac
