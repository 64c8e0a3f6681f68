// Fingerprints and baselines: a finding keeps its fingerprint through edits elsewhere in the
// article, and a baseline sorts a run's findings into new, unchanged, updated and absent.
#include <doctest/doctest.h>

#include <algorithm>
#include <ctime>
#include <nlohmann/json.hpp>

#include "reports/baseline.h"
#include "tests/reports/fixture.h"

using namespace factcheck;
using namespace factcheck::testing;

namespace {

constexpr std::string_view kRevenue = "Revenue fell 45% to $120 million from $219 million.";
// Inconsistent: $20 million to $30 million is a 50% rise.
constexpr std::string_view kProfit = "Net profit rose 25% to $30 million from $20 million.";

const std::string kHeadline = "Northwind Grain results\n\n";
const std::string kFirst = std::string(kRevenue) + " The company blamed weaker export demand.\n\n";
const std::string kSecond = std::string(kProfit) + " Shares closed at $14.\n";

// An article and the two findings a checker gives on it, at wherever the sentences now are.
DocumentResult checked(std::string_view text, std::string_view profit = kProfit) {
  DocumentResult doc = make_document("northwind.txt", text);
  std::string_view t = *doc.bytes;
  doc.findings = {
      make_finding("", "percent-change", Severity::kPass, span_of(t, kRevenue),
                   "reported 45% decrease follows from $219 million to $120 million (-45.2%)"),
      make_finding("", "percent-change", Severity::kError, span_of(t, profit),
                   "reported 25% increase does not follow from $20 million to $30 million "
                   "(+50.0%)"),
  };
  std::sort(doc.findings.begin(), doc.findings.end(),
            [](const Finding& a, const Finding& b) { return a.span.begin < b.span.begin; });
  for (std::size_t i = 0; i < doc.findings.size(); ++i) {
    doc.findings[i].id = "f" + std::to_string(i + 1);
  }
  return doc;
}

// Fingerprint by severity, so the comparison does not depend on the order of findings.
std::string print_of(const DocumentResult& doc, Severity severity) {
  for (std::size_t i = 0; i < doc.findings.size(); ++i) {
    if (doc.findings[i].severity == severity) return fingerprints(doc)[i];
  }
  return "";
}

std::string replaced(std::string s, std::string_view from, std::string_view to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

Baseline baseline_of(const std::vector<DocumentResult>& docs) {
  BaselineWriter writer;
  std::string file = writer.begin();
  for (const DocumentResult& d : docs) file += writer.document(d);
  file += writer.end();
  std::string error;
  std::optional<Baseline> baseline = Baseline::parse(file, error);
  REQUIRE_MESSAGE(baseline, error);
  return *baseline;
}

}  // namespace

TEST_CASE("a fingerprint survives edits elsewhere in the article") {
  DocumentResult original = checked(kHeadline + kFirst + kSecond);
  std::string error_print = print_of(original, Severity::kError);
  std::string pass_print = print_of(original, Severity::kPass);
  REQUIRE(error_print.size() == 16);
  CHECK(error_print != pass_print);

  struct Edit {
    std::string_view name;
    std::string text;
  };
  const Edit edits[] = {
      {"text added above",
       "Updated at 14:00 with comment from analysts.\n\n" + kHeadline + kFirst + kSecond},
      {"paragraph moved", kHeadline + kSecond + "\n" + kFirst},
      {"line endings made CRLF", replaced(kHeadline + kFirst + kSecond, "\n", "\r\n")},
      {"other sentence edited",
       kHeadline + replaced(kFirst, "weaker export", "weak overseas") + kSecond},
  };
  for (const Edit& e : edits) {
    CAPTURE(e.name);
    DocumentResult edited = checked(e.text);
    CHECK(print_of(edited, Severity::kError) == error_print);
    CHECK(print_of(edited, Severity::kPass) == pass_print);
  }
}

TEST_CASE("a fingerprint changes when the finding's own statement does") {
  DocumentResult original = checked(kHeadline + kFirst + kSecond);
  std::string fixed_profit = replaced(std::string(kProfit), "rose 25%", "rose 50%");
  DocumentResult edited =
      checked(kHeadline + kFirst + replaced(kSecond, kProfit, fixed_profit), fixed_profit);
  CHECK(print_of(edited, Severity::kError) != print_of(original, Severity::kError));
  CHECK(print_of(edited, Severity::kPass) == print_of(original, Severity::kPass));
}

TEST_CASE("a fingerprint ignores how the statement is wrapped but not its words") {
  DocumentResult one = make_document("a.txt", "Sales rose 5% to $21 million.");
  DocumentResult two = make_document("a.txt", "Sales rose 5%\n  to $21\xC2\xA0million.");
  one.findings = {
      make_finding("f1", "percent-change", Severity::kNote, {0, one.bytes->size()}, "m")};
  two.findings = {
      make_finding("f1", "percent-change", Severity::kNote, {0, two.bytes->size()}, "m")};
  CHECK(fingerprints(one) == fingerprints(two));
  one.findings[0].check = "rate";
  CHECK(fingerprints(one) != fingerprints(two));  // the check is part of it
}

TEST_CASE("identical findings are told apart by their order, and fingerprint() agrees") {
  std::string text = "Costs fell 10%. Costs fell 10%. Costs fell 10%.";
  DocumentResult doc = make_document("a.txt", text);
  for (std::size_t i = 0; i < 3; ++i) {
    doc.findings.push_back(make_finding("f" + std::to_string(i + 1), "percent-change",
                                        Severity::kNote, span_of(text, "Costs fell 10%.", i * 16),
                                        "no base figure"));
  }
  std::vector<std::string> prints = fingerprints(doc);
  CHECK(prints[0] != prints[1]);
  CHECK(prints[1] != prints[2]);
  for (std::size_t i = 0; i < 3; ++i) CHECK(fingerprint(doc, doc.findings[i]) == prints[i]);
}

TEST_CASE("a baseline records every finding but passes") {
  std::vector<BaselineEntry> entries = baseline_entries(checked(kHeadline + kFirst + kSecond));
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].check == "percent-change");
  CHECK(entries[0].severity == Severity::kError);
  CHECK(entries[0].path == "northwind.txt");
  CHECK(entries[0].text == kProfit);
}

