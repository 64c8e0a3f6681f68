// Claim kind: rates, a money or percent figure per period or per unit.
//
// "$199 per month per developer" (per = month, developer), "$15 million per year", "$5 a
// share", "8% annually" (per = year), "$12 million ARR" (annual recurring revenue: per year),
// and a period a few words on: "$5 million to operating expenses each quarter", "$9.1 billion of
// freight a year" (but not "$5 million in sales a year earlier"). The rate check
// annualises these against each other. "12% YoY" is a change on a year earlier, not a rate,
// and "$5m a year earlier" is a comparison, not a rate: both are left alone.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "extractor/internal.h"
#include "extractor/lexicon.h"
#include "extractor/pattern.h"

namespace factcheck::detail {

namespace {

// One space as typeset: ASCII, NBSP, narrow NBSP, thin space.
constexpr std::string_view kSp = FC_SP;
// What a rate is per, after "per": "month", "developer"; "per diluted share" and "per Ordinary
// share" are per share.
constexpr std::string_view kPerUnit =
    R"((?:[A-Za-z][A-Za-z\-]*(?:[ \t]+[A-Za-z][A-Za-z\-]*)?[ \t]+(?i:shares?|units?)(?![A-Za-z]))"
    R"(|[A-Za-z][A-Za-z\-]*))";
// Words after "per" that are not its unit: "per the contract"; "per cent" is a percent.
constexpr std::string_view kNotUnit = R"((?i:the|a|an|its|their|cent)\b)";
// What "each", "every", "a" and "an" can be per: a period, or a share ("$5 a share").
constexpr std::string_view kPeriod = R"((?i:year|month|quarter|week|day|hour|share)(?![A-Za-z]))";
// Words that make "a year" a comparison, not a rate: "a year earlier", "a year ago", "a year on,"
// and "a year on from"; in "£73 million a year on street lighting", "on" says what it is spent on.
constexpr std::string_view kComparison =
    R"((?i:(?:earlier|ago|before|later|after|previously|prior|back)\b|)"
    R"(on(?=[ \t]*(?:[,.;:]|$)|[ \t]+from\b)))";
// The adverbs and abbreviations that state a yearly period: "annually", "per annum", "p.a.",
// "ARR" (annual recurring revenue), "annual run rate".
constexpr std::string_view kYearly =
    R"((?i:annually|yearly|per[ \t]+annum)|p\.a\.|(?:(?i:in)[ \t]+)?ARR)"
    R"(|(?i:annual[ \t]+recurring[ \t]+revenue|(?:annual[ \t-]+)?run[ \t-]+rate))";
// A word that starts a new clause: in "$100 and tracks it each year" the year is not the $100's.
constexpr std::string_view kClauseWord =
    R"((?:and|or|but|which|that|while|who|when|if|as|because|than)\b)";

std::string cat(std::initializer_list<std::string_view> parts) {
  std::string s;
  for (std::string_view part : parts) s += part;
  return s;
}

// clang-format off
struct RatePatterns {
  // One "per" step: "per month", "per developer", "/month", "each quarter", "a year".
  Pattern per{"rate: per unit", cat({
      kSp, "*(?:",
      "(?i:per)(?:", kSp, "+(?i:single))?", kSp, "+(?!", kNotUnit, ")(?<u>", kPerUnit, ")",
      "|/", kSp, "*(?<u2>[A-Za-z]+)",
      "|(?i:each|every|a|an)", kSp, "+(?<u3>", kPeriod, ")(?!", kSp, "+", kComparison, "))"})};
  // A word that states the period: "annually", "ARR", "monthly", "MRR", "quarterly"; a group
  // for each time unit of units.tsv.
  Pattern period_word{"rate: period word", cat({
      kSp, "*(?:(?<year>", kYearly, ")|(?<month>(?i:monthly)|MRR)|(?<quarter>(?i:quarterly))",
      "|(?<week>(?i:weekly))|(?<day>(?i:daily))|(?<hour>(?i:hourly))|(?<minute>(?i:minutely)))",
      "(?![A-Za-z])"})};
  // A period a few plain words on: "to operating expenses each quarter".
  Pattern later_period{"rate: period a few words on", cat({
      "(?:", kSp, "+(?!", kClauseWord, ")[a-z][a-z\\-]*){1,5}?",
      kSp, "+(?:each|every|per|a)(?:", kSp, "+(?:single|calendar|fiscal))?",
      kSp, "+(?<u>quarter|month|year|week|day)(?![A-Za-z])(?!", kSp, "+", kComparison, ")"})};
};
// clang-format on

const RatePatterns& patterns() {
  static const RatePatterns p;
  return p;
}

// "Months" -> "month", "annum" -> "year", "mo" -> "month": the unit a rate is per.
std::string per_unit(std::string_view word) {
  std::string w(word);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t space = w.find_last_of(" \t");
  if (space != std::string::npos) w = w.substr(space + 1);  // "diluted share" -> "share"
  if (w == "annum" || w == "yr" || w == "y") return "year";
  if (w == "mo" || w == "mth") return "month";
  if (w == "qtr") return "quarter";
  if (w == "wk") return "week";
  if (w == "hr" || w == "h") return "hour";
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  return w;
}

// Which of the forms a sentence's words allow, so a sentence without them runs no pattern.
struct RateForms {
  bool per = false, period_word = false, later_period = false;

