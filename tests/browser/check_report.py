#!/usr/bin/python3
"""Checks the HTML report as a validator and a browser see it.

  check_report.py tidy    RENDER_REPORT ARTICLE OUTDIR
  check_report.py browser RENDER_REPORT ARTICLE OUTDIR SCREENSHOT
  check_report.py axe     RENDER_REPORT ARTICLE OUTDIR
  check_report.py large   RENDER_REPORT ARTICLE OUTDIR [CORPUS]

RENDER_REPORT is the driver that writes a report (render_report.cpp); ARTICLE is the seed
article. Both modes write an escaping article of their own into OUTDIR and render four reports:
the seed, the escaping article, the hand-made sample (every severity, overlaps, multibyte
edges) and all of them together. `tidy` runs Debian's tidy over each; `browser` loads each in
headless Chromium and reads the DOM it dumps. Missing tools fail the test: the README's setup
installs them.

`axe` installs axe-core from npm into OUTDIR and runs it inside headless Chromium over the seed
report and a batch report, at a desktop and a phone width, with every fold open: any violation
fails. Without npm or the network it exits 77 (skipped). `large` renders a batch of 500
articles (files of CORPUS's bbc parts when given and present, else the project corpus repeated)
and loads it in Chromium, printing the time to load and the page's height.
"""
import html
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

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
    for tag in ("<img", "<b>", "</textarea"):
        check(tag not in source.lower(), f"escape report source has no {tag}")
    check(source.lower().count("<script") == 1, "escape report source has one <script>, its own")
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
        if not self._stack_has(tag):  # an end tag of an element never pushed (<rect></rect>)
            return
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
        for tag in ("img", "iframe", "textarea", "b"):
            check(tag not in dom.tags, f"{name}: the DOM has no <{tag}> element")
        check(dom.tags.get("script", 0) == 1, f"{name}: the DOM has one <script>, the report's own")
        check(source.count("<script") == 1 and source.rstrip().endswith("</script>\n</body>\n</html>"),
              f"{name}: the one script is inline at the end of the source")
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

    # The report's own script, driven as a reader would: toggles, a check alone, search, keys.
    path = os.path.join(outdir, "sample-script.html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(with_probe(reports["sample"][1], SCRIPT_PROBE))
    result = probe_result(dump_dom(chromium, path, ["--dump-dom", "--window-size=1280,900"]).stdout)
    check(result is not None, "sample: the script probe ran")
    if result is not None:
        print("script probe: " + json.dumps(result))
        check(result["controls_shown"], "script: the controls show when the script runs")
        check(result["all"] == result["total"] and result["total"] > 0,
              f"script: every finding shows at first ({result['all']} of {result['total']})")
        check(result["passes_off"] == 0, "script: the passes button hides every pass")
        check(result["only_weekday"] == ["date-weekday"],
              f"script: the check filter leaves only its check ({result['only_weekday']})")
        check("d1-f7" in result["search"] and len(result["search"]) < result["total"],
              f"script: searching 'Tuesday' finds f7 ({result['search']})")
        check(result["j1"] == "#d1-f1" and result["j2"] == "#d1-f7" and result["k"] == "#d1-f1",
              f"script: j, j, k step through the problems ({result['j1']}, {result['j2']}, "
              f"{result['k']})")
        check(result["only_errors"] == ["error"],
              f"script: the errors count shows only errors ({result['only_errors']})")

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


SKIP = 77  # ctest's SKIP_RETURN_CODE for the axe test


def with_probe(source, script):
    """The report with a script of the test's own run after the page's."""
    at = source.rindex("</body>")
    return source[:at] + "<script>" + script + "</script>\n" + source[at:]


def probe_result(dom_text):
    """The JSON a probe script left in <pre id="probe">, or None."""
    start = dom_text.find('<pre id="probe">')
    if start < 0:
        return None
    end = dom_text.find("</pre>", start)
    return json.loads(html.unescape(dom_text[start + len('<pre id="probe">'):end]))


PROBE_END = ("var pre=document.createElement('pre');pre.id='probe';"
             "pre.textContent=JSON.stringify(result);document.body.appendChild(pre);")

AXE_RUN = """
window.addEventListener('load', function () {
  document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  // target-size (WCAG 2.2 AA, 24 px) is off by default in axe-core: it is asked for here.
  axe.run(document, {resultTypes: ['violations'], rules: {'target-size': {enabled: true}}})
      .then(function (r) {
    var result = r.violations.map(function (v) {
      return {id: v.id, impact: v.impact, help: v.help, count: v.nodes.length,
              nodes: v.nodes.slice(0, 3).map(function (n) {
                return n.target.join(' ') + ': ' + (n.failureSummary || '').slice(0, 300);
              })};
    });
    """ + PROBE_END + """
  }, function (e) { var result = [{id: 'axe-error', help: String(e), nodes: []}]; """ + PROBE_END + """ });
});
"""


def install_axe(outdir):
    """axe.min.js from npm, installed once into OUTDIR/axe; None when npm or the network is
    missing."""
    prefix = os.path.join(outdir, "axe")
    script = os.path.join(prefix, "node_modules", "axe-core", "axe.min.js")
    if os.path.exists(script):
        return script
    npm = shutil.which("npm")
    if npm is None:
        print("skipped: npm is not installed")
        return None
    os.makedirs(prefix, exist_ok=True)
    try:
        run = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix", prefix,
                              "axe-core@4"], capture_output=True, text=True, timeout=300)
    except subprocess.TimeoutExpired:
        print("skipped: npm install axe-core timed out (no network?)")
        return None
    if run.returncode != 0 or not os.path.exists(script):
        print("skipped: npm install axe-core failed (no network?):\n" + run.stderr[-1500:])
        return None
    return script


