#!/usr/bin/env bash
# The one Payara Micro that this module's black-box tests share (run from the micro module):
#   server.sh start PORT   starts the packaged WAR as the quick start does, on PostgreSQL
#   server.sh stop         stops that process, by the id it wrote, and nothing else
# Tests that run inside the container (Arquillian, testable) deploy their own.
set -euo pipefail
pid_file=target/shared-micro.pid
log=target/shared-micro.log
case "$1" in
  start)
    port=$2
    started=$(date +%s%N)
    java -Djournal.demo=small -Djournal.diagnostics.sql=true \
      -Djournal.archive.transfer=off -Djournal.archive.check=off \
      -jar target/runtime/payara-micro.jar --nocluster --rootdir target/shared-micro --port "$port" \
      --addLibs target/runtime/postgresql.jar --prebootcommandfile target/runtime/preboot.asadmin \
      --postbootcommandfile target/runtime/postboot-postgresql.asadmin --deploy target/journal.war \
      > "$log" 2>&1 &
    echo $! > "$pid_file"
    for _ in $(seq 1 240); do
      status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://localhost:$port/journal/login.xhtml" || true)
      if [ "$status" = 200 ]; then
        awk -v a="$started" -v b="$(date +%s%N)" 'BEGIN { printf "Shared Payara Micro answered in %.1f s\n", (b - a) / 1e9 }'
        exit 0
      fi
      if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then break; fi
      sleep 1
    done
    echo "Shared Payara Micro did not answer on port $port; end of $log:" >&2
    tail -n 80 "$log" >&2 || true
    kill "$(cat "$pid_file")" 2>/dev/null || true
    exit 1
    ;;
  stop)
    [ -f "$pid_file" ] || exit 0
    pid=$(cat "$pid_file")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$pid_file"
    ;;
esac
