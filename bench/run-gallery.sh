#!/usr/bin/env bash
# `make bench-gallery`: the public gallery under load with 100,000 published projects.
#
# A release build on a throwaway PostgreSQL (scripts/postgres.sh with-temp): migrate, the
# demo seed, then PROJECTS more published projects bulk-inserted with set-based SQL
# (bench/gallery.py seed-sql), `showcase-server reindex` to build the public projection.
# Then the release server (workers in it) and nginx serving a static copy of the gallery
# page (the ceiling), and wrk at CONNECTIONS connections against: the static copy, the
# gallery's first page, a search, the API search, a faceted query, a project page (all
# repeated requests: cache hits after the first); searches, facets and text with facets
# whose every request is a different query (cache misses: the honest latency) at
# CONNECTIONS, at 16 (the goal: p99 <= 25 ms, >= 400 queries/s) and at 1; project pages
# each asked for the first time at 8, 16 and 64 connections; and an event's every
# project page in 7 languages, asked for again once the caches hold them. Each run
# records the CPU the server and PostgreSQL spent per request. With SHOWCASE_MEILI_URL
# set, the uncached runs again with Meilisearch behind the product. Prints the table and
# writes it to bench/results/gallery-<date>.md. Figures, not pass/fail.
#
#   PROJECTS=100000 CONNECTIONS=64 THREADS=2 DURATION=20s SLOW_MS=50 bench/run-gallery.sh
#   (SKIP_BUILD=1: use the release binary as it is; RESULTS=file: where the report goes;
#   REINDEX_TIMEOUT_SECS: below)
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECTS=${PROJECTS:-100000}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20s}
# Each cached target first gets this many seconds of load that are not measured.
WARMUP_SECS=${WARMUP_SECS:-3}
# Statements slower than this are logged with their plan (auto_explain) during the load.
SLOW_MS=${SLOW_MS:-50}
export SQLX_OFFLINE=true
bin=target/release/showcase-server

# Outside: build, install the load tools, then run again inside a throwaway cluster.
if [ -z "${GALLERY_BENCH_INNER:-}" ]; then
    if [ -z "${SKIP_BUILD:-}" ]; then
        echo "== release build (cargo build --release -p showcase-server)"
        started=$(date +%s)
        cargo build --release -p showcase-server
        echo "   build: $(( $(date +%s) - started )) s"
    fi
    missing=()
    command -v wrk >/dev/null 2>&1 || missing+=(wrk)
    command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "== installing ${missing[*]} (apt-get)"
            export DEBIAN_FRONTEND=noninteractive
            apt-get update -qq
            apt-get install -y -qq "${missing[@]}" >/dev/null
        else
            echo "missing: ${missing[*]} (apt-get install ${missing[*]})" >&2
            exit 1
        fi
    fi
    # The statements to EXPLAIN, read from the sources the binary was just built from.
    GALLERY_BENCH_EXPLAIN=$(mktemp /tmp/showcase-gallery-explain.XXXXXX.sql)
    python3 bench/gallery.py explain-sql > "$GALLERY_BENCH_EXPLAIN"
    export GALLERY_BENCH_EXPLAIN
    GALLERY_BENCH_INNER=1 exec scripts/postgres.sh with-temp "$0" "$@"
fi

. bench/common.sh
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }
sql() { psql "$DATABASE_URL" -X -q -tA -v ON_ERROR_STOP=1 "$@"; }

tmp=$(mktemp -d /tmp/showcase-gallery-bench.XXXXXX)
chmod 755 "$tmp"
mkdir -p "$tmp/wrk" "$tmp/static" "$tmp/nginx/logs" bench/results
server=
cleanup() {
    [ -f "$tmp/nginx/nginx.pid" ] && kill "$(cat "$tmp/nginx/nginx.pid")" 2>/dev/null || true
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$tmp"
    [ -n "${GALLERY_BENCH_EXPLAIN:-}" ] && rm -f "$GALLERY_BENCH_EXPLAIN"
    return 0
}
trap cleanup EXIT

