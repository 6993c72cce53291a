#!/usr/bin/env bash
# `make bench-certificates`: every certificate of an event built into one zip by the job,
# on a release build and a throwaway PostgreSQL. The demo seed, then PROJECTS (1,900)
# published projects from bench/gallery.py (about 4,500 creators: teams of 1-5), their
# adults' languages spread over the seven shipped locales so every script is set; the
# public projection built by `showcase-server reindex`. An organizer asks for the zip in
# the console (curl, signed in); the script waits for the job and reports its time,
# throughput, the zip's size and the server's resident memory before and at its peak
# (sampled every 50 ms); then 50 certificates downloaded one by one (median and worst).
# Writes bench/results/certificates-<date>.md. SKIP_BUILD=1 uses the release binary as is.
set -euo pipefail
cd "$(dirname "$0")/.."
export SQLX_OFFLINE=true
bin=target/release/showcase-server
PROJECTS=${PROJECTS:-1900}
if [ -z "${CERTIFICATES_BENCH_INNER:-}" ]; then
    scripts/fonts.sh
    [ -n "${SKIP_BUILD:-}" ] || cargo build --release --quiet -p showcase-server
    CERTIFICATES_BENCH_INNER=1 exec scripts/postgres.sh with-temp "$0" "$@"
fi
. bench/common.sh
tmp=$(mktemp -d /tmp/showcase-certificates-bench.XXXXXX)
mkdir -p bench/results
server=
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT
sql() { psql -qAt -v ON_ERROR_STOP=1 "$DATABASE_URL" "$@"; }
port=$(free_port)
export SHOWCASE_APPLICATION__DATA_DIR=$tmp/data SHOWCASE_APPLICATION__PORT=$port RUST_LOG=warn
export SHOWCASE_APPLICATION__BASE_URL=http://127.0.0.1:$port
base=http://127.0.0.1:$port

echo "== demo seed, $PROJECTS published projects, reindex"
"$bin" migrate >/dev/null
"$bin" seed --demo --projects 12 --images 0 >/dev/null
python3 bench/gallery.py seed-sql --projects "$PROJECTS" > "$tmp/seed.sql"
# gallery.py adds its projects to the demo's current event, each with its approved
# revision (what the publication rule reads).
sql -f "$tmp/seed.sql" >/dev/null
# Every shipped language: the managing adults' (and the creators' own) accounts.
sql -c "UPDATE users SET locale = (ARRAY['en','es','fr','tr','hi','ar','ja'])[1 + abs(hashtext(id::text)) % 7]
        WHERE id IN (SELECT coalesce(user_id, managed_by) FROM creators)"
"$bin" reindex >/dev/null
event=$(sql -c "SELECT id FROM current_event")
certificates=$(sql -c "SELECT count(*) FROM public_projects pp JOIN project_members m ON m.project_id = pp.project_id WHERE pp.event_id = '$event'")
published=$(sql -c "SELECT count(*) FROM public_projects WHERE event_id = '$event'")
echo "   $published published projects, $certificates creators (participation certificates)"

"$bin" serve > "$tmp/server.log" 2>&1 & server=$!
for _ in $(seq 1 150); do curl -sf "$base/health" >/dev/null && break; sleep 0.2; done
rss_kb() { awk '$1 == "VmRSS:" {print $2}' "/proc/$server/status"; }
jar=$tmp/cookies
csrf() { curl -s -b "$jar" -c "$jar" "$base$1" | sed -n 's/.*name="csrf_token" value="\([^"]*\)".*/\1/p' | head -1; }
token=$(csrf /sign-in)
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "csrf_token=$token" \
    --data-urlencode "email=organizer@demo.showcase.test" --data-urlencode "password=showcase-demo-2026" \
    --data-urlencode "next=" "$base/sign-in"

echo "== bulk zip"
before=$(rss_kb)
peak_file=$tmp/peak
echo "$before" > "$peak_file"
( peak=$before; while kill -0 "$server" 2>/dev/null; do r=$(rss_kb); [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" > "$peak_file"; sleep 0.05; done ) &
sampler=$!
token=$(csrf /organizer/certificates)
t0=$(date +%s.%N)
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "csrf_token=$token" "$base/organizer/certificates/bulk"
status=queued
for _ in $(seq 1 3600); do
    status=$(sql -c "SELECT status FROM certificate_batches ORDER BY created_at DESC LIMIT 1")
    [ "$status" = done ] || [ "$status" = failed ] && break
    sleep 0.2
done
t1=$(date +%s.%N)
kill "$sampler" 2>/dev/null || true
peak=$(cat "$peak_file")
read -r batch total bytes < <(sql -F ' ' -c "SELECT id, total, bytes FROM certificate_batches ORDER BY created_at DESC LIMIT 1")
secs=$(python3 -c "print(f'{$t1 - $t0:.1f}')")
rate=$(python3 -c "print(f'{$total / ($t1 - $t0):.0f}')")
echo "   $status: $total certificates in $secs s ($rate per second), zip $((bytes / 1048576)) MB"
curl -s -b "$jar" -o "$tmp/all.zip" "$base/organizer/certificates/batches/$batch"
entries=$(python3 -c "import zipfile,sys; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))" "$tmp/all.zip")

echo "== 50 certificates on demand"
sql -c "SELECT pp.project_id || '/' || m.creator_id FROM public_projects pp JOIN project_members m ON m.project_id = pp.project_id WHERE pp.event_id = '$event' ORDER BY md5(m.creator_id::text) LIMIT 50" > "$tmp/one"
times=()
while read -r pc; do
    times+=("$(curl -s -b "$jar" -o /dev/null -w '%{time_total}' "$base/certificates/$pc/participation")")
done < "$tmp/one"
read -r median worst < <(printf '%s\n' "${times[@]}" | python3 -c "import sys,statistics; t=[float(x)*1000 for x in sys.stdin]; print(f'{statistics.median(t):.1f} {max(t):.1f}')")

out=bench/results/certificates-$(date -u +%Y-%m-%d).md
{
    echo "# Certificates benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)'); $(nproc) cores; release build; $published published projects, $certificates creators, their languages spread over en es fr tr hi ar ja; server, job and PostgreSQL share the machine."
    echo
    echo "| what | figure |"
    echo "| --- | ---: |"
    echo "| certificates in the zip | $total (entries read back: $entries) |"
    echo "| batch status | $status |"
    echo "| bulk zip, request to done | $secs s |"
    echo "| throughput | $rate certificates/s |"
    echo "| zip size | $((bytes / 1048576)) MB ($((bytes / (total > 0 ? total : 1) / 1024)) KB per certificate) |"
    echo "| server RSS before / peak | $((before / 1024)) MB / $((peak / 1024)) MB |"
    echo "| one certificate on demand, median / worst of 50 | $median ms / $worst ms |"
} > "$out"
cat "$out"
