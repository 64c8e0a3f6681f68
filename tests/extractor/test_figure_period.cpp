// What the words right after a figure say of its time, read once by the extractor
// (kinds/figure_period.cpp) so the checks never read the text for it: Claim::per, Claim::period
// and Claim::figure on amounts, counts, plain numbers and a change stated with no values.
// Sentences are our own, modelled on business copy.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "extractor/extractor.h"

using namespace factcheck;

namespace {

// The claim whose first figure is written `figure` in `text`; nullptr for none.
const Claim* claim_of(const Claims& claims, std::string_view figure) {
  for (const Claim& c : claims.claims) {
    const Quantity* q = !c.changes.empty() && !c.old_value && !c.new_value ? &c.changes.front()
                        : c.quantities.empty()                             ? nullptr
                                                                           : &c.quantities.front();
    if (q && q->text == figure) return &c;
  }
  return nullptr;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

}  // namespace

TEST_CASE("the words after a figure say what it is per and the period it covers") {
  struct Case {
    std::string_view text;
    std::string_view figure;
    std::string_view per;          // Claim::per, joined by spaces
    std::string_view period;       // Claim::period as written
    PeriodKind period_kind;        // Claim::period_kind
    std::string_view figure_time;  // Claim::figure->period; empty: no Claim::figure
    double periods;                // Claim::figure->periods
    bool named;                    // Claim::figure->named
    bool conditional;              // Claim::figure->conditional
  };
  const Case cases[] = {
      // An amount a period: what it is per, no period covered.
      {"Members of the club pay 4,800 crowns monthly.", "4,800 crowns", "month", "",
       PeriodKind::kNone, "month", 1, false, false},
      // A count per period: the noun stands between the figure and its period.
      {"The depot repaired 340 buses a month in the spring.", "340", "month", "", PeriodKind::kNone,
       "month", 1, false, false},
      // The period an amount covers.
      {"Harrow Mills earned £84.6m for the year, its best result.", "£84.6m", "", "for the year",
       PeriodKind::kYear, "year", 1, false, false},
      {"The council spent £5.6 million over three years on new lighting.", "£5.6 million", "",
       "over three years", PeriodKind::kYear, "year", 3, false, false},
      {"The fund paid out $12 million over the past two quarters.", "$12 million", "",
       "over the past two quarters", PeriodKind::kQuarter, "quarter", 2, false, false},
      // The period's kind is the lexicon's (rate-period-kind): a season is a year, a day another.
      {"The club spent £7m over the season on its wages.", "£7m", "", "over the season",
       PeriodKind::kYear, "season", 1, false, false},
      {"The appeal raised £2.4 million over six weeks of events.", "£2.4 million", "",
       "over six weeks", PeriodKind::kWeek, "week", 6, false, false},
      {"The shop took £90,000 over ten days in December.", "£90,000", "", "over ten days",
       PeriodKind::kOther, "day", 10, false, false},
      {"The charity paid $1.1 million over two months to its grantees.", "$1.1 million", "",
       "over two months", PeriodKind::kMonth, "month", 2, false, false},
      // One named period: a total, never a price.
      {"The airline carried 2.1 million passengers last year.", "2.1 million", "", "last year",
       PeriodKind::kYear, "year", 1, true, false},
      {"The museum took £3.2m last year from its shop.", "£3.2m", "", "last year",
       PeriodKind::kYear, "year", 1, true, false},
      {"Exports were worth $410 million in 2024 after the deal.", "$410 million", "", "in 2024",
       PeriodKind::kYear, "year", 1, true, false},
      // What it was spent on stands between the amount and its period.
      {"The trust spent £18 million on agency nurses over the year.", "£18 million", "",
       "over the year", PeriodKind::kYear, "year", 1, false, false},
      // A price per unit, and per each.
      {"Tickets cost 45 euros per adult at the gate.", "45 euros", "adult", "", PeriodKind::kNone,
       "", 1, false, false},
      {"The clinic spends £4.80 on each jab it gives.", "£4.80", "each", "", PeriodKind::kNone, "",
       1, false, false},
      // A condition after the amount: another offer.
      {"The plan costs $14 a month, or $140 a year if paid upfront.", "$140", "", "",
       PeriodKind::kNone, "year", 1, false, true},
      {"Entry is £12, or £9 for pupils who book ahead.", "£9", "", "", PeriodKind::kNone, "", 1,
       false, true},
      // "for" with no relative word after it is no condition.
      {"Entry is £12, or £9 for pupils at the door.", "£9", "", "", PeriodKind::kNone, "", 1, false,
       false},
      // A figure whose words say nothing of time.
      {"The bridge cost £240 million to build.", "£240 million", "", "", PeriodKind::kNone, "", 1,
       false, false},
      // A change stated with no values keeps its clause's period; the figure its own reading.
      {"Brackley cut its costs by $30 million a quarter.", "$30 million", "quarter", "",
       PeriodKind::kNone, "quarter", 1, false, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Claims claims = extract(c.text);
    const Claim* claim = claim_of(claims, c.figure);
    REQUIRE(claim != nullptr);
    if (claim->kind != ClaimKind::kRate) CHECK(joined(claim->per) == c.per);
    CHECK(claim->period == c.period);
    CHECK(claim->period_kind == c.period_kind);
    if (c.figure_time.empty() && !c.conditional) {
      CHECK(!claim->figure.has_value());
      continue;
    }
    REQUIRE(claim->figure.has_value());
    CHECK(claim->figure->period == c.figure_time);
    CHECK(claim->figure->periods == c.periods);
    CHECK(claim->figure->named == c.named);
    CHECK(claim->figure->conditional == c.conditional);
  }
}

TEST_CASE("a rate's own reading decides what it is per; its words give how long it runs") {
  const Claims claims = extract("Volunteers were paid £25 a week for the 16-week study.");
  const Claim* c = claim_of(claims, "£25");
  REQUIRE(c != nullptr);
  REQUIRE(c->figure.has_value());
  CHECK(c->figure->period == "week");
  CHECK(c->figure->runs_years == doctest::Approx(16.0 / 52));
  CHECK(c->period.empty());
}
