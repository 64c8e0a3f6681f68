// The declared-rule engine (extractor/rules.h): its token view, what a pattern matches and does
// not, the precedence between rules that compete, and productions that are not sure.
#include <doctest/doctest.h>

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "extractor/extractor.h"
#include "extractor/internal.h"
#include "extractor/lexicon.h"
#include "extractor/rules.h"

using namespace factcheck;
using namespace factcheck::detail;
using rules::TokenKind;

namespace {

// A sentence read as extract() reads it before the kinds run: words, figures, nothing taken.
struct Read {
  explicit Read(std::string_view text) : s(text, {0, text.size()}) {
    scan_quantities(s, s.quantities);
    s.taken.assign(s.quantities.size(), false);
  }
  SentenceWork s;
};

std::vector<std::string> token_texts(const SentenceWork& s, const rules::TokenView& v) {
  std::vector<std::string> out;
  for (const rules::Token& t : v.tokens)
    out.emplace_back(s.text.substr(t.span.begin, t.span.size()));
  return out;
}

constexpr std::uint8_t kWord = rules::kinds({TokenKind::kWord});
constexpr std::uint8_t kSpace = rules::kinds({TokenKind::kSpace});
constexpr std::uint8_t kFigure = rules::kinds({TokenKind::kFigure});

// A claim spanning the whole match, of the kind given by the test's rule.
std::optional<Claim> whole_match(const SentenceWork&, const rules::Parts& p) {
  Claim c;
  c.kind = ClaimKind::kNumber;
  c.span = {p.span(0).begin, p.span(p.at.size() - 2).end};
  return c;
}

// Never sure: yields nothing whatever it matched.
std::optional<Claim> unsure(const SentenceWork&, const rules::Parts&) { return std::nullopt; }

std::vector<std::string> found(const rules::Table& t, std::string_view text) {
  Read sentence(text);
  std::vector<std::string> out;
  for (const rules::Table::Found& f : t.match(sentence.s)) {
    out.push_back(std::string(f.rule) + ": " +
                  std::string(text.substr(f.claim.span.begin, f.claim.span.size())));
  }
  return out;
}

}  // namespace

TEST_CASE("the token view covers every byte, cut at the figures' edges") {
  Read a("Crates of 40%\xC2\xA0went\n(west)\xE2\x80\x99s.");
  rules::TokenView v;
  rules::tokenize(a.s, v);
  CHECK(token_texts(a.s, v) == std::vector<std::string>{"Crates", " ", "of", " ", "40", "%",
                                                        "\xC2\xA0", "went", "\n", "(", "west", ")",
                                                        "\xE2\x80\x99", "s", "."});
  CHECK(v.tokens[0].kind == TokenKind::kWord);
  CHECK_FALSE(v.tokens[0].lower);
  CHECK(v.tokens[2].lower);
  CHECK(v.tokens[6].kind == TokenKind::kSpace);
  CHECK(v.tokens[8].kind == TokenKind::kBreak);
  CHECK(v.tokens[12].kind == TokenKind::kMark);
  // "40%" is one figure from token 4 to token 6.
  REQUIRE(a.s.quantities.size() == 1);
  REQUIRE(v.figure(4).has_value());
  CHECK(v.figure(4)->figure_end == 6);
  CHECK_FALSE(v.figure(5).has_value());

  // A figure glued to letters still starts and ends a token: "$7bn" in "($7bn)".
  Read b("Paid($7bn)now");
  rules::tokenize(b.s, v);
  REQUIRE(b.s.quantities.size() == 1);
  const ByteSpan q = b.s.quantities[0].span;
  bool begins = false, ends = false;
  for (const rules::Token& t : v.tokens) {
    begins |= t.span.begin == q.begin;
    ends |= t.span.begin == q.end;
  }
  CHECK(begins);
  CHECK(ends);
}

TEST_CASE("a pattern matches its tokens, and nothing when one is missing") {
  static const WordSet kCrates{"crates"};
  std::vector<rules::Rule> rs;
  rs.push_back({.name = "figure crates",
                .pattern = {rules::token({.kinds = kFigure}), rules::token({.kinds = kSpace}),
                            rules::token({.kinds = kWord, .in = &kCrates})},
                .make = whole_match});
  const rules::Table t(std::move(rs));
  CHECK(found(t, "They shipped 412 crates to Lyon.") ==
        std::vector<std::string>{"figure crates: 412 crates"});
  CHECK(found(t, "They shipped 412 boxes and 9 crates.") ==
        std::vector<std::string>{"figure crates: 9 crates"});
  CHECK(found(t, "They shipped 412 boxes.").empty());
  CHECK(found(t, "They shipped crates.").empty());
  CHECK(found(t, "They shipped 412crates.").empty());  // no space: the space test fails
}

