#!/usr/bin/env bash
# Gives a test phase a fresh database of its own: reset-test-db.sh NAME
# Needs a PostgreSQL superuser (JOURNAL_DB_ADMIN_USER, default postgres; trust or PGPASSWORD).
set -euo pipefail
name=$1
host=${JOURNAL_DB_HOST:-localhost}
port=${JOURNAL_DB_PORT:-5432}
admin=${JOURNAL_DB_ADMIN_USER:-postgres}
user=${JOURNAL_DB_USER:-journal}
password=${JOURNAL_DB_PASSWORD:-journal}
psql=(psql -v ON_ERROR_STOP=1 -q -h "$host" -p "$port" -U "$admin" -d postgres)
if ! "${psql[@]}" -tAc "select 1 from pg_roles where rolname = '$user'" | grep -q 1; then
  "${psql[@]}" -c "create role \"$user\" login password '$password'"
fi
"${psql[@]}" -c "drop database if exists \"$name\" with (force)"
"${psql[@]}" -c "create database \"$name\" owner \"$user\""
echo "fresh database $name on $host:$port"
