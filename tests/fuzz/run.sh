#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer target for a bounded time (DESK_FUZZ_SECONDS, default 60) from the seed
# corpus, in a scratch copy so the repository's corpus stays as it is. A crash fails the run
# and leaves the input that caused it in the scratch folder, whose path is printed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary=${1:-$here/../../build/fuzz/tests/fuzz/fuzz_intake}
work=$(mktemp -d /tmp/desk-fuzz.XXXXXX)
cp "$here"/corpus/* "$work/"
cd "$work"
echo "fuzz: $(basename "$binary") for ${DESK_FUZZ_SECONDS:-60} s in $work"
"$binary" -max_total_time="${DESK_FUZZ_SECONDS:-60}" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    "$work" 2>&1 | grep -E "^(Done|stat::|==|SUMMARY|artifact|INFO: Seed)" | tail -20
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] && rm -rf "$work"
exit "$status"