def axe_mode(driver, article, outdir):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    check(chromium is not None, "chromium is installed (scripts/setup.sh installs it)")
    if chromium is None:
        return 0
    script = install_axe(outdir)
    if script is None:
        return SKIP
    with open(script, encoding="utf-8") as f:
        axe = f.read()
    with open(os.path.join(os.path.dirname(os.path.dirname(script)), "axe-core", "package.json"),
              encoding="utf-8") as f:
        version = json.load(f)["version"]
    os.makedirs(outdir, exist_ok=True)
    escape = os.path.join(outdir, "escape.txt")
    with open(escape, "w", encoding="utf-8") as f:
        f.write(ESCAPE_ARTICLE)
    reports = {
        "seed": [article],
        "batch": [article, escape, os.path.join(outdir, "no-such-article.txt")],
    }
    for name, inputs in reports.items():
        source = render(driver, os.path.join(outdir, name + "-report.html"), *inputs)
        probe = os.path.join(outdir, name + "-axe.html")
        with open(probe, "w", encoding="utf-8") as f:
            f.write(with_probe(source, axe + "\n" + AXE_RUN))
        for width, height in [(1280, 900), (390, 844)]:
            run = dump_dom(chromium, probe, ["--dump-dom", "--virtual-time-budget=60000",
                                             f"--window-size={width},{height}"])
            result = probe_result(run.stdout)
            check(result is not None, f"axe-core {version} ran on the {name} report at {width}px")
            if result is None:
                continue
            for v in result:
                print(f"  {v['id']} ({v.get('impact')}): {v['help']}, {v.get('count')} nodes")
                for n in v["nodes"]:
                    print("      " + n.replace("\n", " "))
            check(not result, f"axe-core {version}: the {name} report at {width}px has no "
                              f"violation ({len(result)} rules violated)")
    return 0


SCRIPT_PROBE = """
window.addEventListener('load', function () {
  function visible(sel) {
    return Array.prototype.filter.call(document.querySelectorAll(sel), function (el) {
      return !el.classList.contains('is-hidden');
    });
  }
  function cards() { return visible('li.finding'); }
  function press(v) { document.querySelector('#controls button[data-v=' + v + ']').click(); }
  function key(k) { document.dispatchEvent(new KeyboardEvent('keydown', {key: k})); return location.hash; }
  var result = {controls_shown: !document.getElementById('controls').hidden,
                total: document.querySelectorAll('li.finding').length, all: cards().length};
  press('pass');
  result.passes_off = visible('li.finding.v-pass').length;
  press('pass');
  var check = document.getElementById('fc-check');
  check.value = 'date-weekday'; check.dispatchEvent(new Event('change'));
  result.only_weekday = cards().map(function (el) { return el.getAttribute('data-check'); })
      .filter(function (c, i, a) { return a.indexOf(c) === i; });
  check.value = ''; check.dispatchEvent(new Event('change'));
  var search = document.getElementById('fc-search');
  search.value = 'Tuesday'; search.dispatchEvent(new Event('input'));
  result.search = cards().map(function (el) { return el.id; });
  search.value = ''; search.dispatchEvent(new Event('input'));
  window.scrollTo(0, 0);
  result.j1 = key('j'); result.j2 = key('j'); result.k = key('k');
  document.querySelector('a[data-only=error]').click();
  result.only_errors = visible('li.problem').map(function (el) { return el.getAttribute('data-v'); })
      .filter(function (c, i, a) { return a.indexOf(c) === i; });
  """ + PROBE_END + """
});
"""


