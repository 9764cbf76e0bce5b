#!/usr/bin/env bash
# The one Payara Micro that this module's black-box tests share (run from the micro module):
#   server.sh start PORT   starts the test WAR (below) as the quick start does, on PostgreSQL
#   server.sh stop         stops that process, by the id it wrote, and nothing else
# The test WAR is the packaged WAR plus the test-only probes (src/test/java/org/schooljournal/probe:
# the archive boundary, timers and mail over HTTP, a failing batch writer, the tenancy EJB), so that
# the tests needing one share this server instead of starting their own. It is built here, in
# target/test-war, under the same name (the context root stays /journal); the shipped WAR never
# holds a probe (ShippedWarIT). The probes stay out of /openapi (scan.exclude), which OpenApiIT
# compares with the shipped WAR's resources.
set -euo pipefail
pid_file=target/shared-micro.pid
log=target/shared-micro.log
case "$1" in
  start)
    port=$2
    started=$(date +%s%N)
    # A root directory left by an earlier start (install, then verify, without clean) keeps that
    # start's data source: Payara Micro does not create a pool that exists, whatever the post-boot says.
    rm -rf target/shared-micro
    rm -rf target/test-war && mkdir -p target/test-war/add/WEB-INF/classes/org/schooljournal
    cp -r target/test-classes/org/schooljournal/probe target/test-war/add/WEB-INF/classes/org/schooljournal/
    cp target/journal.war target/test-war/journal.war
    jar uf target/test-war/journal.war -C target/test-war/add WEB-INF
    java -Djournal.demo=small -Dmp.openapi.scan.exclude.packages=org.schooljournal.probe -Djournal.diagnostics.sql=true \
      -Djournal.archive.transfer=off -Djournal.archive.check=off \
      -jar target/runtime/payara-micro.jar --nocluster --rootdir target/shared-micro --port "$port" \
      --addLibs target/runtime/postgresql.jar --prebootcommandfile target/runtime/preboot.asadmin \
      --postbootcommandfile target/runtime/postboot-postgresql.asadmin --deploy target/test-war/journal.war \
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
