#!/usr/bin/env bash
# `make bench-exports`: the organizers' exports at event scale, on a release build and a
# throwaway PostgreSQL: PROJECTS (100,000) submitted projects with three creators each
# (CREATORS = 3 × PROJECTS, 300,000, with 900,000 consent answers), each export
# downloaded with curl as CSV, JSON lines and XLSX: time to first byte, total time, size,
# and the server's resident memory before and at its peak during the download (sampled
# every 20 ms).
# Writes bench/results/exports-<date>.md. SKIP_BUILD=1 uses the release binary as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
export SQLX_OFFLINE=true
bin=target/release/showcase-server
PROJECTS=${PROJECTS:-100000}
if [ -z "${EXPORTS_BENCH_INNER:-}" ]; then
    [ -n "${SKIP_BUILD:-}" ] || cargo build --release --quiet -p showcase-server
    EXPORTS_BENCH_INNER=1 exec scripts/postgres.sh with-temp "$0" "$@"
fi
. bench/common.sh
tmp=$(mktemp -d /tmp/showcase-exports-bench.XXXXXX)
mkdir -p bench/results
server=
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$tmp"
}
trap cleanup EXIT
port=$(free_port)
export SHOWCASE_APPLICATION__DATA_DIR=$tmp/data SHOWCASE_APPLICATION__PORT=$port RUST_LOG=warn
export SHOWCASE_APPLICATION__BASE_URL=http://127.0.0.1:$port SHOWCASE_JOBS__RUN_IN_SERVER=false
base=http://127.0.0.1:$port
"$bin" migrate >/dev/null
"$bin" seed --demo --projects 12 --images 0 >/dev/null
event=$(psql -qAt "$DATABASE_URL" -c "SELECT id FROM current_event")
slug=$(psql -qAt "$DATABASE_URL" -c "SELECT slug FROM events WHERE id = '$event'")
started=$(date +%s)
# PROJECTS families: an adult account managing three children, one project each family
# with the three of them; every answer filled in; every child's consent recorded.
psql -q -v ON_ERROR_STOP=1 "$DATABASE_URL" <<SQL
INSERT INTO users (email, display_name, email_verified_at)
SELECT 'family' || i || '@bench.example.org', 'Parent ' || i, now() FROM generate_series(1, $PROJECTS) i;
INSERT INTO user_roles (user_id, role) SELECT id, 'adult' FROM users WHERE email LIKE '%@bench.example.org';
-- Registered one after another over the weeks before the deadline (five seconds apart),
-- as a real event's are: every row its own time.
INSERT INTO creators (managed_by, first_name, surname, display_name, birth_year, birth_month, country, gender, created_at)
SELECT u.id, 'Kid' || k, 'Family' || substr(u.email, 7, 6), 'Kid' || k, 2010 + k, 1 + k,
       (ARRAY['IE','JP','EG','IN','TR','ES','FR'])[1 + (abs(hashtext(u.email)) % 7)],
       (ARRAY['female','male','non_binary','undisclosed',NULL])[1 + ((abs(hashtext(u.email)) + k) % 5)],
       now() - ((($PROJECTS - split_part(substr(u.email, 7), '@', 1)::int) * 3 + 3 - k) * interval '5 seconds')
FROM users u CROSS JOIN generate_series(1, 3) k WHERE u.email LIKE '%@bench.example.org'
ORDER BY split_part(substr(u.email, 7), '@', 1)::int, k;
CREATE TEMP TABLE fam AS
  SELECT managed_by AS adult, array_agg(id ORDER BY first_name) AS kids FROM creators
  WHERE managed_by IN (SELECT id FROM users WHERE email LIKE '%@bench.example.org') GROUP BY managed_by;
INSERT INTO projects (id, event_id, owner_creator_id, title, short_description, category_id, language,
                      project_url, why_made, difficulties, next_steps, community, sdgs, status, submitted_at, join_code,
                      created_at)
