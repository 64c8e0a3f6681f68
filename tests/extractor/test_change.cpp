// Change statements: one claim holds old value, new value, stated changes and direction.
// Sentences are modelled on the phrasing of real copy (news, PhraseBank, 10-K and annual
// report text) with invented figures and names.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "extractor/extractor.h"

using namespace factcheck;

namespace {

// The first change statement in the text, or nullptr.
const Claim* statement(const Claims& claims) {
  for (const Claim& c : claims.claims) {
    if (c.kind == ClaimKind::kPercentChange || c.kind == ClaimKind::kDifference ||
        (c.kind == ClaimKind::kMultiple && !c.changes.empty())) {
      return &c;
    }
  }
  return nullptr;
}

std::string text_of(const std::optional<Quantity>& q) { return std::string(q ? q->text : "-"); }

std::string changes_of(const Claim& c) {
  std::string out;
  for (const Quantity& q : c.changes) out += (out.empty() ? "" : "|") + q.text;
  return out.empty() ? "-" : out;
}

}  // namespace

TEST_CASE("change statements take their roles from the words around the figures") {
  struct Case {
    std::string_view text;
    std::string_view old_value, new_value, changes;
    Direction direction;
  };
  const Case cases[] = {
      // "on" right after a noun of change names the old value, as "from" does.
      {"Pass rates at Orme College hit 91%, an increase on the 86% of 2024.", "86%", "91%", "-",
       Direction::kIncrease},
      {"Takings were $64m, a rise on $59m a year earlier.", "$59m", "$64m", "-",
       Direction::kIncrease},
      // "adding" states a change only right before the change and its new value.
      {"Brent crude rose in Lisbon, adding $1.89 to $48.62 at the close.", "-", "$48.62", "$1.89",
       Direction::kIncrease},
      // New before old, change first (newswire).
      {"Acme said third quarter sales rose 4% to $8.3bn from $8.0bn.", "$8.0bn", "$8.3bn", "4%",
       Direction::kIncrease},
      // The change as a noun before the values.
      {"Profit showed a 31% rise to \xC2\xA3"
       "142m from the \xC2\xA3"
       "108m seen a year earlier.",
       "\xC2\xA3"
       "108m",
       "\xC2\xA3"
       "142m",
       "31%", Direction::kIncrease},
      // Old before new, with a currency conversion in between that plays no role.
      {"Sales slipped 9% from \xC2\xA3"
       "2.10bn ($3.98bn) in 2003 to \xC2\xA3"
       "1.91bn in 2004.",
       "\xC2\xA3"
       "2.10bn",
       "\xC2\xA3"
       "1.91bn",
       "9%", Direction::kDecrease},
      // Tokenised filings: difference and repeated percent, new before old.
      {"revenue increased $ 212 million , or 12% ( 12 % ) , to $ 1.9 billion in 2021 from $ 1.7 "
       "billion in 2020 .",
       "$ 1.7 billion", "$ 1.9 billion", "$ 212 million|12%", Direction::kIncrease},
      // The new value as the sentence's subject, the change after.
      {"Hardware revenue of $2.6 billion in fiscal year 2022 increased 18.2% from $2.2 billion.",
       "$2.2 billion", "$2.6 billion", "18.2%", Direction::kIncrease},
      // From ... to ..., then a trailing noun restating the change.
      {"Its market value fell from $3.6 billion to $2.2 billion in six weeks, a 39% erosion.",
       "$3.6 billion", "$2.2 billion", "39%", Direction::kDecrease},
      // PhraseBank spacing and currency codes.
      {"Operating profit improved by 21.4 % to EUR 17.0 mn from EUR14 .0 mn .", "EUR14 .0 mn",
       "EUR 17.0 mn", "21.4 %", Direction::kIncrease},
      // A multiplier word with a hedge.
      {"its 2024 net profit almost tripled to EUR312 .6 m from EUR108 .4 m for 2023", "EUR108 .4 m",
       "EUR312 .6 m", "tripled", Direction::kIncrease},
      // Basis points between two percentages.
      {"In 2023, gross margin decreased by 90 basis points to 41.2% from 42.1% in 2022", "42.1%",
       "41.2%", "90 basis points", Direction::kDecrease},
      // One value and two changes: the old value is only implied.
      {"Dunmore shares closed up 48 pence, or 5%, at 1008p on Friday.", "-", "1008p", "48 pence|5%",
       Direction::kIncrease},
      // Two values compared, then the change in points.
      {"Gross margin was 41.7 % compared to 39.2 %, up 2.5 percentage points.", "39.2 %", "41.7 %",
       "2.5 percentage points", Direction::kIncrease},
      {"Online now makes up 24 per cent of sales, up 5 percentage points from 19 per cent.",
       "19 per cent", "24 per cent", "5 percentage points", Direction::kIncrease},
      // A participle's "down" is no fall and ends no statement: the old value after it counts.
      {"Core profit fell 12% to $64m, weighed down by freight costs, from $73m.", "$73m", "$64m",
       "12%", Direction::kDecrease},
      {"Cargo volumes slipped 4% to 1,840 tonnes, bogged down by strikes, from 1,917 tonnes.",
       "1,917 tonnes", "1,840 tonnes", "4%", Direction::kDecrease},
      // A direction word after "by" names a cause and ends no statement.
      {"Net income fell 19% to \xE2\x82\xAC"
       "71m, weighed down by higher costs, from \xE2\x82\xAC"
       "88m.",
       "\xE2\x82\xAC"
       "88m",
       "\xE2\x82\xAC"
       "71m",
       "19%", Direction::kDecrease},
      {"Bookings rose 8% to 4,120, buoyed by lower fares, from 3,815.", "3,815", "4,120", "8%",
       Direction::kIncrease},
      // A change noun with no change of its own, the new value named before the old one.
      {"The league approved a rise in the salary cap to $31m per club, from $27m.", "$27m", "$31m",
       "-", Direction::kIncrease},
      {"Residents opposed a cut in library hours to 40 a week from 52.", "52", "40", "-",
       Direction::kDecrease},
      // The change in brackets after both values, signed, and minus signs before a currency.
      {"Operating profit slipped to \xE2\x82\xAC"
       "51 million from \xE2\x82\xAC"
       "58 million (\xE2\x88\x92"
       "12 %).",
       "\xE2\x82\xAC"
       "58 million",
       "\xE2\x82\xAC"
       "51 million",
       "\xE2\x88\x92"
       "12 %",
       Direction::kDecrease},
      // One value, then the other kind of change in a trailing apposition.
      {"Bills will rise by 7 per cent to \xC2\xA3"
       "535 from May, an increase of \xC2\xA3"
       "35.",
       "-",
       "\xC2\xA3"
       "535",
       "7 per cent|\xC2\xA3"
       "35",
       Direction::kIncrease},
      // A loss as the old value of an income metric.
      {"operating income in our nordic segment increased $ 9.1 million to $ 2.4 million in 2021 "
       "from a loss of $ 6.7 million in 2020",
       "$ 6.7 million", "$ 2.4 million", "$ 9.1 million", Direction::kIncrease},
      // A write-down from a carrying value to a fair value, and the charge it resulted in.
      {"Depots held for sale with a carrying value of $6,210 were written down to their fair "
       "value of $2,480, resulting in an impairment totaling $3,730, which was included in "
       "earnings.",
       "$6,210", "$2,480", "$3,730", Direction::kDecrease},
      {"Plant with a carrying amount of $3.15 million at the end of fiscal 2024 was written down "
       "to its fair value of $1.02 million, resulting in an impairment charge of approximately "
       "$2.13 million.",
       "$3.15 million", "$1.02 million", "$2.13 million", Direction::kDecrease},
      {"Bonds with a carrying value of $840 were written up to their fair value of $905, "
       "resulting in a write-up of $65.",
       "$840", "$905", "$65", Direction::kIncrease},
      // What a fall resulted in is another metric unless it is the write-down itself.
      {"Revenue fell from $12.4 million to $9.1 million, resulting in a loss of $2.6 million.",
       "$12.4 million", "$9.1 million", "-", Direction::kDecrease},
      {"Stores with a carrying value of $510 were written down to their fair value of $200, "
       "resulting in a write-up of $310.",
       "$510", "$200", "-", Direction::kDecrease},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Claims claims = extract(c.text);
    const Claim* s = statement(claims);
    REQUIRE(s != nullptr);
    CHECK(text_of(s->old_value) == c.old_value);
    CHECK(text_of(s->new_value) == c.new_value);
    CHECK(changes_of(*s) == c.changes);
    CHECK(s->direction == c.direction);
  }
}

