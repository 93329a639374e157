#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Stops the nginx of nginx-start.sh and removes its folder.
set -uo pipefail
env_file=${1:?usage: nginx-stop.sh ENV_FILE}
[ -f "$env_file" ] || exit 0
# shellcheck disable=SC1090
source "$env_file"
if [ -f "$DESK_TEST_DAV_DIR/nginx.pid" ]; then
    kill -QUIT "$(cat "$DESK_TEST_DAV_DIR/nginx.pid")" 2>/dev/null || true
    sleep 0.3
fi
rm -rf "$DESK_TEST_DAV_DIR"
rm -f "$env_file"
