#!/usr/bin/env bash
# `make bench-judging`: the judges' panel at 64 concurrent judges on a release build and a
# throwaway PostgreSQL: the demo seed (PROJECTS projects, default 2000) plus JUDGES
# benchmark judges with their projects assigned, then the load generator
# (server/benches/panel.rs) for SECONDS, with and without think time.
# Writes bench/results/judging-<date>.md. SKIP_BUILD=1 uses the release binary as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
export SQLX_OFFLINE=true
bin=target/release/showcase-server
if [ -z "${JUDGING_BENCH_INNER:-}" ]; then
    [ -n "${SKIP_BUILD:-}" ] || cargo build --release --quiet -p showcase-server
    cargo bench --quiet -p showcase-server --bench panel --no-run
    JUDGING_BENCH_INNER=1 exec scripts/postgres.sh with-temp "$0" "$@"
fi
judges=${JUDGES:-64}
data=$(mktemp -d /tmp/showcase-judging-bench.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
export SHOWCASE_APPLICATION__DATA_DIR=$data SHOWCASE_APPLICATION__PORT=$port RUST_LOG=warn
export SHOWCASE_AUTH__RATE_LIMIT_BURST=1000000
"$bin" migrate >/dev/null
"$bin" seed --demo --projects "${PROJECTS:-2000}" --images 0 --bench-judges "$judges"
"$bin" serve & server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
# The seed queued its emails and search updates (thousands of jobs): let the workers
# finish them first, so the figures are the panel's and not the seed's aftermath.
waited=0
while [ "$(psql -qAt "$DATABASE_URL" -c "SELECT count(*) FROM jobs WHERE status IN ('pending', 'running') AND run_at <= now()")" != 0 ]; do
    [ "$waited" -lt 600 ] || { echo "jobs still queued after 600 s" >&2; exit 1; }
    sleep 2; waited=$((waited + 2))
done
echo "seed's jobs done after $waited s"
# Fresh statistics after the bulk load, as autovacuum would gather in a while.
psql -qAt "$DATABASE_URL" -c "ANALYZE"
mkdir -p bench/results
out=bench/results/judging-$(date +%Y-%m-%d).md
{
    echo "# Judges' panel under load ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, release build)"
    echo
    echo "Load generator (server/benches/panel.rs: one tokio task and connection per judge) on the same machine."
    echo
    panel() { cargo bench --quiet -p showcase-server --bench panel -- --port "$port" --judges "$judges" --seconds "${SECONDS_RUN:-30}" "$@"; }
    panel --think 1
    echo
    panel --think 0
    echo
    echo "Server peak RSS: $(grep VmHWM /proc/$server/status | awk '{print $2/1024 " MiB"}')"
} | tee "$out"
echo "wrote $out"
