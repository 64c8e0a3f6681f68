// Claim fields from the words right after a figure, read once here so the checks read claims and
// never the text: what an amount, a count or a plain number is per ("$149 a month", "£29 per
// seat", "£4.80 on each jab": Claim::per) and the period it covers ("£84.6m for the year",
// "£5.6 million over three years", "£2m last year", "in 2025": Claim::period, period_kind and
// Claim::figure), how long a rate runs ("£25 a week for the 16-week study") and a condition that
// makes it another offer ("or $99 a year if paid upfront", "for members who pay upfront").
//
// The words are lexicon/checks.tsv's classes rate-per ("a", "per", "each", "every"), rate-unit,
// rate-not-unit, rate-period, rate-period-kind, rate-adverb ("annually"), rate-lead (the words
// before a period: "for the", "over", "last", "in"), rate-condition, rate-condition-for and
// rate-condition-who; the values of rate-per, rate-lead and rate-period-kind are roles, read once
// into the enums below.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "extractor/internal.h"
#include "extractor/lexicon.h"

namespace factcheck {

std::string singular_noun(std::string w) {
  if (w.size() > 4 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
  for (const lexicon::Entry& e : lexicon::entries("rate-plural-es")) {
    if (w.size() > e.word.size() + 1 && w.ends_with(e.word)) return w.substr(0, w.size() - 2);
  }
  if (w.size() > 3 && w.back() == 's') w.pop_back();
  return w;
}

RatePer rate_per(std::string_view word) {
  static const lexicon::Roles<RatePer> kRoles("rate-per", {{"article", RatePer::kArticle},
                                                           {"per", RatePer::kPer},
                                                           {"each", RatePer::kEach},
                                                           {"every", RatePer::kEvery}});
  return kRoles.find(word);
}

}  // namespace factcheck

namespace factcheck::detail {

lexicon::Roles<PeriodKind> period_kinds(std::string_view cls) {
  return {cls,
          {{"year", PeriodKind::kYear},
           {"half", PeriodKind::kHalf},
           {"quarter", PeriodKind::kQuarter},
           {"month", PeriodKind::kMonth},
           {"week", PeriodKind::kWeek},
           {"other", PeriodKind::kOther}},
          PeriodKind::kNone};
}

namespace {

// Bytes after a figure read for what it is per: "a month per seat over five years".
constexpr std::size_t kAfter = 48;
// Bytes from an amount to the duration that spreads it: "£5.6 million on hardship grants over
// three years".
constexpr std::size_t kNear = 48;

// One word after a figure: lower case, with its bytes in the text.
struct After {
  std::string word;
  std::size_t begin = 0, end = 0;
};

// The words after `at`, hyphens as spaces, up to the next comma, semicolon, bracket, full stop or
// line end, within kAfter bytes; written into `out`.
void words_after(std::string_view text, std::size_t at, std::vector<After>& out) {
  out.clear();
  std::size_t start = at;
  auto close = [&](std::size_t i) {
    if (i > start) out.push_back({lower(text.substr(start, i - start)), start, i});
    start = i + 1;
  };
  std::size_t i = at;
  for (; i < text.size() && i < at + kAfter; ++i) {
    const char ch = text[i];
    if (ch == ',' || ch == ';' || ch == '(' || ch == ')' || ch == '.' || ch == '\n') break;
    if (ch == ' ' || ch == '-' || ch == '\t') close(i);
  }
  close(i);
}

// What a rate-lead phrase leads to (its value in checks.tsv).
enum class Lead : std::uint8_t {
  kNone,    // no lead
  kPeriod,  // a period the amount is for: "for the year"
  kSpread,  // a count of periods it covers, or one period: "over five years", "over the year"
  kEach,    // a rate-per word of role each or every: "on each jab"
  kSkip,    // words read past: "on average a month"
  kNamed,   // one period named: "last year"
  kDated,   // a year written as a number: "in 2025"
};

const lexicon::Roles<Lead>& leads() {
  static const lexicon::Roles<Lead> kLeads("rate-lead", {{"period", Lead::kPeriod},
                                                         {"spread", Lead::kSpread},
                                                         {"each", Lead::kEach},
                                                         {"skip", Lead::kSkip},
                                                         {"named", Lead::kNamed},
                                                         {"dated", Lead::kDated}});
  return kLeads;
}

// The period a word names (lexicon class rate-period), by its entry's word: the view lives as
// long as the lexicon. Empty for none.
std::string_view period_of(std::string_view singular_word) {
  const lexicon::Entry* e = lexicon::find("rate-period", singular_word);
  return e ? e->word : std::string_view();
}

std::optional<double> small_number(std::string_view w) {
  // Number words up to ten, from numbers.tsv ("one" is a digit-word only).
  const lexicon::Entry* e = lexicon::find("number-word", w);
  if (!e) e = lexicon::find("digit-word", w);
  if (e) {
    const double v = lexicon::number(e->value, 0, -1);
    if (v >= 0 && v <= 10) return v;
  }
  if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::stod(std::string(w));
  }
  return std::nullopt;
}

// A year written as a number: "2025" (1900 to 2099).
bool is_year_number(std::string_view w) {
  return w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The longest phrase of lexicon class rate-lead whose words start at w[i] ("on average", "on"),
// with its length in words in `n`; nullptr for none.
const lexicon::Entry* rate_lead(const std::vector<After>& w, std::size_t i, std::size_t& n) {
  const lexicon::Entry* best = nullptr;
  for (const lexicon::Entry& e : lexicon::entries("rate-lead")) {
    std::size_t k = 0;
    bool same = true;
    for (std::size_t p = 0; same && p <= e.word.size(); ++k) {
      std::size_t q = e.word.find(' ', p);
      if (q == std::string_view::npos) q = e.word.size();
      same = i + k < w.size() && w[i + k].word == e.word.substr(p, q - p);
      p = q + 1;
    }
    if (same && (best == nullptr || k > n)) {
      best = &e;
      n = k;
    }
  }
  return best;
}

// What the words after one figure say, before it is written into its claim.
struct Reading {
  std::string_view period;    // rate-period entry word
  double periods = 1;         // "over five years": 5
  std::string unit;           // what it is per, as written: "seat", "shares", "each"
  std::string_view per_word;  // the period word when it is per the period ("a month", "annually")
  ByteSpan covers;            // the words naming the period it covers: "over five years"
  double runs_years = 0;
  bool named = false;
  bool conditional = false;
};

// The kind of period a rate-period word names (lexicon class rate-period-kind; a word it does not
// list is another kind).
PeriodKind kind_of(std::string_view period) {
  static const lexicon::Roles<PeriodKind> kKinds = period_kinds("rate-period-kind");
  const PeriodKind k = kKinds.find(period);
  return k == PeriodKind::kNone ? PeriodKind::kOther : k;
}

// "£5.6 million on hardship grants over three years": the periods an amount covers, read from
// the duration claim the extractor found after it ("over three years"), when that duration opens
// with a spreading lead (rate-lead "spread") and no other figure stands between the two.
void spread_from_duration(std::string_view text, const std::vector<Claim>& claims, const Claim& c,
                          const Quantity& q, std::vector<After>& w, Reading& r) {
  auto k = static_cast<std::size_t>(
      std::lower_bound(claims.begin(), claims.end(), q.span.end,
                       [](const Claim& x, std::size_t pos) { return x.span.begin < pos; }) -
      claims.begin());
  for (; k < claims.size(); ++k) {
    const Claim& d = claims[k];
    if (d.sentence != c.sentence || d.span.begin - q.span.end > kNear) return;
    if (d.kind != ClaimKind::kDuration) {
      if (!d.quantities.empty()) return;  // another figure first
      continue;
    }
    if (d.quantities.size() != 1) return;
    const Quantity& n = d.quantities.front();
    words_after(text, d.span.begin, w);
    std::size_t len = 0;
    const lexicon::Entry* lead = w.empty() ? nullptr : rate_lead(w, 0, len);
    if (leads().of(lead) != Lead::kSpread || n.is_range || !(n.value > 0)) return;
    const std::string_view period = period_of(singular_noun(lower(n.unit)));
    if (period.empty()) return;
    r.period = period;
    r.periods = n.value;
    r.covers = d.span;
    return;
  }
}

Reading read(std::string_view text, const std::vector<Claim>& claims, const Claim& c,
             const Quantity& q, std::vector<After>& w) {
  Reading r;
  words_after(text, q.span.end, w);
  std::size_t i = 0;
  auto period_word = [](const std::string& s) { return !period_of(singular_noun(s)).empty(); };
  // A count's noun stands between its figure and its period: "400 homes a year".
  if (c.kind == ClaimKind::kCount && !w.empty() && !c.counted.empty() &&
      c.counted.substr(0, c.counted.find(' ')) == w.front().word &&
      rate_per(w[0].word) == RatePer::kNone) {
    i = 1;
  }
  // A physical amount may name its material after "of" (rate-material-lead) before its period:
  // "2,400 tonnes of wood pellets a day", "9,000 barrels of fuel a day".
  if (c.kind == ClaimKind::kNumber && !q.unit.empty() && q.unit != "count" && !w.empty() &&
      lexicon::find("rate-material-lead", w.front().word) != nullptr) {
    for (std::size_t k = 2; k + 1 < w.size() && k <= 4; ++k) {
      if (rate_per(w[k].word) != RatePer::kNone && period_word(w[k + 1].word)) {
        i = k;
        break;
      }
    }
  }
  while (i < w.size()) {
    // "a month", "per seat", "each year", "every week" (lexicon class rate-per; its value says
    // what may follow: "article" a period or a rate-unit word, "per" a period or any noun,
    // "each" and "every" a period only, and "each" alone is the price per each).
    const RatePer per = rate_per(w[i].word);
    if (per != RatePer::kNone && i + 1 < w.size()) {
      const std::string next = singular_noun(w[i + 1].word);
      if (period_word(next) && r.period.empty()) {
        r.period = period_of(next);
        r.per_word = r.period;
        i += 2;
        continue;
      }
      const bool takes_unit = per == RatePer::kArticle || per == RatePer::kPer;
      if (takes_unit && r.unit.empty() && lexicon::find("rate-not-unit", next) == nullptr) {
        // "per seat", "a share": only words that name a unit (lexicon class rate-unit), not "a
        // rise" or "an increase".
        if (per == RatePer::kPer || lexicon::find("rate-unit", next) != nullptr) {
          r.unit = w[i + 1].word;
          i += 2;
          continue;
        }
      }
    }
    if (per == RatePer::kEach && r.unit.empty()) {
      r.unit = "each";
      ++i;
      continue;
    }
    // "annually", "monthly": a period in one word (lexicon class rate-adverb).
    if (const lexicon::Entry* e = lexicon::find("rate-adverb", w[i].word)) {
      r.period = period_of(e->value);
      r.per_word = r.period;
    }
    // The words before a period (lexicon class rate-lead, its value what they lead to): "for
    // the year", "over five years", "on each jab" (the price per each), "on average".
    std::size_t n = 0;
    const Lead as = leads().of(rate_lead(w, i, n));
    const std::size_t j = i + n;  // the word after the lead
    // A lead before a period takes a count of periods too, and the other way round: "over the
    // year", "over the five years".
    // After the amount's own period, a count of periods says how long the rate runs ("£25 a
    // week for the 16-week study": 16 weeks), not what the amount covers.
    const bool period_lead = as == Lead::kPeriod || as == Lead::kSpread;
    const bool had_period = !r.period.empty();
    if (period_lead && !had_period && j < w.size() && period_word(w[j].word)) {
      r.period = period_of(singular_noun(w[j].word));
      r.covers = {w[i].begin, w[j].end};
    }
    if (period_lead && j + 1 < w.size() && period_word(w[j + 1].word)) {
      if (auto count = small_number(w[j].word); count && *count > 0) {
        const std::string_view p = period_of(singular_noun(w[j + 1].word));
        if (had_period) {
          r.runs_years = *count / lexicon::number(lexicon::find("rate-period", p)->value);
        } else {
          r.period = p;
          r.periods = *count;
          r.covers = {w[i].begin, w[j + 1].end};
        }
      }
    }
    // "last year", "this month" (rate-lead "named"), "in 2025", "during 2024" (rate-lead "dated":
    // a year written as a number): the amount of one named period, a total, never a price.
    if (as == Lead::kNamed && !had_period && j < w.size() && period_word(w[j].word)) {
      r.period = period_of(singular_noun(w[j].word));
      r.named = true;
      r.covers = {w[i].begin, w[j].end};
    }
    if (as == Lead::kDated && !had_period && j < w.size() && is_year_number(w[j].word)) {
      r.period = period_of("year");
      r.named = true;
      r.covers = {w[i].begin, w[j].end};
    }
    const RatePer then = j < w.size() ? rate_per(w[j].word) : RatePer::kNone;
    if (as == Lead::kEach && (then == RatePer::kEach || then == RatePer::kEvery) &&
        r.unit.empty()) {
      i = j;
      continue;
    }
    if (as == Lead::kSkip) {
      i = j;
      continue;
    }
    break;
  }
  r.conditional = i < w.size() && lexicon::find("rate-condition", w[i].word) != nullptr;
  // "or £3,400 a year for schools that sign up early": a price for those a relative clause picks
  // out (lexicon class rate-condition-who a word or three after one of rate-condition-for) is
  // another offer too.
  if (i + 1 < w.size() && lexicon::find("rate-condition-for", w[i].word)) {
    for (std::size_t k = i + 2; k < w.size() && k <= i + 4; ++k) {
      r.conditional |= lexicon::find("rate-condition-who", w[k].word) != nullptr;
    }
  }
  // A rate's own reading (Claim::per, kinds/rate.cpp) decides what it is per; the words after the
  // figure give the rest: the periods a total spreads over, how long a rate runs, a condition.
  if (c.kind == ClaimKind::kRate && !c.per.empty()) {
    std::string_view period;
    std::string unit;
    for (const std::string& p : c.per) {
      const std::string s = singular_noun(lower(p));
      const std::string_view as_period = period_of(s);
      if (!as_period.empty() && period.empty()) period = as_period;
      if (as_period.empty() && unit.empty()) unit = s;
    }
    if (period != r.period) {
      r.periods = 1;
      r.covers = {};
    }
    r.period = period;
    r.unit = unit;
  }
  // "£18 million on agency nurses over the year": what it was spent on stands between the amount
  // and its period; a few words later a lead to a period still gives it.
  for (std::size_t k = i + 1; r.period.empty() && r.unit.empty() && k < w.size() && k <= 5; ++k) {
    std::size_t n = 0;
    const Lead lead = leads().of(rate_lead(w, k, n));
    if (lead != Lead::kPeriod && lead != Lead::kSpread && lead != Lead::kDated &&
        lead != Lead::kNamed) {
      continue;
    }
    const std::size_t j = k + n;
    if (lead == Lead::kDated) {
      if (j < w.size() && is_year_number(w[j].word)) {
        r.period = period_of("year");
        r.named = true;
        r.covers = {w[k].begin, w[j].end};
      }
    } else if (j < w.size() && period_word(w[j].word)) {
      r.period = period_of(singular_noun(w[j].word));
      r.named = lead == Lead::kNamed;
      r.covers = {w[k].begin, w[j].end};
    } else if (j + 1 < w.size() && period_word(w[j + 1].word)) {
      if (auto count = small_number(w[j].word); count && *count > 0) {
        r.period = period_of(singular_noun(w[j + 1].word));
        r.periods = *count;
        r.covers = {w[k].begin, w[j + 1].end};
      }
    }
  }
  if (r.period.empty()) spread_from_duration(text, claims, c, q, w, r);
  return r;
}

// The figure whose words a claim's reading is of: the one change of a change statement that
// states no values, or the claim's one figure; nullptr for a claim of another kind.
const Quantity* figure_of(const Claim& c) {
  switch (c.kind) {
    case ClaimKind::kDifference:
      if (c.old_value || c.new_value || c.changes.size() != 1) return nullptr;
      return &c.changes.front();
    case ClaimKind::kMoney:
    case ClaimKind::kRate:
    case ClaimKind::kCount:
    case ClaimKind::kNumber:
      return c.quantities.size() == 1 ? &c.quantities.front() : nullptr;
    default:
      return nullptr;
  }
}

}  // namespace

void find_figure_periods(std::string_view text, std::vector<Claim>& claims) {
  std::vector<After> w;
  for (Claim& c : claims) {
    const Quantity* q = figure_of(c);
    if (!q) continue;
    const Reading r = read(text, claims, c, *q, w);
    // Claim::figure only when its words say something of time: most figures' say nothing.
    if (!r.period.empty() || r.periods != 1 || r.runs_years != 0 || r.named || r.conditional) {
      FigurePeriod f;
      f.period = r.period;
      f.periods = r.periods;
      f.runs_years = r.runs_years;
      f.named = r.named;
      f.conditional = r.conditional;
      c.figure = f;
    }
    // A rate keeps what kinds/rate.cpp read it per; another figure takes what its words say.
    if (c.kind != ClaimKind::kRate) {
      if (!r.per_word.empty()) c.per.emplace_back(r.per_word);
      if (!r.unit.empty()) c.per.push_back(r.unit);
    }
    // The period it covers, as written, where no change statement named one for its clause.
    if (c.period.empty() && !r.covers.empty() && c.kind != ClaimKind::kDifference) {
      c.period = text.substr(r.covers.begin, r.covers.size());
      c.period_kind = kind_of(r.period);
    }
  }
}

}  // namespace factcheck::detail
