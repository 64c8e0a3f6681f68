#!/usr/bin/env python3
"""Claims and findings over each part of ../shared/corpus/, and a sample to read by hand.

Runs `factcheck --format json` over every part of the research corpus in batches and prints,
per part: documents, claims by kind, findings by severity (total and per 100 documents) and
errors and warnings by check. Then prints a random sample of claims (fixed seed, spread
evenly over the parts) with their figures and the sentence around them, for reading
precision by hand. The corpus is research-licensed: this prints to the terminal only.

    python3 scripts/corpus_stats.py [--factcheck build/release/cli/factcheck] [--sample 30]
"""

import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PARTS = ["bbc-business", "bbc-tech", "bbc-politics", "finqa", "tatqa", "phrasebank"]
KINDS = ["money", "percent", "percentage-points", "percent-change", "difference", "multiple",
         "count", "enumeration", "date", "duration", "rate", "share", "number"]
SEVERITIES = ["error", "warning", "note", "pass"]


def find_factcheck():
    """The first factcheck binary among the usual build folders, newest first."""
    candidates = []
    for name in os.listdir(ROOT):
        path = os.path.join(ROOT, name, "cli", "factcheck")
        if name.startswith("build") and os.access(path, os.X_OK):
            candidates.append(path)
        for sub in ("release", "dev"):
            path = os.path.join(ROOT, name, sub, "cli", "factcheck")
            if name == "build" and os.access(path, os.X_OK):
                candidates.append(path)
    candidates.sort(key=os.path.getmtime, reverse=True)
    return candidates[0] if candidates else None


def part_files(corpus, part, tmp):
    """The documents of one part; phrasebank's sentences become one temporary file each."""
    if part != "phrasebank":
        folder = os.path.join(corpus, part)
        return sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".txt"))
    files = []
    with open(os.path.join(corpus, "phrasebank", "sentences.txt"), "rb") as f:
        for i, line in enumerate(f.read().split(b"\n")):
            if not line.strip():
                continue
            path = os.path.join(tmp, f"sentence-{i + 1:05d}.txt")
            with open(path, "wb") as out:
                out.write(line + b"\n")
            files.append(path)
    return files


def run_batches(factcheck, files, batch):
    """Yields each JSON document of factcheck's output, batch by batch."""
    for start in range(0, len(files), batch):
        chunk = files[start:start + batch]
        proc = subprocess.run([factcheck, "--format", "json", *chunk], capture_output=True)
        if proc.returncode not in (0, 1, 2):
            sys.exit(f"corpus_stats: factcheck exited {proc.returncode} on {chunk[0]}...: "
                     f"{proc.stderr.decode(errors='replace')[:500]}")
        try:
            report = json.loads(proc.stdout)
        except json.JSONDecodeError as e:
            sys.exit(f"corpus_stats: factcheck's output on {chunk[0]}... is not JSON: {e}")
        yield from report["documents"]


def context(data, span, width=160):
    """The sentence-ish text around a span on its line, the span marked with [[ ]]."""
    begin, end = span["begin"], span["end"]
    line_start = data.rfind(b"\n", 0, begin) + 1
    line_end = data.find(b"\n", end)
    line_end = len(data) if line_end < 0 else line_end
    left = max(line_start, begin - width)
    right = min(line_end, end + width)
    text = (data[left:begin] + b"[[" + data[begin:end] + b"]]" + data[end:right])
    text = text.decode("utf-8", errors="replace").replace("\r", "")
    return ("..." if left > line_start else "") + text + ("..." if right < line_end else "")


def describe_quantity(q):
    if q is None:
        return "none"
    hedge = f" hedge={q['hedge']}" if q.get("hedge") else ""
    num = lambda v: f"{v:.12g}" if isinstance(v, (int, float)) else str(v)
    return f"'{q['text']}'={num(q['value'])} [{num(q['low'])}, {num(q['high'])}] {q['unit']}{hedge}"


def describe_claim(c):
    lines = [f"  kind={c['kind']}  text='{c['text']}'"]
    if c.get("metric"):
        lines.append(f"  metric='{c['metric']}'")
    if "old" in c or "new" in c:
        lines.append(f"  old={describe_quantity(c.get('old'))}")
        lines.append(f"  new={describe_quantity(c.get('new'))}")
        changes = ", ".join(describe_quantity(q) for q in c.get("changes", [])) or "none"
        lines.append(f"  changes={changes}  direction={c.get('direction')}"
                     f" ({c.get('direction_word')})")
    if c["kind"] == "date":
        lines.append(f"  date={c.get('date')} weekday={c.get('weekday')}")
    if c["kind"] == "enumeration":
        lines.append(f"  count={c.get('count')} items={c.get('items')}")
    if c["kind"] == "rate":
        lines.append(f"  per={c.get('per')}")
    if c["kind"] == "share":
        lines.append(f"  whole='{c.get('whole')}'")
    for q in c.get("quantities", []):
        lines.append(f"  quantity {describe_quantity(q)}")
    return "\n".join(lines)


