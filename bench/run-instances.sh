#!/usr/bin/env bash
# `make bench-instances`: two `showcase-server serve` processes (A and B, release build)
# on one throwaway PostgreSQL with the demo seed, behind nginx round robin (no sticky
# sessions), both with the same session key and their workers running in the server;
# one data folder (the shared media storage), an outbox folder each. bench/instances.py
# then checks, printing PASS/FAIL per check:
#   1. a session signed in through nginx works on both (20 console requests; nginx's
#      access log and each instance's /metrics show both served them);
#   2. a moderation on A reaches B's cached gallery and project pages within 1 s;
#   3. N (EMAILS, 40) password-reset requests: each email sent exactly once, each job
#      done after one attempt;
#   4. an overlay's event stream on B follows the control page on A within 1 s.
# Exits non-zero when a check fails. Writes bench/results/instances-<date>.md.
# Holds /tmp/showcase-load.lock while the servers run (LOAD_LOCK= when the caller holds
# it already). SKIP_BUILD=1 uses the release binary as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
export SQLX_OFFLINE=true
bin=target/release/showcase-server
EMAILS=${EMAILS:-40}
TRIALS=${TRIALS:-5}
STEPS=${STEPS:-6}
PROJECTS=${PROJECTS:-240}
if [ -z "${INSTANCES_BENCH_INNER:-}" ]; then
    [ -n "${SKIP_BUILD:-}" ] || cargo build --release --quiet -p showcase-server
    [ -x "$bin" ] || { echo "no release binary at $bin" >&2; exit 1; }
    if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
        else
            echo "missing: nginx" >&2; exit 1
        fi
    fi
    lock=${LOAD_LOCK-/tmp/showcase-load.lock}
    if [ -n "$lock" ]; then
        echo "waiting for $lock ..."
        INSTANCES_BENCH_INNER=1 exec flock "$lock" scripts/postgres.sh with-temp "$0" "$@"
    fi
    INSTANCES_BENCH_INNER=1 exec scripts/postgres.sh with-temp "$0" "$@"
fi
. bench/common.sh
tmp=$(mktemp -d /tmp/showcase-instances-bench.XXXXXX)
chmod 755 "$tmp"
mkdir -p "$tmp/data" "$tmp/outbox-a" "$tmp/outbox-b" "$tmp/nginx/logs" bench/results
pids=()
cleanup() {
    [ -f "$tmp/nginx/nginx.pid" ] && kill "$(cat "$tmp/nginx/nginx.pid")" 2>/dev/null || true
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_a=$(free_port)
port_b=$(free_port)
while [ "$port_b" = "$port_a" ]; do port_b=$(free_port); done
lb_port=$(free_port)
lb=http://127.0.0.1:$lb_port
metrics_token=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
# Both instances: one session key (base64 of 64 random bytes), one public address (the
# load balancer's), one data folder (the media storage); their own outbox.
export SHOWCASE_AUTH__SESSION_KEY
SHOWCASE_AUTH__SESSION_KEY=$(head -c 64 /dev/urandom | base64 -w0)
export SHOWCASE_APPLICATION__BASE_URL=$lb SHOWCASE_APPLICATION__DATA_DIR=$tmp/data
export SHOWCASE_JOBS__RUN_IN_SERVER=true SHOWCASE_METRICS__BEARER_TOKEN=$metrics_token
# Behind nginx every request comes from 127.0.0.1: the reset requests are not throttled.
export SHOWCASE_AUTH__RATE_LIMIT_BURST=1000000
export SHOWCASE_APPLICATION__LOG_FORMAT=json RUST_LOG=${RUST_LOG:-info}

"$bin" migrate >/dev/null
"$bin" seed --demo --projects "$PROJECTS" >/dev/null
ulimit -n 8192 2>/dev/null || true
SHOWCASE_APPLICATION__PORT=$port_a SHOWCASE_MAIL__OUTBOX_DIR=$tmp/outbox-a \
    "$bin" serve > "$tmp/server-a.log" 2>&1 & pids+=($!)
SHOWCASE_APPLICATION__PORT=$port_b SHOWCASE_MAIL__OUTBOX_DIR=$tmp/outbox-b \
    "$bin" serve > "$tmp/server-b.log" 2>&1 & pids+=($!)

nginx=$(command -v nginx || echo /usr/sbin/nginx)
cat > "$tmp/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    # The request id the instance answered with, and which instance answered.
    log_format upstreams '\$upstream_http_x_request_id \$upstream_addr \$status "\$request"';
    access_log $tmp/nginx/logs/access.log upstreams;
    client_body_temp_path $tmp/nginx/client_body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    # Round robin, no stickiness: consecutive requests go to A, B, A, ...
    upstream showcase {
        server 127.0.0.1:$port_a;
        server 127.0.0.1:$port_b;
    }
    server {
        listen 127.0.0.1:$lb_port;
        location / {
            proxy_pass http://showcase;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_buffering off;
            proxy_read_timeout 120s;
        }
    }
}
CONF
"$nginx" -p "$tmp/nginx" -e "$tmp/nginx/logs/error.log" -c "$tmp/nginx/nginx.conf"

for port in "$port_a" "$port_b"; do
    up=
    for _ in $(seq 1 300); do
        curl -sf "http://127.0.0.1:$port/health" >/dev/null && { up=1; break; }
        sleep 0.2
    done
    [ -n "$up" ] || { echo "instance on $port did not start" >&2; tail -20 "$tmp"/server-*.log >&2; exit 1; }
done
# The seed's image and email jobs first (both instances' workers share them).
for _ in $(seq 1 300); do
    [ "$(psql -qAt "$DATABASE_URL" -c "SELECT count(*) FROM jobs WHERE status IN ('pending', 'running') AND run_at <= now()")" = 0 ] && break
    sleep 1
done
psql -qAt "$DATABASE_URL" -c "ANALYZE" >/dev/null
echo "A: http://127.0.0.1:$port_a  B: http://127.0.0.1:$port_b  nginx: $lb"

out=${RESULTS:-bench/results/instances-$(date -u +%Y-%m-%d).md}
commit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
status=0
python3 bench/instances.py --lb "$lb" --a "http://127.0.0.1:$port_a" --b "http://127.0.0.1:$port_b" \
    --nginx-log "$tmp/nginx/logs/access.log" --outbox-a "$tmp/outbox-a" --outbox-b "$tmp/outbox-b" \
    --metrics-token "$metrics_token" --emails "$EMAILS" --trials "$TRIALS" --steps "$STEPS" \
    --report "$tmp/report.md" \
    --header "# Several instances, $(date -u +%Y-%m-%dT%H:%MZ)

Commit $commit; $(nproc) cores; release build; two \`showcase-server serve\` (A, B) on one PostgreSQL, demo seed ($PROJECTS projects), behind nginx round robin; same session key, workers in both; one data folder, an outbox each." \
    || status=$?
errors_a=$(grep -c '"level":"ERROR"' "$tmp/server-a.log" || true)
errors_b=$(grep -c '"level":"ERROR"' "$tmp/server-b.log" || true)
{
    cat "$tmp/report.md"
    echo "Error lines in the server logs: A $errors_a, B $errors_b."
} > "$out"
if [ "$errors_a" != 0 ] || [ "$errors_b" != 0 ]; then
    echo "-- error lines (A, then B):"
    grep '"level":"ERROR"' "$tmp/server-a.log" "$tmp/server-b.log" | head -20 || true
fi
echo "written to $out"
if [ "$status" = 0 ]; then echo "ALL CHECKS PASSED"; else echo "SOME CHECKS FAILED" >&2; fi
exit "$status"
