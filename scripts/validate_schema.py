#!/usr/bin/env python3
"""Validates YAML or JSON files against a JSON Schema (docs/schema/*.schema.json).

Usage: scripts/validate_schema.py SCHEMA FILE...
Prints one line per file, "valid FILE" or "invalid FILE: reason", and exits 1 when any is invalid.
Needs the jsonschema and PyYAML packages (pip install jsonschema pyyaml).
"""
import json
import sys

import jsonschema
import yaml


def main() -> int:
    schema = json.load(open(sys.argv[1]))
    validator = jsonschema.Draft202012Validator(schema)
    status = 0
    for path in sys.argv[2:]:
        document = yaml.safe_load(open(path))
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if errors:
            status = 1
            where = "/".join(str(p) for p in errors[0].absolute_path) or "(document)"
            print(f"invalid {path}: {where}: {errors[0].message[:200]}")
        else:
            print(f"valid {path}")
    return status


if __name__ == "__main__":
    sys.exit(main())
