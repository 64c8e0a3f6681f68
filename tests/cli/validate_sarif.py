"""Runs factcheck --format sarif and validates the log against the OASIS SARIF 2.1.0 schema.

usage: validate_sarif.py FACTCHECK SCHEMA ARTICLE

Validates the log of ARTICLE alone, and of a batch with an unreadable input and a baseline, so
the invocation's notifications and every baselineState are checked too. Needs Debian's
python3-jsonschema under /usr/bin/python3; skips (status 77) when it is missing.
"""
import json
import os
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed: skipped")
    sys.exit(77)


def sarif(binary, *args):
    p = subprocess.run([binary, "--format", "sarif", *args], capture_output=True, timeout=120)
    return p.returncode, json.loads(p.stdout)


def main():
    binary, schema_path, article = sys.argv[1:4]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    failures = 0

    def validate(name, log):
        nonlocal failures
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
        for e in errors:
            print(f"{name}: {'/'.join(map(str, e.path))}: {e.message}")
        failures += len(errors)
        print(f"{name}: {len(log['runs'][0]['results'])} results, {len(errors)} schema errors")

    status, log = sarif(binary, article)
    validate("seed article", log)
    run = log["runs"][0]
    if run["columnKind"] != "unicodeCodePoints" or run["tool"]["driver"]["name"] != "factcheck":
        print("seed article: columnKind or tool name is wrong")
        failures += 1

    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "base.json")
        subprocess.run([binary, "--no-html", "-q", "--write-baseline", base, article],
                       capture_output=True, timeout=120)
        # The baseline, edited: one accepted finding that no longer occurs, so "absent" appears.
        with open(base, encoding="utf-8") as f:
            recorded = json.load(f)
        recorded["findings"].append({"fingerprint": "0000000000000000", "check": "percent-change",
                                     "severity": "error", "path": article,
                                     "text": "a statement since rewritten", "message": "gone"})
        with open(base, "w", encoding="utf-8") as f:
            json.dump(recorded, f)
        status, log = sarif(binary, "--baseline", base, article, os.path.join(tmp, "missing.txt"))
        validate("batch with a baseline and a missing file", log)
        states = {r.get("baselineState") for r in log["runs"][0]["results"]}
        if "absent" not in states or log["runs"][0]["invocations"][0]["executionSuccessful"]:
            print("batch: expected an absent result and an unsuccessful execution")
            failures += 1
        if status != 2:
            print(f"batch: exit status {status}, expected 2 for the missing file")
            failures += 1
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
