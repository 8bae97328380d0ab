#!/usr/bin/env bash
# CI's fuzzing smoke test: builds the four libFuzzer targets of FuzzTesting/ and runs each for
# 60 seconds from its seeds (criteria/, samples/, the documentation's examples and the hostile
# corpus). Fails if any target crashes, leaks, times out or runs out of memory; the offending
# input is in FuzzTesting/corpus-TARGET-findings/ (see docs/security.md, "Fuzzing").
#
#   scripts/ci-fuzz-smoke.sh [SECONDS]     (default 60 per target)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
status=0
mkdir -p "$root/artifacts"
for target in criteria assessment expression workbook; do
    # libFuzzer's progress lines run to megabytes: keep them in artifacts/, print the summary.
    log="$root/artifacts/fuzz-$target.log"
    if "$root/scripts/fuzz.sh" "$target" "$seconds" >"$log" 2>&1; then
        echo "fuzz-$target: $(grep -E '^Done [0-9]+ runs' "$log" | tail -n 1)"
    else
        tail -n 60 "$log" >&2
        echo "fuzz-$target FAILED: see $root/FuzzTesting/corpus-$target-findings/ and $log" >&2
        status=1
    fi
done
findings=$(find "$root"/FuzzTesting/corpus-*-findings -type f 2>/dev/null | wc -l)
if [[ $findings -ne 0 ]]; then
    echo "fuzzing left $findings finding(s) in FuzzTesting/corpus-*-findings/" >&2
    status=1
fi
[[ $status -eq 0 ]] && echo "fuzz smoke: all four targets ran ${seconds}s with no finding"
exit $status
