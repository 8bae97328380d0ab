#!/usr/bin/env python3
"""A Tamayuz HTML report as a reader meets it, in headless Chromium driven by selenium.

Used by scripts/check-html-report.sh:

    html_browser_checks.py OUT-DIR REPORT.html [REPORT.html ...]

For each report, at 390 × 844 (a phone) and 1,440 × 900 (a desktop):
  - the page does not overflow sideways, as it opens and with every agency page open:
    `document.documentElement.scrollWidth` equals the viewport's `clientWidth` (a wide table
    scrolls inside its own box instead);
  - axe-core (WCAG 2.0/2.1/2.2 A and AA rules) finds no violation;
  - a screenshot of the first screen is kept: OUT-DIR/NAME-390.png, OUT-DIR/NAME-1440.png.
Then the report is printed to PDF on A4 through the DevTools protocol (`Page.printToPDF` with the
page's own CSS page sizes, so its landscape pages stay landscape) into OUT-DIR/NAME.print.pdf, and
`pdftotext -bbox` (poppler-utils) reads every word's box:
  - every agency's total and every area score of the leaderboard appear in the PDF's text;
  - no word lies outside its page's box;
  - no text is set below 8 pt: the font sizes come from `pdftohtml -xml -zoom 3` (poppler-utils),
    not from the word boxes, whose height is the font's ascent + descent (about 1.4 × the size for
    Noto Sans, more for Noto Naskh Arabic), not its size;
  - every page carries its number ("N / M" in the page's bottom margin, which the report's
    @page rules write).
The first two pages are kept as pictures (OUT-DIR/NAME.print-NN.png) with `pdftoppm -r 60`.

Tools: chromium + chromium-driver (Debian), selenium and axe-playwright-python (PyPI; the latter
installed with --no-deps: only its bundled axe.min.js is used), poppler-utils (Debian).
Prints "ok: …" / "FAIL: …" lines and exits 1 if any check failed.
"""

import base64
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

import axe_playwright_python

failures = 0
WIDTHS = ((390, 844), (1440, 900))
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
A4 = {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True, "printBackground": True}


def check(condition, message):
    global failures
    print(("ok: " if condition else "FAIL: ") + message)
    if not condition:
        failures += 1


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--disable-extensions",
                     "--disable-background-networking", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)


def axe_source():
    path = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def set_viewport(driver, width, height):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


OVERFLOWING = """
var w = document.documentElement.clientWidth, out = [];
document.querySelectorAll('body *').forEach(function (e) {
  var r = e.getBoundingClientRect();
  if (r.width && (r.right > w + 1 || r.left < -1) && !e.closest('.scroll') && !(e.parentElement && out.indexOf(e.parentElement) >= 0)) { out.push(e); }
});
return out.slice(0, 6).map(function (e) {
  var r = e.getBoundingClientRect(), at = e.closest('[id]');
  return e.tagName.toLowerCase() + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' in #' + (at ? at.id : '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right);
});
"""


def page_width(driver, name, width, state):
    scroll, client = driver.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    check(scroll == client, f"{name} at {width} px, {state}: page width {scroll} px, viewport {client} px")
    if scroll != client:
        print("   overflowing: " + "; ".join(driver.execute_script(OVERFLOWING)))


def layout(driver, name, out, width, height):
    """The page's width as it opens (agency pages folded), then with every agency page open."""
    set_viewport(driver, width, height)
    driver.execute_script("document.querySelectorAll('details.agency-body').forEach(function (d) { d.open = false; }); window.scrollTo(0, 0)")
    page_width(driver, name, width, "as it opens")
    shot = os.path.join(out, f"{name}-{width}.png")
    png = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
    with open(shot, "wb") as handle:
        handle.write(base64.b64decode(png["data"]))
    driver.execute_script("document.querySelectorAll('details.agency-body').forEach(function (d) { d.open = true; })")
    page_width(driver, name, width, "every agency page open")
    driver.execute_script("document.querySelectorAll('details.agency-body').forEach(function (d) { d.open = false; }); window.scrollTo(0, 0)")


