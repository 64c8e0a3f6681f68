// Claim kind: dates, as the article writes them.
//
// A date is something the timeline and weekday checks read, never a figure to do arithmetic
// on: "in 2004" is the year 2004, not the number 2004. Every form below is one pattern; a
// sentence's matches compete, the longest wins ("3 May 2026" over "May 2026" over "2026"),
// and the scanner's quantities inside a date are taken so they never become figures.
// Impossible dates ("31 April 2026", "Q5 2026") are read as written so the checker can flag
// them.
#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <string>

#include "extractor/internal.h"
#include "extractor/key_table.h"
#include "extractor/lexicon.h"
#include "extractor/pattern.h"

namespace factcheck::detail {

namespace {

// One space as typeset: ASCII, NBSP, narrow NBSP, thin space.
constexpr std::string_view kSp = FC_SP;
// A hyphen or dash of any kind, the minus sign and U+2011 included.
constexpr std::string_view kDash = R"((?:-|\xE2\x80[\x90-\x95]|\xE2\x88\x92))";
// A month name, full or abbreviated, any case ("December", "Dec.", "dec", "Sept"), and a
// weekday ("Wednesday", "friday", "Wed."): built from the calendar's words (calendar.cpp).
// Only an abbreviation takes a stop: in "on 19 June." the stop ends the sentence.
std::string month_regex() {
  std::string full, abbreviated;
  for (std::string_view w : month_words()) {
    std::string& to = w.size() > 4 || w == "may" || w == "june" || w == "july" ? full : abbreviated;
    to += (to.empty() ? "" : "|") + std::string(w);
  }
  return "(?<![A-Za-z])(?i:(?:" + full + ")(?![A-Za-z])|(?:" + abbreviated + ")(?![A-Za-z])\\.?)";
}
// A full weekday name may be in lower case ("on friday the 13th"); an abbreviation is
// capitalised, since "sat", "sun" and "wed" are words.
std::string weekday_regex() {
  std::string full, abbreviated;
  for (std::string_view w : weekday_words()) {
    if (w.size() >= 6) {
      full += (full.empty() ? "" : "|") + std::string(w);
    } else {
      abbreviated += (abbreviated.empty() ? "" : "|") +
                     std::string(1, static_cast<char>(w[0] - 'a' + 'A')) + std::string(w.substr(1));
    }
  }
  return "(?<![A-Za-z])(?:(?i:" + full + ")|(?:" + abbreviated + ")(?![A-Za-z])\\.?)(?![A-Za-z])";
}
// A weekday set after the date it names: "1 April 2025, a Tuesday", "on 3 May, which was a
// Sunday", "(a Friday)".
std::string weekday_after() {
  const std::string sp = std::string(kSp) + "+";
  const std::string lead = "(?:,?" + sp + "\\(?|,?" + sp + "which" + sp + "(?:was|is|will" + sp +
                           "be|falls" + sp + "on)" + sp + ")";
  return "(?:" + lead + "an?" + sp + "(?<wa>" + weekday_regex() + ")\\)?)?";
}
// A day of the month in words: "third", "twenty-first", "thirty first".
std::string day_word_regex() {
  std::string r;
  for (std::string_view w : ordinal_words()) r += (r.empty() ? "" : "|") + std::string(w);
  return "(?<![A-Za-z])(?i:(?:twenty|thirty)(?:-|\\xE2\\x80\\x91|[ \\t]))?(?i:" + r +
         ")(?![A-Za-z]|-|\\xE2\\x80\\x91)";
}
// A day of the month, 1-31, with an optional ordinal suffix; not the start of a bigger figure.
constexpr std::string_view kDay = R"((?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d))";
// What may not follow a year or day: more digits, a decimal or thousands part, a percent,
// a scale word ("2004 million" is a figure, not a year).
constexpr std::string_view kNotFigure =
    R"((?![\d%A-Za-z_]|[.,]\d)(?!(?:[ \t]|\xC2\xA0|\xE2\x80\xAF)*(?:%|(?i:per[ \t]?cent|percent|)"
    R"(million|billion|trillion|bn|mn|mln|m\b|k\b|x\b|\xC3\x97))))";
// What joins a month and its year: a comma or a space, or "of" ("September of 2021").
constexpr std::string_view kToYear = "(?:,?" FC_SP "+|" FC_SP "+(?i:of)" FC_SP "+)";
// A four-digit year 1900-2099.
constexpr std::string_view kYear4 = R"((?:19|20)\d{2})";
// An ordinal quarter or half: "first", "4th".
constexpr std::string_view kOrdinal = R"((?i:first|second|third|fourth|1st|2nd|3rd|4th))";
// Fiscal-year words before a year: "fiscal", "fiscal year", "the financial year".
constexpr std::string_view kFiscal =
    R"((?i:fiscal|financial)(?:[ \t]|\xC2\xA0)+(?i:year(?:[ \t]|\xC2\xA0)+)?)";

std::string cat(std::initializer_list<std::string_view> parts) {
  std::string s;
  for (std::string_view p : parts) s += p;
  return s;
}

// The year, as a group, followed by nothing that makes it a figure.
std::string year_group(std::string_view name) {
  return cat({"(?<", name, ">", kYear4, ")", kNotFigure});
}
// A year before 1900 ("1896", "1789"), only before nothing it could count: the end of a clause
// or a word that is no unit (function.tsv's not-unit, dates.tsv's date-year-next), since "1,850
// workers" and "1896 votes" are figures; or after an event's noun and "of", whatever follows
// ("The famine of 1845 killed": dates.tsv's date-event-noun; "a crowd of 1500 cheered" counts).
std::string early_year() {
  std::string after_event;
  for (const lexicon::Entry& e : lexicon::entries("date-event-noun")) {
    after_event += std::string(after_event.empty() ? "" : "|") + "(?<=(?i:\\b" +
                   std::string(e.word) + ")\\x20of\\x20)";
  }
  return cat(
      {"(?:", after_event, ")1[0-8]\\d{2}", kNotFigure, "|1[0-8]\\d{2}", kNotFigure, "(?=", kSp,
       "*(?:[.,;:!?)\\]]|$|(?i:", lexicon::alternation({"not-unit", "date-year-next"}), ")))"});
}
// The year after a month: four figures (from 1000: the month makes "March 1867" a date), or two
// after an apostrophe ("May '26", "3 May ’26") or, with `dashed`, after a dash ("12-May-26").
std::string month_year_group(bool dashed) {
  return cat({"(?<y>", kYear4, "|1[0-8]\\d{2}|(?:'|\\xE2\\x80\\x99)\\d{2}",
              dashed ? "|(?<=-)\\d{2}" : "", ")", kNotFigure});
}

// Every date form, compiled once. Each list of pieces reads left to right as the text does.
// clang-format off
struct DatePatterns {
  // The calendar's words, built first: the patterns below are made of them.
  const std::string kMonth = month_regex(), kWeekday = weekday_regex(), kDayWord = day_word_regex();
  // Early, mid, late, pre or post before a year or month: "late-2023", "mid 2024".
  const std::string kPart = "(?<![A-Za-z])(?i:" + lexicon::alternation({"date-part"}) + ")";
  // "the final quarter of 2024", "the latter half of 2025": the last part of a named year.
  const std::string kLast = "(?i:" + lexicon::alternation({"date-last-part"}) + ")";
  // "a 2048-bit key", "a 1500-page report": a noun after a hyphen makes four figures a count.
  const std::string kCounted = "(?i:" + lexicon::alternation({"date-counted"}) + ")";
  // The words of a range (dates.tsv): "between" or "from" opens it, the group "between" set
  // for the first; "and" (the group "and") joins it only after "between", "to" after "from",
  // "through", "until" and "till" alone.
  const std::string kOpen = "(?<b>(?i:(?<between>" + lexicon::alternation({"date-range-between"}) +
                            ")|" + lexicon::alternation({"date-range-from"}) + "))";
  const std::string kJoin = "(?:(?<and>(?i:" + lexicon::alternation({"date-range-and"}) +
                            "))|(?i:" + lexicon::alternation({"date-range-to", "date-range-alone"}) +
                            "))";
  // The same between two years, in lower case only ("2004 To 2006" is no range), the group "to"
  // set for "to".
  const std::string kYearJoin = "(?<w>(?<and>" + lexicon::alternation({"date-range-and"}) +
                                ")|(?<to>" + lexicon::alternation({"date-range-to"}) + ")|" +
                                lexicon::alternation({"date-range-alone"}) + ")";
  // "3 May 2026", "Wednesday, 15 May", "On Sunday, 3 May 2026", "the 31st of March".
  // Each of the two has the other's day group too, never set ("(?:(?<dw>)(?!))?"), so one reader
  // serves both. That group stands last: before the day it hides from PCRE2 the bytes a match can
  // start with, and the pattern is then tried at every byte of the sentence. The day in words is
  // a pattern of its own because trying its words at every place of a sentence costs more than
  // the rest of the date forms.
  Pattern day_month{"date: day month year", cat({
      "(?:(?<wd>", kWeekday, "),?", kSp, "+(?:the", kSp, "+)?)?",
      "(?<d>", kDay, ")(?:(?:", kSp, "+of)?", kSp, "+|-)",
      "(?<m>", kMonth, ")",
      "(?:(?:", kToYear, "|-)", month_year_group(true), ")?", weekday_after(),
      "(?:(?<dw>)(?!))?"})};
  // "the second of June", "Tuesday, the twenty-first of March 2026".
  Pattern day_word_month{"date: day in words of month", cat({
      "(?:(?<wd>", kWeekday, "),?", kSp, "+(?:the", kSp, "+)?)?",
      "(?<dw>", kDayWord, ")", kSp, "+of", kSp, "+",
      "(?<m>", kMonth, ")",
      "(?:", kToYear, month_year_group(false), ")?", weekday_after(), "(?:(?<d>)(?!))?"})};
  // "May 3, 2026", "December 31, 2019", "december 31 , 2009" (tokenised), "Dec. 31".
  Pattern month_day{"date: month day year", cat({
      "(?:(?<wd>", kWeekday, "),?", kSp, "+)?",
      "(?<m>", kMonth, ")(?:", kSp, "+the)?", kSp, "*",
      "(?:(?<d>", kDay, ")", kNotFigure, "|(?<dw>", kDayWord, "))",
      "(?:(?:", kSp, "*,?", kSp, "*|", kSp, "+(?i:of)", kSp, "+)", month_year_group(false), ")?",
      weekday_after()})};
  // "April 2026", "late November 2025", "September of 2021".
  Pattern month_year{"date: month year", cat({
      "(?:(?<p>", kPart, ")(?:", kDash, "|", kSp, "+))?",
      "(?<m>", kMonth, ")(?:", kToYear, "|", kDash, ")", month_year_group(false)})};
  // "early March", "mid-June", "late April": a part of a month with no year; the month is
  // capitalised, since "the early march" is a walk.
  Pattern month_part{"date: part of a month", cat({
      "(?<p>", kPart, ")(?:", kDash, "|", kSp, "+)(?=[A-Z])(?<m>", kMonth, ")"})};
  // "Nov-14", "Mar-09": a month and two figures that may be its day or its year; only the month
  // is certain.
  Pattern month_dash{"date: month dash two digits", cat({
      "(?<m>", kMonth, ")", kDash, "(?<n>\\d{2})(?![\\d%]|[.,]\\d|", kDash, ")"})};
  // "June 8-11", "Sept 2-5, 2025", "from June 3 to June 9, 2024", "March 1 - March 31, 2026".
  Pattern month_day_range{"date: month day range", cat({
      "(?:", kOpen, kSp, "+)?",
      "(?<m1>", kMonth, ")", kSp, "*(?<d1>", kDay, ")",
      "(?:", kSp, "*", kDash, kSp, "*|", kSp, "+", kJoin, kSp, "+)",
      "(?:(?<m2>", kMonth, ")", kSp, "*)?(?<d2>", kDay, ")", kNotFigure,
      "(?:", kSp, "*,?", kSp, "*", year_group("y"), ")?"})};
  // "between February and April 2026", "January-June 2009", "from April 2025 to March 2026",
  // and with no year after "from" or "between" ("from June to August").
  // "and" joins a range only after "between": "September 2019 and September 2018" is two dates.
  Pattern month_range{"date: month range", cat({
      "(?:", kOpen, kSp, "+)?",
      "(?<m1>", kMonth, ")(?:", kToYear, "(?<y1>", kYear4, "))?",
      "(?:", kSp, "*", kDash, kSp, "*|", kSp, "+", kJoin, kSp, "+)",
      "(?<m2>", kMonth, ")(?:", kToYear, year_group("y"), ")?"})};
  // "from 3 August to 24 December", "between 12 January and 10 February 2026", "3-5 May 2026".
  Pattern day_range{"date: day range", cat({
      "(?:", kOpen, kSp, "+)?",
      "(?<d1>", kDay, ")(?:", kSp, "+(?<m1>", kMonth, ")(?:", kToYear, "(?<y1>", kYear4, "))?)?",
      "(?:", kSp, "*", kDash, kSp, "*|", kSp, "+", kJoin, kSp, "+)",
      "(?<d2>", kDay, ")", kSp, "+(?<m2>", kMonth, ")",
      "(?:", kToYear, year_group("y"), ")?"})};
  // "Q1", "Q1 2026", "Q4'23", "Q3 '25", "Q2 FY2025", "Q2 FY25", "1Q26" and "2Q 2025". A two-digit year
  // needs an apostrophe, "FY" or no space: "Q1 45 firms" is not 2045.
  Pattern quarter{"date: quarter", cat({
      "(?<![A-Za-z0-9])(?:",
      "Q(?<q>\\d)(?:", kSp, "*FY", kSp, "*'?(?<yf>", kYear4, "|\\d{2})",
                 "|", kSp, "?(?:'|\\xE2\\x80\\x99)(?<ya>\\d{2})",
                 "|(?:", kSp, "+(?:(?i:of)", kSp, "+)?|", kDash, ")(?<y>", kYear4, "))?",
      "|(?<q2>\\d)Q(?:(?<y2>", kYear4, "|\\d{2})|", kSp, "+(?<y4>", kYear4, "))",
      "|(?<y3>", kYear4, ")(?:", kSp, "|-)?Q(?<q3>\\d))",
      "(?![A-Za-z0-9%]|[.,]\\d)"})};
  // "the fourth quarter of 2008", "first-quarter", "second fiscal quarter of fiscal 2019", "the
  // final quarter of 2024" (the last part only with its year: "the last quarter" is the one before).
  Pattern quarter_words{"date: ordinal quarter", cat({
      "(?<![A-Za-z])(?:(?<o>", kOrdinal, ")|(?<l>", kLast, "))(?:", kDash, "|", kSp, "+)",
      "(?:(?<fq>(?i:fiscal))", kSp, "+)?(?i:quarter|qtr)(?![A-Za-z])",
      "(?:(?:", kSp, "+(?i:of|in)", kSp, "+(?:the", kSp, "+)?|,?", kSp, "+)",
      "(?<fy>", kFiscal, ")?", year_group("y"), ")?"})};
  // "Q1-Q3 2025", "between Q2 and Q4 2026", "Q1 to Q3": a run of quarters of one year.
  Pattern quarter_range{"date: quarter range", cat({
      "(?:", kOpen, kSp, "+)?",
      "(?<![A-Za-z0-9])Q(?<q1>[1-4])",
      "(?:", kSp, "*", kDash, kSp, "*|", kSp, "+", kJoin, kSp, "+)",
      "Q(?<q2>[1-4])(?:", kSp, "+(?:(?i:of)", kSp, "+)?(?<y>", kYear4, "))?",
      "(?![A-Za-z0-9%]|[.,]\\d)"})};
  // "H2 2025", "H1", "1H25", "1H 2025", "H1 of 2025", "H1 FY26" (a fiscal half).
  Pattern half{"date: half", cat({
      "(?<![A-Za-z0-9])(?:",
      "H(?<h>\\d)(?:", kSp, "*(?<y>", kYear4, "|'\\d{2})|", kSp, "+(?i:of)", kSp, "+(?<y4>", kYear4, ")",
                 "|", kSp, "*FY", kSp, "*'?(?<yf>", kYear4, "|\\d{2}))?",
      "|(?<h2>\\d)H(?:(?<y2>", kYear4, "|\\d{2})|", kSp, "+(?<y5>", kYear4, "))",
      "|(?<y3>", kYear4, ")(?:", kSp, "|-)?H(?<h3>\\d))",
      "(?![A-Za-z0-9%]|[.,]\\d)"})};
  // "the first half of 2025", "second-half", "the latter half of 2025".
  Pattern half_words{"date: ordinal half", cat({
      "(?<![A-Za-z])(?:(?<o>(?i:first|second|1st|2nd))|(?<l>", kLast, "))(?:", kDash, "|", kSp,
      "+)",
      "(?i:half)(?![A-Za-z])",
      "(?:", kSp, "+(?i:of|in)", kSp, "+(?:the", kSp, "+)?(?<fy>", kFiscal, ")?",
      year_group("y"), ")?"})};
  // "fiscal 2025", "fiscal year 2019", "financial year 2018/19", "FY2025", "FY 19", "fiscal 2019
  // through 2036".
  Pattern fiscal{"date: fiscal year", cat({
      "(?<![A-Za-z])(?:", kFiscal, "(?<y>", kYear4, ")",
      "|FY", kSp, "?'?(?<y2>", kYear4, "|\\d{2}))",
      "(?:(?:", kDash, "|/)(?<e>", kYear4, "|\\d{2})|", kSp, "+(?i:through|until|till)", kSp,
      "+(?<e4>", kYear4, "))?", kNotFigure})};
  // "2004-2005", "2004-05", "2018/19", "between 2004 and 2006", "from 2019 to 2023".
  Pattern year_range{"date: year range", cat({
      "(?:", kOpen, kSp, "+)?",
      "(?<![\\w$.,/#])(?<y1>", kYear4, ")",
      "(?:", kSp, "*(?:", kDash, "|/)", kSp, "*|", kSp, "+", kYearJoin, kSp, "+)",
      "(?<y2>", kYear4, "|\\d{2})", kNotFigure})};
  // "the 1990s", "the late 1980s", "the 2010's", "the '90s": a decade. "the '20s" may be either
  // century's, so a decade written in two figures is read only from the '30s to the '90s.
  Pattern decade{"date: decade", cat({
      "(?:(?<p>", kPart, ")(?:", kDash, "|", kSp, "+))?",
      "(?:(?<![\\w$#/&])(?<y>(?:1[6-8][1-9]|19\\d|20\\d)0)'?",
      "|(?<![\\w'])(?:'|\\xE2\\x80\\x99)(?<yy>[3-9]0))s(?![A-Za-z0-9])"})};
  // "12/31/2019", "30/01/2009", "7/8/2003", "12/29/07", "17-09-2021", "23.05.2022": a date in
  // figures. Which of the first two is the month is told only when one of them is past 12. With
  // a dash or a stop the year has four digits: "12-05-19" may be a score or a code.
  Pattern numeric{"date: numeric", cat({
      "(?<![\\d/.,\\-])(?<a>[0-3]?\\d)(?:/(?<b>[0-3]?\\d)/(?<y>(?:19|20)\\d{2}|\\d{2})",
      "|(?<sep>[.\\-])(?<b2>[0-3]?\\d)\\k<sep>(?<y2>", kYear4, "))(?![\\d/%\\-]|[.,]\\d)"})};
  // "31.12.", "30.06.": a day and a month with stops and no year, as German and Nordic copy
  // writes them, two figures each and before a word in lower case ("the year to 31.12. was"):
  // "rose to 10.12. Then" ends a sentence with a figure. Day first only when the day is past 12.
  Pattern dotted_day{"date: dotted day month", cat({
      "(?<![\\d.,])(?<d>0[1-9]|[12]\\d|3[01])\\.(?<m>0[1-9]|1[0-2])\\.(?=[ \\t]+[a-z])",
      "(?:(?<y>)(?!))?"})};
  // "07/2025", "7/2025": a month and its year, the month first.
  Pattern numeric_month{"date: numeric month year", cat({
      "(?<![\\w/.,\\-])(?<m>0?[1-9]|1[0-2])/(?<y>", kYear4, ")(?![\\d/%\\-]|[.,]\\d)",
      "(?:(?<d>)(?!))?"})};
  // "on 12/31", "on 31/12": a day and a month with no year after "on", read only when one of the
  // two is past 12 (or both are the same), as the numeric form does; "12/15 questions" has no "on".
  Pattern numeric_day{"date: numeric day month", cat({
      "(?<=(?i:on) )(?<a>[0-3]?\\d)/(?<b>[0-3]?\\d)(?![\\d/%\\-]|[.,]\\d)"})};
  // "2024-11-07", "2021/03/15", "2026.05.12", "2023/08", "2020-08", "2020/9/2": year first, as
  // ISO 8601 writes it. A year and a month alone only when the two digits cannot end a range of
  // years ("2010-11" is a season, "2023/08" a month), never with a stop ("2026.05" is a figure),
  // and a month in one figure only with its day ("2019-3" may be a score).
  Pattern iso{"date: year first", cat({
      "(?<![\\w$.,/#\\-])(?<y>", kYear4, ")(?<sep>[/\\-.])(?<m>0?[1-9]|1[0-2])",
      "(?:\\k<sep>(?<d>0?[1-9]|[12]\\d|3[01]))?(?![\\d/%\\-]|[.,]\\d)"})};
  // "2004", "in 2004", "late-2023": a year standing alone, not money, not part of a figure,
  // not a time of day ("1900 GMT").
  Pattern year{"date: year", cat({
      "(?:(?<p>", kPart, ")(?:", kDash, "|", kSp, "+)",
      "|(?<![\\w$#/&])(?<!\\d[.,])",
      R"((?<!\xC2\xA3)(?<!\xC2\xA5)(?<!\xE2\x82\xAC)(?<!\$ )(?<!\xE2\x88\x92))",
      "(?<![A-Za-z]-))",
      "(?<y>", kYear4, ")(?!", kDash, "(?:\\d|[A-Z]{2}|", kCounted, "(?![A-Za-z])))", kNotFigure,
      "(?!", kSp, "*(?:GMT|BST|UTC|EST|EDT|CET|hours|hrs)\\b)"})};
  // "in 1896", "since 1850": a year before 1900, read only after a word of dates.tsv's
  // date-year-cue (the reader looks).
  // "between 1845 and 1852", "from 1834 to 1846": a range of years before 1900, only after its
  // opening word and before nothing the second could count ("between 1200 and 1500 people").
  Pattern early_year_range{"date: early year range", cat({
      kOpen, kSp, "+(?<y1>1[0-8]\\d{2})", kSp, "+", kYearJoin, kSp, "+(?<y2>", early_year(), ")"})};
  Pattern early_year_alone{"date: early year", cat({
      "(?<![\\w$#/&.,\\-])(?<y>", early_year(), ")"})};
};
// clang-format on

const DatePatterns& patterns() {
  static const DatePatterns p;
  return p;
}

// Words without which a form cannot match: a sentence lacking them skips its patterns.
struct DateWords {
  WordSet months{month_words()};
  WordSet days{ordinal_words()};
  // "first", and the letters of "1st", "2nd", "3rd", "4th".
  WordSet ordinals{lexicon::words({"ordinal", "ordinal-suffix"})};
  WordSet quarter{lexicon::words({"date-quarter"})};
  WordSet last{lexicon::words({"date-last-part"})};
  WordSet half{"half"};
  WordSet q{"q"};  // "Q1", "1Q26"
  WordSet h{"h"};  // "H2", "1H25"
  WordSet fiscal{lexicon::words({"date-fiscal"})};
  // Words of change: with one in the sentence, "by 1850" and "to 1790" may count a change.
  WordSet change{lexicon::words({"direction-verb", "direction-noun"})};
};

const DateWords& words() {
  static const DateWords w;
  return w;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int to_int(std::string_view digits) {
  int v = 0;
  for (char c : digits) {
    if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
  }
  return v;
}

// "2026" -> 2026; "26" -> 2026, "99" -> 1999 (two-digit years in copy are recent).
int year_of(std::string_view digits) {
  int v = to_int(digits);
  if (std::count_if(digits.begin(), digits.end(), is_digit) <= 2) v += v < 70 ? 2000 : 1900;
  return v;
}

// "2005" after 2004 -> 2005; "05" after 2004 -> 2005.
int end_year(int start, std::string_view digits) {
  if (digits.size() > 2) return to_int(digits);
  return start / 100 * 100 + to_int(digits);
}

bool is_lower_may(std::string_view month) { return month.substr(0, 3) == "may"; }

bool is_capital(std::string_view word) {
  return !word.empty() && std::isupper(static_cast<unsigned char>(word[0]));
}

// The word before `pos` in lower case, skipping spaces: "its" in "its first quarter".
std::string word_before(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  std::size_t begin = end;
  while (begin > 0 &&
         (std::isalpha(static_cast<unsigned char>(text[begin - 1])) || text[begin - 1] == '.')) {
    --begin;
  }
  std::string w;
  for (std::size_t i = begin; i < end; ++i) {
    w += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
  }
  return w;
}

// A weekday written just before a date in figures names that date's weekday: "Tuesday,
// 2026-05-12", "Wed. 13/05/2026". The span then starts at the weekday.
void weekday_before(const SentenceWork& s, ByteSpan& span, Claim& c) {
  const std::string_view t = s.text;
  std::size_t i = span.begin;
  while (i > s.span.begin && (t[i - 1] == ' ' || t[i - 1] == '\t')) --i;
  if (i == span.begin) return;
  if (t[i - 1] == ',') --i;
  if (i > s.span.begin && t[i - 1] == '.') --i;
  std::size_t b = i;
  while (b > s.span.begin && std::isalpha(static_cast<unsigned char>(t[b - 1]))) --b;
  if (b == i || !std::isupper(static_cast<unsigned char>(t[b]))) return;
  const int weekday = weekday_of(t.substr(b, i - b));
  if (weekday < 0) return;
  c.weekday = weekday_name(weekday);
  span.begin = b;
}

// ISO form of a quarter or half: "2026-Q1", "2025-H2", or "--Q1" with no year (by analogy
// with "--05-15", a day with no year).
std::string iso_period(int year, char letter, int n) {
  std::string s = year ? std::to_string(year) + "-" : "--";
  s += letter;
  s += std::to_string(n);
  return s;
}

// A date the patterns found, before the longest-wins choice.
struct Candidate {
  Claim claim;
};

void add(std::vector<Candidate>& found, ByteSpan span, Claim c) {
  c.kind = ClaimKind::kDate;
  c.span = span;
  found.push_back({std::move(c)});
}

// One day of several listed with one month ("14 and 15 September", "May 3 and 4"): a date of
// its own.
void add_listed_day(std::vector<Candidate>& found, ByteSpan span, int year, int month, int day) {
  Claim c;
  c.year = year;
  c.month = month;
  c.day = day;
  c.date = iso_date(c.year, c.month, c.day);
  add(found, span, std::move(c));
}

// "3, 4 and 5 May": the days listed with commas before `at`, the first of the last two, are
// dates of that month too.
void add_days_before(const SentenceWork& s, std::vector<Candidate>& found, std::size_t at, int year,
                     int month) {
  const std::string_view t = s.text;
  while (at >= s.span.begin + 3 && t.substr(at - 2, 2) == ", ") {
    const std::size_t end = at - 2;
    std::size_t begin = end;
    while (begin > s.span.begin && end - begin < 2 && is_digit(t[begin - 1])) --begin;
    if (begin == end || (begin > s.span.begin && (is_digit(t[begin - 1]) || t[begin - 1] == '.' ||
                                                  t[begin - 1] == ',' || t[begin - 1] == '$'))) {
      return;
    }
    const int day = to_int(t.substr(begin, end - begin));
    if (day < 1 || day > 31) return;
    add_listed_day(found, {begin, end}, year, month, day);
    at = begin;
  }
}

// Each pattern over the sentence, every match, as candidates.
template <typename Fn>
void each_match(const Pattern& p, const SentenceWork& s, Match& m, Fn fn) {
  std::size_t at = s.span.begin;
  while (at < s.span.end && p.find(s.text, at, m, s.span.end)) {
    ByteSpan span = m.span();
    fn(m, span);
    at = span.end > span.begin ? span.end : span.begin + 1;
  }
}

// Where a form can start, one bit each: the first byte of a run of digits that can be a day or
// a year, of a word of a class, or of a word that opens a range ending a word (the opening words
// have no lookbehind).
enum Start : unsigned {
  kAtDay = 1u << 0,   // one or two digits: a day, a month in figures, the "1" of "1Q26"
  kAtYear = 1u << 1,  // four digits, 19xx or 20xx, no more: every year a form starts with
  kAtMonth = 1u << 2,
  kAtWeekday = 1u << 3,
  kAtPart = 1u << 4,
  kAtRange = 1u << 5,
  kAtQ = 1u << 6,
  kAtH = 1u << 7,
  kAtFiscal = 1u << 8,
  kAtEarlyYear = 1u << 9,  // four digits, 10xx to 18xx: a year before 1900
};

// The words that open a range (dates.tsv's date-range-between and date-range-from), and the
// last letters they end with, so most words are passed over with one test.
struct RangeOpeners {
  std::vector<std::string_view> words = lexicon::words({"date-range-between", "date-range-from"});
  std::array<bool, 256> last{};
  RangeOpeners() {
    for (std::string_view w : words) last[static_cast<unsigned char>(w.back() | 0x20)] = true;
  }
};

// Where a word that opens a range starts at the end of `word`, any case; npos if none does.
std::size_t range_word_at(std::string_view text, const Word& word) {
  static const RangeOpeners kOpeners;
  if (!kOpeners.last[static_cast<unsigned char>(text[word.end - 1] | 0x20)]) {
    return std::string_view::npos;
  }
  const std::string_view letters = text.substr(word.begin, word.end - word.begin);
  for (std::string_view r : kOpeners.words) {
    if (letters.size() >= r.size() && ascii_iequal(letters.substr(letters.size() - r.size()), r)) {
      return word.end - r.size();
    }
  }
  return std::string_view::npos;
}

// The start bits of the words a date form can start with, by word key: one look-up a word.
KeyTable<unsigned> start_words() {
  std::vector<std::pair<std::uint64_t, unsigned>> bits;
  auto add = [&bits](std::span<const std::string_view> list, unsigned bit) {
    for (std::string_view word : list) bits.emplace_back(word_key(word), bit);
  };
  const std::vector<std::string_view> parts = lexicon::words({"date-part"});
  const std::vector<std::string_view> fiscal = lexicon::words({"date-fiscal"});
  add(month_words(), kAtMonth);
  add(weekday_words(), kAtWeekday);
  add(parts, kAtPart);  // "late" of "late-2023"
  add(fiscal, kAtFiscal);
  const std::string_view q[] = {"q"}, h[] = {"h"};
  add(q, kAtQ);
  add(h, kAtH);
  // A word in two lists holds the bits of both.
  std::sort(bits.begin(), bits.end());
  std::vector<std::pair<std::uint64_t, unsigned>> merged;
  for (const auto& [key, bit] : bits) {
    if (!merged.empty() && merged.back().first == key) {
      merged.back().second |= bit;
    } else {
      merged.emplace_back(key, bit);
    }
  }
  return KeyTable<unsigned>(merged);
}

// The places a date form can start: runs of digits, and words of a class above.
using DateStarts = std::vector<DateStart>;

// The places of the sentence where some date form can start, in text order: one pass over the
// lexer's words and runs of digits, shared by all the forms.
void date_starts(const SentenceWork& s, DateStarts& out) {
  static const KeyTable<unsigned> kWords = start_words();
  out.clear();
  out.reserve(s.words.size() + s.numbers.size());
  auto word = s.words.begin();
  auto number = s.numbers.begin();
  while (word != s.words.end() || number != s.numbers.end()) {
    if (number != s.numbers.end() && (word == s.words.end() || number->begin < word->begin)) {
      const std::size_t digits = number->size();
      const std::string_view century = s.text.substr(number->begin, 2);
      const unsigned kinds = digits <= 2                                           ? kAtDay
                             : digits == 4 && (century == "19" || century == "20") ? kAtYear
                             : digits == 4 && century >= "10" && century <= "18"   ? kAtEarlyYear
                                                                                   : 0u;
      if (kinds) out.push_back({number->begin, kinds});
      ++number;
      continue;
    }
    if (const unsigned kinds = kWords.get(word->key)) out.push_back({word->begin, kinds});
    if (const std::size_t r = range_word_at(s.text, *word); r != std::string_view::npos) {
      if (!out.empty() && out.back().at == r) {
        out.back().kinds |= kAtRange;
      } else {
        out.push_back({r, kAtRange});
      }
    }
    ++word;
  }
}

// each_match() for a pattern whose every match starts at a place of one of the kinds
// `kinds`: tries it anchored there alone, in text order, rather than at every byte the
// pattern's first bytes allow. A search is anchored attempts at each place in turn, so the
// matches are the same.
template <typename Fn>
void each_match_at(const Pattern& p, const SentenceWork& s, Match& m, const DateStarts& starts,
                   unsigned kinds, Fn fn) {
  std::size_t at = s.span.begin;
  for (const DateStart& start : starts) {
    if (!(start.kinds & kinds) || start.at < at || !p.match_at(s.text, start.at, m, s.span.end)) {
      continue;
    }
    ByteSpan span = m.span();
    fn(m, span);
    at = span.end > span.begin ? span.end : span.begin + 1;
  }
}

// Whether the word right before `at`, past spaces only, is one that makes a year before 1900 a
// time (dates.tsv's date-year-cue): "founded in 1896", "since 1850".
bool after_year_cue(const SentenceWork& s, std::size_t at) {
  auto word = std::lower_bound(s.words.begin(), s.words.end(), at,
                               [](const Word& w, std::size_t pos) { return w.end <= pos; });
  if (word == s.words.begin()) return false;
  --word;
  if (word->end > at) return false;
  for (std::size_t i = word->end; i < at; ++i) {
    if (s.text[i] != ' ' && s.text[i] != '\t') return false;
  }
  const std::string_view cue = s.text.substr(word->begin, word->end - word->begin);
  if (lexicon::find("date-year-cue", cue) != nullptr) return true;
  // "finished by 1850", "go back to 1790": a weaker cue, only where no word of change could
  // make the figure a change's ("rose by 1850", "cut to 1200").
  return lexicon::find("date-year-cue-weak", cue) != nullptr && !s.says(words().change);
}

void day_month_forms(const SentenceWork& s, Match& m_, const DateStarts& starts,
                     std::vector<Candidate>& found) {
  const DatePatterns& p = patterns();
  const DateWords& w = words();
  if (!s.says(w.months)) return;  // every form here names a month
  // A day is in figures or in words ("the twenty-first of March").
  if (s.has_digit || s.says(w.days)) {
    for (const Pattern* pat : {&p.day_month, &p.month_day, &p.day_word_month}) {
      if (pat == &p.day_word_month && !s.says(w.days)) continue;
      const int wd = pat->group("wd"), d = pat->group("d"), dw = pat->group("dw"),
                mo = pat->group("m"), y = pat->group("y"), wa = pat->group("wa");
      const auto read = [&](const Match& m, ByteSpan span) {
        // Lower-case "may" is a verb unless a year makes it a date ("may 1 , 2005").
        if (!m.has(y) && is_lower_may(m.str(mo))) return;
        Claim c;
        // "a third of May's sales" is a share of the month, not its third day.
        const std::string_view after = s.text.substr(span.end, 4);
        if (m.has(dw) && (after.starts_with("'s") || after.starts_with("\xE2\x80\x99s"))) return;
        c.day = m.has(d) ? to_int(m.str(d)) : ordinal_of(m.str(dw));
        c.month = month_of(m.str(mo));
        if (m.has(y)) c.year = year_of(m.str(y));
        if (m.has(wd)) c.weekday = weekday_name(weekday_of(m.str(wd)));
        if (m.has(wa)) c.weekday = weekday_name(weekday_of(m.str(wa)));
        c.date = iso_date(c.year, c.month, c.day);
        add(found, span, std::move(c));
      };
      // A day in words may start with "twenty" or "thirty": that form still searches.
      if (pat == &p.day_word_month) {
        each_match(*pat, s, m_, read);
      } else {
        each_match_at(*pat, s, m_, starts, kAtWeekday | (pat == &p.day_month ? kAtDay : kAtMonth),
                      read);
      }
    }
  }
  if (s.has_digit) {  // "May '26" has no 19xx or 20xx
    const Pattern& pat = p.month_year;
    const int mo = pat.group("m"), y = pat.group("y");
    each_match_at(pat, s, m_, starts, kAtPart | kAtMonth, [&](const Match& m, ByteSpan span) {
      Claim c;
      c.month = month_of(m.str(mo));
      c.year = year_of(m.str(y));
      c.date = iso_date(c.year, c.month, 0);
      add(found, span, std::move(c));
    });
  }
  // The forms that name a month alone: "late April", and "Nov-14" (which needs a digit).
  for (const Pattern* pat : {&p.month_part, &p.month_dash}) {
    if (pat == &p.month_dash && !s.has_digit) continue;
    const int mo = pat->group("m");
    each_match_at(*pat, s, m_, starts, pat == &p.month_part ? kAtPart : kAtMonth,
                  [&](const Match& m, ByteSpan span) {
                    Claim c;
                    c.month = month_of(m.str(mo));
                    c.date = iso_date(0, c.month, 0);
                    add(found, span, std::move(c));
                  });
  }
  if (s.has_digit) {
    const Pattern& pat = p.month_day_range;
    const int b = pat.group("b"), m1 = pat.group("m1"), d1 = pat.group("d1"),
              conj = pat.group("and"), between = pat.group("between"), m2 = pat.group("m2"),
              d2 = pat.group("d2"), y = pat.group("y");
    each_match_at(pat, s, m_, starts, kAtRange | kAtMonth, [&](const Match& m, ByteSpan span) {
      if (!m.has(y) && (is_lower_may(m.str(m1)) || (m.has(m2) && is_lower_may(m.str(m2))))) return;
      if (m.has(conj) && !m.has(between)) {  // "and" needs "between"
        // "on May 3 and 4": two days of one month; the second is a date, not a figure.
        if (!m.has(b) && !m.has(m2)) {
          add_listed_day(found, {m.span(d2).begin, span.end}, m.has(y) ? to_int(m.str(y)) : 0,
                         month_of(m.str(m1)), to_int(m.str(d2)));
        }
        return;
      }
      Claim c;
      c.month = month_of(m.str(m1));
      c.day = to_int(m.str(d1));
      const int end_month = m.has(m2) ? month_of(m.str(m2)) : c.month, end_day = to_int(m.str(d2));
      // "June 8-11" runs forwards within its month; "June 30-1" is no range.
      if (end_month == c.month && end_day <= c.day) return;
      const int end_year = m.has(y) ? to_int(m.str(y)) : 0;
      c.year = end_year && end_month < c.month ? end_year - 1 : end_year;
      c.date = iso_date(c.year, c.month, c.day);
      c.date_end = iso_date(end_year, end_month, end_day);
      add(found, span, std::move(c));
    });
  }
  {
    const Pattern& pat = p.month_range;
    const int b = pat.group("b"), m1 = pat.group("m1"), y1 = pat.group("y1"),
              conj = pat.group("and"), between = pat.group("between"), m2 = pat.group("m2"),
              y = pat.group("y");
    each_match_at(pat, s, m_, starts, kAtRange | kAtMonth, [&](const Match& m, ByteSpan span) {
      if (m.has(conj) && !m.has(between)) return;  // "and" needs "between"
      // With no year, only "from June to August" or "between March and May", each month
      // capitalised: "march to the square" is a walk.
      if (!m.has(y) &&
          (!m.has(b) || m.has(y1) || !is_capital(m.str(m1)) || !is_capital(m.str(m2)))) {
        return;
      }
      Claim c;
      const int end_year = m.has(y) ? to_int(m.str(y)) : 0, end_month = month_of(m.str(m2));
      if (!end_year && end_month == month_of(m.str(m1))) return;
      c.month = month_of(m.str(m1));
      // "from November to February 2026" starts in November 2025.
      c.year = m.has(y1)  ? to_int(m.str(y1))
               : end_year ? end_year - (c.month > end_month ? 1 : 0)
                          : 0;
      c.date = iso_date(c.year, c.month, 0);
      c.date_end = iso_date(end_year, end_month, 0);
      add(found, span, std::move(c));
    });
  }
  if (s.has_digit) {
    const Pattern& pat = p.day_range;
    const int b = pat.group("b"), d1 = pat.group("d1"), m1 = pat.group("m1"), y1 = pat.group("y1"),
              conj = pat.group("and"), between = pat.group("between"), d2 = pat.group("d2"),
              m2 = pat.group("m2"), y = pat.group("y");
    each_match_at(pat, s, m_, starts, kAtRange | kAtDay, [&](const Match& m, ByteSpan span) {
      if (!m.has(y) && is_lower_may(m.str(m2))) return;
      if (m.has(conj) && !m.has(between)) {  // "and" needs "between"
        // "on 14 and 15 September": two days of one month; the first is a date, not a figure.
        if (!m.has(b) && !m.has(m1)) {
          const int year = m.has(y) ? to_int(m.str(y)) : 0, month = month_of(m.str(m2));
          add_listed_day(found, m.span(d1), year, month, to_int(m.str(d1)));
          add_days_before(s, found, m.span(d1).begin, year, month);
        }
        return;
      }
      Claim c;
      const int end_year = m.has(y) ? to_int(m.str(y)) : 0, end_month = month_of(m.str(m2)),
                end_day = to_int(m.str(d2));
      c.day = to_int(m.str(d1));
      c.month = m.has(m1) ? month_of(m.str(m1)) : end_month;
      // "from 24 December to 3 August 2026" starts in December 2025.
      const bool wraps = c.month > end_month || (c.month == end_month && c.day > end_day);
      if (m.has(y1)) {
        c.year = to_int(m.str(y1));
      } else if (end_year) {
        c.year = end_year - (wraps && m.has(m1) ? 1 : 0);
      }
      c.date = iso_date(c.year, c.month, c.day);
      c.date_end = iso_date(end_year, end_month, end_day);
      add(found, span, std::move(c));
    });
  }
}

void period_forms(const SentenceWork& s, Match& m_, const DateStarts& starts,
                  std::vector<Candidate>& found) {
  const DatePatterns& p = patterns();
  const DateWords& w = words();
  if (s.has_digit && s.says(w.q)) {
    const Pattern& pat = p.quarter_range;
    const int q1 = pat.group("q1"), conj = pat.group("and"), between = pat.group("between"),
              q2 = pat.group("q2"), y = pat.group("y");
    each_match_at(pat, s, m_, starts, kAtRange | kAtQ, [&](const Match& m, ByteSpan span) {
      if (m.has(conj) && !m.has(between)) return;  // "and" needs "between"
      Claim c;
      c.quarter = to_int(m.str(q1));
      const int last = to_int(m.str(q2));
      if (last <= c.quarter) return;  // a run of quarters goes forwards within its year
      if (m.has(y)) c.year = to_int(m.str(y));
      c.date = iso_period(c.year, 'Q', c.quarter);
      c.date_end = iso_period(c.year, 'Q', last);
      add(found, span, std::move(c));
    });
  }
  if (s.has_digit && s.says(w.q)) {
    const Pattern& pat = p.quarter;
    const int q = pat.group("q"), yf = pat.group("yf"), ya = pat.group("ya"), y = pat.group("y"),
              q2 = pat.group("q2"), y2 = pat.group("y2"), q3 = pat.group("q3"),
              y3 = pat.group("y3"), y4 = pat.group("y4");
    each_match_at(pat, s, m_, starts, kAtQ | kAtDay | kAtYear, [&](const Match& m, ByteSpan span) {
      Claim c;
      c.quarter = to_int(m.str(m.has(q) ? q : m.has(q2) ? q2 : q3));
      for (int g : {yf, ya, y, y2, y3, y4}) {
        if (m.has(g)) c.year = year_of(m.str(g));
      }
      // A bare "Q5" is more likely a name (a car, a product) than a bad quarter.
      if (!c.year && (c.quarter < 1 || c.quarter > 4)) return;
      c.fiscal = m.has(yf);
      c.date = iso_period(c.year, 'Q', c.quarter);
      add(found, span, std::move(c));
    });
  }
  if ((s.says(w.ordinals) || s.says(w.last)) && s.says(w.quarter)) {
    const Pattern& pat = p.quarter_words;
    const int o = pat.group("o"), l = pat.group("l"), fq = pat.group("fq"), fy = pat.group("fy"),
              y = pat.group("y");
    each_match(pat, s, m_, [&](const Match& m, ByteSpan span) {
      // "its first quarter" counts from a start the article names: a duration, not Q1.
      if (lexicon::find("date-possessive", word_before(s.text, span.begin))) return;
      if (m.has(l) && !m.has(y)) return;
      Claim c;
      c.quarter = m.has(l) ? 4 : ordinal_of(m.str(o));
      if (m.has(y)) c.year = to_int(m.str(y));
      c.fiscal = m.has(fq) || m.has(fy);
      c.date = iso_period(c.year, 'Q', c.quarter);
      add(found, span, std::move(c));
    });
  }
  if (s.has_digit && s.says(w.h)) {
    const Pattern& pat = p.half;
    const int h = pat.group("h"), y = pat.group("y"), h2 = pat.group("h2"), y2 = pat.group("y2"),
              h3 = pat.group("h3"), y3 = pat.group("y3"), y4 = pat.group("y4"),
              y5 = pat.group("y5"), yf = pat.group("yf");
    each_match_at(pat, s, m_, starts, kAtH | kAtDay | kAtYear, [&](const Match& m, ByteSpan span) {
      Claim c;
      c.half = to_int(m.str(m.has(h) ? h : m.has(h2) ? h2 : h3));
      for (int g : {y, y2, y3, y4, y5, yf}) {
        if (m.has(g)) c.year = year_of(m.str(g));
      }
      if (!c.year && (c.half < 1 || c.half > 2)) return;
      c.fiscal = m.has(yf);
      c.date = iso_period(c.year, 'H', c.half);
      add(found, span, std::move(c));
    });
  }
  if ((s.says(w.ordinals) || s.says(w.last)) && s.says(w.half)) {
    const Pattern& pat = p.half_words;
    const int o = pat.group("o"), l = pat.group("l"), fy = pat.group("fy"), y = pat.group("y");
    each_match(pat, s, m_, [&](const Match& m, ByteSpan span) {
      if (m.has(l) && !m.has(y)) return;
      Claim c;
      c.half = m.has(l) ? 2 : ordinal_of(m.str(o));
      if (m.has(y)) c.year = to_int(m.str(y));
      c.fiscal = m.has(fy);
      c.date = iso_period(c.year, 'H', c.half);
      add(found, span, std::move(c));
    });
  }
}

void year_forms(const SentenceWork& s, Match& m_, const DateStarts& starts,
                std::vector<Candidate>& found) {
  const DatePatterns& p = patterns();
  const DateWords& w = words();
  // Dates in figures need a digit, a "/", "-" or "." and a digit: a sentence without one skips
  // their patterns.
  const bool parted = [&] {
    for (std::size_t i = 1; i < s.numbers.size(); ++i) {
      const std::size_t mark = s.numbers[i - 1].end;
      const char c = s.text[mark];
      if (s.numbers[i].begin == mark + 1 && (c == '/' || c == '-' || c == '.')) return true;
    }
    return false;
  }();
  if (parted) {
    const Pattern& pat = p.numeric;
    const int a = pat.group("a"), b = pat.group("b"), y = pat.group("y"), b2 = pat.group("b2"),
              y2 = pat.group("y2");
    each_match_at(pat, s, m_, starts, kAtDay, [&](const Match& m, ByteSpan span) {
      const int first = to_int(m.str(a)), second = to_int(m.str(m.has(b) ? b : b2));
      if (first == 0 || second == 0 || (first > 12 && second > 12)) return;
      Claim c;
      c.year = year_of(m.str(m.has(y) ? y : y2));
      // 12/31 is month first (American); 31/12 day first; 7/8 could be either, so only its
      // year is certain (4/4 is the 4th of April either way).
      if (second > 12) {
        c.month = first;
        c.day = second;
      } else if (first > 12 || first == second) {  // "01.01.2027" reads the same either way
        c.month = second;
        c.day = first;
      }
      c.date = iso_date(c.year, c.month, c.day);
      if (c.day) weekday_before(s, span, c);
      add(found, span, std::move(c));
    });
  }
  // "07/2025": a month and its year; "31.12.": a day and a month, day first only when the day is
  // past 12 ("04.07." may be either order, as "04.07.2021" is: no date is certain).
  for (const Pattern* pat : {&p.dotted_day, &p.numeric_month}) {
    if (!parted || (pat == &p.numeric_month && !s.has_year)) continue;
    const int d = pat->group("d"), mo = pat->group("m"), y = pat->group("y");
    each_match_at(*pat, s, m_, starts, kAtDay, [&](const Match& m, ByteSpan span) {
      Claim c;
      if (m.has(y)) c.year = to_int(m.str(y));
      if (m.has(d)) c.day = to_int(m.str(d));
      c.month = to_int(m.str(mo));
      if (c.day && c.day <= 12 && c.day != c.month) return;
      c.date = iso_date(c.year, c.month, c.day);
      add(found, span, std::move(c));
    });
  }
  if (parted) {
    const Pattern& pat = p.numeric_day;
    const int a = pat.group("a"), b = pat.group("b");
    each_match_at(pat, s, m_, starts, kAtDay, [&](const Match& m, ByteSpan span) {
      const int first = to_int(m.str(a)), second = to_int(m.str(b));
      if (first == 0 || second == 0 || first > 31 || second > 31) return;
      Claim c;
      if (second > 12 && first <= 12) {
        c.month = first;
        c.day = second;
      } else if ((first > 12 && second <= 12) || first == second) {
        c.month = second;
        c.day = first;
      } else {
        return;  // "on 5/6": no one can tell the month, and there is no year to keep
      }
      c.date = iso_date(0, c.month, c.day);
      add(found, span, std::move(c));
    });
  }
  if (parted && s.has_year) {
    const Pattern& pat = p.iso;
    const int y = pat.group("y"), mo = pat.group("m"), d = pat.group("d"), sep = pat.group("sep");
    each_match_at(pat, s, m_, starts, kAtYear, [&](const Match& m, ByteSpan span) {
      // "2026.05.12" is a date; "2026.05" a figure.
      if (m.str(sep) == "." && !m.has(d)) return;
      Claim c;
      c.year = to_int(m.str(y));
      c.month = to_int(m.str(mo));
      // "2010-11" is a season of two years, not November 2010.
      if (!m.has(d) && (c.month > c.year % 100 || m.str(mo).size() == 1)) return;
      if (m.has(d)) c.day = to_int(m.str(d));
      c.date = iso_date(c.year, c.month, c.day);
      if (c.day) weekday_before(s, span, c);
      add(found, span, std::move(c));
    });
  }
  if (s.has_digit && s.says(w.fiscal)) {
    const Pattern& pat = p.fiscal;
    const int y = pat.group("y"), y2 = pat.group("y2"), e = pat.group("e"), e4 = pat.group("e4");
    each_match_at(pat, s, m_, starts, kAtFiscal, [&](const Match& m, ByteSpan span) {
      Claim c;
      c.year = year_of(m.str(m.has(y) ? y : y2));
      c.fiscal = true;
      c.date = iso_date(c.year, 0, 0);
      if (m.has(e) || m.has(e4)) {
        int last = end_year(c.year, m.str(m.has(e) ? e : e4));
        // "fiscal 2018/19" names one fiscal year that ends in 2019.
        if (last <= c.year) return;
        c.date_end = iso_date(last, 0, 0);
      }
      add(found, span, std::move(c));
    });
  }
  if (s.has_year) {
    const Pattern& pat = p.year_range;
    const int b = pat.group("b"), between = pat.group("between"), y1 = pat.group("y1"),
              y2 = pat.group("y2"), conj = pat.group("w"), and_ = pat.group("and"),
              to = pat.group("to");
    each_match_at(pat, s, m_, starts, kAtRange | kAtYear, [&](const Match& m, ByteSpan span) {
      int first = to_int(m.str(y1));
      int last = end_year(first, m.str(y2));
      // "ASU 2017-07" is a standard's number; "2004-2005" runs forwards by its nature.
      if (last <= first || last - first > 50) return;
      // "built in 1958 — 68 years ago": the second figure counts a time unit (units.tsv's
      // time-unit), so it is no year.
      {
        std::size_t at = m.span(y2).end, end = at + 1;
        while (end < s.span.end && std::isalpha(static_cast<unsigned char>(s.text[end]))) ++end;
        if (at < s.span.end && s.text[at] == ' ' && end > at + 1 &&
            lexicon::find("time-unit", lower(s.text.substr(at + 1, end - at - 1)))) {
          return;
        }
      }
      // "2004 and 2005" without "between" is two years, not a range, as "2019 to 2023" is without
      // "from"; "between 2004 and 20 firms" has no second year.
      if (m.has(conj)) {
        // "through", "until" and "till" join a range alone ("2025 through 2030"); "to" may move
        // a target from one year to another, so it needs "from".
        const bool alone = !m.has(and_) && !m.has(to);
        const bool joined = (m.has(b) && m.has(and_) == m.has(between)) || (!m.has(b) && alone);
        if (!joined || m.str(y2).size() < 4) return;
      } else if (m.has(b)) {
        span.begin = m.span(y1).begin;  // "from 2004-05": the range is the figures
      }
      Claim c;
      c.year = first;
      c.date = iso_date(first, 0, 0);
      c.date_end = iso_date(last, 0, 0);
      add(found, span, std::move(c));
    });
  }
  // Every decade ends "0s" or "0's"; "the 1870s" has no 19xx or 20xx.
  const std::string_view sentence = s.text.substr(s.span.begin, s.span.size());
  if (s.has_digit && (sentence.find("0s") != std::string_view::npos ||
                      sentence.find("0's") != std::string_view::npos)) {
    const Pattern& pat = p.decade;
    const int y = pat.group("y"), yy = pat.group("yy");
    each_match(pat, s, m_, [&](const Match& m, ByteSpan span) {
      // ISO 8601 writes a decade as its first three digits: "199" is the 1990s.
      Claim c;
      c.date = m.has(y) ? std::string(m.str(y).substr(0, 3)) : "19" + std::string(1, m.str(yy)[0]);
      add(found, span, std::move(c));
    });
  }
  if (s.has_digit) {
    const Pattern& pat = p.early_year_range;
    const int between = pat.group("between"), y1 = pat.group("y1"), y2 = pat.group("y2"),
              and_ = pat.group("and");
    each_match_at(pat, s, m_, starts, kAtRange, [&](const Match& m, ByteSpan span) {
      const int first = to_int(m.str(y1)), last = to_int(m.str(y2));
      // "and" joins only after "between", "to" only after "from"; a range runs forwards.
      if (last <= first || last - first > 50 || m.has(and_) != m.has(between)) return;
      Claim c;
      c.year = first;
      c.date = iso_date(first, 0, 0);
      c.date_end = iso_date(last, 0, 0);
      add(found, span, std::move(c));
    });
  }
  if (s.has_digit) {
    const Pattern& pat = p.early_year_alone;
    const int y = pat.group("y");
    each_match_at(pat, s, m_, starts, kAtEarlyYear, [&](const Match& m, ByteSpan span) {
      if (!after_year_cue(s, span.begin)) return;
      // "from 1130 to 1215 GMT": the first end of a range the range forms did not take (times
      // of day) is no year either.
      auto next = std::lower_bound(s.words.begin(), s.words.end(), span.end,
                                   [](const Word& w, std::size_t pos) { return w.begin < pos; });
      if (next != s.words.end() && s.text.find_first_not_of(' ', span.end) == next->begin &&
          lexicon::find("date-range-to", s.text.substr(next->begin, next->end - next->begin))) {
        return;
      }
      Claim c;
      c.year = to_int(m.str(y));
      c.date = iso_date(c.year, 0, 0);
      add(found, span, std::move(c));
    });
  }
  if (s.has_year) {
    const Pattern& pat = p.year;
    const int y = pat.group("y");
    each_match_at(pat, s, m_, starts, kAtPart | kAtYear, [&](const Match& m, ByteSpan span) {
      Claim c;
      c.year = to_int(m.str(y));
      c.date = iso_date(c.year, 0, 0);
      add(found, span, std::move(c));
    });
  }
}

// A year and nothing more: no month, day, period, range or fiscal year.
bool is_bare_year(const Claim& c) {
  return c.year && !c.month && !c.day && !c.quarter && !c.half && !c.fiscal && c.date_end.empty();
}

// Whether the scanner read a figure at `span` with a unit of measure ("litres", "tonnes").
bool measured(const SentenceWork& s, ByteSpan span) {
  for (const Quantity& q : s.quantities) {
    if (q.span.overlaps(span) && !q.unit.empty() && q.unit != "count" && q.unit != "age") {
      return true;
    }
  }
  return false;
}

}  // namespace

void find_dates(SentenceWork& s, std::vector<Claim>& out) {
  std::vector<Candidate> found;
  Match& m = s.scratch;
  DateStarts& starts = s.date_starts;  // kept from sentence to sentence
  date_starts(s, starts);
  day_month_forms(s, m, starts, found);
  period_forms(s, m, starts, found);
  year_forms(s, m, starts, found);

  // The longest reading wins; among equals, the earliest.
  std::stable_sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    if (a.claim.span.size() != b.claim.span.size())
      return a.claim.span.size() > b.claim.span.size();
    return a.claim.span.begin < b.claim.span.begin;
  });
  Occupied occupied(s.blocked);
  std::vector<Claim> chosen;
  for (Candidate& c : found) {
    if (occupied.overlaps(c.claim.span)) continue;
    // A label's number ("Route 2020", "Invoice XYZ 1999") or a web address's bytes is no date.
    if (is_label_number(s.text, s.span.begin, c.claim.span.begin) ||
        in_web_address(s.text, s.span, c.claim.span)) {
      occupied.add(c.claim.span);  // nor are its parts: "Pages 2012-2018" holds no 2018
      take_overlapping(s, c.claim.span);
      continue;
    }
    // A year alone that the scanner read with a unit of measure is a measure: "2020 litres".
    if (is_bare_year(c.claim) && measured(s, c.claim.span)) continue;
    occupied.add(c.claim.span);
    s.blocked.push_back(c.claim.span);
    chosen.push_back(std::move(c.claim));
  }
  std::sort(chosen.begin(), chosen.end(),
            [](const Claim& a, const Claim& b) { return a.span.begin < b.span.begin; });
  // "fiscal 2019, 2018 and 2017": years listed after a fiscal year are fiscal years too.
  for (std::size_t i = 1; i < chosen.size(); ++i) {
    const Claim& before = chosen[i - 1];
    Claim& year = chosen[i];
    if (!before.fiscal || year.fiscal || year.month || year.quarter || year.half || !year.year ||
        !year.date_end.empty()) {
      continue;
    }
    std::string_view gap = s.text.substr(before.span.end, year.span.begin - before.span.end);
    if (gap == ", " || gap == " and " || gap == ", and " || gap == " , " || gap == " , and ") {
      year.fiscal = true;
    }
  }
  for (Claim& c : chosen) {
    // A date holds no figure: the scanner's numbers inside it are the date's.
    take_overlapping(s, c.span);
    out.push_back(std::move(c));
  }
}

