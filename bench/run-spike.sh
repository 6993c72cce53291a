#!/usr/bin/env bash
# `make bench-spike`: the moment right after the livestream announces the winners.
#
# VISITORS (10,000) people arrive from the livestream: a Poisson process whose rate rises
# from 0 over RAMP_SECS (60), then holds for STEADY_SECS (60); then no one new comes and
# the last ones finish. Each browses like a person (bench/spike.py, aiohttp in a venv):
# the winners page (?lang=xx for those in another language: MIX), the gallery, then one
# to three project pages (winners, or any published project), THINK (1,5) seconds apart,
# loading each page's assets (stylesheet, icon, scripts, eager images and the first
# LAZY_IMAGES lazy ones) like a browser with its own connections, cookies and cache.
# Every request's latency and status is recorded. The client is bench/spike.py: a small
# asyncio HTTP/1.1 client (uvloop from a venv) in CLIENT_PROCS (2) processes.
#
# A release build on a throwaway PostgreSQL (scripts/postgres.sh with-temp) with the demo
# seed, whose last year's event is announced. The release server (workers in it) is
# started once to copy every page the visitors open (every language in MIX) and their
# assets for nginx; then the identical visitors (same seed, same schedule) meet nginx
# serving those copies (the ceiling), then a freshly started server (cold caches, as
# right after the announcement cleared them). Reported for both: requests/s over the
# steady phase, p50/p99/max latency, errors (non-2xx, connection errors, timeouts), the
# first page's wait during the ramp, CPU time (and the server's VmRSS at start and
# VmHWM), the load client's own CPU and lag (it must not be the bottleneck), and the
# server's own timings per route (its /metrics, on a private listener).
# Prints a summary and writes bench/results/spike-<date>.md. Figures, not pass/fail.
#
#   VISITORS=10000 RAMP_SECS=60 STEADY_SECS=60 bench/run-spike.sh
#   THINK=1,5 MIX=en:70,es:10,ja:8,ar:6,fr:3,hi:2,tr:1 WINNER_SHARE=0.5 LAZY_IMAGES=3
#   ASSETS=0 (pages only), TIMEOUT_SECS=10, SEED=2026, SEED_ARGS="--projects 240"
#   (arguments of `seed --demo`), RESULTS=file (where the report goes),
#   CLIENT_PROCS=2, SPIKE_VENV=/tmp/showcase-spike-venv (the client's Python: uvloop),
#   KEEP_RAW=dir (keep every request's record and the metrics there), QUIET_WAIT_SECS=900
#   (before measuring, wait at most this long for running cargo/rustc jobs to end: they
#   do not take the lock, and on two cores a compiler halves what the server gets).
# The script never builds: `make bench-spike` builds the release binary first. It holds
# /tmp/showcase-load.lock (flock) from the seed to the end, so no other measurement on
# this machine overlaps it; SHOWCASE_LOAD_LOCK_HELD=1 says the caller holds it already.
set -euo pipefail
cd "$(dirname "$0")/.."
export SQLX_OFFLINE=true
bin=target/release/showcase-server
VISITORS=${VISITORS:-10000}
RAMP_SECS=${RAMP_SECS:-60}
STEADY_SECS=${STEADY_SECS:-60}
THINK=${THINK:-1,5}
MIX=${MIX:-en:70,es:10,ja:8,ar:6,fr:3,hi:2,tr:1}
WINNER_SHARE=${WINNER_SHARE:-0.5}
LAZY_IMAGES=${LAZY_IMAGES:-3}
ASSETS=${ASSETS:-1}
TIMEOUT_SECS=${TIMEOUT_SECS:-10}
SEED=${SEED:-2026}
SEED_ARGS=${SEED_ARGS:-}
CLIENT_PROCS=${CLIENT_PROCS:-2}
VENV=${SPIKE_VENV:-/tmp/showcase-spike-venv}
KEEP_RAW=${KEEP_RAW:-}
QUIET_WAIT_SECS=${QUIET_WAIT_SECS:-900}
LOCK=/tmp/showcase-load.lock

