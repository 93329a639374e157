#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer target for a bounded time (DESK_FUZZ_SECONDS, default 60) from the seed
# corpus, in a scratch copy so the repository's corpus stays as it is, then runs every input the
# fuzzing found once more with LeakSanitizer checking the whole process at exit. A crash or a
# leak fails the run, prints the sanitizer's report with its stack, and leaves the inputs in the
# scratch folder, whose path is printed.
#
# Leaks are checked in that second pass, not input by input while fuzzing, so that every input
# the fuzzer found is checked the same way. tests/fuzz/lsan.supp lists the one leak that is not
# ours (an ICU converter Qt 6.4 leaves open for charsets only ICU knows, 288 bytes each).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary=${1:-$here/../../build/fuzz/tests/fuzz/fuzz_intake}
work=$(mktemp -d /tmp/desk-fuzz.XXXXXX)
mkdir "$work/corpus"
cp "$here"/corpus/* "$work/corpus/"
cd "$work"
report() {
    grep -E "^(Done|stat::|==|SUMMARY|artifact|INFO: Seed|    #[0-9]+ |Direct leak|Indirect leak)" "$1" | head -80 || true
}
echo "fuzz: $(basename "$binary") for ${DESK_FUZZ_SECONDS:-60} s in $work"
status=0
# Leaks are looked for afterwards over the whole corpus, with the suppressions; not at this exit.
ASAN_OPTIONS=detect_leaks=0 "$binary" -max_total_time="${DESK_FUZZ_SECONDS:-60}" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -detect_leaks=0 "$work/corpus" > "$work/fuzz.log" 2>&1 || status=$?
report "$work/fuzz.log"
if [ "$status" -eq 0 ]; then
    echo "fuzz: leak check over $(ls "$work/corpus" | wc -l) inputs"
    ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0" "$binary" -runs=0 -max_len=65536 -timeout=10 "$work/corpus" > "$work/leaks.log" 2>&1 || status=$?
    [ "$status" -eq 0 ] || report "$work/leaks.log"
fi
[ "$status" -eq 0 ] && rm -rf "$work"
exit "$status"