TEST_CASE("a loss as an old value is negative; a loss metric keeps magnitudes") {
  Claims claims = extract(
      "operating income increased $ 9.1 million to $ 2.4 million in 2021 from a loss of $ 6.7 "
      "million in 2020");
  REQUIRE(statement(claims));
  CHECK(statement(claims)->old_value->value == doctest::Approx(-6.7e6));
  claims = extract(
      "the unit incurred an operating loss of $ 0.9 billion in 2021 , an improvement of 47% ( 47 % "
      ") compared to an operating loss of $ 1.7 billion in 2020 .");
  const Claim* s = statement(claims);
  REQUIRE(s);
  CHECK(s->old_value->value == doctest::Approx(1.7e9));
  CHECK(s->direction == Direction::kDecrease);  // the loss got smaller
}

TEST_CASE("from a profit to a loss the values are of the result, the loss negative") {
  struct Case {
    std::string_view text;
    double old_value, new_value;
  };
  const Case cases[] = {
      // A loss metric with its value unlabelled, the old value a profit.
      {"The Danish ferry operator said net loss in July through September was euro31 million , "
       "down from a net profit of euro8 million a year earlier .",
       8e6, -31e6},
      // The loss labelled, the metric named by the verb's object.
      {"It posted an operating loss of EUR 71.4 mn , down from a profit of EUR 22.6 mn .", 22.6e6,
       -71.4e6},
      // Back from a loss to a profit.
      {"Net profit was EUR 4.2 mn , up from a net loss of EUR 9.8 mn .", -9.8e6, 4.2e6},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Claims claims = extract(c.text);
    const Claim* s = statement(claims);
    REQUIRE(s);
    REQUIRE(s->old_value);
    REQUIRE(s->new_value);
    CHECK(s->old_value->value == doctest::Approx(c.old_value));
    CHECK(s->new_value->value == doctest::Approx(c.new_value));
  }
}

