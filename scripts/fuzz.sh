#!/usr/bin/env bash
# Builds and runs one libFuzzer target of FuzzTesting/ (or all of them, one after the other).
#
#   scripts/fuzz.sh TARGET SECONDS [libFuzzer flags...]
#   TARGET: criteria | assessment | expression | all
#
# Each target's corpus lives in FuzzTesting/corpus-TARGET/ (gitignored): seeded at every run from
# criteria/, samples/, the examples in docs/criteria-format.md and the hostile corpus of the CLI
# tests, then grown by libFuzzer. Crashes, leaks, time-outs and out-of-memory inputs go to
# FuzzTesting/corpus-TARGET-findings/; turn each into a regression file
# Tests/TamayuzCLITests/Hostile/fuzz-*.xml with a test (docs/security.md says how).
#
# The build instruments every Swift module (the main package's too) with -sanitize=fuzzer,address
# in release mode, in FuzzTesting/.build-fuzz. Exits non-zero if a target found anything.
set -euo pipefail

usage() { echo "usage: $0 criteria|assessment|expression|workbook|all SECONDS [libFuzzer flags...]" >&2; exit 64; }
[[ $# -ge 2 ]] || usage
target=$1
seconds=$2
shift 2
[[ $seconds =~ ^[0-9]+$ ]] || usage

root=$(cd "$(dirname "$0")/.." && pwd)
fuzz="$root/FuzzTesting"
scratch="$fuzz/.build-fuzz"

build() {
    swift build -c release --package-path "$fuzz" --scratch-path "$scratch" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -g -Xswiftc -use-ld=lld \
        --product "fuzz-$1" >&2
}

# Copies the seeds of one target into its corpus folder (names by content, so reruns add nothing).
seed() {
    local target=$1 corpus=$2
    local files=()
    case $target in
        criteria)
            files+=("$root"/criteria/*.xml)
            files+=("$root"/Tests/TamayuzCLITests/Hostile/*.xml)
            ;;
        assessment)
            while IFS= read -r -d '' file; do files+=("$file"); done \
                < <(find "$root/samples" -name '*.xml' -print0 2>/dev/null)
            files+=("$root"/Tests/TamayuzCLITests/Hostile/*.xml)
            ;;
        workbook)
            # The hostile workbooks, and every sample as a workbook (when the tool is built).
            files+=("$root"/Tests/TamayuzCLITests/Hostile/workbook-*.xlsx)
            local converted="$corpus/.seeds"
            mkdir -p "$converted"
            if [[ -x $root/.build/debug/tamayuz ]]; then
                for sample in "$root"/samples/quality-track/*.xml "$root"/samples/self-assessment/*.xml; do
                    "$root/.build/debug/tamayuz" convert --criteria "$root/criteria/quality-track.xml" "$sample" \
                        -o "$converted/$(basename "$sample" .xml).xlsx" --force 2>/dev/null || true
                done
            fi
            files+=("$converted"/*.xlsx)
            ;;
        expression)
            # Every expression written in the shipped criteria, one per file.
            local extracted="$corpus/.seeds"
            mkdir -p "$extracted"
            grep -ohE "(expression|when|applicable-when)=(\"[^\"]*\"|'[^']*')" "$root"/criteria/*.xml "$root"/docs/*.md 2>/dev/null |
                sed -E "s/^[a-z-]+=.//; s/.$//; s/&lt;/</g; s/&gt;/>/g; s/&quot;/\"/g; s/&amp;/\\&/g" |
                sort -u | while IFS= read -r expression; do
                    printf '%s' "$expression" > "$extracted/$(printf '%s' "$expression" | sha1sum | cut -c1-40)"
                done
            files+=("$extracted"/*)
            ;;
    esac
    if [[ $target == criteria || $target == assessment ]]; then
        # The complete XML examples of the format documentation.
        local docs="$corpus/.seeds"
        mkdir -p "$docs"
        awk -v out="$docs/doc-example-" '
            /^```xml/ { n++; file = out n ".xml"; inside = 1; next }
            /^```/ { inside = 0; next }
            inside { print > file }' "$root"/docs/*.md 2>/dev/null || true
        files+=("$docs"/*.xml)
    fi
    for file in "${files[@]}"; do
        [[ -f $file ]] || continue
        cp "$file" "$corpus/$(sha1sum < "$file" | cut -c1-40)"
    done
}

run() {
    local target=$1
    shift
    local corpus="$fuzz/corpus-$target"
    local findings="$fuzz/corpus-$target-findings"
    local dictionary="$fuzz/dictionaries/xml.dict"
    [[ $target == expression ]] && dictionary="$fuzz/dictionaries/expression.dict"
    mkdir -p "$corpus" "$findings"
    build "$target"
    seed "$target" "$corpus"
    echo "== fuzz-$target for ${seconds}s (corpus $(find "$corpus" -maxdepth 1 -type f | wc -l) inputs)" >&2
    # detect_leaks: libFuzzer checks each input that grows memory for leaks (LeakSanitizer).
    # SWIFT_BACKTRACE: the Swift runtime's own crash handler would probe memory under ASan.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
        "$scratch/release/fuzz-$target" "$corpus" \
        -max_total_time="$seconds" -dict="$dictionary" -artifact_prefix="$findings/" \
        -timeout=10 -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 "$@"
}

case $target in
    criteria | assessment | expression | workbook) run "$target" "$@" ;;
    all)
        status=0
        for each in criteria assessment expression workbook; do run "$each" "$@" || status=$?; done
        exit $status
        ;;
    *) usage ;;
esac
