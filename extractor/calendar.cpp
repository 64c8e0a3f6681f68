// The calendar's words, in one place for every stage: month and weekday names with their
// abbreviations, and the ordinal words a day of the month is written in ("the twenty-first").
// The words live in the lexicon (months.tsv, weekdays.tsv, ordinals.tsv); this file reads them.
#include <array>
#include <string>
#include <vector>

#include "extractor.h"
#include "internal.h"
#include "lexicon.h"

namespace factcheck {

namespace {

// A word without an abbreviation's stop: "Sept." is "Sept".
std::string_view without_stop(std::string_view text) {
  if (!text.empty() && text.back() == '.') text.remove_suffix(1);
  return text;
}

// The words of a class, in file order, and the full names (rows without "abbrev") capitalised by
// their number: months 1-12 at [m - 1], weekdays 0-6 at [d].
struct Names {
  std::vector<std::string_view> words;
  std::vector<std::string> full;
  explicit Names(std::string_view cls, std::size_t count) : full(count) {
    for (const lexicon::Entry& e : lexicon::entries(cls)) {
      words.push_back(e.word);
      const auto f = lexicon::fields(e.value);
      const auto n = static_cast<std::size_t>(lexicon::number(e.value));
      if (f.size() == 1 && n < count && full[n].empty()) {
        full[n] = std::string(e.word);
        full[n][0] = static_cast<char>(full[n][0] - 'a' + 'A');
      }
    }
  }
};

const Names& months() {
  static const Names n("month", 13);
  return n;
}
const Names& weekdays() {
  static const Names n("weekday", 7);
  return n;
}
const std::vector<std::string_view>& ordinals() {
  static const std::vector<std::string_view> w = lexicon::words({"ordinal"});
  return w;
}

}  // namespace

int month_of(std::string_view word) { return lexicon::month(without_stop(word)); }

std::string_view month_name(int month) {
  return month >= 1 && month <= 12
             ? std::string_view(months().full[static_cast<std::size_t>(month)])
             : "";
}

int weekday_of(std::string_view word) {
  const lexicon::Entry* e = lexicon::find("weekday", without_stop(word));
  return e == nullptr ? -1 : static_cast<int>(lexicon::number(e->value));
}

std::string_view weekday_name(int weekday) {
  return weekday >= 0 && weekday <= 6
             ? std::string_view(weekdays().full[static_cast<std::size_t>(weekday)])
             : "";
}

namespace detail {

std::span<const std::string_view> month_words() { return months().words; }
std::span<const std::string_view> weekday_words() { return weekdays().words; }
std::span<const std::string_view> ordinal_words() { return ordinals(); }

int ordinal_of(std::string_view word) {
  const std::string w = lower(word);
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') {
    int v = 0;
    std::size_t i = 0;
    for (; i < w.size() && w[i] >= '0' && w[i] <= '9'; ++i) v = v * 10 + (w[i] - '0');
    return lexicon::find("ordinal-suffix", std::string_view(w).substr(i)) != nullptr ? v : 0;
  }
  if (const lexicon::Entry* e = lexicon::find("ordinal", w)) {
    return static_cast<int>(lexicon::number(e->value));
  }
  // "twenty-first", "thirty first", and the non-breaking hyphen.
  for (const lexicon::Entry& tens : lexicon::entries("ordinal-tens")) {
    if (!w.starts_with(tens.word)) continue;
    std::string_view rest = std::string_view(w).substr(tens.word.size());
    if (rest.starts_with("\xE2\x80\x91")) {
      rest.remove_prefix(3);
    } else if (!rest.empty() && (rest[0] == '-' || rest[0] == ' ')) {
      rest.remove_prefix(1);
    } else {
      return 0;
    }
    const lexicon::Entry* unit = lexicon::find("ordinal", rest);
    const int n = unit == nullptr ? 0 : static_cast<int>(lexicon::number(unit->value));
    if (n >= 1 && n <= 9) return static_cast<int>(lexicon::number(tens.value)) + n;
  }
  return 0;
}

}  // namespace detail

}  // namespace factcheck
