// The five change-statement checks on claims built by hand: consistent and inconsistent
// statements, the boundaries of the rounding rule, and each named slip.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "checker/checker.h"
#include "checker/interval.h"

namespace factcheck {
namespace {

// A figure as the extractor would give it: value ± half a unit of its last written digit.
Quantity fig(std::string_view text, double value, int decimals, double scale, std::string unit,
             Hedge hedge = Hedge::kNone) {
  Quantity q;
  q.text = text;
  q.value = value;
  q.decimals = decimals;
  q.scale = scale;
  q.unit = std::move(unit);
  q.hedge_kind = hedge;
  const double half = decimals >= 0 ? 0.5 * std::pow(10.0, -decimals) * scale : 0;
  const Interval i = apply_hedge({value - half, value + half}, hedge, value);
  q.low = i.low;
  q.high = i.high;
  return q;
}

Quantity money(std::string_view text, double millions, int decimals) {
  return fig(text, millions * 1e6, decimals, 1e6, "USD");
}
Quantity billions(std::string_view text, double bn, int decimals) {
  return fig(text, bn * 1e9, decimals, 1e9, "USD");
}
Quantity pct(std::string_view text, double v, int decimals = 0) {
  return fig(text, v, decimals, 1, "%");
}
Quantity plain(std::string_view text, double v, int decimals) {
  return fig(text, v, decimals, 1, "unspecified");
}
Quantity word(std::string_view text, double factor, Hedge hedge = Hedge::kNone) {
  Quantity q = fig(text, factor, -1, 1, "x");
  q.is_word = true;
  q.hedge_kind = hedge;
  return q;
}
Quantity multiple_range(std::string_view text, double low, double high) {
  Quantity q = fig(text, (low + high) / 2, 0, 1, "x");
  q.is_range = true;
  q.low = low - 0.5;
  q.high = high + 0.5;
  return q;
}

struct Statement {
  std::optional<Quantity> old_value;
  std::optional<Quantity> new_value;
  std::vector<Quantity> changes;
  Direction direction = Direction::kNone;
  std::string word;
  std::string metric = "revenue";
  ClaimKind kind = ClaimKind::kPercentChange;
  std::string text = "0123456789";  // the claim's text; its span covers all of it
};

Claim claim_of(const Statement& s) {
  Claim c;
  c.id = "c1";
  c.kind = s.kind;
  c.span = {0, s.text.size()};
  c.old_value = s.old_value;
  c.new_value = s.new_value;
  c.changes = s.changes;
  c.direction = s.direction;
  c.direction_word = s.word;
  c.metric = s.metric;
  return c;
}

const Check& check_named(std::string_view id) {
  for (const auto& c : registry()) {
    if (c->id() == id) return *c;
  }
  FAIL("no check " << id);
  throw;  // unreachable: FAIL throws
}

std::vector<Finding> run(std::string_view id, const Statement& s) {
  Claims claims;
  claims.text = s.text;
  claims.claims.push_back(claim_of(s));
  FindingSink sink;
  check_named(id).run(claims, sink);
  return sink.findings();
}

// The one finding a check gives, or a finding of severity note with check "none" when it gives
// none (so a table can say "nothing").
struct Verdict {
  bool any = false;
  Severity severity = Severity::kNote;
  std::string slip;
  std::string message;
  std::string explanation;
};

Verdict verdict_of(std::string_view id, const Statement& s) {
  const auto findings = run(id, s);
  REQUIRE(findings.size() <= 1);
  if (findings.empty()) return {};
  const Finding& f = findings.front();
  CHECK(f.check == id);
  CHECK(f.claims == std::vector<std::string>{"c1"});
  CHECK(f.span == ByteSpan{0, s.text.size()});
  CHECK_FALSE(f.message.empty());
  CHECK(f.message.back() != '.');
  CHECK(std::isupper(static_cast<unsigned char>(f.message.front())) == 0);
  CHECK(f.message.find('\n') == std::string::npos);
  return {true, f.severity, f.slip, f.message, f.explanation};
}

constexpr auto kUp = Direction::kIncrease;
constexpr auto kDown = Direction::kDecrease;
constexpr auto kPass = Severity::kPass;
constexpr auto kError = Severity::kError;
constexpr auto kWarning = Severity::kWarning;

constexpr std::string_view kWrongBase = "change computed against the new value instead of the old";
constexpr std::string_view kReversed = "direction reversed";
constexpr std::string_view kScale = "million taken for billion";

struct Case {
  std::string_view name;
  Statement statement;
  bool any;
  Severity severity;
  std::string_view slip = {};
  bool by_rounding = false;
};

void run_table(std::string_view id, const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const Verdict v = verdict_of(id, c.statement);
    CAPTURE(v.message);
    CAPTURE(v.explanation);
    REQUIRE(v.any == c.any);
    if (!c.any) continue;
    CHECK(v.severity == c.severity);
    CHECK(v.slip == c.slip);
    if (c.severity == kPass) {
      CHECK((v.explanation.find("only within rounding") != std::string::npos) == c.by_rounding);
    }
  }
}

TEST_CASE("percent-change allows for rounding of every figure") {
  const auto four = plain("4.0", 4.0, 1);
  const auto five = plain("5.0", 5.0, 1);
  run_table(
      "percent-change",
      {
          {"up 25%", {four, five, {pct("25%", 25)}, kUp, "rose"}, true, kPass, {}, false},
          {"up 24%", {four, five, {pct("24%", 24)}, kUp, "rose"}, true, kPass, {}, true},
          {"up 28%: edge", {four, five, {pct("28%", 28)}, kUp, "rose"}, true, kPass, {}, true},
          {"up 29%", {four, five, {pct("29%", 29)}, kUp, "rose"}, true, kError},
          {"up 22%: edge", {four, five, {pct("22%", 22)}, kUp, "rose"}, true, kPass, {}, true},
          {"up 21%", {four, five, {pct("21%", 21)}, kUp, "rose"}, true, kError},
          {"up 20%: against the new value",
           {four, five, {pct("20%", 20)}, kUp, "rose"},
           true,
           kError,
           kWrongBase},
          {"no direction word", {four, five, {pct("25%", 25)}, Direction::kNone, ""}, true, kPass},
      });
}

TEST_CASE("percent-change on statements modelled on real copy") {
  run_table(
      "percent-change",
      {
          {"a 45% decline from $219 million to $120 million",
           {money("$219 million", 219, 0),
            money("$120 million", 120, 0),
            {pct("45%", 45)},
            kDown,
            "decline"},
           true,
           kPass},
          {"fell from $2.4 billion to $1.5 billion, a 38% erosion",
           {billions("$2.4 billion", 2.4, 1),
            billions("$1.5 billion", 1.5, 1),
            {pct("38%", 38)},
            kDown,
            "erosion"},
           true,
           kPass},
          {"profits jumped 76% to $1.13bn from $639m (needs rounding)",
           {money("$639m", 639, 0), billions("$1.13bn", 1.13, 2), {pct("76%", 76)}, kUp, "jumped"},
           true,
           kPass,
           {},
           true},
          {"a 45% rise from $219 million to $120 million",
           {money("$219 million", 219, 0),
            money("$120 million", 120, 0),
            {pct("45%", 45)},
            kUp,
            "rise"},
           true,
           kError,
           kReversed},
          {"sales fell 83% to $1.2bn from $7.0bn, computed on the new value: 483%",
           {billions("$7.0bn", 7.0, 1),
            billions("$1.2bn", 1.2, 1),
            {pct("483%", 483)},
            kDown,
            "fell"},
           true,
           kError,
           kWrongBase},
          {"rose 20% to $1.2 billion from $1.0 million",
           {money("$1.0 million", 1.0, 1),
            billions("$1.2 billion", 1.2, 1),
            {pct("20%", 20)},
            kUp,
            "rose"},
           true,
           kError,
           kScale},
          {"an improvement of 52% on an operating loss of $4.4 billion to $2.1 billion",
           {billions("$4.4 billion", 4.4, 1),
            billions("$2.1 billion", 2.1, 1),
            {pct("52%", 52)},
            kUp,
            "improvement",
            "operating loss"},
           true,
           kPass},
          {"the same loss said to improve 30%",
           {billions("$4.4 billion", 4.4, 1),
            billions("$2.1 billion", 2.1, 1),
            {pct("30%", 30)},
            kUp,
            "improvement",
            "operating loss"},
           true,
           kError},
          {"rose 50% from a loss of $3.0 million to $1.5 million: no base",
           {money("$3.0 million", -3.0, 1),
            money("$1.5 million", 1.5, 1),
            {pct("50%", 50)},
            kUp,
            "rose"},
           false,
           kPass},
          {"margin from 10% to 12%, a 2% increase: left to percentage-points",
           {pct("10%", 10), pct("12%", 12), {pct("2%", 2)}, kUp, "rose", "margin"},
           false,
           kPass},
          {"margin from 10% to 12%, a 20% increase",
           {pct("10%", 10), pct("12%", 12), {pct("20%", 20)}, kUp, "rose", "margin"},
           true,
           kPass},
          {"margin from 10% to 12%, a 35% increase",
           {pct("10%", 10), pct("12%", 12), {pct("35%", 35)}, kUp, "rose", "margin"},
           true,
           kError},
          {"a percent hedged with about widens: about 30% from 4.0 to 5.0",
           {plain("4.0", 4, 1),
            plain("5.0", 5, 1),
            {fig("about 30%", 30, 0, 1, "%", Hedge::kAbout)},
            kUp,
            "rose"},
           true,
           kPass,
           {},
           true},
          {"more than 20% from 4.0 to 5.0",
           {plain("4.0", 4, 1),
            plain("5.0", 5, 1),
            {fig("more than 20%", 20, 0, 1, "%", Hedge::kMoreThan)},
            kUp,
            "rose"},
           true,
           kPass},
      });
}

TEST_CASE("percent-change checks a percent against a difference when one value is written") {
  run_table("percent-change",
            {
                {"increased $54 million, or 6%, to $900 million",
                 {std::nullopt,
                  money("$900 million", 900, 0),
                  {money("$54 million", 54, 0), pct("6%", 6)},
                  kUp,
                  "increased"},
                 true,
                 kPass},
                {"decreased $35 million, or 10%, to $319 million",
                 {std::nullopt,
                  money("$319 million", 319, 0),
                  {money("$35 million", 35, 0), pct("10%", 10)},
                  kDown,
                  "decreased"},
                 true,
                 kPass},
                {"decreased $44 million, or 8.5%, to $477.8 million (needs rounding)",
                 {std::nullopt,
                  money("$477.8 million", 477.8, 1),
                  {money("$44 million", 44, 0), pct("8.5%", 8.5, 1)},
                  kDown,
                  "decreased"},
                 true,
                 kPass,
                 {},
                 true},
                {"increased $54 million, or 9%, to $900 million",
                 {std::nullopt,
                  money("$900 million", 900, 0),
                  {money("$54 million", 54, 0), pct("9%", 9)},
                  kUp,
                  "increased"},
                 true,
                 kError},
                {"increased $90 million, or 10%, to $900 million: against the new value",
                 {std::nullopt,
                  money("$900 million", 900, 0),
                  {money("$90 million", 90, 0), pct("10%", 10)},
                  kUp,
                  "increased"},
                 true,
                 kError,
                 kWrongBase},
                {"increased $54 thousand, or 6%, to $900 million",
                 {std::nullopt,
                  money("$900 million", 900, 0),
                  {fig("$54 thousand", 54e3, 0, 1e3, "USD"), pct("6%", 6)},
                  kUp,
                  "increased"},
                 true,
                 kError,
                 kScale},
                {"up 4p, or nearly 1%, to 548p",
                 {std::nullopt,
                  fig("548p", 5.48, 2, 1, "GBP"),
                  {fig("4p", 0.04, 2, 1, "GBP"), fig("nearly 1%", 1, 0, 1, "%", Hedge::kNearly)},
                  kUp,
                  "rose"},
                 true,
                 kPass},
                {"from $846 million, up $54 million, or 6%",
                 {money("$846 million", 846, 0),
                  std::nullopt,
                  {money("$54 million", 54, 0), pct("6%", 6)},
                  kUp,
                  "up"},
                 true,
                 kPass},
                {"a percent and no difference: nothing to check",
                 {std::nullopt, money("$900 million", 900, 0), {pct("6%", 6)}, kUp, "increased"},
                 false,
                 kPass},
            });
}

TEST_CASE("percent-change messages give the numbers") {
  const Verdict v = verdict_of(
      "percent-change", {plain("4.0", 4, 1), plain("5.0", 5, 1), {pct("20%", 20)}, kUp, "rose"});
  CHECK(v.message ==
        "reported 20% increase does not follow from 4.0 to 5.0 (+22.2% to +27.8% allowing for "
        "rounding)");
  CHECK(v.explanation.find("(5.0 \u2212 4.0) / 4.0 = +25.0%") == 0);
  CHECK(v.explanation.find("stated 20% increase allows +19.5% to +20.5%: inconsistent") !=
        std::string::npos);
  const Verdict ok = verdict_of("percent-change", {money("$219 million", 219, 0),
                                                   money("$120 million", 120, 0),
                                                   {pct("45%", 45)},
                                                   kDown,
                                                   "decline"});
  CHECK(ok.message ==
        "reported 45% decrease follows from $219 million to $120 million (\u221245.2%)");
}

TEST_CASE("change-direction judges the word against the order of the values") {
  run_table(
      "change-direction",
      {
          {"fell from $219 million to $120 million",
           {money("$219 million", 219, 0), money("$120 million", 120, 0), {}, kDown, "fell"},
           true,
           kPass},
          {"fell from $120 million to $219 million",
           {money("$120 million", 120, 0), money("$219 million", 219, 0), {}, kDown, "fell"},
           true,
           kError,
           kReversed},
          {"rose from 4.1 to 4.1",
           {plain("4.1", 4.1, 1), plain("4.1", 4.1, 1), {}, kUp, "rose"},
           true,
           kPass},
          {"fell from 4.1 to 4.2: rounding intervals touch",
           {plain("4.1", 4.1, 1), plain("4.2", 4.2, 1), {}, kDown, "fell"},
           true,
           kPass},
          {"fell from 4.1 to 4.3",
           {plain("4.1", 4.1, 1), plain("4.3", 4.3, 1), {}, kDown, "fell"},
           true,
           kError,
           kReversed},
          {"an improvement of an operating loss from $2.2 billion to $1.1 billion",
           {billions("$2.2 billion", 2.2, 1),
            billions("$1.1 billion", 1.1, 1),
            {},
            kUp,
            "improvement",
            "operating loss"},
           true,
           kPass},
          {"the rupee climbed to 43.305 per US dollar, up from 43.41: an exchange rate",
           {plain("43.41", 43.41, 2),
            plain("43.305", 43.305, 3),
            {},
            kUp,
            "climbed",
            "rupee",
            ClaimKind::kDifference,
            "the rupee climbed to 43.305 per US dollar, up from 43.41"},
           false,
           kPass},
          {"the rupee climbed to 43.305, up from 43.41, without the rate: judged",
           {plain("43.41", 43.41, 2), plain("43.305", 43.305, 3), {}, kUp, "climbed", "rupee"},
           true,
           kError,
           kReversed},
          {"10.4% was lower than the federal rate of 21.0%: a comparison",
           {pct("10.4%", 10.4, 1),
            pct("21.0%", 21.0, 1),
            {},
            kDown,
            "lower",
            "tax rate",
            ClaimKind::kDifference,
            "10.4% was lower than the federal rate of 21.0%"},
           false,
           kPass},
          {"48 million cards in default, down from one in eight: not one quantity",
           {plain("eight", 8, 0), fig("48 million", 48e6, 0, 1e6, "count"), {}, kDown, "down"},
           false,
           kPass},
          {"churn improved to 0.89% from 0.97%: a judging word",
           {pct("0.97%", 0.97, 2), pct("0.89%", 0.89, 2), {}, kUp, "improved", "churn"},
           true,
           kPass},
          {"operating loss increased from $3 million to $18 million",
           {money("$3 million", 3, 0),
            money("$18 million", 18, 0),
            {},
            kUp,
            "increased",
            "operating loss"},
           true,
           kPass},
          {"margin fell to -4.2% from -9.8%: signed figures",
           {pct("-9.8%", -9.8, 1), pct("-4.2%", -4.2, 1), {}, kDown, "fell", "EBITDA margin"},
           true,
           kError,
           kReversed},
          {"operating loss widened to $31 million from $36 million",
           {money("$36 million", 36, 0),
            money("$31 million", 31, 0),
            {},
            kUp,
            "widened",
            "operating loss"},
           true,
           kError,
           kReversed},
          {"increased from a loss of $11.8 million to $3.1 million",
           {money("$11.8 million", -11.8, 1), money("$3.1 million", 3.1, 1), {}, kUp, "increased"},
           true,
           kPass},
          {"compress to 3-4x, down from 12-15x",
           {multiple_range("12-15x", 12, 15),
            multiple_range("3-4x", 3, 4),
            {},
            kDown,
            "down",
            "valuation multiples",
            ClaimKind::kMultiple},
           true,
           kPass},
          {"rise to 3-4x from 12-15x",
           {multiple_range("12-15x", 12, 15),
            multiple_range("3-4x", 3, 4),
            {},
            kUp,
            "rise",
            "valuation multiples",
            ClaimKind::kMultiple},
           true,
           kError,
           kReversed},
          {"no direction word",
           {money("$120 million", 120, 0), money("$219 million", 219, 0), {}, Direction::kNone, ""},
           false,
           kPass},
      });
}

TEST_CASE("multiple counts multiplier words as whole numbers") {
  auto eur = [](std::string_view text, double m, int d) {
    return fig(text, m * 1e6, d, 1e6, "EUR");
  };
  run_table("multiple", {
                            {"doubled to EUR 2,686.2 million from EUR 1,259.7 million",
                             {eur("EUR 1,259.7", 1259.7, 1),
                              eur("EUR 2,686.2", 2686.2, 1),
                              {word("doubled", 2)},
                              kUp,
                              "doubled",
                              "sales",
                              ClaimKind::kMultiple},
                             true,
                             kPass},
                            {"doubled from $1.3 billion to $4.0 billion",
                             {billions("$1.3 billion", 1.3, 1),
                              billions("$4.0 billion", 4.0, 1),
                              {word("doubled", 2)},
                              kUp,
                              "doubled",
                              "sales",
                              ClaimKind::kMultiple},
                             true,
                             kError},
                            {"doubled from $1.0 billion to $2.6 billion: only the loose room",
                             {billions("$1.0 billion", 1.0, 1),
                              billions("$2.6 billion", 2.6, 1),
                              {word("doubled", 2)},
                              kUp,
                              "doubled",
                              "sales",
                              ClaimKind::kMultiple},
                             true,
                             kWarning},
                            {"almost tripled to EUR 297.3 million from EUR 107.1 million",
                             {eur("EUR 107.1", 107.1, 1),
                              eur("EUR 297.3", 297.3, 1),
                              {word("almost tripled", 3, Hedge::kNearly)},
                              kUp,
                              "tripled",
                              "sales",
                              ClaimKind::kMultiple},
                             true,
                             kPass},
                            {"halving from 34 cents to 17 cents",
                             {fig("34 cents", 0.34, 2, 1, "USD"),
                              fig("17 cents", 0.17, 2, 1, "USD"),
                              {word("halving", 0.5)},
                              kDown,
                              "halving",
                              "dividend",
                              ClaimKind::kMultiple},
                             true,
                             kPass},
                            {"halved from EUR 2.2 mn to EUR 1.2 mn",
                             {eur("EUR 2.2 mn", 2.2, 1),
                              eur("EUR 1.2 mn", 1.2, 1),
                              {word("halved", 0.5)},
                              kDown,
                              "halved",
                              "profit",
                              ClaimKind::kMultiple},
                             true,
                             kPass},
                            {"halved from EUR 2.2 mn to EUR 0.6 mn",
                             {eur("EUR 2.2 mn", 2.2, 1),
                              eur("EUR 0.6 mn", 0.6, 1),
                              {word("halved", 0.5)},
                              kDown,
                              "halved",
                              "profit",
                              ClaimKind::kMultiple},
                             true,
                             kError},
                            {"doubled from 4.0 to 2.0",
                             {plain("4.0", 4, 1),
                              plain("2.0", 2, 1),
                              {word("doubled", 2)},
                              kUp,
                              "doubled",
                              "sales",
                              ClaimKind::kMultiple},
                             true,
                             kError,
                             kReversed},
                            {"doubled from $1.0 million to $2.0 billion",
                             {money("$1.0 million", 1, 1),
                              billions("$2.0 billion", 2, 1),
                              {word("doubled", 2)},
                              kUp,
                              "doubled",
                              "sales",
                              ClaimKind::kMultiple},
                             true,
                             kError,
                             kScale},
                            {"three times more, from 1.0 to 4.0",
                             {plain("1.0", 1, 1),
                              plain("4.0", 4, 1),
                              {fig("three times", 3, -1, 1, "x")},
                              kUp,
                              "more",
                              "sales",
                              ClaimKind::kMultiple},
                             true,
                             kError},
                            {"only one value: nothing",
                             {std::nullopt,
                              plain("4.0", 4, 1),
                              {word("doubled", 2)},
                              kUp,
                              "doubled",
                              "sales",
                              ClaimKind::kMultiple},
                             false,
                             kPass},
                        });
}

TEST_CASE("multiple reads 'N times more' as N or N + 1 times as much") {
  Claims claims;
  const std::string text = "grew three times more, from 1.0 to 4.0";
  claims.text = text;
  Claim c = claim_of({plain("1.0", 1, 1),
                      plain("4.0", 4, 1),
                      {fig("three times", 3, -1, 1, "x")},
                      kUp,
                      "grew",
                      "sales",
                      ClaimKind::kMultiple});
  c.changes[0].span = {5, 16};
  c.span = {0, text.size()};
  claims.claims.push_back(c);
  FindingSink sink;
  check_named("multiple").run(claims, sink);
  REQUIRE(sink.findings().size() == 1);
  CHECK(sink.findings()[0].severity == kPass);
}

TEST_CASE("a figure followed by 'times' is a multiple whatever its unit") {
  const std::string text = "grew three times to 1.5 million from 520,000";
  Statement s{fig("520,000", 520000, 0, 1, "count"),
              fig("1.5 million", 1.5e6, 1, 1e5, "count"),
              {fig("three", 3, -1, 1, "count")},
              kUp,
              "grew",
              "users",
              ClaimKind::kDifference,
              text};
  s.changes[0].span = {5, 10};
  CHECK_FALSE(verdict_of("difference", s).any);
  const Verdict v = verdict_of("multiple", s);
  CHECK(v.any);
  CHECK(v.severity == kPass);
  s.new_value = fig("2.5 million", 2.5e6, 1, 1e5, "count");
  CHECK(verdict_of("multiple", s).severity == kError);
}

TEST_CASE("difference leaves alone a figure followed by a percent sign") {
  const std::string text = "rose roughly 30\u202f% to 1,410 from 1,090";
  Statement s{fig("1,090", 1090, 0, 1, "count"),
              fig("1,410", 1410, 0, 1, "count"),
              {fig("30", 30, 0, 1, "count")},
              kUp,
              "rose",
              "users",
              ClaimKind::kDifference,
              text};
  s.changes[0].span = {13, 15};
  CHECK_FALSE(verdict_of("difference", s).any);
  s.text = "rose roughly 30 units to 1,410 from 1,090";
  CHECK(verdict_of("difference", s).severity == kWarning);
}

TEST_CASE("difference checks a stated absolute change against new minus old") {
  run_table("difference",
            {
                {"increased $307 million to $2.3 billion from $2.0 billion",
                 {billions("$2.0 billion", 2.0, 1),
                  billions("$2.3 billion", 2.3, 1),
                  {money("$307 million", 307, 0)},
                  kUp,
                  "increased",
                  "revenue",
                  ClaimKind::kDifference},
                 true,
                 kPass,
                 {},
                 true},
                {"increased $507 million to $2.3 billion from $2.0 billion",
                 {billions("$2.0 billion", 2.0, 1),
                  billions("$2.3 billion", 2.3, 1),
                  {money("$507 million", 507, 0)},
                  kUp,
                  "increased",
                  "revenue",
                  ClaimKind::kDifference},
                 true,
                 kError},
                {"increased $14.9 million to $3.1 million from a loss of $11.8 million",
                 {money("$11.8 million", -11.8, 1),
                  money("$3.1 million", 3.1, 1),
                  {money("$14.9 million", 14.9, 1)},
                  kUp,
                  "increased",
                  "net income",
                  ClaimKind::kDifference},
                 true,
                 kPass},
                {"decreased $0.4 million to $12.3 million compared with $12.7 million",
                 {money("$12.7 million", 12.7, 1),
                  money("$12.3 million", 12.3, 1),
                  {money("$0.4 million", 0.4, 1)},
                  kDown,
                  "decreased",
                  "working capital",
                  ClaimKind::kDifference},
                 true,
                 kPass},
                {"decreased $0.5 million: edge of rounding",
                 {money("$12.7 million", 12.7, 1),
                  money("$12.3 million", 12.3, 1),
                  {money("$0.5 million", 0.5, 1)},
                  kDown,
                  "decreased",
                  "working capital",
                  ClaimKind::kDifference},
                 true,
                 kPass,
                 {},
                 true},
                {"decreased $0.6 million: beyond rounding",
                 {money("$12.7 million", 12.7, 1),
                  money("$12.3 million", 12.3, 1),
                  {money("$0.6 million", 0.6, 1)},
                  kDown,
                  "decreased",
                  "working capital",
                  ClaimKind::kDifference},
                 true,
                 kError},
                {"increased $0.4 million to $12.3 million from $12.7 million",
                 {money("$12.7 million", 12.7, 1),
                  money("$12.3 million", 12.3, 1),
                  {money("$0.4 million", 0.4, 1)},
                  kUp,
                  "increased",
                  "working capital",
                  ClaimKind::kDifference},
                 true,
                 kError,
                 kReversed},
                {"increased $300 billion to $2.3 billion from $2.0 billion",
                 {billions("$2.0 billion", 2.0, 1),
                  billions("$2.3 billion", 2.3, 1),
                  {billions("$300 billion", 300, 0)},
                  kUp,
                  "increased",
                  "revenue",
                  ClaimKind::kDifference},
                 true,
                 kError,
                 kScale},
                {"added 412,000, up from 265,000, to 31.4 million: more than ten times off",
                 {fig("265,000", 265000, 0, 1, "count"),
                  fig("31.4 million", 31.4e6, 1, 1e6, "count"),
                  {fig("412,000", 412000, 0, 1, "count")},
                  kUp,
                  "up",
                  "subscribers",
                  ClaimKind::kDifference},
                 true,
                 kWarning},
                {"fell by more than £600 from £190,329 to £189,733: no slip from an open figure",
                 {fig("£190,329", 190329, 0, 1, "GBP"),
                  fig("£189,733", 189733, 0, 1, "GBP"),
                  {fig("more than £600", 600, 0, 1, "GBP", Hedge::kMoreThan)},
                  kDown,
                  "fell",
                  "house price",
                  ClaimKind::kDifference},
                 true,
                 kError},
                {"one value: left to percent-change",
                 {std::nullopt,
                  money("$900 million", 900, 0),
                  {money("$54 million", 54, 0), pct("6%", 6)},
                  kUp,
                  "increased"},
                 false,
                 kPass},
                {"a difference in another currency: left alone",
                 {money("$2.0 billion", 2000, 0),
                  money("$2.3 billion", 2300, 0),
                  {fig("\u00a3500m", 500e6, 0, 1e6, "GBP")},
                  kUp,
                  "increased"},
                 false,
                 kPass},
            });
}

TEST_CASE("difference reads an old value the text calls a loss as negative") {
  struct Case {
    std::string text;
    Severity severity;
  };
  const Case cases[] = {
      {"income of $4.1 million in fiscal 2025 improved $11.2 million from $7.1 million of "
       "operating loss",
       kPass},
      {"income of $4.1 million in fiscal 2025 improved $15.2 million from $7.1 million of "
       "operating loss",
       kError},
      {"income of $4.1 million in fiscal 2025 improved $11.2 million from $7.1 million", kError},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    Statement s{money("$7.1 million", 7.1, 1),
                money("$4.1 million", 4.1, 1),
                {money("$11.2 million", 11.2, 1)},
                kUp,
                "improved",
                "segment operating income",
                ClaimKind::kDifference,
                c.text};
    s.old_value->span.begin = c.text.find("$7.1 million");
    s.old_value->span.end = s.old_value->span.begin + 12;
    s.changes[0].value = c.text.find("$15.2") != std::string::npos ? 15.2e6 : 11.2e6;
    s.changes[0].low = s.changes[0].value - 0.05e6;
    s.changes[0].high = s.changes[0].value + 0.05e6;
    const Verdict v = verdict_of("difference", s);
    CAPTURE(v.explanation);
    CHECK(v.severity == c.severity);
    CHECK((v.explanation.find("called a loss") != std::string::npos) == (c.severity == kPass));
  }
}

TEST_CASE("percentage-points reads changes between two percentages as points") {
  auto margin = [](std::vector<Quantity> changes, Direction d, std::string w) {
    return Statement{pct("40.0%", 40.0, 1), pct("38.7%", 38.7, 1), std::move(changes), d,
                     std::move(w),          "gross margin"};
  };
  auto pp = [](std::string_view text, double v, int d) { return fig(text, v, d, 1, "pp"); };
  run_table(
      "percentage-points",
      {
          {"decreased by 130 basis points to 38.7% from 40.0%",
           margin({pp("130 basis points", 1.3, 1)}, kDown, "decreased"), true, kPass},
          {"decreased by 230 basis points",
           margin({pp("230 basis points", 2.3, 1)}, kDown, "decreased"), true, kError},
          {"increased by 130 basis points",
           margin({pp("130 basis points", 1.3, 1)}, kUp, "increased"), true, kError, kReversed},
          {"decreased by 3.3 points: the percent change",
           margin({pp("3.3 points", 3.3, 1)}, kDown, "decreased"), true, kError,
           "percent taken for percentage points"},
          {"churn improved to 0.89% from 0.97%, an improvement of 8 basis points",
           {pct("0.97%", 0.97, 2),
            pct("0.89%", 0.89, 2),
            {pp("8 basis points", 0.08, 2)},
            kUp,
            "improvement",
            "churn"},
           true,
           kPass},
          {"margin rose from 10% to 12%, a 2% increase",
           {pct("10%", 10), pct("12%", 12), {pct("2%", 2)}, kUp, "rose", "margin"},
           true,
           kError,
           "percentage points taken for percent"},
          {"margin rose from 10% to 12%, a 20% increase",
           {pct("10%", 10), pct("12%", 12), {pct("20%", 20)}, kUp, "rose", "margin"},
           false,
           kPass},
          {"margin rose from 10% to 12%, a 35% increase: percent-change's error",
           {pct("10%", 10), pct("12%", 12), {pct("35%", 35)}, kUp, "rose", "margin"},
           false,
           kPass},
          {"points between amounts: not this check",
           {money("$10 million", 10, 0),
            money("$12 million", 12, 0),
            {pp("2 points", 2, 0)},
            kUp,
            "rose"},
           false,
           kPass},
      });
}

TEST_CASE("hedges on both values widen their relation once, not each value") {
  auto about_m = [](std::string_view text, double m) {
    return fig(text, m * 1e6, 1, 1e6, "USD", Hedge::kAbout);
  };
  const auto old_q = about_m("approximately $6.1 million", 6.1);
  const auto new_q = about_m("approximately $8.4 million", 8.4);
  auto up = [&](Quantity change, std::optional<Quantity> from = std::nullopt) {
    return Statement{from ? *from : old_q, new_q, {std::move(change)}, kUp, "increase"};
  };
  run_table("percent-change",
            {
                // Two independent ±10% widenings would allow +11.1% to +70.8%.
                {"an increase of 68%", up(pct("68%", 68)), true, kError},
                {"an increase of 53%: the edge", up(pct("53%", 53)), true, kPass, {}, true},
                {"an increase of 54%", up(pct("54%", 54)), true, kError},
                {"an increase of 38%", up(pct("38%", 38)), true, kPass},
                {"one value hedged keeps its own widening",
                 up(pct("50%", 50), money("$6.1 million", 6.1, 1)),
                 true,
                 kPass,
                 {},
                 true},
            });
  run_table(
      "difference",
      {
          // Independently: $0.75 to $3.85 million; once: $1.36 to $3.24 million.
          {"an increase of $3.5 million", up(money("$3.5 million", 3.5, 1)), true, kError},
          {"an increase of $3.2 million", up(money("$3.2 million", 3.2, 1)), true, kPass, {}, true},
      });
  auto about = [](std::string_view text, double v) {
    return fig(text, v, 1, 1, "unspecified", Hedge::kAbout);
  };
  auto grew = [&](Quantity multiple) {
    return Statement{about("about 2.0", 2.0),
                     about("about 4.2", 4.2),
                     {std::move(multiple)},
                     kUp,
                     "grew",
                     "sales",
                     ClaimKind::kMultiple};
  };
  run_table("multiple",
            {
                // Independently 1.66x to 2.67x, which "tripled" (2.5x to 3.5x) would reach.
                {"tripled from about 2.0 to about 4.2", grew(word("tripled", 3)), true, kError},
                {"more than doubled from about 2.0 to about 4.2",
                 grew(word("doubled", 2, Hedge::kMoreThan)), true, kPass},
            });
  const Verdict v = verdict_of("percent-change", up(pct("68%", 68)));
  CHECK(v.message.find("+22.0% to +53.4%") != std::string::npos);
  CHECK(v.explanation.find("rule 6") != std::string::npos);
}

TEST_CASE("a plain multiple word says how far the ratio is from the figure it names") {
  auto m = [](std::string_view text, double v) { return money(text, v, 1); };
  auto statement = [](Quantity o, Quantity n, Quantity w, Direction d = kUp) {
    return Statement{std::move(o), std::move(n), {std::move(w)},      d,
                     "doubled",    "sales",      ClaimKind::kMultiple};
  };
  run_table(
      "multiple",
      {
          {"doubled for 1.55x", statement(m("$10.0m", 10), m("$15.5m", 15.5), word("doubled", 2)),
           true, kWarning},
          {"nearly doubled for 1.55x keeps its room",
           statement(m("$10.0m", 10), m("$15.5m", 15.5), word("nearly doubled", 2, Hedge::kNearly)),
           true, kPass},
          {"doubled for 1.9x: the edge below",
           statement(m("$10.0m", 10), m("$19.0m", 19), word("doubled", 2)), true, kPass},
          // +81% misses a tenth of the +100% "doubled" names.
          {"doubled for 1.81x", statement(m("$37.5m", 37.5), m("$68.0m", 68), word("doubled", 2)),
           true, kWarning},
          {"tripled for 2.78x", statement(m("$10.0m", 10), m("$27.8m", 27.8), word("tripled", 3)),
           true, kWarning},
          {"tripled for 2.85x", statement(m("$10.0m", 10), m("$28.5m", 28.5), word("tripled", 3)),
           true, kPass},
          {"doubled for 2.2x: the edge",
           statement(m("$10.0m", 10), m("$22.0m", 22), word("doubled", 2)), true, kPass},
          {"doubled for 2.3x", statement(m("$10.0m", 10), m("$23.0m", 23), word("doubled", 2)),
           true, kWarning},
          {"tripled for 2.6x", statement(m("$4.0m", 4), m("$10.4m", 10.4), word("tripled", 3)),
           true, kWarning},
          {"halved for 0.62x",
           statement(m("$50.0m", 50), m("$31.0m", 31), word("halved", 0.5), kDown), true, kWarning},
          {"halved for 0.48x",
           statement(m("$50.0m", 50), m("$24.0m", 24), word("halved", 0.5), kDown), true, kPass},
          {"more than doubled for 1.73x",
           statement(m("$10.0m", 10), m("$17.3m", 17.3), word("doubled", 2, Hedge::kMoreThan)),
           true, kWarning},
          {"more than doubled for 2.6x",
           statement(m("$10.0m", 10), m("$26.0m", 26), word("doubled", 2, Hedge::kMoreThan)), true,
           kPass},
          {"more than halved for 0.62x",
           statement(m("$50.0m", 50), m("$31.0m", 31), word("halved", 0.5, Hedge::kMoreThan),
                     kDown),
           true, kWarning},
          {"more than halved for 0.4x",
           statement(m("$50.0m", 50), m("$20.0m", 20), word("halved", 0.5, Hedge::kMoreThan),
                     kDown),
           true, kPass},
          {"doubled for 3.1x is still an error",
           statement(m("$10.0m", 10), m("$31.0m", 31), word("doubled", 2)), true, kError},
      });
  const Verdict v =
      verdict_of("multiple", statement(m("$10.0m", 10), m("$15.5m", 15.5), word("doubled", 2)));
  CHECK(v.message == "\"doubled\" for 1.55× ($10.0m to $15.5m) is 22.5% below 2.0×");
  CHECK(v.explanation.find("1.9× to 2.2×") != std::string::npos);
}

TEST_CASE("'more than' far below the figures passes and says it undersells them") {
  auto ten = money("$10 million", 10, 0);
  auto twenty = money("$20 million", 20, 0);
  auto more_than = [](std::string_view text, double v) {
    Quantity q = fig(text, v, 0, 1, "%", Hedge::kMoreThan);
    q.hedge = "more than";
    return q;
  };
  Verdict v = verdict_of("percent-change", {ten, twenty, {more_than("5%", 5)}, kUp, "rose"});
  CHECK(v.severity == kPass);
  CHECK(v.message.find("\"more than 5%\" undersells it") != std::string::npos);
  CHECK(v.explanation.find("20.0 times the stated floor") != std::string::npos);
  v = verdict_of("percent-change", {ten, twenty, {more_than("60%", 60)}, kUp, "rose"});
  CHECK(v.severity == kPass);
  CHECK(v.message.find("undersells") == std::string::npos);
  v = verdict_of("percent-change", {ten, twenty, {pct("5%", 5)}, kUp, "rose"});
  CHECK(v.severity == kError);
}

TEST_CASE("a comparison between two groups names the reading its stated figure fits") {
  auto trial = [](Quantity change, Direction d = kUp, std::string word = "improvement") {
    Statement s{pct("48%", 48),  pct("62%", 62), {std::move(change)}, d,
                std::move(word), "recovered"};
    return s;
  };
  auto as_comparison = [](const Statement& s, std::string_view id) {
    Claims claims;
    claims.text = s.text;
    Claim c = claim_of(s);
    c.comparison = true;
    c.compared_to = "the control arm";
    claims.claims.push_back(c);
    FindingSink sink;
    check_named(id).run(claims, sink);
    return sink.findings();
  };
  // 62% against 48%: 14 points, or +29.2%.
  auto fs = as_comparison(trial(pct("14%", 14)), "percentage-points");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == kError);
  CHECK(fs[0].slip == "percentage points taken for percent");
  CHECK(fs[0].message ==
        "reported 14% increase for 62% against 48% (the control arm) is 14.0 pp read as "
        "points, but +29.2% as a percent change");
  CHECK(as_comparison(trial(pct("14%", 14)), "percent-change").empty());
  fs = as_comparison(trial(pct("29%", 29)), "percent-change");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == kPass);
  CHECK(as_comparison(trial(pct("29%", 29)), "percentage-points").empty());
  fs = as_comparison(trial(fig("14 points", 14, 0, 1, "pp")), "percentage-points");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == kPass);
  fs = as_comparison(trial(pct("20%", 20)), "percent-change");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == kError);
  CHECK(as_comparison(trial(pct("20%", 20)), "percentage-points").empty());

  // "X is 30% lower than Y": Y is the base; 43% is the gap over X.
  auto lower = [](Quantity change) {
    return Statement{money("$100 million", 100, 0),
                     money("$70 million", 70, 0),
                     {std::move(change)},
                     kDown,
                     "lower",
                     "costs"};
  };
  fs = as_comparison(lower(pct("30%", 30)), "percent-change");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == kPass);
  CHECK(fs[0].message.find("$70 million against $100 million") != std::string::npos);
  fs = as_comparison(lower(pct("43%", 43)), "percent-change");
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == kError);
  CHECK(fs[0].slip == kWrongBase);
}

TEST_CASE("the change checks are listed with their sentence") {
  for (std::string_view id :
       {"percent-change", "change-direction", "multiple", "difference", "percentage-points"}) {
    CAPTURE(id);
    const Check& c = check_named(id);
    CHECK(c.summary() != "(to come)");
    CHECK(c.summary().back() != '.');
    CHECK(c.default_severity() == kError);
  }
}

}  // namespace
}  // namespace factcheck
