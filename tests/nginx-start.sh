#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts a throwaway nginx with WebDAV (Debian's nginx + libnginx-mod-http-dav-ext) on a loopback
# port, serving a temporary root the worker can write, and writes how to reach it to ENV_FILE
# (DESK_TEST_DAV_URL, DESK_TEST_DAV_DIR). /fail/ answers 500; /busy/ 429 with Retry-After: 7;
# /slow/ sends its files at 20 bytes/s; /flaky/ is WebDAV where 30 % of requests fail: 10 % answer
# 503, 10 % are cut off without an answer (444), 10 % of reads come at 1 byte/s (the client times out).
# Outside CI a machine without nginx only gets a warning; with CI=true it is an error.
set -euo pipefail
env_file=${1:?usage: nginx-start.sh ENV_FILE}
rm -f "$env_file"

unavailable() {
    echo "nginx-start: $*" >&2
    if [ "${CI:-}" = "true" ]; then
        echo "nginx-start: CI=true, so a missing nginx is a failure" >&2
        exit 1
    fi
    echo "nginx-start: WebDAV tests will be skipped (install it with packaging/install-deps.sh)" >&2
    exit 0
}

nginx=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$nginx" ] || unavailable "nginx is not installed"
module=/usr/lib/nginx/modules/ngx_http_dav_ext_module.so
[ -f "$module" ] || unavailable "the WebDAV extension module is missing ($module)"

dir=$(mktemp -d "${DESK_DAV_TMP:-/tmp}/desk-dav.XXXXXX")
mkdir -p "$dir/www/fail" "$dir/www/slow" "$dir/www/flaky" "$dir/tmp" "$dir/logs"
chmod 755 "$dir"
user_line=""
if [ "$(id -u)" -eq 0 ]; then
    # Workers run as www-data: give them the root and the temporary folders.
    chown -R www-data: "$dir/www" "$dir/tmp"
    user_line="user www-data;"
fi

started=""
for attempt in 1 2 3 4 5 6 7 8; do
    port=$(( 20000 + (RANDOM % 20000) ))
    cat > "$dir/nginx.conf" <<CONF
$user_line
load_module $module;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 256; }
http {
    access_log $dir/logs/access.log;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    types { text/html html; text/css css; application/json json; application/atom+xml atom; }
    client_max_body_size 64m;
    split_clients "\${request_id}" \$fault { 10% busy; 10% cut; 10% slow; * ""; }
    server {
        listen 127.0.0.1:$port;
        root $dir/www;
        location / {
            dav_methods PUT DELETE MKCOL COPY MOVE;
            dav_ext_methods PROPFIND OPTIONS;
            create_full_put_path off;
            dav_access user:rw group:rw all:r;
            etag on;
        }
        location /fail/ { return 500 "the disk of this site is broken\n"; }
        location /busy/ { add_header Retry-After 7 always; return 429 "slow down\n"; }
        location /flaky/ {
            if (\$fault = busy) { return 503 "try again\\n"; }
            if (\$fault = cut) { return 444; }
            if (\$fault = slow) { set \$limit_rate 1; }
            dav_methods PUT DELETE MKCOL;
            dav_access user:rw group:rw all:r;
            create_full_put_path off;
        }
        location /slow/ {
            dav_methods PUT MKCOL;
            dav_access user:rw group:rw all:r;
            limit_rate 20;
        }
    }
}
CONF
    if "$nginx" -c "$dir/nginx.conf" -p "$dir" 2>"$dir/logs/start.log"; then
        started=yes
        break
    fi
done
[ -n "$started" ] || { cat "$dir/logs/start.log" >&2; unavailable "nginx did not start"; }

cat > "$env_file" <<ENV
DESK_TEST_DAV_URL=http://127.0.0.1:$port/
DESK_TEST_DAV_DIR=$dir
ENV
echo "nginx-start: WebDAV on http://127.0.0.1:$port/ (root $dir/www)"