TEST_CASE("a baseline file is JSON with one accepted finding a line") {
  BaselineWriter writer;
  std::string file = writer.begin() + writer.document(fixed_document()) + writer.end();
  nlohmann::json j = nlohmann::json::parse(file);
  CHECK(j["schema"] == "factcheck-baseline/1");
  REQUIRE(j["findings"].size() == 3);  // a warning, a note and an error
  CHECK(j["findings"][0]["check"] == "repeated-figure");
  CHECK(j["findings"][0]["text"] == "$120 million");
  CHECK(j["findings"][2]["severity"] == "error");
  std::size_t lines = 0;
  for (char c : file) lines += c == '\n';
  CHECK(lines == 5);
  BaselineWriter empty;
  CHECK(nlohmann::json::parse(empty.begin() + empty.end())["findings"].empty());
}

TEST_CASE("compared with its baseline, an edited article has unchanged, new and absent findings") {
  DocumentResult original = checked(kHeadline + kFirst + kSecond);
  Baseline baseline = baseline_of({original});
  CHECK(baseline.size() == 1);

  SUBCASE("moved paragraphs: unchanged") {
    BaselineComparison cmp = baseline.compare(checked(kHeadline + kSecond + "\n" + kFirst));
    REQUIRE(cmp.states.size() == 2);
    CHECK_FALSE(cmp.states[1].has_value());  // the pass, now second
    CHECK(cmp.states[0] == BaselineState::kUnchanged);
    CHECK(cmp.absent.empty());
  }
  SUBCASE("the statement rewritten: the old finding absent, the new one new") {
    std::string other = replaced(std::string(kProfit), "$30 million", "$31 million");
    BaselineComparison cmp =
        baseline.compare(checked(kHeadline + kFirst + replaced(kSecond, kProfit, other), other));
    CHECK(cmp.states[1] == BaselineState::kNew);
    REQUIRE(cmp.absent.size() == 1);
    CHECK(cmp.absent[0].text == kProfit);
  }
  SUBCASE("the same statement at another severity: updated") {
    DocumentResult doc = checked(kHeadline + kFirst + kSecond);
    doc.findings[1].severity = Severity::kWarning;
    CHECK(baseline.compare(doc).states[1] == BaselineState::kUpdated);
  }
  SUBCASE("another path: everything new, nothing absent") {
    DocumentResult doc = checked(kHeadline + kFirst + kSecond);
    doc.path = "other.txt";
    BaselineComparison cmp = baseline.compare(doc);
    CHECK(cmp.states[1] == BaselineState::kNew);
    CHECK(cmp.absent.empty());
  }
  SUBCASE("an unreadable document: nothing called absent") {
    DocumentResult doc;
    doc.path = "northwind.txt";
    doc.error = "no such file or directory";
    CHECK(baseline.compare(doc).absent.empty());
  }
}

