// date-validity and date-weekday: dates against the calendar.
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

TEST_CASE("date-validity flags dates no calendar has") {
  const DateCase cases[] = {
      {"It opened on 31 April 2026.", "31 April 2026", 2026, 4, 31, 0, 0, "", "error"},
      {"It opened on 30 April 2026.", "30 April 2026", 2026, 4, 30, 0, 0, "", "pass"},
      {"It opened on 29 February 2025.", "29 February 2025", 2025, 2, 29, 0, 0, "", "error"},
      {"It opened on 29 February 2024.", "29 February 2024", 2024, 2, 29, 0, 0, "", "pass"},
      {"It opened on 29 February 2000.", "29 February 2000", 2000, 2, 29, 0, 0, "", "pass"},
      {"It opened on 29 February 1900.", "29 February 1900", 1900, 2, 29, 0, 0, "", "error"},
      {"It opens on 29 February.", "29 February", 0, 2, 29, 0, 0, "", "pass"},
      {"It opens on 30 February.", "30 February", 0, 2, 30, 0, 0, "", "error"},
      {"It opened on 31 December 2004.", "31 December 2004", 2004, 12, 31, 0, 0, "", "pass"},
      {"Sales in Q5 2026 rose.", "Q5 2026", 2026, 0, 0, 5, 0, "", "error"},
      {"Sales in Q4 2026 rose.", "Q4 2026", 2026, 0, 0, 4, 0, "", "pass"},
      {"Sales in H3 2025 rose.", "H3 2025", 2025, 0, 0, 0, 3, "", "error"},
      {"Sales in H2 2025 rose.", "H2 2025", 2025, 0, 0, 0, 2, "", "pass"},
      {"It closed on 2026-13-01.", "2026-13-01", 2026, 13, 1, 0, 0, "", "error"},
      // A bare year is always valid: nothing to report.
      {"Sales in 2004 rose.", "2004", 2004, 0, 0, 0, 0, "", "none"},
  };
  for (const DateCase& c : cases) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    Claim& d = doc.date(c.claim, c.year, c.month, c.day);
    d.quarter = c.quarter, d.half = c.half, d.date_end = std::string(c.date_end);
    const auto fs = run_check("date-validity", doc.claims());
    CHECK(worst(fs) == c.expected);
    check_shape(fs, "date-validity", doc.claims());
  }
}

TEST_CASE("date-validity says why a date is impossible") {
  Doc doc{"It opened on 29 February 2025."};
  doc.date("29 February 2025", 2025, 2, 29);
  const auto fs = run_check("date-validity", doc.claims());
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message == "no such date: 29 February 2025");
  CHECK(fs[0].explanation.find("2025 is not a leap year") != std::string::npos);
  CHECK(!fs[0].slip.empty());
}

struct WeekdayCase {
  std::string_view text;
  std::string_view claim;
  int year, month, day;
  std::string_view weekday;
  std::string_view expected;
};

TEST_CASE("date-weekday checks the weekday of a dated claim") {
  const WeekdayCase cases[] = {
      {"The call is on Friday, 15 May 2026.", "Friday, 15 May 2026", 2026, 5, 15, "Friday", "pass"},
      {"The call is on Wednesday, 15 May 2026.", "Wednesday, 15 May 2026", 2026, 5, 15, "Wednesday",
       "error"},
      {"The call is on Wed, 15 May 2024.", "Wed, 15 May 2024", 2024, 5, 15, "Wed", "pass"},
      {"It fell on Thursday, 29 February 2024.", "Thursday, 29 February 2024", 2024, 2, 29,
       "Thursday", "pass"},
      {"It fell on Friday, 31 December 2004.", "Friday, 31 December 2004", 2004, 12, 31, "Friday",
       "pass"},
      {"It fell on Sunday, 3 May 2026.", "Sunday, 3 May 2026", 2026, 5, 3, "Sunday", "pass"},
      {"It fell on Monday, 3 May 2026.", "Monday, 3 May 2026", 2026, 5, 3, "Monday", "error"},
      // No day and month: nothing to compute.
      {"Shares fell on Monday.", "Monday", 0, 0, 0, "Monday", "none"},
      // An impossible date is date-validity's to report.
      {"It fell on Monday, 29 February 2025.", "Monday, 29 February 2025", 2025, 2, 29, "Monday",
       "none"},
  };
  for (const WeekdayCase& c : cases) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    doc.date(c.claim, c.year, c.month, c.day).weekday = c.weekday;
    const auto fs = run_check("date-weekday", doc.claims());
    CHECK(worst(fs) == c.expected);
    check_shape(fs, "date-weekday", doc.claims());
  }
}

TEST_CASE("date-weekday names the nearest years in which the weekday is right") {
  Doc doc{"The call is on Wednesday, 15 May 2026."};
  doc.date("Wednesday, 15 May 2026", 2026, 5, 15).weekday = "Wednesday";
  const auto fs = run_check("date-weekday", doc.claims());
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kError);
  CHECK(fs[0].message ==
        "15 May 2026 is a Friday, not a Wednesday; it is a Wednesday in 2024 and 2030");
  CHECK(fs[0].slip.find("2024") != std::string::npos);
}