def parse_arguments(doc, name, sample_help):
    """The options the corpus scripts share, parsed, and the factcheck binary to run."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--factcheck", help="the factcheck binary (default: newest build)")
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    parser.add_argument("--parts", nargs="*", default=PARTS)
    parser.add_argument("--batch", type=int, default=100, help="files per factcheck run")
    parser.add_argument("--sample", type=int, default=30, help=sample_help)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    factcheck = args.factcheck or find_factcheck()
    if not factcheck or not os.access(factcheck, os.X_OK):
        sys.exit(f"{name}: no factcheck binary; build one or pass --factcheck PATH")
    return args, factcheck


def main():
    args, factcheck = parse_arguments(__doc__, "corpus_stats", "claims to print for reading")
    if not os.path.isdir(args.corpus):
        sys.exit(f"corpus_stats: no corpus at {args.corpus}")
    print(f"factcheck: {factcheck}\ncorpus: {os.path.normpath(args.corpus)}\n")

    rng = random.Random(args.seed)
    per_part_sample = {}
    rows = []
    with tempfile.TemporaryDirectory(prefix="factcheck-corpus-stats-") as tmp:
        for part in args.parts:
            files = part_files(args.corpus, part, tmp)
            kinds = collections.Counter()
            severities = collections.Counter()
            flagged = collections.Counter()  # (check, severity) for errors and warnings
            unreadable = 0
            nbytes = 0
            claims = []  # (path, claim) for sampling
            for doc in run_batches(factcheck, files, args.batch):
                if doc.get("error"):
                    unreadable += 1
                    continue
                nbytes += os.path.getsize(doc["path"])
                for c in doc["claims"]:
                    kinds[c["kind"]] += 1
                    claims.append((doc["path"], c))
                for f in doc["findings"]:
                    severities[f["severity"]] += 1
                    if f["severity"] in ("error", "warning"):
                        flagged[(f["check"], f["severity"])] += 1
            docs = len(files)
            rows.append((part, docs, nbytes, unreadable, kinds, severities, flagged))
            per_part_sample[part] = claims

        print("claims by kind")
        header = f"{'part':<14}{'docs':>6}{'MB':>7}{'claims':>8}" + "".join(
            f"{k[:9]:>10}" for k in KINDS)
        print(header)
        for part, docs, nbytes, unreadable, kinds, _, _ in rows:
            total = sum(kinds.values())
            print(f"{part:<14}{docs:>6}{nbytes / 1e6:>7.2f}{total:>8}" +
                  "".join(f"{kinds[k]:>10}" for k in KINDS) +
                  (f"   ({unreadable} unreadable)" if unreadable else ""))
        print("\nfindings by severity: total (per 100 documents)")
        print(f"{'part':<14}" + "".join(f"{s:>18}" for s in SEVERITIES))
        for part, docs, _, _, _, severities, _ in rows:
            cells = "".join(
                f"{severities[s]:>8} ({100 * severities[s] / max(docs, 1):>7.1f})" for s in SEVERITIES)
            print(f"{part:<14}{cells}")
        print("\nerrors and warnings by check")
        for part, docs, _, _, _, _, flagged in rows:
            if not flagged:
                print(f"{part:<14} none")
                continue
            items = ", ".join(f"{check} {sev} {n}" for (check, sev), n in sorted(flagged.items()))
            print(f"{part:<14} {items}")

        # The sample, spread evenly over the parts that have claims, then filled up from all.
        parts_with_claims = [p for p in args.parts if per_part_sample.get(p)]
        if not parts_with_claims or args.sample <= 0:
            print("\nno claims to sample")
            return
        chosen = []
        each = args.sample // len(parts_with_claims)
        for part in parts_with_claims:
            pool = per_part_sample[part]
            for item in rng.sample(pool, min(each, len(pool))):
                chosen.append((part, *item))
        rest = [(p, *item) for p in parts_with_claims for item in per_part_sample[p]]
        rest = [r for r in rest if r not in chosen]
        chosen += rng.sample(rest, min(args.sample - len(chosen), len(rest)))
        print(f"\nsample of {len(chosen)} claims (seed {args.seed}) for reading by hand")
        for n, (part, path, claim) in enumerate(chosen, 1):
            with open(path, "rb") as f:
                data = f.read()
            where = f"{part}/{os.path.basename(path)}:{claim['span']['line']}:" \
                    f"{claim['span']['column']}"
            print(f"\n{n:2}. {where}\n{describe_claim(claim)}\n  in: {context(data, claim['span'])}")


if __name__ == "__main__":
    main()
