#!/usr/bin/env python3
"""The seed article as text, Markdown and HTML (corpus/article.txt, .md, .html, the last two
written by hand from the first) gives the same findings, and each finding points at the right
place of its own file: its line and column are those of its span's first byte in that file, and
the span's bytes, once markup is taken out, are the words of the text version's span.

usage: check_formats.py FACTCHECK CORPUS_DIR
"""
import html
import json
import re
import subprocess
import sys


def findings(binary, path):
    out = subprocess.run([binary, "--format", "json", path], capture_output=True, check=True,
                         timeout=120).stdout
    doc = json.loads(out)["documents"][0]
    assert doc["error"] is None, doc["error"]
    return doc


def position(data, offset):
    """1-based line and column (in code points) of a byte offset."""
    before = data[:offset]
    line = before.count(b"\n") + 1
    start = before.rfind(b"\n") + 1
    return line, len(data[start:offset].decode("utf-8")) + 1


def words(text):
    """The words a reader sees in a slice of any of the three files."""
    text = re.sub(r"<[^>]*>", "", text)                # HTML tags
    text = re.sub(r"\]\([^)]*\)", "", text)            # Markdown link targets
    text = re.sub(r"[*_`\[\]]|\\(?=\S)", "", text)     # emphasis, brackets, escapes
    return " ".join(html.unescape(text).split())


def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    base = findings(binary, f"{corpus}/article.txt")
    base_data = open(f"{corpus}/article.txt", "rb").read()
    failures = []
    for ext in ["md", "html"]:
        path = f"{corpus}/article.{ext}"
        doc = findings(binary, path)
        data = open(path, "rb").read()
        got = [(f["check"], f["severity"], f["message"]) for f in doc["findings"]]
        want = [(f["check"], f["severity"], f["message"]) for f in base["findings"]]
        if got != want:
            failures.append(f"{ext}: findings differ from the text version:\n"
                            f"  only in {ext}: {sorted(set(got) - set(want))}\n"
                            f"  only in txt: {sorted(set(want) - set(got))}")
            continue
        if len(doc["claims"]) != len(base["claims"]):
            failures.append(f"{ext}: {len(doc['claims'])} claims, txt {len(base['claims'])}")
        for f, b in zip(doc["findings"], base["findings"]):
            span = f["span"]
            line, column = position(data, span["begin"])
            if (span["line"], span["column"]) != (line, column):
                failures.append(f"{ext}: {f['id']} at {span['line']}:{span['column']}, "
                                f"its first byte is at {line}:{column}")
            seen = words(data[span["begin"]:span["end"]].decode("utf-8"))
            expected = words(base_data[b["span"]["begin"]:b["span"]["end"]].decode("utf-8"))
            if seen != expected:
                failures.append(f"{ext}: {f['id']} [{f['check']}] points at {seen!r}, "
                                f"the text version at {expected!r}")
        print(f"{ext}: {len(got)} findings, the same as the text version's, "
              f"{len(doc['claims'])} claims")
    for f in failures:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
