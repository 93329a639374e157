#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Stops or starts again the throwaway cluster of pg-start.sh (for tests of a server that goes
# away mid-session). Usage: pg-ctl.sh ENV_FILE stop|start
set -euo pipefail
env_file=${1:?usage: pg-ctl.sh ENV_FILE stop|start}
action=${2:?usage: pg-ctl.sh ENV_FILE stop|start}
# shellcheck disable=SC1090
source "$env_file"
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)
case "$action" in
    stop) "${as_owner[@]}" "$DESK_TEST_PG_BIN/pg_ctl" -D "$DESK_TEST_PG_DIR/data" -m fast -w stop >/dev/null ;;
    # restart takes the options of the last start from postmaster.opts (port, socket folder …)
    start) "${as_owner[@]}" "$DESK_TEST_PG_BIN/pg_ctl" -D "$DESK_TEST_PG_DIR/data" -l "$DESK_TEST_PG_DIR/server.log" \
               -w -t 30 restart >/dev/null 2>&1 ;;
    *) echo "pg-ctl: unknown action $action" >&2; exit 2 ;;
esac
