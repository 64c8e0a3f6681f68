#!/usr/bin/python3
"""Checks the HTML report as a validator and a browser see it.

  check_report.py tidy    RENDER_REPORT ARTICLE OUTDIR
  check_report.py browser RENDER_REPORT ARTICLE OUTDIR SCREENSHOT

RENDER_REPORT is the driver that writes a report (render_report.cpp); ARTICLE is the seed
article. Both modes write an escaping article of their own into OUTDIR and render four reports:
the seed, the escaping article, the hand-made sample (every severity, overlaps, multibyte
edges) and all of them together. `tidy` runs Debian's tidy over each; `browser` loads each in
headless Chromium and reads the DOM it dumps. Missing tools fail the test: the README's setup
installs them.
"""
import html.parser
import os
import shutil
import subprocess
import sys
import tempfile

# What the escaping article holds: markup, references and quotes that must stay text.
PAYLOADS = [
    "<script>document.title='pwned'</script>",
    "<img src=x onerror=alert(1)>",
    "</textarea>",
    "&amp;",
    "\"double\" and 'single'",
    "<b>bold</b>",
]
ESCAPE_ARTICLE = (
    "Escaping Test Headline\n"
    "Shares fell 12% to $44 million from $50 million "
    "<script>document.title='pwned'</script> on Friday.\n"
    "An image <img src=x onerror=alert(1)> & \"double\" and 'single' quotes </textarea> and "
    "&amp; stay text, while revenue rose 5% to $2.1 billion.\n"
    "| Segment | <b>bold</b> |\n"
    "|---|---|\n"
    "| Cloud & AI | 3 & 4 |\n"
)
TITLE = "factcheck report"

failures = []


def check(ok, what):
    print(("ok      " if ok else "FAILED  ") + what)
    if not ok:
        failures.append(what)


def render(driver, out, *inputs):
    run = subprocess.run([driver, out, *inputs], capture_output=True, text=True, timeout=120)
    sys.stderr.write(run.stderr)
    if run.returncode != 0:
        sys.exit(f"render_report failed for {inputs}: exit {run.returncode}")
    with open(out, encoding="utf-8") as f:
        return f.read()


def render_all(driver, article, outdir):
    os.makedirs(outdir, exist_ok=True)
    escape = os.path.join(outdir, "escape.txt")
    with open(escape, "w", encoding="utf-8") as f:
        f.write(ESCAPE_ARTICLE)
    reports = {}
    for name, inputs in [
        ("seed", [article]),
        ("escape", [escape]),
        ("sample", ["--sample"]),
        ("multi", [article, escape, os.path.join(outdir, "no-such-article.txt")]),
    ]:
        path = os.path.join(outdir, name + "-report.html")
        reports[name] = (path, render(driver, path, *inputs))
    return reports


def check_escaping_source(source):
    for raw in PAYLOADS:
        if raw != "&amp;":  # escaping makes "&amp;" of every "&": its check is the last one
            check(raw not in source, f"escape report source has no raw {raw!r}")
    for tag in ("<script", "<img", "<b>", "</textarea"):
        check(tag not in source.lower(), f"escape report source has no {tag}")
    check("&amp;amp;" in source, "the literal &amp; is escaped once more")


def tidy_mode(driver, article, outdir):
    tidy = shutil.which("tidy")
    check(tidy is not None, "tidy is installed (scripts/setup.sh installs it)")
    if tidy is None:
        return
    reports = render_all(driver, article, outdir)
    for name, (path, _) in reports.items():
        run = subprocess.run([tidy, "-q", "-e", path], capture_output=True, text=True, timeout=60)
        messages = (run.stdout + run.stderr).strip()
        check(run.returncode == 0 and not messages,
              f"tidy -q -e {name}-report.html: exit {run.returncode} {messages[:2000]}")
    check_escaping_source(reports["escape"][1])


