// extract() then check() on sentences modelled on real copy (their phrasing, our own figures and
// names): what the five change checks say about consistent statements and about broken ones.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tests/checker/sentence_table.h"

namespace factcheck {
namespace {

using testing::Case;
using testing::findings_of;
using testing::run_table;
using testing::run_worst_table;

// The message of the one finding of a check on a sentence.
std::string only_message(std::string_view text, std::string_view check_id) {
  const auto found = findings_of(text, check_id);
  REQUIRE(found.size() == 1);
  return found[0].message;
}

constexpr std::string_view kWrongBase = "change computed against the new value instead of the old";

TEST_CASE("consistent change statements pass, some only within rounding") {
  run_table({
      // Bare degrees after values on a named scale are that scale's degrees.
      {"Average July highs rose from 23.4C to 24.6C, an increase of 1.2 degrees.", "difference",
       "pass"},
      {"Average July highs rose from 23.4C to 24.6C, an increase of 2.1 degrees.", "difference",
       "error"},
      {"Sea temperatures climbed from 58.1F to 60.3F, a rise of 2.2 degrees.", "difference",
       "pass"},
      {"Quarterly profits at the media group jumped 76% to $2.26bn for the three months to "
       "December, from $1.278bn a year earlier.",
       "percent-change", "pass"},
      {"The retailer said fourth quarter sales rose 2% to $22.2bn from $22.8bn.", "percent-change",
       "error"},
      {"The retailer said fourth quarter sales rose 2% to $22.2bn from $21.8bn.", "percent-change",
       "pass"},
      {"The retailer said fourth quarter sales rose 2% to $22.2bn from $21.8bn.",
       "change-direction", "pass"},
      {"Net revenues increased $ 614 million , or 15% ( 15 % ) , to $ 4.6 billion in 2025 from $ "
       "4.0 billion in 2024 .",
       "difference", "pass"},
      {"Net revenues increased $ 614 million , or 15% ( 15 % ) , to $ 4.6 billion in 2025 from $ "
       "4.0 billion in 2024 .",
       "percent-change", "pass"},
      {"Selling expenses increased $ 54 million , or 6% ( 6 % ) , to $ 900 million in 2025 .",
       "percent-change", "pass"},
      {"Selling expenses increased $ 54 million , or 6% ( 6 % ) , to $ 900 million in 2025 .",
       "difference", "none"},
      {"Gross margin decreased by 130 basis points to 38.7% from 40.0%.", "percentage-points",
       "pass"},
      {"Operating profit doubled to EUR 5,372.4 mn from EUR 2,519.4 mn.", "multiple", "pass"},
      {"Working capital was $24.6 million, a decrease of $0.8 million from $25.4 million.",
       "difference", "pass"},
      {"Operating income increased $ 29.8 million to $ 6.2 million in 2025 from a loss of $ 23.6 "
       "million in 2024 .",
       "difference", "pass"},
      {"Market value fell from $4.8 billion to $3.0 billion in just eight weeks, a 38% erosion.",
       "percent-change", "pass"},
      {"Depots with a carrying value of $6,210 were written down to their fair value of $2,480, "
       "resulting in an impairment totaling $3,730.",
       "difference", "pass"},
      {"The LSE has recorded its biggest one-day gain, rising 2.8% to a record.\n\nThe index "
       "rose 164.32 points in three hours. The LSE index closed at 6031.85.",
       "percent-change", "pass"},
  });
}

TEST_CASE("broken change statements are errors naming the slip that explains them") {
  run_table({
      {"The retailer said fourth quarter sales fell 2% to $22.2bn from $21.8bn.", "percent-change",
       "error", "direction reversed"},
      {"The retailer said fourth quarter sales fell 2% to $22.2bn from $21.8bn.",
       "change-direction", "error", "direction reversed"},
      {"Operating income dropped 21% to $824 million from $996 million.", "percent-change", "error",
       kWrongBase},
      {"Costs fell 8% to $1,468 million from $1,596 billion.", "percent-change", "error",
       "million taken for billion"},
      {"Research and development costs increased $ 72 million , or 9% ( 9 % ) , to $ 804 million "
       "in 2025 .",
       "percent-change", "error", kWrongBase},
      {"Interest expense was $ 192 million in 2025 , a decrease of $ 36 million from $ 242 "
       "million in 2024 .",
       "difference", "error"},
      {"Service revenue halved to EUR 24.6 mn from EUR 33.6 mn.", "multiple", "error"},
      {"Depots with a carrying value of $6,210 were written down to their fair value of $2,480, "
       "resulting in an impairment totaling $6,341.",
       "difference", "error"},
      {"The LSE has recorded its biggest one-day gain, rising 5.8% to a record.\n\nThe index "
       "rose 164.32 points in three hours. The LSE index closed at 6031.85.",
       "percent-change", "error"},
      {"The LSE has recorded its biggest one-day gain, rising 2.8% to a record.\n\nThe index "
       "rose 279.34 points in three hours. The LSE index closed at 6031.85.",
       "percent-change", "error"},
      {"Unit costs fell to 25.94 cents from 24.82 cents.", "change-direction", "error",
       "direction reversed"},
  });
}

TEST_CASE("statements the source gets right are not flagged") {
  run_table({
      // From a profit to a loss is a fall of the result, whichever metric names it.
      {"The Danish ferry operator said net loss in July through September was euro31 million , "
       "down from a net profit of euro8 million a year earlier .",
       "change-direction", "pass"},
      {"It posted an operating loss of EUR 71.4 mn , down from a profit of EUR 22.6 mn .",
       "change-direction", "pass"},
      {"Its net loss rose to EUR 12.5 mn from a net profit of EUR 3.1 mn .", "change-direction",
       "pass"},
      {"Operating profit fell to a loss of EUR 5.5 mn from a profit of EUR 3.1 mn .",
       "change-direction", "pass"},
      // The change of a clause after ", as" is another metric's.
      {"Brovar Brewing , which is owned by Norway 's Nordvik Group , raised its market share to "
       "18.42 percent from 17.06 percent , as beer sales for the eight months jumped by 12.3 "
       "percent to 36.2 million liters .",
       "percent-change", "none"},
      // A component "including" introduces is not the stated change.
      {"Operating profit fell to EUR 41.7 mn from EUR 77.2 mn in 2011 , including property sales "
       "gain of EUR 9.6 mn .",
       "difference", "none"},
      // A later change with a value of its own, in other units, is not the first one's.
      {"The robot has improved in other ways too, increasing its top speed, from 2.1km/h to 3.4km, "
       "growing 12cm to 142cm and gaining 3kg in weight.",
       "difference", "none"},
      {"The robot's top speed rose from 2.1km/h to 3.4km/h, growing 12cm to 142cm.", "difference",
       "none"},
      // A part's level, then a total of its own set against last year's ("making", "giving",
      // "taking", "bringing" end the part's clause): the change is the total's.
      {"The final payout rises to 9.5p a share, making 15.0p for the year against 13.2p, an "
       "increase of 14%.",
       "percent-change", "pass"},
      {"Exports rose to $8m in May, giving $38m for the year compared with $33m, a rise of 15%.",
       "percent-change", "pass"},
      {"The second-half dividend rose to 7.1p, taking the total to 11.8p against 10.4p, up 13%.",
       "percent-change", "pass"},
      {"The final payout rises to 9.5p a share, making 15.0p for the year against 13.2p, an "
       "increase of 24%.",
       "percent-change", "error"},
      // ... and a result cannot rise from a profit to a loss.
      {"Operating profit rose to a loss of EUR 5.5 mn from a profit of EUR 3.1 mn .",
       "change-direction", "error", "direction reversed"},
  });
}

TEST_CASE("a percent between two percentages that fits only as points is an error") {
  run_table({
      {"The margin rose from 10% to 12%, a 2% increase.", "percentage-points", "error",
       "percentage points taken for percent"},
      {"The margin rose from 10% to 12%, a 2% increase.", "percent-change", "none"},
      {"The tax rate increased to 49.2% from 42.0%, an increase of 7.2%.", "percentage-points",
       "error", "percentage points taken for percent"},
      {"The jobless rate rose from 4.1% to 6.7%, up 2.6%.", "percentage-points", "error",
       "percentage points taken for percent"},
      {"Turnout fell to 58.2% from 61.0%, down 2.8%.", "percentage-points", "error",
       "percentage points taken for percent"},
      {"Its market share climbed to 23.5% from 21.1%, a gain of 2.4 percentage points.",
       "percentage-points", "pass"},
      {"The vacancy rate rose from 8.0% to 10.0%, a 25% increase.", "percentage-points", "none"},
  });
}

TEST_CASE("decreases past the whole, loose multiples, undersold floors and hedged pairs") {
  run_table({
      {"Members who save monthly are 400% less likely to miss a payment.", "percent-change",
       "error", "decrease past the whole amount: 5.0 times as much read backwards"},
      {"The council vowed to cut landfill waste by 300 percent within a decade.", "percent-change",
       "error", "decrease past the whole amount: 4.0 times as much read backwards"},
      {"Net profit fell 140% as the lender booked a large loss.", "percent-change", "none"},
      {"Fares were 40% less than a year before.", "percent-change", "none"},
      {"Sales doubled from $10.0 million to $15.5 million last year.", "multiple", "warning"},
      {"Sales nearly doubled from $10.0 million to $17.5 million last year.", "multiple", "pass"},
      {"Sales more than doubled from $10.0 million to $17.5 million last year.", "multiple",
       "warning"},
      {"Sales more than doubled, from $10.0 million to $23.5 million, last year.", "multiple",
       "pass"},
      {"Sales doubled from $10.0 million to $20.4 million last year.", "multiple", "pass"},
      {"Revenue rose more than 5% to $20 million from $10 million.", "percent-change", "pass"},
      {"Revenue was approximately $8.4 million in 2025, compared with approximately $6.1 million "
       "in 2024, an increase of 68%.",
       "percent-change", "error"},
      {"Revenue was approximately $8.4 million in 2025, compared with approximately $6.1 million "
       "in 2024, an increase of 38%.",
       "percent-change", "pass"},
  });
  CHECK(only_message("Sales more than doubled from $10.0 million to $17.5 million last year.",
                     "multiple") ==
        "\"more than doubled\" for 1.75× ($10.0 million to $17.5 million) is 12.5% below 2.0×");
  CHECK(only_message("Revenue rose more than 5% to $20 million from $10 million.", "percent-change")
            .find("\"more than 5%\" undersells it") != std::string::npos);
}

TEST_CASE("a fall by half allows what halved allows; a rise by half is a plain 50%") {
  run_table({
      // 31,000 from 70,000 is a ratio of 0.44, which "halved" allows (0.4 to 0.667).
      {"Ticket sales fell by half to 31,000, from 70,000 in 2024.", "percent-change", "pass"},
      {"The council cut its grant by half, to $3.9 million from $6.2 million.", "percent-change",
       "pass"},
      {"Visitor numbers dropped by half to 2,600 from 5,800.", "percent-change", "pass"},
      // A ratio of 0.85 or 0.3 is no halving.
      {"Ticket sales fell by half to 59,500, from 70,000 in 2024.", "percent-change", "error"},
      {"Visitor numbers dropped by half to 1,700 from 5,800.", "percent-change", "error"},
      // A rise by half is 50% at the word's own precision (45 to 55%).
      {"Rents rose by half to $1,500 from $1,000.", "percent-change", "pass"},
      {"Rents rose by half to $1,650 from $1,000.", "percent-change", "error"},
      // A hedge keeps its end: "more than half" has no top, "less than half" no floor.
      {"The group cut its holding by more than half, to 9% from 35%.", "percent-change", "pass"},
      {"Staff numbers fell by more than half to 800 from 2,900.", "percent-change", "pass"},
      {"Staff numbers fell by more than half to 2,300 from 2,900.", "percent-change", "error"},
      {"Output dropped by less than half, to 610 tonnes from 1,000 tonnes.", "percent-change",
       "pass"},
      {"Output dropped by less than half, to 150 tonnes from 1,000 tonnes.", "percent-change",
       "error"},
      {"Its debt fell by about half, to $4.1 million from $8.9 million.", "percent-change", "pass"},
  });
}

TEST_CASE("a comparative is judged against the value after \"than\"") {
  run_table({
      // 820 / 1,000: 18% lower.
      {"Rents in Derby average £820 a month, 18% lower than the £1,000 in Leicester.",
       "percent-change", "pass"},
      // 22% is the gap over the lower rent: the wrong base.
      {"Rents in Derby average £820 a month, 22% lower than the £1,000 in Leicester.",
       "percent-change", "error", kWrongBase},
      {"Rents in Derby average £820 a month, 30% lower than the £1,000 in Leicester.",
       "percent-change", "error"},
      // 2.7 / 2.4 is 12.5% higher, 11.1% lower the other way round.
      {"Orbis earned $2.7bn, 12% higher than Halcyon's $2.4bn.", "percent-change", "pass"},
      {"Orbis earned $2.7bn, 25% higher than Halcyon's $2.4bn.", "percent-change", "error"},
      // With no value after "than", nothing to judge against.
      {"Prices were 5% higher than a year earlier at $4.20.", "percent-change", "none"},
      // The base after a longer possessive: 6.3 / 5.2 is 21.2% higher.
      {"Its turnover of $6.3bn was 20% higher than its nearest rival's $5.2bn.", "percent-change",
       "pass"},
      {"Its turnover of $6.3bn was 30% higher than its nearest rival's $5.2bn.", "percent-change",
       "error"},
  });
}

TEST_CASE("a plain figure set beside its cued old value is judged with the stated gap") {
  run_table({
      {"The mayor's net rating is minus 31, compared with minus 22 in May, a fall of nine points.",
       "difference", "pass"},
      {"The mayor's net rating is minus 31, compared with minus 22 in May, a fall of six points.",
       "difference", "error"},
      {"The survey's index is 47, against 52 a month earlier, a drop of five points.", "difference",
       "pass"},
      {"The survey's index is 47, against 52 a month earlier, a drop of eight points.",
       "difference", "error"},
  });
  // A sign in words is shown as written, not signed twice.
  const auto found = findings_of(
      "The mayor's net rating is minus 31, compared with minus 22 in May, a fall of nine points.",
      "difference");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("from minus 22 to minus 31") != std::string::npos);
}

TEST_CASE("a figure more or less than an earlier one is a change from it") {
  run_table({
      // A difference "more than last year's" base, with the level it brings the thing to.
      {"The trust hired 85 more nurses than last year's 1,140, taking its ward staff to 1,225.",
       "difference", "pass"},
      {"The trust hired 85 more nurses than last year's 1,140, taking its ward staff to 1,255.",
       "difference", "error"},
      {"The fair drew 3,400 more visitors than last year's 41,600, for a total of 45,000.",
       "difference", "pass"},
      {"The fair drew 3,400 more visitors than last year's 41,600, for a total of 46,000.",
       "difference", "error"},
      {"Harlow Mills shipped 610 more tonnes of flour than last year's 9,390 tonnes, for 10,000 "
       "tonnes in all.",
       "difference", "pass"},
      {"Ferrybridge sold 220 fewer cars than last year's 2,050, bringing the total to 1,830.",
       "difference", "pass"},
      {"Ferrybridge sold 220 fewer cars than last year's 2,050, bringing the total to 1,930.",
       "difference", "error"},
      // A percent more or less than a base, the new value named before or after.
      {"A season ticket will cost £1,512 next year, 8% more than this year's £1,400.",
       "percent-change", "pass"},
      {"A season ticket will cost £1,512 next year, 4% more than this year's £1,400.",
       "percent-change", "error"},
      {"The port handled 6% more containers than a year earlier, when it moved 2.5 million, "
       "taking the total to 2.65 million.",
       "percent-change", "pass"},
      {"The port handled 16% more containers than a year earlier, when it moved 2.5 million, "
       "taking the total to 2.65 million.",
       "percent-change", "error"},
      {"The bakery used 15% less energy than last year's 4.0 GWh, for 3.4 GWh.", "percent-change",
       "pass"},
      // With no value after the base, nothing to judge.
      {"The airline flew 12 per cent more passengers than a year earlier, when it flew 3.6 "
       "million.",
       "percent-change", "none"},
      // "more than" before a figure is a hedge, not a comparison.
      {"Profit was more than $5 million, up from $4.1 million last year.", "difference", "none"},
      {"The club has more than 1,200 members, against 1,150 last year.", "difference", "none"},
  });
}

TEST_CASE("a whole divided into parts named after it is their sum, and a total stated after them") {
  run_table({
      // Words that divide a figure (part-whole-division) name all its parts: short or past, a
      // warning; a bracketed amount after each part's name is the part.
      {"The £96m roads fund is split between resurfacing (£61m), bridges (£24m) and cycle lanes "
       "(£15m).",
       "part-whole", "warning"},
      {"The £96m roads fund is split between resurfacing (£61m), bridges (£24m) and cycle lanes "
       "(£11m).",
       "part-whole", "pass"},
      {"The £96m roads fund is divided into resurfacing (£61m), bridges (£24m) and cycle lanes "
       "(£7m).",
       "part-whole", "warning"},
      // Who pays for a whole names its parts too (funded by, paid for by, comes from, shared by);
      // a count's thousands comma starts no clause.
      {"The £73m stadium was funded by the club (£31m), the city (£27m) and a lottery grant "
       "(£19m).",
       "part-whole", "warning"},
      {"The £73m stadium was funded by the club (£31m), the city (£27m) and a lottery grant "
       "(£15m).",
       "part-whole", "pass"},
      {"The 3,600 places are shared by local pupils (2,150), boarders (940) and overseas students "
       "(610).",
       "part-whole", "warning"},
      {"The 3,600 places are shared by local pupils (2,150), boarders (940) and overseas students "
       "(510).",
       "part-whole", "pass"},
      // Shares of a divided whole are all of it: past 100% or short of it.
      {"The €1.8bn line was paid for by the EU (40%), the state (35%) and regions (35%).",
       "part-whole", "warning"},
      {"The €1.8bn line was paid for by the EU (40%), the state (35%) and regions (25%).",
       "part-whole", "pass"},
      // Figures after a clause break are not the list of parts; a clause after the last part may
      // name more of the whole, so parts short of it are no slip.
      {"The $4bn loan was financed by banks, with Citi ($1.5bn) and BNP ($1.1bn) among them.",
       "part-whole", "none"},
      {"The £73m stadium was funded by the club (£31m) and the city (£27m), with the rest from "
       "fans.",
       "part-whole", "pass"},
      // Two figures before the division: which is the whole is unclear.
      {"Of £120m raised, the £96m roads fund is split between resurfacing (£61m) and bridges "
       "(£24m).",
       "part-whole", "none"},
      // A total after the parts, named as one (lead-total).
      {"Monthly sales of $21m, $24m and $26m gave a total of $75m for the quarter.", "part-whole",
       "warning"},
      {"Monthly sales of $21m, $24m and $26m gave a total of $71m for the quarter.", "part-whole",
       "pass"},
  });
}

TEST_CASE(
    "shares of a counted whole add up to 100% at most, whatever ages or sources surround them") {
  run_table({
      // Ages and age bands ("over 65", "18 to 64") are not parts of the count.
      {"Of the 18,400 patients admitted with flu, 46% were over 65, 38% were aged 18 to 64 and 24% "
       "were children, the report said.",
       "part-whole", "warning"},
      {"Of the 18,400 patients admitted with flu, 46% were over 65, 38% were aged 18 to 64 and 16% "
       "were children, the report said.",
       "part-whole", "pass"},
      {"Of the 2,600 runners who finished, 41% were under 30, 37% were aged 30 to 49 and 29% were "
       "older.",
       "part-whole", "warning"},
      // A source named after the last share is not a poll's answers.
      {"Of the 41.2 million journeys, 52% were made by commuters, 31% by leisure travellers and "
       "23% "
       "by students, according to a survey of 6,000 passengers.",
       "part-whole", "warning"},
      {"Of the 41.2 million journeys, 52% were made by commuters, 31% by leisure travellers and "
       "17% "
       "by students, according to a survey of 6,000 passengers.",
       "part-whole", "pass"},
      // Answers to a poll may overlap.
      {"Of the 900 staff asked, 52% said pay mattered most, 40% said hours and 21% said location.",
       "part-whole", "none"},
      {"Of those polled, 45% said they would cycle, 38% would walk and 30% would drive.",
       "part-whole", "none"},
  });
}

TEST_CASE("a multiple and a percent of one change agree, the level it reached or not") {
  run_table({
      {"Orders for the new van tripled in the spring. Orders for the new van had risen "
       "300% to 1,240 by June.",
       "restated-change", "warning",
       "a multiple read as a percent increase: tripled is a rise of "
       "200.0%, not 300%"},
      {"Orders for the new van tripled in the spring. Orders for the new van had risen "
       "200% to 1,240 by June.",
       "restated-change", "pass"},
      {"Visits to the museum doubled after the refit. Visits to the museum rose 200% to 84,000 "
       "in the summer.",
       "restated-change", "warning",
       "a multiple read as a percent increase: doubled is a rise of "
       "100.0%, not 200%"},
      {"Visits to the museum doubled after the refit. Visits to the museum rose 100% to 84,000 "
       "in the summer.",
       "restated-change", "pass"},
      // With its old value the percent is percent-change's to judge.
      {"Orders for the new van tripled in the spring. Orders for the new van had risen "
       "300% to 1,240 from 310 by June.",
       "restated-change", "none"},
  });
}

TEST_CASE("an implied base that agrees with a figure stated nearby is a pass, else a note") {
  run_table({
      {"The operator runs 240 buses. It will retire 18 buses, or 7.5% of its fleet.",
       "implied-value", "pass"},
      {"The operator runs 300 buses. It will retire 18 buses, or 7.5% of its fleet.",
       "implied-value", "note"},
      {"The society has 2,000 members. Some 120 people, or about 6%, voted at the meeting.",
       "implied-value", "pass"},
      {"The trust spends £64 million a year on agency staff.\n\nA 15% cut in that bill would "
       "save about £9.6 million.",
       "implied-value", "pass"},
      // Two paragraphs away, a figure that fits may be a coincidence.
      {"The firm has 5,000 staff.\n\nIts results were strong.\n\nIt will cut 250 jobs, or 5% "
       "of its workforce.",
       "implied-value", "note"},
  });
}

TEST_CASE("a count per head follows from the two counts, whatever words name them") {
  run_table({
      {"The district's 96,000 residents over 65 are served by 120 community pharmacies, or 900 "
       "people per pharmacy.",
       "rate", "error"},
      {"The district's 96,000 residents over 65 are served by 120 community pharmacies, or 800 "
       "people per pharmacy.",
       "rate", "pass"},
      {"The county's 4,500 pupils attend 18 primary schools, or 250 pupils per school.", "rate",
       "pass"},
      {"The county's 4,500 pupils attend 18 primary schools, or 300 pupils per school.", "rate",
       "error"},
      {"The bank's 6,300 staff work in 140 branches, or 45 staff per branch.", "rate", "pass"},
      // Two counts of people: which one the rate divides is not certain.
      {"The town's 52,000 residents and 3,100 students share 14 surgeries, or 4,000 people per "
       "surgery.",
       "rate", "none"},
  });
}

TEST_CASE("a change from a stated base with no end value implies one, a pass when it is stated") {
  run_table({
      {"The museum drew 150 more visitors than last year's 1,200.", "implied-value", "note"},
      {"The museum drew 150 more visitors than last year's 1,200. In all, 1,350 people came.",
       "implied-value", "pass"},
      {"The port moved 12 per cent more containers than a year earlier, when it moved 2.5 million. "
       "The total was 2.8 million.",
       "implied-value", "pass"},
      {"The port moved 12 per cent more containers than a year earlier, when it moved 2.5 million. "
       "The total was 3.1 million.",
       "implied-value", "note"},
  });
  CHECK(only_message("The museum drew 150 more visitors than last year's 1,200.", "implied-value")
            .find("1,350") != std::string::npos);
}

TEST_CASE("statements whose figures may be read otherwise stay quiet") {
  for (std::string_view text : {
           "The operator now runs 48 coaches, up from 44 last spring, following the purchase of "
           "six "
           "electric models.",
           "The clinic now sees 310 patients a day, up from 290 in May, after hiring five nurses.",
           "The company expects revenue of $2.1 billion to $2.2 billion, down from a previous "
           "forecast of $2.3 billion to $2.5 billion.",
           "The bank now sees growth of 1.2% to 1.4%, down from its earlier view of 1.5% to 1.8%.",
       }) {
    CAPTURE(text);
    for (const Finding& f : check(extract(text))) {
      CAPTURE(f.message);
      CHECK(f.severity < Severity::kWarning);
    }
  }
}

}  // namespace
TEST_CASE("a total in a physical unit over several periods is restated per period like a count") {
  run_table({
      {"The utility will replace 2,700 km of water mains over the decade, about 540 km a year.",
       "rate", "error"},
      {"The utility will replace 2,700 km of water mains over the decade, about 270 km a year.",
       "rate", "pass"},
      {"The quarry sold 3.6 million tonnes of gravel in the first nine months, roughly 600,000 "
       "tonnes a month.",
       "rate", "error"},
      {"The quarry sold 3.6 million tonnes of gravel in the first nine months, roughly 400,000 "
       "tonnes a month.",
       "rate", "pass"},
      {"The dairy shipped 84,000 litres over 14 days, some 9,000 litres a day.", "rate", "error"},
      // A speed is not an amount that adds up over periods.
      {"The trains ran at 160 km/h over the decade, about 16 km/h a year faster.", "rate", "none"},
  });
}

