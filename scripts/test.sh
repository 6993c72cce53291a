#!/usr/bin/env bash
# `make test` (inside scripts/postgres.sh with-temp, which sets DATABASE_URL): format,
# lints, then every test. Queries are checked against the committed .sqlx/ data.
set -euo pipefail
cd "$(dirname "$0")/.."
export SQLX_OFFLINE=true

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy -D warnings"
cargo clippy --workspace --all-targets --quiet -- -D warnings
echo "== test services (SMTP server, OIDC provider)"
SHOWCASE_TEST_PYTHON=$(scripts/test-services.sh)
export SHOWCASE_TEST_PYTHON
echo "== cargo test"
cargo test --workspace --quiet