class Dom(html.parser.HTMLParser):
    """What the tests need from a dumped DOM: ids, links, elements, title and article text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = {}  # id -> (tag, class)
        self.hrefs = []
        self.tags = {}
        self.title = ""
        self.article_text = ""
        self.finding_text = {}  # finding id -> its text
        self._stack = []  # open tags with (tag, id, class)
        self._in_title = False
        self._article_depth = 0
        self._finding = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if "id" in a:
            self.ids[a["id"]] = (tag, a.get("class", ""))
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "title" and not self._stack_has("svg"):
            self._in_title = True
        if tag == "article":
            self._article_depth += 1
        if tag == "li" and "finding" in a.get("class", "").split():
            self._finding = a.get("id")
            self.finding_text[self._finding] = ""
        if tag not in ("meta", "br", "img", "hr", "input", "link", "rect", "line"):
            self._stack.append((tag, a.get("id")))

    def _stack_has(self, tag):
        return any(t == tag for t, _ in self._stack)

    def handle_endtag(self, tag):
        while self._stack:
            t, i = self._stack.pop()
            if t == "title":
                self._in_title = False
            if t == "article":
                self._article_depth -= 1
            if t == "li" and i is not None and i == self._finding:
                self._finding = None
            if t == tag:
                break

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._article_depth > 0 and not self._stack_has("sup"):
            self.article_text += data
        if self._finding is not None:
            self.finding_text[self._finding] += data


def dump_dom(chromium, path, extra=()):
    with tempfile.TemporaryDirectory(prefix="factcheck-chromium-") as profile:
        cmd = ["timeout", "60", chromium, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--no-first-run", "--disable-component-update",
               "--disable-sync", "--user-data-dir=" + profile, *extra,
               "file://" + os.path.abspath(path)]
        run = subprocess.run(cmd, capture_output=True, text=True, timeout=90)
    if run.returncode != 0:
        sys.stderr.write(run.stderr[-4000:])
    return run


def browser_mode(driver, article, outdir, screenshot):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    check(chromium is not None, "chromium is installed (scripts/setup.sh installs it)")
    if chromium is None:
        return
    reports = render_all(driver, article, outdir)
    doms = {}
    for name, (path, source) in reports.items():
        run = dump_dom(chromium, path, ["--dump-dom"])
        check(run.returncode == 0 and "<body" in run.stdout,
              f"chromium dumps the DOM of {name}-report.html (exit {run.returncode})")
        dom = Dom()
        dom.feed(run.stdout)
        doms[name] = dom
        # Nothing from the article ran, and nothing is loaded.
        check(dom.title == TITLE, f"{name}: the title is still {TITLE!r} (got {dom.title!r})")
        for tag in ("script", "img", "iframe", "textarea", "b"):
            check(tag not in dom.tags, f"{name}: the DOM has no <{tag}> element")
        # Every link lands on an element.
        broken = [h for h in dom.hrefs if not h.startswith("#") or h[1:] not in dom.ids]
        check(not broken, f"{name}: all {len(dom.hrefs)} links resolve {broken[:5]}")
        # Every finding the documents hold (as the driver lists them) is in the DOM with its
        # severity, check and message, and something links to it.
        with open(path + ".findings.tsv", encoding="utf-8") as f:
            expected = [line.rstrip("\n").split("\t", 3) for line in f if line.strip()]
        shown = [i for i, (tag, cls) in dom.ids.items() if "finding" in cls.split()]
        check(len(shown) == len(expected),
              f"{name}: {len(shown)} findings in the DOM, {len(expected)} in the documents")
        for fid, severity, check_id, message in expected:
            text = " ".join(dom.finding_text.get(fid, "").split())
            check(fid in dom.ids and f"v-{severity}" in dom.ids[fid][1].split(),
                  f"{name}: finding {fid} is shown as {severity}")
            check(" ".join(message.split()) in text and check_id in text,
                  f"{name}: finding {fid} shows its message and check {check_id}")
            check(("#" + fid) in dom.hrefs, f"{name}: finding {fid} is linked from the report")
            if severity in ("error", "warning"):
                # Errors and warnings are in the summary, which links to them and back.
                sid = fid.replace("-f", "-s")
                check(sid in dom.ids and ("#" + sid) in dom.hrefs,
                      f"{name}: {fid} has a summary entry {sid} linked both ways")

    seed = doms["seed"]
    with open(article, encoding="utf-8") as f:
        first_line = f.readline().strip()
    check(first_line in seed.article_text, f"seed: the article's first line {first_line!r} shows")

    escape = doms["escape"]
    for raw in PAYLOADS:
        check(raw in escape.article_text, f"escape: the browser shows {raw!r} as text")
    print("escape: the article as the browser shows it:\n  " +
          escape.article_text.strip().replace("\n", "\n  "))

    sample = doms["sample"]
    check("Likely slip: change computed against the new value" in sample.finding_text["d1-f1"],
          "sample: f1 states its likely slip")
    check("percent-change" in sample.finding_text["d1-f1"], "sample: f1 names its check")
    check("stated 45% allows" in sample.finding_text["d1-f1"], "sample: f1 shows its arithmetic")
    check(sample.tags.get("svg", 0) >= 1, "sample: a change picture is drawn")
    check("<script>document.title='pwned'</script>" in sample.article_text,
          "sample: the markup in the article shows as text")

    multi = doms["multi"]
    for d in ("d1", "d2", "d3"):
        check("#" + d in multi.hrefs and d in multi.ids, f"multi: the index links to {d}")

    # Screenshots for review: the seed (kept at the build folder's top) and the sample.
    for name, target in [("seed", screenshot),
                         ("sample", os.path.join(os.path.dirname(screenshot), "sample-report.png")),
                         ("escape", os.path.join(os.path.dirname(screenshot), "escape-report.png"))]:
        if os.path.exists(target):
            os.remove(target)
        run = dump_dom(chromium, reports[name][0],
                       ["--screenshot=" + target, "--window-size=1280,2000",
                        "--hide-scrollbars"])
        ok = os.path.exists(target) and os.path.getsize(target) > 10000
        with open(target, "rb") if ok else open(os.devnull, "rb") as f:
            ok = ok and f.read(8) == b"\x89PNG\r\n\x1a\n"
        check(ok, f"chromium writes a screenshot of the {name} report to {target}")


def main():
    if len(sys.argv) < 5 or sys.argv[1] not in ("tidy", "browser"):
        sys.exit(__doc__)
    mode, driver, article, outdir = sys.argv[1:5]
    if mode == "tidy":
        tidy_mode(driver, article, outdir)
    else:
        if len(sys.argv) < 6:
            sys.exit(__doc__)
        browser_mode(driver, article, outdir, sys.argv[5])
    print(f"{len(failures)} failed" if failures else "all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
