#!/usr/bin/env python3
"""Runs factcheck over every part of ../shared/corpus/ (real published text) and fails on any
error finding that is not in the list below of errors read by hand and found true: an error is a
promise that the source is wrong, and one false alarm costs the editor's trust. Skips (exit 77)
when ../shared is not beside the project.

usage: check_corpus_errors.py FACTCHECK SHARED_DIR
"""
import json
import os
import subprocess
import sys

# (file under corpus/, check, words of the finding's message) for each error read and found true.
TRUE_ERRORS = {
    # "fell by more than £600 from £190,329 to £189,733": the fall is £596.
    ("bbc-business/323.txt", "difference", "£600"),
    ("bbc-business/329.txt", "difference", "£600"),
    # "nine other cities" lists eight.
    ("bbc-tech/375.txt", "enumeration-count", "nine"),
}
PARTS = ["bbc-business", "bbc-tech", "bbc-politics", "finqa", "tatqa", "phrasebank"]


def main():
    binary, shared = sys.argv[1], sys.argv[2]
    corpus = os.path.join(shared, "corpus")
    if not os.path.isdir(corpus):
        print(f"skipped: {corpus} is absent")
        return 77
    found, unexpected = set(), []
    for part in PARTS:
        folder = os.path.join(corpus, part)
        if not os.path.isdir(folder):
            continue
        out = subprocess.run([binary, "--format", "json", folder], capture_output=True,
                             timeout=1200).stdout
        docs = json.loads(out)["documents"]
        errors = 0
        for doc in docs:
            rel = os.path.relpath(doc["path"], corpus)
            for f in doc["findings"]:
                if f["severity"] != "error":
                    continue
                errors += 1
                known = [t for t in TRUE_ERRORS
                         if t[0] == rel and t[1] == f["check"] and t[2] in f["message"]]
                if known:
                    found.add(known[0])
                else:
                    unexpected.append(f"{rel}:{f['span']['line']}: [{f['check']}] {f['message']}")
        print(f"{part}: {len(docs)} documents, {errors} errors")
    for line in unexpected:
        print(f"unexpected error (a false alarm until read and found true): {line}")
    for t in sorted(TRUE_ERRORS - found):
        print(f"true error no longer found: {t}")
    return 1 if unexpected or found != TRUE_ERRORS else 0


if __name__ == "__main__":
    sys.exit(main())
