#!/usr/bin/env bash
# Fills the @VARS@ of asadmin command files from the environment (defaults as in
# journal.env.example) and prints the result: render.sh FILE... > out.asadmin
set -euo pipefail
: "${JOURNAL_DB_HOST:=localhost}" "${JOURNAL_DB_PORT:=5432}" "${JOURNAL_DB_NAME:=journal}"
: "${JOURNAL_DB_USER:=journal}" "${JOURNAL_DB_PASSWORD:=journal}" "${JOURNAL_H2_DIR:=./run/h2}"
: "${JOURNAL_SMTP_HOST:=localhost}" "${JOURNAL_SMTP_PORT:=25}" "${JOURNAL_SMTP_USER:=journal}"
: "${JOURNAL_MAIL_FROM:=journal@localhost}"
: "${JOURNAL_HTTP_THREADS:=$((4 * $(nproc)))}"
case "$JOURNAL_HTTP_THREADS" in ''|*[!0-9]*|0|1) echo "JOURNAL_HTTP_THREADS must be a number >= 2" >&2; exit 2;; esac
case "$JOURNAL_DB_PASSWORD" in *:*) echo "JOURNAL_DB_PASSWORD may not contain ':'" >&2; exit 2;; esac
h2_dir=$(mkdir -p "$JOURNAL_H2_DIR" && cd "$JOURNAL_H2_DIR" && pwd)
for file in "$@"; do
  sed -e "s|@JOURNAL_DB_HOST@|$JOURNAL_DB_HOST|g" -e "s|@JOURNAL_DB_PORT@|$JOURNAL_DB_PORT|g" \
      -e "s|@JOURNAL_DB_NAME@|$JOURNAL_DB_NAME|g" -e "s|@JOURNAL_DB_USER@|$JOURNAL_DB_USER|g" \
      -e "s|@JOURNAL_DB_PASSWORD@|$JOURNAL_DB_PASSWORD|g" -e "s|@JOURNAL_H2_DIR@|$h2_dir|g" \
      -e "s|@JOURNAL_SMTP_HOST@|$JOURNAL_SMTP_HOST|g" -e "s|@JOURNAL_SMTP_PORT@|$JOURNAL_SMTP_PORT|g" \
      -e "s|@JOURNAL_SMTP_USER@|$JOURNAL_SMTP_USER|g" -e "s|@JOURNAL_MAIL_FROM@|$JOURNAL_MAIL_FROM|g" \
      -e "s|@JOURNAL_HTTP_THREADS@|$JOURNAL_HTTP_THREADS|g" \
      -e '/^#/d' -e '/^$/d' "$file"
done
