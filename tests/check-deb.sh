#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package of a build folder with cpack and checks it as a packager would:
# the files it ships, the dependencies it declares, and lintian's errors (warnings are shown).
#   check-deb.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: check-deb.sh BUILD_DIR}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$build"
cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log" >&2; exit 1; }
deb=$(ls "$out"/incident-desk_*.deb)
echo "check-deb: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB packed," \
     "$(dpkg-deb -f "$deb" Installed-Size) KiB installed"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
missing=0
for f in ./usr/bin/incident-desk ./usr/bin/incident-desk-cli ./usr/bin/incident-desk-service \
         ./usr/lib/systemd/system/incident-desk-service.service ./usr/share/man/man1/incident-desk-service.1.gz \
         ./usr/share/doc/incident-desk/examples/service.conf \
         ./usr/share/applications/io.incidentdesk.IncidentDesk.desktop \
         ./usr/share/metainfo/io.incidentdesk.IncidentDesk.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/io.incidentdesk.IncidentDesk.svg \
         ./usr/share/man/man1/incident-desk.1.gz ./usr/share/man/man1/incident-desk-cli.1.gz \
         ./usr/share/doc/incident-desk/copyright ./usr/share/doc/incident-desk/changelog.gz; do
    grep -qxF "$f" <<<"$contents" || { echo "check-deb: the package lacks $f" >&2; missing=1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
for p in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins fonts-dejavu-core libqt6core6 libpq5 libmicrohttpd12; do
    grep -qw "$p" <<<"$depends" || { echo "check-deb: Depends lacks $p: $depends" >&2; missing=1; }
done
for p in hunspell-it hunspell-en-us hunspell-fr hunspell-de-de hunspell-es gnome-keyring; do
    grep -qw "$p" <<<"$recommends" || { echo "check-deb: Recommends lacks $p: $recommends" >&2; missing=1; }
done
[ "$missing" -eq 0 ] || exit 1
if ! command -v lintian >/dev/null; then
    echo "check-deb: lintian is missing (packaging/install-deps.sh installs it)" >&2
    exit 1
fi
report=$(lintian --allow-root "$deb" 2>&1 || true)
[ -z "$report" ] || printf '%s\n' "$report"
if grep -q '^E:' <<<"$report"; then
    echo "check-deb: lintian found errors" >&2
    exit 1
fi
echo "check-deb: contents, dependencies and lintian fine"
