// The declared-rule engine (extractor/rules.h): its token view, what a pattern matches and does
// not, the precedence between rules that compete, and productions that are not sure.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extractor/extractor.h"
#include "extractor/internal.h"
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
