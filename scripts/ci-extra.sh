#!/usr/bin/env bash
# The parts of CI after `swift test`: the README's main job, the HTML report in a real browser and
# the Nu checker, and short smoke runs of the fuzzers and the benchmark. Called by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts

echo "--- golden outputs: every command's output byte-identical to Tests/Golden/expected"
scripts/golden.sh

echo "--- the ranking table in tmux at 80 and 120 columns"
scripts/check-terminal.sh

echo "--- the README's main job"
swift run tamayuz report --criteria criteria/quality-track.xml samples/quality-track/ \
  --previous samples/quality-track/previous/results-2012.json \
  --format html --lang ar --date 2013-12-08 --output artifacts/report-ar.html
swift run tamayuz report --criteria criteria/quality-track.xml samples/quality-track/ \
  --previous samples/quality-track/previous/results-2012.json \
  --format html --lang en --date 2013-12-08 --output artifacts/report-en.html
swift run tamayuz validate criteria/*.xml

echo "--- JSON results against their schema"
swift run tamayuz report --criteria criteria/quality-track.xml samples/quality-track/ \
  --previous samples/quality-track/previous/results-2012.json --sensitivity 1000 \
  --format json --output artifacts/results-quality.json
swift run tamayuz score --criteria criteria/gis-track.xml samples/gis-track/ --format json --output artifacts/scores-gis.json
python3 -m pip install -q --disable-pip-version-check jsonschema
scripts/check-results-schema.py artifacts/results-quality.json artifacts/scores-gis.json

echo "--- the reports with rank robustness (--sensitivity), and their results as JSON"
for lang in en ar; do
  swift run tamayuz report --criteria criteria/quality-track.xml samples/quality-track/ \
    --previous samples/quality-track/previous/results-2012.json --sensitivity 1000 \
    --format html --lang "$lang" --date 2013-12-08 --output "artifacts/report-$lang-sensitivity.html"
  swift run tamayuz report --criteria criteria/quality-track.xml samples/quality-track/ \
    --previous samples/quality-track/previous/results-2012.json --sensitivity 1000 \
    --format json --lang "$lang" --date 2013-12-08 --output "artifacts/results-$lang-sensitivity.json"
  # The results embedded in the HTML report are the --format json document of the same run.
  python3 scripts/html_checks.py json "artifacts/report-$lang-sensitivity.html" "artifacts/results-$lang-sensitivity.json"
done

if [ -x scripts/check-workbooks.sh ]; then
  echo "--- assessment workbooks with LibreOffice and openpyxl"
  scripts/check-workbooks.sh artifacts/workbooks
fi

if [ -x scripts/check-html-report.sh ]; then
  echo "--- the HTML reports in headless Chromium (phone and desktop widths, axe-core, A4 PDF) and the Nu checker"
  # Screenshots at 390 and 1,440 px and the first printed pages are kept in artifacts/html.
  scripts/check-html-report.sh artifacts/report-en.html artifacts/report-ar.html \
    artifacts/report-en-sensitivity.html artifacts/report-ar-sensitivity.html artifacts/html
fi

if [ -x scripts/check-feedback-html.sh ]; then
  echo "--- the feedback reports and the calibration page in headless Chromium, the Nu checker and print"
  scripts/check-feedback-html.sh artifacts/feedback
fi

if [ -x scripts/ci-fuzz-smoke.sh ]; then
  echo "--- fuzz smoke runs"
  scripts/ci-fuzz-smoke.sh
fi

if [ -x benchmarks/run.sh ]; then
  echo "--- benchmark smoke run (tiny)"
  benchmarks/run.sh tiny
fi
