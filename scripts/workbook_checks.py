#!/usr/bin/env python3
"""Assessment workbooks with openpyxl (called by scripts/check-workbooks.sh).

  workbook_checks.py fill TEMPLATE.xlsx SUBMISSION.xml OUT.xlsx
      fills the template as a person would type the answers of the XML submission: yes/no and
      not-applicable in Arabic, levels by their Arabic label, percentages as text with a sign
      ("85%"), some numbers as text in Arabic-Indic digits, checklists Yes/No per option row.
  workbook_checks.py inspect OUT-DIR
      checks the templates Tamayuz wrote (validation lists, protection, right-to-left, number
      types) and what LibreOffice made of them (CSV of the answers sheet, PDF).
"""
import csv
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl

NS = {"a": "urn:tamayuz:assessment:1"}
ARABIC_DIGITS = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")


def texts(answer, tag):
    return "\n".join(e.text.strip() for e in answer.findall(f"a:{tag}", NS) if e.text and e.text.strip())


def fill(template, submission, output):
    book = openpyxl.load_workbook(template)
    sheet = book["Answers"]
    lists = book["Lists"]
    rows = {sheet.cell(row, 1).value: row for row in range(2, sheet.max_row + 1) if sheet.cell(row, 1).value}
    labels = level_labels(sheet, lists)
    root = ET.parse(submission).getroot()
    for count, answer in enumerate(root.findall("a:answer", NS)):
        key = answer.get("indicator")
        row = rows[key]
        kind = sheet.cell(row, 4).value or ""
        if answer.get("not-applicable") in ("true", "1"):
            sheet.cell(row, 6).value = "نعم"
            sheet.cell(row, 7).value = texts(answer, "justification")
        else:
            value = answer.get("value")
            if row + 1 in rows.values() and str(sheet.cell(row + 1, 1).value).startswith(key + "/"):
                ticked = set(value.split()) if value != "none" else set()
                option_row = row + 1
                while str(sheet.cell(option_row, 1).value or "").startswith(key + "/"):
                    option = sheet.cell(option_row, 1).value.split("/", 1)[1]
                    sheet.cell(option_row, 5).value = "نعم" if option in ticked else "لا"
                    option_row += 1
            elif value in ("yes", "no"):
                sheet.cell(row, 5).value = "نعم" if value == "yes" else "لا"
            elif (row, value) in labels:
                sheet.cell(row, 5).value = labels[(row, value)]
            elif "0 إلى 100" in kind:
                sheet.cell(row, 5).value = f"{value}%"
            elif count % 2:
                sheet.cell(row, 5).value = value.translate(ARABIC_DIGITS)
            else:
                sheet.cell(row, 5).value = float(value)
        evidence = answer.findall("a:evidence", NS)
        if evidence:
            sheet.cell(row, 8).value = "\n".join(e.get("title", "") for e in evidence)
            sheet.cell(row, 9).value = "\n".join(e.get("ref", "") for e in evidence)
            sheet.cell(row, 10).value = "\n".join(e.get("note", "") for e in evidence)
        comment = texts(answer, "comment")
        if comment:
            sheet.cell(row, 11).value = comment
    # The details as the agency gives them: its names in both languages, its office's names.
    details = book["Details"]
    details.delete_rows(1, details.max_row)
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    agency, assessor = root.find("a:agency", NS), root.find("a:assessor", NS)
    rows = [["tamayuz-assessment-workbook", "1"], ["framework", root.get("framework")],
            ["framework-version", root.get("framework-version")], ["cycle", root.get("cycle")],
            ["agency", agency.get("id")], ["agency-kind", agency.get("kind")]]
    rows += [["agency-name", name.text, name.get(lang)] for name in agency.findall("a:name", NS)]
    rows += [["assessor-role", assessor.get("role")]]
    rows += [["assessor-name", name.text, name.get(lang)] for name in assessor.findall("a:name", NS)]
    for row in rows:
        details.append(row)
    book.save(output)


def level_labels(sheet, lists):
    """(row, level id) → the label the drop-down offers, read from the criteria by tamayuz's own
    order: the list column a row's validation points at holds the labels in the scale's order."""
    ids = {}
    criteria = ET.parse("criteria/quality-track.xml").getroot()
    cns = {"c": criteria.tag.split("}")[0][1:]}
    scales = {s.get("id"): [lvl.get("id") for lvl in s.findall("c:level", cns)] for s in criteria.iter(f"{{{cns['c']}}}scale")}
    for indicator in criteria.iter(f"{{{cns['c']}}}indicator"):
        ordinal = indicator.find("c:ordinal", cns)
        if ordinal is not None:
            ids[indicator.get("id")] = scales[ordinal.get("scale")]
    labels = {}
    for validation in sheet.data_validations.dataValidation:
        formula = validation.formula1 or ""
        if not formula.startswith("Lists!"):
            continue
        column = formula.split("$")[1]
        for cell_range in str(validation.sqref).split():
            row = int("".join(ch for ch in cell_range if ch.isdigit()))
            key = sheet.cell(row, 1).value
            if key in ids and cell_range.startswith("E"):
                for index, level in enumerate(ids[key]):
                    labels[(row, level)] = lists[f"{column}{index + 1}"].value
    return labels


