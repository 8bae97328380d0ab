#!/usr/bin/env python3
"""Holds the sources to the project's size rules: no Swift file over 400 lines, no function (or
initialiser, accessor, closure-free body) over 60 lines. A declared table (a function that is one
exhaustive switch of data, such as a phrasebook) is exempt when the line before its declaration
says `// size: table`.

    scripts/check-sizes.py [FOLDER ...]      (default: Sources)

Exits 1 listing every offender. Braces inside string literals and comments are ignored.
"""
import re
import sys
from pathlib import Path

MAX_FILE = 400
MAX_FUNCTION = 60
DECLARATION = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|private|fileprivate|static|class|final|override|mutating|nonisolated|convenience|required|@inlinable|@usableFromInline)\s+)*(?:func\s+\S|init[?!]?\s*[(<]|deinit\b|subscript\s*[(<])")


def code_only(lines):
    """Each line with string literals and comments blanked, so braces in them do not count."""
    out = []
    in_multiline = False
    in_block_comment = False
    for line in lines:
        text = ""
        i = 0
        while i < len(line):
            if in_block_comment:
                end = line.find("*/", i)
                if end < 0:
                    i = len(line)
                else:
                    in_block_comment = False
                    i = end + 2
                continue
            if in_multiline:
                end = line.find('"""', i)
                if end < 0:
                    i = len(line)
                else:
                    in_multiline = False
                    i = end + 3
                continue
            if line.startswith("//", i):
                break
            if line.startswith("/*", i):
                in_block_comment = True
                i += 2
                continue
            if line.startswith('"""', i):
                in_multiline = True
                i += 3
                continue
            if line[i] == '"':
                j = i + 1
                while j < len(line) and line[j] != '"':
                    j += 2 if line[j] == "\\" else 1
                i = j + 1
                text += '""'
                continue
            text += line[i]
            i += 1
        out.append(text)
    return out


def check(path):
    problems = []
    lines = path.read_text(encoding="utf-8").split("\n")
    if len(lines) > MAX_FILE:
        problems.append(f"{path}: {len(lines)} lines (at most {MAX_FILE})")
    code = code_only(lines)
    for number, line in enumerate(code):
        if not DECLARATION.match(line):
            continue
        if number > 0 and lines[number - 1].strip() == "// size: table":
            continue
        depth = 0
        opened = False
        for end in range(number, len(code)):
            for char in code[end]:
                if char == "{":
                    depth += 1
                    opened = True
                elif char == "}":
                    depth -= 1
            if opened and depth <= 0:
                break
            if not opened and end > number + 12:
                break  # a protocol requirement: no body
        if opened:
            length = end - number + 1
            if length > MAX_FUNCTION:
                problems.append(f"{path}:{number + 1}: a function of {length} lines (at most {MAX_FUNCTION}): {lines[number].strip()[:80]}")
    return problems


def main():
    roots = [Path(arg) for arg in sys.argv[1:]] or [Path("Sources")]
    problems = []
    for root in roots:
        for path in sorted(root.rglob("*.swift")):
            problems += check(path)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        sys.exit(1)
    print(f"sizes: every file within {MAX_FILE} lines, every function within {MAX_FUNCTION}")


if __name__ == "__main__":
    main()
