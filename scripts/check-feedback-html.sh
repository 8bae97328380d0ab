#!/usr/bin/env bash
# The feedback reports and the reference-calibration page in a real browser, the Nu checker and
# print: writes the quality track's feedback reports in English and Arabic and a calibration page
# (the sample's Wadi Al-Noor case, Amal's answers as the key), then runs
# scripts/check-feedback-html.py on one feedback page per language and the calibration page.
# Usage: scripts/check-feedback-html.sh [OUT-DIR]   (default artifacts/feedback). Exits 1 if a check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/feedback}"
mkdir -p "$out"
for lang in en ar; do
  swift run tamayuz feedback --criteria criteria/quality-track.xml samples/quality-track/ \
    --lang "$lang" --output-dir "$out/$lang" --force
done
sed 's/role="evaluator" id="ev_amal"/role="reference" id="key"/' \
  samples/quality-track/mun_wadi_alnoor.eval-ev_amal.xml > "$out/reference-key.xml"
swift run tamayuz calibrate --criteria criteria/quality-track.xml --key "$out/reference-key.xml" \
  samples/quality-track/mun_wadi_alnoor.eval-ev_*.xml --format html --output "$out/calibration.html"
python3 scripts/check-feedback-html.py "$out/checks" \
  "$out/en/mun_wadi_alnoor.html" "$out/ar/mun_wadi_alnoor.html" "$out/calibration.html"
