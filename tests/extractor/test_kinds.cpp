// The claim kinds that are mostly text: dates, citations, enumerations, durations and rates.
// Sentences are modelled on real copy, with invented names and figures.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "extractor/extractor.h"
#include "extractor/lexicon.h"

using namespace factcheck;

namespace {

std::vector<const Claim*> of_kind(const Claims& c, ClaimKind kind) {
  std::vector<const Claim*> out;
  for (const Claim& claim : c.claims) {
    if (claim.kind == kind) out.push_back(&claim);
  }
  return out;
}

std::string_view at(std::string_view text, ByteSpan span) {
  return text.substr(span.begin, span.size());
}

// The first claim of a kind whose text is `want`, or null.
const Claim* with_text(const Claims& c, ClaimKind kind, std::string_view want) {
  for (const Claim* claim : of_kind(c, kind)) {
    if (at(c.text, claim->span) == want) return claim;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("dates are read in the forms copy writes them") {
  struct Case {
    std::string_view text;
    std::string_view date_text;  // the claim's span
    std::string_view iso;
    std::string_view iso_end;
    std::string_view weekday;
    int year, month, day, quarter, half;
    bool fiscal;
  };
  const Case cases[] = {
      {"On 4 March 2027, Brillo reported results.", "4 March 2027", "2027-03-04", "", "", 2027, 3,
       4, 0, 0, false},
      {"Brillo said on March 4, 2027 that sales rose.", "March 4, 2027", "2027-03-04", "", "", 2027,
       3, 4, 0, 0, false},
      {"The call is on 19 June.", "19 June", "--06-19", "", "", 0, 6, 19, 0, 0, false},
      {"Brillo's earnings call (Thursday, 19 June) is next.", "Thursday, 19 June", "--06-19", "",
       "Thursday", 0, 6, 19, 0, 0, false},
      {"On Monday, 7 June 2027, the board met.", "Monday, 7 June 2027", "2027-06-07", "", "Monday",
       2027, 6, 7, 0, 0, false},
      {"Revenue for Q3 was flat.", "Q3", "--Q3", "", "", 0, 0, 0, 3, 0, false},
      // Dates in figures: the side past 12 is the day; 4/6 could be either, so only the year.
      {"For the period ended 12/30/2026, sales rose.", "12/30/2026", "2026-12-30", "", "", 2026, 12,
       30, 0, 0, false},
      {"The offer closed on 28/02/2025.", "28/02/2025", "2025-02-28", "", "", 2025, 2, 28, 0, 0,
       false},
      {"It was filed on 4/6/2024.", "4/6/2024", "2024", "", "", 2024, 0, 0, 0, 0, false},
      {"The year ended 12/26/09.", "12/26/09", "2009-12-26", "", "", 2009, 12, 26, 0, 0, false},
      {"Sales in Q2 2027 fell.", "Q2 2027", "2027-Q2", "", "", 2027, 0, 0, 2, 0, false},
      {"Orders rose in H1 2026.", "H1 2026", "2026-H1", "", "", 2026, 0, 0, 0, 1, false},
      {"Hiring slowed in March 2027.", "March 2027", "2027-03", "", "", 2027, 3, 0, 0, 0, false},
      {"Costs rose in fiscal 2024.", "fiscal 2024", "2024", "", "", 2024, 0, 0, 0, 0, true},
      {"Costs rose in fiscal year 2018.", "fiscal year 2018", "2018", "", "", 2018, 0, 0, 0, 0,
       true},
      {"FY2023 revenue was flat.", "FY2023", "2023", "", "", 2023, 0, 0, 0, 0, true},
      {"the rise in FY19 was small", "FY19", "2019", "", "", 2019, 0, 0, 0, 0, true},
      {"Between January and March 2027, churn rose.", "Between January and March 2027", "2027-01",
       "2027-03", "", 2027, 1, 0, 0, 0, false},
      {"Sales for the year ended December 31, 2018 rose.", "December 31, 2018", "2018-12-31", "",
       "", 2018, 12, 31, 0, 0, false},
      {"The balance as of June 30, 2017 was higher.", "June 30, 2017", "2017-06-30", "", "", 2017,
       6, 30, 0, 0, false},
      {"Multiples seen in mid\xE2\x80\x91"
       "2022 are gone.",
       "mid\xE2\x80\x91"
       "2022",
       "2022", "", "", 2022, 0, 0, 0, 0, false},
      {"The firm was founded in 2001.", "2001", "2001", "", "", 2001, 0, 0, 0, 0, false},
      {"Sales have grown since 2005.", "2005", "2005", "", "", 2005, 0, 0, 0, 0, false},
      {"It was the best 2010-2011 season.", "2010-2011", "2010", "2011", "", 2010, 0, 0, 0, 0,
       false},
      {"Output rose in the 2018/19 season.", "2018/19", "2018", "2019", "", 2018, 0, 0, 0, 0,
       false},
      {"Output for January-June 2008 was flat.", "January-June 2008", "2008-01", "2008-06", "",
       2008, 1, 0, 0, 0, false},
      {"Profit in the third quarter of 2007 fell.", "third quarter of 2007", "2007-Q3", "", "",
       2007, 0, 0, 3, 0, false},
      {"Fourth-quarter sales rose.", "Fourth-quarter", "--Q4", "", "", 0, 0, 0, 4, 0, false},
      {"The first half of 2025 was weak.", "first half of 2025", "2025-H1", "", "", 2025, 0, 0, 0,
       1, false},
      {"The loan is due by Dec. 31 at the latest.", "Dec. 31", "--12-31", "", "", 0, 12, 31, 0, 0,
       false},
      {"at december 31 , 2009 , the balance was", "december 31 , 2009", "2009-12-31", "", "", 2009,
       12, 31, 0, 0, false},
      // Impossible dates are read as written, for the date-validity check to flag.
      {"The audit is due on 31 April 2027.", "31 April 2027", "2027-04-31", "", "", 2027, 4, 31, 0,
       0, false},
      {"It closed on 29 February 2027.", "29 February 2027", "2027-02-29", "", "", 2027, 2, 29, 0,
       0, false},
      {"Results for Q5 2027 are due.", "Q5 2027", "2027-Q5", "", "", 2027, 0, 0, 5, 0, false},
      {"Sales in the five months from 3 August to 24 December rose.",
       "from 3 August to 24 December", "--08-03", "--12-24", "", 0, 8, 3, 0, 0, false},
      {"The fair runs 3-5 May 2027.", "3-5 May 2027", "2027-05-03", "2027-05-05", "", 2027, 5, 3, 0,
       0, false},
      // A range that crosses a new year starts in the year before the one written.
      {"Sales from 24 December to 3 August 2027 fell.", "from 24 December to 3 August 2027",
       "2026-12-24", "2027-08-03", "", 2026, 12, 24, 0, 0, false},
      {"Churn rose from November to February 2027.", "from November to February 2027", "2026-11",
       "2027-02", "", 2026, 11, 0, 0, 0, false},
      // A decade, in ISO 8601's reduced form.
      {"Prices last seen in the late 1990s are back.", "late 1990s", "199", "", "", 0, 0, 0, 0, 0,
       false},
      // A weekday before a date in figures is the date's; another word before it is not.
      {"The vote is on Sunday, 2027-05-02.", "Sunday, 2027-05-02", "2027-05-02", "", "Sunday", 2027,
       5, 2, 0, 0, false},
      {"Brillo NOTICE 14.03.2027 on the buyback.", "14.03.2027", "2027-03-14", "", "", 2027, 3, 14,
       0, 0, false},
      {"The board met on Fri 14/05/2027.", "Fri 14/05/2027", "2027-05-14", "", "Friday", 2027, 5,
       14, 0, 0, false},
      // "of" before the year, an apostrophe's year, the last part of a named year.
      {"Brillo listed in September of 2021.", "September of 2021", "2021-09", "", "", 2021, 9, 0, 0,
       0, false},
      {"Brillo listed on 3 May '27.", "3 May '27", "2027-05-03", "", "", 2027, 5, 3, 0, 0, false},
      {"Sales fell in the final quarter of 2026.", "final quarter of 2026", "2026-Q4", "", "", 2026,
       0, 0, 4, 0, false},
      {"Sales fell in the latter half of 2026.", "latter half of 2026", "2026-H2", "", "", 2026, 0,
       0, 0, 2, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Claims claims = extract(c.text);
    auto dates = of_kind(claims, ClaimKind::kDate);
    REQUIRE(dates.size() == 1);
    const Claim& d = *dates[0];
    CHECK(at(c.text, d.span) == c.date_text);
    CHECK(d.date == c.iso);
    CHECK(d.date_end == c.iso_end);
    CHECK(d.weekday == c.weekday);
    CHECK(d.year == c.year);
    CHECK(d.month == c.month);
    CHECK(d.day == c.day);
    CHECK(d.quarter == c.quarter);
    CHECK(d.half == c.half);
    CHECK(d.fiscal == c.fiscal);
    // A date is not a figure: it holds no quantity, and no figure claim overlaps it.
    CHECK(d.quantities.empty());
    for (const Claim& other : claims.claims) {
      if (&other != &d) CHECK_FALSE(other.span.overlaps(d.span));
    }
  }
}

TEST_CASE("years listed after a fiscal year are fiscal years") {
  Claims c = extract("Sales for fiscal 2026, 2025 and 2024 rose. Costs in 2023 and 2022 fell.");
  auto dates = of_kind(c, ClaimKind::kDate);
  REQUIRE(dates.size() == 5);
  for (std::size_t i = 0; i < dates.size(); ++i) {
    CAPTURE(at(c.text, dates[i]->span));
    CHECK(dates[i]->fiscal == (i < 3));
  }
}

TEST_CASE("numbers that are not dates stay out of the dates") {
  const std::string_view cases[] = {
      "The bid was $2004 in total.",
      "It sold 2,004 units.",
      "Fees were \xC2\xA3"
      "2019 a head.",
      "Boeing delivered the 717 on time.",
      "The office runs Windows 10.",
      "GPT-4 was released.",
      "The 767 tanker flew.",
      "Margins rose 2015% in a decade.",
      "ASU 2017-07 took effect.",
      "Items 4 and 5 may be sold.",
      "Trading shuts at 1900 GMT.",
      "Audi's Q5 sold well.",
      "Turnout split 50/50 between them.",
      "The scores were 3/4/5 in turn.",
      "Odds of 14/15/2026 are no date.",
  };
  for (std::string_view text : cases) {
    CAPTURE(text);
    CHECK(of_kind(extract(text), ClaimKind::kDate).empty());
  }
  // "In Q1 45 firms": the quarter is a date and 45 is no two-digit year.
  Claims q1 = extract("In Q1 45 firms were sold.");
  REQUIRE(of_kind(q1, ClaimKind::kDate).size() == 1);
  CHECK(at(q1.text, of_kind(q1, ClaimKind::kDate)[0]->span) == "Q1");
  CHECK(of_kind(q1, ClaimKind::kDate)[0]->year == 0);
}

TEST_CASE("a year standing as a year never becomes a figure") {
  Claims c = extract("Profits fell in 2004 and rose in 2005.");
  REQUIRE(c.claims.size() == 2);
  for (const Claim& claim : c.claims) {
    CHECK(claim.kind == ClaimKind::kDate);
    CHECK(claim.quantities.empty());
  }
  CHECK(c.claims[0].date == "2004");
  CHECK(c.claims[1].date == "2005");
}

TEST_CASE("two dates joined by and are a range only after between") {
  Claims two = extract("Leases signed in September 2027 and March 2026 were cut.");
  auto dates = of_kind(two, ClaimKind::kDate);
  REQUIRE(dates.size() == 2);
  CHECK(dates[0]->date == "2027-09");
  CHECK(dates[0]->date_end.empty());
  CHECK(dates[1]->date == "2026-03");

  Claims range = extract("Leases signed between March 2026 and September 2027 were cut.");
  REQUIRE(of_kind(range, ClaimKind::kDate).size() == 1);
  CHECK(of_kind(range, ClaimKind::kDate)[0]->date == "2026-03");
  CHECK(of_kind(range, ClaimKind::kDate)[0]->date_end == "2027-09");
}

TEST_CASE("a possessive ordinal quarter is a duration, the calendar quarter a date") {
  Claims own = extract("In its first quarter it signed 2,000 customers.");
  CHECK(of_kind(own, ClaimKind::kDate).empty());
  const Claim* d = with_text(own, ClaimKind::kDuration, "its first quarter");
  REQUIRE(d != nullptr);
  REQUIRE(d->quantities.size() == 1);
  CHECK(d->quantities[0].value == 1);
  CHECK(d->quantities[0].unit == "quarter");

  Claims calendar = extract("In the first quarter it signed 2,000 customers.");
  CHECK(of_kind(calendar, ClaimKind::kDuration).empty());
  REQUIRE(of_kind(calendar, ClaimKind::kDate).size() == 1);
  CHECK(of_kind(calendar, ClaimKind::kDate)[0]->quarter == 1);
}

TEST_CASE("citations are a source and a dated parenthesis") {
  struct Case {
    std::string_view text;
    std::string_view parenthesis;
    std::string_view source;
    std::string_view iso;
  };
  const Case cases[] = {
      {"Sales fell 12% (Brillo Blog, 4 March 2027).", "(Brillo Blog, 4 March 2027)", "Brillo Blog",
       "2027-03-04"},
      {"Clouds hold 58% of spend (ACR, H1 2026).", "(ACR, H1 2026)", "ACR", "2026-H1"},
      {"Multiples will fall (Lambeth Capital analyst Jo Marsh, note 11 March 2027).",
       "(Lambeth Capital analyst Jo Marsh, note 11 March 2027)", "Lambeth Capital analyst Jo Marsh",
       "2027-03-11"},
      {"Churn sits at 7% (Forrest, 2026).", "(Forrest, 2026)", "Forrest", "2026"},
      {"Hiring fell (Talent Graph Insights, February 2027).",
       "(Talent Graph Insights, February 2027)", "Talent Graph Insights", "2027-02"},
      {"Leases fell 9% (Northway Research, Q3 2026).", "(Northway Research, Q3 2026)",
       "Northway Research", "2026-Q3"},
      {"Margin was 19% (Brillo SEC filing, 28 Feb 2025).", "(Brillo SEC filing, 28 Feb 2025)",
       "Brillo SEC filing", "2025-02-28"},
      {"Sales rose (Reuters, March 4, 2027).", "(Reuters, March 4, 2027)", "Reuters", "2027-03-04"},
      {"Churn sits at 7% (Source: Forrest, 2026).", "(Source: Forrest, 2026)", "Forrest", "2026"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Claims claims = extract(c.text);
    REQUIRE(claims.citations.size() == 1);
    const Citation& k = claims.citations[0];
    CHECK(at(c.text, k.span) == c.parenthesis);
    CHECK(k.source == c.source);
    CHECK(k.date == c.iso);
    // The citation's date is the citation's, not a date the sentence states.
    CHECK(of_kind(claims, ClaimKind::kDate).empty());
    for (const Claim& claim : claims.claims) {
      REQUIRE(claim.citation.has_value());
      CHECK(*claim.citation == 0);
    }
  }
}

TEST_CASE("parentheses that are not citations") {
  const std::string_view cases[] = {
      "Profit was $1.1bn (\xC2\xA3"
      "450m).",
      "Fees were $31.2m ($31.2m; \xC2\xA3"
      "24.9m) in all.",
      "The four apps (Alpha, Beta, Gamma, and Delta) lost users.",
      "It tracks MAU (monthly active users).",
      "Brillo (BRLO) fell.",
      "The call (Thursday, 19 June) is next.",
      "Revenue was ( 2017 $8.4 million ) before.",
      "it rose 12% ( 12 % ) in all .",
      "Exposure was \xC2\xA3"
      "59.1m (2018: \xC2\xA3"
      "41.2m).",
      "Spending data (Q3 2026) is due.",
      "The act takes force (by October 2027).",
      "Sales rose (Q1, 2026).",
      "Sales rose (up 4%, 2026).",
  };
  for (std::string_view text : cases) {
    CAPTURE(text);
    CHECK(extract(text).citations.empty());
  }
}

TEST_CASE("enumerations pair a stated count with the items listed") {
  struct Case {
    std::string_view text;
    std::string_view claim_text;
    int count;
    std::vector<std::string_view> items;
    bool count_is_word;
  };
  const Case cases[] = {
      {"Brillo's four\xE2\x80\x91"
       "app bundle (Arco, Bix, Cern, and Dyna) lost users.",
       "four\xE2\x80\x91"
       "app bundle (Arco, Bix, Cern, and Dyna)",
       4,
       {"Arco", "Bix", "Cern", "Dyna"},
       true},
      {"It named the three partners (Ames, Bolt, Crane and Dorn) on Monday.",
       "three partners (Ames, Bolt, Crane and Dorn)",
       3,
       {"Ames", "Bolt", "Crane", "Dorn"},
       true},
      {"It sells in three markets: Peru, Chile and Bolivia.",
       "three markets: Peru, Chile and Bolivia",
       3,
       {"Peru", "Chile", "Bolivia"},
       true},
      // After "of its", a list the size of the set is the set's.
      {"One of its four partners (Halden, Ridge, Soto and Tarn) pulled out.",
       "four partners (Halden, Ridge, Soto and Tarn)",
       4,
       {"Halden", "Ridge", "Soto", "Tarn"},
       true},
      // A name's short joining words are not a clause.
      {"It named three bidders (Arden Holdings plc, Bank of Tyne and Corvin de la Mer).",
       "three bidders (Arden Holdings plc, Bank of Tyne and Corvin de la Mer)",
       3,
       {"Arden Holdings plc", "Bank of Tyne", "Corvin de la Mer"},
       true},
      {"It faces two rivals, Kestrel and Osprey, in Asia.",
       "two rivals, Kestrel and Osprey",
       2,
       {"Kestrel", "Osprey"},
       true},
      // A preposition may open the list after the comma.
      {"The group runs three depots, in Alder, Brook and Colne, for the county.",
       "three depots, in Alder, Brook and Colne",
       3,
       {"Alder", "Brook", "Colne"},
       true},
      {"It has 3 segments: retail, wholesale and online.",
       "3 segments: retail, wholesale and online",
       3,
       {"retail", "wholesale", "online"},
       false},
      {"Buyers have two options (lease or buy).",
       "two options (lease or buy)",
       2,
       {"lease", "buy"},
       true},
      {"The twenty-one members (Procter and Gamble, Acme and Bolt) met.",
       "twenty-one members (Procter and Gamble, Acme and Bolt)",
       21,
       {"Procter and Gamble", "Acme", "Bolt"},
       true},
      // Set off by dashes, lower case allowed, closed by a dash or the sentence's end.
      {"The four agencies under review - housing, roads and waste - will report.",
       "four agencies under review - housing, roads and waste - ",
       4,
       {"housing", "roads", "waste"},
       true},
      {"It owns the big 3 dairies \xE2\x80\x94 Arla, Brook and Cress.",
       "3 dairies \xE2\x80\x94 Arla, Brook and Cress",
       3,
       {"Arla", "Brook", "Cress"},
       false},
      // A participle and a phrase a preposition opens may stand between noun and dash.
      {"Three new depots opened during the spring - Alder Vale, Brookside, Colton and Dray Road - "
       "and more are planned.",
       "Three new depots opened during the spring - Alder Vale, Brookside, Colton and Dray Road - ",
       3,
       {"Alder Vale", "Brookside", "Colton", "Dray Road"},
       true},
      {"The six schools covered by the new catchment plan - Elmfield, Fairway and Grange - will "
       "consult parents.",
       "six schools covered by the new catchment plan - Elmfield, Fairway and Grange - ",
       6,
       {"Elmfield", "Fairway", "Grange"},
       true},
      // No noun after the count.
      {"There are three: Kelso Street, the old mill at Pike Lane and the Tanner Road yard.",
       "three: Kelso Street, the old mill at Pike Lane and the Tanner Road yard",
       3,
       {"Kelso Street", "the old mill at Pike Lane", "the Tanner Road yard"},
       true},
      {"There are two: Arden, Blakely and Corvin.",
       "two: Arden, Blakely and Corvin",
       2,
       {"Arden", "Blakely", "Corvin"},
       true},
      // Lines after a colon: bullets, numbers, closing punctuation dropped.
      {"It sells in three markets:\n- France;\n- Spain;\n- Italy.\n",
       "three markets:\n- France;\n- Spain;\n- Italy",
       3,
       {"France", "Spain", "Italy"},
       true},
      {"The plan has 2 steps:\n1. Audit stores\n2) Cut the range\n",
       "2 steps:\n1. Audit stores\n2) Cut the range",
       2,
       {"Audit stores", "Cut the range"},
       false},
      // The joining words are enumeration.tsv's: a name's ("de", "of", "&"), a verb before a
      // bare count, a preposition after the noun.
      {"The group has three lenders: Banco de la Plata, Bank of Tarn & Co and Rhine Credit.",
       "three lenders: Banco de la Plata, Bank of Tarn & Co and Rhine Credit",
       3,
       {"Banco de la Plata", "Bank of Tarn & Co", "Rhine Credit"},
       true},
      {"The finalists totalled three: Arden, Blakely and Corvin.",
       "three: Arden, Blakely and Corvin",
       3,
       {"Arden", "Blakely", "Corvin"},
       true},
      {"The five depots across the region - Ashby, Brent, Colne, Dale and Esk - will close.",
       "five depots across the region - Ashby, Brent, Colne, Dale and Esk - ",
       5,
       {"Ashby", "Brent", "Colne", "Dale", "Esk"},
       true},
      {"The firm named five new suppliers for its frozen range:\n- Aldwick\n- Barrow\n",
       "five new suppliers for its frozen range:\n- Aldwick\n- Barrow",
       5,
       {"Aldwick", "Barrow"},
       true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Claims claims = extract(c.text);
    auto found = of_kind(claims, ClaimKind::kEnumeration);
    REQUIRE(found.size() == 1);
    const Claim& e = *found[0];
    CHECK(at(c.text, e.span) == c.claim_text);
    CHECK(e.count == c.count);
    REQUIRE(e.items.size() == c.items.size());
    REQUIRE(e.item_spans.size() == c.items.size());
    for (std::size_t i = 0; i < c.items.size(); ++i) {
      CHECK(e.items[i] == c.items[i]);
      CHECK(at(c.text, e.item_spans[i]) == c.items[i]);
    }
    REQUIRE(e.quantities.size() == 1);
    CHECK(e.quantities[0].value == c.count);
    CHECK(e.quantities[0].unit == "count");
    CHECK(e.quantities[0].is_word == c.count_is_word);
    // The count is the enumeration's figure, not a count claim of its own.
    CHECK(of_kind(claims, ClaimKind::kCount).empty());
  }
}

TEST_CASE("lists that are partial, or no list at all, are not enumerations") {
  const std::string_view cases[] = {
      "It beat three rivals (including Ames and Bolt) on price.",
      "In three years, Ames and Bolt merged.",
      // A month or a weekday after the preposition says when, not what.
      "The side scored three goals, in March and April.",
      "The club played four games, on Monday and Friday.",
      "It sold 15 stores, Mercer and Lyle said.",
      "Sales fell for two months (to June).",
      "Its five-model range generated $1m in sales.",
      "It raised $5 million (Ames, Bolt and Crane) last year.",
      "Buyers include Seven Looms, TW Looms, Lagos Hats and Vela Mills.",
      "One of the two bidders - Arden or Blakely - will win.",
      "It has a six-cylinder engine - the A4, A6 and A8.",
      "Over three years - 2019, 2020 and 2021 - sales fell.",
      "Key risks:\n- inflation\n- rates\n",
      "Three analysts said the outlook was poor:\n- demand is weak\n- costs rise\n",
      // Items with counts of their own count members in groups; "of the" may name the part.
      "Five people were hurt in the crash on the bypass - a driver, two passengers and a cyclist "
      "- police said.",
      "Two of the firm's divisions - retail, wholesale and online - will be sold.",
      "Two of the council's six depots - Ashgrove and Belmont - will close.",
      "Two of Acme's five plants - Leeds and York - will shut.",
      "Four staff quit in the spring - 2 cooks and a porter.",
      // An item may not open a clause.
      "There were four: Ashby, which closed in May, Brent and Colne.",
      "It covers three big cities: Halden, which is the capital, Merrow and Tarn.",
      // A bracket that runs on into a clause lists a part, not the set counted.
      "The trust will shut two of its six clinics (Ashby, Brent and Colne will stay open).",
      "It is selling three of its seven hotels (Dunmore and Elsworth remain profitable).",
      "Four stations (Abbey, Bank and Court were closed early) shut.",
      // After "of the" a bracket may list the part: which one it counts is not certain.
      "Only two of the five lines (Northern and Central) were running.",
      "One of its four partners (Halden and Ridge) pulled out.",
      "The firm kept four brands (Fenwick and Garland were sold last year).",
  };
  for (std::string_view text : cases) {
    CAPTURE(text);
    CHECK(of_kind(extract(text), ClaimKind::kEnumeration).empty());
  }
}

TEST_CASE("durations are lengths of time, with the words that lead into them") {
  struct Case {
    std::string_view text;
    std::string_view claim_text;
    std::string_view figure;
    double value, low, high;
    std::string_view unit;
  };
  const Case cases[] = {
      {"Market value fell in just six weeks.", "in just six weeks", "six weeks", 6, 6, 6, "week"},
      {"Savings arrive within three quarters.", "within three quarters", "three quarters", 3, 3, 3,
       "quarter"},
      {"Sign-ups doubled in the first month.", "the first month", "first month", 1, 0, 1, "month"},
      {"Sales rose over the past 12 months.", "over the past 12 months", "12 months", 12, 11.5,
       12.5, "month"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Claims claims = extract(c.text);
    const Claim* d = with_text(claims, ClaimKind::kDuration, c.claim_text);
    REQUIRE(d != nullptr);
    REQUIRE(d->quantities.size() == 1);
    const Quantity& q = d->quantities[0];
    CHECK(q.text == c.figure);
    CHECK(at(c.text, q.span) == c.figure);
    CHECK(q.value == doctest::Approx(c.value));
    CHECK(q.low == doctest::Approx(c.low));
    CHECK(q.high == doctest::Approx(c.high));
    CHECK(q.unit == c.unit);
  }
}

TEST_CASE("rates are a money or percent figure per period or unit") {
  struct Case {
    std::string_view text;
    std::string_view claim_text;
    std::string_view figure;
    std::vector<std::string_view> per;
  };
  const Case cases[] = {
      {"The top tier costs $249 per month per seat.",
       "$249 per month per seat",
       "$249",
       {"month", "seat"}},
      {"Audits will add $7 million to marketing costs each quarter.",
       "$7 million to marketing costs each quarter",
       "$7 million",
       {"quarter"}},
      {"Compliance costs are put at $20 million per year.",
       "$20 million per year",
       "$20 million",
       {"year"}},
      {"Churn runs at 6% annually for such firms.", "6% annually", "6%", {"year"}},
      {"It has reached $9 million ARR already.", "$9 million ARR", "$9 million", {"year"}},
      {"It paid $40 a share in cash.", "$40 a share", "$40", {"share"}},
      {"The plan costs $3m a month.", "$3m a month", "$3m", {"month"}},
      {"Seats cost $19/month now.", "$19/month", "$19", {"month"}},
      {"Rent is \xC2\xA3"
       "2,000 per annum.",
       "\xC2\xA3"
       "2,000 per annum",
       "\xC2\xA3"
       "2,000",
       {"year"}},
      {"It paid $0.21 per diluted share.", "$0.21 per diluted share", "$0.21", {"share"}},
      // "mnth" is only a line of rates.tsv's per-alias.
      {"Parking costs $90 per mnth.", "$90 per mnth", "$90", {"month"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Claims claims = extract(c.text);
    auto rates = of_kind(claims, ClaimKind::kRate);
    REQUIRE(rates.size() == 1);
    const Claim& r = *rates[0];
    CHECK(at(c.text, r.span) == c.claim_text);
    REQUIRE(r.quantities.size() == 1);
    CHECK(r.quantities[0].text == c.figure);
    REQUIRE(r.per.size() == c.per.size());
    for (std::size_t i = 0; i < c.per.size(); ++i) CHECK(r.per[i] == c.per[i]);
  }
}

namespace {

// What the one rate of a sentence is per; empty when it has no rate or several.
std::vector<std::string> per_of(const std::string& text) {
  const Claims claims = extract(text);
  auto rates = of_kind(claims, ClaimKind::kRate);
  return rates.size() == 1 ? rates[0]->per : std::vector<std::string>{};
}

// The text of the one duration claim of a sentence, or "" when it has none or several.
std::string duration_text(const std::string& text) {
  const Claims claims = extract(text);
  auto durations = of_kind(claims, ClaimKind::kDuration);
  return durations.size() == 1 ? std::string(at(text, durations[0]->span)) : std::string();
}

// The figure of the one duration claim of a sentence when it is an age, or nothing.
std::optional<Quantity> age_of(const std::string& text) {
  const Claims claims = extract(text);
  auto durations = of_kind(claims, ClaimKind::kDuration);
  if (durations.size() != 1 || durations[0]->quantities.size() != 1 ||
      durations[0]->quantities[0].unit != "age") {
    return std::nullopt;
  }
  return durations[0]->quantities[0];
}

}  // namespace

// The words of rates are read from rates.tsv alone: each row is tried here, so a word added only
// there is read, and no list of them lives in rate.cpp.
TEST_CASE("every period word of the lexicon makes a rate per the period it names") {
  using Per = std::vector<std::string>;
  for (std::string_view cls : {"per-period-adverb", "per-period-adverb-cased"}) {
    for (const lexicon::Entry& e : lexicon::entries(cls)) {
      const std::string text = "The service brings in $4 million " + std::string(e.word) + " now.";
      CAPTURE(text);
      CHECK(per_of(text) == Per{std::string(e.value)});
    }
  }
  for (const lexicon::Entry& skip : lexicon::entries("per-skip-later")) {
    for (const lexicon::Entry& period : lexicon::entries("per-period-later")) {
      const std::string text = "Audits add $7 million to costs each " + std::string(skip.word) +
                               " " + std::string(period.word) + ".";
      CAPTURE(text);
      CHECK(per_of(text) == Per{std::string(period.word)});
    }
  }
  for (const lexicon::Entry& noun : lexicon::entries("per-unit-noun")) {
    const std::string text = "It paid $0.21 per diluted " + std::string(noun.word) + ".";
    CAPTURE(text);
    std::string unit(noun.word);
    if (unit.ends_with('s')) unit.pop_back();
    CHECK(per_of(text) == Per{unit});
  }
  // "a share", "each night", "every kilo": what may follow per-each, read as what it is per.
  for (const lexicon::Entry& each : lexicon::entries("per-each")) {
    for (const lexicon::Entry& period : lexicon::entries("per-period")) {
      const std::string text =
          "It costs $12 " + std::string(each.word) + " " + std::string(period.word) + " now.";
      CAPTURE(text);
      CHECK(per_of(text) == Per{std::string(period.word)});
    }
  }
  for (const lexicon::Entry& per : lexicon::entries("per-word")) {
    for (const lexicon::Entry& skip : lexicon::entries("per-skip")) {
      const std::string text =
          "It paid $0.21 " + std::string(per.word) + " " + std::string(skip.word) + " share.";
      CAPTURE(text);
      CHECK(per_of(text) == Per{"share"});
    }
  }
}

// The rate rule's edges (kinds/rate.cpp): where a period a few words on may stand, and where a
// comparison after "a year" leaves it no rate.
TEST_CASE(
    "a rate's period a few words on, and a year set against another, as the rule reads them") {
  using Per = std::vector<std::string>;
  // Up to five plain words before the period, none of them opening a clause.
  CHECK(per_of("Audits add $7 million to the costs of units each quarter.") == Per{"quarter"});
  CHECK(per_of("Audits add $7 million to the costs of the unit each quarter.").empty());
  CHECK(per_of("Audits add $7 million to costs, and more each quarter.").empty());
  CHECK(per_of("Audits add $7 million to Costs each quarter.").empty());
  CHECK(per_of("Audits add $7 million to well-run teams each quarter.") == Per{"quarter"});
  // "on" after "a year" is a comparison at a clause's end or before "from", else what it is on.
  CHECK(per_of("It spends \xC2\xA3"
               "73 million a year on street lighting.") == Per{"year"});
  CHECK(per_of("It was $5 million a year on, the firm said.").empty());
  CHECK(per_of("It was $5 million a year on from the launch.").empty());
  CHECK(per_of("Audits added $7 million to costs each year earlier.").empty());
  // A unit of several words is parted by spaces or tabs: "per diluted share" is per share.
  CHECK(per_of("It paid $0.21 per\tdiluted share.") == Per{"share"});
  CHECK(per_of("It paid $0.21 per diluted\xC2\xA0share.") == Per{"diluted"});
  CHECK(per_of("It paid $0.21 /  share.") == Per{"share"});
  // A range per period is one rate between its ends.
  const std::string range = "Agency staff cost $30-$40 an hour.";
  CHECK(per_of(range) == Per{"hour"});
  const Claims claims = extract(range);
  const auto rates = of_kind(claims, ClaimKind::kRate);
  REQUIRE(rates.size() == 1);
  REQUIRE(rates[0]->quantities.size() == 1);
  CHECK(rates[0]->quantities[0].is_range);
  CHECK(per_of("Rents of \xC2\xA3"
               "900 to \xC2\xA3"
               "1,100 a month are common.") == Per{"month"});
}

// The same for the words of ages in durations.tsv and the word that opens a range.
TEST_CASE("every word of the lexicon after a length of time makes it an age") {
  struct Case {
    std::string text;
    double low, high;
  };
  std::vector<Case> cases;
  for (const lexicon::Entry& e : lexicon::entries("duration-age-after")) {
    cases.push_back({"The bridge is 40 years " + std::string(e.word) + ".", 39.5, 40.5});
    if (e.value != "spaced") {
      cases.push_back({"A 40-year-" + std::string(e.word) + " bridge fell.", 39.5, 40.5});
    }
  }
  for (const lexicon::Entry& e : lexicon::entries("duration-age-lead")) {
    cases.push_back({"The winner, " + std::string(e.word) + " 19, was thrilled.", 18.5, 19.5});
  }
  for (const lexicon::Entry& e : lexicon::entries("range-opening")) {
    cases.push_back({"Children aged " + std::string(e.word) + " 5 and 11 may enter.", 4.5, 11.5});
  }
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const std::optional<Quantity> age = age_of(c.text);
    REQUIRE(age.has_value());
    CHECK(age->low == doctest::Approx(c.low));
    CHECK(age->high == doctest::Approx(c.high));
  }
  CHECK_FALSE(age_of("The bridge is 40 years olden.").has_value());
}

TEST_CASE("every word of the lexicon before a duration leads into it") {
  for (const lexicon::Entry& lead : lexicon::entries("duration-lead")) {
    const std::string l(lead.word);
    CHECK(duration_text("Sales doubled " + l + " six weeks.") == l + " six weeks");
    for (const lexicon::Entry& adverb : lexicon::entries("duration-lead-adverb")) {
      const std::string phrase = l + " " + std::string(adverb.word) + " six weeks";
      CHECK(duration_text("Sales doubled " + phrase + ".") == phrase);
    }
    for (const lexicon::Entry& article : lexicon::entries("duration-lead-article")) {
      for (const lexicon::Entry& order : lexicon::entries("duration-lead-order")) {
        const std::string phrase =
            l + " " + std::string(article.word) + " " + std::string(order.word) + " six weeks";
        CHECK(duration_text("Sales doubled " + phrase + ".") == phrase);
      }
    }
  }
}

TEST_CASE(
    "year-on-year changes, comparisons with a year earlier and fractions of time are not rates") {
  const std::string_view cases[] = {
      "Edge firms still grew 9% YoY in the period.",
      "Sales were $5 million a year earlier.",
      "It was $5 million a year ago.",
      "It paid $5 per the contract.",
      "The trip took half an hour.",
      "The index starts at $ 100 and tracks it each year .",
  };
  for (std::string_view text : cases) {
    CAPTURE(text);
    CHECK(of_kind(extract(text), ClaimKind::kRate).empty());
  }
}

TEST_CASE("shares are a percentage of the whole named after it") {
  struct Case {
    std::string_view text;
    std::string_view claim_text;
    std::string_view whole;
  };
  const Case cases[] = {
      {"Inference now takes 58% of total compute spend.", "58% of total compute spend",
       "total compute spend"},
      {"Exports made up 41% of net sales in 2025.", "41% of net sales", "net sales"},
      {"It controls 12 % of the share capital .", "12 % of the share capital", "the share capital"},
      {"Half of the group's output came from wind.", "Half of the group's output",
       "the group's output"},
      {"Some 8% of the loans owed by retailers were written off.", "8% of the loans", "the loans"},
      {"About 30% of the stores currently trade at a loss.", "30% of the stores", "the stores"},
      {"Acme holds 25% of Brillco through a trust.", "25% of Brillco", "Brillco"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Claims claims = extract(c.text);
    auto shares = of_kind(claims, ClaimKind::kShare);
    REQUIRE(shares.size() == 1);
    CHECK(at(c.text, shares[0]->span) == c.claim_text);
    CHECK(shares[0]->whole == c.whole);
    REQUIRE(shares[0]->quantities.size() == 1);
  }
}

TEST_CASE("percentages of nothing named, or taken by a change, are not shares") {
  const std::string_view cases[] = {
      "Some 40% of them said no.",
      "Sales rose 12% to $40 million from $35.7 million.",
      "It sold 9% of the 2025 total.",
      "Margins were 14% in the year.",
  };
  for (std::string_view text : cases) {
    CAPTURE(text);
    CHECK(of_kind(extract(text), ClaimKind::kShare).empty());
  }
}

TEST_CASE("the seed article's citations and its enumeration") {
  const std::filesystem::path path = std::filesystem::path(FACTCHECK_CORPUS) / "article.txt";
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read ", path.string());
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  Claims c = extract(text);

  struct Expected {
    std::string_view source;
    std::string_view date;
  };
  // Sixteen citations, eleven distinct sources, in text order.
  const Expected expected[] = {
      {"Hugging Face Blog", "2026-05-03"},
      {"Hugging Face Blog", "2026-05-03"},
      {"Hugging Face Blog", "2026-05-03"},
      {"IDC", "2025-H2"},
      {"Morgan Stanley analyst Priya Desai", "2026-05-12"},
      {"Synergy Research", "2026-Q1"},
      {"Hugging Face Blog", "2026-05-03"},
      {"CB Insights", "2026"},
      {"LinkedIn Talent Insights", "2026-04"},
      {"Hugging Face internal memo", "2026-05-02"},
      {"Hugging Face Blog", "2026-05-15"},
      {"Gartner", "2025"},
      {"European Commission", "2026-04-28"},
      {"PwC", "2026"},
      {"Hugging Face Blog", "2026-05-03"},
      {"Hugging Face SEC filing", "2024-01-30"},
  };
  REQUIRE(c.citations.size() == std::size(expected));
  std::vector<std::string> sources;
  for (std::size_t i = 0; i < c.citations.size(); ++i) {
    CAPTURE(i);
    const Citation& k = c.citations[i];
    CHECK(k.source == expected[i].source);
    CHECK(k.date == expected[i].date);
    CHECK(at(text, k.span).front() == '(');
    CHECK(at(text, k.span).back() == ')');
    if (i > 0) CHECK(c.citations[i - 1].span.end <= k.span.begin);
    if (std::find(sources.begin(), sources.end(), k.source) == sources.end()) {
      sources.push_back(k.source);
    }
  }
  CHECK(sources.size() == 11);

  auto enumerations = of_kind(c, ClaimKind::kEnumeration);
  REQUIRE(enumerations.size() == 1);
  CHECK(enumerations[0]->count == 5);
  CHECK(enumerations[0]->items ==
        std::vector<std::string>{"BLOOM", "Falcon", "LLaMA", "Mistral", "Mixtral"});
  // The weekday-qualified date of the earnings call, with no year.
  const Claim* call = with_text(c, ClaimKind::kDate, "Wednesday, 15 May");
  REQUIRE(call != nullptr);
  CHECK(call->weekday == "Wednesday");
  CHECK(call->date == "--05-15");
}
