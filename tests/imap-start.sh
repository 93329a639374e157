#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a throwaway Dovecot IMAP server on loopback ports for the tests: one user with a
# Maildir (messages are placed by writing files into its new/ folder), IMAP with STARTTLS and
# IMAPS, a self-signed certificate the tests trust. Writes how to reach it to ENV_FILE.
# Outside CI a machine without Dovecot only gets a warning; with CI=true it is an error.
set -euo pipefail
env_file=${1:?usage: imap-start.sh ENV_FILE}
rm -f "$env_file"

unavailable() {
    echo "imap-start: $*" >&2
    if [ "${CI:-}" = "true" ]; then
        echo "imap-start: CI=true, so a missing Dovecot is a failure" >&2
        exit 1
    fi
    echo "imap-start: IMAP tests will be skipped (install dovecot-imapd with packaging/install-deps.sh)" >&2
    exit 0
}

dovecot=$(command -v dovecot || ls /usr/sbin/dovecot 2>/dev/null || true)
[ -n "$dovecot" ] || unavailable "no dovecot (dovecot-imapd)"
command -v openssl >/dev/null || unavailable "no openssl to make the test certificate"

dir=$(mktemp -d /tmp/desk-imap.XXXXXX)
chmod 755 "$dir"
mkdir -p "$dir/run" "$dir/state" "$dir/home/desk/Maildir/"{new,cur,tmp}
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$dir/key.pem" -out "$dir/cert.pem" >"$dir/openssl.log" 2>&1 || unavailable "openssl failed"
password=$(od -An -N9 -tx1 /dev/urandom | tr -d ' \n')
printf 'desk:{PLAIN}%s\n' "$password" > "$dir/users"
uid=$(id -u); gid=$(id -g)
if [ "$uid" -eq 0 ]; then
    # Dovecot never accesses mail as root: the mailbox belongs to its own unprivileged user.
    mail_user=dovecot; id "$mail_user" >/dev/null 2>&1 || mail_user=nobody
    uid=$(id -u "$mail_user"); gid=$(id -g "$mail_user")
    chown -R "$uid:$gid" "$dir/home"
fi
login_user=dovenull; id dovenull >/dev/null 2>&1 || login_user=$(id -un)
internal_user=dovecot; id dovecot >/dev/null 2>&1 || internal_user=$(id -un)

started=""
for attempt in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + (RANDOM % 20000) ))
    cat > "$dir/dovecot.conf" <<CONF
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <$dir/cert.pem
ssl_key = <$dir/key.pem
disable_plaintext_auth = no
first_valid_uid = $uid
auth_mechanisms = plain login
default_login_user = $login_user
default_internal_user = $internal_user
passdb {
  driver = passwd-file
  args = scheme=PLAIN $dir/users
}
userdb {
  driver = static
  args = uid=$uid gid=$gid home=$dir/home/%u
}
mail_location = maildir:$dir/home/%u/Maildir
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  inet_listener imap {
    port = $port
  }
  inet_listener imaps {
    port = $((port + 1))
    ssl = yes
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
CONF
    if "$dovecot" -c "$dir/dovecot.conf" >"$dir/start.log" 2>&1; then
        for _ in $(seq 50); do
            if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then started=yes; break; fi
            sleep 0.1
        done
        [ -n "$started" ] && break
        "$dovecot" -c "$dir/dovecot.conf" stop >/dev/null 2>&1 || true
    fi
done
[ -n "$started" ] || { cat "$dir/start.log" "$dir/dovecot.log" >&2 2>/dev/null; unavailable "dovecot did not start"; }

cat > "$env_file" <<ENV
DESK_TEST_IMAP_HOST=127.0.0.1
DESK_TEST_IMAP_PORT=$port
DESK_TEST_IMAPS_PORT=$((port + 1))
DESK_TEST_IMAP_USER=desk
DESK_TEST_IMAP_PASSWORD=$password
DESK_TEST_IMAP_MAILDIR=$dir/home/desk/Maildir
DESK_TEST_IMAP_CA=$dir/cert.pem
DESK_TEST_IMAP_DIR=$dir
ENV
echo "imap-start: Dovecot $("$dovecot" --version | awk '{print $1}') on 127.0.0.1:$port (IMAPS $((port + 1)), data in $dir)"
