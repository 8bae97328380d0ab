#!/usr/bin/env bash
# Assessment workbooks with real spreadsheet clients (CI, from scripts/ci-extra.sh):
#  - LibreOffice opens the template Tamayuz writes, in English and Arabic (CSV of the answers
#    sheet and a PDF of the workbook), and openpyxl checks its validation lists, protection,
#    right-to-left sheets and number types;
#  - a template filled by openpyxl, and the same workbook re-saved by LibreOffice, score exactly
#    like the XML twin of the same answers (the JSON results byte for byte after convert);
#  - every sample assessment converted to a workbook and back gives the canonical XML unchanged;
#  - the jury's results workbook (`report --format xlsx`), in English and Arabic, opens in
#    LibreOffice (CSV of the ranking, PDF) and openpyxl finds every sheet's header frozen, its
#    filter on, right-to-left in Arabic, numbers as numbers and no formula; `score` and
#    `self-assess` (an agency's own, with its plan) write one too.
#
#   scripts/check-workbooks.sh [OUT-DIR]     (default artifacts/workbooks)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/workbooks}"
rm -rf "$out"
mkdir -p "$out"
tamayuz="${TAMAYUZ:-.build/debug/tamayuz}"
[ -x "$tamayuz" ] || swift build --product tamayuz >&2
q=(--criteria criteria/quality-track.xml)
start=$SECONDS

echo "templates"
for lang in en ar; do
  "$tamayuz" template "${q[@]}" --agency mun_marj_alzuhur --kind municipality --lang "$lang" --format xlsx -o "$out/template-$lang.xlsx"
  libreoffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2' \
    --outdir "$out/lo-$lang" "$out/template-$lang.xlsx" >/dev/null 2>&1
  libreoffice --headless --convert-to pdf --outdir "$out/lo-$lang" "$out/template-$lang.xlsx" >/dev/null 2>&1
done

echo "every sample to a workbook and back"
samples=0
for track in quality gis e-services; do
  for file in samples/$track-track/*.xml; do
    name="$(basename "$file" .xml)"
    dir="$out/round/$track"
    mkdir -p "$dir"
    "$tamayuz" convert --criteria "criteria/$track-track.xml" "$file" -o "$dir/$name.canonical.xml" 2>/dev/null
    "$tamayuz" convert --criteria "criteria/$track-track.xml" "$file" -o "$dir/$name.xlsx" --lang ar 2>/dev/null
    "$tamayuz" convert --criteria "criteria/$track-track.xml" "$dir/$name.xlsx" -o "$dir/$name.back.xml" 2>/dev/null
    cmp "$dir/$name.canonical.xml" "$dir/$name.back.xml"
    samples=$((samples + 1))
  done
done
echo "  $samples samples: the canonical XML unchanged after a workbook round trip"

echo "filled by openpyxl, re-saved by LibreOffice, against the XML twin"
twin=samples/self-assessment/mun_marj_alzuhur.self.xml
mkdir -p "$out/twin" "$out/openpyxl" "$out/libreoffice"
python3 scripts/workbook_checks.py fill "$out/template-ar.xlsx" "$twin" "$out/openpyxl/sub.xlsx"
libreoffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$out/libreoffice" "$out/openpyxl/sub.xlsx" >/dev/null 2>&1
"$tamayuz" convert "${q[@]}" "$twin" -o "$out/twin/sub.xml" 2>/dev/null
for client in openpyxl libreoffice; do
  "$tamayuz" convert "${q[@]}" "$out/$client/sub.xlsx" -o "$out/$client/sub.xml" 2>/dev/null
  cmp "$out/twin/sub.xml" "$out/$client/sub.xml"
done
for client in twin openpyxl libreoffice; do
  (cd "$out/$client" && "$OLDPWD/$tamayuz" score --criteria "$OLDPWD/criteria/quality-track.xml" sub.xml --format json -o scores.json 2>/dev/null)
done
cmp "$out/twin/scores.json" "$out/openpyxl/scores.json"
cmp "$out/twin/scores.json" "$out/libreoffice/scores.json"
echo "  openpyxl and LibreOffice workbooks score byte for byte like the XML twin"

echo "results workbooks"
for lang in en ar; do
  "$tamayuz" report "${q[@]}" samples/quality-track/ --previous samples/quality-track/previous/results-2012.json \
    --lang "$lang" --format xlsx -o "$out/results-$lang.xlsx" 2>/dev/null
  libreoffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1' \
    --outdir "$out/lo-results-$lang" "$out/results-$lang.xlsx" >/dev/null 2>&1
  libreoffice --headless --convert-to pdf --outdir "$out/lo-results-$lang" "$out/results-$lang.xlsx" >/dev/null 2>&1
  "$tamayuz" self-assess "${q[@]}" samples/self-assessment/mun_marj_alzuhur.self.xml --lang "$lang" --format xlsx \
    -o "$out/plan-$lang.xlsx" 2>/dev/null
done
"$tamayuz" score "${q[@]}" samples/quality-track/mun_wadi_alnoor.self.xml --format xlsx -o "$out/score.xlsx" 2>/dev/null
python3 scripts/workbook_checks.py results "$out"

python3 scripts/workbook_checks.py inspect "$out"
echo "workbook checks passed in $((SECONDS - start)) s"