TEST_CASE("optional parts and bounded repeats take the longest match") {
  static const WordSet kOld{"old"};
  std::vector<rules::Rule> rs;
  rs.push_back(
      {.name = "figure words",
       .pattern = {rules::token({.kinds = kFigure}),
                   rules::repeat(rules::sequence({rules::token({.kinds = kSpace}),
                                                  rules::token({.kinds = kWord, .not_in = &kOld})}),
                                 1, 3),
                   rules::optional(rules::sequence({rules::token({.kinds = kSpace}),
                                                    rules::token({.kinds = kWord, .in = &kOld})}))},
       .make = whole_match});
  const rules::Table t(std::move(rs));
  CHECK(found(t, "Some 31 blue cars") == std::vector<std::string>{"figure words: 31 blue cars"});
  // Three words at most, then the optional "old" is not there: the match stops after three.
  CHECK(found(t, "Some 31 big blue fast cars") ==
        std::vector<std::string>{"figure words: 31 big blue fast"});
  CHECK(found(t, "Some 31 blue cars old") ==
        std::vector<std::string>{"figure words: 31 blue cars old"});
  CHECK(found(t, "Some 31, blue").empty());
}

TEST_CASE("a look ahead reads nothing and may accept the sentence's end") {
  std::vector<rules::Rule> rs;
  rs.push_back(
      {.name = "figure then space or end",
       .pattern = {rules::token({.kinds = kFigure}), rules::ahead({.kinds = kSpace, .end = true})},
       .make = whole_match});
  const rules::Table t(std::move(rs));
  CHECK(found(t, "It cost $84 in all") ==
        std::vector<std::string>{"figure then space or end: $84"});
  CHECK(found(t, "It cost $84") == std::vector<std::string>{"figure then space or end: $84"});
  CHECK(found(t, "It cost $84.").empty());
}

TEST_CASE("a negated look ahead reads nothing and fails where its pattern of tokens matches") {
  // "a year" is no rate before "earlier" or "ago", nor before "on" at a clause's end.
  static const WordSet kA{"a"}, kYear{"year"}, kBack{"earlier", "ago"}, kOn{"on"},
      kClauseEnd{",", ".", ";"};
  constexpr std::uint8_t kMark = rules::kinds({TokenKind::kMark});
  std::vector<rules::Rule> rs;
  rs.push_back(
      {.name = "a year",
       .pattern = {rules::token({.kinds = kFigure}), rules::token({.kinds = kSpace}),
                   rules::token({.kinds = kWord, .in = &kA}), rules::token({.kinds = kSpace}),
                   rules::token({.kinds = kWord, .in = &kYear}),
                   rules::not_ahead(rules::sequence(
                       {rules::token({.kinds = kSpace}),
                        rules::either({rules::token({.kinds = kWord, .in = &kBack}),
                                       rules::sequence({rules::token({.kinds = kWord, .in = &kOn}),
                                                        rules::ahead({.kinds = kMark,
                                                                      .in = &kClauseEnd,
                                                                      .end = true})})})}))},
       .make = whole_match});
  const rules::Table t(std::move(rs));
  CHECK(found(t, "It costs $5 a year to run") == std::vector<std::string>{"a year: $5 a year"});
  CHECK(found(t, "It spends $5 a year on lights.") ==
        std::vector<std::string>{"a year: $5 a year"});
  CHECK(found(t, "It costs $5 a year") == std::vector<std::string>{"a year: $5 a year"});
  CHECK(found(t, "It cost $5 a year earlier.").empty());
  CHECK(found(t, "It cost $5 a year ago").empty());
  CHECK(found(t, "It cost $5 a year on, and more").empty());
  CHECK(found(t, "It cost $5 a year on").empty());
  // The look ahead's own repeats: "a year" not before one or more words ending in "ago".
  std::vector<rules::Rule> rs2;
  rs2.push_back(
      {.name = "a year",
       .pattern = {rules::token({.kinds = kWord, .in = &kA}), rules::token({.kinds = kSpace}),
                   rules::token({.kinds = kWord, .in = &kYear}),
                   rules::not_ahead(rules::sequence(
                       {rules::repeat(rules::sequence({rules::token({.kinds = kSpace}),
                                                       rules::token({.kinds = kWord})}),
                                      0, rules::kMany),
                        rules::token({.kinds = kSpace}),
                        rules::token({.kinds = kWord, .in = &kBack})}))},
       .make = whole_match});
  const rules::Table t2(std::move(rs2));
  CHECK(found(t2, "paid a year in full") == std::vector<std::string>{"a year: a year"});
  CHECK(found(t2, "paid a year or so ago").empty());
}

