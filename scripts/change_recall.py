#!/usr/bin/env python3
"""Recall of change statements on unlabelled real text, per part of ../shared/corpus/.

A candidate is a sentence that holds two figures of one unit (two amounts of one currency, two
percentages, two plain numbers) and a direction word ("rose", "fell", "a decline") or a change
connective ("from", "compared with", "against", "versus", "year-earlier"). It yields a change
claim when a claim of kind percent-change, difference or multiple lies in it; it is assembled
when that claim holds at least two figures (old and new value, or a value and a stated change).

Figures and their units come from the build's own claims (`--format json`), so a figure the
scanner misses is not counted; sentences are split here, independently of the extractor, on
line breaks and on '.', '!' or '?' followed by a space and a capital, digit, quote or bracket.
The direction words below are written out independently of the extractor's lexicon, from the
words news and filings use, so a missing word there shows as a miss here.

    python3 scripts/change_recall.py [--factcheck build/dev/cli/factcheck] [--sample 30]

The corpus is research-licensed: this prints to the terminal only.
"""

import collections
import os
import random
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_stats import parse_arguments, part_files, run_batches  # noqa: E402

CHANGE_KINDS = {"percent-change", "difference", "multiple"}
NOT_FIGURES = {"date", "duration"}  # their figures are years and spans of time
TIME_UNITS = {"day", "week", "month", "quarter", "year", "age"}
NEAR = 40  # bytes between a cue word and a figure

# Direction words: verbs in their forms, nouns, and the multiplier verbs.
DIRECTION_WORDS = set("""
rose rise rises risen rising increase increased increases increasing grew grow grows grown growing
gain gained gains jump jumped jumps surge surged surges surging soar soared soars soaring climb
climbed climbs climbing up higher improve improved improves improvement advance advanced advances
boost boosted boosts expand expanded expands expansion rebound rebounded rebounds rally rallied
rallies raise raised added widen widened accelerated hike hiked leap leapt leaped leaps spike
spiked swell swelled swelling doubled doubles doubling tripled triples tripling quadrupled
halved halving
fell fall falls fallen falling decline declined declines declining decrease decreased decreases
decreasing drop dropped drops dropping down lower slip slipped slips slump slumped slumps plunge
plunged plunges plunging tumble tumbled tumbles shrank shrink shrunk shrinks cut cuts reduced
reduces reduction eroded erosion lost lose loses contracted contraction sank sink slid slide dip
dipped dips plummet plummeted plummets narrowed narrow sagged sag retreated eased eases dwindled
weakened slowed shed slashed trimmed
""".split())
# Connectives that set one figure against another.
CONNECTIVES = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|year-earlier|year-on-year|"
    r"a\s+year\s+(?:ago|earlier)|previous\s+year|prior\s+year|than)\b", re.I)
WORD = re.compile(r"[A-Za-z]+")
# A sentence ends at '.', '!' or '?' before a space and a capital, digit, quote or bracket.
SENTENCE_END = re.compile(rb"[.!?]['\"\xe2\x80\x9d)]*\s+(?=[A-Z0-9\"'(\xe2])")


def sentences(data):
    """Byte spans of the sentences of a document."""
    out = []
    start = 0
    for line in data.split(b"\n"):
        end = start + len(line)
        begin = start
        for m in SENTENCE_END.finditer(line):
            # "U.S. sales", "Mr. Smith": an initial or a title does not end a sentence.
            before = line[:m.start()].split(b" ")[-1]
            if len(before) <= 2 and before[:1].isupper() or before.lower() in (b"mr", b"mrs", b"dr",
                                                                             b"st", b"no", b"inc",
                                                                             b"co", b"corp"):
                continue
            out.append((begin, start + m.end()))
            begin = start + m.end()
        if end > begin:
            out.append((begin, end))
        start = end + 1
    return out


def unit_class(unit):
    """Figures of one class can be values of one quantity."""
    if unit in ("", "count", "points"):
        return "plain"
    return unit


