#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Stops the Dovecot that imap-start.sh started and removes its folder.
set -uo pipefail
env_file=${1:?usage: imap-stop.sh ENV_FILE}
[ -f "$env_file" ] || exit 0
# shellcheck disable=SC1090
. "$env_file"
dovecot=$(command -v dovecot || echo /usr/sbin/dovecot)
"$dovecot" -c "$DESK_TEST_IMAP_DIR/dovecot.conf" stop >/dev/null 2>&1 || true
sleep 0.2
case "$DESK_TEST_IMAP_DIR" in /tmp/desk-imap.*) rm -rf "$DESK_TEST_IMAP_DIR" ;; esac
rm -f "$env_file"
echo "imap-stop: stopped"
