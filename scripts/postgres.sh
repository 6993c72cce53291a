#!/usr/bin/env bash
# A private PostgreSQL cluster for development and tests; never the system cluster.
#
#   scripts/postgres.sh ensure-installed      install PostgreSQL with apt-get when root, else explain
#   scripts/postgres.sh start DIR PORT        init (first time) and start a cluster in DIR
#   scripts/postgres.sh stop DIR              stop it
#   scripts/postgres.sh url DIR PORT          print its DATABASE_URL
#   scripts/postgres.sh with-temp CMD...      run CMD with DATABASE_URL set to a throwaway
#                                             cluster that is removed afterwards
set -euo pipefail

DB_USER=showcase
DB_PASSWORD=showcase
DB_NAME=showcase

pg_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/initdb" ] && { echo "$dir"; return 0; }
    done
    command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
    return 1
}

ensure_installed() {
    pg_bin >/dev/null && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "PostgreSQL is not installed; installing it with apt-get (postgresql, postgresql-contrib)..." >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        apt-get install -y -qq postgresql postgresql-contrib >&2
        # The package starts the system cluster; this project never uses it.
        if command -v pg_ctlcluster >/dev/null 2>&1; then
            for conf in /etc/postgresql/*/main; do
                [ -d "$conf" ] || continue
                v=$(basename "$(dirname "$conf")")
                pg_ctlcluster "$v" main stop >/dev/null 2>&1 || true
            done
        fi
        pg_bin >/dev/null && return 0
    fi
    echo "PostgreSQL is not installed: run 'sudo apt-get install postgresql postgresql-contrib', or set DATABASE_URL to an existing database." >&2
    exit 1
}

# Runs a command as the cluster's owner: 'postgres' when we are root (PostgreSQL refuses
# to run as root), else ourselves.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local dir=$1 port=$2 bin
    bin=$(pg_bin)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" = 0 ]; then
        chown postgres "$dir"
        # postgres must be able to reach the folder.
        local d=$dir
        while [ "$d" != / ]; do d=$(dirname "$d"); chmod o+x "$d" 2>/dev/null || true; done
    fi
    if [ ! -f "$dir/pgdata/PG_VERSION" ]; then
        local pwfile
        pwfile=$(mktemp)
        echo "$DB_PASSWORD" > "$pwfile"
        chmod 644 "$pwfile"
        as_owner "$bin/initdb" -D "$dir/pgdata" -U "$DB_USER" --pwfile="$pwfile" \
            --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; rm -f "$pwfile"; exit 1; }
        rm -f "$pwfile"
    fi
    if as_owner "$bin/pg_ctl" -D "$dir/pgdata" status >/dev/null 2>&1; then
        return 0
    fi
    as_owner "$bin/pg_ctl" -D "$dir/pgdata" -l "$dir/postgres.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null \
        || { tail -n 20 "$dir/postgres.log" >&2; exit 1; }
    # The application database; tests make their own next to it.
    as_owner "$bin/psql" -h "$dir" -p "$port" -U "$DB_USER" -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1 \
        || as_owner "$bin/createdb" -h "$dir" -p "$port" -U "$DB_USER" "$DB_NAME"
}

stop() {
    local dir=$1 bin
    bin=$(pg_bin)
    [ -f "$dir/pgdata/PG_VERSION" ] || return 0
    as_owner "$bin/pg_ctl" -D "$dir/pgdata" -m fast -w stop >/dev/null 2>&1 || true
}

url() {
    echo "postgres://$DB_USER:$DB_PASSWORD@127.0.0.1:$2/$DB_NAME"
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

TEMP_PG_DIR=
with_temp() {
    ensure_installed
    local port status=0
    TEMP_PG_DIR=$(mktemp -d /tmp/showcase-pg.XXXXXX)
    port=$(free_port)
    trap 'stop "$TEMP_PG_DIR"; rm -rf "$TEMP_PG_DIR"' EXIT
    start "$TEMP_PG_DIR" "$port"
    DATABASE_URL=$(url "$TEMP_PG_DIR" "$port") "$@" || status=$?
    return $status
}

cmd=${1:-}
shift || true
case "$cmd" in
    ensure-installed) ensure_installed ;;
    start) ensure_installed; start "$@" ;;
    stop) stop "$@" ;;
    url) url "$@" ;;
    with-temp) with_temp "$@" ;;
    *) sed -n '2,11p' "$0" >&2; exit 2 ;;
esac
