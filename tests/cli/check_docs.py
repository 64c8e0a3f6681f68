#!/usr/bin/env python3
"""docs/checks/ID.md is what `factcheck --explain ID` prints, for every check and no other file:
the pages are generated (scripts/check-docs.sh writes them), so a change to a check's doc() or to
what it says of its examples must regenerate them.

usage: check_docs.py FACTCHECK DOCS_CHECKS_DIR
"""
import os
import subprocess
import sys


def main():
    binary, folder = sys.argv[1], sys.argv[2]
    listed = subprocess.run([binary, "--list-checks"], capture_output=True, check=True,
                            text=True).stdout.split("\n")
    ids = [line.split()[0] for line in listed if line.strip()]
    failures = []
    for check in ids:
        page = subprocess.run([binary, "--explain", check], capture_output=True, check=True,
                              text=True).stdout
        path = os.path.join(folder, f"{check}.md")
        if not os.path.exists(path):
            failures.append(f"{path} is missing")
        elif open(path, encoding="utf-8").read() != page:
            failures.append(f"{path} is out of date")
    extra = sorted(set(f[:-3] for f in os.listdir(folder) if f.endswith(".md")) - set(ids)
                   - {"README"})
    failures += [f"{folder}/{e}.md documents no check" for e in extra]
    status = subprocess.run([binary, "--explain", "no-such-check"], capture_output=True)
    if status.returncode != 2:
        failures.append("--explain of an unknown check does not exit 2")
    for f in failures:
        print("FAIL", f, "(run scripts/check-docs.sh)")
    print(f"{len(ids)} checks, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
