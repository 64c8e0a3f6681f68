// timeline: ranges, durations between dates, and sources dated before what they report.
#include "tests/checker_context/builder.h"

namespace factcheck::testing {
namespace {

struct DateCase {
  std::string_view text;
  std::string_view claim;  // the date's bytes
  int year, month, day, quarter, half;
  std::string_view date_end;
  std::string_view expected;  // worst severity, or "none"
};

TEST_CASE("timeline flags ranges that run backwards") {
  const DateCase cases[] = {
      {"Between February and April 2026, staff left.", "Between February and April 2026", 2026, 2,
       0, 0, 0, "2026-04", "pass"},
      // Both years stated: no reading makes it forwards.
      {"Between April 2026 and February 2026, staff left.", "Between April 2026 and February 2026",
       2026, 4, 0, 0, 0, "2026-02", "error"},
      {"From 10 March 2026 to 2 March 2026, staff left.", "From 10 March 2026 to 2 March 2026",
       2026, 3, 10, 0, 0, "2026-03-02", "error"},
      // Only the end states a year: the start may be the year before.
      {"Between November and February 2026, staff left.", "Between November and February 2026",
       2026, 11, 0, 0, 0, "2026-02", "pass"},
      // Across the new year it would span ten months, which copy writes with both years.
      {"Between April and February 2026, staff left.", "Between April and February 2026", 0, 4, 0,
       0, 0, "2026-02", "error"},
      {"Between April and February 2026, staff left.", "Between April and February 2026", 2026, 4,
       0, 0, 0, "2026-02", "error"},
      {"The offer ran from 20 October to 9 October 2026.", "from 20 October to 9 October 2026", 0,
       10, 20, 0, 0, "2026-10-09", "error"},
      {"The offer ran from 20 December to 9 January 2027.", "from 20 December to 9 January 2027", 0,
       12, 20, 0, 0, "2027-01-09", "pass"},
      {"Between Q3 2025 and Q1 2026, staff left.", "Between Q3 2025 and Q1 2026", 2025, 0, 0, 3, 0,
       "2026-Q1", "pass"},
      {"Between Q3 2026 and Q1 2026, staff left.", "Between Q3 2026 and Q1 2026", 2026, 0, 0, 3, 0,
       "2026-Q1", "error"},
      // An impossible end is date-validity's to report.
      {"Between 1 March and 31 April 2026, staff left.", "Between 1 March and 31 April 2026", 2026,
       3, 1, 0, 0, "2026-04-31", "none"},
      // The same day at both ends is not backwards.
      {"From 2 March 2026 to 2 March 2026, staff left.", "From 2 March 2026 to 2 March 2026", 2026,
       3, 2, 0, 0, "2026-03-02", "pass"},
  };
  for (const DateCase& c : cases) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    Claim& d = doc.date(c.claim, c.year, c.month, c.day);
    d.quarter = c.quarter, d.half = c.half, d.date_end = std::string(c.date_end);
    const auto fs = run_check("timeline", doc.claims());
    CHECK(worst(fs) == c.expected);
    check_shape(fs, "timeline", doc.claims());
  }
}

// A duration claim over `needle`, `value` units with the written precision of a whole number.
Claim& duration(Doc& doc, std::string_view needle, std::string_view figure, double value,
                std::string unit, double low = -1, double high = -1) {
  Claim& d = doc.add(ClaimKind::kDuration, needle);
  d.quantities.push_back(doc.q(figure, value, low < 0 ? value - 0.5 : low,
                               high < 0 ? value + 0.5 : high, std::move(unit)));
  return d;
}

TEST_CASE("timeline compares a stated duration with the days between two dates") {
  struct Case {
    std::string_view text;
    std::string_view first, second;  // point dates, in order (second empty: `first` is a range)
    int y1, m1, d1, y2, m2, d2;
    std::string_view range_end;
    std::string_view duration, figure;
    double value;
    std::string_view unit;
    std::string_view expected;
  };
  const Case cases[] = {
      {"The plant, opened on 2 February 2026, reached full output in ten weeks, on 13 April 2026.",
       "2 February 2026", "13 April 2026", 2026, 2, 2, 2026, 4, 13, "", "ten weeks", "ten", 10,
       "week", "pass"},
      {"The service launched on 2 March 2026 and, eight weeks later, on 10 March 2026, it closed.",
       "2 March 2026", "10 March 2026", 2026, 3, 2, 2026, 3, 10, "", "eight weeks", "eight", 8,
       "week", "error"},
      {"The outage began on 9 March 2026, lasted three weeks, and ended on 13 April 2026.",
       "9 March 2026", "13 April 2026", 2026, 3, 9, 2026, 4, 13, "", "three weeks", "three", 3,
       "week", "error"},
      {"The recall, announced on 4 June 2026 and closed on 25 June 2026, took three weeks.",
       "4 June 2026", "25 June 2026", 2026, 6, 4, 2026, 6, 25, "", "three weeks", "three", 3,
       "week", "pass"},
      {"The site, leased on 2 March 2026, took four months to fit out and opened on 25 May 2026.",
       "2 March 2026", "25 May 2026", 2026, 3, 2, 2026, 5, 25, "", "four months", "four", 4,
       "month", "error"},
      {"The site, leased on 2 March 2026, took three months to fit out and opened on 25 May 2026.",
       "2 March 2026", "25 May 2026", 2026, 3, 2, 2026, 5, 25, "", "three months", "three", 3,
       "month", "pass"},
      // Ranges: both ways of counting days are allowed (14, or 15 with both ends).
      {"The strike ran from 3 August to 17 August 2026, a total of fifteen days.",
       "from 3 August to 17 August 2026", "", 0, 8, 3, 0, 0, 0, "2026-08-17", "fifteen days",
       "fifteen", 15, "day", "pass"},
      {"The strike ran from 3 August to 17 August 2026, a total of eleven days.",
       "from 3 August to 17 August 2026", "", 0, 8, 3, 0, 0, 0, "2026-08-17", "eleven days",
       "eleven", 11, "day", "error"},
      {"The review ran for six weeks, from 12 January to 23 February 2026, and drew replies.",
       "from 12 January to 23 February 2026", "", 0, 1, 12, 0, 0, 0, "2026-02-23", "six weeks",
       "six", 6, "week", "pass"},
      // Across a leap day: 1 February to 1 March 2024 is 29 days.
      {"Work ran from 1 February to 1 March 2024, some 29 days.", "from 1 February to 1 March 2024",
       "", 0, 2, 1, 0, 0, 0, "2024-03-01", "29 days", "29", 29, "day", "pass"},
      // Not a leap year: 28 days, 29 counting both ends; "30 days" allows 29.5 to 30.5.
      {"Work ran from 1 February to 1 March 2025, some 30 days.", "from 1 February to 1 March 2025",
       "", 0, 2, 1, 0, 0, 0, "2025-03-01", "30 days", "30", 30, "day", "error"},
      {"Work ran from 1 February to 1 March 2024, some 30 days.", "from 1 February to 1 March 2024",
       "", 0, 2, 1, 0, 0, 0, "2024-03-01", "30 days", "30", 30, "day", "pass"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    if (c.second.empty()) {
      Claim& r = doc.date(c.first, c.y1, c.m1, c.d1);
      r.date_end = std::string(c.range_end);
    } else {
      doc.date(c.first, c.y1, c.m1, c.d1);
      doc.date(c.second, c.y2, c.m2, c.d2);
    }
    duration(doc, c.duration, c.figure, c.value, std::string(c.unit));
    auto fs = run_check("timeline", doc.claims());
    // Only the duration verdict: drop the range's own forwards/backwards pass.
    std::erase_if(fs, [](const Finding& f) { return f.message.find("date range") == 0; });
    CHECK(worst(fs) == c.expected);
    check_shape(fs, "timeline", doc.claims());
  }
}

TEST_CASE("timeline leaves durations alone that are not spans between the dates") {
  SUBCASE("a duration that is not the time between the dates") {
    Doc doc{
        "The loan runs to 28 August 2027, with a one year extension option, and may not "
        "extend beyond 28 August 2029."};
    doc.date("28 August 2027", 2027, 8, 28);
    doc.date("28 August 2029", 2029, 8, 28);
    duration(doc, "one year", "one", 1, "year");
    CHECK(run_check("timeline", doc.claims()).empty());
  }
  SUBCASE("a period ending at a date") {
    Doc doc{"Sales for the 52 weeks to 28 February 2026 slipped, the firm said on 14 May 2026."};
    doc.date("28 February 2026", 2026, 2, 28);
    doc.date("14 May 2026", 2026, 5, 14);
    duration(doc, "52 weeks", "52", 52, "week");
    CHECK(run_check("timeline", doc.claims()).empty());
  }

  // Far from the dates, or counted from an event ("first two months"): not a span between them.
  Doc doc{
      "The offer, which gave six months of free service to anyone who switched networks "
      "that autumn, ran from 1 September to 14 September 2026."};
  doc.date("from 1 September to 14 September 2026", 0, 9, 1).date_end = "2026-09-14";
  duration(doc, "six months", "six", 6, "month");
  auto fs = run_check("timeline", doc.claims());
  CHECK(count(fs, Severity::kError) == 0);
}

TEST_CASE("timeline warns when a source predates the period its claim reports") {
  SUBCASE("an ordinal period after a start event") {
    Doc doc{
        "The app went live on 2 March 2026 and in its first quarter signed 900 shops "
        "(Firm release, 10 March 2026)."};
    doc.date("2 March 2026", 2026, 3, 2);
    duration(doc, "first quarter", "first quarter", 1, "quarter", 1, 1);
    doc.add(ClaimKind::kCount, "900 shops").citation =
        doc.cite("(Firm release, 10 March 2026)", "Firm release", "2026-03-10");
    for (Claim& c : const_cast<Claims&>(doc.claims()).claims) c.citation = 0;
    const auto fs = run_check("timeline", doc.claims());
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kWarning);
    CHECK(fs[0].message ==
          "source dated 10 March 2026 predates the end of first quarter after 2 "
          "March 2026");
    check_shape(fs, "timeline", doc.claims());
  }
  SUBCASE("the ordinal just before the duration's bytes, after closing a purchase") {
    Doc doc{
        "It closed its purchase of Brill on 14 April 2026, and within its first two months "
        "the deal added $30 million (Wire, 20 April 2026)."};
    doc.date("14 April 2026", 2026, 4, 14);
    duration(doc, "two months", "two months", 2, "month", 2, 2);
    doc.add(ClaimKind::kMoney, "$30 million");
    doc.cite("(Wire, 20 April 2026)", "Wire", "2026-04-20");
    for (Claim& c : const_cast<Claims&>(doc.claims()).claims) c.citation = 0;
    const auto fs = run_check("timeline", doc.claims());
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kWarning);
    CHECK(fs[0].explanation.find("at least 56 days") != std::string::npos);
  }
  SUBCASE("an ordinal period with no duration claim of its own") {
    Doc doc{
        "The price cut that took effect on 1 June 2026 lifted usage 30% in the following "
        "quarter (Analyst House, 20 July 2026)."};
    doc.date("1 June 2026", 2026, 6, 1);
    doc.add(ClaimKind::kPercent, "30%").quantities.push_back(doc.q("30%", 30, 0.5, "%"));
    doc.cite("(Analyst House, 20 July 2026)", "Analyst House", "2026-07-20");
    for (Claim& c : const_cast<Claims&>(doc.claims()).claims) c.citation = 0;
    const auto fs = run_check("timeline", doc.claims());
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kWarning);
    CHECK(fs[0].message.find("the following quarter") != std::string::npos);
  }
  SUBCASE("a source dated after the period is fine") {
    Doc doc{
        "The app went live on 2 March 2026 and in its first month signed 900 shops "
        "(Firm release, 10 April 2026)."};
    doc.date("2 March 2026", 2026, 3, 2);
    duration(doc, "first month", "first month", 1, "month", 1, 1);
    doc.add(ClaimKind::kCount, "900 shops");
    doc.cite("(Firm release, 10 April 2026)", "Firm release", "2026-04-10");
    for (Claim& c : const_cast<Claims&>(doc.claims()).claims) c.citation = 0;
    CHECK(run_check("timeline", doc.claims()).empty());
  }
  SUBCASE("the event in the sentence before, same paragraph") {
    Doc doc{
        "The service launched on 2 March 2026. In its first quarter it signed 4,000 "
        "customers (Firm Blog, 10 March 2026)."};
    doc.date("2 March 2026", 2026, 3, 2);
    duration(doc, "first quarter", "first quarter", 1, "quarter", 1, 1);
    doc.add(ClaimKind::kCount, "4,000 customers");
    doc.cite("(Firm Blog, 10 March 2026)", "Firm Blog", "2026-03-10");
    Claims& cs = const_cast<Claims&>(doc.claims());
    cs.claims.back().citation = 0;
    const auto fs = run_check("timeline", doc.claims());
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kWarning);
  }
  SUBCASE("a calendar quarter is not time since the event") {
    Doc doc{
        "It opened on 2 March 2026 and in the first quarter of 2026 sold 900 units "
        "(Firm release, 10 March 2026)."};
    doc.date("2 March 2026", 2026, 3, 2);
    duration(doc, "first quarter", "first quarter", 1, "quarter", 1, 1);
    doc.add(ClaimKind::kCount, "900 units");
    doc.cite("(Firm release, 10 March 2026)", "Firm release", "2026-03-10");
    for (Claim& c : const_cast<Claims&>(doc.claims()).claims) c.citation = 0;
    CHECK(run_check("timeline", doc.claims()).empty());
  }
  SUBCASE("a month whose results the source could not yet have") {
    Doc doc{"Retail sales for November rose 1.8% (Statistics Office, 12 November 2025)."};
    doc.date("November", 0, 11, 0);
    doc.add(ClaimKind::kPercent, "1.8%");
    doc.cite("(Statistics Office, 12 November 2025)", "Statistics Office", "2025-11-12");
    for (Claim& c : const_cast<Claims&>(doc.claims()).claims) c.citation = 0;
    const auto fs = run_check("timeline", doc.claims());
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kWarning);
    CHECK(fs[0].explanation.find("year taken from the source") != std::string::npos);
  }
  SUBCASE("a month the extractor leaves without a year") {
    Doc doc{
        "Figures already out show retail sales for November rose 1.8% (Statistics Office, 12 "
        "November 2025)."};
    doc.add(ClaimKind::kPercent, "1.8%").quantities.push_back(doc.q("1.8%", 1.8, 0.05, "%"));
    doc.cite("(Statistics Office, 12 November 2025)", "Statistics Office", "2025-11-12");
    for (Claim& c : const_cast<Claims&>(doc.claims()).claims) c.citation = 0;
    const auto fs = run_check("timeline", doc.claims());
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kWarning);
    CHECK(fs[0].message == "source dated 12 November 2025 predates the end of November 2025");
  }
  SUBCASE("a forecast is left alone") {
    Doc doc{"Retail sales for November will rise 1.8% (Statistics Office, 12 November 2025)."};
    doc.date("November", 0, 11, 0);
    doc.add(ClaimKind::kPercent, "1.8%");
    doc.cite("(Statistics Office, 12 November 2025)", "Statistics Office", "2025-11-12");
    for (Claim& c : const_cast<Claims&>(doc.claims()).claims) c.citation = 0;
    CHECK(run_check("timeline", doc.claims()).empty());
  }
  SUBCASE("a quarter that ended before the source") {
    Doc doc{"Revenue for Q1 fell 12% (Firm Blog, 3 May 2026)."};
    Claim& q = doc.add(ClaimKind::kDate, "Q1");
    q.quarter = 1;
    doc.add(ClaimKind::kPercent, "12%");
    doc.cite("(Firm Blog, 3 May 2026)", "Firm Blog", "2026-05-03");
    for (Claim& c : const_cast<Claims&>(doc.claims()).claims) c.citation = 0;
    CHECK(run_check("timeline", doc.claims()).empty());
  }
}

