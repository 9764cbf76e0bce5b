#!/usr/bin/env bash
# Runs every test of School Journal: ./test.sh
# Unit tests, in-container tests on Payara Micro, the H2 smoke test, and system and browser tests
# against the EAR on Payara Server. Needs PostgreSQL (JOURNAL_DB_HOST/PORT, a superuser
# JOURNAL_DB_ADMIN_USER, default postgres), Debian's chromium + chromium-driver, and haproxy
# (the two-server failover test).
set -euo pipefail
cd "$(dirname "$0")"
started=$(date +%s)
mvn -B -ntp clean verify "$@"
echo "All tests passed in $(( $(date +%s) - started )) s"
