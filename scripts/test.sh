#!/usr/bin/env bash
# `make test` (inside scripts/postgres.sh with-temp, which sets DATABASE_URL): format,
# lints, then every test. Queries are checked against the committed .sqlx/ data.
set -euo pipefail
cd "$(dirname "$0")/.."
export SQLX_OFFLINE=true
# Build like CI, which starts from a clean clone: no incremental state and no debug info
# for our own crates (a minute less there). Iterate with plain `cargo test`.
export CARGO_INCREMENTAL=0 CARGO_PROFILE_DEV_DEBUG=false
start=$(date +%s)
elapsed() { echo "   ($(( $(date +%s) - start )) s so far)"; }

echo "== docker-compose.yml settings"
python3 scripts/check-compose.py --self-test >/dev/null && python3 scripts/check-compose.py

# The service programs the tests start (SMTP, OIDC, S3) install while Rust builds.
services_out=$(mktemp)
services_err=$(mktemp)
trap 'rm -f "$services_out" "$services_err"' EXIT
scripts/test-services.sh >"$services_out" 2>"$services_err" &
services=$!
# Certificate fonts and pdftotext, then Chromium, chromedriver and axe-core for the
# browser tests, also while Rust builds (one after the other: one apt-get at a time).
fonts_log=$(mktemp)
(scripts/fonts.sh && scripts/browser.sh) >"$fonts_log" 2>&1 &
fonts=$!

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy -D warnings"
cargo clippy --workspace --all-targets --quiet -- -D warnings
elapsed
echo "== test services (SMTP server, OIDC provider, S3 server)"
if ! wait "$services"; then
    cat "$services_err" >&2
    exit 1
fi
if ! wait "$fonts"; then
    cat "$fonts_log" >&2
    exit 1
fi
SHOWCASE_TEST_PYTHON=$(cat "$services_out")
export SHOWCASE_TEST_PYTHON
elapsed
echo "== cargo test"
log=$(mktemp)
trap 'rm -f "$log" "$services_out" "$services_err"' EXIT
status=0
cargo test --workspace --quiet 2>&1 | tee "$log" || status=$?
# One closing line for the whole run (cargo prints one per test binary).
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i; if ($(i+1) ~ /^ignored/) s += $i } }
     END { printf "Total: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
elapsed
exit "$status"