export SHOWCASE_APPLICATION__DATA_DIR=$tmp/data
export SHOWCASE_APPLICATION__PORT=${PORT:-$(free_port)}
export SHOWCASE_APPLICATION__LOG_FORMAT=json
export SHOWCASE_JOBS__RUN_IN_SERVER=true
export RUST_LOG=${RUST_LOG:-warn,showcase::search::memory=info}
base="http://127.0.0.1:$SHOWCASE_APPLICATION__PORT"
pg_version=$(sql -c "SHOW server_version")
pg_log="$(dirname "$(sql -c 'SHOW data_directory')")/postgres.log"

echo "== migrate and demo seed"
t=$(now)
"$bin" migrate >/dev/null
"$bin" seed --demo --projects 240 --images 40 | sed 's/^/   /'
demo_seed_s=$(since "$t")
echo "   demo seed: $demo_seed_s s"

echo "== bulk insert of $PROJECTS published projects (set-based SQL)"
python3 bench/gallery.py seed-sql --projects "$PROJECTS" > "$tmp/seed.sql"
t=$(now)
sql -f "$tmp/seed.sql" | sed 's/^/   /'
bulk_seed_s=$(since "$t")
echo "   bulk insert (incl. ANALYZE): $bulk_seed_s s"

echo "== reindex (public projection from the publication rule)"
# Time-boxed and recorded: with default settings (4 chunk transactions at a time); if that
# fails, again with one database connection (chunks one after another), so the load still
# runs and the report shows both. The projection is emptied before each attempt.
REINDEX_TIMEOUT_SECS=${REINDEX_TIMEOUT_SECS:-900}
reindex_notes=()
reindex_done=false
reindex_s=?
reindex_out=
attempt() { # label timeout-secs [env...]
    local label=$1 limit=$2 before after status=0 t log
    shift 2
    sql -c "TRUNCATE public_projects CASCADE; TRUNCATE search_terms;"
    log="$tmp/reindex-$(echo "$label" | tr -c 'a-z0-9' '-').log"
    local pg_before
    pg_before=$(stat -c %s "$pg_log" 2>/dev/null || echo 0)
    before=$(sql -c "SELECT count(*) FROM public_projects")
    t=$(now)
    env RUST_BACKTRACE=0 RUST_LIB_BACKTRACE=0 "$@" timeout "$limit" "$bin" reindex > "$log" 2>&1 || status=$?
    local secs
    secs=$(since "$t")
    after=$(sql -c "SELECT count(*) FROM public_projects")
    local deadlocks
    deadlocks=$(tail -c +"$((pg_before + 1))" "$pg_log" 2>/dev/null | grep -c "ERROR:  deadlock detected" || true)
    local note
    if [ "$status" = 0 ]; then
        reindex_out=$(grep -v '^{' "$log" | tail -1)
        reindex_s=$secs
        reindex_done=true
        note="$label: finished in $secs s — $reindex_out"
    elif [ "$status" = 124 ]; then
        note="$label: stopped after the ${limit} s time box; $((after - before)) public rows committed ($(python3 -c "print(f'{($after - $before) / $secs:.1f}')") projects/s, so about $(python3 -c "r = ($after - $before) / $secs; print(f'{$PROJECTS / r / 60:.0f} min' if r > 0 else 'forever')") for $PROJECTS)"
    else
        local err
        err=$(grep -v '^{' "$log" | grep -v '^ *$' | head -6 | tr -s ' \n' ' ')
        note="$label: FAILED after $secs s (exit $status), $((after - before)) public rows committed, $deadlocks deadlocks in the PostgreSQL log: $err"
    fi
    echo "   $note"
    reindex_notes+=("$note")
}
attempt "default settings" "$REINDEX_TIMEOUT_SECS"
if ! $reindex_done; then
    tail -c 20000 "$pg_log" | grep -A6 "ERROR:  deadlock detected" | head -8 > "$tmp/deadlock.txt" || true
    attempt "one connection (SHOWCASE_DATABASE__MAX_CONNECTIONS=1)" "$REINDEX_TIMEOUT_SECS" \
        SHOWCASE_DATABASE__MAX_CONNECTIONS=1 SHOWCASE_DATABASE__ACQUIRE_TIMEOUT_SECS=3600