// See: issue 10 ("Parts against a whole"): implied values in physical units.
TEST_CASE("a percentage of a base in any unit, restated as an amount, is judged against it") {
  run_worst_table({
      // 22% of 450 GWh = 99 GWh.
      {"Solar met 22% of the 450 GWh used, or about 130 GWh.", "implied-value", "error"},
      {"Solar met 22% of the 450 GWh used, or about 99 GWh.", "implied-value", "pass"},
      {"It exported 35% of its 8,000 tonnes of wheat, or 3,600 tonnes.", "implied-value", "error"},
      {"It exported 35% of its 8,000 tonnes of wheat, or 2,800 tonnes.", "implied-value", "pass"},
  });
}

TEST_CASE("a fraction set off by commas or dashes after a part is a share of the whole") {
  run_worst_table({
      // 90 / 300 = 30%, not a fifth.
      {"Of the 300 trains, 90, about a fifth, ran late.", "ratio-percent", "error"},
      {"Of the 300 trains, 60, a fifth, ran late.", "ratio-percent", "pass"},
      {"Of its 1,600 members, 720 — roughly a quarter — voted.", "ratio-percent", "error"},
      {"Of the same 1,600 members, 400, a quarter, voted.", "ratio-percent", "pass"},
      {"The poll reached 1,800 voters, of which 800, roughly a third, backed the plan.",
       "ratio-percent", "error"},
      {"The poll reached 1,800 voters, of which 600, roughly a third, backed the plan.",
       "ratio-percent", "pass"},
      // "a quarter" as a period stays a period.
      {"The firm earned $40m in its first quarter, a quarter better than planned.", "ratio-percent",
       "none"},
  });
}

