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
// share" are per share (rates.tsv's per-unit-noun ends such a unit of two or three words).
std::string per_unit_regex() {
  return R"((?:[A-Za-z][A-Za-z\-]*(?:[ \t]+[A-Za-z][A-Za-z\-]*)?[ \t]+(?i:)" +
         lexicon::alternation({"per-unit-noun"}) + R"()(?![A-Za-z])|[A-Za-z][A-Za-z\-]*))";
}
// Words after "per" that are not its unit (rates.tsv's per-not-unit): "per the contract"; "per
// cent" is a percent.
std::string not_unit() { return "(?i:" + lexicon::alternation({"per-not-unit"}) + ")\\b"; }
// What "each", "every", "a" and "an" can be per (per-period): a period, or a share ("$5 a share").
std::string period() { return "(?i:" + lexicon::alternation({"per-period"}) + ")(?![A-Za-z])"; }
// Words that make "a year" a comparison, not a rate: "a year earlier", "a year ago", "a year on,"
// and "a year on from"; in "£73 million a year on street lighting", "on" says what it is spent on.
// The words are per-comparison, per-comparison-on and per-comparison-from.
std::string comparison() {
  return "(?i:" + lexicon::alternation({"per-comparison"}) + "\\b|" +
         lexicon::alternation({"per-comparison-on"}) + "(?=[ \\t]*(?:[,.;:]|$)|[ \\t]+" +
         lexicon::alternation({"per-comparison-from"}) + "\\b))";
}
// The adverbs and abbreviations that state a period on their own: "annually", "per annum",
// "monthly", "annual run rate" in any case, "p.a.", "ARR" and "MRR" as written (rates.tsv's
// per-period-adverb and per-period-adverb-cased, each with the time unit it states).
std::string period_adverb() {
  return "(?i:" + lexicon::alternation({"per-period-adverb"}) + ")|" +
         lexicon::alternation({"per-period-adverb-cased"});
}
// A word that starts a new clause (per-clause-word): in "$100 and tracks it each year" the year is
// not the $100's.
std::string clause_word() { return lexicon::alternation({"per-clause-word"}) + "\\b"; }

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
      "(?i:", lexicon::alternation({"per-word"}), ")(?:", kSp, "+(?i:", lexicon::alternation({"per-skip"}), "))?",
      kSp, "+(?!", not_unit(), ")(?<u>", per_unit_regex(), ")",
      "|/", kSp, "*(?<u2>[A-Za-z]+)",
      "|(?i:", lexicon::alternation({"per-each"}), ")", kSp, "+(?<u3>", period(), ")(?!", kSp, "+", comparison(), "))"})};
  // A word that states the period: "annually", "ARR", "monthly", "MRR", "quarterly".
  Pattern period_word{"rate: period word", cat({kSp, "*(?<w>", period_adverb(), ")(?![A-Za-z])"})};
  // A period a few plain words on: "to operating expenses each quarter".
  Pattern later_period{"rate: period a few words on", cat({
      "(?:", kSp, "+(?!", clause_word(), ")[a-z][a-z\\-]*){1,5}?",
      kSp, "+", lexicon::alternation({"per-each-later"}), "(?:", kSp, "+", lexicon::alternation({"per-skip-later"}), ")?",
      kSp, "+(?<u>", lexicon::alternation({"per-period-later"}), ")(?![A-Za-z])(?!", kSp, "+", comparison(), ")"})};
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
  // "annum", "yr", "mo", "qtr": rates.tsv's per-alias, the value the period it names.
  if (const lexicon::Entry* e = lexicon::find("per-alias", w)) return std::string(e->value);
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  return w;
}

// Which of the forms a sentence's words allow, so a sentence without them runs no pattern.
struct RateForms {
  bool per = false, period_word = false, later_period = false;

  explicit RateForms(const SentenceWork& s) {
    static const WordSet kPer(lexicon::words({"per-word"})), kEach(lexicon::words({"per-each"})),
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
    // The word's entry names the time unit it states ("annually" -> "year").
    const std::string_view word = m.str(p.period_word.group("w"));
    const lexicon::Entry* e = lexicon::find("per-period-adverb", word);
    if (e == nullptr) e = lexicon::find("per-period-adverb-cased", word);
    if (e != nullptr) per.emplace_back(e->value);
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