fi
$reindex_done || { echo "reindex did not finish; see above" >&2; exit 1; }
echo "   reindex: $reindex_s s"
sql -c "ANALYZE public_projects; ANALYZE public_documents; ANALYZE search_terms;"
public_rows=$(sql -c "SELECT count(*) FROM public_projects")
submitted=$(sql -c "SELECT count(*) FROM projects WHERE status = 'submitted'")
terms=$(sql -c "SELECT count(*) FROM search_terms")
echo "   public_projects: $public_rows rows ($submitted submitted projects, $terms search terms)"
if [ "$public_rows" -lt "$PROJECTS" ]; then
    echo "public_projects has $public_rows rows, fewer than the $PROJECTS inserted" >&2
    exit 1
fi
project_id=$(sql -c "SELECT p.project_id FROM public_projects p JOIN projects x ON x.id = p.project_id
                     WHERE x.join_code LIKE 'BENCH%' ORDER BY x.join_code LIMIT 1")
demo_project_id=$(sql -c "SELECT p.project_id FROM public_projects p JOIN projects x ON x.id = p.project_id
                          JOIN public_documents d ON d.project_id = p.project_id
                          WHERE x.join_code NOT LIKE 'BENCH%' AND d.doc->'images' <> '[]' ORDER BY x.join_code LIMIT 1")
robot_titles=$(sql -c "SELECT count(*) FROM public_documents WHERE doc->>'title' ILIKE '%robot%'")
echo "   titles containing 'robot': $robot_titles"

# Slow statements with the plan PostgreSQL really used (custom or generic), during the load.
sql -c "ALTER DATABASE showcase SET session_preload_libraries = 'auto_explain'" \
    -c "ALTER DATABASE showcase SET auto_explain.log_min_duration = '${SLOW_MS}ms'" \
    -c "ALTER DATABASE showcase SET auto_explain.log_format = 'text'"
pg_log_start=$(stat -c %s "$pg_log" 2>/dev/null || echo 0)

echo "== release server on $base (workers in the server, RUST_LOG=$RUST_LOG)"
"$bin" serve > "$tmp/server.log" 2>&1 & server=$!
for _ in $(seq 1 150); do curl -sf "$base/health" >/dev/null && break; sleep 0.2; done
curl -sf "$base/health" >/dev/null || { echo "server did not start:" >&2; tail -20 "$tmp/server.log" >&2; exit 1; }
rss() { awk -v k="$1:" '$1 == k {print $2}' "/proc/$server/status"; }
echo "   RSS after start: $(rss VmRSS) kB"

echo "== static copy of GET /gallery served by nginx"
curl -sf -H 'Accept-Language: en' "$base/gallery" -o "$tmp/static/gallery.html"
chmod -R a+rX "$tmp/static"
nginx_port=$(free_port)
start_static_nginx "$tmp" "$nginx_port" \
    'location = /gallery { default_type "text/html; charset=utf-8"; try_files /gallery.html =404; }'
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$nginx_port/gallery" >/dev/null && break; sleep 0.1; done
static_bytes=$(stat -c %s "$tmp/static/gallery.html")
echo "   nginx on 127.0.0.1:$nginx_port, page $static_bytes bytes"

# name | path (for wrk, relative to its base) | label
targets=(
    "nginx|http://127.0.0.1:$nginx_port/gallery|nginx static copy of /gallery (ceiling)"
    "gallery|$base/gallery?seed=1|gallery first page (cached)"
    "search|$base/gallery?q=robot|gallery search (cached)"
    "api|$base/api/v1/projects?q=robot|API search (cached)"
    "facets|$base/gallery?category=games&country=JP|faceted query (cached)"
    "project|$base/gallery/$project_id|project page (cached)"
)
# name | kind | offset (queries never repeat across runs) | connections | shown path | label
varied=(
    "search-uncached|gallery-search|0|$CONNECTIONS|$base/gallery?q=<varied>|gallery search (uncached)"
    "api-uncached|api-search|300000|$CONNECTIONS|$base/api/v1/projects?q=<varied>|API search (uncached)"
    "facets-uncached|gallery-facets|0|$CONNECTIONS|$base/gallery?category=<varied>&country=<varied>|faceted query (uncached)"
    "search-uncached-16|gallery-search|100000|16|$base/gallery?q=<varied>|gallery search (uncached)"
    "api-uncached-16|api-search|400000|16|$base/api/v1/projects?q=<varied>|API search (uncached)"
    "facets-uncached-16|gallery-facets|110000|16|$base/gallery?category=<varied>&country=<varied>|faceted query (uncached)"
    "combined-uncached-16|gallery-combined|0|16|$base/gallery?q=<varied>&category=<varied>&country=<varied>|text and facets (uncached)"
)

echo "== each target once (200 and results?)"
ok=true
python3 bench/gallery.py check-html "http://127.0.0.1:$nginx_port/gallery" || ok=false
python3 bench/gallery.py check-html "$base/gallery?seed=1" || ok=false
python3 bench/gallery.py check-html "$base/gallery?q=robot" || ok=false
python3 bench/gallery.py check-json "$base/api/v1/projects?q=robot" || ok=false
python3 bench/gallery.py check-html "$base/gallery?category=games&country=JP" || ok=false
python3 bench/gallery.py check-html "$base/gallery?q=robto" || ok=false
python3 bench/gallery.py check-html "$base/gallery?q=ロボット" || ok=false
python3 bench/gallery.py check-html "$base/gallery?q=istanbul" || ok=false
status=$(curl -s -o /dev/null -w '%{http_code}' "$base/gallery/$project_id")
echo "  $status  project page  $base/gallery/$project_id"
[ "$status" = 200 ] || ok=false
$ok || { echo "a target did not answer 200 with results; see above" >&2; exit 1; }
rss_loaded=$(rss VmRSS)
copy_log=$(grep -m1 'search copy refreshed' "$tmp/server.log" || true)
echo "   RSS with the search copy loaded: $((rss_loaded / 1024)) MB; $copy_log"

# CPU time (ms) used so far by a process, and by PostgreSQL (the postmaster and its
# backends): per request, it shows where the time goes as connections are added.
tick_ms=$(( 1000 / $(getconf CLK_TCK) ))
cpu_ms() { awk -v t="$tick_ms" '{ print ($14 + $15) * t }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_master=$(head -1 "$(sql -c 'SHOW data_directory')/postmaster.pid")
pg_cpu_ms() {
    local total=0 p
    for p in "$pg_master" $(pgrep -P "$pg_master"); do total=$(( total + $(cpu_ms "$p") )); done
    echo "$total"
}

run_wrk() { # name url [script] [connections] [threads] [warm-up secs] [duration]
    local name=$1 url=$2 script=${3:-} c=${4:-$CONNECTIONS} th=${5:-$THREADS} warm=${6:-0} d=${7:-$DURATION}
    local args=(--latency --timeout 10s)
    [ -n "$script" ] && args+=(-s "$script")
    if [ "$warm" -gt 0 ]; then
        wrk -t"$th" -c"$c" -d"${warm}s" "${args[@]}" "$url" > "$tmp/wrk/$name-warmup.txt" 2>&1 || true
    fi
    local note=""
    [ "$warm" -gt 0 ] && note=" (after a ${warm} s warm-up)"
    echo "-- $name: wrk -t$th -c$c -d$d ${args[*]} $url$note"
    local s0 p0
    s0=$(cpu_ms "$server"); p0=$(pg_cpu_ms)
    wrk -t"$th" -c"$c" -d"$d" "${args[@]}" "$url" > "$tmp/wrk/$name.txt" 2>&1 || true
    echo "cpu ms: server $(( $(cpu_ms "$server") - s0 )) postgres $(( $(pg_cpu_ms) - p0 ))" >> "$tmp/wrk/$name.txt"
    grep -E "Requests/sec|^ +(50|99)%|Non-2xx|Socket errors|distinct|^cpu ms" "$tmp/wrk/$name.txt" | sed 's/^ */   /'
    sleep 2
}

echo "== load: $CONNECTIONS connections, $THREADS threads, $DURATION each"
report_args=()
for t in "${targets[@]}"; do
    IFS='|' read -r name url label <<<"$t"
    run_wrk "$name" "$url" "" "$CONNECTIONS" "$THREADS" "$WARMUP_SECS"
    report_args+=(--run "$name|${url#"$base"}|$label")
done
for v in "${varied[@]}"; do
    IFS='|' read -r name kind offset conns shown label <<<"$v"
    python3 bench/gallery.py wrk-script --kind "$kind" --offset "$offset" > "$tmp/$name.lua"
    run_wrk "$name" "$base" "$tmp/$name.lua" "$conns"
    report_args+=(--run "$name|${shown#"$base"}|$label")
done
# The same varied searches one at a time: the latency of a search without queueing.
python3 bench/gallery.py wrk-script --kind gallery-search --offset 200000 > "$tmp/search-one.lua"
run_wrk "search-one" "$base" "$tmp/search-one.lua" 1 1
report_args+=(--run "search-one|/gallery?q=<varied>|gallery search (uncached, 1 connection)")

# Project pages, each asked for the first time (uncached), at 8, 16 and 64 connections:
# a list of pages no run has asked for, PAGE_SECS each. Then an event's worth of pages
# (EVENT_PROJECTS projects in 7 languages) asked for once (filling the caches) and then
# again in turn: whether the page cache holds them all.
PAGE_SECS=${PAGE_SECS:-6}
EVENT_PROJECTS=${EVENT_PROJECTS:-4500}
sql -c "SELECT project_id FROM public_projects ORDER BY md5(project_id::text)" > "$tmp/ids.txt"
pages_from=0
for c in 8 16 64; do
    sed -n "$((pages_from + 1)),$((pages_from + 33000))p" "$tmp/ids.txt" > "$tmp/ids-$c.txt"
    pages_from=$((pages_from + 33000))
    python3 bench/gallery.py pages-script --ids "$tmp/ids-$c.txt" > "$tmp/pages-$c.lua"
    run_wrk "pages-uncached-$c" "$base" "$tmp/pages-$c.lua" "$c" "$THREADS" 0 "${PAGE_SECS}s"
    report_args+=(--run "pages-uncached-$c|/gallery/<each project in turn>|project pages, each new (uncached)")
done
tail -n "$EVENT_PROJECTS" "$tmp/ids.txt" > "$tmp/ids-event.txt"
python3 bench/gallery.py pages-script --ids "$tmp/ids-event.txt" --langs en,fr,es,ar,ja,pt,de > "$tmp/pages-event.lua"
event_pages=$((EVENT_PROJECTS * 7))
echo "-- filling the caches with $event_pages pages ($EVENT_PROJECTS projects x 7 languages)"
rss_before_fill=$(rss VmRSS)
python3 - "$base" "$tmp/ids-event.txt" <<'PY'
import sys, urllib.request, concurrent.futures
base, path = sys.argv[1], sys.argv[2]
ids = [l.strip() for l in open(path) if l.strip()]
urls = [f"{base}/gallery/{i}?lang={lang}" for i in ids for lang in "en,fr,es,ar,ja,pt,de".split(",")]
def get(u):
    with urllib.request.urlopen(u, timeout=30) as r:
        return len(r.read())
with concurrent.futures.ThreadPoolExecutor(16) as ex:
    sizes = list(ex.map(get, urls))
print(f"   {len(sizes)} pages, {sum(sizes) / len(sizes) / 1024:.1f} KB on average")
PY
rss_after_fill=$(rss VmRSS)
echo "   RSS before filling $((rss_before_fill / 1024)) MB, after $((rss_after_fill / 1024)) MB"
run_wrk "pages-event" "$base" "$tmp/pages-event.lua" "$CONNECTIONS"
report_args+=(--run "pages-event|/gallery/<$EVENT_PROJECTS projects x 7 languages in turn>|an event's every project page, again (cached)")

peak_rss=$(rss VmHWM)
end_rss=$(rss VmRSS)
threads_n=$(awk '$1 == "Threads:" {print $2}' "/proc/$server/status")
kill "$server"; wait "$server" 2>/dev/null || true; server=

# The same uncached runs with Meilisearch behind the product, side by side, when one is
# configured (SHOWCASE_MEILI_URL; this machine has none).
meili_note="Meilisearch: not run (SHOWCASE_MEILI_URL is not set)"
if [ -n "${SHOWCASE_MEILI_URL:-}" ]; then
    echo "== the uncached runs again with Meilisearch ($SHOWCASE_MEILI_URL)"
    export SHOWCASE_SEARCH__MEILI_INDEX="bench_$(date +%s)"
    "$bin" reindex | sed 's/^/   /'
    "$bin" serve > "$tmp/server-meili.log" 2>&1 & server=$!
    for _ in $(seq 1 150); do curl -sf "$base/health" >/dev/null && break; sleep 0.2; done
    for v in "${varied[@]}"; do
        IFS='|' read -r name kind offset conns shown label <<<"$v"
        python3 bench/gallery.py wrk-script --kind "$kind" --offset "$((offset + 500000))" > "$tmp/$name-meili.lua"
        run_wrk "$name-meili" "$base" "$tmp/$name-meili.lua" "$conns"
        report_args+=(--run "$name-meili|${shown#"$base"}|$label — Meilisearch")
    done
    kill "$server"; wait "$server" 2>/dev/null || true; server=
    meili_note="Meilisearch: the rows marked — Meilisearch, index $SHOWCASE_SEARCH__MEILI_INDEX at $SHOWCASE_MEILI_URL"
fi
kill "$(cat "$tmp/nginx/nginx.pid")" 2>/dev/null || true

sql -c "ALTER DATABASE showcase RESET session_preload_libraries" -c "ALTER DATABASE showcase RESET auto_explain.log_min_duration"
if [ -n "${GALLERY_BENCH_EXPLAIN:-}" ] && [ -f "$GALLERY_BENCH_EXPLAIN" ]; then
    mv "$GALLERY_BENCH_EXPLAIN" "$tmp/explain.sql"
else
    python3 bench/gallery.py explain-sql > "$tmp/explain.sql"
fi
sql -f "$tmp/explain.sql" > "$tmp/explain.txt" 2>&1 || echo "EXPLAIN failed: $(tail -3 "$tmp/explain.txt")" >&2
tail -c +"$((pg_log_start + 1))" "$pg_log" > "$tmp/pg-during-load.log" 2>/dev/null || true
server_errors=$(grep -c '"level":"ERROR"' "$tmp/server.log" || true)
server_warns=$(grep -c '"level":"WARN"' "$tmp/server.log" || true)

{
    echo "# Gallery benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)'); $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); PostgreSQL $pg_version (fsync off, throwaway cluster), search backend PostgreSQL (default);"
    echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency unless the table says otherwise; server, PostgreSQL, nginx and wrk share the machine."
    echo "$meili_note."
    echo
    echo "## Data"
    echo
    echo "- demo seed (\`seed --demo --projects 240 --images 40\`): $demo_seed_s s"
    echo "- bulk insert of $PROJECTS published projects (set-based SQL, incl. ANALYZE): $bulk_seed_s s"
    echo "- \`showcase-server reindex\`, attempts in order:"
    for n in "${reindex_notes[@]}"; do echo "  - $n"; done
    if [ -s "$tmp/deadlock.txt" ]; then
        echo
        echo '  PostgreSQL log of the deadlock:'
        echo
        echo '  ```'
        sed 's/^/  /' "$tmp/deadlock.txt"
        echo '  ```'
    fi
    echo "- public_projects: $public_rows rows; search_terms: $terms; titles containing 'robot': $robot_titles"
    echo "- static copy of \`/gallery\`: $static_bytes bytes"
    echo
    echo "## Load"
    echo
    python3 bench/gallery.py report --dir "$tmp/wrk" "${report_args[@]}"
    echo "- server RSS once its search copy of the $public_rows public rows was loaded: $((rss_loaded / 1024)) MB (the load: $(echo "$copy_log" | python3 -c 'import sys, json
try:
    f = json.loads(sys.stdin.read()).get("fields", {})
    print(f"{f.get(\"changed\")} rows in {f.get(\"elapsed_ms\")} ms")
except ValueError:
    print("not logged")'))"
    echo "- project pages: $event_pages pages of an event filled the caches, RSS $((rss_before_fill / 1024)) MB before, $((rss_after_fill / 1024)) MB after"
    echo "- server peak RSS (VmHWM): **$((peak_rss / 1024)) MB** ($peak_rss kB); RSS at the end $((end_rss / 1024)) MB; $threads_n threads"
    echo "- server log: $server_errors ERROR lines, $server_warns WARN lines"
    echo "- PostgreSQL statements slower than $SLOW_MS ms during the load (auto_explain):"
    python3 bench/gallery.py pg-slow "$tmp/pg-during-load.log" | sed 's/^/  /'
    echo
    if [ "$server_errors" -gt 0 ] || [ "$server_warns" -gt 0 ]; then
        echo "### Server log errors and warnings (distinct messages, first 15)"
        echo
        echo '```'
        grep -E '"level":"(ERROR|WARN)"' "$tmp/server.log" \
            | python3 -c 'import sys, json, collections
c = collections.Counter()
for line in sys.stdin:
    try:
        d = json.loads(line)
    except ValueError:
        continue
    f = d.get("fields", {})
    rest = " ".join(f"{k}={str(v)[:300]}" for k, v in f.items() if k != "message")
    c[(d.get("level"), f.get("message", ""), rest)] += 1
for (level, msg, rest), n in c.most_common(15):
    print(f"{n:6d} x {level} {msg} {rest}")'
        echo '```'
        echo
    fi
    echo "## EXPLAIN ANALYZE of the statements a search runs (server/src/db/public.rs) on this database"
    echo
    python3 bench/gallery.py explain-summary "$tmp/explain.txt"
    echo
    echo "<details><summary>Full plans</summary>"
    echo
    echo '```'
    cat "$tmp/explain.txt"
    echo '```'
    echo
    echo "</details>"
    echo
    echo "<details><summary>Slowest statements during the load, with the plan PostgreSQL used (first 3)</summary>"
    echo
    python3 bench/gallery.py pg-slow "$tmp/pg-during-load.log" --top 3 | sed -n '/^```/,$p'
    echo
    echo "</details>"
} > "$tmp/summary.md"

out=${RESULTS:-bench/results/gallery-$(date -u +%Y-%m-%d).md}
cp "$tmp/summary.md" "$out"
echo
sed -n '/^## Data/,/^## EXPLAIN/p' "$out" | sed '$d'
python3 bench/gallery.py explain-summary "$tmp/explain.txt" | grep -v '^      '
echo
echo "written to $out"
