// Claim kind: durations, a length of time the article states.
//
// "in just eight weeks", "within two quarters": the scanner reads these as quantities with a
// time unit (day, week, month, quarter, year); those no other claim took become durations,
// their span widened to the preposition that says how the time is meant. "the first month"
// and "its first quarter" count from a start the article names: value 1, and the interval
// [0, 1] months, since anything inside the first month is "in the first month". "the first
// quarter" with no possessive is a calendar quarter, which find_dates has already taken.
#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <string>

#include "extractor/internal.h"
#include "extractor/pattern.h"

namespace factcheck::detail {

namespace {

// One space as typeset: ASCII, NBSP, narrow NBSP, thin space.
#define FC_SP R"((?:[ \t]|\xC2\xA0|\xE2\x80\xAF|\xE2\x80\x89))"

// The words before a duration that say how it is meant: "in just", "within", "over the past".
constexpr std::string_view kLead =
    R"((?<![A-Za-z])(?i:in|within|over|for|after|during|across)(?:)" FC_SP
    R"(+(?i:just|only|the(?:)" FC_SP R"(+(?i:past|last|next|first|following))?|another))?)" FC_SP
    R"(+$)";
// An ordinal period: "the first month", "its first quarter", "the 3rd year".
constexpr std::string_view kOrdinalPeriod =
    R"((?<![A-Za-z])(?i:the|its|their|our|his|her|my)(?:)" FC_SP R"(+(?i:very))?)" FC_SP
    R"(+(?<o>(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|)"
    R"(twelfth)|\d{1,2}(?:st|nd|rd|th))(?:)" FC_SP R"(+(?i:full|whole|calendar))?)" FC_SP
    R"(+(?<u>(?i:day|week|month|quarter|year))(?![A-Za-z]))";

#undef FC_SP

struct DurationPatterns {
  Pattern lead{"duration: words before", kLead};
  Pattern ordinal_period{"duration: ordinal period", kOrdinalPeriod};
};

const DurationPatterns& patterns() {
  static const DurationPatterns p;
  return p;
}

bool is_time_unit(std::string_view unit) {
  return unit == "day" || unit == "week" || unit == "month" || unit == "quarter" || unit == "year";
}

int ordinal_value(std::string_view word) {
  if (!word.empty() && std::isdigit(static_cast<unsigned char>(word[0]))) {
    int v = 0;
    for (char c : word) {
      if (!std::isdigit(static_cast<unsigned char>(c))) break;
      v = v * 10 + (c - '0');
    }
    return v;
  }
  static constexpr std::array<std::string_view, 12> kOrdinals = {
      "first",   "second", "third", "fourth", "fifth",    "sixth",
      "seventh", "eighth", "ninth", "tenth",  "eleventh", "twelfth"};
  std::string w(word);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::size_t i = 0; i < kOrdinals.size(); ++i) {
    if (kOrdinals[i] == w) return static_cast<int>(i) + 1;
  }
  return 0;
}

// Where the words that lead into a figure begin ("in just " before "eight weeks"), or the
// figure's own start when none do.
std::size_t lead_begin(const SentenceWork& s, std::size_t figure) {
  constexpr std::size_t kWindow = 40;
  std::size_t from = std::max(s.span.begin, figure > kWindow ? figure - kWindow : 0);
  Match& m = s.scratch;
  if (patterns().lead.find(s.text, from, m, figure)) return m.span().begin;
  return figure;
}

// "within three quarters" is a time, though "three quarters of the stores" is a fraction: the
// scanner reads the words as 75%; after a time preposition and not before "of", they are
// three quarters of a year.
std::optional<Quantity> as_quarters(const SentenceWork& s, const Quantity& q) {
  if (!q.is_word || q.unit != "%" || q.text.size() < 14) return std::nullopt;
  std::string lower = q.text;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!lower.starts_with("three") || !lower.ends_with("quarters")) return std::nullopt;
  std::string_view after =
      s.text.substr(q.span.end, std::min<std::size_t>(4, s.span.end - q.span.end));
  if (after.starts_with(" of")) return std::nullopt;
  if (lead_begin(s, q.span.begin) == q.span.begin) return std::nullopt;
  Quantity time = q;
  time.value = time.low = time.high = 3;
  time.unit = "quarter";
  return time;
}

}  // namespace

void find_durations(SentenceWork& s, std::vector<Claim>& out) {
  for (std::size_t q = 0; q < s.quantities.size(); ++q) {
    // Quantities inside dates and citations are taken already.
    if (s.taken[q]) continue;
    std::optional<Quantity> quantity = as_quarters(s, s.quantities[q]);
    if (!quantity && is_time_unit(s.quantities[q].unit)) quantity = s.quantities[q];
    if (!quantity) continue;
    Claim c;
    c.kind = ClaimKind::kDuration;
    c.span = {lead_begin(s, quantity->span.begin), quantity->span.end};
    c.quantities.push_back(std::move(*quantity));
    s.taken[q] = true;
    out.push_back(std::move(c));
  }

  // An ordinal period needs an ordinal ("first", the "th" of "4th") and a unit word.
  static const WordSet kOrdinals{"first",   "second", "third", "fourth", "fifth",    "sixth",
                                 "seventh", "eighth", "ninth", "tenth",  "eleventh", "twelfth",
                                 "st",      "nd",     "rd",    "th"};
  static const WordSet kUnits{"day", "week", "month", "quarter", "year"};
  if (!s.says(kOrdinals) || !s.says(kUnits)) return;
  Occupied occupied(s.blocked);
  const DurationPatterns& p = patterns();
  const int o = p.ordinal_period.group("o"), u = p.ordinal_period.group("u");
  Match& m = s.scratch;
  std::size_t at = s.span.begin;
  while (at < s.span.end && p.ordinal_period.find(s.text, at, m, s.span.end)) {
    const ByteSpan whole = m.span();
    at = whole.end;
    if (occupied.overlaps(whole)) continue;
    const int n = ordinal_value(m.str(o));
    if (n == 0) continue;
    Quantity period;
    period.span = {m.span(o).begin, whole.end};
    period.text = std::string(s.text.substr(period.span.begin, period.span.size()));
    period.value = n;
    period.low = n - 1;
    period.high = n;
    std::string unit(m.str(u));
    for (char& ch : unit) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    period.unit = unit;
    period.is_word = !std::isdigit(static_cast<unsigned char>(m.str(o)[0]));
    period.decimals = period.is_word ? -1 : 0;
    Claim c;
    c.kind = ClaimKind::kDuration;
    c.span = whole;
    c.quantities.push_back(std::move(period));
    take_overlapping(s, whole);
    s.blocked.push_back(whole);
    out.push_back(std::move(c));
  }
}

}  // namespace factcheck::detail
