// The lexicon: rows read from extractor/lexicon/*.tsv and the patterns built from them.
#include <doctest/doctest.h>

#include <string>

#include "extractor/internal.h"
#include "extractor/lexicon.h"
#include "extractor/pattern.h"

using namespace factcheck;

TEST_CASE("lexicon rows are read with class, value and the file they came from") {
  const lexicon::Entry* bn = lexicon::find("scale-abbrev", "bn");
  REQUIRE(bn != nullptr);
  CHECK(bn->value == "1e9");
  CHECK(bn->file == "scale.tsv");
  CHECK(bn->line > 0);
  // Look-ups ignore case; the words keep it.
  CHECK(lexicon::value("currency-code", "eur") == "EUR");
  CHECK(lexicon::value("currency-sign", "C$") == "CAD");
  CHECK(lexicon::value("currency-sign", "A$") == "AUD");
  CHECK(lexicon::value("currency-after", "pence") == "GBP 0.01");
  CHECK(lexicon::value("scale-word", "zillion").empty());
  CHECK(lexicon::find("hedge", "roughly") != nullptr);
  // "-" is no value.
  REQUIRE(lexicon::find("percent", "pct") != nullptr);
  CHECK(lexicon::find("percent", "pct")->value.empty());
}

TEST_CASE("a run of spaces in a looked-up word is one space, as the patterns match it") {
  const lexicon::Entry* one = lexicon::find("points", "percentage points");
  REQUIRE(one != nullptr);
  CHECK(lexicon::find("points", "percentage  points") == one);
  CHECK(lexicon::find("points", "Percentage   Points") == one);
  CHECK(lexicon::find("points", "percentagepoints") == nullptr);
  CHECK(lexicon::find("points", "percentage points ") == nullptr);
}

TEST_CASE("an unknown class is a bug and names itself") {
  CHECK_THROWS_WITH_AS(lexicon::entries("no-such-class"), "lexicon has no class 'no-such-class'",
                       std::logic_error);
}

TEST_CASE("a class whose values name roles is read once into an enum") {
  enum class Kind { kNone, kYear, kMonth, kOther };
  const lexicon::Roles<Kind> kinds("change-period", {{"year", Kind::kYear},
                                                     {"half", Kind::kOther},
                                                     {"quarter", Kind::kOther},
                                                     {"month", Kind::kMonth},
                                                     {"week", Kind::kOther},
                                                     {"other", Kind::kOther}});
  CHECK(kinds.find("year") == Kind::kYear);
  CHECK(kinds.find("MONTH") == Kind::kMonth);
  CHECK(kinds.find("period") == Kind::kOther);
  CHECK(kinds.find("fortnightly") == Kind::kNone);
  CHECK(kinds.of(nullptr) == Kind::kNone);
  CHECK(kinds.of(lexicon::find("change-period", "q3")) == Kind::kOther);
  // A value the code does not name is a bug, reported with the row.
  CHECK_THROWS_AS(lexicon::Roles<Kind>("change-period", {{"year", Kind::kYear}}), std::logic_error);
  CHECK_THROWS_WITH(lexicon::Roles<Kind>("rate-per", {{"article", Kind::kYear}}),
                    doctest::Contains("checks.tsv:"));
}

TEST_CASE("every period a rate is per has a kind") {
  for (const lexicon::Entry& e : lexicon::entries("rate-period")) {
    CAPTURE(e.word);
    CHECK(lexicon::find("rate-period-kind", e.word) != nullptr);
  }
  CHECK(rate_per("per") == RatePer::kPer);
  CHECK(rate_per("an") == RatePer::kArticle);
  CHECK(rate_per("apiece") == RatePer::kEach);
  CHECK(rate_per("every") == RatePer::kEvery);
  CHECK(rate_per("for") == RatePer::kNone);
}

TEST_CASE("value fields split on spaces and read as numbers") {
  const auto f = lexicon::fields("GBP  0.01");
  REQUIRE(f.size() == 2);
  CHECK(f[0] == "GBP");
  CHECK(f[1] == "0.01");
  CHECK(lexicon::number("GBP 0.01", 1) == doctest::Approx(0.01));
  CHECK(lexicon::number("1e12") == doctest::Approx(1e12));
  CHECK(lexicon::number("GBP", 1, 7) == 7);  // a missing field
  // Runs of spaces split as fields() splits them: no empty field between.
  CHECK(lexicon::number("  EUR   0.5 ", 1) == doctest::Approx(0.5));
  CHECK(lexicon::number("x  y", 2, 3) == 3);
  CHECK(lexicon::fields("  EUR   0.5 ").size() == 2);
}

TEST_CASE("months are one class with their numbers") {
  CHECK(lexicon::month("January") == 1);
  CHECK(lexicon::month("sept") == 9);
  CHECK(lexicon::month("Sep") == 9);
  CHECK(lexicon::month("DEC") == 12);
  CHECK(lexicon::month("may") == 5);
  CHECK(lexicon::month("mayor") == 0);
  CHECK(lexicon::month("") == 0);
  // Abbreviations say so, for the segmenter: "Dec. 31" does not end a sentence, "in May." does.
  CHECK(lexicon::value("month", "sept") == "9 abbrev");
  CHECK(lexicon::value("month", "may") == "5");
}