  explicit RateForms(const SentenceWork& s) {
    static const WordSet kPer{"per"}, kEach(lexicon::words({"per-each"})),
        kEachLater(lexicon::words({"per-each-later"})), kPeriods(lexicon::words({"per-period"})),
        kPeriodWords(lexicon::words({"per-period-word"}));
    const bool periods = s.says(kPeriods);
    const bool slash = s.has(trigger::kSlash);
    per = slash || s.says(kPer) || (periods && s.says(kEach));
    period_word = s.says(kPeriodWords);
    later_period = periods && s.says(kEachLater);
  }
  bool any() const { return per || period_word || later_period; }
};

// The "per" list after a figure ending at `at`, and where it ends; empty when none.
std::vector<std::string> read_per(const SentenceWork& s, const RateForms& forms, std::size_t& at) {
  const RatePatterns& p = patterns();
  std::vector<std::string> per;
  Match& m = s.scratch;
  const int u = p.per.group("u"), u2 = p.per.group("u2"), u3 = p.per.group("u3");
  while (forms.per && p.per.match_at(s.text, at, m, s.span.end)) {
    for (int g : {u, u2, u3}) {
      if (m.has(g)) per.push_back(per_unit(m.str(g)));
    }
    at = m.span().end;
  }
  if (!per.empty()) return per;

  if (forms.period_word && p.period_word.match_at(s.text, at, m, s.span.end)) {
    // The pattern names a group after each time unit it reads ("year", "month", ...).
    for (const lexicon::Entry& e : lexicon::entries("time-unit")) {
      if (e.word == e.value && m.has(p.period_word.group(e.word))) per.emplace_back(e.word);
    }
    at = m.span().end;
    return per;
  }
  if (forms.later_period && p.later_period.match_at(s.text, at, m, s.span.end)) {
    per.push_back(per_unit(m.str(p.later_period.group("u"))));
    at = m.span().end;
  }
  return per;
}

}  // namespace

void find_rates(SentenceWork& s, std::vector<Claim>& out) {
  const RateForms forms(s);
  if (!forms.any()) return;
  for (std::size_t q = 0; q < s.quantities.size(); ++q) {
    const Quantity& quantity = s.quantities[q];
    // "half an hour" is a fraction of a time, not a rate.
    if (s.taken[q] || quantity.is_range || quantity.is_word) continue;
    if (quantity.unit != "%" && !is_currency(quantity.unit)) continue;
    std::size_t end = quantity.span.end;
    std::vector<std::string> per = read_per(s, forms, end);
    if (per.empty()) continue;
    // "per cent" is a unit, not a rate: the scanner has it in the figure already; a later
    // figure in the gap would mean the period belongs to that one.
    if (q + 1 < s.quantities.size() && s.quantities[q + 1].span.begin < end) continue;
    Claim c;
    c.kind = ClaimKind::kRate;
    c.span = {quantity.span.begin, end};
    c.quantities.push_back(quantity);
    c.per = std::move(per);
    s.taken[q] = true;
    out.push_back(std::move(c));
  }
}

}  // namespace factcheck::detail