TEST_CASE("date-weekday borrows the year from the article's own dates") {
  // Modelled on the seed: the article's dates are in 2026, the call date has no year.
  const std::string text =
      "Sales fell, the firm said on 3 May 2026 (Firm Blog, 3 May 2026). It cut prices on 15 May "
      "2026.\nThe earnings call (Wednesday, 15 May) will show more.";
  SUBCASE("a warning, saying which year was assumed") {
    Doc doc{text};
    doc.date("3 May 2026", 2026, 5, 3);
    doc.cite("(Firm Blog, 3 May 2026)", "Firm Blog", "2026-05-03");
    doc.date("15 May 2026", 2026, 5, 15);
    doc.date("Wednesday, 15 May", 0, 5, 15).weekday = "Wednesday";
    const auto fs = run_check("date-weekday", doc.claims());
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kWarning);
    CHECK(fs[0].explanation.find("assuming 2026") != std::string::npos);
    CHECK(fs[0].message.find("2024 and 2030") != std::string::npos);
    check_shape(fs, "date-weekday", doc.claims());
  }
  SUBCASE("the most common year wins over the nearest, when no paragraph names one") {
    Doc doc{
        "Sales fell.\nIt began on 3 May 2024 and 4 May 2024.\nIt ended on 5 May 2026.\nThe call "
        "(Wednesday, 15 May) went well."};
    doc.date("3 May 2024", 2024, 5, 3);
    doc.date("4 May 2024", 2024, 5, 4);
    doc.date("5 May 2026", 2026, 5, 5);
    doc.date("Wednesday, 15 May", 0, 5, 15).weekday = "Wednesday";
    const auto fs = run_check("date-weekday", doc.claims());
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kPass);  // 15 May 2024 was a Wednesday
  }
  SUBCASE("ties go to the nearest full date before") {
    Doc doc{
        "It began on 3 May 2026. It ended on 5 May 2024. The call (Wednesday, 15 May) went "
        "well."};
    doc.date("3 May 2026", 2026, 5, 3);
    doc.date("5 May 2024", 2024, 5, 5);
    doc.date("Wednesday, 15 May", 0, 5, 15).weekday = "Wednesday";
    const auto fs = run_check("date-weekday", doc.claims());
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kPass);
  }
  SUBCASE("a full date in the same sentence makes the year certain") {
    Doc doc{"Between 3 May 2026 and Wednesday, 15 May, sales fell."};
    doc.date("3 May 2026", 2026, 5, 3);
    doc.date("Wednesday, 15 May", 0, 5, 15).weekday = "Wednesday";
    const auto fs = run_check("date-weekday", doc.claims());
    REQUIRE(fs.size() == 1);
    CHECK(fs[0].severity == Severity::kError);
  }
  SUBCASE("no dates to borrow from: left alone") {
    Doc doc{"The call (Wednesday, 15 May) went well."};
    doc.date("Wednesday, 15 May", 0, 5, 15).weekday = "Wednesday";
    CHECK(run_check("date-weekday", doc.claims()).empty());
  }
}

