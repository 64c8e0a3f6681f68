// The change checks on claims placed on text: decreases past the whole amount, statements whose
// new value may be another figure of the sentence, ranges against ranges, and bracketed prior
// figures that make an implied value a comparison.
#include <optional>

#include "tests/checker_context/builder.h"

namespace factcheck::testing {
namespace {

// A percent change with no values: "cut emissions by 300 percent".
Claim& bare_change(Doc& doc, std::string_view needle, std::string_view figure, double value,
                   Direction d, std::string word, std::string metric) {
  Claim& c = doc.add(ClaimKind::kPercentChange, needle);
  const Quantity q = doc.q(figure, value, 0.5, "%");
  c.quantities.push_back(q);
  c.changes.push_back(q);
  c.direction = d;
  c.direction_word = std::move(word);
  c.metric = std::move(metric);
  return c;
}

// A percentage the extractor read alone: "400% less likely".
Claim& lone_percent(Doc& doc, std::string_view figure, double value) {
  Claim& c = doc.add(ClaimKind::kPercent, figure);
  c.quantities.push_back(doc.q(figure, value, 0.5, "%"));
  return c;
}

TEST_CASE("percent-change finds a decrease past 100% of an amount that cannot turn negative") {
  struct Case {
    std::string_view text, needle, figure;
    double value;
    std::string_view metric;
    std::string_view expected;  // worst severity, or "none"
    std::string_view reading;   // words the message must hold
  };
  const Case changes[] = {
      {"The council vowed to cut landfill waste by 300 percent within a decade.",
       "cut landfill waste by 300 percent", "300 percent", 300, "landfill waste", "error",
       "one quarter as much (75.0% less)"},
      {"The airline says it will reduce delays by 150% next year.", "reduce delays by 150%", "150%",
       150, "delays", "error", "0.4 times as much (60.0% less)"},
      {"Shipping costs fell 200% after the new route opened.", "Shipping costs fell 200%", "200%",
       200, "shipping costs", "error", "one third as much"},
      // A metric that can turn negative falls past zero.
      {"Net profit fell 140% as the lender booked a loss.", "Net profit fell 140%", "140%", 140,
       "net profit", "none", ""},
      {"Operating income dropped 180% in the quarter.", "Operating income dropped 180%", "180%",
       180, "operating income", "none", ""},
      {"Its cash flow fell 250% on the year.", "cash flow fell 250%", "250%", 250, "cash flow",
       "none", ""},
      // All of it, or less: possible.
      {"The plant cut its water use by 100% by recycling.", "cut its water use by 100%", "100%",
       100, "water use", "none", ""},
      {"The firm cut staff by 45% in two years.", "cut staff by 45%", "45%", 45, "staff", "none",
       ""},
  };
  for (const Case& c : changes) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    bare_change(doc, c.needle, c.figure, c.value, Direction::kDecrease, "cut",
                std::string(c.metric));
    const auto fs = run_check("percent-change", doc.claims());
    CHECK(worst(fs) == c.expected);
    if (!c.reading.empty() && !fs.empty()) {
      CAPTURE(fs[0].message);
      CHECK(fs[0].message.find(c.reading) != std::string::npos);
      CHECK(fs[0].explanation.find("below zero") != std::string::npos);
    }
    check_shape(fs, "percent-change", doc.claims());
  }

  const Case lone[] = {
      {"Members who save monthly are 400% less likely to miss a payment.", "", "400%", 400, "",
       "error", "one fifth as much (80.0% less)"},
      {"The new bulbs draw 120% less power than the old tubes.", "", "120%", 120, "", "error",
       "0.455 times as much"},
      {"Buyers paid 250% lower fees on the new platform.", "", "250%", 250, "", "error",
       "0.286 times as much"},
      {"Rural clinics saw 300% fewer visits in the storm.", "", "300%", 300, "", "error",
       "one quarter as much"},
      {"The airline plans to reduce delays by 150% next year.", "", "150%", 150, "", "error",
       "0.4 times as much"},
      {"The city aims to cut car trips by 200% by 2040.", "", "200%", 200, "", "error",
       "one third as much"},
      {"Revenue grew by 150% last year.", "", "150%", 150, "", "none", ""},
      {"Prices rose by 120% as costs were cut.", "", "120%", 120, "", "none", ""},
      {"Fares were 40% less than a year before.", "", "40%", 40, "", "none", ""},
      {"Tickets sold 120% more than forecast.", "", "120%", 120, "", "none", ""},
      {"Turnout was 300% higher in the city.", "", "300%", 300, "", "none", ""},
      {"Margins were 150% lower than in 2024.", "", "150%", 150, "", "none", ""},
  };
  for (const Case& c : lone) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    lone_percent(doc, c.figure, c.value);
    const auto fs = run_check("percent-change", doc.claims());
    CHECK(worst(fs) == c.expected);
    if (!c.reading.empty() && !fs.empty()) {
      CAPTURE(fs[0].message);
      CHECK(fs[0].message.find(c.reading) != std::string::npos);
    }
    check_shape(fs, "percent-change", doc.claims());
  }
}

