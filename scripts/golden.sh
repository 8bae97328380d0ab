#!/usr/bin/env bash
# Golden outputs: runs every command of the tool on the shipped criteria and samples, the UN EGDI
# 2012 table (when ../shared/data is there) and a small generated benchmark programme, and compares
# each run's standard output, standard error, exit status and written file with the stored copy in
# Tests/Golden/expected/. Any difference fails: refactoring must keep every output byte-identical.
#
#   scripts/golden.sh            compare (CI)
#   scripts/golden.sh --update   rewrite the stored copies (only on purpose: say why in the commit)
#
# TAMAYUZ=path/to/tamayuz picks the binary (default: .build/debug/tamayuz, built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

# The table's width follows COLUMNS when it is set: the stored outputs are unlimited.
unset COLUMNS
mode=check
[ "${1:-}" = "--update" ] && mode=update
expected=Tests/Golden/expected
tamayuz="${TAMAYUZ:-.build/debug/tamayuz}"
[ -x "$tamayuz" ] || swift build --product tamayuz >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
actual="$work/actual"
mkdir -p "$actual"

# The generated programme: same arguments, same bytes (generate.py seeds by names).
python3 benchmarks/generate.py --agencies 12 --indicators 60 --evaluators 3 --out "$work/programme" >/dev/null

q=(--criteria criteria/quality-track.xml)
prev=(--previous samples/quality-track/previous/results-2012.json)

# run NAME [ARGS…]: one run of the tool; its stdout, stderr (with the work folder's path made
# stable) and exit status are kept under NAME. An -o/--output file named OUT is written to
# $actual/NAME.out; one named OUT.EXT (for commands that tell the format by the extension) to
# $actual/NAME.out.EXT, and kept as written when it is a workbook.
run() {
  local name="$1"
  shift
  local args=()
  for arg in "$@"; do
    case "$arg" in
      OUT) args+=("$actual/$name.out") ;;
      OUT.*) args+=("$actual/$name.out.${arg#OUT.}") ;;
      *) args+=("$arg") ;;
    esac
  done
  local status=0
  "$tamayuz" "${args[@]}" >"$actual/$name.stdout" 2>"$actual/$name.stderr" || status=$?
  echo "$status" >"$actual/$name.status"
  sed -i -e "s#$work#WORK#g" "$actual/$name.stderr" "$actual/$name.stdout"
  [ -f "$actual/$name.out" ] && sed -i -e "s#$work#WORK#g" "$actual/$name.out"
  [ -f "$actual/$name.out.xml" ] && sed -i -e "s#$work#WORK#g" "$actual/$name.out.xml"
  true
}

# validate
run validate-criteria validate criteria/quality-track.xml criteria/gis-track.xml criteria/e-services-track.xml criteria/un-egdi-2012.xml
run validate-criteria-json validate --format json criteria/quality-track.xml criteria/gis-track.xml
run validate-quality validate "${q[@]}" samples/quality-track/
run validate-quality-json validate "${q[@]}" --format json samples/quality-track/
run validate-schema-only validate samples/self-assessment/ samples/gis-track/
run validate-wrong-criteria validate --criteria criteria/gis-track.xml samples/e-services-track/mun_wadi_alnoor.self.xml
run validate-hostile validate Tests/TamayuzCLITests/Hostile/billion-laughs.xml Tests/TamayuzCLITests/Hostile/truncated.xml Tests/TamayuzCLITests/Hostile/duplicate-ids.xml
run validate-missing validate no-such-file.xml

# score
for track in quality gis e-services; do
  c=(--criteria "criteria/$track-track.xml")
  run "score-$track-table" score "${c[@]}" "samples/$track-track/"
  run "score-$track-json" score "${c[@]}" "samples/$track-track/" --format json -o OUT
  run "score-$track-csv" score "${c[@]}" "samples/$track-track/" --format csv -o OUT
  run "score-$track-csv-long" score "${c[@]}" "samples/$track-track/" --format csv-long -o OUT
done
run score-explain score "${q[@]}" samples/quality-track/mun_wadi_alnoor.eval-ev_amal.xml --explain
run score-explain-gis score --criteria criteria/gis-track.xml samples/gis-track/min_heritage_crafts.self.xml --explain
run score-profile score "${q[@]}" --profile ministry samples/quality-track/mun_wadi_alnoor.self.xml --format json