TEST_CASE("an alternation is a trie of the words, escaped, with longer words first") {
  const std::string scale = lexicon::alternation({"scale-word", "scale-abbrev"});
  // "b", "bn", "bln", "billion", "bil-lion" share their "b"; the longer words come first.
  CHECK(scale.find("b(?:i") != std::string::npos);
  CHECK(scale.find("\\-") != std::string::npos);         // "-" escaped
  CHECK(scale.find("\\x20+lion") != std::string::npos);  // a space, as one or more
  const std::string signs = lexicon::alternation({"currency-sign"}, lexicon::Bound::kNone);
  CHECK(signs.find("US\\$") != std::string::npos);
  CHECK(signs.find("\\xC2(?:") != std::string::npos);  // "£" and "¥" share their first byte
  CHECK(signs.find("(?!") == std::string::npos);       // no bound asked for
}

TEST_CASE("a pattern built from a class matches its words whole and nothing else") {
  const Pattern scale("scale", "^" + lexicon::alternation({"scale-word", "scale-abbrev"}));
  const Pattern sign("sign", "^" + lexicon::alternation({"currency-sign"}, lexicon::Bound::kNone));
  const Pattern code("code", "^" + lexicon::alternation({"currency-code"}));
  Match m;
  struct Case {
    const Pattern& p;
    std::string_view text;
    std::string_view match;  // empty: no match
  };
  const Case cases[] = {
      {scale, "billion dollars", "billion"},
      {scale, "bil- lion", "bil- lion"},
      {scale, "bil-lion", "bil-lion"},
      {scale, "b.", "b"},  // the shortest word of a branch when no longer one fits
      {scale, "bn,", "bn"},
      {scale, "bnx", ""},  // a word does not run on into letters
      {scale, "mn.", "mn"},
      {scale, "mister", ""},
      {sign, "HK$4", "HK$"},
      {sign, "C$12.7", "C$"},
      {sign,
       "\xE2\x82\xAC"
       "5",
       "\xE2\x82\xAC"},
      {sign, "C12", ""},  // a dot or a letter is not escaped away
      {code, "Rs. 450", "Rs."},
      {code, "Rs 450", "Rs"},
      {code, "Rsx", ""},
      {code, "EUROPE", ""},
      {code, "& euro ;", "& euro ;"},
      {code, "(  x20ac ) 47", "(  x20ac )"},  // doubled spaces of tokenised copy
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const bool found = c.p.find(c.text, 0, m);
    CHECK(found == !c.match.empty());
    if (found) CHECK(m.str() == c.match);
  }
}

TEST_CASE("every row of the lexicon has a word, a class and a value column") {
  // The reader throws on a short row; reaching here means every file parsed. Each file is
  // non-empty and each class the grammar names has at least one word.
  for (const lexicon::Source& src : lexicon::sources()) {
    CAPTURE(src.name);
    CHECK(!src.text.empty());
  }
  for (std::string_view cls : {"currency-sign",
                               "currency-code",
                               "currency-after",
                               "currency-glued",
                               "scale-word",
                               "scale-abbrev",
                               "currency-code-after",
                               "percent",
                               "points",
                               "times-sign",
                               "times-context",
                               "time-unit",
                               "unit",
                               "number-word",
                               "digit-word",
                               "tens-word",
                               "number-guarded",
                               "fraction",
                               "fraction-of",
                               "multiplier",
                               "multiplier-the",
                               "hedge",
                               "month",
                               "not-unit",
                               "not-name",
                               "abbreviation"}) {
    CAPTURE(cls);
    CHECK(!lexicon::entries(cls).empty());
  }
}

// PCRE2 refuses a compiled pattern above 64 KiB, and every unit, currency or scale word added to
// the lexicon grows the figure and word patterns: this fails with room still left for a few words,
// and prints the sizes so a change that grows them shows by how much.
TEST_CASE("the figure and word patterns stay below PCRE2's 64 KiB cap, with room left") {
  const Pattern figure{"figure", detail::figure_regex()};
  const Pattern word{"number word", detail::word_regex(), /*caseless=*/true};
  MESSAGE("figure pattern ", figure.compiled_size(), " bytes, word pattern ", word.compiled_size(),
          " bytes (cap 65536)");
  CHECK(figure.compiled_size() < 60 * 1024);
  CHECK(word.compiled_size() < 60 * 1024);
}

// The benchmark's one-pass calibration searches with the figure pattern, and a search can skip
// bytes only while PCRE2 can tell which ones open a match: one construct at the head of an
// alternative (a conditional, say) takes that away and makes every search try every byte.
TEST_CASE("the figure pattern keeps a table of the bytes that can open it") {
  const Pattern figure{"figure", detail::figure_regex()};
  CHECK(figure.has_start_bytes());
}
