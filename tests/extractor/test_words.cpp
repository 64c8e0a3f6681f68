// The sentence's word index: what the kinds consult before running a pattern. A word the index
// misses would silently drop every claim that starts with it, so its edges are tested here.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extractor/extractor.h"
#include "extractor/internal.h"

using namespace factcheck;

namespace {

std::vector<std::string> words_of(std::string_view text) {
  detail::SentenceWork s(text, {0, text.size()});
  std::vector<std::string> out;
  for (const detail::Word& w : s.words) out.emplace_back(text.substr(w.begin, w.end - w.begin));
  return out;
}

}  // namespace

TEST_CASE("words are runs of ASCII letters, split at digits, hyphens and other bytes") {
  CHECK(words_of("Q1 2026: first-quarter sales\xC2\xA0rose") ==
        std::vector<std::string>{"Q", "first", "quarter", "sales", "rose"});
  CHECK(words_of("1Q26 and FY2025, the 4th") ==
        std::vector<std::string>{"Q", "and", "FY", "the", "th"});
  CHECK(words_of("").empty());
  CHECK(words_of("42 % ...").empty());
}

TEST_CASE("a word set finds its words in any case, and only them") {
  const detail::WordSet months{"may", "june"};
  detail::SentenceWork upper("SALES IN MAY", {0, 12});
  detail::SentenceWork none("Mayor Junes", {0, 11});
  CHECK(upper.says(months));
  CHECK_FALSE(none.says(months));
  CHECK(detail::word_key("June") == detail::word_key("jUNE"));
  CHECK(detail::word_key("June") != detail::word_key("Junes"));
}

TEST_CASE("digits and possible years are noted") {
  struct Row {
    std::string_view text;
    bool digit, year;
  };
  for (const Row& row : {Row{"no figures here", false, false}, Row{"up 5% to 130", true, false},
                         Row{"in 2004", true, true}, Row{"FY1999 results", true, true},
                         Row{"12019 units", true, true}, Row{"costs 2100", true, false},
                         Row{"1820 and 2200", true, false}}) {
    CAPTURE(row.text);
    detail::SentenceWork s(row.text, {0, row.text.size()});
    CHECK(s.has_digit == row.digit);
    CHECK(s.has_year == row.year);
  }
}

TEST_CASE("a spelled quarter or half in capitals is read as a date") {
  for (std::string_view text : {"FOURTH QUARTER RESULTS", "Results for the First Half"}) {
    CAPTURE(text);
    Claims claims = extract(text);
    REQUIRE(claims.claims.size() == 1);
    CHECK(claims.claims[0].kind == ClaimKind::kDate);
  }
}
