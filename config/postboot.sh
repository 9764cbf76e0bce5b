#!/usr/bin/env bash
# Prints the post-boot asadmin commands of Payara Micro for a database (pool, resource, batch job
# repository), exactly as ./run.sh uses them (the tests too): postboot.sh h2|postgresql > postboot.asadmin
# The listener settings are pre-boot commands: preboot.sh.
# JOURNAL_H2_DIR (default ./run/h2, from the current directory) holds the embedded databases.
# JOURNAL_SMTP_HOST set: also the mail session of letters to families (mail.asadmin); unset: e-mail off.
set -euo pipefail
config=$(dirname "$0")
case "${1:-}" in
  h2) "$config/render.sh" "$config/pool-h2.asadmin" "$config/batch-h2.asadmin" "$config/metrics-off.asadmin" ;;
  postgresql) "$config/render.sh" "$config/pool-postgresql.asadmin" "$config/batch.asadmin" "$config/metrics-off.asadmin" ;;
  *) echo "usage: postboot.sh h2|postgresql" >&2; exit 2 ;;
esac
if [ -n "${JOURNAL_SMTP_HOST:-}" ]; then "$config/render.sh" "$config/mail.asadmin"; fi
