#!/usr/bin/env bash
# `make run`: PostgreSQL (unless DATABASE_URL is set), migrations, demo data, then the
# server on http://127.0.0.1:8080. Ctrl-C stops the server and the cluster it started.
set -euo pipefail
cd "$(dirname "$0")/.."

DEV_PG_DIR=${DEV_PG_DIR:-data/postgres}
DEV_PG_PORT=${DEV_PG_PORT:-54329}

command -v cargo >/dev/null || { echo "Rust is not installed: see https://rustup.rs" >&2; exit 1; }

# Certificate fonts (a warning, not a stop: everything else works without them).
scripts/fonts.sh || echo "certificates will not be available until the fonts are installed" >&2

started_pg=
if [ -z "${DATABASE_URL:-}" ]; then
    scripts/postgres.sh start "$DEV_PG_DIR" "$DEV_PG_PORT"
    started_pg=1
    DATABASE_URL=$(scripts/postgres.sh url "$DEV_PG_DIR" "$DEV_PG_PORT")
    export DATABASE_URL
    echo "PostgreSQL: $DEV_PG_DIR (port $DEV_PG_PORT)"
fi
cleanup() { [ -n "$started_pg" ] && scripts/postgres.sh stop "$DEV_PG_DIR"; }
trap cleanup EXIT

export SQLX_OFFLINE=true
cargo build --quiet --bin showcase-server --bin judge-cli
bin=target/debug/showcase-server
"$bin" migrate
"$bin" seed --demo
# Development only: the mailbox of sent emails, and metrics on the public address.
export SHOWCASE_APPLICATION__DEV_MAILBOX=${SHOWCASE_APPLICATION__DEV_MAILBOX:-true}
export SHOWCASE_METRICS__PUBLIC=${SHOWCASE_METRICS__PUBLIC:-true}

organizer=$("$bin" demo-logins | awk '$1 == "organizer" { print $2; exit }')
host=${SHOWCASE_APPLICATION__HOST:-127.0.0.1}
port=${SHOWCASE_APPLICATION__PORT:-8080}
cat <<MSG

  Showcase is running at http://$host:$port
    home page       http://$host:$port/          (try ?lang=ja or ?lang=ar)
    health          http://$host:$port/health
    metrics         http://$host:$port/metrics
    sign in         http://$host:$port/sign-in
    emails sent     http://$host:$port/dev/mailbox   (written to data/outbox)
    livestream      http://$host:$port/live/showcase-2025/control  (as the organizer)
    command line    target/debug/judge-cli ping --server http://$host:$port

  An API token for judge-cli (printed once; also in the console, Organizer > API tokens):
    $bin token create --email $organizer \\
      --scopes events:read,judging:read,judging:write,livestream:read,exports:read --name judge-cli
  then: export SHOWCASE_SERVER=http://$host:$port SHOWCASE_TOKEN=<the token>
        target/debug/judge-cli progress     (judge-cli --help lists every command)

  Demo accounts:
$("$bin" demo-logins)

  Stop with Ctrl-C.

MSG
"$bin" serve
