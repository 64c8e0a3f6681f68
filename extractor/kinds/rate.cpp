// Claim kind: rates, a money or percent figure per period or per unit.
//
// "$199 per month per developer" (per = month, developer), "$15 million per year", "$5 a
// share", "8% annually" (per = year), "$12 million ARR" (annual recurring revenue: per year),
// and a period a few words on: "$5 million to operating expenses each quarter". The rate check
// annualises these against each other. "12% YoY" is a change on a year earlier, not a rate,
// and "$5m a year earlier" is a comparison, not a rate: both are left alone.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "extractor/internal.h"
#include "extractor/pattern.h"

namespace factcheck::detail {

namespace {

// One space as typeset: ASCII, NBSP, narrow NBSP, thin space.
#define FC_SP R"((?:[ \t]|\xC2\xA0|\xE2\x80\xAF|\xE2\x80\x89))"

// One "per" step: "per month", "per developer", "each quarter", "/month", "a year". "each" and
// "a" only before a period ("a share" too: "$5 a share"), and never as "a year earlier".
constexpr std::string_view kPer =
    FC_SP R"(*(?:(?i:per)(?:)" FC_SP R"(+(?i:single))?)" FC_SP
          R"(+(?!(?i:the|a|an|its|their|cent)\b)(?<u>[A-Za-z][A-Za-z\-]*)|/)" FC_SP
          R"(*(?<u2>[A-Za-z]+)|(?i:each|every|a|an))" FC_SP
          R"(+(?<u3>(?i:year|month|quarter|week|day|hour|share))(?![A-Za-z])(?!)" FC_SP
          R"(+(?i:earlier|ago|before|later|on|after|previously|prior|back)\b)))";
// An adverb or abbreviation that states the period: "annually", "per annum", "p.a.", "ARR"
// (annual recurring revenue), "run rate"; "monthly", "MRR", "quarterly", "weekly", "daily".
constexpr std::string_view kPeriodWord =
    FC_SP R"re(*(?:(?<year>(?i:annually|yearly)|(?i:per))re" FC_SP R"re(+(?i:annum)|p\.a\.|)re"
          R"re((?:(?i:in))re" FC_SP R"re(+)?ARR|(?i:annual))re" FC_SP R"re(+(?i:recurring))re" FC_SP
          R"re(+(?i:revenue)|(?:(?i:annual)(?:)re" FC_SP R"re(|-)+)?(?i:run)(?:)re" FC_SP
          R"re(|-)+(?i:rate))|(?<month>(?i:monthly)|MRR)|(?<quarter>(?i:quarterly))|)re"
          R"re((?<week>(?i:weekly))|(?<day>(?i:daily)))(?![A-Za-z]))re";

// A period a few plain words on: "to operating expenses each quarter".
constexpr std::string_view kLaterPeriod =
    R"((?:)" FC_SP R"(+[a-z][a-z\-]*){1,5}?)" FC_SP R"(+(?:each|every|per)(?:)" FC_SP
    R"(+(?:single|calendar|fiscal))?)" FC_SP R"(+(?<u>quarter|month|year|week|day)(?![A-Za-z]))";

#undef FC_SP

struct RatePatterns {
  Pattern per{"rate: per unit", kPer};
  Pattern period_word{"rate: period word", kPeriodWord};
  Pattern later_period{"rate: period a few words on", kLaterPeriod};
};

const RatePatterns& patterns() {
  static const RatePatterns p;
  return p;
}

bool is_currency(std::string_view unit) {
  return unit.size() == 3 &&
         std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "Months" -> "month", "annum" -> "year", "mo" -> "month": the unit a rate is per.
std::string per_unit(std::string_view word) {
  std::string w(word);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (w == "annum" || w == "yr" || w == "y") return "year";
  if (w == "mo" || w == "mth") return "month";
  if (w == "qtr") return "quarter";
  if (w == "wk") return "week";
  if (w == "hr" || w == "h") return "hour";
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  return w;
}

// The "per" list after a figure ending at `at`, and where it ends; empty when none.
std::vector<std::string> read_per(const SentenceWork& s, std::size_t& at) {
  const RatePatterns& p = patterns();
  std::vector<std::string> per;
  Match m;
  const int u = p.per.group("u"), u2 = p.per.group("u2"), u3 = p.per.group("u3");
  while (p.per.match_at(s.text, at, m, s.span.end)) {
    for (int g : {u, u2, u3}) {
      if (m.has(g)) per.push_back(per_unit(m.str(g)));
    }
    at = m.span().end;
  }
  if (!per.empty()) return per;

  if (p.period_word.match_at(s.text, at, m, s.span.end)) {
    for (std::string_view unit : {"year", "month", "quarter", "week", "day"}) {
      if (m.has(p.period_word.group(unit))) per.emplace_back(unit);
    }
    at = m.span().end;
    return per;
  }
  if (p.later_period.match_at(s.text, at, m, s.span.end)) {
    per.push_back(per_unit(m.str(p.later_period.group("u"))));
    at = m.span().end;
  }
  return per;
}

}  // namespace

void find_rates(SentenceWork& s, std::vector<Claim>& out) {
  for (std::size_t q = 0; q < s.quantities.size(); ++q) {
    const Quantity& quantity = s.quantities[q];
    if (s.taken[q] || quantity.is_range) continue;
    if (quantity.unit != "%" && !is_currency(quantity.unit)) continue;
    std::size_t end = quantity.span.end;
    std::vector<std::string> per = read_per(s, end);
    if (per.empty()) continue;
    // "per cent" is a unit, not a rate: the scanner has it in the figure already; a later
    // figure in the gap would mean the period belongs to that one.
    bool later_figure = false;
    for (std::size_t r = q + 1; r < s.quantities.size(); ++r) {
      if (s.quantities[r].span.begin < end) later_figure = true;
    }
    if (later_figure) continue;
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
