#!/usr/bin/env python3
"""Every report gives the same counts for every article of the project's corpus, and they add
up: claims = checked + unchecked, findings = errors + warnings + notes + passes. The counts are
worked out here from the JSON's own claims and findings, then compared with the JSON totals, the
SARIF run's totals and its results, the terminal's summary line and finding lines, the HTML
report's tiles, totals line and index; and no claim a citation finding calls cited sits under
"No source" in the HTML's sources.

usage: check_counts.py FACTCHECK CORPUS_DIR
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

KEYS = ["claims", "checked", "unchecked", "findings", "errors", "warnings", "notes", "passes",
        "suppressed"]
PLURAL = {"error": "errors", "warning": "warnings", "note": "notes", "pass": "passes"}


def run(binary, *args):
    p = subprocess.run([binary, *args], capture_output=True, timeout=300)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"{args}: status {p.returncode}: {p.stderr.decode()}")
    return p.stdout.decode("utf-8")


def worked_out(doc):
    named = {c for f in doc["findings"] for c in f["claims"]}
    counts = {"claims": len(doc["claims"]), "checked": len(named),
              "unchecked": len(doc["claims"]) - len(named), "findings": len(doc["findings"])}
    for severity, key in PLURAL.items():
        counts[key] = sum(f["severity"] == severity and not f.get("suppressed")
                          for f in doc["findings"])
    counts["suppressed"] = sum(bool(f.get("suppressed")) for f in doc["findings"])
    return counts


def summary_counts(line):
    m = re.search(r": (\d+) claims? \((\d+) checked, (\d+) unchecked\); (\d+) findings?: (\d+) "
                  r"errors?, (\d+) warnings?, (\d+) notes?, (\d+) pass(?:es)?"
                  r"(?:, (\d+) suppressed)?", line)
    assert m, f"no counts in {line!r}"
    return dict(zip(KEYS, [int(g or 0) for g in m.groups()]))


def gone_file(binary, articles, tmp, same):
    """A walked folder checked against a baseline after one file was deleted: the HTML lists the
    gone file's accepted findings as absent, as the terminal does, and counts only the documents
    read, as the terminal does."""
    with_findings = []
    for article in articles:
        if not article.endswith(".txt"):
            continue
        totals = json.loads(run(binary, "--format", "json", article))["totals"]
        if totals["errors"] + totals["warnings"] > 0:
            with_findings.append(article)
        if len(with_findings) == 2:
            break
    if len(with_findings) < 2:
        same("articles with findings for the baseline case", len(with_findings), 2, "gone")
        return
    folder = os.path.join(tmp, "news")
    os.makedirs(folder)
    for k, article in enumerate(with_findings):
        shutil.copy(article, os.path.join(folder, f"{k}.txt"))
    base = os.path.join(tmp, "base.json")
    run(binary, "--no-html", "--write-baseline", base, folder)
    accepted = [e for e in json.load(open(base, encoding="utf-8"))["findings"]
                if e["path"].endswith("0.txt")]
    os.remove(os.path.join(folder, "0.txt"))
    html = os.path.join(tmp, "gone.html")
    text = run(binary, "--color", "never", "--baseline", base, "-o", html, folder).splitlines()
    page = open(html, encoding="utf-8").read()
    m = re.match(r"(\d+) articles?: .*, (\d+) unchanged, (\d+) absent", text[-1])
    assert m, f"no baseline counts in {text[-1]!r}"
    documents = int(re.search(r'<p class="meta">(\d+) documents?', page).group(1))
    same("documents, terminal and HTML", documents, int(m.group(1)), "gone")
    same("documents read", documents, 1, "gone")
    gone = re.search(r'<section class="gone-files".*?</section>', page, re.S)
    listed = len(re.findall(r'class="state s-absent"', gone.group(0))) if gone else 0
    same("absent, terminal and HTML", listed, int(m.group(3)), "gone")
    same("absent, baseline and HTML", listed, len(accepted), "gone")
    # The gone file is named once, in its own section, and never as an article of the index.
    same("gone file named in the HTML", page.count("0.txt</span>"), 1, "gone")


def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    articles = sorted(glob.glob(os.path.join(corpus, "*.txt")) +
                      glob.glob(os.path.join(corpus, "*.md")) +
                      glob.glob(os.path.join(corpus, "*.html")))
    articles = [a for a in articles if not a.endswith("README.md")]
    failures = []

    def same(what, got, want, article):
        if got != want:
            failures.append(f"{os.path.basename(article)}: {what} {got} != {want}")

    tmp = tempfile.mkdtemp()
    expected = {}
    for article in articles:
        doc = json.loads(run(binary, "--format", "json", article))
        counts = worked_out(doc["documents"][0])
        expected[article] = counts
        same("adds up: claims", counts["checked"] + counts["unchecked"], counts["claims"], article)
        totals = doc["totals"]
        same("JSON totals", {k: totals[k] for k in KEYS}, counts, article)

        run_ = json.loads(run(binary, "--format", "sarif", article))["runs"][0]
        same("SARIF totals", {k: run_["properties"]["totals"][k] for k in KEYS}, counts, article)
        levels = {"error": 0, "warning": 0, "note": 0, "none": 0}
        for r in run_["results"]:
            if not r.get("suppressions"):
                levels[r["level"]] += 1
        same("SARIF results", [levels["error"], levels["warning"], levels["note"], levels["none"]],
             [counts["errors"], counts["warnings"], counts["notes"], counts["passes"]], article)

        html = os.path.join(tmp, "r.html")
        text = run(binary, "--show-pass", "--color", "never", "-o", html, article).splitlines()
        same("summary line", summary_counts(text[-1]), counts, article)
        listed = {k: 0 for k in PLURAL.values()}
        for line in text[:-1]:
            m = re.match(r".*?:\d+:\d+: (error|warning|note|pass): ", line)
            if m:
                listed[PLURAL[m.group(1)]] += 1
        same("terminal lines", listed, {k: counts[k] for k in PLURAL.values()}, article)

        page = open(html, encoding="utf-8").read()
        tiles = dict(re.findall(r'<li class="tile v-(\w+)"><span class="n">(\d+)</span>', page))
        same("HTML tiles", {k: int(v) for k, v in tiles.items()},
             {"error": counts["errors"], "warning": counts["warnings"], "note": counts["notes"],
              "pass": counts["passes"], "unchecked": counts["unchecked"]}, article)
        totals_line = re.search(r'<p class="totals">([^<]*)</p>', page).group(1)
        same("HTML totals line", summary_counts(": " + totals_line), counts, article)

        # A claim the citation check calls cited is listed under its source, not "No source".
        d = doc["documents"][0]
        cited = {c for f in d["findings"] if f["check"] == "citation" and f["severity"] == "pass"
                 for c in f["claims"]}
        nosource = re.search(r'<p class="nosource">(.*?)</p>', page, re.S)
        unsourced = set(re.findall(r'href="#d1-(c\d+)"', nosource.group(1))) if nosource else set()
        same("cited claims under No source", sorted(cited & unsourced), [], article)

    # The index of a batch: one row per article with the same counts.
    html = os.path.join(tmp, "batch.html")
    run(binary, "--quiet", "-o", html, *articles)
    page = open(html, encoding="utf-8").read()
    # A row: the title (the path when there is none) and the path, errors, warnings, notes,
    # passes and claims.
    rows = re.findall(r'<tr><td><a href="#d\d+">([^<]*)</a>(?:<span class="path">([^<]*)</span>)?'
                      r'</td><td class="n">(?:<span[^>]*>\S+ )?(\d+)(?:</span>)?</td>'
                      r'<td class="n">(?:<span[^>]*>\S+ )?(\d+)(?:</span>)?</td>'
                      r'<td class="n">(\d+)</td><td class="n">(\d+)</td><td class="n">(\d+)</td>',
                      page)
    same("index rows", len(rows), len(articles), "batch")
    for title, path, errors, warnings, notes, passes, claims in rows:
        path = path or title
        c = expected[path]
        same("index row", [int(claims), int(errors), int(warnings), int(notes), int(passes)],
             [c["claims"], c["errors"], c["warnings"], c["notes"], c["passes"]], path)

    gone_file(binary, articles, tmp, same)

    for f in failures:
        print("FAIL", f)
    print(f"{len(articles)} articles, {len(failures)} disagreements")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
