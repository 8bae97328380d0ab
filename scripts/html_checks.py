#!/usr/bin/env python3
"""Checks of a Tamayuz HTML report as a real browser produced it (standard library only).

Used by scripts/check-html-report.sh:

    html_checks.py dom REPORT.html DUMPED-DOM.html CHROMIUM-LOG   the leaderboard has rows, every agency
                                                               has its section, the report's script ran
                                                               (CSP hash accepted) and nothing was refused
    html_checks.py png SCREENSHOT.png                          the screenshot is not blank
    html_checks.py json REPORT.html RESULTS.json               the report's JSON data block parses and equals the
                                                               --format json document written with the same options
    html_checks.py pdf REPORT.html PRINTED.pdf                 A4 pages (portrait or landscape), at least one per agency section + 1

Each prints one line per check ("ok: …" or "FAIL: …") and exits 1 if any check failed.
"""

import json
import re
import struct
import sys
import zlib
from html.parser import HTMLParser

failures = 0


def check(condition, message):
    global failures
    print(("ok: " if condition else "FAIL: ") + message)
    if not condition:
        failures += 1


class ReportParser(HTMLParser):
    """Counts what the checks need: leaderboard rows, agency sections, sort buttons."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.html_attributes = {}
        self.stack = []  # (tag, attributes) of open elements
        self.leaderboard_rows = 0
        self.agency_sections = 0
        self.sort_buttons = 0
        self.sortable_headers = 0
        self.details = 0
        self.open_details = 0
        self.agency_details = 0
        self.scripts = 0

    def inside(self, predicate):
        return any(predicate(tag, attributes) for tag, attributes in self.stack)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.html_attributes = attributes
        in_leaderboard = self.inside(lambda t, a: t == "table" and a.get("id") == "leaderboard-table")
        if tag == "tr" and in_leaderboard and self.inside(lambda t, a: t == "tbody"):
            self.leaderboard_rows += 1
        if tag == "section" and "agency" in (attributes.get("class") or "").split():
            self.agency_sections += 1
        in_sortable_head = self.inside(lambda t, a: t == "table" and "sortable" in (a.get("class") or "").split()) and self.inside(
            lambda t, a: t == "thead")
        if tag == "th" and in_sortable_head:
            self.sortable_headers += 1
        if tag == "button" and in_sortable_head and self.inside(lambda t, a: t == "th"):
            self.sort_buttons += 1
        if tag == "details":
            self.details += 1
            if "open" in attributes:
                self.open_details += 1
            if "agency-body" in (attributes.get("class") or "").split():
                self.agency_details += 1
        if tag == "script":
            self.scripts += 1
        if tag not in ("meta", "link", "br", "img", "input", "hr", "col", "source", "wbr", "area", "base", "embed", "param", "track"):
            self.stack.append((tag, attributes))

    def handle_startendtag(self, tag, attrs):
        # Self-closed SVG elements: nothing to count, nothing to open.
        pass

    def handle_endtag(self, tag):
        for position in range(len(self.stack) - 1, -1, -1):
            if self.stack[position][0] == tag:
                del self.stack[position:]
                break


def parse(path):
    parser = ReportParser()
    with open(path, encoding="utf-8") as handle:
        parser.feed(handle.read())
    parser.close()
    return parser


def dom(report, dumped, log):
    source = parse(report)
    after = parse(dumped)
    name = report
    check(after.leaderboard_rows >= 1, f"{name}: leaderboard rows in the browser's DOM: {after.leaderboard_rows}")
    check(after.leaderboard_rows == source.leaderboard_rows,
          f"{name}: the browser kept every leaderboard row ({after.leaderboard_rows} of {source.leaderboard_rows})")
    check(after.agency_sections == source.agency_sections and after.agency_sections >= 1,
          f"{name}: agency sections: {after.agency_sections} (file: {source.agency_sections})")
    check(after.html_attributes.get("lang") == source.html_attributes.get("lang")
          and after.html_attributes.get("dir") in ("ltr", "rtl"),
          f"{name}: lang={after.html_attributes.get('lang')} dir={after.html_attributes.get('dir')}")
    # The report's script adds a button to every sortable column header: if the CSP hash were
    # wrong, the browser would refuse the script and there would be none.
    check(after.sortable_headers > 0 and after.sort_buttons == after.sortable_headers,
          f"{name}: the report's script ran under its CSP (sort buttons: {after.sort_buttons} of {after.sortable_headers} headers)")
    # Agency pages start folded (print opens them); everything else in them is open.
    check(source.agency_details == source.agency_sections and source.details - source.open_details == source.agency_details,
          f"{name}: every agency page is folded and every other <details> open in the file "
          f"({source.agency_details} folded pages, {source.open_details}/{source.details - source.agency_details} others open)")
    with open(log, encoding="utf-8", errors="replace") as handle:
        refused = [line.strip() for line in handle if "Content Security Policy" in line or "Refused to" in line]
    check(not refused, f"{name}: no CSP violation in the browser's log" + ("" if not refused else ": " + refused[0][:200]))


def png_pixels(path):
    """Decodes an 8-bit RGB/RGBA/grey PNG (what Chromium writes) into rows of bytes."""
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    position = 8
    idat = b""
    width = height = depth = colour = interlace = None
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        position += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace != 0:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    raw = zlib.decompress(idat)
    stride = width * channels
    rows = []
    previous = bytearray(stride)
    offset = 0
    for _ in range(height):
        kind = raw[offset]
        line = bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            upper_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 0xFF
            elif kind == 4:
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                predictor = left if pa <= pb and pa <= pc else (up if pb <= pc else upper_left)
                line[i] = (line[i] + predictor) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def png(path):
    try:
        width, height, channels, rows = png_pixels(path)
    except (OSError, ValueError, zlib.error) as error:
        check(False, f"{path}: readable PNG ({error})")
        return
    # Sample every 4th pixel of every 4th row: luminance variance and the share of non-white.
    values = []
    for row in rows[::4]:
        for x in range(0, width * channels, 4 * channels):
            if channels >= 3:
                values.append((row[x] * 299 + row[x + 1] * 587 + row[x + 2] * 114) // 1000)
            else:
                values.append(row[x])
    mean = sum(values) / len(values)
    variance = sum((v - mean) ** 2 for v in values) / len(values)
    inked = sum(1 for v in values if v < 200) / len(values)
    check(width >= 1000 and height >= 1000, f"{path}: {width}×{height} pixels")
    check(variance > 100 and inked > 0.01,
          f"{path}: not blank (luminance variance {variance:.0f}, {inked:.1%} of the sampled pixels inked)")


def pdf(report, path):
    source = parse(report)
    with open(path, "rb") as handle:
        data = handle.read()
    check(data.startswith(b"%PDF-"), f"{path}: a PDF file ({len(data)} bytes)")
    texts = [data]
    # Page objects may sit in compressed object streams: look inside every Flate stream too.
    for match in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", match.end())
        if end < 0:
            continue
        try:
            texts.append(zlib.decompress(data[match.end():end]))
        except zlib.error:
            pass
    pages = sum(len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", text)) for text in texts)
    needed = source.agency_sections + 1
    check(pages >= needed, f"{path}: {pages} pages (at least {needed}: one per agency section + 1)")
    boxes = set()
    for text in texts:
        for box in re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", text):
            boxes.add((round(float(box[0])), round(float(box[1]))))
    # Portrait A4, and landscape A4 for the wide tables (the leaderboard and the heat map).
    a4 = lambda w, h: abs(w - 595) <= 2 and abs(h - 842) <= 2
    check(boxes and all(a4(w, h) or a4(h, w) for w, h in boxes), f"{path}: A4 pages (media boxes {sorted(boxes)})")


def embedded(report, path):
    """The results embedded in the report (its `<script type="application/json">` block) against
    the document `--format json` wrote for the same run."""
    with open(report, encoding="utf-8") as handle:
        html = handle.read()
    blocks = re.findall(r'<script type="application/json" id="results-data">(.*?)</script>', html, re.S)
    check(len(blocks) == 1, f"{report}: one JSON data block ({len(blocks)})")
    if len(blocks) != 1:
        return
    check(not any(c in blocks[0] for c in "<>&'"), f"{report}: no < > & ' inside the data block (written as \\u escapes)")
    try:
        data = json.loads(blocks[0])
    except ValueError as error:
        check(False, f"{report}: the data block is JSON ({error})")
        return
    with open(path, encoding="utf-8") as handle:
        written = json.load(handle)
    check(data == written, f"{report}: the data block equals {path} (schema {data.get('schema')}, {len(data.get('agencies', []))} agencies)")


def main(arguments):
    if len(arguments) >= 1 and arguments[0] == "dom" and len(arguments) == 4:
        dom(arguments[1], arguments[2], arguments[3])
    elif len(arguments) == 2 and arguments[0] == "png":
        png(arguments[1])
    elif len(arguments) == 3 and arguments[0] == "json":
        embedded(arguments[1], arguments[2])
    elif len(arguments) == 3 and arguments[0] == "pdf":
        pdf(arguments[1], arguments[2])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
