#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package Incident Desk needs to build, run and test.
# Run as root (or through sudo). Safe to run again: apt skips what is installed.
set -euo pipefail

packages=(
    # toolchain (clang only for the libFuzzer target)
    build-essential cmake ninja-build pkg-config git clang libclang-rt-14-dev
    # Qt 6.4
    qt6-base-dev qt6-base-dev-tools libqt6sql6-psql libqt6sql6-sqlite qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6opengl6-dev qt6-charts-dev qt6-websockets-dev qt6-httpserver-dev
    # libraries
    libsodium-dev libsqlite3-dev libpq-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libkainjow-mustache-dev libvmime-dev libcurl4-openssl-dev libdtl-dev libmicrohttpd-dev libcpp-httplib-dev
    libhunspell-dev hunspell-it hunspell-en-us hunspell-fr hunspell-de-de hunspell-es
    qtkeychain-qt6-dev
    # real servers used by the tests
    postgresql postgresql-contrib sqlite3 nginx libnginx-mod-http-dav-ext dovecot-imapd openssl python3-aiosmtpd
    # looking at what we build
    xvfb xauth xdotool chromium poppler-utils fonts-dejavu-core
    # packaging checks
    desktop-file-utils appstream dpkg-dev file help2man lintian
)

if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=CI "$0" "$@"
fi

export DEBIAN_FRONTEND=noninteractive
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
    echo "install-deps: all packages present"
fi