// A change statement with an old and a new value, as the extractor may read it.
Claim& change(Doc& doc, std::string_view needle, Quantity old_q, Quantity new_q, Direction d,
              std::string word) {
  Claim& c = doc.add(ClaimKind::kDifference, needle);
  c.quantities = {old_q, new_q};
  c.old_value = std::move(old_q);
  c.new_value = std::move(new_q);
  c.direction = d;
  c.direction_word = std::move(word);
  return c;
}

// A figure placed on the text: its bytes, value and half a unit of its last digit.
struct Fig {
  std::string_view text;
  double value = 0, half = 0;
  std::string_view unit = "count";
};

Quantity placed(const Doc& doc, const Fig& f) {
  return doc.q(f.text, f.value, f.half, std::string(f.unit));
}

TEST_CASE("the change checks stay quiet when the figure before the statement is its new value") {
  struct Case {
    std::string_view text;
    std::vector<Fig> others;  // figures of their own claims in the sentence
    std::string_view statement;
    Fig old_q, new_q;
    std::optional<Fig> stated;  // a stated difference
    Direction direction;
    std::string_view expected;  // worst of change-direction and difference
  };
  auto bn = [](std::string_view text, double v) { return Fig{text, v * 1e9, 0.05e9, "USD"}; };
  const Case cases[] = {
      {"The operator now runs 48 coaches, up from 44 last spring, following the purchase of six "
       "electric models.",
       {{"48", 48}},
       "up from 44 last spring, following the purchase of six",
       {"44", 44, 0, ""},
       {"six", 6},
       std::nullopt,
       Direction::kIncrease,
       "none"},
      {"The clinic now sees 310 patients a day, up from 290 in May, after hiring five nurses.",
       {{"310", 310}},
       "up from 290 in May, after hiring five",
       {"290", 290},
       {"five", 5},
       std::nullopt,
       Direction::kIncrease,
       "none"},
      {"The fleet is 52 vans, up four from 48 a year ago, after the sale of nine old ones.",
       {{"52", 52}},
       "up four from 48 a year ago, after the sale of nine",
       {"48", 48},
       {"nine", 9},
       Fig{"four", 4},
       Direction::kIncrease,
       "none"},
      // Ranges against ranges: the range before the statement holds its new value.
      {"The group expects revenue of $2.1 billion to $2.2 billion, down from a previous forecast "
       "of $2.3 billion to $2.5 billion.",
       {bn("$2.1 billion", 2.1), bn("$2.2 billion", 2.2)},
       "down from a previous forecast of $2.3 billion to $2.5 billion",
       bn("$2.3 billion", 2.3),
       bn("$2.5 billion", 2.5),
       std::nullopt,
       Direction::kDecrease,
       "none"},
      {"The bank now sees growth of 1.2% to 1.4%, down from its earlier view of 1.5% to 1.8%.",
       {{"1.2%", 1.2, 0.05, "%"}, {"1.4%", 1.4, 0.05, "%"}},
       "down from its earlier view of 1.5% to 1.8%",
       {"1.5%", 1.5, 0.05, "%"},
       {"1.8%", 1.8, 0.05, "%"},
       std::nullopt,
       Direction::kDecrease,
       "none"},
      // A range read as a change to its end from another range's start: the old value runs on.
      {"The bank now sees growth of 1.2% to 1.4%, down from its earlier view of 1.5% to 1.8%.",
       {{"1.8%", 1.8, 0.05, "%"}},
       "growth of 1.2% to 1.4%, down from its earlier view of 1.5%",
       {"1.5%", 1.5, 0.05, "%"},
       {"1.4%", 1.4, 0.05, "%"},
       Fig{"1.2%", 1.2, 0.05, "%"},
       Direction::kIncrease,
       "none"},
      {"The bank sees growth of 1.2% to 1.4%, from its earlier view of 1.5% this year.",
       {},
       "growth of 1.2% to 1.4%, from its earlier view of 1.5%",
       {"1.5%", 1.5, 0.05, "%"},
       {"1.4%", 1.4, 0.05, "%"},
       Fig{"1.2%", 1.2, 0.05, "%"},
       Direction::kIncrease,
       "error"},
      // The same readings with nothing before them, or a figure before that does not fit either,
      // are errors: the tests above can fail.
      {"Coaches went up from 44 last spring, following the purchase of six.",
       {},
       "up from 44 last spring, following the purchase of six",
       {"44", 44, 0, ""},
       {"six", 6},
       std::nullopt,
       Direction::kIncrease,
       "error"},
      {"The fleet is 30 vans, up from 44 a year ago, after the sale of six old ones.",
       {{"30", 30}},
       "up from 44 a year ago, after the sale of six",
       {"44", 44},
       {"six", 6},
       std::nullopt,
       Direction::kIncrease,
       "error"},
      {"The forecast went down from $2.3 billion to $2.5 billion.",
       {},
       "down from $2.3 billion to $2.5 billion",
       bn("$2.3 billion", 2.3),
       bn("$2.5 billion", 2.5),
       std::nullopt,
       Direction::kDecrease,
       "error"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    for (const Fig& f : c.others) {
      const ClaimKind kind = f.unit == "USD" ? ClaimKind::kMoney
                             : f.unit == "%" ? ClaimKind::kPercent
                                             : ClaimKind::kCount;
      doc.add(kind, f.text).quantities.push_back(placed(doc, f));
    }
    Claim& st = change(doc, c.statement, placed(doc, c.old_q), placed(doc, c.new_q), c.direction,
                       c.direction == Direction::kIncrease ? "up" : "down");
    if (c.stated) st.changes.push_back(placed(doc, *c.stated));
    std::vector<Finding> fs;
    for (std::string_view id :
         {"change-direction", "difference", "percent-change", "percentage-points", "multiple"}) {
      const auto found = run_check(id, doc.claims());
      fs.insert(fs.end(), found.begin(), found.end());
    }
    // Quiet: no error or warning (a pass on a part of the statement is fine).
    const std::string w = worst(fs);
    CHECK((w == "pass" ? std::string("none") : w) == c.expected);
  }
}

TEST_CASE("a bracketed prior figure makes an implied starting value a comparison") {
  SUBCASE("the prior field") {
    Doc doc{"Earnings per share rose 12.7% to EUR 0.62 (2024: EUR 0.55)."};
    Claim& c = doc.add(ClaimKind::kPercentChange, "rose 12.7% to EUR 0.62 (2024: EUR 0.55)");
    c.new_value = doc.q("EUR 0.62", 0.62, 0.005, "EUR");
    c.prior = doc.q("EUR 0.55", 0.55, 0.005, "EUR");
    c.changes.push_back(doc.q("12.7%", 12.7, 0.05, "%"));
    c.direction = Direction::kIncrease;
    c.direction_word = "rose";
    CHECK(run_check("implied-value", doc.claims()).empty());
    auto fs = run_check("percent-change", doc.claims());
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kPass);
    CHECK(fs[0].message.find("EUR 0.55 to EUR 0.62") != std::string::npos);
    // A stated change the prior figure cannot give.
    c.changes[0] = doc.q("12.7%", 22.7, 0.05, "%");
    fs = run_check("percent-change", doc.claims());
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kError);
  }
  SUBCASE("a bracketed figure right after the end value") {
    struct Case {
      std::string_view text;
      std::string_view expected;  // implied-value's worst
    };
    const Case cases[] = {
        {"Sales rose 20% to $120 million ($98 million) in the half.", "none"},
        {"Sales rose 20% to $120 million ( $98 million ) in the half.", "none"},
        {"Sales rose 20% to $120 million (from $98 million) in the half.", "none"},
        // No bracket: the starting value is implied, and noted.
        {"Sales rose 20% to $120 million in the half, and $98 million came from abroad.", "note"},
    };
    for (const Case& k : cases) {
      CAPTURE(k.text);
      Doc doc{std::string(k.text)};
      Claim& c = doc.add(ClaimKind::kPercentChange, "rose 20% to $120 million");
      c.new_value = doc.q("$120 million", 120e6, 0.5e6, "USD");
      c.changes.push_back(doc.q("20%", 20, 0.5, "%"));
      c.direction = Direction::kIncrease;
      doc.add(ClaimKind::kMoney, "$98 million")
          .quantities.push_back(doc.q("$98 million", 98e6, 0.5e6, "USD"));
      CHECK(worst(run_check("implied-value", doc.claims())) == k.expected);
    }
  }
}

