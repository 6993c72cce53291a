#!/usr/bin/env bash
# `make bench-livestream`: the announcement's two hot paths and the overlay fan-out, on a
# release build and a throwaway PostgreSQL with the demo seed (last year's event judged
# to the end: its favourites and award are public).
#
# 1. wrk at CONNECTIONS (64) against the public winners page and the run of show JSON
#    (token API), each beside nginx serving a static copy of the same bytes in the same
#    run (the ceiling): req/s, share of the ceiling, p50/p99.
# 2. OVERLAYS (500) overlay connections (server-sent events) held open while the control
#    page steps STEPS (10) times: the time until the last overlay has the new cue.
# Writes bench/results/livestream-<date>.md. SKIP_BUILD=1 uses the release binary as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
export SQLX_OFFLINE=true
bin=target/release/showcase-server
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20s}
WARMUP_SECS=${WARMUP_SECS:-3}
OVERLAYS=${OVERLAYS:-500}
STEPS=${STEPS:-10}
if [ -z "${LIVESTREAM_BENCH_INNER:-}" ]; then
    [ -n "${SKIP_BUILD:-}" ] || cargo build --release --quiet -p showcase-server
    missing=()
    command -v wrk >/dev/null 2>&1 || missing+=(wrk)
    command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
        else
            echo "missing: ${missing[*]}" >&2; exit 1
        fi
    fi
    LIVESTREAM_BENCH_INNER=1 exec scripts/postgres.sh with-temp "$0" "$@"
fi
. bench/common.sh
tmp=$(mktemp -d /tmp/showcase-livestream-bench.XXXXXX)
chmod 755 "$tmp"
mkdir -p "$tmp/wrk" "$tmp/static" "$tmp/nginx/logs" bench/results
server=
cleanup() {
    [ -f "$tmp/nginx/nginx.pid" ] && kill "$(cat "$tmp/nginx/nginx.pid")" 2>/dev/null || true
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT
port=$(free_port)
export SHOWCASE_APPLICATION__DATA_DIR=$tmp/data SHOWCASE_APPLICATION__PORT=$port RUST_LOG=warn
export SHOWCASE_APPLICATION__BASE_URL=http://127.0.0.1:$port
export SHOWCASE_AUTH__RATE_LIMIT_BURST=1000000 SHOWCASE_JOBS__RUN_IN_SERVER=true
base=http://127.0.0.1:$port
"$bin" migrate >/dev/null
"$bin" seed --demo --projects 240 --images 40 >/dev/null
slug=$(psql -qAt "$DATABASE_URL" -c "SELECT slug FROM events WHERE phase = 'archived' LIMIT 1")
token=$("$bin" token create --email organizer@demo.showcase.test --scopes livestream:read --name bench 2>/dev/null)
ulimit -n 8192 2>/dev/null || true
"$bin" serve > "$tmp/server.log" 2>&1 & server=$!
for _ in $(seq 1 150); do curl -sf "$base/health" >/dev/null && break; sleep 0.2; done
# The seed's image and email jobs first: the figures are the announcement's, not the seed's.
for _ in $(seq 1 300); do
    [ "$(psql -qAt "$DATABASE_URL" -c "SELECT count(*) FROM jobs WHERE status IN ('pending', 'running') AND run_at <= now()")" = 0 ] && break
    sleep 1
done
psql -qAt "$DATABASE_URL" -c "ANALYZE" >/dev/null
rss() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$server/status"; }

curl -sf "$base/winners/$slug" -o "$tmp/static/winners.html"
curl -sf -H "Authorization: Bearer $token" "$base/api/v1/events/$slug/livestream" -o "$tmp/static/livestream.json"
chmod -R a+rX "$tmp/static"
nginx_port=$(free_port)
start_static_nginx "$tmp" "$nginx_port" \
    'location = /winners { default_type "text/html; charset=utf-8"; try_files /winners.html =404; }' \
    'location = /livestream { default_type "application/json"; try_files /livestream.json =404; }'
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$nginx_port/winners" >/dev/null && break; sleep 0.1; done

run_wrk() { # name url [header]
    local name=$1 url=$2 hdr=${3:-}
    local args=(--latency --timeout 10s)
    [ -n "$hdr" ] && args+=(-H "$hdr")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP_SECS}s" "${args[@]}" "$url" > /dev/null 2>&1 || true
    echo "-- $name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION $url"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "${args[@]}" "$url" > "$tmp/wrk/$name.txt" 2>&1 || true
    grep -E "Requests/sec|^ +(50|99)%|Non-2xx|Socket errors" "$tmp/wrk/$name.txt" | sed 's/^ */   /'
    sleep 1
}
run_wrk nginx-winners "http://127.0.0.1:$nginx_port/winners"
run_wrk winners "$base/winners/$slug"
run_wrk nginx-json "http://127.0.0.1:$nginx_port/livestream"
run_wrk json "$base/api/v1/events/$slug/livestream" "Authorization: Bearer $token"
rss_after_load=$(rss VmRSS)

echo "-- $OVERLAYS overlays, $STEPS steps"
python3 bench/livestream.py fanout --base "$base" --slug "$slug" --connections "$OVERLAYS" \
    --steps "$STEPS" --email organizer@demo.showcase.test --password showcase-demo-2026 > "$tmp/fanout.md"
cat "$tmp/fanout.md"
peak=$(rss VmHWM)
errors=$(grep -c '"level":"ERROR"\|ERROR' "$tmp/server.log" || true)

out=${RESULTS:-bench/results/livestream-$(date -u +%Y-%m-%d).md}
# Before the report is written (it may itself be a tracked file).
commit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
{
    echo "# Livestream benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Commit $commit; $(nproc) cores; release build; demo seed (240 projects, last year's event announced); server, PostgreSQL, nginx, wrk and the overlay client share the machine."
    echo
    echo "## The announcement: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (after a ${WARMUP_SECS} s warm-up)"
    echo
    python3 bench/livestream.py report --dir "$tmp/wrk" \
        --run "nginx-winners|/winners (static copy)|nginx: the winners page's bytes (ceiling)|" \
        --run "winners|/winners/$slug|winners page|nginx-winners" \
        --run "nginx-json|/livestream (static copy)|nginx: the run of show's bytes (ceiling)|" \
        --run "json|/api/v1/events/$slug/livestream|run of show JSON (token API)|nginx-json"
    echo
    echo "Page sizes: winners $(stat -c %s "$tmp/static/winners.html") bytes, run of show $(stat -c %s "$tmp/static/livestream.json") bytes. Goal: ≥ 80% of the ceiling's req/s, p99 ≤ 25 ms."
    echo
    echo "## The overlay fan-out"
    echo
    cat "$tmp/fanout.md"
    echo
    echo "Server RSS after the wrk runs $((rss_after_load / 1024)) MB, peak $((peak / 1024)) MB; $errors error lines in the server log."
} > "$out"
echo "written to $out"
