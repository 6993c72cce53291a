#!/usr/bin/env bash
# `make bench-trust`: figures for the trust fixes of issue 10 on a release build and a
# throwaway PostgreSQL: reset and sign-in-link requests for known and unknown addresses
# (they must take as long), and image uploads (an 8000 × 8000 PNG refused from its
# header; an allowed 24-megapixel photo processed with the server's peak memory).
# Writes bench/results/trust-<date>.md. SKIP_BUILD=1 uses the release binary as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
export SQLX_OFFLINE=true
bin=target/release/showcase-server
if [ -z "${TRUST_BENCH_INNER:-}" ]; then
    [ -n "${SKIP_BUILD:-}" ] || cargo build --release --quiet -p showcase-server
    TRUST_BENCH_INNER=1 exec scripts/postgres.sh with-temp "$0" "$@"
fi
data=$(mktemp -d /tmp/showcase-trust-bench.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
export SHOWCASE_APPLICATION__DATA_DIR=$data SHOWCASE_APPLICATION__PORT=$port RUST_LOG=warn
export SHOWCASE_AUTH__RATE_LIMIT_BURST=1000000
"$bin" migrate >/dev/null
"$bin" seed --demo --projects 0 --images 0 >/dev/null
"$bin" serve & server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
mkdir -p bench/results
out=bench/results/trust-$(date +%Y-%m-%d).md
{
    echo "# Trust fixes: figures ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, release build)"
    echo
    python3 bench/trust.py --port "$port" --pid "$server" \
        --known organizer@demo.showcase.test --adult parent@demo.showcase.test \
        --password showcase-demo-2026 -n "${N:-400}"
} | tee "$out"
echo "wrote $out"
