#!/usr/bin/env bash
# Runs School Journal on Payara Micro: ./run.sh
# Embedded H2 database with demo data by default; JOURNAL_DB=postgresql (and JOURNAL_DB_* as in
# config/journal.env.example) for PostgreSQL. Builds the WAR first if it is missing or stale.
set -euo pipefail
cd "$(dirname "$0")"
[ -f config/journal.env ] && set -a && . config/journal.env && set +a
: "${JOURNAL_DB:=h2}" "${JOURNAL_PORT:=8080}" "${JOURNAL_DEMO:=small}"
export JOURNAL_DEMO

war=micro/target/journal.war
if [ ! -f "$war" ] || [ -n "$(find ejb batch web micro pom.xml -newer "$war" -type f -not -path '*/target/*' -print -quit)" ]; then
  echo "Building (tests are run by ./test.sh) ..."
  mvn -q -B package -DskipTests -Dspotless.check.skip=true
fi

mkdir -p run
case "$JOURNAL_DB" in
  h2) libs=() ;;
  postgresql) libs=(--addLibs micro/target/runtime/postgresql.jar) ;;
  *) echo "JOURNAL_DB must be h2 or postgresql" >&2; exit 2 ;;
esac
config/postboot.sh "$JOURNAL_DB" > run/postboot.asadmin
config/preboot.sh single > run/preboot.asadmin

# A clean runtime directory each start: a reused one deploys the application twice.
rm -rf run/micro
java -jar micro/target/runtime/payara-micro.jar --nocluster --rootdir run/micro --port "$JOURNAL_PORT" \
  "${libs[@]}" --prebootcommandfile run/preboot.asadmin --postbootcommandfile run/postboot.asadmin --deploy "$war" > run/micro.log 2>&1 &
micro=$!
trap 'kill $micro 2>/dev/null' INT TERM
echo "Starting Payara Micro (log: run/micro.log) ..."
url="http://localhost:$JOURNAL_PORT/journal/"
for _ in $(seq 1 180); do
  if curl -fs -o /dev/null "${url}login.xhtml"; then break; fi
  if ! kill -0 $micro 2>/dev/null; then echo "Payara Micro stopped; see run/micro.log" >&2; exit 1; fi
  sleep 1
done
cat <<MSG

School Journal is running at $url  (database: $JOURNAL_DB, demo data: $JOURNAL_DEMO)
API: ${url}api/v1  ·  OpenAPI: http://localhost:$JOURNAL_PORT/openapi  ·  stop with Ctrl+C

Demo logins (password for all: demo):
  s1.teacher1   teacher, class teacher of 5 «А» (School 1): the journal grid
  s1.parent1    parent of a pupil of 5 «А»: the diary
  s1.pupil1     pupil
  s1.admin      school administrator: import pupils from XLSX/CSV
  s1.head       head; s1.deputy  deputy head (all journals, read-only)
  s2.teacher1, s2.parent1 ...   the same roles in School 2
  admin         municipal administrator: schools and their counts
  archivist     archivist
MSG
wait $micro
