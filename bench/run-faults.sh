#!/usr/bin/env bash
# `make bench-faults`: faults under load, on a release build and a throwaway PostgreSQL.
#
# Two deployments share the one PostgreSQL server and one real SMTP server (aiosmtpd, a
# process of bench/faults.py that writes each message it accepts to a folder), each with
# its workers in the server (SHOWCASE_JOBS__RUN_IN_SERVER=true):
#   S  database showcase_submit: `seed --demo` (+ BENCH_CREATORS creator accounts), then the
#      current event moved back to its submissions phase (close in 45 days), so creators
#      can submit, guardians consent and an organizer approves;
#   J  database showcase: `seed --demo` as it is (+ BENCH_JUDGES volunteer judges),
#      mid-shortlisting, so the judges can score.
# (One event cannot take submissions and scores at once: the phases exclude each other.)
#
# For FAULT_RUN_SECS (150) bench/faults.py runs creators, guardians, the organizer, judges
# and visitors, and in order: stops PostgreSQL (-m PG_STOP_MODE, fast) at PG_AT (30 s)
# for PG_DOWN_SECS (5) then starts it again (the same options, from postmaster.opts);
# kills the SMTP server at SMTP_AT (60 s) and starts it again SMTP_DOWN_SECS (60) later;
# with SHOWCASE_MEILI_URL set and MEILI_STOP_CMD / MEILI_START_CMD given, stops
# Meilisearch at MEILI_AT (125 s) for MEILI_DOWN_SECS (20) (there is none on this machine:
# the report says it was not run). Then it waits (DRAIN_SECS, 300) until no job is due or
# running, and checks every acknowledged submission, consent, approval and score against
# the database, every email job against the messages received (none lost, none twice),
# and the public projection against the publication rule, `showcase-server reindex` and
# both servers' search answers.
#
# Other knobs: PG_STOP_MODE=immediate (a crash), PG_DOWN_SECS=0 (a plain restart),
# SMTP_REPLY_DELAY=1 (the SMTP server takes a second per message, so faults land in the
# middle of sends), CREATORS (6), BROWSERS (8), REGISTER_EVERY (3), PROJECTS (240);
# SHOWCASE_* settings pass through to both servers. FAULTS_KEEP=DIR keeps the logs and mail.
#
# Writes bench/results/faults-<date>.md (per phase: statuses, connection errors, p50/p99 by
# request kind; the error pages seen) and exits 1 when anything was lost or duplicated.
# Holds /tmp/showcase-load.lock for everything that loads the machine.
# SKIP_BUILD=1 uses the release binary as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
export SQLX_OFFLINE=true
bin=$PWD/target/release/showcase-server
venv=${FAULTS_VENV:-/tmp/showcase-faults-venv}
py=$venv/bin/python
if [ -z "${FAULTS_BENCH_INNER:-}" ]; then
    [ -n "${SKIP_BUILD:-}" ] || cargo build --release --quiet -p showcase-server
    [ -x "$bin" ] || { echo "no release binary at $bin" >&2; exit 1; }
    if ! "$py" -c "import aiohttp, aiosmtpd" >/dev/null 2>&1; then
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet --disable-pip-version-check "aiosmtpd==1.4.6" "aiohttp>=3.9,<4"
    fi
    scripts/postgres.sh ensure-installed
    echo "waiting for /tmp/showcase-load.lock (other benchmarks measure too) ..."
    # -o: the servers and PostgreSQL started under the lock do not inherit it.
    FAULTS_BENCH_INNER=1 exec flock -o /tmp/showcase-load.lock scripts/postgres.sh with-temp "$0" "$@"
