#!/usr/bin/env python3
"""Validates Tamayuz JSON results against docs/results.schema.json (JSON Schema 2020-12).

Usage: scripts/check-results-schema.py RESULTS.json [RESULTS.json ...]
Needs the `jsonschema` package (pip install jsonschema). Exits 1 when a file does not validate.
"""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("check-results-schema: the jsonschema package is missing (pip install jsonschema)")

schema_path = pathlib.Path(__file__).resolve().parent.parent / "docs" / "results.schema.json"
schema = json.loads(schema_path.read_text(encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
failed = False
for name in sys.argv[1:]:
    document = json.loads(pathlib.Path(name).read_text(encoding="utf-8"))
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors[:20]:
        print(f"{name}: {'/'.join(map(str, error.path)) or '(root)'}: {error.message}")
    if errors:
        failed = True
    else:
        print(f"ok: {name} matches {schema_path.name}")
sys.exit(1 if failed else 0)