# Outside: check the binary, install the tools, take the load lock, then run again inside
# a throwaway cluster.
if [ -z "${SPIKE_BENCH_INNER:-}" ]; then
    if [ ! -x "$bin" ]; then
        echo "no release binary at $bin: 'make bench-spike' builds it (cargo build --release -p showcase-server)" >&2
        exit 1
    fi
    missing=()
    command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    command -v flock >/dev/null 2>&1 || missing+=(util-linux)
    python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "== installing ${missing[*]} (apt-get)"
            export DEBIAN_FRONTEND=noninteractive
            apt-get update -qq
            apt-get install -y -qq -o DPkg::Lock::Timeout=300 "${missing[@]}" >/dev/null
        else
            echo "missing: ${missing[*]} (apt-get install ${missing[*]})" >&2
            exit 1
        fi
    fi
    # The client needs only the standard library; uvloop makes its requests cheaper.
    if ! "$VENV/bin/python" -c 'import uvloop' 2>/dev/null; then
        echo "== the load client's venv: $VENV (pip install uvloop)"
        { [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"; } && "$VENV/bin/pip" install -q uvloop \
            || echo "   (no uvloop: the client runs on asyncio's own loop)"
    fi
    if [ -n "${SHOWCASE_LOAD_LOCK_HELD:-}" ]; then
        SPIKE_BENCH_INNER=1 exec scripts/postgres.sh with-temp "$0" "$@"
    fi
    flock -n "$LOCK" true 2>/dev/null || echo "== waiting for $LOCK (another measurement is running)"
    SPIKE_BENCH_INNER=1 SHOWCASE_LOAD_LOCK_HELD=1 exec flock -o "$LOCK" scripts/postgres.sh with-temp "$0" "$@"
fi

. bench/common.sh
py=$VENV/bin/python
[ -x "$py" ] || py=python3
sql() { psql "$DATABASE_URL" -X -q -tA -v ON_ERROR_STOP=1 "$@"; }
tmp=$(mktemp -d /tmp/showcase-spike-bench.XXXXXX)
chmod 755 "$tmp"
mkdir -p "$tmp/static" "$tmp/nginx/logs" bench/results
server=
stop_server() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    server=
}
cleanup() {
    [ -f "$tmp/nginx/nginx.pid" ] && kill "$(cat "$tmp/nginx/nginx.pid")" 2>/dev/null || true
    stop_server
    rm -rf "$tmp"
    return 0
}
trap cleanup EXIT
# Every visitor holds its own connections: thousands at once.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || ulimit -n 8192 2>/dev/null || true

port=$(free_port)
base=http://127.0.0.1:$port
export SHOWCASE_APPLICATION__DATA_DIR=$tmp/data SHOWCASE_APPLICATION__PORT=$port
export SHOWCASE_APPLICATION__BASE_URL=$base SHOWCASE_APPLICATION__LOG_FORMAT=json
export SHOWCASE_JOBS__RUN_IN_SERVER=true RUST_LOG=${RUST_LOG:-warn}
start_server() { # log
    "$bin" serve > "$1" 2>&1 & server=$!
    for _ in $(seq 1 150); do curl -sf "$base/health" >/dev/null && return 0; sleep 0.2; done
    echo "the server did not answer /health: $(tail -5 "$1")" >&2
    exit 1
}

echo "== migrate and demo seed (seed --demo${SEED_ARGS:+ $SEED_ARGS})"
"$bin" migrate >/dev/null
# shellcheck disable=SC2086 # SEED_ARGS is a list of arguments.
"$bin" seed --demo $SEED_ARGS > "$tmp/seed.log"
slug=$(sql -c "SELECT slug FROM events WHERE phase IN ('announced', 'archived') ORDER BY phase, created_at DESC LIMIT 1")
[ -n "$slug" ] || { echo "the demo seed has no announced event" >&2; exit 1; }
sql -c "SELECT project_id FROM public_projects ORDER BY project_id" > "$tmp/projects.txt"
published=$(wc -l < "$tmp/projects.txt")
winners_sql=$(sql -c "SELECT count(*) FROM public_projects WHERE event_slug = '$slug' AND (has_award OR has_favourite)")
echo "   announced event $slug: $winners_sql winning projects (SQL), $published published projects in all"

echo "== the server, to copy the visitors' pages for nginx"
start_server "$tmp/server-copy.log"
# The seed's image and email jobs first: the copies need the images.
for _ in $(seq 1 300); do
    [ "$(sql -c "SELECT count(*) FROM jobs WHERE status IN ('pending', 'running') AND run_at <= now()")" = 0 ] && break
    sleep 1
done
sql -c "ANALYZE" >/dev/null
langs=$(echo "$MIX" | tr ',' '\n' | cut -d: -f1 | paste -sd,)
"$py" bench/spike.py prepare --base "$base" --slug "$slug" --dir "$tmp" \
    --projects "$tmp/projects.txt" --langs "$langs" --lazy-images "$LAZY_IMAGES" | sed 's/^/   /'
stop_server
chmod -R a+rX "$tmp/static"

# nginx picks the copy in the visitor's language like the server does (?lang=, else the
# cookie it set, else English) and serves the precompressed copy to gzip clients.
nginx_port=$(free_port)
start_static_nginx "$tmp" "$nginx_port" \
    'gzip_static on;' \
    'set $lang en;' \
    'set $setlang "";' \
    'if ($cookie_lang ~ "^[a-z]{2}$") { set $lang $cookie_lang; }' \
    'if ($arg_lang ~ "^[a-z]{2}$") { set $lang $arg_lang; set $setlang "lang=$arg_lang; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly"; }' \
    'add_header Set-Cookie $setlang;' \
    'location / { types { } default_type "text/html; charset=utf-8"; try_files $uri/index.$lang.html =404; }' \
    'location /static/ { types { text/css css; application/javascript js; image/svg+xml svg; } try_files $uri =404; }' \
    'location /gallery/images/ { types { } default_type image/jpeg; try_files $uri =404; }'
nginx_base=http://127.0.0.1:$nginx_port
for _ in $(seq 1 50); do curl -sf "$nginx_base/gallery" >/dev/null && break; sleep 0.1; done
# The copies answer like the server: the language, the cookie, the compressed bytes.
check=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$nginx_base/winners/$slug?lang=ja")
echo "$check" | grep -qi '^set-cookie: lang=ja' && echo "$check" | grep -qi '^content-encoding: gzip' \
    || { echo "nginx does not serve the copies as expected: $check" >&2; exit 1; }
curl -sf -H 'Cookie: lang=ar' "$nginx_base/gallery" | grep -q '<html lang="ar"' \
    || { echo "nginx ignores the lang cookie" >&2; exit 1; }

run_args=(--plan "$tmp/plan.json" --visitors "$VISITORS" --ramp "$RAMP_SECS" --steady "$STEADY_SECS"
          --think "$THINK" --mix "$MIX" --winner-share "$WINNER_SHARE" --timeout "$TIMEOUT_SECS"
          --seed "$SEED" --procs "$CLIENT_PROCS")
[ "$ASSETS" = 1 ] || run_args+=(--no-assets)

compiling() { pgrep -x cargo >/dev/null 2>&1 || pgrep -x rustc >/dev/null 2>&1; }
if compiling; then
    echo "== a compiler is running (cargo/rustc, outside the lock): waiting up to $QUIET_WAIT_SECS s for it"
    for _ in $(seq 1 "$QUIET_WAIT_SECS"); do compiling || break; sleep 1; done
fi
busy_note() { compiling && echo "a compiler (cargo/rustc) was running when the $1 run started" || true; }
note_nginx=$(busy_note nginx)

echo "== nginx serving the copies (the ceiling): $VISITORS visitors over $((RAMP_SECS + STEADY_SECS)) s"
"$py" bench/spike.py run --base "$nginx_base" --label "nginx (static copies)" --out "$tmp/nginx.json" \
    --watch "nginx=$(cat "$tmp/nginx/nginx.pid")" "${run_args[@]}"
kill "$(cat "$tmp/nginx/nginx.pid")" 2>/dev/null || true
sleep 5

echo "== the server, freshly started (cold page caches): the same visitors"
metrics_port=$(free_port)
SHOWCASE_METRICS__LISTEN=127.0.0.1:$metrics_port start_server "$tmp/server.log"
sleep 2
pg_pid=$(head -1 "$(sql -c 'SHOW data_directory')/postmaster.pid")
note_server=$(busy_note server)
curl -sf "http://127.0.0.1:$metrics_port/metrics" > "$tmp/metrics-before.txt" || : > "$tmp/metrics-before.txt"
"$py" bench/spike.py run --base "$base" --label "showcase-server" --out "$tmp/server.json" \
    --watch "server=$server" --watch "postgres=$pg_pid" "${run_args[@]}"
curl -sf "http://127.0.0.1:$metrics_port/metrics" > "$tmp/metrics-after.txt" || : > "$tmp/metrics-after.txt"
# The idle server afterwards: five requests one after another on one kept-alive connection
# each (a stall of ~40 ms on the repeats would be Nagle's algorithm meeting delayed ACKs).
image=$("$py" -c 'import json,sys; p=json.load(open(sys.argv[1])); print(next((a for v in p["assets"].values() for a in v if a.startswith("/gallery/images/")), "/static/css/main.css"))' "$tmp/plan.json")
idle_check=""
for path in "/winners/$slug" /static/css/main.css "$image"; do
    five=()
    for _ in 1 2 3 4 5; do five+=(-o /dev/null "$base$path"); done
    times=$(curl -s -H "Accept-Encoding: gzip, deflate, br, zstd" -w '%{time_total}\n' "${five[@]}" \
        | awk '{printf "%s%.1f", (NR > 1 ? " / " : ""), $1 * 1000}')
    idle_check+="${idle_check:+; }\`$path\` $times ms"
done
errors=$(grep -c '"level":"ERROR"' "$tmp/server.log" || true)
warnings=$(grep -c '"level":"WARN"' "$tmp/server.log" || true)
log_lines=$(grep -E '"level":"(ERROR|WARN)"' "$tmp/server.log" | sed -E 's/.*"message":"([^"]*)".*/\1/' \
    | sort | uniq -c | sort -rn | head -5 || true)
stop_server
if [ -n "$KEEP_RAW" ]; then
    mkdir -p "$KEEP_RAW"
    cp "$tmp/nginx.json" "$tmp/server.json" "$tmp/plan.json" "$tmp/metrics-before.txt" \
        "$tmp/metrics-after.txt" "$tmp/server.log" "$KEEP_RAW/"
fi

echo "== summary"
"$py" bench/spike.py summary --run "$tmp/nginx.json" --run "$tmp/server.json"
echo "   server log: $errors errors, $warnings warnings"
echo "   idle server afterwards, 5 requests on one connection: $idle_check"
[ -z "$note_nginx$note_server" ] || echo "   NOTE: $note_nginx${note_nginx:+; }$note_server"

out=${RESULTS:-bench/results/spike-$(date -u +%Y-%m-%d).md}
# Before the report is written (it may itself be a tracked file).
commit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
# The script never builds: say when the binary was built and whether the server's sources
# have moved on since (then the figures are of an older server than the commit named).
built=$(date -u -r "$bin" +%Y-%m-%dT%H:%MZ)
newer=$(git log --oneline --since="$(date -u -r "$bin" '+%Y-%m-%d %H:%M:%S') +0000" -- server Cargo.toml Cargo.lock templates static locales 2>/dev/null | wc -l)
stale=""
[ "$newer" = 0 ] || stale=" — **$newer commits to the server since it was built: these figures are of the older binary**"
copied=$("$py" bench/spike.py describe --plan "$tmp/plan.json")
{
    echo "# The announcement spike, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Commit $commit; $(nproc) cores; release build of $built$stale (workers in the server, RUST_LOG=$RUST_LOG, json logs); demo seed (\`seed --demo${SEED_ARGS:+ $SEED_ARGS}\`: $published published projects, last year's event \`$slug\` announced, $winners_sql winning projects); the server, PostgreSQL, nginx and the load client share the machine. The load client is bench/spike.py ($CLIENT_PROCS processes, a small asyncio HTTP/1.1 client), one browser per visitor (own connections, at most 6, cookies and cache)."
    echo
    echo "nginx serves copies of the same pages (every language) and assets fetched from the server first ($copied), gzip-precompressed; it runs first, then the server is started afresh (cold page caches, as right after the announcement cleared them) and meets the identical visitors (seed $SEED)."
    echo
    if [ -n "$note_nginx$note_server" ]; then
        echo "**Not a quiet machine:** $note_nginx${note_nginx:+; }$note_server (see 'everything else on the machine' below)."
        echo
    fi
    "$py" bench/spike.py report --run "$tmp/nginx.json" --run "$tmp/server.json" --ceiling "nginx (static copies)"
    echo
    echo "The server's own timings during the spike (its /metrics: from the request reaching the application to the answer's head; the listen queue, the socket and the client are not in it):"
    echo
    "$py" bench/spike.py metrics --before "$tmp/metrics-before.txt" --after "$tmp/metrics-after.txt"
    echo
    echo "The idle server after the spike, five requests one after another on one connection (curl, ms): $idle_check."
    echo
    echo "Server log during the spike: $errors error and $warnings warning lines."
    if [ -n "$log_lines" ]; then echo; echo '```'; echo "$log_lines"; echo '```'; fi
    echo
    echo "Requests/s count the requests that completed in the steady phase (arrivals at the full rate); latencies are of the requests started in it; 'first page' is the winners page's HTML (and with its assets) as each visitor arriving during the ramp waited for it, connection set-up included. Errors: non-2xx answers, connection errors (refused, reset) and requests past the ${TIMEOUT_SECS} s timeout, over the whole run."
} > "$out"
echo "written to $out"