TEST_CASE("a share in words of a whole counted in the sentence before is judged against it") {
  run_table({
      {"The library surveyed 1,500 readers in June.\nRoughly a quarter of the readers, 620 "
       "people, wanted longer hours.",
       "ratio-percent", "error"},
      {"The library surveyed 1,500 readers in June.\nRoughly a quarter of the readers, 380 "
       "people, wanted longer hours.",
       "ratio-percent", "pass"},
      {"The firm employs 3,000 drivers. Nearly half of the drivers, 1,900, work nights.",
       "ratio-percent", "error"},
      // Another noun: the share is of something else.
      {"The firm employs 3,000 drivers. Nearly half of the vehicles, 1,900, are electric.",
       "ratio-percent", "none"},
      // Two sentences away: the whole may have changed.
      {"The firm employs 3,000 drivers. It opened a depot. Nearly half of the drivers, 1,900, "
       "work nights.",
       "ratio-percent", "none"},
  });
}

TEST_CASE("a ratio-percent verdict names the computed share and what the stated percent allows") {
  CHECK(only_message("Of the 1,250 members, 410 (42%) voted.", "ratio-percent") ==
        "the 42% does not fit 410 / 1,250 (32.8%; 42% allows 41.5% to 42.5%)");
  const std::string hedged =
      only_message("The board approved 270 of 900 requests, a rate of about 36%.", "ratio-percent");
  CHECK(hedged.find("(30.0%; \"about 36%\" allows ") != std::string::npos);
  CHECK(only_message("Two in five voters (47%) backed the plan.", "ratio-percent")
            .ends_with("(40.0%, read as 36.0% to 44.0%)"));
}