# report
run report-table report "${q[@]}" samples/quality-track/ "${prev[@]}"
run report-table-sensitivity report "${q[@]}" samples/quality-track/ "${prev[@]}" --sensitivity 1000
run report-explain report "${q[@]}" samples/quality-track/ --explain
run report-json report "${q[@]}" samples/quality-track/ "${prev[@]}" --sensitivity 1000 --format json -o OUT
run report-json-stdout report "${q[@]}" samples/quality-track/ --format json
run report-csv report "${q[@]}" samples/quality-track/ "${prev[@]}" --format csv -o OUT
run report-csv-long report "${q[@]}" samples/quality-track/ "${prev[@]}" --format csv-long -o OUT
run report-xlsx-en report "${q[@]}" samples/quality-track/ "${prev[@]}" --format xlsx -o OUT.xlsx
run report-xlsx-ar report "${q[@]}" samples/quality-track/ "${prev[@]}" --format xlsx --lang ar -o OUT.xlsx
run report-xlsx-stdout report "${q[@]}" samples/quality-track/ --format xlsx
run score-xlsx score "${q[@]}" samples/quality-track/mun_wadi_alnoor.self.xml --format xlsx -o OUT.xlsx
run report-html-en report "${q[@]}" samples/quality-track/ "${prev[@]}" --sensitivity 1000 --format html --lang en --date 2013-12-08 -o OUT
run report-html-ar report "${q[@]}" samples/quality-track/ "${prev[@]}" --sensitivity 1000 --format html --lang ar --date 2013-12-08 -o OUT
run report-html-ar-digits report "${q[@]}" samples/quality-track/ "${prev[@]}" --format html --lang ar --digits arabic-indic -o OUT
run report-median report "${q[@]}" samples/quality-track/ --aggregate median --format json -o OUT
run report-trimmed report "${q[@]}" samples/quality-track/ --aggregate trimmed-mean --format csv -o OUT
run report-standardize report "${q[@]}" samples/quality-track/ --standardize --min-scores 5 --format json -o OUT
for n in minmax zscore percentile; do
  run "report-normalize-$n" report "${q[@]}" samples/quality-track/ --normalize "$n" --format csv -o OUT
done
run report-gis-html report --criteria criteria/gis-track.xml samples/gis-track/ --format html --lang en -o OUT
run report-gis-table report --criteria criteria/gis-track.xml samples/gis-track/
run report-eservices-html report --criteria criteria/e-services-track.xml samples/e-services-track/ --format html --lang ar -o OUT
run report-eservices-json report --criteria criteria/e-services-track.xml samples/e-services-track/ --format json -o OUT
if [ -f ../shared/data/un-egdi/egdi-2012.csv ]; then
  egdi=(--criteria criteria/un-egdi-2012.xml --answers ../shared/data/un-egdi/egdi-2012.csv --id-column country-code --name-column country-name)
  run egdi-table report "${egdi[@]}"
  run egdi-json report "${egdi[@]}" --format json -o OUT
  run egdi-html report "${egdi[@]}" --format html --lang ar -o OUT
fi

# self-assess
run self-assess-text self-assess "${q[@]}" samples/self-assessment/mun_marj_alzuhur.self.xml
run self-assess-ar self-assess "${q[@]}" samples/self-assessment/mun_marj_alzuhur.self.xml --lang ar --top 5
run self-assess-xlsx self-assess "${q[@]}" samples/self-assessment/mun_marj_alzuhur.self.xml --lang ar --format xlsx -o OUT.xlsx
run self-assess-json self-assess "${q[@]}" samples/self-assessment/mun_marj_alzuhur.self.xml --format json -o OUT
run self-assess-evaluations self-assess "${q[@]}" samples/quality-track/mun_wadi_alnoor.self.xml \
  --evaluations samples/quality-track/mun_wadi_alnoor.eval-ev_amal.xml samples/quality-track/mun_wadi_alnoor.eval-ev_badr.xml \
  samples/quality-track/mun_wadi_alnoor.eval-ev_huda.xml samples/quality-track/min_water_oases.eval-ev_huda.xml
run self-assess-evaluator-file self-assess "${q[@]}" samples/quality-track/mun_wadi_alnoor.eval-ev_amal.xml

# template
run template-en template "${q[@]}" --agency my_municipality --kind municipality -o OUT
run template-ar template "${q[@]}" --agency my_municipality --kind municipality --lang ar -o OUT
run template-evaluator template "${q[@]}" --agency mun_wadi_alnoor --evaluator ev_amal --name "Wadi" -o OUT
run template-gis template --criteria criteria/gis-track.xml --agency min_x --kind ministry --lang ar
run template-xlsx-ar template "${q[@]}" --agency my_municipality --kind municipality --lang ar --format xlsx -o OUT.xlsx
run template-xlsx-evaluator template "${q[@]}" --agency mun_wadi_alnoor --evaluator ev_amal -o OUT.xlsx
run template-exists template "${q[@]}" --agency x -o samples/self-assessment/mun_marj_alzuhur.self.xml

# workbooks, drafts and convert
run convert-to-xlsx convert "${q[@]}" samples/self-assessment/mun_marj_alzuhur.self.xml --lang ar -o OUT.xlsx
run convert-to-xml convert "${q[@]}" samples/quality-track/mun_wadi_alnoor.eval-ev_amal.xml -o OUT.xml
run validate-draft validate --draft "${q[@]}" samples/self-assessment/ samples/quality-track/mun_wadi_alnoor.self.xml
run validate-hostile-workbooks validate "${q[@]}" Tests/TamayuzCLITests/Hostile/workbook-*.xlsx
run self-assess-draft self-assess --draft "${q[@]}" samples/self-assessment/mun_marj_alzuhur.self.xml --top 3

