#!/usr/bin/env bash
# `make sqlx-prepare` (inside scripts/postgres.sh with-temp): apply the migrations to a
# throwaway database and regenerate .sqlx/ from every query in the workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
for f in migrations/*.up.sql; do
    psql -q -v ON_ERROR_STOP=1 "$DATABASE_URL" -f "$f"
done
rm -rf .sqlx
mkdir -p .sqlx
# Force the query macros to run again.
cargo clean --quiet -p showcase-server
SQLX_OFFLINE_DIR="$PWD/.sqlx" cargo check --quiet --workspace --all-targets
echo "wrote $(ls .sqlx | wc -l) query files to .sqlx/"
