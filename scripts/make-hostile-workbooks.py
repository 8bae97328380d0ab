#!/usr/bin/env python3
"""Writes the hostile workbooks of the CLI tests' corpus (Tests/TamayuzCLITests/Hostile/workbook-*)
from a blank quality-track template:

  swift build && .build/debug/tamayuz template --criteria criteria/quality-track.xml \
      --agency mun_hostile --kind municipality --format xlsx -o /tmp/base.xlsx
  python3 scripts/make-hostile-workbooks.py /tmp/base.xlsx

Each stands for one threat of docs/security.md ("Hostile workbooks"); each stays under 64 kB.
"""
import struct
import sys
import zipfile
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "Tests/TamayuzCLITests/Hostile"
SHEET = "xl/worksheets/sheet2.xml"


def parts(base):
    with zipfile.ZipFile(base) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def write(name, entries):
    path = OUT / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry, data in entries:
            archive.writestr(zipfile.ZipInfo(entry, (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    assert path.stat().st_size <= 64 * 1024, name


def replaced(entries, part, transform):
    return [(name, transform(data) if name == part else data) for name, data in entries]


def answer_cell(data, cell):
    """The sheet with an extra row holding `cell` (raw XML) placed before </sheetData>."""
    return data.replace(b"</sheetData>", cell + b"</sheetData>")


def main(base):
    entries = parts(base)
    # A part that inflates a thousandfold (10 MB of one byte).
    write("workbook-zip-bomb.xlsx", entries + [("xl/media/bomb.bin", b"\0" * (10 * 1024 * 1024))])
    # Entries that would leave the package.
    write("workbook-path-traversal.xlsx", entries + [("../../evil.xml", b"<x/>")])
    write("workbook-absolute-path.xlsx", entries + [("/etc/cron.d/evil", b"x")])
    # Two entries of one name: which one a reader takes is its own choice.
    write("workbook-duplicate-entry.xlsx", entries + [(SHEET, dict(entries)[SHEET])])
    # Macros and links to other files.
    write("workbook-macro.xlsx", entries + [("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not really VBA")])
    write("workbook-external-link.xlsx", entries + [("xl/externalLinks/externalLink1.xml", b"<externalLink/>")])
    # A DOCTYPE with entities in a part.
    write("workbook-doctype.xlsx", replaced(entries, "xl/sharedStrings.xml", lambda d: d.replace(
        b"?>", b'?>\n<!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]>', 1)))
    # A million shared strings (a few kilobytes compressed).
    write("workbook-million-strings.xlsx", replaced(entries, "xl/sharedStrings.xml", lambda d: (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b"<si><t>x</t></si>" * 1_000_000 + b"</sst>")))
    # A cell a million rows down, and one beyond the template's columns.
    write("workbook-million-rows.xlsx", replaced(entries, SHEET, lambda d: answer_cell(
        d, b'<row r="1000000"><c r="E1000000" t="inlineStr"><is><t>yes</t></is></c></row>')))
    write("workbook-far-column.xlsx", replaced(entries, SHEET, lambda d: answer_cell(
        d, b'<row r="900"><c r="XFD900" t="inlineStr"><is><t>yes</t></is></c></row>')))
    # A formula without a saved value in IF.1.1's answer cell (row 4).
    write("workbook-formula.xlsx", replaced(entries, SHEET, lambda d: d.replace(
        b'<c r="E4" s=', b'<c r="E4"><f>1+1</f></c><c r="Z4" s=', 1)))
    # An encrypted workbook is an OLE compound file, not a ZIP.
    (OUT / "workbook-encrypted.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    # A part that declares fewer bytes than it inflates to.
    lying = OUT / "workbook-lying-size.xlsx"
    write(lying.name, entries)
    data = bytearray(lying.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_length = struct.unpack_from("<H", data, start + (26 if signature == b"PK\x03\x04" else 28))[0]
            name_start = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_start:name_start + name_length] == SHEET.encode():
                struct.pack_into("<I", data, start + offset, 1000)
            start += 4
    lying.write_bytes(bytes(data))


if __name__ == "__main__":
    main(sys.argv[1])
