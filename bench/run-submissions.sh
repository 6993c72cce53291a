#!/usr/bin/env bash
# `make bench-submissions`: a release server on a throwaway PostgreSQL, 2 workers in the
# server, N benchmark creators, then bench/submissions.py. Prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
CREATORS=${CREATORS:-64}
export SQLX_OFFLINE=true
cargo build --release --quiet --bin showcase-server
bin=target/release/showcase-server
data=$(mktemp -d /tmp/showcase-bench.XXXXXX)
export SHOWCASE_APPLICATION__DATA_DIR=$data SHOWCASE_APPLICATION__PORT=${PORT:-8181} RUST_LOG=warn
export SHOWCASE_AUTH__RATE_LIMIT_BURST=100000
"$bin" seed --demo --projects 0 --images 0 --bench-creators "$CREATORS" >/dev/null
"$bin" serve & server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$SHOWCASE_APPLICATION__PORT/health" >/dev/null && break; sleep 0.1; done
python3 bench/submissions.py --server "http://127.0.0.1:$SHOWCASE_APPLICATION__PORT" --creators "$CREATORS" --database-url "$DATABASE_URL"
echo "server peak RSS: $(grep VmHWM /proc/$server/status | awk '{print $2, $3}')"