TEST_CASE("a change stated in one sentence joins the values of the next") {
  Claims claims = extract(
      "Carver Motors has reported a 41% rise in net profit for the quarter. Profit was 2.12bn "
      "rupees compared with 1.50bn rupees a year earlier.");
  const Claim* s = statement(claims);
  REQUIRE(s);
  CHECK(changes_of(*s) == "41%");
  CHECK(text_of(s->new_value) == "2.12bn rupees");
  CHECK(text_of(s->old_value) == "1.50bn rupees");
}

TEST_CASE("a level a market closed at joins the changes the sentences before state") {
  // Three sentences across a paragraph break: a percent, the points, then the closing level.
  Claims claims = extract(
      "The Lahore Stock Exchange (LSE) has recorded its biggest one-day gain, rising 2.8% to a "
      "record.\n\nThe index rose 164.32 points in three hours of heavy trading, with dealers "
      "hopeful that rates would stay low. The LSE index closed at 6031.85 - a gain of almost 300 "
      "points in the week.");
  const Claim* s = statement(claims);
  REQUIRE(s);
  CHECK(changes_of(*s) == "2.8%|164.32 points");
  CHECK(text_of(s->new_value) == "6031.85");
  CHECK(text_of(s->old_value) == "-");
  CHECK(s->direction == Direction::kIncrease);
  CHECK(s->kind == ClaimKind::kPercentChange);
  // The week's gain in the closing sentence stays a statement of its own, of that sentence.
  int statements = 0;
  for (const Claim& c : claims.claims) {
    statements += !c.changes.empty();
    if (changes_of(c) == "almost 300 points" || changes_of(c) == "300 points") {
      CHECK(c.sentence == 2);
    }
  }
  CHECK(statements == 2);
  CHECK(s->sentence == 0);

  struct Case {
    std::string_view text;
    std::string_view level_joins;  // the changes the level's statement holds; "-" for none
  };
  const Case cases[] = {
      // One sentence before is enough.
      {"Shares in Dunmore rose 14p on Friday. Dunmore shares closed at 412p.", "14p"},
      // Two companies share only a generic noun: the level joins the nearer one alone.
      {"Shares in Acme rose 5% on Monday. Beta shares rose 12p. Beta shares closed at 300p.",
       "12p"},
      // Two indices of one family are two metrics.
      {"The FTSE 100 rose 1.2% on Monday. The FTSE 250 gained 50 points. The FTSE 250 closed at "
       "7,000.",
       "50 points"},
      // A bare "the index" refers to the sentence before only, here another index.
      {"The FTSE 100 rose 1.2% on Monday. The index gained 50 points. The FTSE 250 closed at "
       "7,000.",
       "-"},
      // Changes in opposite directions are not one statement.
      {"The Hang Seng index rose 1.2% on Monday. The index fell 50 points on Tuesday. The Hang "
       "Seng index closed at 11,000.",
       "50 points"},
      // A sentence with no change in between breaks the chain.
      {"The Hang Seng index rose 1.2% on Monday. Exporters led the gains. The Hang Seng index "
       "closed at 11,000.",
       "-"},
      // Two percent changes: only the nearer one joins.
      {"The Hang Seng index rose 1.2% on Monday. The index rose 0.4% in the afternoon. The Hang "
       "Seng index closed at 11,000.",
       "0.4%"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    claims = extract(c.text);
    std::string joined = "-";
    for (const Claim& claim : claims.claims) {
      if (claim.new_value) joined = changes_of(claim);
    }
    CHECK(joined == c.level_joins);
  }
}

TEST_CASE("direction words count whole, in any case, and not joined by a hyphen") {
  struct Case {
    std::string_view text;
    std::string_view word;  // the statement's direction word; "-" for no statement
  };
  const Case cases[] = {
      {"Sales ROSE 4% to $8.3bn from $8.0bn.", "rose"},
      {"The top-up payment rose 5% to $2.1m from $2.0m.", "rose"},
      {"Depots were Written Down to $3.1m from $5.2m.", "written down"},
      {"The higher-rate band fell to $4.1m from $4.5m.", "fell"},
      {"The lowered forecast was $4.1m, from $3.9m.", "-"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Claims claims = extract(c.text);
    const Claim* s = statement(claims);
    CHECK((s ? s->direction_word : std::string("-")) == c.word);
  }
}

TEST_CASE("look-alikes do not become checked statements with a wrong role") {
  // A component of a change after "primarily due to" is not the change.
  Claims claims = extract(
      "Interest expense increased to $312.4 million in 2023, compared to $290.1 million in 2022, "
      "primarily due to an increase of $27.5 million in borrowing costs.");
  const Claim* s = statement(claims);
  REQUIRE(s);
  CHECK(changes_of(*s) == "-");
  // A second clause with its own subject keeps its own values.
  claims = extract(
      "net profit went up by 9 % year-on-year to EUR 41.2 million and net sales to EUR 380.5 "
      "million from EUR 352.9 million");
  s = statement(claims);
  REQUIRE(s);
  CHECK(changes_of(*s) == "9 %");
  CHECK(text_of(s->old_value) == "-");
  // A noun with no change of its own names a metric, and a direction word before it keeps
  // the values: "revised down the jobs gains ... from A to B" is a decrease.
  claims = extract("Forecasts for growth were cut to 2.1% from 2.6%.");
  s = statement(claims);
  REQUIRE(s);
  CHECK(s->direction_word == "cut");
  claims =
      extract("The agency revised down the jobs gains in March 2025, from 212,000 to 187,000.");
  s = statement(claims);
  REQUIRE(s);
  CHECK(s->direction == Direction::kDecrease);
  // A range before an apposition is not the old value: "$ 40 to $ 45 , an increase of".
  claims = extract(
      "pension expense is estimated to be approximately $ 40 to $ 45 , an increase of $ 5 to $ 10 "
      "from 2024 .");
  s = statement(claims);
  REQUIRE(s);
  CHECK(text_of(s->old_value) == "-");
  // An exchange rate quoted per dollar has no direction of its own.
  claims = extract("The peso climbed to 17.305 per US dollar, up from a close of 17.41.");
  for (const Claim& c : claims.claims) CHECK_FALSE((c.old_value && c.new_value));
  // "one in nine" is one share, not the counts 1 and 9: the old value, if any, is 1/9 of 100%.
  claims =
      extract("only one in 15 of the 12 million loans are in default - down from one in nine.");
  s = statement(claims);
  REQUIRE(s);
  CHECK(text_of(s->old_value) == "one in nine");
  // A list of adjustments is not a change from one to the next.
  claims = extract(
      "The adoption led to a decrease to receivables of $5.1 million, an increase to inventories "
      "of $3.3 million, an increase to other accrued liabilities of $0.9 million.");
  for (const Claim& c : claims.claims) CHECK_FALSE((c.old_value && c.new_value));
  // A condition is a new clause: its change does not join the statement before it.
  claims = extract(
      "losses could increase by approximately $ 12 million to $ 40 million , if house prices "
      "were to decline by 30% .");
  s = statement(claims);
  REQUIRE(s);
  CHECK(changes_of(*s) == "$ 12 million");
  // A clause after ", as" has its own subject: its change is not the one before it.
  claims = extract(
      "Brovar Brewing , which is owned by Norway 's Nordvik Group , raised its market share to "
      "18.42 percent from 17.06 percent , as beer sales for the eight months jumped by 12.3 "
      "percent to 36.2 million liters .");
  s = statement(claims);
  REQUIRE(s);
  CHECK(text_of(s->old_value) == "17.06 percent");
  CHECK(text_of(s->new_value) == "18.42 percent");
  CHECK(changes_of(*s) == "-");
  bool beer = false;
  for (const Claim& c : claims.claims) beer = beer || c.metric == "beer sales";
  CHECK(beer);
  // "as of" and "as compared with" stay in the clause.
  claims = extract("Deposits rose 4% to $5.2 billion, as compared with $5.0 billion a year ago.");
  s = statement(claims);
  REQUIRE(s);
  CHECK(text_of(s->old_value) == "$5.0 billion");
  // A figure "including" introduces is a component of a value, not the change.
  claims = extract(
      "Operating profit fell to EUR 41.7 mn from EUR 77.2 mn in 2011 , including property sales "
      "gain of EUR 9.6 mn .");
  s = statement(claims);
  REQUIRE(s);
  CHECK(text_of(s->old_value) == "EUR 77.2 mn");
  CHECK(text_of(s->new_value) == "EUR 41.7 mn");
  CHECK(changes_of(*s) == "-");
  // A later direction word with a value of its own states another change; figures of
  // different physical units are not values of one quantity.
  claims = extract(
      "The robot has improved in other ways too, increasing its top speed, from 2.1km/h to 3.4km, "
      "growing 12cm to 142cm and gaining 3kg in weight.");
  for (const Claim& c : claims.claims) {
    CAPTURE(c.direction_word);
    if (!c.changes.empty()) CHECK_FALSE((c.old_value || c.direction_word == "increasing"));
    CHECK_FALSE((c.old_value && c.new_value));
  }
  claims = extract("The panel grew 15cm to 120cm, a gain of 15cm.");
  s = statement(claims);
  REQUIRE(s);
  CHECK(text_of(s->new_value) == "120cm");  // the figure carries its unit
  claims = extract("The cable grew from 800 metres to 2km.");
  for (const Claim& c : claims.claims) CHECK_FALSE((c.old_value && c.new_value));
  claims = extract("Top speed rose from 180km/h to 210km/h.");
  s = statement(claims);
  REQUIRE(s);
  CHECK(text_of(s->old_value) == "180km/h");
  CHECK(text_of(s->new_value) == "210km/h");
  // "half a percentage point" is a change in points.
  claims = extract("Inflation eased to 2.4% from 2.9%, a fall of half a percentage point.");
  s = statement(claims);
  REQUIRE(s);
  REQUIRE(s->changes.size() == 1);
  CHECK(s->changes[0].unit == "pp");
  CHECK(s->changes[0].value == doctest::Approx(0.5));
  // A comparative multiple names its base after it.
  claims = extract("The round values the firm at $2.3 billion, more than double the $950 million.");
  s = statement(claims);
  REQUIRE(s);
  CHECK(text_of(s->old_value) == "$950 million");
  CHECK(text_of(s->new_value) == "$2.3 billion");
  CHECK(changes_of(*s) == "double");
  // Counts with what the set belongs to, or an adjective, before the list.
  claims =
      extract("There are two bidders for the Hartwell retail park (Ardent Partners and Lowry).");
  bool listed = false;
  for (const Claim& c : claims.claims) listed = listed || c.kind == ClaimKind::kEnumeration;
  CHECK(listed);
  claims = extract("It flies to three Nordic capitals (Oslo, Helsinki and Copenhagen).");
  listed = false;
  for (const Claim& c : claims.claims)
    listed = listed || (c.kind == ClaimKind::kEnumeration && c.count == 3);
  CHECK(listed);
  // A number glued to a letter is a name, never a count: "M2 Leeds, S1 York and P3 Hull".
  claims = extract("It rents three of its sites: M2 Leeds, S1 York and P3 Hull.");
  for (const Claim& c : claims.claims)
    CHECK_FALSE((c.kind == ClaimKind::kEnumeration && c.count != 3));
  // "up to" is a hedge, not a rise.
  claims = extract("The plan could cost up to $40 million from next year.");
  CHECK(statement(claims) == nullptr);
}

TEST_CASE("a fraction after a lead and a hedge is the size of the change, as a share") {
  struct Case {
    std::string_view text;
    std::string_view old_value, new_value, change, hedge;
    double value;
  };
  const Case cases[] = {
      // A hedge between "by" and the fraction.
      {"Takings at the Wexcombe lido rose by nearly a quarter, to \xC2\xA3"
       "58 million from \xC2\xA3"
       "47 million.",
       "\xC2\xA3"
       "47 million",
       "\xC2\xA3"
       "58 million",
       "a quarter", "nearly", 25},
      {"Orders at Pelling Tools fell by more than a fifth, to 3,120 from 4,050.", "4,050", "3,120",
       "a fifth", "more than", 20},
      // "up" and "down" lead a fraction without "by".
      {"Ridership was down a tenth at 8,700 from 9,650.", "9,650", "8,700", "a tenth", "", 10},
      {"Fees were up about a sixth, to 1,400 from 1,200.", "1,200", "1,400", "a sixth", "about",
       16.6666666667},
      // A verb of change leads it too, with or without a hedge.
      {"Members of the Corran club climbed a sixth, to 1,400 from 1,200.", "1,200", "1,400",
       "a sixth", "", 16.6666666667},
      {"Bookings at the Skelby inn slid almost a quarter to 600 from 790.", "790", "600",
       "a quarter", "almost", 25},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Claims claims = extract(c.text);
    const Claim* s = statement(claims);
    REQUIRE(s != nullptr);
    // Old and new values keep their roles; the fraction is the one change.
    CHECK(text_of(s->old_value) + " -> " + text_of(s->new_value) ==
          std::string(c.old_value) + " -> " + std::string(c.new_value));
    REQUIRE(s->changes.size() == 1);
    const Quantity& q = s->changes[0];
    CHECK(q.text == c.change);
    CHECK(q.hedge == c.hedge);
    CHECK(q.unit == "%");
    // The fraction's own room, before the hedge widens it.
    CHECK(q.value == doctest::Approx(c.value).epsilon(1e-6));
  }
  // "a quarter" led by neither stays a period, "up a fifth straight win" is an ordinal, and "down
  // a quarter of a point" is no share.
  for (std::string_view text :
       {"The side picked up a fifth straight win.", "It earns $3m a quarter.",
        "The rate is down a quarter of a point at 4.1%."}) {
    CAPTURE(text);
    for (const Claim& c : extract(text).claims) {
      for (const Quantity& q : c.quantities) CHECK(!(q.is_word && q.unit == "%"));
    }
  }
}

TEST_CASE("'on' names an old value only right after a noun of change") {
  // Elsewhere "on" names no old value: "rose 5% on the year to $3bn".
  const Claims claims = extract("Sales at Orme rose 5% on the year to $3bn.");
  const Claim* s = statement(claims);
  REQUIRE(s != nullptr);
  CHECK(!s->old_value);
  CHECK(text_of(s->new_value) == "$3bn");
}

TEST_CASE("a fraction after a verb of change, or a noun of change and of, is its size") {
  for (std::string_view text : {"Visitors to the Tarn gallery jumped a third last year.",
                                "The Brack mill reported a fall of roughly a quarter in orders.",
                                "Spending reached £40m, a rise of more than a fifth."}) {
    CAPTURE(text);
    bool share = false;
    for (const Claim& c : extract(text).claims) {
      for (const Quantity& q : c.quantities) share = share || (q.is_word && q.unit == "%");
    }
    CHECK(share);
  }
  // Elsewhere "a quarter" is a period: "pays $2m a quarter", "the end of a quarter".
  for (std::string_view text :
       {"The Hollin fund pays $2m a quarter.", "Rent at the Pike estate is due once a quarter.",
        "Stock is counted at the end of a quarter."}) {
    CAPTURE(text);
    for (const Claim& c : extract(text).claims) {
      for (const Quantity& q : c.quantities) CHECK(!(q.is_word && q.unit == "%"));
    }
  }
}

TEST_CASE("one point before a percent is a change of one percentage point") {
  struct Case {
    std::string_view text, change;
  };
  const Case cases[] = {
      {"Turnout in Ashby fell one point from 41.5% to 40.5%.", "one point"},
      {"Its vote share rose by a point to 19% from 18%.", "a point"},
      {"Core inflation slowed a full point, to 2.9% from 3.9%.", "a full point"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Claims claims = extract(c.text);
    const Claim* s = statement(claims);
    REQUIRE(s != nullptr);
    REQUIRE(s->changes.size() == 1);
    CHECK(s->changes[0].text == c.change);
    CHECK(s->changes[0].unit == "pp");
    CHECK(s->changes[0].value == doctest::Approx(1.0));
  }
  // After a percent and a verb of change: "34%, up a point".
  for (std::string_view text : {"Support for the Ledger party is 34%, up a point.",
                                "Turnout at Fellbeck was 58%, down a full point."}) {
    CAPTURE(text);
    bool points = false;
    for (const Claim& c : extract(text).claims) {
      for (const Quantity& q : c.quantities) points = points || (q.unit == "pp" && q.value == 1);
    }
    CHECK(points);
  }
  // "a point" or "one point" with no percent after it is no figure at all.
  for (std::string_view text : {"At one point to the north the road floods.",
                                "Sales reached a point from which they never recovered."}) {
    CAPTURE(text);
    for (const Claim& c : extract(text).claims) CHECK(c.quantities.empty());
  }
}
