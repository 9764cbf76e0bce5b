#!/usr/bin/env bash
# Starts or stops the Payara Server that the system tests run against, with the EAR deployed the
# way the README tells an administrator to (run from the ear module):
#   ST_PORTS='8080=N 4848=M ...' server.sh start   moves the domain's default ports to free ones
#   server.sh stop ADMIN_PORT                      stops this build's domain, nothing else
set -euo pipefail
payara=target/payara6
asadmin=$payara/bin/asadmin
domain_dir=$payara/glassfish/domains/domain1
domain_xml=$domain_dir/config/domain.xml
http_port=8080

step_started=$(date +%s%N)
# Prints how long the step took, so a slow start shows where its time went.
step() {
  local now; now=$(date +%s%N)
  awk -v a="$step_started" -v b="$now" -v s="$1" 'BEGIN { printf "Payara Server: %s in %.1f s\n", s, (b - a) / 1e9 }' \
    | tee -a target/deploy-time.txt
  step_started=$now
}

# Waits until URL answers with a status other than 5xx, or fails with the end of the server log.
wait_for() {
  local url=$1 what=$2
  for _ in $(seq 1 180); do
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    case "$status" in 2??|3??|4??) return 0 ;; esac
    sleep 1
  done
  echo "Payara Server: $what did not answer at $url within 180 s (last status '$status'); end of server.log:" >&2
  tail -n 80 "$domain_dir/logs/server.log" >&2 || true
  return 1
}

case "$1" in
  start)
    # A fresh domain every run: a reused one redeploys the old EAR at start-up.
    cp target/runtime/postgresql.jar "$domain_dir/lib/"
    for pair in ${ST_PORTS:-}; do
      sed -i "s/port=\"${pair%%=*}\"/port=\"${pair#*=}\"/g" "$domain_xml"
      [ "${pair%%=*}" = 4848 ] && export AS_ADMIN_PORT=${pair#*=}
      [ "${pair%%=*}" = 8080 ] && http_port=${pair#*=}
    done
    : > target/deploy-time.txt
    JOURNAL_DB_NAME=${ST_DB_NAME:-journal_st} ../config/render.sh \
      ../config/pool-postgresql.asadmin ../config/batch.asadmin ../config/hardening-server.asadmin ../config/http-threads.asadmin > target/server-setup.asadmin
    # The tests run against the small demo municipality; nothing is loaded unless asked for.
    echo "create-system-properties journal.demo=small" >> target/server-setup.asadmin
    # The archive's schedules stay off: no transfer or check may start under a test's feet.
    echo "create-system-properties journal.archive.transfer=off:journal.archive.check=off" >> target/server-setup.asadmin
    # A failed start must not leave a server running (post-integration-test would not run).
    trap '$asadmin stop-domain domain1 >/dev/null 2>&1 || true' ERR
    $asadmin start-domain domain1
    step "domain started"
    $asadmin multimode --file target/server-setup.asadmin
    step "pool, batch and hardening set"
    # Listener and metrics settings take effect cleanly on a restart; changed on a running
    # server they restart the listener while the EAR deploys (README: restart after the setup).
    $asadmin restart-domain domain1
    wait_for "http://localhost:$http_port/" "the HTTP listener"
    step "domain restarted"
    timeout 900 $asadmin deploy --name journal target/journal.ear
    wait_for "http://localhost:$http_port/journal/login.xhtml" "the journal"
    step "EAR deployed"
    ;;
  stop)
    [ -n "${2:-}" ] && export AS_ADMIN_PORT=$2
    $asadmin stop-domain domain1 || true
    ;;
esac
