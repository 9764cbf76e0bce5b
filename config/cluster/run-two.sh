#!/usr/bin/env bash
# Two Payara Micro instances of the journal clustered the way Payara clusters (Hazelcast data grid:
# HTTP sessions replicated, so a teacher stays signed in when the instance serving them dies), behind
# HAProxy, on loopback, against one PostgreSQL database (README, "Several servers").
#   config/cluster/run-two.sh          start, print the URL, stop everything on Ctrl+C
#   config/cluster/run-two.sh start    start and return; the process ids are in $JOURNAL_CLUSTER_DIR
#   config/cluster/run-two.sh stop     stop what `start` started, by those process ids, nothing else
# Builds nothing: it runs micro/target/journal.war on micro/target/runtime/payara-micro.jar (as run.sh
# does after `mvn package`). Settings (environment, or config/journal.env):
#   JOURNAL_PORT             the balancer's port (8080)
#   JOURNAL_INSTANCE_PORTS   one HTTP port per instance ("8081 8082"; three ports: three instances)
#   JOURNAL_HZ_PORT          first data grid port (5900); instance n listens on JOURNAL_HZ_PORT + n - 1
#   JOURNAL_CLUSTER_NAME     the data grid's name (journal-$JOURNAL_PORT): only these instances join it
#   JOURNAL_CLUSTER_DIR      logs, process ids, runtime directories (run/cluster)
#   JOURNAL_JAVA_OPTS        extra JVM options of every instance (e.g. -Xmx1g, -Djournal.demo=small)
#   JOURNAL_DB_*             the one PostgreSQL database all instances share (config/journal.env.example)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
[ -f config/journal.env ] && set -a && . config/journal.env && set +a
: "${JOURNAL_PORT:=8080}" "${JOURNAL_INSTANCE_PORTS:=8081 8082}" "${JOURNAL_HZ_PORT:=5900}"
: "${JOURNAL_CLUSTER_NAME:=journal-$JOURNAL_PORT}" "${JOURNAL_CLUSTER_DIR:=run/cluster}" "${JOURNAL_JAVA_OPTS:=}"
dir=$JOURNAL_CLUSTER_DIR
read -r -a ports <<< "$JOURNAL_INSTANCE_PORTS"

stop() {
  [ -d "$dir" ] || return 0
  # The balancer first, so nothing is sent to an instance that is going away.
  for pid_file in "$dir"/haproxy.pid $(ls "$dir"/i*.pid 2>/dev/null | sort -r); do
    [ -f "$pid_file" ] || continue
    pid=$(cat "$pid_file")
    rm -f "$pid_file"
    # Only a process this script started: a stale file's id may belong to another process by now.
    ps -o args= -p "$pid" 2>/dev/null | grep -q -e payara-micro -e haproxy || continue
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  done
}

# Waits until instance n's own port serves the login page (the deployment, migrations and a demo
# load are done); fails with the end of its log when it stopped or took too long.
await() {
  local n=$1 port=$2
  for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/journal/login.xhtml" || true)" = 200 ] && return 0
    kill -0 "$(cat "$dir/i$n.pid")" 2>/dev/null || break
    sleep 1
  done
  echo "instance i$n did not answer on port $port; end of $dir/i$n.log:" >&2
  tail -n 60 "$dir/i$n.log" >&2 || true
  return 1
}

start() {
  command -v haproxy >/dev/null || { echo "haproxy is missing (Debian: apt-get install haproxy)" >&2; exit 2; }
  [ "${JOURNAL_DB:=postgresql}" = postgresql ] \
    || { echo "several instances share one PostgreSQL database (JOURNAL_DB=postgresql); H2 is embedded in one" >&2; exit 2; }
  [ -f micro/target/journal.war ] || { echo "micro/target/journal.war is missing: mvn -B package -DskipTests" >&2; exit 2; }
  stop
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  config/postboot.sh postgresql > "$dir/postboot.asadmin"
  config/preboot.sh > "$dir/preboot.asadmin"
  local members="" n port
  for n in $(seq 1 ${#ports[@]}); do members+="${members:+,}127.0.0.1:$((JOURNAL_HZ_PORT + n - 1))"; done
  n=0
  for port in "${ports[@]}"; do
    n=$((n + 1))
    rm -rf "$dir/i$n"   # a reused runtime directory deploys the application twice
    # --nohostaware: Payara keeps no backup of a session on a member with the same IP address by
    # default, and on loopback every member has the same one: the kill of one would lose its sessions.
    # -Djournal.instance: the name its batch executions are recorded under (InterruptedJobs fails
    # only its own at start-up); -Djournal.trustedProxies: the balancer, whose X-Forwarded-For names
    # the client in the audit trail and the sign-in log.
    # shellcheck disable=SC2086
    java $JOURNAL_JAVA_OPTS -Djournal.instance="journal-i$n" -Djournal.trustedProxies=127.0.0.1 \
      -jar micro/target/runtime/payara-micro.jar --rootdir "$dir/i$n" \
      --name "journal-i$n" --port "$port" \
      --clustername "$JOURNAL_CLUSTER_NAME" --clustermode "tcpip:$members" \
      --startport "$((JOURNAL_HZ_PORT + n - 1))" --interfaces 127.0.0.1 --nohostaware \
      --addLibs micro/target/runtime/postgresql.jar \
      --prebootcommandfile "$dir/preboot.asadmin" --postbootcommandfile "$dir/postboot.asadmin" \
      --deploy micro/target/journal.war > "$dir/i$n.log" 2>&1 &
    echo $! > "$dir/i$n.pid"
    # One after the other: the first runs the migrations (and a demo load) before others start.
    await "$n" "$port" || { stop; exit 1; }
    echo "instance i$n (pid $(cat "$dir/i$n.pid")) answers on port $port"
  done
  config/cluster/haproxy.sh "$JOURNAL_PORT" "${ports[@]}" > "$dir/haproxy.cfg"
  haproxy -c -q -f "$dir/haproxy.cfg"
  haproxy -db -f "$dir/haproxy.cfg" > "$dir/haproxy.log" 2>&1 &
  echo $! > "$dir/haproxy.pid"
  for _ in $(seq 1 30); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$JOURNAL_PORT/journal/login.xhtml" || true)" = 200 ] && break
    sleep 1
  done
  echo "School Journal on ${#ports[@]} instances behind HAProxy: http://localhost:$JOURNAL_PORT/journal/ (logs: $dir)"
}

case "${1:-run}" in
  start) start ;;
  stop) stop ;;
  run)
    start
    trap 'stop; exit 0' INT TERM
    echo "Ctrl+C stops the balancer and every instance."
    while sleep 3600; do :; done
    ;;
  *) echo "usage: run-two.sh [run|start|stop]" >&2; exit 2 ;;
esac