def is_candidate(text, begin, figures):
    """Whether a sentence holds two figures of one unit and, near a figure, a direction word or
    a connective: a direction word within NEAR bytes of a figure ("up to" is a hedge, not a
    rise), a connective with a figure starting within NEAR bytes after it."""
    by_unit = collections.Counter(unit_class(q["unit"]) for q in figures
                                  if q["unit"] not in TIME_UNITS and q["unit"] != "x")
    if not any(n >= 2 for n in by_unit.values()):
        return False
    raw = text.encode("utf-8")
    spans = [(q["span"]["begin"] - begin, q["span"]["end"] - begin) for q in figures]

    def near(a, b):
        return any(fb - NEAR <= b and a <= fe + NEAR for fb, fe in spans)

    for m in WORD.finditer(text):
        if m.group().lower() not in DIRECTION_WORDS:
            continue
        if m.group().lower() == "up" and re.match(r"\s+to\b", text[m.end():]):
            continue
        a = len(text[:m.start()].encode("utf-8"))
        if near(a, a + len(m.group())):
            return True
    for m in CONNECTIVES.finditer(text):
        end = len(text[:m.end()].encode("utf-8"))
        if any(end <= fb <= end + NEAR for fb, _ in spans):
            return True
    return False


def main():
    args, factcheck = parse_arguments(__doc__, "change_recall", "misses to print for reading")
    print(f"factcheck: {factcheck}\n")
    rng = random.Random(args.seed)
    misses = []  # (part, path, sentence text)
    total = collections.Counter()
    print(f"{'part':<14}{'candidates':>11}{'yield':>14}{'assembled':>14}")
    with tempfile.TemporaryDirectory(prefix="factcheck-change-recall-") as tmp:
        for part in args.parts:
            counts = collections.Counter()
            for doc in run_batches(factcheck, part_files(args.corpus, part, tmp), args.batch):
                if doc.get("error"):
                    continue
                with open(doc["path"], "rb") as f:
                    data = f.read()
                figures = {}
                changes = []
                for c in doc["claims"]:
                    if c["kind"] in CHANGE_KINDS:
                        changes.append(c)
                    if c["kind"] in NOT_FIGURES:
                        continue
                    for q in c["quantities"]:
                        figures[q["span"]["begin"]] = q
                for begin, end in sentences(data):
                    inside = [q for b, q in figures.items() if begin <= b < end]
                    text = data[begin:end].decode("utf-8", errors="replace")
                    if not is_candidate(text, begin, inside):
                        continue
                    counts["candidates"] += 1
                    mine = [c for c in changes
                            if c["span"]["begin"] < end and c["span"]["end"] > begin]
                    if mine:
                        counts["yield"] += 1
                    else:
                        misses.append((part, doc["path"], text.strip()))
                    if any(len(c["quantities"]) >= 2 for c in mine):
                        counts["assembled"] += 1
            total.update(counts)
            n = max(counts["candidates"], 1)
            print(f"{part:<14}{counts['candidates']:>11}"
                  f"{counts['yield']:>7} {100 * counts['yield'] / n:>5.1f}%"
                  f"{counts['assembled']:>7} {100 * counts['assembled'] / n:>5.1f}%")
            if part == "phrasebank":
                # Phrasebank's files are temporary: keep the sentences, not the paths.
                misses = [(p, "phrasebank" if p == part else path, t) for p, path, t in misses]
    n = max(total["candidates"], 1)
    print(f"{'all':<14}{total['candidates']:>11}"
          f"{total['yield']:>7} {100 * total['yield'] / n:>5.1f}%"
          f"{total['assembled']:>7} {100 * total['assembled'] / n:>5.1f}%")
    if args.sample > 0 and misses:
        print(f"\nsample of {min(args.sample, len(misses))} candidates yielding no change claim "
              f"(seed {args.seed}) for reading by hand")
        for k, (part, path, text) in enumerate(rng.sample(misses, min(args.sample, len(misses))), 1):
            print(f"\n{k:2}. {part}/{os.path.basename(path)}\n    {text[:400]}")


if __name__ == "__main__":
    main()