def accessibility(driver, name, width, source):
    driver.execute_script(source)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(function (r) {"
        " done(r.violations.map(function (v) { return [v.id, v.nodes.length, v.nodes.slice(0, 2).map(function (n) { return n.target.join(' '); })]; })); },"
        " function (e) { done([['axe-error', 0, [String(e)]]]); });", AXE_TAGS)
    check(not result, f"{name} at {width} px: axe-core ({'/'.join(AXE_TAGS)}) violations: {len(result)}"
          + "".join(f"\n   {rule} ×{count}: {', '.join(targets)}" for rule, count, targets in result))


def words(pdf):
    """Every word of the PDF with its page's size: (page, page width, page height, xMin, yMin, xMax, yMax, text)."""
    xhtml = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True).stdout
    root = ElementTree.fromstring(re.sub(rb"<!DOCTYPE[^>]*>", b"", xhtml))
    found = []
    for number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page"), start=1):
        width, height = float(page.get("width")), float(page.get("height"))
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            found.append((number, width, height, float(word.get("xMin")), float(word.get("yMin")),
                          float(word.get("xMax")), float(word.get("yMax")), word.text or ""))
    return found


def smallest_font(pdf):
    """The smallest font size (pt) any visible text of the PDF is set in, read by `pdftohtml -xml`
    at zoom 3: its sizes are whole numbers, rounded down, so a size read as 8.0 is at least 8 pt
    and anything smaller reads as 7.7 or less. Runs of symbols only (an arrow, which poppler sizes
    by its fallback font's matrix) are left out."""
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-zoom", "3", "-stdout", pdf], check=True, capture_output=True).stdout
    root = ElementTree.fromstring(re.sub(rb"<!DOCTYPE[^>]*>", b"", xml))
    sizes = {spec.get("id"): int(spec.get("size")) / 3 for spec in root.iter("fontspec")}
    # Runs without a letter or digit (an arrow set in a fallback font) are not body text.
    used = [sizes[text.get("font")] for text in root.iter("text") if any(c.isalnum() for c in "".join(text.itertext()))]
    return min(used, default=0)


def paper(driver, name, out, expected):
    pdf = os.path.join(out, f"{name}.print.pdf")
    printed = driver.execute_cdp_cmd("Page.printToPDF", A4)
    with open(pdf, "wb") as handle:
        handle.write(base64.b64decode(printed["data"]))
    found = words(pdf)
    pages = max((w[0] for w in found), default=0)
    text = " ".join(w[7] for w in found)
    missing = [figure for figure in expected if figure not in text]
    check(not missing, f"{name}.print.pdf: {pages} pages; every total and area score of the leaderboard is in the text"
          + (f" (missing: {', '.join(missing[:8])})" if missing else f" ({len(expected)} figures)"))
    outside = [w for w in found if w[3] < -0.5 or w[4] < -0.5 or w[5] > w[1] + 0.5 or w[6] > w[2] + 0.5]
    check(not outside, f"{name}.print.pdf: no word outside its page's box"
          + (f" ({len(outside)}, e.g. page {outside[0][0]}: {outside[0][7]!r})" if outside else ""))
    smallest = smallest_font(pdf)
    check(smallest >= 8, f"{name}.print.pdf: smallest text {smallest:.1f} pt (at least 8)")
    numbered = set()
    for page in range(1, pages + 1):
        foot = " ".join(w[7] for w in found if w[0] == page and w[4] > w[2] - 40)
        if re.search(r"[0-9٠-٩]+\s*/\s*[0-9٠-٩]+", foot):
            numbered.add(page)
    check(pages > 0 and len(numbered) == pages, f"{name}.print.pdf: page numbers on {len(numbered)} of {pages} pages")
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", pdf, os.path.join(out, f"{name}.print")], check=True)
    return pages, smallest


def leaderboard_figures(driver):
    """The totals and area scores the leaderboard shows, as the reader sees them."""
    return driver.execute_script(
        "var out = [];"
        "document.querySelectorAll('#leaderboard-table tbody td.n').forEach(function (cell) {"
        " if (cell.classList.contains('rank') || cell.classList.contains('range')) return;"
        " var text = cell.textContent.trim(); if (/[0-9٠-٩]/.test(text) && !/%/.test(text)) out.push(text); });"
        "return out;")


def main(arguments):
    if len(arguments) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out, reports = arguments[0], arguments[1:]
    os.makedirs(out, exist_ok=True)
    source = axe_source()
    driver = browser()
    try:
        for report in reports:
            name = os.path.splitext(os.path.basename(report))[0]
            driver.get("file://" + os.path.abspath(report))
            for width, height in WIDTHS:
                layout(driver, name, out, width, height)
                accessibility(driver, name, width, source)
            set_viewport(driver, 1440, 900)
            paper(driver, name, out, sorted(set(leaderboard_figures(driver))))
    finally:
        driver.quit()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