TEST_CASE("date-weekday takes the year its own sentence or paragraph names first") {
  struct Case {
    std::string_view text;
    std::string_view weekday_date;  // the date with a weekday and no year
    int month, day;
    std::string_view weekday;
    std::vector<std::pair<std::string_view, int>> years;  // dates with a year: text, year
    std::string_view expected;
    std::string_view said;  // words the explanation must hold
  };
  const Case cases[] = {
      // The sentence's period, though the article's other dates are a year later.
      {"Revenue rose, the group said on 2 March 2009.\nIt reported on Thursday 30 October its "
       "figures for January-September 2008.",
       "Thursday 30 October",
       10,
       30,
       "Thursday",
       {{"2 March 2009", 2009}, {"2008", 2008}},
       "pass",
       "assuming 2008, the year its own sentence names"},
      {"Revenue rose, the group said on 2 March 2009.\nIt reported on Friday 30 October its "
       "figures for January-September 2008.",
       "Friday 30 October",
       10,
       30,
       "Friday",
       {{"2 March 2009", 2009}, {"2008", 2008}},
       "pass",
       "the weekday fits 2009"},
      // Results for a year come out in the next one.
      {"The bank will publish its results for 2007 before markets open on Thursday 31 January.",
       "Thursday 31 January",
       1,
       31,
       "Thursday",
       {{"2007", 2007}},
       "pass",
       "the weekday fits 2008"},
      {"The bank will publish its results for 2007 before markets open on Monday 31 January.",
       "Monday 31 January",
       1,
       31,
       "Monday",
       {{"2007", 2007}},
       "warning",
       "the year its own sentence names"},
      // The paragraph's year before the article's.
      {"Shares closed on 4 May 2026.\nIn 2024 the firm listed. Its first call was on Wednesday "
       "15 May.",
       "Wednesday 15 May",
       5,
       15,
       "Wednesday",
       {{"4 May 2026", 2026}, {"2024", 2024}},
       "pass",
       "the year its paragraph names"},
      // A period after the article's year is a target, not the date's year.
      {"Published 6 May 2026\nInvestors meet on Friday 17 September, when a margin target for "
       "2028 is due.",
       "Friday 17 September",
       9,
       17,
       "Friday",
       {{"6 May 2026", 2026}, {"2028", 2028}},
       "warning",
       "the year the dateline names"},
      // The dateline before other dates.
      {"Published 6 May 2026\nThe vote of 9 May 2024 was close.\nThe count ended on Friday 15 "
       "May.",
       "Friday 15 May",
       5,
       15,
       "Friday",
       {{"6 May 2026", 2026}, {"9 May 2024", 2024}},
       "pass",
       "the year the dateline names"},
      {"Published 6 May 2026\nThe vote of 9 May 2024 was close.\nThe count ended on Tuesday 15 "
       "May.",
       "Tuesday 15 May",
       5,
       15,
       "Tuesday",
       {{"6 May 2026", 2026}, {"9 May 2024", 2024}},
       "warning",
       "assuming 2026"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    for (const auto& [needle, year] : c.years) {
      // A full date ("2 March 2009") or a year alone ("2008"); only the year is read from it.
      const bool full = needle.size() > 4;
      doc.date(needle, year, full ? 5 : 0, full ? 1 : 0);
    }
    doc.date(c.weekday_date, 0, c.month, c.day).weekday = c.weekday;
    const auto fs = run_check("date-weekday", doc.claims());
    REQUIRE(fs.size() == 1);
    CAPTURE(fs[0].message);
    CAPTURE(fs[0].explanation);
    CHECK(to_string(fs[0].severity) == c.expected);
    CHECK(fs[0].explanation.find(c.said) != std::string::npos);
    CHECK(fs[0].message.find("assumed") != std::string::npos);
    check_shape(fs, "date-weekday", doc.claims());
  }
}

TEST_CASE("date-weekday checks a weekday set after its date") {
  run_text_cases("date-weekday",
                 {
                     {"Council tax last rose on 1 April 2025, a Tuesday.", "pass"},
                     {"Council tax last rose on 1 April 2025, a Monday.", "error"},
                     {"The vote is on 26 February 2027, which is a Friday.", "pass"},
                     {"The vote is on 26 February 2027, which is a Thursday.", "error"},
                     {"The plant shut on March 3, 2026 (a Tuesday) for repairs.", "pass"},
                     {"The plant shut on March 3, 2026 (a Monday) for repairs.", "error"},
                     {"It reopened on the second of June 2026, a Tuesday.", "pass"},
                     {"It reopened on 9 June 2026, which was a Wednesday.", "error"},
                     // A weekday that starts a clause of its own is not the date's.
                     {"It reopened on 9 June 2026, and a Friday launch followed.", "none"},
                 });
}

// See: issue 10 ("A weekday with no year"): a founding year lends no year.
TEST_CASE("date-weekday lends no year from the year a thing began") {
  run_text_cases(
      "date-weekday",
      {
          // 16 May 2026 is a Saturday; 16 May 1990 a Wednesday.
          {"Report of 4 March 2026. The choir, formed in 1990, sings on Saturday 16 May.", "pass"},
          {"Report of 4 March 2026. The choir, formed in 1990, sings on Friday 16 May.", "warning"},
          // A period the sentence names still lends its year.
          {"Report of 4 March 2026. Results for 1990 came on Wednesday 16 May.", "pass"},
      });
}

TEST_CASE("date forms read since session 6 feed the weekday and timeline checks") {
  run_text_cases("date-weekday",
                 {
                     // A weekday before a date in figures.
                     {"The vote is on Tuesday, 2026-05-12, the clerk said.", "pass"},
                     {"The vote is on Wednesday, 2026-05-12, the clerk said.", "error"},
                     {"Ballots close on Wednesday 13/05/2026 at noon.", "pass"},
                     {"Ballots close on Thursday 13/05/2026 at noon.", "error"},
                     // "the" between the weekday and the day; "of" before the year.
                     {"Ministers met on Monday, the 4th of May 2026.", "pass"},
                     {"Ministers met on Tuesday, the 4th of May 2026.", "error"},
                     {"The line reopened on Tuesday, September 1 of 2026.", "pass"},
                     {"The line reopened on Friday, September 1 of 2026.", "error"},
                 });
  run_text_cases("timeline",
                 {
                     {"The mill, opened on 2 February of 2026, hit full output in ten weeks, on "
                      "13 April of 2026.",
                      "pass"},
                     {"The mill, opened on 2 February of 2026, hit full output in six weeks, on "
                      "13 April of 2026.",
                      "error"},
                     {"The levy ran from August of 2026 to November of 2026.", "pass"},
                     {"The levy ran from November of 2026 to August of 2026.", "error"},
                 });
}

}  // namespace
}  // namespace factcheck::testing
