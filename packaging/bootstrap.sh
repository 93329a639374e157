#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The two README commands on a fresh Debian 12 machine (as root or through sudo):
#   bash packaging/bootstrap.sh run    install what is needed, build, and start Incident Desk
#   bash packaging/bootstrap.sh test   install what is needed, build, and run every test
#                                      (PostgreSQL included; with CI=true also the sanitizer build)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
case "$mode" in run|test) ;; *) echo "usage: bash packaging/bootstrap.sh run|test" >&2; exit 2 ;; esac

bash packaging/install-deps.sh

# Build and run as the person who called sudo, not as root, when there is one.
as_user() {
    if [ "$(id -u)" -eq 0 ] && [ -n "${SUDO_USER:-}" ] && [ "$SUDO_USER" != root ]; then
        runuser -u "$SUDO_USER" -- env CI="${CI:-}" "$@"
    else
        "$@"
    fi
}

if [ "$mode" = run ]; then
    as_user cmake --preset release
    as_user cmake --build --preset release
    exec_cmd=(build/release/ui/incident-desk "${@:2}")
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "bootstrap: no display; starting under xvfb-run (use a desktop session to see the window)" >&2
        exec_cmd=(xvfb-run -a "${exec_cmd[@]}")
    fi
    if [ -n "${DESK_RUN_SECONDS:-}" ]; then
        # packaging/check-fresh-machine.sh: the app must start and still run after that many seconds.
        set +e
        as_user timeout "$DESK_RUN_SECONDS" "${exec_cmd[@]}"
        rc=$?
        set -e
        if [ "$rc" -eq 124 ]; then
            echo "bootstrap: the app was still running after $DESK_RUN_SECONDS s; stopped it"
            exit 0
        fi
        echo "bootstrap: the app ended with status $rc within $DESK_RUN_SECONDS s" >&2
        exit 1
    fi
    as_user "${exec_cmd[@]}"
    exit $?
fi

# A debug build with its tests takes about 3.5 GB; say so before the compiler runs out of room.
free_mb=$(df -Pm . | awk 'NR == 2 { print $4 }')
if [ -n "$free_mb" ] && [ "$free_mb" -lt 4500 ]; then
    echo "bootstrap: only $free_mb MB free in $(pwd); building and testing needs about 4.5 GB." \
         "Free some space (old build/ folders, /tmp) and run this again." >&2
    exit 1
fi

start=$(date +%s)
as_user cmake --preset dev
as_user cmake --build --preset dev
as_user ctest --preset dev
if [ "${CI:-}" = "true" ]; then
    # A CI clone is thrown away afterwards: each build goes once its tests passed, so the
    # sanitizer build never needs room for two.
    rm -rf build/dev
    # The same suite under AddressSanitizer and UndefinedBehaviorSanitizer.
    as_user cmake --preset asan
    as_user cmake --build --preset asan
    as_user ctest --preset asan
    rm -rf build/asan
    # The request and MIME parsers under libFuzzer (clang), for a bounded time.
    as_user cmake --preset fuzz
    as_user cmake --build --preset fuzz
    as_user env DESK_FUZZ_SECONDS="${DESK_FUZZ_SECONDS:-60}" bash tests/fuzz/run.sh
fi
echo "bootstrap: all tests passed in $(( $(date +%s) - start )) s"
