#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one of the README's commands on a fresh Debian 12 system: a clean `debootstrap --variant=minbase`
# chroot with nothing but Debian's base, a clean clone of this repository's HEAD in /src, and then
#   bash packaging/bootstrap.sh run|test
# as the README says. A dependency that only the developer's machine has shows up here.
#
#   sudo bash packaging/check-fresh-machine.sh run     # build and start the app (stopped after 60 s)
#   sudo bash packaging/check-fresh-machine.sh test    # build and run the whole test suite
#
# Environment: DESK_FRESH_MIRROR (default: the first Debian mirror in this machine's apt sources),
# DESK_FRESH_KEEP=1 keeps the chroot afterwards, DESK_FRESH_CACHE=DIR keeps the downloaded base
# packages between runs (the system is still unpacked anew each time).
# Not part of CI: it downloads a few hundred megabytes and takes many minutes.
set -euo pipefail
mode=${1:-}
case "$mode" in run|test) ;; *) echo "usage: sudo bash packaging/check-fresh-machine.sh run|test" >&2; exit 2 ;; esac
[ "$(id -u)" -eq 0 ] || { echo "check-fresh-machine: needs root (debootstrap, chroot, mounts)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "check-fresh-machine: apt-get install debootstrap" >&2; exit 2; }
src=$(cd "$(dirname "$0")/.." && pwd)

mirror=${DESK_FRESH_MIRROR:-}
if [ -z "$mirror" ]; then
    mirror=$(grep -hoE '^(URIs:|deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources \
        /etc/apt/sources.list.d/*.list 2>/dev/null | head -n 1 | awk '{print $2}' || true)
    mirror=${mirror:-http://deb.debian.org/debian}
fi

root=$(mktemp -d /var/tmp/desk-fresh.XXXXXX)
chmod 755 "$root" # the system's /: the postgres and www-data users must get through it
mounted=()
cleanup() {
    for ((i=${#mounted[@]}-1; i>=0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
    if [ "${DESK_FRESH_KEEP:-}" = 1 ]; then echo "check-fresh-machine: chroot kept in $root"; else rm -rf "$root"; fi
}
trap cleanup EXIT

start=$(date +%s)
echo "check-fresh-machine: debootstrap bookworm (minbase) from $mirror into $root"
cache_args=()
if [ -n "${DESK_FRESH_CACHE:-}" ]; then
    mkdir -p "$DESK_FRESH_CACHE"
    cache_args=(--cache-dir="$(cd "$DESK_FRESH_CACHE" && pwd)")
fi
debootstrap --variant=minbase "${cache_args[@]}" bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
    || { tail -n 30 "$root.debootstrap.log" >&2; exit 1; }
rm -f "$root.debootstrap.log"
cat > "$root/etc/apt/sources.list" <<SOURCES
deb $mirror bookworm main
deb $mirror bookworm-updates main
SOURCES
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
base_done=$(date +%s)

# A clean copy of the tree: what is committed, nothing from this machine's build folders.
git clone -q --no-local "$src" "$root/src"

for m in proc sys dev dev/pts; do
    mkdir -p "$root/$m"
    mount --bind "/$m" "$root/$m"
    mounted+=("$root/$m")
done
mkdir -p "$root/dev/shm"

echo "check-fresh-machine: running 'bash packaging/bootstrap.sh $mode' in the fresh system"
run_env=(env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8
         CI="${CI:-}" DESK_RUN_SECONDS=60)
set +e
chroot "$root" "${run_env[@]}" bash -c "cd /src && bash packaging/bootstrap.sh $mode"
rc=$?
set -e
end=$(date +%s)
echo "check-fresh-machine: '$mode' ended with status $rc; base system $((base_done - start)) s," \
     "README command $((end - base_done)) s, total $((end - start)) s"
exit $rc