TEST_CASE("a baseline that is not one is refused with the reason") {
  struct Case {
    std::string_view text;
    std::string_view error;
  };
  const Case cases[] = {
      {"{", "not valid JSON"},
      {R"({"schema": "factcheck/1"})", "not a factcheck baseline"},
      // See: issue 13, item 4 (a schema that is not a string aborted the run).
      {R"({"schema": 1, "findings": []})", "not a factcheck baseline"},
      {R"({"schema": ["factcheck-baseline/1"], "findings": []})", "not a factcheck baseline"},
      {R"([{"schema": "factcheck-baseline/1"}])", "not a factcheck baseline"},
      {R"({"schema": "factcheck-baseline/1"})", "no \"findings\" list"},
      {R"({"schema": "factcheck-baseline/1", "findings": [{"check": "rate"}]})", "finding 0 lacks"},
      {R"({"schema": "factcheck-baseline/1", "findings": [{"fingerprint": "a", "check": "rate",
          "path": "a.txt", "severity": "fatal"}]})",
       "finding 0 lacks"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    std::string error;
    CHECK_FALSE(Baseline::parse(c.text, error).has_value());
    CHECK(error.find(c.error) == 0);
  }
}

// See: issue 13, item 4 (a baseline nested 100,000 deep overflowed the stack).
TEST_CASE("a baseline nested too deep is refused before it is parsed") {
  std::string error;
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK_FALSE(Baseline::parse(deep, error).has_value());
  CHECK(error.find("nested deeper than") != std::string::npos);
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\":";
  CHECK_FALSE(Baseline::parse(objects + "1" + std::string(100000, '}'), error).has_value());
  CHECK(error.find("nested deeper than") != std::string::npos);
  // Brackets inside strings are text, not nesting.
  std::string brackets = R"({"schema": "factcheck-baseline/1", "findings": [{"fingerprint": "a",
      "check": "rate", "severity": "note", "path": "a.txt", "text": ")" +
                         std::string(1000, '[') + R"("}]})";
  CHECK(Baseline::parse(brackets, error).has_value());
}

// See: issue 13, item 9 (a file name that is not UTF-8 never matched its baseline entry).
TEST_CASE("a path is recorded losslessly, so a name that is not UTF-8 matches its entries") {
  CHECK(baseline_path("news/a.txt") == "news/a.txt");
  CHECK(baseline_path("caf\xC3\xA9.txt") == "caf\xC3\xA9.txt");  // UTF-8 stays
  CHECK(baseline_path("caf\xE9.txt") == "caf\\xe9.txt");         // Latin-1 byte
  CHECK(baseline_path("caf\\xe9.txt") == "caf\\\\xe9.txt");      // a real backslash
  CHECK(baseline_path("\xFF\xFE") == "\\xff\\xfe");
  CHECK(baseline_path("\xC3") == "\\xc3");  // a sequence cut short
  CHECK(baseline_path("caf\xE9.txt") != baseline_path("caf\\xe9.txt"));

  for (std::string path : {"caf\xE9.txt", "r\xE9sum\xE9\\2026.txt", "\xFF.txt"}) {
    CAPTURE(path);
    DocumentResult doc = checked(kHeadline + kFirst + kSecond);
    doc.path = path;
    Baseline baseline = baseline_of({doc});
    REQUIRE(baseline.size() == 1);
    BaselineComparison cmp = baseline.compare(doc);
    CHECK(cmp.states[1] == BaselineState::kUnchanged);
    CHECK(cmp.absent.empty());
    REQUIRE(baseline.paths().size() == 1);
    CHECK(baseline.paths()[0] == baseline_path(path));
    CHECK(baseline.all_absent(baseline.paths()[0]).absent.size() == 1);
  }
}

// See: issue 13, item 3 (findings x accepted entries: 2 MB of list sentences took 15 s).
TEST_CASE("comparing with a baseline takes time linear in the findings") {
  // n distinct findings against a baseline of the same n, timed in CPU seconds at two sizes;
  // a walk over every entry per finding grows 256 times from n to 16n (2e9 comparisons, seconds),
  // a hash look-up 16 times and up to five times that as the tables outgrow a busy cache.
  auto seconds_for = [](std::size_t n) {
    std::string text;
    for (std::size_t i = 0; i < n; ++i) text += "Costs fell " + std::to_string(i) + "%. ";
    DocumentResult doc = make_document("costs.txt", text);
    std::size_t at = 0;
    for (std::size_t i = 0; i < n; ++i) {
      std::string sentence = "Costs fell " + std::to_string(i) + "%.";
      ByteSpan span = span_of(text, sentence, at);
      at = span.end;
      doc.findings.push_back(make_finding("f" + std::to_string(i + 1), "percent-change",
                                          Severity::kNote, span, "no base figure"));
    }
    Baseline baseline = baseline_of({doc});
    double best = 1e9;
    for (int round = 0; round < 3; ++round) {
      std::clock_t start = std::clock();
      BaselineComparison cmp = baseline.compare(doc);
      best = std::min(best, static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
      REQUIRE(cmp.absent.empty());
      REQUIRE(cmp.states.back() == BaselineState::kUnchanged);
    }
    return best;
  };
  double small = seconds_for(4000);
  double large = seconds_for(64000);
  CAPTURE(small);
  CAPTURE(large);
  CHECK(large < 128 * std::max(small, 2e-3));
}