TEST_CASE("change-direction leaves a direction word after both values of a comparison alone") {
  run_text_cases(
      "change-direction",
      {
          {"Its gross margin reached 71.5% in the quarter, against 64% at its nearest rival, a "
           "lead that the chief executive put down to owned servers.",
           "none"},
          {"The pass rate was 58% at Hollins, against 71% at Mereside, a gap the head teacher "
           "put down to staffing.",
           "none"},
          {"Delays averaged 14 minutes on the coast line, against 9 minutes inland, and fell "
           "further in May.",
           "none"},
          // A change over time is still judged.
          {"Operating profit fell to $219 million from $120 million.", "error"},
          {"Operating profit fell to $120 million from $219 million.", "pass"},
      });
}

TEST_CASE("an implied starting value passes when the sentence before states it") {
  struct Case {
    std::string_view text;
    std::string_view percent;
    double value;
    std::string_view expected;  // implied-value's worst
  };
  const Case cases[] = {
      // £96m / 1.5 = £64m: the base named in the sentence before agrees.
      {"The first survey put the cost at £64 million. It has since risen by 50%, to £96 million.",
       "50%", 50, "pass"},
      // £96m / 1.6 = £60m, not the £64m stated, and "since" dates the change from the one
      // figure of the sentence before: 96 / 64 is +50%, a warning (issue 10).
      {"The first survey put the cost at £64 million. It has since risen by 60%, to £96 million.",
       "60%", 60, "warning"},
      // Without "since" the sentence before need not name the base: only a note.
      {"The first survey put the cost at £64 million. It rose by 60% last year, to £96 million.",
       "60%", 60, "note"},
      // Two paragraphs away: too far to be taken for the base.
      {"The first survey put the cost at £64 million.\n\nA pause.\n\nIt has since risen by 50%, "
       "to £96 million.",
       "50%", 50, "note"},
  };
  for (const Case& k : cases) {
    CAPTURE(k.text);
    Doc doc{std::string(k.text)};
    doc.add(ClaimKind::kMoney, "£64 million")
        .quantities.push_back(doc.q("£64 million", 64e6, 0.5e6, "GBP"));
    Claim& c = doc.add(ClaimKind::kPercentChange, "£96 million");
    c.new_value = doc.q("£96 million", 96e6, 0.5e6, "GBP");
    c.changes.push_back(doc.q(k.percent, k.value, 0.5, "%"));
    c.direction = Direction::kIncrease;
    c.direction_word = "risen";
    CHECK(worst(run_check("implied-value", doc.claims())) == k.expected);
  }
}

TEST_CASE(
    "percentage-points reads the gap a comparison states after what the older value belongs to") {
  run_text_cases(
      "percentage-points",
      {
          {"Turnout reached 64% in the north, against 55% in the south, a 9% higher turnout.",
           "error"},
          {"Turnout reached 64% in the north, against 55% in the south, a 16% higher turnout.",
           "none"},
          {"The new drug cleared the infection in 83% of patients, against 74% on the old one, a "
           "9% advantage.",
           "error"},
          {"The new drug cleared the infection in 83% of patients, against 74% on the old one, a 9 "
           "percentage point advantage.",
           "pass"},
          {"Its pass rate was 91%, against 81% at rival schools, a 10% better result.", "error"},
          // 5% fits as a percent change (4.6%..7.0%): percent-change's to judge, not this check.
          {"Its pass rate was 91%, against 86% at rival schools, a 5% better result.", "none"},
          {"Occupancy was 68% at the Bristol hotel, against 77% in Cardiff, a 9% lower rate.",
           "error"},
          {"Occupancy was 68% at the Bristol hotel, against 77% in Cardiff, and 9% of rooms were "
           "shut.",
           "none"},
      });
}

}  // namespace
}  // namespace factcheck::testing