TEST_CASE("timeline reads launches, first-month figures and a source cited on the launch") {
  struct Case {
    std::string_view text;
    std::string_view period;  // a duration claim's bytes, or empty when the text alone says it
    std::string_view cite, cite_date;
    bool cited_on_launch;  // the source sits on the launch date, not on the figure
    std::string_view expected;
  };
  const Case cases[] = {
      {"The headset went on sale on 9 June 2026 and in its first month sold 18,000 units "
       "(Release, 12 June 2026).",
       "its first month", "(Release, 12 June 2026)", "2026-06-12", false, "warning"},
      {"The e-bike shipped on 9 June 2026 and in its first month sold 18,000 units (Release, 12 "
       "June 2026).",
       "its first month", "(Release, 12 June 2026)", "2026-06-12", false, "warning"},
      {"The console hit shelves on 9 June 2026 and in its first month sold 18,000 units "
       "(Release, 12 June 2026).",
       "its first month", "(Release, 12 June 2026)", "2026-06-12", false, "warning"},
      // "First-month" joined to its unit, with no duration claim of its own.
      {"The headset went on sale on 9 June 2026. First-month sales reached 18,000 units "
       "(Release, 12 June 2026).",
       "", "(Release, 12 June 2026)", "2026-06-12", false, "warning"},
      {"The headset went on sale on 9 June 2026. First-month sales reached 18,000 units "
       "(Release, 14 July 2026).",
       "", "(Release, 14 July 2026)", "2026-07-14", false, "none"},
      // A first-quarter figure is a calendar quarter, not time since the launch.
      {"The headset went on sale on 9 June 2026. First-quarter sales reached 18,000 units "
       "(Release, 12 June 2026).",
       "", "(Release, 12 June 2026)", "2026-06-12", false, "none"},
      // The source cited on the launch sentence, the figure in the next.
      {"The headset went on sale on 9 June 2026 (Release, 12 June 2026). In its first month it "
       "sold 18,000 units.",
       "its first month", "(Release, 12 June 2026)", "2026-06-12", true, "warning"},
      {"The headset went on sale on 9 June 2026 (Release, 12 June 2026). In its first month it is "
       "expected to sell 18,000 units.",
       "its first month", "(Release, 12 June 2026)", "2026-06-12", true, "none"},
      {"The headset went on sale on 9 June 2026 (Release, 12 July 2026). In its first month it "
       "sold 18,000 units.",
       "its first month", "(Release, 12 July 2026)", "2026-07-12", true, "none"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    Claim& launch = doc.date("9 June 2026", 2026, 6, 9);
    const std::size_t k = doc.cite(c.cite, "Release", std::string(c.cite_date));
    if (c.cited_on_launch) launch.citation = k;
    if (!c.period.empty()) duration(doc, c.period, "first month", 1, "month", 1, 1);
    Claim& figure = doc.add(ClaimKind::kCount, "18,000 units");
    if (!c.cited_on_launch) figure.citation = k;
    const auto fs = run_check("timeline", doc.claims());
    CHECK(worst(fs) == c.expected);
    if (!fs.empty()) {
      CHECK(fs[0].message.find("predates the end of") != std::string::npos);
      CHECK(fs[0].message.find("after 9 June 2026") != std::string::npos);
    }
    check_shape(fs, "timeline", doc.claims());
  }
}

}  // namespace
}  // namespace factcheck::testing
