// The sentence's word index: what the kinds consult before running a pattern. A word the index
// misses would silently drop every claim that starts with it, so its edges are tested here.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extractor/extractor.h"
#include "extractor/internal.h"
#include "extractor/lexicon.h"
#include "extractor/pattern.h"

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

TEST_CASE("the lexer marks each word with its lexicon classes and the sentence with its triggers") {
  using namespace detail::trigger;
  const std::string text = "Output FELL 3% in March, to $41 a fortnight / per cent; (about) 1st";
  detail::SentenceWork s(text, {0, text.size()});
  auto classes_of = [&](std::string_view word) {
    for (const detail::Word& w : s.words) {
      if (text.substr(w.begin, w.end - w.begin) == word) return w.classes;
    }
    return ~0u;
  };
  CHECK(classes_of("Output") == 0);
  CHECK((classes_of("FELL") & kDirection) != 0);
  CHECK((classes_of("March") & kMonth) != 0);
  CHECK((classes_of("fortnight") & kTimeWord) != 0);
  CHECK((classes_of("cent") & kPercentWord) != 0);  // each word of "per cent"
  CHECK((classes_of("about") & kHedge) != 0);
  CHECK((classes_of("st") & kOrdinal) != 0);
  for (std::uint32_t bit : {kDigit, kPercentSign, kDollar, kSlash, kClauseMark, kBracket, kMonth,
                            kDirection, kTimeWord, kOrdinal}) {
    CAPTURE(bit);
    CHECK(s.has(bit));
  }
  CHECK_FALSE(s.has(kYear | kWeekday | kNonAscii));
}

TEST_CASE("every word of a direction word carries the class the change reader looks for") {
  // find_directions() (kinds/change.cpp) reads only the lexer's words marked kDirection: a
  // direction word of its classes without the mark ("recovered to") would state no change.
  for (std::string_view entry :
       lexicon::words({"direction-verb", "direction-noun", "direction-comparative",
                       "direction-to-level", "direction-swing"})) {
    CAPTURE(entry);
    const std::string text(entry);
    detail::SentenceWork s(text, {0, text.size()});
    REQUIRE_FALSE(s.words.empty());
    for (const detail::Word& w : s.words) CHECK((w.classes & detail::trigger::kDirection) != 0);
  }
}

TEST_CASE("a sentence with no figure and no word a claim starts from holds no claim") {
  struct Row {
    std::string_view text;
    bool can_hold;
  };
  for (const Row& row :
       {Row{"The board met and talked for hours.", false},
        Row{"Shares fell sharply after the news.", false}, Row{"They met in 1999.", true},
        Row{"They met on the first of June.", true}, Row{"Three firms bid for it.", true},
        Row{"It took a fortnight.", true}, Row{"Profit rose by half.", true}}) {
    CAPTURE(row.text);
    detail::SentenceWork s(row.text, {0, row.text.size()});
    s.quantities = detail::scan_quantities(s);
    CHECK(s.can_hold_claims() == row.can_hold);
    // Whatever the lexer says, a sentence it would skip gives no claim when read in full.
    if (!row.can_hold) CHECK(extract(row.text).claims.empty());
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

TEST_CASE("the figure pattern matches only where can_start_figure() allows a figure to start") {
  // scan_quantities() tries the pattern at those places only: a place it skips where the pattern
  // does match would drop a figure. Every place of each sentence is tried here.
  const Pattern figure("figure", detail::figure_regex());
  Match m;
  const std::string_view sentences[] = {
      "Sales rose $5 to US$3.2bn, or C$ (12) million, HK$40 and NT$7.5 a share.",
      "It cost EUR 12,50 then \xE2\x82\xAC\xE2\x88\x92"
      "119 million and \xC2\xA3"
      "4.2bn.",
      "The ( x20ac ) 5 fee, &euro; 7, & euro ; 9 and x20ac 11 are tokenised euros.",
      "Rs. 400 crore, Rp 9,000, R$ 15, RM 3.1 and 20ac 44 were quoted.",
      "Ranges of 30k-40k, 2bn-3bn and 12\xE2\x80\x93"
      "15% held; .5% and 297 .3 too.",
      "About \xC2\xBE of staff, 3\xC2\xBD hours, \xE2\x85\x93 of the cost and 1/4 of voters.",
      "In 2019 7 500 runners paid 25\xE2\x80\xAF"
      "000 and 1,234.5 or 1.250,50 each.",
      "GPT-4, Q1, FY2025, 5e2, 10b-18 and rule 4.2.1 are no figures; 40 stores are.",
  };
  for (std::string_view text : sentences) {
    CAPTURE(text);
    int matches = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (!figure.match_at(text, i, m)) continue;
      ++matches;
      CAPTURE(i);
      CHECK(detail::can_start_figure(text, i));
    }
    CHECK(matches > 0);
  }
  // Every word of the lexicon, of whatever class, before a number and glued to one: a class the
  // pattern learns to open a figure with ("R 7.5 billion") must reach can_start_figure() too.
  for (const lexicon::Source& source : lexicon::sources()) {
    std::string_view rest = source.text;
    while (!rest.empty()) {
      const std::string_view line = rest.substr(0, rest.find('\n'));
      rest.remove_prefix(std::min(rest.size(), line.size() + 1));
      if (line.empty() || line.front() == '#' || line.find('\t') == std::string_view::npos)
        continue;
      const std::string word(line.substr(0, line.find('\t')));
      const std::string text = "Paid " + word + " 5 and " + word + "5 today.";
      for (std::size_t i = 0; i < text.size(); ++i) {
        if (!figure.match_at(text, i, m)) continue;
        CAPTURE(text);
        CAPTURE(i);
        CHECK(detail::can_start_figure(text, i));
      }
    }
  }
  CHECK_FALSE(detail::can_start_figure("revenue", 0));
  CHECK_FALSE(detail::can_start_figure("Q1", 1));
  CHECK(detail::can_start_figure("USD 5", 0));
  CHECK(detail::can_start_figure("30k-40k", 4));
}