LOAD_PROBE = """
window.addEventListener('load', function () {
  setTimeout(function () {
    var nav = performance.getEntriesByType('navigation')[0];
    var t = performance.now();
    var h = document.documentElement.scrollHeight;
    for (var i = 1; i <= 20; i++) { window.scrollTo(0, h * i / 20); document.body.getBoundingClientRect(); }
    var result = {load_ms: nav.loadEventStart, dom_ms: nav.domContentLoadedEventEnd,
                  height_px: h, scroll_ms: performance.now() - t,
                  sections: document.querySelectorAll('section.doc').length,
                  problems: document.querySelectorAll('li.problem').length,
                  first_view: document.querySelector('h2').textContent,
                  first_problem_px: (document.querySelector('li.problem') || {}).offsetTop,
                  first_article_px: document.querySelector('section.doc').offsetTop};
    """ + PROBE_END + """
  }, 0);
});
"""


def large_mode(driver, article, outdir, corpus):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    check(chromium is not None, "chromium is installed (scripts/setup.sh installs it)")
    if chromium is None:
        return
    sources = []
    if corpus and os.path.isdir(corpus):
        for part in sorted(os.listdir(corpus)):
            if part.startswith("bbc-"):
                folder = os.path.join(corpus, part)
                sources += [os.path.join(folder, n) for n in sorted(os.listdir(folder))
                            if n.endswith(".txt")]
    origin = "the real corpus's bbc parts"
    if len(sources) < 500:
        folder = os.path.dirname(os.path.abspath(article))
        sources = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".txt"))
        origin = "the project corpus, repeated"
    # The articles are copied at run time into OUTDIR, 500 files, each under its own name.
    articles = os.path.join(outdir, "articles")
    os.makedirs(articles, exist_ok=True)
    paths = []
    for i in range(500):
        target = os.path.join(articles, f"{i + 1:03d}-" + os.path.basename(sources[i % len(sources)]))
        shutil.copyfile(sources[i % len(sources)], target)
        paths.append(target)
    report = os.path.join(outdir, "large-report.html")
    source = render(driver, report, *paths)
    probe = os.path.join(outdir, "large-probe.html")
    with open(probe, "w", encoding="utf-8") as f:
        f.write(with_probe(source, LOAD_PROBE))
    start = time.monotonic()
    run = dump_dom(chromium, probe, ["--dump-dom", "--window-size=1280,900"])
    wall = time.monotonic() - start
    result = probe_result(run.stdout)
    check(result is not None, f"chromium opens the report of 500 articles from {origin}")
    if result is None:
        return
    print(f"500 articles ({origin}): report {len(source.encode()) / 1e6:.1f} MB; load event at "
          f"{result['load_ms']:.0f} ms (DOM ready {result['dom_ms']:.0f} ms), page height "
          f"{result['height_px']} px, 20 scroll steps with layout {result['scroll_ms']:.0f} ms, "
          f"chromium run {wall:.1f} s; {result['problems']} problems listed first, the first at "
          f"{result['first_problem_px']} px; the first article at {result['first_article_px']} px")
    check(result["sections"] == 500, f"all 500 articles are in the page ({result['sections']})")
    check(result["first_view"].startswith("Problems"),
          f"the page opens on the problems ({result['first_view']!r})")


def main():
    if len(sys.argv) < 5 or sys.argv[1] not in ("tidy", "browser", "axe", "large"):
        sys.exit(__doc__)
    mode, driver, article, outdir = sys.argv[1:5]
    if mode == "tidy":
        tidy_mode(driver, article, outdir)
    elif mode == "axe":
        if axe_mode(driver, article, outdir) == SKIP:
            return SKIP
    elif mode == "large":
        large_mode(driver, article, outdir, sys.argv[5] if len(sys.argv) > 5 else None)
    else:
        if len(sys.argv) < 6:
            sys.exit(__doc__)
        browser_mode(driver, article, outdir, sys.argv[5])
    print(f"{len(failures)} failed" if failures else "all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
