#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Stops the cluster started by pg-start.sh and removes its folder.
set -u
env_file=${1:?usage: pg-stop.sh ENV_FILE}
[ -f "$env_file" ] || exit 0
# shellcheck disable=SC1090
. "$env_file"
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)
"${as_owner[@]}" "$DESK_TEST_PG_BIN/pg_ctl" -D "$DESK_TEST_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
case "$DESK_TEST_PG_DIR" in /tmp/desk-pg.*) rm -rf "$DESK_TEST_PG_DIR" ;; esac
rm -f "$env_file"
echo "pg-stop: stopped"
