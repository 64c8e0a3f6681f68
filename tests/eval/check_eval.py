#!/usr/bin/env python3
"""Runs ../shared/eval/score.py on both dev files and fails if a measured figure drops below the
floor recorded here. Skips (exit 77) when ../shared is not beside the project.

usage: check_eval.py FACTCHECK SHARED_DIR
"""
import re
import subprocess
import sys

# Floors: the figures this build measured when they were recorded, so any drop fails.
FLOORS = {
    "change-statements.dev.jsonl": {"extracted": 62, "right": 62, "caught": 110},
    "change-statements-one-value.dev.jsonl": {"extracted": 15, "right": 15, "caught": 29},
}


def main():
    binary, shared = sys.argv[1], sys.argv[2]
    score = f"{shared}/eval/score.py"
    try:
        open(score).close()
    except OSError:
        print(f"skipped: {score} is absent")
        return 77
    failed = False
    for labels, floor in FLOORS.items():
        out = subprocess.run([sys.executable, score, binary, f"{shared}/eval/{labels}"],
                             capture_output=True, text=True, timeout=900).stdout
        print(f"== {labels}\n{out}")
        last = re.search(r"extracted (\d+)/(\d+), checked (\d+)/\d+, right (\d+)/\d+, "
                         r"false errors (\d+), broken copies caught (\d+)/(\d+)", out)
        looks = re.search(r"look-alikes flagged as errors: (\d+)/", out)
        if not last:
            print("FAIL: score.py printed no result line")
            failed = True
            continue
        got = {"extracted": int(last[1]), "right": int(last[4]), "false_errors": int(last[5]),
               "caught": int(last[6])}
        for key, want in floor.items():
            if got[key] < want:
                print(f"FAIL: {labels}: {key} {got[key]} is below the floor {want}")
                failed = True
        if got["false_errors"]:
            print(f"FAIL: {labels}: {got['false_errors']} false errors")
            failed = True
        if looks and int(looks[1]):
            print(f"FAIL: {labels}: {looks[1]} look-alike sentences flagged as errors")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