SELECT gen_random_uuid(), '$event', f.kids[1], 'Project ' || left(f.adult::text, 8), repeat('A short description. ', 6),
       (SELECT id FROM categories WHERE event_id = '$event' ORDER BY position LIMIT 1 OFFSET (abs(hashtext(f.adult::text)) % 7)),
       'en', 'https://github.com/example/' || left(f.adult::text, 8), repeat('Why we made it. ', 12),
       repeat('What was hard. ', 12), repeat('What next. ', 10), '', '{4,13}', 'submitted', now(), 'b' || f.adult::text,
       (SELECT created_at FROM creators WHERE id = f.kids[1])
FROM fam f ORDER BY 17;
INSERT INTO project_members (project_id, event_id, creator_id)
SELECT p.id, p.event_id, k FROM projects p JOIN fam f ON f.kids[1] = p.owner_creator_id CROSS JOIN unnest(f.kids) k;
-- Each child's three consent answers, given by the managing adult an hour after
-- registering (one in five declined), as the consent pages record them.
INSERT INTO consents (creator_id, scope, granted, wording_version, given_by_user, given_at)
SELECT c.id, s, abs(hashtext(c.id::text || s::text)) % 5 > 0, 'v1-11-2026', c.managed_by, c.created_at + interval '1 hour'
FROM creators c CROSS JOIN unnest(enum_range(NULL::consent_scope)) s
WHERE c.managed_by IN (SELECT id FROM users WHERE email LIKE '%@bench.example.org');
-- What autovacuum does on a live database: statistics and the visibility map.
VACUUM ANALYZE;
SQL
seeded=$(( $(date +%s) - started ))
projects=$(psql -qAt "$DATABASE_URL" -c "SELECT count(*) FROM projects WHERE event_id = '$event'")
creators=$(psql -qAt "$DATABASE_URL" -c "SELECT count(*) FROM project_members WHERE event_id = '$event'")
token=$("$bin" token create --email organizer@demo.showcase.test --scopes exports:read,personal-data:read --name bench 2>/dev/null)
"$bin" serve > "$tmp/server.log" 2>&1 & server=$!
for _ in $(seq 1 150); do curl -sf "$base/health" >/dev/null && break; sleep 0.2; done
rss_kb() { awk '$1 == "VmRSS:" {print $2}' "/proc/$server/status"; }
# A warm-up of the statements and the allocator.
curl -sf -H "Authorization: Bearer $token" "$base/api/v1/events/$slug/exports/projects?format=jsonl" -o /dev/null

out=bench/results/exports-$(date -u +%Y-%m-%d).md
{
    echo "# Exports benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Commit $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)'); $(nproc) cores; release build; $projects projects with $creators creators (seeded in $seeded s); server, PostgreSQL and curl share the machine."
    echo
    echo "| export | format | rows | bytes | first byte s | total s | RSS before MB | RSS peak MB |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
} > "$out"
for what in projects creators; do
    for format in csv jsonl xlsx; do
        rows=$projects; [ "$what" = creators ] && rows=$creators
        before=$(rss_kb)
        peak_file=$tmp/peak
        echo "$before" > "$peak_file"
        ( peak=$before; while kill -0 "$server" 2>/dev/null; do r=$(rss_kb); [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" > "$peak_file"; sleep 0.02; done ) &
        sampler=$!
        timing=$(curl -sf -H "Authorization: Bearer $token" -o "$tmp/export.$format" \
            -w '%{time_starttransfer} %{time_total} %{size_download}' \
            "$base/api/v1/events/$slug/exports/$what?format=$format&purpose=prizes")
        sleep 0.1
        kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
        peak=$(cat "$peak_file")
        read -r ttfb total size <<< "$timing"
        printf '| %s | %s | %s | %s | %.3f | %.3f | %.1f | %.1f |\n' "$what" "$format" "$rows" "$size" "$ttfb" "$total" \
            "$(echo "$before / 1024" | bc -l)" "$(echo "$peak / 1024" | bc -l)" >> "$out"
    done
done
{
    echo
    echo "Goal: every export of 100,000 projects and 300,000 creators in ≤ 2 s, with the server's memory flat (rows streamed, never held whole)."
    echo "Server log lines at error level: $(grep -c ERROR "$tmp/server.log" || true)."
} >> "$out"
cat "$out"
