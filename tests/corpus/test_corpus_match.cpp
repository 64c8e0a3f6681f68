// The corpus runner's own rules: quote lookup, span overlap, and how findings answer entries.
#include <doctest/doctest.h>

#include "tests/corpus/corpus_match.h"

using namespace factcheck;
using namespace factcheck::corpus;

namespace {

Expected entry(std::string check, Severity severity, std::size_t begin, std::size_t end) {
  Expected e;
  e.check = std::move(check);
  e.severity = severity;
  e.span = {begin, end};
  return e;
}

Finding finding(std::string check, Severity severity, std::size_t begin, std::size_t end) {
  Finding f;
  f.check = std::move(check);
  f.severity = severity;
  f.span = {begin, end};
  return f;
}

}  // namespace

TEST_CASE("find_quote locates a quote only when it occurs exactly once") {
  const std::string_view text = "rose 5% to $2.1bn; later it rose 5% again";
  const QuoteLookup once = find_quote(text, "to $2.1bn");
  REQUIRE(once.span.has_value());
  CHECK(once.span->begin == 8);
  CHECK(once.span->end == 17);
  CHECK(once.occurrences == 1);

  const QuoteLookup twice = find_quote(text, "rose 5%");
  CHECK_FALSE(twice.span.has_value());
  CHECK(twice.occurrences == 2);

  const QuoteLookup none = find_quote(text, "fell");
  CHECK_FALSE(none.span.has_value());
  CHECK(none.occurrences == 0);

  // Overlapping occurrences count: "aa" lies twice in "aaa".
  CHECK(find_quote("aaa", "aa").occurrences == 2);
  CHECK(find_quote("abc", "").occurrences == 0);
}

TEST_CASE("an entry is answered by an overlapping finding of its check and severity") {
  struct Case {
    const char* name;
    Finding produced;
    bool matched, changed, missing, unexpected;
  };
  const Expected e = entry("percent-change", Severity::kError, 10, 20);
  const Case cases[] = {
      {"same check, severity, overlapping", finding("percent-change", Severity::kError, 15, 30),
       true, false, false, false},
      {"touching is not overlapping", finding("percent-change", Severity::kError, 20, 30), false,
       false, true, true},
      {"another check", finding("difference", Severity::kError, 10, 20), false, false, true, true},
      {"same check, another severity", finding("percent-change", Severity::kWarning, 0, 11), false,
       true, false, false},
      {"a note elsewhere is never unexpected", finding("citation", Severity::kNote, 40, 50), false,
       false, true, false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const Comparison cmp = compare({e}, {c.produced});
    CHECK(cmp.matched.size() == (c.matched ? 1u : 0u));
    CHECK(cmp.changed_severity.size() == (c.changed ? 1u : 0u));
    CHECK(cmp.missing.size() == (c.missing ? 1u : 0u));
    CHECK(cmp.unexpected.size() == (c.unexpected ? 1u : 0u));
    CHECK(cmp.clean() == c.matched);
  }
}

TEST_CASE("each finding answers one entry, the one it overlaps most") {
  const std::vector<Expected> expected = {
      entry("percent-change", Severity::kError, 0, 10),
      entry("percent-change", Severity::kError, 12, 30),
  };
  // One finding lying mostly on the second quote: the first entry stays missing.
  const Comparison one = compare(expected, {finding("percent-change", Severity::kError, 8, 30)});
  REQUIRE(one.matched.size() == 1);
  CHECK(one.matched[0].expected == 1);
  CHECK(one.missing == std::vector<std::size_t>{0});

  const Comparison two = compare(expected, {finding("percent-change", Severity::kError, 0, 9),
                                            finding("percent-change", Severity::kError, 14, 20)});
  CHECK(two.matched.size() == 2);
  CHECK(two.clean());
}

TEST_CASE("alarms on statements expected to pass are false errors; planted slips are counted") {
  const std::vector<Expected> expected = {
      entry("percent-change", Severity::kPass, 0, 10),
      entry("date-weekday", Severity::kWarning, 20, 30),
      entry("enumeration-count", Severity::kError, 40, 50),
  };
  const std::vector<Finding> produced = {
      finding("percent-change", Severity::kPass, 0, 10),
      finding("change-direction", Severity::kError, 2, 8),  // on the passing statement
      finding("date-weekday", Severity::kWarning, 22, 28),
      finding("rate", Severity::kWarning, 60, 70),  // elsewhere: unexpected, not false on a pass
  };
  const Comparison cmp = compare(expected, produced);
  CHECK(cmp.unexpected == std::vector<std::size_t>{1, 3});
  CHECK(cmp.false_errors == std::vector<std::size_t>{1});
  CHECK(cmp.missing == std::vector<std::size_t>{2});
  const SlipCount slips = count_slips(expected, cmp);
  CHECK(slips.planted == 2);
  CHECK(slips.found == 1);

  // A pass entry answered by an error of its own check is a changed severity and a false error.
  const Comparison flipped =
      compare({expected[0]}, {finding("percent-change", Severity::kError, 0, 10)});
  CHECK(flipped.changed_severity.size() == 1);
  CHECK(flipped.false_errors == std::vector<std::size_t>{0});
}
