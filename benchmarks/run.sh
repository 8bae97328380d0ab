#!/usr/bin/env bash
# Benchmarks Tamayuz against the physical floor (cat, xmllint) and against what users would use
# instead (a Python scorer with lxml, a numpy Monte Carlo), on the same generated inputs.
#
#   benchmarks/run.sh [tiny|small|medium|large|scaling]      (default: small)
#
# `scaling` runs only the sizes that were once quadratic or took gigabytes (an HTML report of
# 30,000 agencies, self-assess over 20,000 sibling indicators, 31 MiB previous results, a 32 MiB
# answer table): minutes, so never in CI.
#
# Builds the release binary (`swift build -c release`; scratch path $SCRATCH, default .build),
# generates the inputs under benchmarks/work/ (gitignored), checks that the lxml scorer's totals
# equal Tamayuz's, and prints one table. `tiny` is CI's smoke test: it uses the debug build CI has
# already made (set CONFIG=release to override), so its timings mean nothing. See
# docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

size="${1:-small}"
case "$size" in tiny | small | medium | large | scaling) ;; *)
  echo "usage: benchmarks/run.sh [tiny|small|medium|large|scaling]" >&2
  exit 64
  ;;
esac
config="${CONFIG:-$([ "$size" = tiny ] && echo debug || echo release)}"
scratch="${SCRATCH:-.build}"
runs="${RUNS:-$([ "$size" = tiny ] && echo 1 || echo 3)}"

# Tools: xmllint (libxml2-utils) and GNU time from Debian; lxml and numpy from PyPI.
missing=()
command -v xmllint >/dev/null || missing+=(libxml2-utils)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "install ${missing[*]} (apt-get install ${missing[*]})" >&2
    exit 69
  fi
fi
python3 -c 'import lxml, numpy' 2>/dev/null ||
  python3 -m pip install -q --disable-pip-version-check lxml numpy

echo "--- swift build -c $config --scratch-path $scratch" >&2
swift build -c "$config" --scratch-path "$scratch" --product tamayuz 2>&1 | tail -n 1 >&2
tamayuz="$scratch/$config/tamayuz"

# The generated criteria and a sample of the assessments must pass the engine's own checks.
python3 benchmarks/generate.py --agencies 10 --indicators 40 --evaluators 3 --out benchmarks/work/validate
"$tamayuz" validate --criteria benchmarks/work/validate/criteria.xml \
  benchmarks/work/validate/criteria.xml benchmarks/work/validate/assessments/ | tail -n 1 >&2

if [ "$size" = scaling ]; then
  python3 benchmarks/bench.py scaling --tamayuz "$tamayuz"
  exit 0
fi

note=""
[ "$config" = debug ] && note=" (debug build: a smoke test, the timings mean nothing)"
python3 benchmarks/bench.py "$size" --tamayuz "$tamayuz" --runs "$runs" --note "$note ($(nproc) cores)"
