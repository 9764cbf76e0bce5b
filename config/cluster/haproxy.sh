#!/usr/bin/env bash
# Prints the HAProxy (Debian's 2.6) configuration of the journal's balancer on loopback:
#   haproxy.sh BALANCER_PORT INSTANCE_PORT...   (run-two.sh uses it; for a real host put TLS here)
set -euo pipefail
port=$1
shift
cat <<CFG
global
    maxconn 4000

defaults
    mode http
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout http-request 30s
    # A connection refused by an instance that died is tried again on another one. Only the
    # connection is retried, never a request an instance has received: a save is not sent twice.
    retries 3
    option redispatch 1

frontend journal
    bind 127.0.0.1:$port
    # The instances see the client's address and the scheme and host it used (SameOriginWrites).
    option forwardfor
    http-request set-header X-Forwarded-Proto http
    http-request set-header X-Forwarded-Host %[req.hdr(host)]
    default_backend micro

backend micro
    balance roundrobin
    # Sticky by a cookie of the balancer's own: a browser stays with one instance while it lives
    # (its caches stay warm); the session itself is in the data grid, so another instance takes
    # over when it dies.
    cookie JOURNAL_NODE insert indirect nocache httponly attr "SameSite=Lax"
    # Payara Micro's /health answers 200 only once the application is deployed.
    option httpchk GET /health
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
CFG
n=0
for p in "$@"; do
  n=$((n + 1))
  echo "    server i$n 127.0.0.1:$p check cookie i$n"
done
