// The calendar's words, in one place for every stage: month and weekday names with their
// abbreviations, and the ordinal words a day of the month is written in ("the twenty-first").
// (These lists move to extractor/lexicon/ when the lexicon lands.)
#include <array>

#include "extractor.h"
#include "internal.h"

namespace factcheck {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> kWeekdays = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                       "Thursday", "Friday", "Saturday"};

// Every spelling, lower case, for patterns and word look-ups: full names, then abbreviations.
constexpr std::array<std::string_view, 24> kMonthWords = {
    "january",   "february", "march",    "april",    "may", "june", "july", "august",
    "september", "october",  "november", "december", "jan", "feb",  "mar",  "apr",
    "jun",       "jul",      "aug",      "sept",     "sep", "oct",  "nov",  "dec"};
constexpr std::array<std::string_view, 17> kWeekdayWords = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tues",
    "tue",    "wed",     "thurs",     "thur",     "thu",    "fri",      "sat",    "sun"};

// The ordinal words of 1 to 20 and 30; 21-29 and 31 are "twenty-" or "thirty-" and one of them.
constexpr std::array<std::string_view, 21> kOrdinals = {
    "first",     "second",    "third",       "fourth",     "fifth",      "sixth",      "seventh",
    "eighth",    "ninth",     "tenth",       "eleventh",   "twelfth",    "thirteenth", "fourteenth",
    "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",  "thirtieth"};

// Whether a word, any case and with an abbreviation's stop allowed, is `word`: "Sept." is "sept".
bool same_word(std::string_view text, std::string_view word) {
  if (!text.empty() && text.back() == '.') text.remove_suffix(1);
  return detail::ascii_iequal(text, word);
}

}  // namespace

int month_of(std::string_view word) {
  for (std::string_view w : kMonthWords) {
    if (!same_word(word, w)) continue;
    for (std::size_t m = 0; m < 12; ++m) {
      if (kMonthWords[m].substr(0, 3) == w.substr(0, 3)) return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

std::string_view month_name(int month) {
  return month >= 1 && month <= 12 ? kMonths[static_cast<std::size_t>(month - 1)] : "";
}

int weekday_of(std::string_view word) {
  for (std::string_view w : kWeekdayWords) {
    if (!same_word(word, w)) continue;
    for (std::size_t d = 0; d < kWeekdays.size(); ++d) {
      if (detail::lower(kWeekdays[d].substr(0, 3)) == w.substr(0, 3)) return static_cast<int>(d);
    }
  }
  return -1;
}

std::string_view weekday_name(int weekday) {
  return weekday >= 0 && weekday <= 6 ? kWeekdays[static_cast<std::size_t>(weekday)] : "";
}

namespace detail {

std::span<const std::string_view> month_words() { return kMonthWords; }
std::span<const std::string_view> weekday_words() { return kWeekdayWords; }
std::span<const std::string_view> ordinal_words() { return kOrdinals; }

int ordinal_of(std::string_view word) {
  const std::string w = lower(word);
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') {
    int v = 0;
    std::size_t i = 0;
    for (; i < w.size() && w[i] >= '0' && w[i] <= '9'; ++i) v = v * 10 + (w[i] - '0');
    const std::string_view suffix = std::string_view(w).substr(i);
    const bool ok = suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
    return ok ? v : 0;
  }
  for (std::size_t i = 0; i < kOrdinals.size(); ++i) {
    if (w == kOrdinals[i]) return i < 20 ? static_cast<int>(i) + 1 : 30;
  }
  // "twenty-first", "thirty first", and the non-breaking hyphen.
  for (std::string_view tens : {std::string_view("twenty"), std::string_view("thirty")}) {
    if (!w.starts_with(tens)) continue;
    std::string_view rest = std::string_view(w).substr(tens.size());
    if (rest.starts_with("\xE2\x80\x91")) {
      rest.remove_prefix(3);
    } else if (!rest.empty() && (rest[0] == '-' || rest[0] == ' ')) {
      rest.remove_prefix(1);
    } else {
      return 0;
    }
    for (std::size_t i = 0; i < 9; ++i) {
      if (rest == kOrdinals[i]) return (tens == "twenty" ? 20 : 30) + static_cast<int>(i) + 1;
    }
  }
  return 0;
}

}  // namespace detail

}  // namespace factcheck