// "per month per developer": each round of part 1, a repeat, is one "per" step; its last token
// is what the amount is per.
std::optional<Claim> per_each_round(const SentenceWork& s, const rules::Parts& p) {
  Claim c;
  c.kind = ClaimKind::kRate;
  c.span = {p.span(0).begin, p.span(1).end};
  for (std::size_t r = 0; r < p.rounds(1); ++r) {
    const std::span<const rules::Token> round = p.round(1, r);
    const rules::Token& unit = round.back();
    c.per.emplace_back(s.text.substr(unit.span.begin, unit.span.size()));
  }
  return c;
}

TEST_CASE("a production reads each round of a repeat, the path the match took") {
  static const WordSet kPer{"per", "a"};
  std::vector<rules::Rule> rs;
  rs.push_back(
      {.name = "per steps",
       .pattern = {rules::token({.kinds = kFigure}),
                   rules::repeat(rules::sequence({rules::token({.kinds = kSpace}),
                                                  rules::token({.kinds = kWord, .in = &kPer}),
                                                  rules::token({.kinds = kSpace}),
                                                  rules::token({.kinds = kWord})}),
                                 1, rules::kMany)},
       .make = per_each_round});
  const rules::Table t(std::move(rs));
  struct Case {
    std::string_view text;
    std::vector<std::string> per;
  };
  const Case cases[] = {
      {"It costs $199 per month per developer, billed yearly.", {"month", "developer"}},
      {"It costs $5 a share", {"share"}},
      {"Fees of $12 per seat a month per team apply", {"seat", "month", "team"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Read sentence(c.text);
    const std::vector<rules::Table::Found> got = t.match(sentence.s);
    REQUIRE(got.size() == 1);
    CHECK(got[0].claim.per == c.per);
  }
  Read none("It costs $199 in all");
  CHECK(t.match(none.s).empty());
}

TEST_CASE("of competing values, the longer wins, then the higher priority, then the first rule") {
  static const WordSet kCrates2{"crates"}, kFull{"full"};
  const rules::Node figure = rules::token({.kinds = kFigure});
  const rules::Node space = rules::token({.kinds = kSpace});
  const rules::Node crates = rules::token({.kinds = kWord, .in = &kCrates2});
  const rules::Node full = rules::token({.kinds = kWord, .in = &kFull});
  {
    std::vector<rules::Rule> rs;
    rs.push_back(
        {.name = "short", .pattern = {figure, space, crates}, .make = whole_match, .priority = 5});
    rs.push_back(
        {.name = "long", .pattern = {figure, space, crates, space, full}, .make = whole_match});
    const rules::Table t(std::move(rs));
    // Longer wins over a higher priority.
    CHECK(found(t, "It made 56 crates full.") == std::vector<std::string>{"long: 56 crates full"});
    // Where the long rule does not match, the short one stands.
    CHECK(found(t, "It made 56 crates.") == std::vector<std::string>{"short: 56 crates"});
  }
  {
    std::vector<rules::Rule> rs;
    rs.push_back({.name = "low", .pattern = {figure, space, crates}, .make = whole_match});
    rs.push_back(
        {.name = "high", .pattern = {figure, space, crates}, .make = whole_match, .priority = 1});
    rs.push_back({.name = "high too",
                  .pattern = {figure, space, crates},
                  .make = whole_match,
                  .priority = 1});
    const rules::Table t(std::move(rs));
    // Same span: the higher priority wins, and of two equal the one written first.
    CHECK(found(t, "It made 56 crates.") == std::vector<std::string>{"high: 56 crates"});
  }
  {
    // Values that do not overlap all stand, in text order.
    std::vector<rules::Rule> rs;
    rs.push_back({.name = "t", .pattern = {figure, space, crates}, .make = whole_match});
    const rules::Table t(std::move(rs));
    CHECK(found(t, "It made 56 crates, then 71 crates.") ==
          std::vector<std::string>{"t: 56 crates", "t: 71 crates"});
  }
}

TEST_CASE("a production that is not sure yields nothing and blocks no other rule") {
  static const WordSet kCrates2{"crates"}, kFull{"full"};
  const rules::Node figure = rules::token({.kinds = kFigure});
  const rules::Node space = rules::token({.kinds = kSpace});
  std::vector<rules::Rule> rs;
  rs.push_back({.name = "unsure long",
                .pattern = {figure, space, rules::token({.kinds = kWord, .in = &kCrates2}), space,
                            rules::token({.kinds = kWord, .in = &kFull})},
                .make = unsure,
                .priority = 9});
  rs.push_back({.name = "sure short",
                .pattern = {figure, space, rules::token({.kinds = kWord, .in = &kCrates2})},
                .make = whole_match});
  const rules::Table t(std::move(rs));
  CHECK(found(t, "It made 56 crates full.") == std::vector<std::string>{"sure short: 56 crates"});

  std::vector<rules::Rule> only;
  only.push_back({.name = "unsure", .pattern = {figure}, .make = unsure});
  CHECK(found(rules::Table(std::move(only)), "It made 56 crates.").empty());
}

TEST_CASE("a figure another claim took is offered to no rule, and winners take theirs") {
  std::vector<rules::Rule> rs;
  rs.push_back(
      {.name = "figure", .pattern = {rules::token({.kinds = kFigure})}, .make = whole_match});
  const rules::Table t(std::move(rs));
  Read a("It made 56 crates and 71 crates.");
  REQUIRE(a.s.quantities.size() == 2);
  a.s.taken[0] = true;
  std::vector<Claim> out;
  t.apply(a.s, out);
  REQUIRE(out.size() == 1);
  CHECK(a.s.text.substr(out[0].span.begin, out[0].span.size()) == "71");
  CHECK(a.s.taken[1]);
  out.clear();
  t.apply(a.s, out);
  CHECK(out.empty());
}

TEST_CASE("a table whose words the sentence lacks is not tried") {
  static const WordSet kVia{"via"};
  std::vector<rules::Rule> rs;
  rs.push_back(
      {.name = "figure", .pattern = {rules::token({.kinds = kFigure})}, .make = whole_match});
  const rules::Table t(std::move(rs), &kVia);
  CHECK(found(t, "It made 56 crates.").empty());
  CHECK(found(t, "It made 56 crates via rail.") == std::vector<std::string>{"figure: 56"});
}

TEST_CASE("a share's whole stops at a stop word, an ending, punctuation or four words") {
  struct Case {
    std::string_view text;
    std::string_view whole;  // empty: no share
  };
  const Case cases[] = {
      {"Rail took 37% of freight tonnage last year.", "freight tonnage"},
      {"Rail took 37% of In-house freight volume, said Ana.", "In-house freight volume"},
      {"Rail took 37% of the fleet\xE2\x80\x99s hours.", "the fleet\xE2\x80\x99s hours"},
      {"Rail took 37% of long haul bulk grain freight.", "long haul bulk grain"},
      {"Rail took 37% of freight, then less.", "freight"},
      // A typeset space after the whole is no part of it.
      {"Rail took 37% of freight\xC2\xA0in 2025.", "freight"},
      {"Rail took 37% of freight\xE2\x80\x89tonnage\xE2\x80\x89in 2025.",
       "freight\xE2\x80\x89tonnage"},
      {"Rail took 37% of cargo (mostly ore).", "cargo"},
      {"Rail took 37% of cargo quietly.", "cargo"},
      {"Rail took 37% of cargo shipped north.", "cargo"},
      {"Rail took 37% of Which cargo.", ""},
      {"Rail took 37% of which cargo.", ""},
      {"Rail took 37% of freight!", ""},
      {"Rail took 37% Of freight.", ""},
      {"Rail took 31-37% of freight.", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Claims claims = extract(c.text);
    const Claim* share = nullptr;
    for (const Claim& cl : claims.claims) {
      if (cl.kind == ClaimKind::kShare) share = &cl;
    }
    if (c.whole.empty()) {
      CHECK(share == nullptr);
    } else {
      REQUIRE(share != nullptr);
      CHECK(share->whole == c.whole);
    }
  }
}

TEST_CASE(
    "a shortest-first repeat stops at the first end a rule that keeps its first match allows") {
  static const WordSet kEach{"each"};
  static const WordSet kPeriod{"year", "month"};
  auto words_then_period = [](bool lazy, bool first) {
    const rules::Node word =
        rules::sequence({rules::token({.kinds = kSpace}), rules::token({.kinds = kWord})});
    std::vector<rules::Rule> rs;
    rs.push_back(
        {.name = "later period",
         .pattern = {rules::token({.kinds = kFigure}),
                     lazy ? rules::lazy_repeat(word, 0, 5) : rules::repeat(word, 0, 5),
                     rules::token({.kinds = kSpace}), rules::token({.kinds = kWord, .in = &kEach}),
                     rules::token({.kinds = kSpace}),
                     rules::token({.kinds = kWord, .in = &kPeriod})},
         .make = whole_match,
         .first = first});
    return std::make_unique<rules::Table>(std::move(rs));
  };
  constexpr std::string_view kTwice = "It paid 40 to staff each month and each year.";
  // Shortest first, first match: the nearer period.
  CHECK(found(*words_then_period(true, true), kTwice) ==
        std::vector<std::string>{"later period: 40 to staff each month"});
  // Longest first, first match: the farther one within five words.
  CHECK(found(*words_then_period(false, true), kTwice) ==
        std::vector<std::string>{"later period: 40 to staff each month and each year"});
  // Without first-match the longest end wins whatever the repeat prefers.
  CHECK(found(*words_then_period(true, false), kTwice) ==
        std::vector<std::string>{"later period: 40 to staff each month and each year"});
  // The bound still holds: six words on is too far.
  CHECK(found(*words_then_period(true, true), "It paid 40 to a b c d e each year.").empty());
  CHECK(found(*words_then_period(true, true), "It paid 40 to a b c d each year.") ==
        std::vector<std::string>{"later period: 40 to a b c d each year"});
}

TEST_CASE("a rule that keeps its first match tries its alternation in order") {
  static const WordSet kA{"alpha"}, kB{"beta"};
  const rules::Node a =
      rules::sequence({rules::token({.kinds = kSpace}), rules::token({.kinds = kWord, .in = &kA})});
  const rules::Node ab = rules::sequence(
      {a, rules::token({.kinds = kSpace}), rules::token({.kinds = kWord, .in = &kB})});
  for (const bool first : {true, false}) {
    std::vector<rules::Rule> rs;
    rs.push_back({.name = "r",
                  .pattern = {rules::token({.kinds = kFigure}), rules::either({a, ab})},
                  .make = whole_match,
                  .first = first});
    const rules::Table t(std::move(rs));
    CHECK(found(t, "Got 7 alpha beta.") ==
          std::vector<std::string>{first ? "r: 7 alpha" : "r: 7 alpha beta"});
  }
}

TEST_CASE("a phrase test reads a lexicon phrase of several tokens, the longest first") {
  // rates.tsv: "per annum", "annual run rate", "run rate" (any case); "p.a.", "in ARR" (cased).
  static const rules::Phrases kAdverb({"per-period-adverb"});
  static const rules::Phrases kCased({"per-period-adverb-cased"}, true);
  auto table = [](const rules::Phrases& p) {
    std::vector<rules::Rule> rs;
    rs.push_back({.name = "rate",
                  .pattern = {rules::token({.kinds = kFigure}), rules::token({.kinds = kSpace}),
                              rules::phrase(p)},
                  .make = whole_match});
    return std::make_unique<rules::Table>(std::move(rs));
  };
  const auto adverb = table(kAdverb);
  const auto cased = table(kCased);
  CHECK(found(*adverb, "A fee of $40 per annum.") ==
        std::vector<std::string>{"rate: $40 per annum"});
  CHECK(found(*adverb, "A fee of $40 Per Annum.") ==
        std::vector<std::string>{"rate: $40 Per Annum"});
  // The longest phrase, not "annual" alone nor a shorter one that also matches.
  CHECK(found(*adverb, "It reached $9m annual run-rate today.") ==
        std::vector<std::string>{"rate: $9m annual run-rate"});
  CHECK(found(*adverb, "It reached $9m annual run rate today.") ==
        std::vector<std::string>{"rate: $9m annual run rate"});
  // A phrase's space is ASCII spaces only, as the lexicon's alternation writes it.
  CHECK(found(*adverb, "A fee of $40 per\tannum.").empty());
  CHECK(found(*adverb, "A fee of $40 per capita.").empty());
  CHECK(found(*cased, "It pays 4% p.a. on deposits.") == std::vector<std::string>{"rate: 4% p.a."});
  CHECK(found(*cased, "It has $12 million in ARR now.") ==
        std::vector<std::string>{"rate: $12 million in ARR"});
  CHECK(found(*cased, "It has $12 million in arr now.").empty());  // cased: as written only
  // entry() names the row a match read.
  Read r("$40 per annum");
  rules::TokenView v;
  rules::tokenize(r.s, v);
  const std::size_t i = v.index_at(4);
  REQUIRE(i != std::string_view::npos);
  std::vector<std::size_t> ends;
  kAdverb.match(r.s, v, i, ends);
  REQUIRE(ends.size() == 1);
  const lexicon::Entry* e =
      kAdverb.entry(r.s, std::span<const rules::Token>(v.tokens).subspan(i, ends[0] - i));
  REQUIRE(e != nullptr);
  CHECK(e->word == "per annum");
  CHECK(e->value == "year");
}
