#!/usr/bin/env bash
# CI's fuzzing smoke test: builds the three libFuzzer targets of FuzzTesting/ and runs each for
# 60 seconds from its seeds (criteria/, samples/, the documentation's examples and the hostile
# corpus). Fails if any target crashes, leaks, times out or runs out of memory; the offending
# input is in FuzzTesting/corpus-TARGET-findings/ (see docs/security.md, "Fuzzing").
#
#   scripts/ci-fuzz-smoke.sh [SECONDS]     (default 60 per target)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
status=0
for target in criteria assessment expression; do
    if ! "$root/scripts/fuzz.sh" "$target" "$seconds"; then
        echo "fuzz-$target FAILED: see $root/FuzzTesting/corpus-$target-findings/" >&2
        status=1
    fi
done
findings=$(find "$root"/FuzzTesting/corpus-*-findings -type f 2>/dev/null | wc -l)
if [[ $findings -ne 0 ]]; then
    echo "fuzzing left $findings finding(s) in FuzzTesting/corpus-*-findings/" >&2
    status=1
fi
[[ $status -eq 0 ]] && echo "fuzz smoke: all three targets ran ${seconds}s with no finding"
exit $status
