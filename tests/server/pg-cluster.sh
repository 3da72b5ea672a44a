#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Throwaway PostgreSQL cluster for the server tests and the server benchmark.
#
#   pg-cluster.sh start DIR   initdb in a fresh temporary folder as an unprivileged user, listen on a
#                             free port on 127.0.0.1 only (no Unix socket outside the cluster folder),
#                             create the database "selftrack" and write its connection URL to DIR/url.
#   pg-cluster.sh stop DIR    stop the cluster and remove everything start created (DIR included).
#
# The cluster's superuser is "selftrack" with a random password (scram-sha-256), so the URL is all a
# test needs; it may CREATE DATABASE for per-test isolation. PG_BINDIR overrides the lookup of the
# PostgreSQL server binaries, which Debian keeps off PATH. A missing PostgreSQL is an error, never a
# skip: the suite promises both storage backends.
set -euo pipefail

die() {
    echo "pg-cluster.sh: $*" >&2
    exit 1
}

find_bindir() {
    local dir
    if [[ -n "${PG_BINDIR:-}" ]]; then
        dir=$PG_BINDIR
    elif command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then
        dir=$(pg_config --bindir)
    else
        # Debian/Ubuntu keep the server binaries off PATH, one folder per major version: take the newest.
        dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
        if [[ -z "$dir" ]] && command -v initdb >/dev/null 2>&1; then
            dir=$(dirname "$(command -v initdb)")
        fi
    fi
    [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]] ||
        die "PostgreSQL server binaries (initdb, pg_ctl) not found; install the postgresql package or set PG_BINDIR"
    echo "$dir"
}

# Runs a command as the unprivileged cluster owner (initdb and postgres refuse to run as root).
as_owner() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u "$OWNER" -- "$@"
    else
        "$@"
    fi
}

random_hex() {
    od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
}

stop_cluster() {
    local dir=$1
    [[ -f "$dir/datadir" ]] || {
        rm -rf "$dir"
        return 0
    }
    local data
    data=$(cat "$dir/datadir")
    if [[ -f "$data/postmaster.pid" && -n "$BINDIR" ]]; then
        as_owner "$BINDIR/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null 2>&1 ||
            as_owner "$BINDIR/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$(dirname "$data")" "$dir"
}

start_cluster() {
    local dir=$1
    stop_cluster "$dir" # a cluster left over by an interrupted run
    mkdir -p "$dir"
    chmod 700 "$dir"

    local root
    root=$(mktemp -d "${TMPDIR:-/tmp}/selftrack-pg.XXXXXX")
    local data="$root/data"
    echo "$data" >"$dir/datadir"
    if [[ "$(id -u)" == 0 ]]; then
        chown "$OWNER" "$root"
    fi
    chmod 700 "$root"

    local password
    password=$(random_hex)
    local pwfile="$root/pwfile"
    (umask 077 && echo "$password" >"$pwfile")
    [[ "$(id -u)" == 0 ]] && chown "$OWNER" "$pwfile"

    as_owner "$BINDIR/initdb" -D "$data" -U selftrack --pwfile="$pwfile" --auth=scram-sha-256 -E UTF8 \
        --no-locale --no-sync >"$root/initdb.log" 2>&1 || {
        cat "$root/initdb.log" >&2
        die "initdb failed"
    }
    rm -f "$pwfile"

    local port attempt
    for attempt in $(seq 1 20); do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        if as_owner "$BINDIR/pg_ctl" -D "$data" -l "$root/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $root -c fsync=off -c max_connections=200" \
            start >/dev/null 2>&1; then
            local url="postgresql://selftrack:$password@127.0.0.1:$port/selftrack"
            PGPASSWORD=$password "$BINDIR/psql" -X -q -h 127.0.0.1 -p "$port" -U selftrack -d postgres \
                -c "CREATE DATABASE selftrack" >/dev/null || die "CREATE DATABASE failed"
            (umask 077 && echo "$url" >"$dir/url.tmp" && mv "$dir/url.tmp" "$dir/url")
            echo "PostgreSQL $("$BINDIR/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
            return 0
        fi
        if ! grep -qi "could not bind\|address already in use" "$root/server.log" 2>/dev/null; then
            cat "$root/server.log" >&2 || true
            die "pg_ctl start failed"
        fi
        : >"$root/server.log"
    done
    die "no free port found after $attempt attempts"
}

[[ $# == 2 ]] || die "usage: pg-cluster.sh start|stop DIR"
OWNER=${PG_CLUSTER_OWNER:-postgres}
case "$1" in
start)
    BINDIR=$(find_bindir)
    start_cluster "$2"
    ;;
stop)
    BINDIR=$(find_bindir 2>/dev/null) || BINDIR="" # without PostgreSQL there is nothing to stop: still clean up
    stop_cluster "$2"
    ;;
*) die "usage: pg-cluster.sh start|stop DIR" ;;
esac
