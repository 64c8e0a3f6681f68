// Anniversaries and time since, a count's share set off by dashes, running totals over a year's
// periods and cents against a total in another cent currency: extract() then the check, on our
// own sentences with our own figures and names.
#include "tests/checker_context/builder.h"

namespace factcheck::testing {
namespace {

TEST_CASE("timeline judges an ordinal anniversary or an age reached against the start year") {
  run_text_cases(
      "timeline",
      {
          // "this year" names the year: an error when the ordinal is not the years since.
          {"Report of 4 March 2026. Founded in 1962, the rowing club celebrates its 60th "
           "anniversary this year.",
           "error"},
          {"Report of 4 March 2026. Founded in 1962, the rowing club celebrates its 64th "
           "anniversary this year.",
           "pass"},
          {"Report of 4 March 2026. Founded in 1931 as a tram depot on the quay, the museum "
           "celebrates its 85th anniversary this year.",
           "error"},
          {"Report of 4 March 2026. The theatre, which opened in 1977, turns 50 this year.",
           "error"},
          {"Report of 4 March 2026. The theatre, which opened in 1976, turns 50 this year.",
           "pass"},
          // The year assumed from the article's date: the anniversary may have fallen the year
          // before, and a miss is a warning.
          {"Report of 4 March 2026. Born in 1951, the mayor celebrated his 70th birthday on "
           "Friday.",
           "warning"},
          {"Report of 4 March 2026. Born in 1951, the mayor celebrated his 74th birthday on "
           "Friday.",
           "pass"},
          {"Report of 4 March 2026. The brewery, set up in 1871, marks its 145th anniversary "
           "this year.",
           "error"},
          {"Report of 4 March 2026. The brewery, set up in 1871, marks its 155th anniversary "
           "this year.",
           "pass"},
          // A forecast in a later clause is that clause's; the subject's head word says whose age.
          {"Report of 4 March 2026. Built in 1966, the tower block turns 50 this year and will be "
           "repainted.",
           "error"},
          {"Report of 4 March 2026. Built in 1966, the tower block turns 60 this year and will be "
           "repainted.",
           "pass"},
          {"Report of 4 March 2026. Founded in 1990, its chairman turns 60 this year.", "none"},
          // Another date, a forecast, a person who is not what the year began: left alone.
          {"Report of 4 March 2026. Founded in 1962, the club held its 50th anniversary dinner in "
           "2012.",
           "none"},
          {"Report of 4 March 2026. Founded in 1962, the club will celebrate its 60th anniversary "
           "next spring.",
           "none"},
          {"Report of 4 March 2026. Founded in 1962, its chairman celebrated his 60th birthday "
           "this year.",
           "none"},
          {"Report of 4 March 2026. The 25th anniversary of the 1998 accord fell in 2023.", "none"},
      });
}

// See: issue 10: anniversaries named by a word ("centenary", "golden jubilee").
TEST_CASE("timeline reads a named anniversary as the years it marks") {
  run_text_cases(
      "timeline",
      {
          {"Report of 4 March 2026. The pier, opened in 1931, celebrates its centenary this year.",
           "error"},
          {"Report of 4 March 2026. The pier, opened in 1926, celebrates its centenary this year.",
           "pass"},
          {"Report of 4 March 2026. Founded in 1981, the orchestra marks its ruby jubilee this "
           "year.",
           "error"},
          {"Report of 4 March 2026. Founded in 1986, the orchestra marks its ruby anniversary "
           "this year.",
           "pass"},
          {"Report of 4 March 2026. The college, chartered in 1836, celebrates its bicentenary "
           "this year.",
           "error"},
          {"Report of 4 March 2026. The college, chartered in 1826, celebrates its bicentenary "
           "this year.",
           "pass"},
          // A name, not an anniversary; a year after the word is not the start.
          {"Report of 4 March 2026. Built in 1990, Centenary Hall reopens this year.", "none"},
          {"Report of 4 March 2026. A centenary exhibition opens for the school founded in 1931.",
           "none"},
      });
}

TEST_CASE("timeline counts a present-tense time since a year to the article's year") {
  run_text_cases(
      "timeline",
      {
          {"Report of 4 March 2026. It is 30 years since the pit closed in 1986.", "warning"},
          {"Report of 4 March 2026. It is 40 years since the pit closed in 1986.", "pass"},
          {"Report of 4 March 2026. It is now 25 years since the mill shut in 1991.", "warning"},
          {"Report of 4 March 2026. It has been 12 years since the ferry last sailed in 2014.",
           "pass"},
          // The start year before the count, "since" naming the beginning.
          {"Report of 4 March 2026. The choir, started in 2011 by a teacher, marks 15 years "
           "since its first concert this spring.",
           "pass"},
          {"Report of 4 March 2026. The choir, started in 2011 by a teacher, marks 12 years "
           "since its first concert this spring.",
           "warning"},
          {"Report of 4 March 2026. The fair, first held in 2001, marks 35 years since its "
           "founding.",
           "warning"},
          // "since" naming another event: its year is not the start's.
          {"Report of 4 March 2026. The choir, founded in 1990, marks 10 years since its move to "
           "the hall.",
           "none"},
          // Past tense: the count ends when the story's events did, not now.
          {"Report of 4 March 2026. It was 30 years since the pit closed in 1986.", "none"},
      });
}

TEST_CASE("ratio-percent reads a count's share set off by spaced dashes") {
  run_text_cases(
      "ratio-percent",
      {
          {"Of its 1,250 porters, 310 - almost a third - work nights.", "error"},
          {"Of its 1,250 porters, 410 - almost a third - work nights.", "pass"},
          {"Of the 2,400 pupils, 900 \xE2\x80\x94 roughly half \xE2\x80\x94 walk to school.",
           "error"},
          {"Of the 2,400 pupils, 1,150 \xE2\x80\x94 roughly half \xE2\x80\x94 walk to school.",
           "pass"},
          {"Of the 80 councillors, 30 \xE2\x80\x93 more than half \xE2\x80\x93 voted against.",
           "error"},
      });
}

TEST_CASE("part-whole takes a running total as the whole only over all of a year's periods") {
  run_text_cases(
      "part-whole",
      {
          {"Sales were £12m in the first quarter, £14m in the second and £15m in the third, and "
           "£16m in the fourth took the year's total to £61m.",
           "warning"},
          {"Sales were £12m in the first quarter, £14m in the second and £15m in the third, and "
           "£16m in the fourth took the year's total to £57m.",
           "pass"},
          {"The four quarters brought in $20m, $22m, $25m and $28m, for a full-year total of "
           "$101m.",
           "warning"},
          {"Profit was £5m in the first half and £6m in the second, taking the year's total to "
           "£11m.",
           "pass"},
          // Two quarters of four: the earlier ones are in the total but not the sentence.
          {"Sales were £15m in the third quarter and £16m in the fourth, taking the year's total "
           "to £57m.",
           "none"},
      });
}

TEST_CASE("rate reads bare cents in the currency of the sentence's total") {
  run_text_cases(
      "rate",
      {
          {"It will pay a dividend of 18 cents a share on 240 million shares, about EUR 52m in "
           "all.",
           "error"},
          {"It will pay a dividend of 18 cents a share on 240 million shares, about EUR 43m in "
           "all.",
           "pass"},
      });
}

}  // namespace
}  // namespace factcheck::testing