// A date in figures whose first two numbers are both 12 or less ("04.07.2021", "5/6/2023") keeps
// only its year: copy with stops writes the day first (German, Nordic, Eastern European use), but
// American copy sometimes does too with the month first, and nothing in the date tells which.
// Another date of the article with the same separator settles it when one of its two numbers is
// past 12: "13.04.2026" reads day first, so "02.05.2026" in the same article is 2 May; dates
// ordered both ways, or none past 12, settle nothing.
void settle_numeric_dates(std::string_view text, std::vector<Claim>& claims) {
  struct Figures {
    std::size_t claim;
    char sep;
    int first, second;
  };
  std::vector<Figures> dates;
  // Reads "a SEP b SEP year" at the end of a date claim's span.
  auto figures = [&](const Claim& c) -> std::optional<Figures> {
    std::string_view t = text.substr(c.span.begin, c.span.size());
    std::size_t k = t.size();
    auto digits = [&](std::size_t most) {
      const std::size_t end = k;
      while (k > 0 && end - k < most && is_digit(t[k - 1])) --k;
      return end - k;
    };
    const std::size_t year_digits = digits(4);
    if (year_digits < 2 || k == 0) return std::nullopt;
    const char sep = t[--k];
    if (sep != '.' && sep != '/' && sep != '-') return std::nullopt;
    const std::size_t second_end = k;
    if (digits(2) == 0 || k == 0 || t[k - 1] != sep) return std::nullopt;
    const int second = to_int(t.substr(k, second_end - k));
    const std::size_t first_end = --k;
    if (digits(2) == 0 || (k > 0 && is_digit(t[k - 1]))) return std::nullopt;
    return Figures{0, sep, to_int(t.substr(k, first_end - k)), second};
  };
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (c.kind != ClaimKind::kDate || !c.year || !c.date_end.empty() || c.quarter || c.half) {
      continue;
    }
    if (auto f = figures(c)) {
      f->claim = i;
      dates.push_back(*f);
    }
  }
  for (const char sep : {'.', '/', '-'}) {
    bool day_first = false, month_first = false;
    for (const Figures& f : dates) {
      if (f.sep != sep) continue;
      day_first = day_first || (f.first > 12 && f.second <= 12);
      month_first = month_first || (f.second > 12 && f.first <= 12);
    }
    if (day_first == month_first) continue;
    for (const Figures& f : dates) {
      Claim& c = claims[f.claim];
      if (f.sep != sep || c.month || c.day || f.first > 12 || f.second > 12) continue;
      c.month = day_first ? f.second : f.first;
      c.day = day_first ? f.first : f.second;
      c.date = iso_date(c.year, c.month, c.day);
    }
  }
}

}  // namespace factcheck::detail
