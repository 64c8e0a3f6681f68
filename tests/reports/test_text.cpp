// The text and summary reports over a fixed set of findings.
#include <doctest/doctest.h>

#include "reports/stream.h"
#include "tests/reports/fixture.h"

using namespace factcheck;
using namespace factcheck::testing;

TEST_CASE("text lists errors, warnings and notes in text order, columns in code points") {
  std::vector<DocumentResult> docs = {fixed_document()};
  std::string text = render_text(docs, TextOptions{});
  // Columns: "Acme’s " is seven code points (nine bytes), so "$120 million" at byte 56 is
  // column 28 of line 2, and "Operating" (byte 88) is column 60.
  CHECK(text ==
        "acme.txt:2:28: warning: $120 million is given for revenue and for net revenue "
        "[repeated-figure]\n"
        "acme.txt:2:60: note: figure with no source [citation]\n"
        "acme.txt:4:69: error: reported 50% decrease does not follow from $12 million to $8 "
        "million (-33.3%) [percent-change]\n");
}

TEST_CASE("text shows passes only when asked") {
  std::vector<DocumentResult> docs = {fixed_document()};
  std::string text = render_text(docs, TextOptions{.color = false, .show_pass = true});
  CHECK(text.find("acme.txt:2:8: pass: reported 45% decrease follows") == 0);
  CHECK(text.find("acme.txt:4:18: pass: 3 March 2026 is a Tuesday [date-weekday]\n") !=
        std::string::npos);
  std::size_t lines = 0;
  for (char c : text) lines += c == '\n';
  CHECK(lines == 6);
}

TEST_CASE("text colours severities only when asked") {
  std::vector<DocumentResult> docs = {fixed_document()};
  std::string plain = render_text(docs, TextOptions{});
  std::string coloured = render_text(docs, TextOptions{.color = true, .show_pass = false});
  CHECK(plain.find('\x1b') == std::string::npos);
  CHECK(coloured.find("\x1b[1;31merror:\x1b[0m") != std::string::npos);
  CHECK(coloured.find("\x1b[1;35mwarning:\x1b[0m") != std::string::npos);
  CHECK(coloured.find("\x1b[1macme.txt:4:69:\x1b[0m") != std::string::npos);
}

TEST_CASE("text shows control characters from the article or a file name as escapes") {
  DocumentResult doc = make_document("evil\x1b[2J.txt", "Sales rose 5%.\n");
  doc.findings = {make_finding("f1", "citation", Severity::kNote, {0, 5},
                               "figure \x1b[31mred\x1b[0m\nnext \xC2\x9B line")};
  std::string text = render_text(doc, TextOptions{});
  CHECK(text ==
        "evil\\x1b[2J.txt:1:1: note: figure \\x1b[31mred\\x1b[0m\\x0anext \\u009b line "
        "[citation]\n");
}

TEST_CASE("text of an unreadable document is empty: its reason goes to standard error") {
  DocumentResult doc;
  doc.path = "gone.txt";
  doc.error = "no such file or directory";
  CHECK(render_text(doc, TextOptions{}).empty());
}

TEST_CASE("summary counts claims, claims checked and findings by severity") {
  DocumentResult doc = fixed_document();
  DocumentResult unreadable;
  unreadable.path = "gone.txt";
  unreadable.error = "no such file or directory";
  // c1 is named by two findings and c2 by one: two claims checked. Six findings, each counted
  // once by its severity.
  CHECK(render_summary({doc}) ==
        "1 article: 2 claims (2 checked, 0 unchecked); 6 findings: 1 error, 1 warning, 1 note, "
        "3 passes\n");
  CHECK(render_summary({doc, unreadable, doc}) ==
        "3 articles (1 unreadable): 4 claims (4 checked, 0 unchecked); 12 findings: 2 errors, 2 "
        "warnings, 2 notes, 6 passes\n");
  CHECK(render_summary(std::vector<DocumentResult>{}) ==
        "0 articles: 0 claims (0 checked, 0 unchecked); 0 findings: 0 errors, 0 warnings, 0 "
        "notes, 0 passes\n");
  // A claim no finding names is unchecked, and a finding naming two claims counts once.
  DocumentResult partial = fixed_document();
  partial.claims.claims.push_back(partial.claims.claims.back());
  partial.claims.claims.back().id = "c3";
  partial.findings.resize(1);
  partial.findings[0].claims = {"c1", "c2"};
  const Counts c = count(partial);
  CHECK(c.claims == 3);
  CHECK(c.checked == 2);
  CHECK(c.unchecked == 1);
  CHECK(c.findings() == 1);
  // Numbered claims are found by their number: an id naming no claim checks nothing.
  partial.findings[0].claims = {"c2", "c9", "x", "c02", "c"};
  CHECK(count(partial).checked == 1);
  // Claims named by hand, not numbered in order, are found by their ids.
  DocumentResult named = partial;
  named.claims.claims[0].id = "intro";
  named.claims.claims[2].id = "c1";
  named.findings[0].claims = {"intro", "c1", "c2", "c9"};
  CHECK(count(named).checked == 3);
  named.findings[0].claims = {"c3"};
  CHECK(count(named).checked == 0);
}

TEST_CASE("summary with a baseline adds new, unchanged and absent counts") {
  DocumentResult doc = fixed_document();
  BaselineComparison cmp;
  cmp.states.resize(doc.findings.size());
  cmp.states[1] = BaselineState::kUnchanged;
  cmp.states[2] = BaselineState::kNew;
  cmp.states[5] = BaselineState::kNew;
  cmp.absent.push_back({"0123456789abcdef", "citation", Severity::kNote, "acme.txt", "x", "gone"});
  Tally tally;
  tally.add(doc, &cmp);
  CHECK(render_summary(tally) ==
        "1 article: 2 claims (2 checked, 0 unchecked); 6 findings: 1 error, 1 warning, 1 note, "
        "3 passes; against the baseline: 2 new, 1 unchanged, 1 absent\n");
  std::string text = render_text(doc, TextOptions{}, &cmp);
  CHECK(text.find("[repeated-figure] (unchanged)\n") != std::string::npos);
  CHECK(text.find("[percent-change] (new)\n") != std::string::npos);
  CHECK(text.find("acme.txt: absent: gone [citation] (was note)\n") != std::string::npos);
}