TEST_CASE("a message keeps the hedge the writer put on the stated change") {
  CHECK(only_message("The average rent fell by more than £900 from £24,310 in May to £23,620 in "
                     "June.",
                     "difference")
            .starts_with("reported more than £900 decrease"));
  CHECK(only_message("Ticket sales rose nearly 10% from 80,000 to 104,000 over the summer.",
                     "percent-change")
            .starts_with("reported nearly 10% increase"));
  // No hedge, no words added.
  CHECK(only_message("Ticket sales rose 10% from 80,000 to 104,000 over the summer.",
                     "percent-change")
            .starts_with("reported 10% increase"));
}

TEST_CASE("a hedged fraction or one point as the size of a change is judged with its room") {
  run_table({
      // A third is no "nearly a quarter" (it is a quarter of the new value); a fifth after "a
      // drop of" is the size of the change (2,150 to 1,720 is 20%).
      {"Turnover at Haldane Yarns rose by nearly a quarter, to \xC2\xA3"
       "84 million from \xC2\xA3"
       "63 million.",
       "percent-change", "error", kWrongBase},
      {"Turnover at Haldane Yarns rose by nearly a quarter, to \xC2\xA3"
       "78 million from \xC2\xA3"
       "63 million.",
       "percent-change", "pass"},
      {"Entries fell to 1,720 from 2,150, a drop of about a fifth.", "percent-change", "pass"},
      {"Entries fell to 1,520 from 2,150, a drop of about a fifth.", "percent-change", "error"},
      {"Parcel volumes were down more than a tenth at 4,300 from 4,900.", "percent-change", "pass"},
      {"The jobless rate fell one point from 7.4% to 6.4%.", "percentage-points", "pass"},
      {"The jobless rate fell one point from 7.4% to 5.9%.", "percentage-points", "error"},
      {"The base rate was cut by a full point, to 3.4% from 4.5%.", "percentage-points", "pass"},
  });
}

TEST_CASE("an expansion or extension of a percent is a change's size") {
  run_table({
      {"The cycle network will grow from 40 km to 52 km, an extension of 30%.", "percent-change",
       "pass"},
      {"The cycle network will grow from 40 km to 52 km, an extension of 40%.", "percent-change",
       "error"},
      {"Floor space rose from 12,000 sq ft to 15,000 sq ft, an expansion of 25%.", "percent-change",
       "pass"},
      {"Floor space rose from 12,000 sq ft to 15,000 sq ft, an expansion of 22%.", "percent-change",
       "error"},
  });
}

}  // namespace factcheck