fi
echo "lock held; setting up"
. bench/common.sh
PROJECTS=${PROJECTS:-240}
BENCH_CREATORS=${BENCH_CREATORS:-150}
BENCH_JUDGES=${BENCH_JUDGES:-16}
tmp=$(mktemp -d /tmp/showcase-faults.XXXXXX)
chmod 755 "$tmp"
mkdir -p "$tmp/mail" bench/results
server_s= server_j=
cleanup() {
    local pid
    # Each server runs under a subshell (as_s/as_j): stop the server itself, then it.
    for pid in $server_s $server_j; do pkill -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done
    for pid in $server_s $server_j; do wait "$pid" 2>/dev/null || true; done
    if [ -f "$tmp/smtp.pid" ]; then kill "$(cat "$tmp/smtp.pid")" 2>/dev/null || true; fi
    # FAULTS_KEEP=DIR keeps the server logs, the PostgreSQL log and the received mail.
    if [ -n "${FAULTS_KEEP:-}" ]; then
        mkdir -p "$FAULTS_KEEP"
        cp -r "$tmp"/server-*.log "$tmp/mail" "$FAULTS_KEEP/" 2>/dev/null || true
        [ -n "${pg_log:-}" ] && cp "$pg_log" "$FAULTS_KEEP/" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# The cluster scripts/postgres.sh started: its data folder, binaries and log.
pgdata=$(psql -qAtX "$DATABASE_URL" -c "SHOW data_directory")
pg_bin=
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/pg_ctl" ] && pg_bin=$d; done
[ -n "$pg_bin" ] || pg_bin=$(dirname "$(command -v pg_ctl)")
pg_log=$(dirname "$pgdata")/postgres.log
db_j=$DATABASE_URL
db_s=${DATABASE_URL%/*}/showcase_submit
psql -qAtX "$DATABASE_URL" -c "CREATE DATABASE showcase_submit" >/dev/null

smtp_port=$(free_port)
# Not a job of this shell: faults.py kills it (the outage) and starts another.
"$py" bench/faults.py smtp-sink --port "$smtp_port" --dir "$tmp/mail" & echo $! > "$tmp/smtp.pid"
disown
for _ in $(seq 1 100); do (echo > "/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null && break; sleep 0.1; done

port_s=$(free_port)
port_j=$(free_port)
export RUST_LOG=warn SHOWCASE_APPLICATION__LOG_FORMAT=json SHOWCASE_JOBS__RUN_IN_SERVER=true SHOWCASE_AUTH__RATE_LIMIT_BURST=1000000
export SHOWCASE_MAIL__SMTP_URL=smtp://127.0.0.1:$smtp_port
as_s() {
    env DATABASE_URL="$db_s" SHOWCASE_APPLICATION__PORT="$port_s" SHOWCASE_APPLICATION__DATA_DIR="$tmp/data-s" \
        SHOWCASE_APPLICATION__BASE_URL="http://127.0.0.1:$port_s" SHOWCASE_SEARCH__MEILI_INDEX=projects_faults_s "$@"
}
as_j() {
    env DATABASE_URL="$db_j" SHOWCASE_APPLICATION__PORT="$port_j" SHOWCASE_APPLICATION__DATA_DIR="$tmp/data-j" \
        SHOWCASE_APPLICATION__BASE_URL="http://127.0.0.1:$port_j" SHOWCASE_SEARCH__MEILI_INDEX=projects_faults_j "$@"
}
as_s "$bin" migrate >/dev/null
as_j "$bin" migrate >/dev/null
echo "seeding S (submissions) and J (judging) ..."
as_s "$bin" seed --demo --projects "$PROJECTS" --images 0 --bench-creators "$BENCH_CREATORS" >/dev/null
as_j "$bin" seed --demo --projects "$PROJECTS" --images 0 --bench-judges "$BENCH_JUDGES" >/dev/null
# S: the current event back in its submissions phase, with its later phases moved on to fit.
reopened=$(psql -qAtX "$db_s" -c "UPDATE events SET phase = 'submissions_open',
    submissions_close_at = now() + interval '45 days', shortlisting_at = now() + interval '60 days',
    favourites_at = now() + interval '75 days', announcement_at = now() + interval '90 days',
    archive_at = now() + interval '270 days'
    WHERE id = (SELECT id FROM current_event) RETURNING slug")
echo "S: $reopened reopened for submissions"

ulimit -n 8192 2>/dev/null || true
as_s "$bin" serve > "$tmp/server-s.log" 2>&1 & server_s=$!
as_j "$bin" serve > "$tmp/server-j.log" 2>&1 & server_j=$!
for port in "$port_s" "$port_j"; do
    for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
    curl -sf "http://127.0.0.1:$port/health" >/dev/null || { echo "server on $port did not start" >&2; tail -n 20 "$tmp"/server-*.log >&2; exit 1; }
done
# The seeds' emails and search updates first: the run starts from an empty queue.
waited=0
for db in "$db_s" "$db_j"; do
    while [ "$(psql -qAtX "$db" -c "SELECT count(*) FROM jobs WHERE status = 'running' OR (status = 'pending' AND run_at <= now() + interval '1 hour')")" != 0 ]; do
        [ "$waited" -lt 600 ] || { echo "the seeds' jobs still queued after 600 s" >&2; exit 1; }
        sleep 2; waited=$((waited + 2))
    done
done
psql -qAtX "$db_s" -c "ANALYZE" >/dev/null
psql -qAtX "$db_j" -c "ANALYZE" >/dev/null
echo "seeds' jobs done after ${waited} s; servers S :$port_s and J :$port_j, SMTP :$smtp_port"

commit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
out=${RESULTS:-bench/results/faults-$(date -u +%Y-%m-%d).md}
meili=()
run_secs=${FAULT_RUN_SECS:-150}
if [ -n "${SHOWCASE_MEILI_URL:-}" ]; then
    run_secs=${FAULT_RUN_SECS:-180}
    meili=(--meili-at "${MEILI_AT:-125}" --meili-down-secs "${MEILI_DOWN_SECS:-20}"
        --meili-stop-cmd "${MEILI_STOP_CMD:-}" --meili-start-cmd "${MEILI_START_CMD:-}")
fi
status=0
as_s "$py" bench/faults.py run \
    --s-base "http://127.0.0.1:$port_s" --j-base "http://127.0.0.1:$port_j" --s-db "$db_s" --j-db "$db_j" \
    --bin "$bin" --pgdata "$pgdata" --pg-bin "$pg_bin" --pg-log "$pg_log" \
    --pg-stop-mode "${PG_STOP_MODE:-fast}" --pg-at "${PG_AT:-30}" --pg-down-secs "${PG_DOWN_SECS:-5}" \
    --smtp-port "$smtp_port" --smtp-pidfile "$tmp/smtp.pid" --mail-dir "$tmp/mail" \
    --smtp-at "${SMTP_AT:-60}" --smtp-down-secs "${SMTP_DOWN_SECS:-60}" "${meili[@]}" \
    --run-secs "$run_secs" --drain-secs "${DRAIN_SECS:-300}" \
    --creators "${CREATORS:-6}" --register-every "${REGISTER_EVERY:-3}" \
    --bench-creators "$BENCH_CREATORS" --bench-judges "$BENCH_JUDGES" --browsers "${BROWSERS:-8}" \
    --server-log "S=$tmp/server-s.log" --server-log "J=$tmp/server-j.log" \
    --context "Commit $commit; $(nproc) cores; release build; two deployments (S: submissions, J: judging) on one throwaway PostgreSQL $(psql -qAtX "$db_j" -c 'SHOW server_version'), demo seed with $PROJECTS projects each, one aiosmtpd SMTP server; servers, PostgreSQL, SMTP and the load generator share the machine." \
    --out "$out" || status=$?
for s in s j; do
    echo "-- server $s: $(grep -c '"level":"ERROR"' "$tmp/server-$s.log" || true) ERROR lines; the last ones:"
    grep '"level":"ERROR"' "$tmp/server-$s.log" | tail -n 3 | cut -c1-400 || true
done
echo "written to $out (exit $status)"
exit "$status"