# feedback reports (one page per language kept) and calibration against a reference case (the
# sample's Wadi Al-Noor case, Amal's answers as the key)
for lang in en ar; do
  run "feedback-$lang" feedback "${q[@]}" samples/quality-track/ --lang "$lang" --output-dir "$work/feedback-$lang"
  sed -e "s#$work#WORK#g" "$work/feedback-$lang/mun_wadi_alnoor.html" >"$actual/feedback-$lang.out"
done
run feedback-existing feedback "${q[@]}" samples/quality-track/ --output-dir "$work/feedback-en"
sed 's/role="evaluator" id="ev_amal"/role="reference" id="key"/' \
  samples/quality-track/mun_wadi_alnoor.eval-ev_amal.xml >"$work/reference-key.xml"
for format in table json html; do
  run "calibrate-$format" calibrate "${q[@]}" --key "$work/reference-key.xml" samples/quality-track/mun_wadi_alnoor.eval-ev_{amal,badr,huda}.xml --format "$format" -o OUT
done
run calibrate-not-reference calibrate "${q[@]}" --key samples/quality-track/mun_wadi_alnoor.eval-ev_amal.xml samples/quality-track/mun_wadi_alnoor.eval-ev_badr.xml
run report-reference-mixed-in report "${q[@]}" "$work/reference-key.xml" samples/quality-track/

# the review stages (samples/quality-track-stages: consensus and site visits that move ranks)
st=samples/quality-track-stages/
run stages-report-table report "${q[@]}" "$st"
run stages-report-json report "${q[@]}" "$st" --format json -o OUT
run stages-report-html-ar report "${q[@]}" "$st" --format html --lang ar -o OUT
run stages-consensus-en consensus "${q[@]}" "$st" --agency min_heritage_crafts --agency min_community_development -o OUT
run stages-consensus-ar consensus "${q[@]}" samples/quality-track/ --lang ar -o OUT
run stages-consensus-unknown consensus "${q[@]}" "$st" --agency nobody
run stages-template-site-visit template "${q[@]}" --agency mun_rawdat_alkhuzama --kind municipality --role site-visit --lang ar -o OUT
run stages-validate validate "${q[@]}" "$st"

# RADAR items and results series (samples/radar-excellence: a cycle with a consensus and a site
# visit), and an overall set beyond its tolerance and a percentage off the 5 % steps
r=(--criteria criteria/radar-excellence.xml)
rs=samples/radar-excellence/
run radar-validate validate "${r[@]}" "$rs"
run radar-report-table report "${r[@]}" "$rs"
run radar-report-json report "${r[@]}" "$rs" --format json -o OUT
run radar-report-html-en report "${r[@]}" "$rs" --format html --lang en -o OUT
run radar-score-explain score "${r[@]}" "$rs/mun_wadi_alnoor.eval-ev_amal.xml" --explain
run radar-template-ar template "${r[@]}" --agency mun_x --kind municipality --lang ar -o OUT
run radar-consensus consensus "${r[@]}" "$rs" --agency min_heritage_crafts -o OUT
sed -e '/indicator="i1a"/s/overall 60/overall 70/' -e '/indicator="i4a"/s/relevance 45/relevance 47/' \
  "$rs/mun_wadi_alnoor.eval-ev_amal.xml" >"$work/radar-refused.xml"
run radar-refusals validate "${r[@]}" "$work/radar-refused.xml"

# the generated programme
p=(--criteria "$work/programme/criteria.xml" "$work/programme/assessments/")
run programme-score-csv score "${p[@]}" --format csv -o OUT
run programme-report-json report "${p[@]}" --format json -o OUT
run programme-report-html report "${p[@]}" --format html --lang en -o OUT
run programme-report-table report "${p[@]}" --sensitivity 200

if [ "$mode" = update ] && [ ! -f ../shared/data/un-egdi/egdi-2012.csv ]; then
  echo "golden: --update needs ../shared/data (the EGDI outputs would be lost)" >&2
  exit 1
fi
if [ "$mode" = update ]; then
  rm -rf "$expected"
  mkdir -p "$expected"
  cp "$actual"/* "$expected"/
  echo "golden: $(ls "$expected" | wc -l) files written to $expected"
  exit 0
fi

# Without ../shared/data the EGDI runs are skipped, and their stored outputs are not compared.
skip=()
[ -f ../shared/data/un-egdi/egdi-2012.csv ] || skip=(-x 'egdi-*')
if diff -r "${skip[@]}" "$expected" "$actual" >"$work/diff" 2>&1; then
  echo "golden: $(ls "$actual" | wc -l) outputs byte-identical to $expected"
else
  echo "golden: outputs differ from $expected:" >&2
  head -c 20000 "$work/diff" >&2
  exit 1
fi