def inspect(out):
    out = Path(out)
    for lang in ("en", "ar"):
        book = openpyxl.load_workbook(out / f"template-{lang}.xlsx")
        assert book.sheetnames == ["Instructions", "Answers", "Lists", "Details"], book.sheetnames
        sheet = book["Answers"]
        assert bool(sheet.sheet_view.rightToLeft) == (lang == "ar"), "right-to-left only in Arabic"
        assert sheet.protection.sheet and not sheet.protection.password, "answers protected, without a password"
        assert book["Lists"].sheet_state == "hidden" and book["Details"].protection.sheet
        yes_no = ("نعم", "لا") if lang == "ar" else ("Yes", "No")
        lists = {}
        decimals = 0
        for validation in sheet.data_validations.dataValidation:
            if validation.type == "list":
                column = validation.formula1.split("$")[1]
                values = [c.value for c in book["Lists"][column] if c.value is not None]
                for cell in str(validation.sqref).split():
                    lists[cell] = values
            elif validation.type == "decimal":
                decimals += len(str(validation.sqref).split())
        rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
        assert lists[f"E{rows['IF.1.1']}"] == list(yes_no), lists[f"E{rows['IF.1.1']}"]
        levels = lists[f"E{rows['IF.2.1']}"]
        assert len(levels) == 5 and all(levels), levels
        assert sheet.cell(rows["IF.1.1"], 5).protection.locked is False, "answer cells are open"
        assert sheet.cell(rows["IF.1.1"], 1).protection.locked is not False, "ids are locked"
        assert sheet.cell(rows["IF"], 1).protection.locked is not False
        assert sheet.row_dimensions[rows["IF.1.1"]].outline_level == 2, "indicators grouped under their criterion"
        assert decimals > 10, decimals
        with open(next((out / f"lo-{lang}").glob("*.csv")), encoding="utf-8") as handle:
            table = list(csv.reader(handle))
        assert table[0][0] == ("المعرّف" if lang == "ar" else "Id"), table[0]
        ids = [row[0] for row in table[1:]]
        assert "IF.1.1" in ids and "CP.1.1/contact" in ids, ids[:5]
        pdf = next((out / f"lo-{lang}").glob("*.pdf"))
        pages = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        page_count = int(next(l for l in pages.splitlines() if l.startswith("Pages:")).split()[1])
        print(f"  {lang}: LibreOffice read {len(table) - 1} answer rows and printed {page_count} PDF pages; "
              f"{len(lists)} list validations, {decimals} number validations, protected, rightToLeft={sheet.sheet_view.rightToLeft}")
    filled = openpyxl.load_workbook(out / "libreoffice" / "sub.xlsx")["Answers"]
    kinds = {type(filled.cell(r, 5).value).__name__ for r in range(2, filled.max_row + 1) if filled.cell(r, 5).value is not None}
    assert "float" in kinds or "int" in kinds, kinds
    converted = openpyxl.load_workbook(next((out / "round" / "quality").glob("*.xlsx")))["Answers"]
    numbers = [converted.cell(r, 5).value for r in range(2, converted.max_row + 1) if isinstance(converted.cell(r, 5).value, (int, float))]
    assert numbers, "numbers are written as number cells"
    print(f"  number cells: {len(numbers)} in a converted sample; LibreOffice kept {sorted(kinds)}")


def tables(book, lang):
    """Every sheet one table: header frozen, filter from A1, right to left only in Arabic, no
    formula. The number cells counted."""
    numbers = 0
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", (sheet.title, sheet.freeze_panes)
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), (sheet.title, sheet.auto_filter.ref)
        assert bool(sheet.sheet_view.rightToLeft) == (lang == "ar"), (sheet.title, "right-to-left only in Arabic")
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, "no formula")
                if isinstance(cell.value, (int, float)):
                    numbers += 1
    return numbers


def results(out):
    """The results workbooks (the jury's, `score`'s and an agency's own from `self-assess`): every
    sheet one table, totals and scores as numbers at the framework's precision."""
    out = Path(out)
    for lang in ("en", "ar"):
        book = openpyxl.load_workbook(out / f"results-{lang}.xlsx")
        assert len(book.sheetnames) == 6, book.sheetnames
        numbers = tables(book, lang)
        ranking = book.worksheets[0]
        heading = [c.value for c in ranking[1]]
        total = heading.index("المجموع" if lang == "ar" else "Total") + 1
        ranks = [ranking.cell(r, 1).value for r in range(2, ranking.max_row + 1)]
        assert isinstance(ranks[0], (int, float)) and ranks[0] == 1, ranks
        totals = [ranking.cell(r, total) for r in range(2, ranking.max_row + 1)]
        assert all(isinstance(c.value, (int, float)) and c.number_format == "0.0" for c in totals), [(c.value, c.number_format) for c in totals]
        with open(next((out / f"lo-results-{lang}").glob("*.csv")), encoding="utf-8") as handle:
            table = list(csv.reader(handle))
        assert table[0][:2] == heading[:2] and len(table) == ranking.max_row, (table[0], len(table))
        pdf = next((out / f"lo-results-{lang}").glob("*.pdf"))
        pages = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        assert int(next(l for l in pages.splitlines() if l.startswith("Pages:")).split()[1]) > 0, pages
        own = openpyxl.load_workbook(out / f"plan-{lang}.xlsx")
        assert len(own.sheetnames) == 3, own.sheetnames
        tables(own, lang)
        steps = own.worksheets[2]
        assert steps.max_row > 1 and isinstance(steps.cell(2, 9).value, (int, float)), "the plan's running totals are numbers"
        print(f"  results {lang}: {len(book.sheetnames)} sheets, {numbers} number cells, no formula, "
              f"LibreOffice read {len(table) - 1} ranked rows, rightToLeft={ranking.sheet_view.rightToLeft}; "
              f"the agency's own: {steps.max_row - 1} plan steps")
    scored = openpyxl.load_workbook(out / "score.xlsx")
    assert len(scored.sheetnames) == 3, scored.sheetnames
    tables(scored, "en")


if __name__ == "__main__":
    if sys.argv[1] == "fill":
        fill(*sys.argv[2:5])
    elif sys.argv[1] == "results":
        results(sys.argv[2])
    else:
        inspect(sys.argv[2])
