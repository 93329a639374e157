#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a throwaway PostgreSQL cluster on a loopback port for the tests and writes how to
# reach it to ENV_FILE (DESK_TEST_PG_URL, DESK_TEST_PG_DIR, DESK_TEST_PG_BIN).
# As root, the server runs as the `postgres` system user (initdb refuses root).
# Outside CI a machine without PostgreSQL only gets a warning; with CI=true it is an error.
set -euo pipefail
env_file=${1:?usage: pg-start.sh ENV_FILE}
rm -f "$env_file"

unavailable() {
    echo "pg-start: $*" >&2
    if [ "${CI:-}" = "true" ]; then
        echo "pg-start: CI=true, so a missing PostgreSQL is a failure" >&2
        exit 1
    fi
    echo "pg-start: PostgreSQL tests will be skipped (install it with packaging/install-deps.sh)" >&2
    exit 0
}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$bindir" ] && [ -x "$bindir/initdb" ] || unavailable "no PostgreSQL server binaries under /usr/lib/postgresql"

dir=$(mktemp -d /tmp/desk-pg.XXXXXX)
chmod 755 "$dir"
password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || unavailable "no 'postgres' system user to run the server as"
    chown postgres: "$dir"
    as_owner=(runuser -u postgres --)
fi

printf '%s\n' "$password" > "$dir/pwfile"
[ ${#as_owner[@]} -gt 0 ] && chown postgres: "$dir/pwfile"
"${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; unavailable "initdb failed"; }
rm -f "$dir/pwfile"

# Tests trade durability for speed; a benchmark that measures commits sets DESK_PG_DURABLE=1
# and gets PostgreSQL's defaults (fsync, synchronous_commit, full page writes).
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
[ "${DESK_PG_DURABLE:-}" = "1" ] && durability=""
started=""
for attempt in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + (RANDOM % 20000) ))
    if "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $durability -c max_connections=200" \
        >/dev/null 2>&1; then
        started=yes
        break
    fi
done
[ -n "$started" ] || { cat "$dir/server.log" >&2; unavailable "the server did not start"; }

cat > "$env_file" <<ENV
DESK_TEST_PG_URL=postgresql://postgres:$password@127.0.0.1:$port/postgres
DESK_TEST_PG_DIR=$dir
DESK_TEST_PG_BIN=$bindir
DESK_TEST_PG_PORT=$port
ENV
echo "pg-start: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $dir)"
