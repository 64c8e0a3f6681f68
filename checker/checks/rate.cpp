// checker/checks/rate.cpp
//
// Rates against each other: one amount restated per another period, and price times count
// against a stated total.
//
// 1. An amount restated per another period with "or" ("$42 million a quarter, or $210 million a
//    year"; "£2.4bn over five years, or about £480m a year"; "£1.2bn over five years, roughly
//    £240m a year", a hedge after a comma) must agree once both are brought to
//    a year: a month is 1/12 of a year, a quarter 1/4, a week 1/52. Both figures keep their
//    written precision and hedges: $42 million a quarter is 41.5..42.5 x 4 = 166..170 a year,
//    against 209.5..210.5 stated: an error, since "or" says they are one amount. The same metric
//    (Claim::metric, same words) stated per different periods in different sentences is compared
//    the same way, but as a warning: the two may describe different scopes. A rate the sentence
//    introduces with "at" and applies to an amount per another period ("At £3.50 a day, the
//    scheme costs each family about £1,500 a year") is compared too, as a warning, when no count
//    stands between them and the two are within a factor of two a year (a total over many heads
//    is far larger). "That comes to" or "That is" opening the next sentence restates the amount
//    before it (a warning). Which words restate, total or apply is read by the extractor
//    (Claim::lead, lexicon/checks.tsv).
// 2. Price times count against a stated total, all in one sentence ("at $29 per seat per month,
//    has 14,000 seats, bringing in $406,000 a month"; "4.2 million shares at an average price of
//    $68.40 per share for $310 million"): a price (an amount per unit or per period), the next
//    amount after it as the total (larger, same currency and period, per nothing), and the count
//    nearest the price with no other amount between them, or, when the total restates the price
//    over a count, the count right after the total ("£4.80 on each jab, or roughly £1 million on
//    the 212,000 doses"); a price "per share" needs a count of shares. No overlap of
//    14,000 x [28.5, 29.5] with the total's interval is an error.
// 3. Per head: an amount per head against the total and the count of heads, and a count per head
//    of another ("4,200 pupils and 350 teachers, or 12 pupils per teacher") against the two
//    counts it comes from, each named by its word (Claim::counted). In one sentence and joined
//    by ", or" a mismatch is an error; else a warning. A head noun may follow a modifier ("120
//    community pharmacies"), and "people per X" divides the one other count ("96,000 residents").
// 4. A total over several periods told per period ("£5.6 million on hardship grants over three
//    years, about £1.9 million a year"; "1,200 homes over the past four years, about 300 a year";
//    "£74 million over the year, about £6 million a month"): the periods are read after the words
//    it was spent on, or from the duration the extractor found ("over three years"), and counts
//    restated per period are compared like amounts (only with each other, under rule 1), as are
//    amounts in a physical unit that adds up ("3,900 km of track over the decade, some 1,600 km
//    a year": 390, an error), in the one unit both are written in.
// 5. A rate and how long it runs, against a total joined by words that restate ("£25 a week for
//    the 16-week study, or £500 in total": 400, an error). A season is a year.
// 6. A count times a figure for each of it, against the total they make, in a physical unit or
//    none (money is rule 2's) ("The 84 turbines each produce 6 MW, a combined 540 MW": 504, an
//    error; "12 buses carrying 60 passengers each, 700 people in all": 720, an error): a count, the
//    next figure after it tied to each of its items by a word of rate-each (between them, right
//    after the figure, or "each of" before the count: rate-each-of), and the next figure of the
//    same unit, told as the total (Claim::lead, or a phrase of rate-total-after right after it: "in
//    all"). A round count keeps its written precision; a count to the unit is exact.
// 7. A period told as a frequency ("every 15 minutes, or six trains an hour": four, an error): a
//    duration after "every" (rate-every), then, joined by words that restate, a count per another
//    period (rate-per-time: an hour is 60 minutes).
// What a figure is per and the period it covers come from the claim: Claim::per, and
// Claim::figure for a spread ("over five years"), a named period ("last year", "in 2025": the
// total of that period, never a price), how long a rate runs and a condition ("if paid upfront",
// "for members who ...": another offer, not a restatement), read by the extractor from the words
// after the figure (extractor/kinds/figure_period.cpp).
// Left alone: per-share figures restating a total ("$412 million, or $1.26 a share"), which state
// no share count; rates whose periods cannot be read; counts inside change statements that state
// old or new values; an amount far above a price, over a count written before it, restating
// nothing ("3,200 clinics pay $149 a month ..., roughly $4 million a year": price times count
// judges it).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <string>

#include "checker/checks/all.h"
#include "checker/checks/common.h"
#include "checker/interval.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "rate";
constexpr std::string_view kSummary =
    "rates against each other: one amount restated per another period, and price times count "
    "against a stated total";

// How many of a period make a year (lexicon class rate-period: "month" is 12).
std::optional<double> per_year(std::string_view period) {
  if (const lexicon::Entry* e = lexicon::find("rate-period", period)) {
    return lexicon::number(e->value);
  }
  return std::nullopt;
}

// An amount as a rate: what it is per ("a month", "per seat per month", "a share", "each", "over
// five years", "annually").
struct Rate {
  const Claim* claim = nullptr;
  const Quantity* q = nullptr;
  std::string period;    // "month", "quarter", "year", ... or empty
  double spread = 1;     // "over five years": the amount covers 5 periods
  std::string per_unit;  // "seat", "share", "each", ... or empty
  std::size_t sentence = 0;
  bool change = false;    // the stated change of a change statement: "cut costs by $30 million"
  double runs_years = 0;  // how long a rate runs, in years: "a week for the 16-week study"
  // A condition follows ("or $99 a year if paid upfront", lexicon class rate-condition): another
  // offer, not the amount before it restated.
  bool conditional = false;
  // The amount of one named period ("last year", "in 2025"): a total for it, never a price.
  bool named = false;
};

// The words of what a count counts (Claim::counted), hyphens read as spaces: "full", "time",
// "pupils".
std::vector<std::string> counted_words(const Claim& c) {
  std::vector<std::string> out;
  std::string word;
  for (char ch : c.counted + " ") {
    if (ch == ' ' || ch == '-') {
      if (!word.empty()) out.push_back(word);
      word.clear();
    } else {
      word += ch;
    }
  }
  return out;
}

// A figure as a rate, from what the extractor read of the words after it (Claim::per,
// Claim::figure): what it is per, the periods it covers, how long it runs, a condition.
Rate read_rate(const Claim& c, const Quantity& q) {
  Rate r;
  r.claim = &c;
  r.q = &q;
  r.sentence = c.sentence;
  if (c.figure) {
    r.period = c.figure->period;
    r.spread = c.figure->periods;
    r.runs_years = c.figure->runs_years;
    r.named = c.figure->named;
    r.conditional = c.figure->conditional;
  }
  for (const std::string& p : c.per) {
    const std::string s = singular_noun(lower(p));
    if (!per_year(s)) {
      r.per_unit = s;
      break;
    }
  }
  return r;
}

bool is_money(const Quantity& q) { return is_currency(q.unit); }

// Amounts the article states on their own (not the old or new value of a change statement).
std::vector<Rate> amounts(const Claims& claims) {
  std::vector<Rate> out;
  for (const Claim& c : claims.claims) {
    // A change stated per period ("cut overheads by $30 million a quarter, or $90 million a
    // year") is restated like an amount.
    if (c.kind == ClaimKind::kDifference && !c.old_value && !c.new_value && c.changes.size() == 1 &&
        is_money(c.changes.front())) {
      out.push_back(read_rate(c, c.changes.front()));
      out.back().change = true;
      continue;
    }
    if (c.kind != ClaimKind::kMoney && c.kind != ClaimKind::kRate) continue;
    for (const Quantity& q : c.quantities) {
      if (is_money(q)) out.push_back(read_rate(c, q));
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Rate& a, const Rate& b) { return a.q->span.begin < b.q->span.begin; });
  return out;
}

// Whether a unit measures an amount that adds up over time: "3,900 km of track", "48,000
// litres", "7.2 million tonnes" (not a speed, a power or a temperature).
bool accumulates(const Unit& unit) {
  switch (unit.dimension()) {
    case Dimension::kLength:
    case Dimension::kArea:
    case Dimension::kVolume:
    case Dimension::kMass:
    case Dimension::kData:
    case Dimension::kEnergy:
      return true;
    default:
      return false;
  }
}

// Counts and measures told per period ("1,200 homes over four years, about 300 a year"; "3,900
// km of track over the decade, some 1,600 km a year"): a count, a bare figure that restates one,
// or an amount in a physical unit, with one figure and no change but the figure itself. Only
// restated() compares them, with each other and in one unit; prices, totals and heads are amounts
// of money.
std::vector<Rate> counts(const Claims& claims) {
  std::vector<Rate> out;
  for (const Claim& c : claims.claims) {
    if (c.quantities.size() != 1 || c.old_value || c.new_value) continue;
    const Quantity& q = c.quantities.front();
    const bool measure = c.kind == ClaimKind::kNumber && accumulates(q.unit);
    // A count told as a change with no values ("added 36 routes over two years") counts what
    // was added, as a count does.
    const bool added = c.kind == ClaimKind::kDifference && c.changes.size() == 1;
    if (c.kind != ClaimKind::kCount && !measure && !added &&
        !(c.kind == ClaimKind::kNumber && c.lead == Lead::kRestates))
      continue;
    if ((q.unit != "count" && !q.unit.empty() && !measure) || q.is_range || !(q.value > 1))
      continue;
    out.push_back(read_rate(c, q));
    if (!out.back().per_unit.empty()) out.pop_back();
  }
  return out;
}

// Two figures of one unit: the same code, or both counts (a count and a bare figure restating it).
bool same_rate_unit(const Quantity& a, const Quantity& b) {
  auto count_like = [](const Quantity& q) { return q.unit == "count" || q.unit.empty(); };
  return a.unit == b.unit || (count_like(a) && count_like(b));
}

// "3" for a whole count of periods ("over 3 years"), "2.5" otherwise.
std::string periods_text(double n) {
  return n == std::floor(n) && n < 1e6 ? std::to_string(static_cast<long>(n)) : format_number(n);
}

std::string per_text(const Rate& r) {
  std::string out;
  if (!r.per_unit.empty()) out += r.per_unit == "each" ? " each" : " per " + r.per_unit;
  if (!r.period.empty()) {
    out +=
        r.spread != 1 ? " over " + periods_text(r.spread) + " " + r.period + "s" : " a " + r.period;
  }
  return out;
}

// How a finding names the span an amount covers: "per month", "over 3 years".
std::string span_text(const Rate& r) {
  return r.spread != 1 ? "over " + periods_text(r.spread) + " " + r.period + "s"
                       : "per " + r.period;
}

// An amount's interval brought to one year. A week or a day counts as a year's share either way
// copy reckons it (rate-period's second and third values): $700,000 a week is $100,000 a day by
// 7 days, $99,726 by 52 weeks of 365 days; $3,000 a month is $100 a day by 30-day months.
// How many of a period make a year, fewest and most.
Interval per_year_range(std::string_view period) {
  const lexicon::Entry* e = lexicon::find("rate-period", period);
  const double point = *per_year(period);
  return {e ? lexicon::number(e->value, 1, point) : point,
          e ? lexicon::number(e->value, 2, point) : point};
}

// `i` times (or, with `divide`, over) a positive range `k`, end to end.
Interval times(const Interval& i, const Interval& k, bool divide = false) {
  const double a = divide ? 1 / k.high : k.low;
  const double b = divide ? 1 / k.low : k.high;
  const double ends[] = {i.low * a, i.low * b, i.high * a, i.high * b};
  return {*std::min_element(std::begin(ends), std::end(ends)),
          *std::max_element(std::begin(ends), std::end(ends))};
}

Interval yearly(const Rate& r) {
  return times(interval_of(*r.q), per_year_range(r.period)).scaled(1 / r.spread);
}

ByteSpan hull(ByteSpan a, ByteSpan b) {
  return {std::min(a.begin, b.begin), std::max(a.end, b.end)};
}

Finding make(Severity s, std::vector<std::string> ids, ByteSpan span, std::string message,
             std::string explanation, std::string slip = {}) {
  return make_finding(kId, s, std::move(ids), span, std::move(message), std::move(explanation),
                      std::move(slip));
}

std::vector<std::string> ids_of(std::initializer_list<const Claim*> cs) {
  std::vector<std::string> out;
  for (const Claim* c : cs) {
    if (std::find(out.begin(), out.end(), c->id) == out.end()) out.push_back(c->id);
  }
  return out;
}

// The text between two byte offsets, empty when they are out of order.
std::string_view slice(std::string_view text, std::size_t from, std::size_t to) {
  return from < to && to <= text.size() ? text.substr(from, to - from) : std::string_view{};
}

std::string normal_metric(std::string m) {
  m = lower(m);
  for (std::string_view lead : {"the ", "its ", "their ", "a ", "an "}) {
    if (m.rfind(lead, 0) == 0) m.erase(0, lead.size());
  }
  return singular_noun(m);
}

class RateCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override { return kSummary; }
  CheckDoc doc() const override {
    return {
        .what =
            "Rates against each other: one amount restated per another period (\"$42 million a "
            "quarter, or $210 million a year\" is $166 million to $170 million a year, not $210 "
            "million: an error), price times count against a stated total, and a figure per head "
            "against the two figures it comes from (\"4,200 pupils and 350 teachers, or 12 "
            "pupils per teacher\"). The same metric stated per different periods in different "
            "sentences, and a rate applied with \"at\" (\"At \u00a33.50 a day, ... about "
            "\u00a31,500 a year\"), are compared too, as warnings. A count times each item's "
            "figure in any unit against their total (\"36 barges each carry 150 tonnes, a "
            "combined 6,400 tonnes\": 5,400), and a gap against the frequency it is restated as "
            "(\"every 15 minutes, or six an hour\": four), are errors.",
        .leaves_alone =
            "Per-share figures restating a total (\"$412 million, or $1.26 a share\"), which state "
            "no share count; rates whose periods cannot be read; counts inside change statements.",
        .passes = "The service earns $42 million a quarter, or $168 million a year.",
        .fails = "The service earns $42 million a quarter, or $210 million a year."};
  }
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    const std::vector<Rate> rates = amounts(claims);
    restated(claims, rates, out);
    restated(claims, counts(claims), out);
    restated_total(rates, out);
    restated_next_sentence(claims, rates, out);
    restated_next_sentence(claims, counts(claims), out);
    same_metric(rates, out);
    per_head(claims, rates, out);
    per_head_of_counts(claims, out);
    price_times_count(claims, rates, out);
    each_times_count(claims, out);
    every_as_frequency(claims, out);
  }

 private:
  // "$42 million a quarter, or $210 million a year".
  static void restated(const Claims& claims, const std::vector<Rate>& rates, FindingSink& out) {
    for (std::size_t i = 0; i + 1 < rates.size(); ++i) {
      const Rate& a = rates[i];
      const Rate& b = rates[i + 1];
      if (a.sentence != b.sentence || !same_rate_unit(*a.q, *b.q)) continue;
      if (a.period.empty() || b.period.empty()) continue;
      if (a.period == b.period && a.spread == b.spread) continue;
      // Joined by "or": the two figures say they are one amount. "At £3.50 a day, the scheme
      // costs each family about £1,500 a year" applies the first rate: the same amount if no
      // count comes between them and they are within a factor of two a year (a total over many
      // heads is far larger), but only an editor can be sure, so a warning.
      if (b.q->span.begin < a.q->span.end || b.q->span.begin - a.q->span.end > 60) continue;
      // "10,000 trees in 2024 and 12,000 in 2025, roughly 1,000 a month": a figure between the
      // two may be the one restated.
      if (figure_between(claims, a, b)) continue;
      const bool restates = leads(b, Lead::kRestates);
      const bool applied = !restates && a.claim->lead == Lead::kAt && a.per_unit.empty() &&
                           !count_between(claims, a, b) && within_two(yearly(a), yearly(b));
      if (!restates && !applied) continue;
      if (b.conditional) continue;  // "or $99 a year if paid upfront": another offer
      // "3,200 clinics pay $149 a month, which works out to $5.7 million a year": a count times
      // the first amount that gives the second makes it a total, not the same amount restated
      // (price_times_count judges it).
      if (count_explains(claims, a, b)) continue;
      if (applied) {
        compare(a, b, Severity::kWarning, "applied", out);
      } else {
        compare(a, b, Severity::kError, "restated", out);
      }
    }
  }

  // "£25 a week for the 16-week study, or £500 in total": a rate with how long it runs, then,
  // joined by words that restate or total ("a total of"), an amount per nothing: the rate times its
  // run. 25 x 16 = 400 (393.6..406.4 at the written precision), not 500: an error.
  static void restated_total(const std::vector<Rate>& rates, FindingSink& out) {
    for (std::size_t i = 0; i + 1 < rates.size(); ++i) {
      const Rate& a = rates[i];
      const Rate& b = rates[i + 1];
      if (a.sentence != b.sentence || a.q->unit != b.q->unit || !(a.runs_years > 0)) continue;
      if (a.period.empty() || !a.per_unit.empty() || a.spread != 1) continue;
      if (!b.period.empty() || !b.per_unit.empty()) continue;
      if (!leads(b, Lead::kRestates) && !leads(b, Lead::kTotal)) continue;
      if (b.q->span.begin < a.q->span.end || b.q->span.begin - a.q->span.end > 60) continue;
      const Interval total = yearly(a).scaled(a.runs_years);
      const Interval stated = interval_of(*b.q);
      const std::string unit = a.q->unit;
      const std::string run =
          periods_text(a.runs_years * *per_year(a.period)) + " " + a.period + "s";
      const std::string arithmetic = a.q->text + per_text(a) + " for " + run + " is " +
                                     format_range(total, unit) + "; the total " + b.q->text +
                                     " allows " + format_range(stated, unit);
      const ByteSpan span = hull(a.claim->span, b.claim->span);
      if (total.overlaps(stated)) {
        out.add(make(Severity::kPass, ids_of({a.claim, b.claim}), span,
                     "the total follows from " + a.q->text + per_text(a) + " for " + run,
                     arithmetic + ": consistent"));
        continue;
      }
      out.add(make(Severity::kError, ids_of({a.claim, b.claim}), span,
                   "the total " + b.q->text + " does not follow from " + a.q->text + per_text(a) +
                       " for " + run + " (" + format_range(total, unit) + ")",
                   arithmetic + ": the two are given as one amount but do not overlap: "
                                "inconsistent"));
    }
  }

  // Whether the words before `r`'s figure are the lead `l` (its claim's lead is its first
  // figure's).
  static bool leads(const Rate& r, Lead l) {
    return r.claim->lead == l && !r.claim->quantities.empty() &&
           r.claim->quantities.front().span == r.q->span;
  }

  // Whether a figure other than a date or a duration stands between two amounts of a sentence.
  static bool figure_between(const Claims& claims, const Rate& a, const Rate& b) {
    for (const Claim& c : claims_in_sentence(claims, a.sentence)) {
      if (c.kind == ClaimKind::kDate || c.kind == ClaimKind::kDuration) continue;
      for (const Quantity& q : c.quantities) {
        if (q.span.begin >= a.q->span.end && q.span.end <= b.q->span.begin) return true;
      }
    }
    return false;
  }

  // Whether a count stands between two amounts of a sentence: "at $29 a seat, 14,000 seats ...".
  static bool count_between(const Claims& claims, const Rate& a, const Rate& b) {
    for (const Claim& c : claims_in_sentence(claims, a.sentence)) {
      if (c.kind == ClaimKind::kCount && c.span.begin >= a.q->span.end &&
          c.span.end <= b.q->span.begin) {
        return true;
      }
    }
    return false;
  }

  static bool within_two(const Interval& a, const Interval& b) {
    return a.low > 0 && b.low > 0 && a.high <= 2 * b.high && b.high <= 2 * a.high;
  }

  // Whether a count of the sentence times `a` overlaps `b` once both are brought to a year, or,
  // for a count written before `b`, comes within a factor of two of it: then `b` is a total over
  // the count, right or wrong, which
  // price_times_count() judges ("About 3,200 clinics pay $149 a month ..., roughly $4 million a
  // year": 3,200 x 149 x 12 = 5.7 million is a total that misses, not $149 a month restated).
  static bool count_explains(const Claims& claims, const Rate& a, const Rate& b) {
    for (const Claim& c : claims_in_sentence(claims, a.sentence)) {
      if (c.quantities.size() != 1 || c.old_value || c.new_value) continue;
      const Quantity& n = c.quantities.front();
      if ((n.unit != "count" && !n.unit.empty()) || n.value <= 1) continue;
      const Interval per = yearly(a);
      const Interval product{interval_of(n).low * per.low, interval_of(n).high * per.high};
      if (product.overlaps(yearly(b))) return true;
      // Near is enough only for a count written before the total: "its two head offices" after
      // "£3 million a quarter, or £15 million a year" counts something else.
      if (n.span.end > b.q->span.begin) continue;
      if (product.scaled(0.5).low <= yearly(b).high && yearly(b).low <= product.scaled(2).high) {
        return true;
      }
    }
    return false;
  }

  // "The council spends £73 million a year on lighting. That is about £200,000 a day.": the last
  // amount of a sentence restated per another period at the start of the next, with words that
  // say it is the same amount; counts and physical amounts too ("2,400 tonnes a day. That is
  // about 1.2 million tonnes a year.").
  static void restated_next_sentence(const Claims& claims, const std::vector<Rate>& rates,
                                     FindingSink& out) {
    for (std::size_t i = 0; i + 1 < rates.size(); ++i) {
      const Rate& a = rates[i];
      const Rate& b = rates[i + 1];
      // The next sentence may open the next paragraph: "That is" points back across the break.
      if (b.sentence != a.sentence + 1 || !same_rate_unit(*a.q, *b.q)) continue;
      if (a.period.empty() || b.period.empty() || a.period == b.period) continue;
      if (!a.per_unit.empty() || !b.per_unit.empty()) continue;
      const ByteSpan next = claims.sentences[b.sentence].span;
      if (b.q->span.begin - next.begin > 40) continue;  // the restatement opens its sentence
      if (!leads(b, Lead::kRestates)) continue;
      compare(a, b, Severity::kWarning, "next sentence", out);
    }
  }

  // The same metric stated per different periods in different sentences.
  static void same_metric(const std::vector<Rate>& rates, FindingSink& out) {
    // Each rate meets the next kWindow rates only, so a long document stays linear.
    constexpr std::size_t kWindow = 200;
    for (std::size_t i = 0; i < rates.size(); ++i) {
      for (std::size_t j = i + 1; j < rates.size() && j <= i + kWindow; ++j) {
        const Rate& a = rates[i];
        const Rate& b = rates[j];
        if (a.sentence == b.sentence || a.q->unit != b.q->unit || a.change || b.change) continue;
        if (a.period.empty() || b.period.empty() || a.period == b.period) continue;
        if (!a.per_unit.empty() || !b.per_unit.empty()) continue;
        const std::string ma = normal_metric(a.claim->metric);
        if (ma.empty() || ma != normal_metric(b.claim->metric)) continue;
        compare(a, b, Severity::kWarning, "same metric", out);
      }
    }
  }

  // "The region has 2.4 million residents and spends $1.2 billion on policing, or $800 per
  // resident": an amount per head against the total and the count of heads it comes from, in its
  // sentence or the one before. The count is the one the per-head word names ("residents"), the
  // total the nearest plain amount before the per-head figure. Joined by words that say it is the
  // same money ("or", "which works out to") a mismatch is an error, else a warning.
  static void per_head(const Claims& claims, const std::vector<Rate>& rates, FindingSink& out) {
    for (std::size_t i = 0; i < rates.size(); ++i) {
      const Rate& head = rates[i];
      if (head.change || head.per_unit.empty() || head.per_unit == "each" ||
          head.per_unit == "share" || head.spread != 1) {
        continue;
      }
      const Rate* total = nullptr;
      for (std::size_t j = i; j-- > 0;) {
        const Rate& t = rates[j];
        if (t.sentence + 1 < head.sentence) break;
        if (t.change || !t.per_unit.empty() || t.q->unit != head.q->unit) continue;
        if (t.period != head.period || t.spread != 1 || !(t.q->value > head.q->value)) continue;
        total = &t;
        break;
      }
      if (!total) continue;
      // The total and the count sit in the per-head figure's sentence or the one before, in its
      // paragraph.
      const std::size_t paragraph = claims.sentences[head.sentence].paragraph;
      if (claims.sentences[total->sentence].paragraph != paragraph) continue;
      const std::size_t first =
          head.sentence > 0 && claims.sentences[head.sentence - 1].paragraph == paragraph
              ? head.sentence - 1
              : head.sentence;
      // The count of heads: a figure of its own followed by the per-head word.
      const Claim* count = nullptr;
      for (std::size_t s = first; s <= head.sentence && !count; ++s) {
        for (const Claim& c : claims_in_sentence(claims, s)) {
          if (c.quantities.size() != 1 || c.old_value || c.new_value) continue;
          const Quantity& n = c.quantities.front();
          if ((n.unit != "count" && !n.unit.empty()) || n.value <= 1 || n.is_range) continue;
          if (n.span.begin > head.q->span.begin) continue;
          const auto w = counted_words(c);
          bool named = false;
          for (std::size_t k = 0; k < w.size() && k < 2; ++k) {
            named |= singular_noun(w[k]) == head.per_unit;
          }
          if (named) {
            count = &c;
            break;
          }
        }
      }
      if (!count) continue;
      const Quantity& n = count->quantities.front();
      const Interval t = interval_of(*total->q);
      const Interval heads = interval_of(n);
      if (!(heads.low > 0)) continue;
      const Interval quotient{t.low / heads.high, t.high / heads.low};
      const Interval stated = interval_of(*head.q);
      const std::string unit = head.q->unit;
      const std::string head_text = head.q->text + per_text(head);
      const std::string arithmetic = total->q->text + " / " + n.text + " = " +
                                     format_amount(total->q->value / n.value, unit) + " per " +
                                     head.per_unit + " (" + format_range(quotient, unit) +
                                     " over the written precision); stated " + head_text +
                                     " allows " + format_range(stated, unit);
      const std::vector<std::string> ids = ids_of({count, total->claim, head.claim});
      const ByteSpan span = head.sentence == count->sentence && head.sentence == total->sentence
                                ? hull(hull(count->span, total->claim->span), head.claim->span)
                                : head.claim->span;
      if (quotient.overlaps(stated)) {
        out.add(make(Severity::kPass, ids, span,
                     "the amount per " + head.per_unit + " follows from the total and the count (" +
                         total->q->text + " / " + n.text + ")",
                     arithmetic + ": consistent"));
        continue;
      }
      // All three in one sentence and the amount per head restating the total: an error. A count
      // from another sentence may have another scope.
      const bool same = head.sentence == total->sentence && head.sentence == count->sentence &&
                        leads(head, Lead::kRestates);
      std::string slip;
      if (quotient.scaled(1000).overlaps(stated) || quotient.scaled(0.001).overlaps(stated)) {
        slip = "thousand, million or billion confused";
      }
      out.add(make(
          same ? Severity::kError : Severity::kWarning, ids, span,
          "the amount per " + head.per_unit +
              " does not follow from the total and the count: " + total->q->text + " / " + n.text +
              " = " + format_amount(total->q->value / n.value, unit) + ", not " + head.q->text,
          arithmetic +
              (same ? ": the figure is given as the same money per head: inconsistent"
                    : ": an editor should check whether the total and the count share a scope"),
          slip));
    }
  }

  // "The district has 4,200 pupils and 350 teachers, or 15 pupils per teacher": a count per head
  // of another against the two counts it comes from, each named by its word (Claim::counted),
  // in its sentence or the one before in its paragraph. Given as the same figure (", or") in one
  // sentence a mismatch is an error, else a warning.
  static void per_head_of_counts(const Claims& claims, FindingSink& out) {
    for (const Claim& h : claims.claims) {
      if (h.kind != ClaimKind::kCount || h.quantities.size() != 1) continue;
      const std::vector<std::string> hw = counted_words(h);
      if (hw.size() < 3 || rate_per(hw[1]) != RatePer::kPer) continue;
      const std::string of = singular_noun(hw[0]);
      const std::string per = singular_noun(hw[2]);
      if (of == per) continue;
      const std::size_t paragraph = claims.sentences[h.sentence].paragraph;
      const Claim* num = nullptr;
      const Claim* den = nullptr;
      std::vector<const Claim*> others;  // counts naming neither
      const std::size_t first = h.sentence > 0 ? h.sentence - 1 : 0;
      for (std::size_t s = first; s <= h.sentence; ++s) {
        if (claims.sentences[s].paragraph != paragraph) continue;
        for (const Claim& c : claims_in_sentence(claims, s)) {
          if (c.span.begin >= h.span.begin) break;
          if (c.kind != ClaimKind::kCount || c.quantities.size() != 1) continue;
          const Quantity& n = c.quantities.front();
          if (n.is_range || !(n.value > 0)) continue;
          const std::vector<std::string> w = counted_words(c);
          if (w.empty() || (w.size() > 1 && rate_per(w[1]) == RatePer::kPer)) continue;
          // The head noun may follow a modifier: "120 community pharmacies".
          const bool names_of = std::any_of(
              w.begin(), w.end(), [&](const std::string& x) { return singular_noun(x) == of; });
          const bool names_per = std::any_of(
              w.begin(), w.end(), [&](const std::string& x) { return singular_noun(x) == per; });
          if (names_of) num = &c;
          if (names_per) den = &c;
          if (!names_of && !names_per) others.push_back(&c);
        }
      }
      // "people per pharmacy": people (rate-people) are what the one other count counts
      // ("96,000 residents").
      if (!num && den && others.size() == 1 && lexicon::find("rate-people", hw[0])) {
        num = others.front();
      }
      if (!num || !den) continue;
      const Quantity& a = num->quantities.front();
      const Quantity& b = den->quantities.front();
      const Interval ia = interval_of(a);
      const Interval ib = interval_of(b);
      if (!(ib.low > 0)) continue;
      const Interval quotient{ia.low / ib.high, ia.high / ib.low};
      const Quantity& stated_q = h.quantities.front();
      const Interval stated = interval_of(stated_q);
      const std::string arithmetic =
          a.text + " / " + b.text + " = " + format_number(a.value / b.value) + " " + hw[0] +
          " per " + hw[2] + " (" + format_number(quotient.low) + " to " +
          format_number(quotient.high) + " over the written precision); stated " + stated_q.text +
          " allows " + format_number(stated.low) + " to " + format_number(stated.high);
      const std::vector<std::string> ids = ids_of({num, den, &h});
      const bool one_sentence = num->sentence == h.sentence && den->sentence == h.sentence;
      const ByteSpan span = one_sentence ? hull(num->span, h.span) : h.span;
      if (quotient.overlaps(stated)) {
        out.add(make(Severity::kPass, ids, span,
                     hw[0] + " per " + hw[2] + " follow from the two counts (" + a.text + " / " +
                         b.text + ")",
                     arithmetic + ": consistent"));
        continue;
      }
      const bool same = one_sentence && h.lead == Lead::kRestates;
      out.add(make(same ? Severity::kError : Severity::kWarning, ids, span,
                   hw[0] + " per " + hw[2] + " do not follow from the two counts: " + a.text +
                       " / " + b.text + " = " + format_number(a.value / b.value) + ", not " +
                       stated_q.text,
                   arithmetic + (same ? ": the figure is given as the same ratio: inconsistent"
                                      : ": an editor should check whether the counts share a "
                                        "scope")));
    }
  }

  static void compare(const Rate& a, const Rate& b, Severity on_mismatch, std::string_view how,
                      FindingSink& out) {
    const Interval ya = yearly(a);
    const Interval yb = yearly(b);
    const std::string unit = a.q->unit;
    const std::string stated_a = a.q->text + per_text(a);
    const std::string stated_b = b.q->text + per_text(b);
    const std::string arithmetic = stated_a + " is " + format_range(ya, unit) + " a year; " +
                                   stated_b + " is " + format_range(yb, unit) + " a year";
    const ByteSpan span =
        a.claim->sentence == b.claim->sentence ? hull(a.claim->span, b.claim->span) : b.claim->span;
    if (ya.overlaps(yb)) {
      out.add(make(Severity::kPass, ids_of({a.claim, b.claim}), span,
                   "amounts " + span_text(a) + " and " + span_text(b) + " agree: " + stated_a +
                       " and " + stated_b,
                   arithmetic + ": consistent"));
      return;
    }
    std::string slip;
    // The right figure for the wrong period: a quarterly amount read as monthly, and so on.
    for (std::string_view p : {"month", "quarter", "year", "week"}) {
      if (p == b.period) continue;
      Rate alt = b;
      alt.period = std::string(p);
      alt.spread = 1;
      if (yearly(alt).overlaps(ya)) {
        slip = stated_b + " fits " + stated_a + " if it is per " + std::string(p) + ", not per " +
               b.period;
        break;
      }
    }
    if (slip.empty() && (ya.scaled(1000).overlaps(yb) || ya.scaled(0.001).overlaps(yb))) {
      slip = "thousand, million or billion confused";
    }
    // The first amount told in the second's terms: "$21.9 million a year is $59,700 to $61,000 a
    // day, not $90,000 a day".
    const Interval a_as_b = times(ya, per_year_range(b.period), true).scaled(b.spread);
    const std::string b_terms =
        b.spread != 1 ? " over " + periods_text(b.spread) + " " + b.period + "s" : " a " + b.period;
    out.add(make(
        on_mismatch, ids_of({a.claim, b.claim}), span,
        "amounts " + span_text(a) + " and " + span_text(b) + " disagree: " + stated_a + " is " +
            format_range(a_as_b, unit) + b_terms + ", not " + stated_b,
        arithmetic + (how == "restated" ? ": the two are given as one amount but do not overlap: "
                                          "inconsistent"
                      : how == "next sentence"
                          ? ": the next sentence gives the amount per " + b.period +
                                " but they do not overlap; an editor "
                                "should check what the second measures"
                      : how == "applied"
                          ? ": the sentence applies the first rate (\"at\") and no count comes "
                            "between them, but they do not overlap; an editor should check "
                            "whether the second covers more than one"
                          : ": the same metric in two places does not "
                            "overlap; an editor should check the scope"),
        slip));
  }

  // "at $29 per seat per month, has 14,000 seats, bringing in $406,000 a month".
  static void price_times_count(const Claims& claims, const std::vector<Rate>& rates,
                                FindingSink& out) {
    for (std::size_t s = 0; s < claims.sentences.size(); ++s) {
      // Rates come in text order: this sentence's are one run.
      std::vector<const Rate*> money;
      auto first = std::lower_bound(rates.begin(), rates.end(), s,
                                    [](const Rate& r, std::size_t at) { return r.sentence < at; });
      for (auto it = first; it != rates.end() && it->sentence == s; ++it) {
        if (!it->change) money.push_back(&*it);
      }
      // Counts of their own (not the values of a change statement).
      std::vector<const Claim*> counts;
      for (const Claim& c : claims_in_sentence(claims, s)) {
        if (c.sentence != s || c.quantities.size() != 1 || c.old_value || c.new_value) continue;
        const Quantity& q = c.quantities.front();
        if ((q.unit != "count" && !q.unit.empty()) || q.value <= 1 || q.is_range) continue;
        counts.push_back(&c);
      }
      for (std::size_t i = 0; i + 1 < money.size(); ++i) {
        const Rate& price = *money[i];
        Rate total = *money[i + 1];  // the total comes after the price it multiplies
        if (price.per_unit.empty() && price.period.empty()) continue;  // not a price
        if (price.named) continue;  // "a provision of $23 million recorded in 2016": a total
        if (price.q->unit != total.q->unit || price.spread != 1 || total.spread != 1) continue;
        if (!total.per_unit.empty()) continue;
        // "Each of the 40 drivers earns $3,000 a month; the depot's wage bill is $5 million a
        // year": a semicolon opens another clause, whose amount is not this price's total.
        if (claims.text.substr(price.q->span.end, total.q->span.begin - price.q->span.end)
                .find(';') != std::string_view::npos) {
          continue;
        }
        // "$1,200 a year in support, for a total of about $1.2 million": a total named as one
        // (Claim::lead) with no period of its own is of the price's period, or of several.
        const bool open_total =
            total.period.empty() && !price.period.empty() && leads(total, Lead::kTotal);
        if (open_total) total.period = price.period;
        // A price per month against a total per year is brought to a year; a period on one side
        // only cannot be read.
        if (price.period != total.period && (price.period.empty() || total.period.empty() ||
                                             !per_year(price.period) || !per_year(total.period))) {
          continue;
        }
        if (!(total.q->value * (price.period.empty() ? 1 : *per_year(total.period)) >
              price.q->value * (price.period.empty() ? 1 : *per_year(price.period)))) {
          continue;
        }
        // "... for $41.00 per share in a public offering and $1.01 billion of notes": "and" joins
        // another amount, not the total of this price.
        if (leads(total, Lead::kAnother)) continue;
        // "spends £2.1m a day on cover, or about £770m a year": a total that is the price itself
        // brought to another period restates it (judged as such above); a count nearby is not
        // what it multiplies.
        if (price.period != total.period && yearly(price).overlaps(yearly(total))) continue;
        // The count nearest the price, before the total, with no other amount between them.
        const Claim* count = nullptr;
        std::size_t best = 0;
        for (const Claim* c : counts) {
          if (c->span.begin >= total.q->span.begin) continue;
          const std::size_t lo = std::min(c->span.begin, price.q->span.begin);
          const std::size_t hi = std::max(c->span.end, price.q->span.end);
          const bool clear = std::none_of(money.begin(), money.end(), [&](const Rate* m) {
            return m != &price && m->q->span.begin >= lo && m->q->span.end <= hi;
          });
          const std::size_t d = c->span.begin > price.q->span.begin
                                    ? c->span.begin - price.q->span.begin
                                    : price.q->span.begin - c->span.begin;
          if (clear && (!count || d < best)) count = c, best = d;
        }
        // "£4.80 on each jab, or roughly £1 million on the 212,000 doses": a total that restates
        // the price over a count may name the count after it, with no other amount between.
        if (!count && leads(total, Lead::kRestates)) {
          for (const Claim* c : counts) {
            if (c->span.begin < total.q->span.end) continue;
            // "... about £9 million a year, and for 40 electric buses": a count joined by "and"
            // (Claim::lead) is another item, not the one the total covers.
            if (c->lead == Lead::kAnother) break;
            const bool clear = std::none_of(money.begin(), money.end(), [&](const Rate* m) {
              return m->q->span.begin >= total.q->span.end && m->q->span.end <= c->span.begin;
            });
            if (clear) count = c;
            break;
          }
        }
        if (!count) continue;
        // "per share" needs a count of shares; "each" and a bare period take any count.
        if (!price.per_unit.empty() && price.per_unit != "each") {
          const auto w = counted_words(*count);
          bool named = false;
          for (std::size_t k = 0; k < w.size() && k < 3; ++k) {
            named |= singular_noun(w[k]) == price.per_unit;
          }
          if (!named) continue;
        }
        // A total over a count written after it ("or £160 for a family of four") may be a
        // bundle sold at a discount.
        const bool bundle = count->span.begin > total.q->span.begin;
        judge(*count, price, total, open_total, bundle, out);
      }
    }
  }

  // A figure of its own in a sentence: one quantity, no old or new value, not a date, a duration
  // or a citation.
  static const Quantity* lone_figure(const Claim& c) {
    if (c.quantities.size() != 1 || c.old_value || c.new_value || c.kind == ClaimKind::kDate ||
        c.kind == ClaimKind::kDuration) {
      return nullptr;
    }
    return &c.quantities.front();
  }

  // Whether lower-case words after byte `at`, up to the next comma, semicolon or full stop and
  // within `reach` bytes, hold a phrase of the class.
  static bool says_after(const Claims& claims, std::size_t at, std::size_t reach,
                         std::string_view cls) {
    std::string after = lower(claims.text.substr(at, std::min(reach, claims.text.size() - at)));
    after = after.substr(0, after.find_first_of(",;.:()"));
    return mentions(after, cls);
  }

  // Rule 6: "The 84 turbines each produce 6 MW, a combined 540 MW".
  static void each_times_count(const Claims& claims, FindingSink& out) {
    for (std::size_t s = 0; s < claims.sentences.size(); ++s) {
      std::vector<const Claim*> figures;
      for (const Claim& c : claims_in_sentence(claims, s)) {
        if (lone_figure(c)) figures.push_back(&c);
      }
      for (std::size_t i = 0; i + 2 < figures.size(); ++i) {
        const Claim& count = *figures[i];
        const Claim& each = *figures[i + 1];
        const Claim& total = *figures[i + 2];
        const Quantity& n = count.quantities.front();
        const Quantity& e = each.quantities.front();
        const Quantity& t = total.quantities.front();
        if (count.kind != ClaimKind::kCount || n.unit != "count" || n.is_range || !(n.value > 1))
          continue;
        if (e.is_range || t.is_range || !(e.value > 0) || !(t.value > e.value)) continue;
        // Money is price_times_count's, which reads prices per unit and period.
        if (!same_rate_unit(e, t) || is_money(e) || is_money(t)) continue;
        if (e.span.begin < n.span.end || e.span.begin - n.span.end > 60 ||
            t.span.begin - e.span.end > 60) {
          continue;
        }
        // What ties the figure to each of the count's items.
        const std::string between = lower(slice(claims.text, n.span.end, e.span.begin));
        const std::size_t sentence_begin = claims.sentences[s].span.begin;
        const std::size_t lead_from =
            std::max(sentence_begin, n.span.begin >= 24 ? n.span.begin - 24 : 0);
        const std::string lead = lower(slice(claims.text, lead_from, n.span.begin));
        const bool tied = mentions(between, "rate-each") || mentions(lead, "rate-each-of") ||
                          says_after(claims, e.span.end, 24, "rate-each");
        if (!tied) continue;
        // The third figure told as the total of the count's items.
        const bool told_total = total.lead == Lead::kTotal || total.lead == Lead::kRestates ||
                                says_after(claims, t.span.end, 40, "rate-total-after");
        if (!told_total) continue;
        // "... 600 passengers on each, and 12 crossings a day": a period on one side only is
        // another measure.
        auto periods = [](const Claim& c) {
          std::vector<std::string> out;
          for (const std::string& p : c.per) {
            if (!lexicon::find("rate-each", lower(p))) out.push_back(singular_noun(lower(p)));
          }
          return out;
        };
        if (!periods(each).empty() && periods(each) != periods(total)) continue;
        const Interval ni = count_exact_interval(n);
        const Interval ei = count_exact_interval(e);
        const Interval product{ni.low * ei.low, ni.high * ei.high};
        const Interval stated = interval_of(t);
        const std::string unit = e.unit == "count" ? "" : e.unit;
        const std::string arithmetic =
            std::string(n.text) + " x " + std::string(e.text) + " = " +
            format_number(n.value * e.value) + (unit.empty() ? "" : " " + unit) + " (" +
            format_range(product, unit) + " over the written precision); stated " +
            std::string(t.text) + " allows " + format_range(stated, unit);
        const std::vector<std::string> ids = ids_of({&count, &each, &total});
        const ByteSpan span = hull(hull(count.span, each.span), total.span);
        if (product.overlaps(stated)) {
          const Fit f = fit(product, n.value * e.value, stated);
          out.add(make(Severity::kPass, ids, span,
                       "count times each gives the stated " + std::string(t.text) + " (" +
                           std::string(n.text) + " x " + std::string(e.text) +
                           (f == Fit::kByRounding ? ", only within rounding)" : ")"),
                       arithmetic + ": " + std::string(verdict(f))));
          continue;
        }
        out.add(make(Severity::kError, ids, span,
                     "count times each gives " + format_number(n.value * e.value) +
                         (unit.empty() ? "" : " " + unit) + ", not the stated " +
                         std::string(t.text) + " (" + std::string(n.text) + " x " +
                         std::string(e.text) + ")",
                     arithmetic + ": the total is given as the count's items together but does "
                                  "not overlap: inconsistent"));
      }
    }
  }

  // Rule 7: "every 15 minutes, or six trains an hour".
  static void every_as_frequency(const Claims& claims, FindingSink& out) {
    for (std::size_t s = 0; s < claims.sentences.size(); ++s) {
      const auto run = claims_in_sentence(claims, s);
      for (std::size_t i = 0; i + 1 < run.size(); ++i) {
        const Claim& every = run[i];
        const Claim& freq = run[i + 1];
        if (every.kind != ClaimKind::kDuration || every.quantities.size() != 1) continue;
        const Quantity& d = every.quantities.front();
        const lexicon::Entry* d_unit = lexicon::find("rate-per-time", d.unit);
        if (!d_unit || d.is_range || !(d.value > 0)) continue;
        const std::size_t from = every.span.begin >= 8 ? every.span.begin - 8 : 0;
        const std::string before = lower(slice(claims.text, from, every.span.begin));
        const std::size_t space =
            before.find_last_of(' ', before.size() >= 2 ? before.size() - 2 : 0);
        if (before.empty() || before.back() != ' ' ||
            !lexicon::find("rate-every",
                           std::string_view(before).substr(
                               space == std::string::npos ? 0 : space + 1,
                               before.size() - 1 - (space == std::string::npos ? 0 : space + 1)))) {
          continue;
        }
        const Quantity* f = lone_figure(freq);
        if (!f || (f->unit != "count" && !f->unit.empty()) || f->is_range ||
            freq.lead != Lead::kRestates) {
          continue;
        }
        if (f->span.begin - d.span.end > 12) continue;
        // The period the count is per: "six trains an hour", "four an hour".
        std::string per;
        for (const std::string& p : freq.per) {
          if (lexicon::find("rate-per-time", singular_noun(lower(p))))
            per = singular_noun(lower(p));
        }
        if (per.empty()) {
          const std::string after = lower(claims.text.substr(
              f->span.end, std::min<std::size_t>(24, claims.text.size() - f->span.end)));
          // The words right after the count: "an hour", "trains an hour", "a day".
          std::size_t at = 0;
          for (int k = 0; k < 3 && per.empty(); ++k) {
            const std::size_t b = after.find_first_not_of(' ', at);
            if (b == std::string::npos) break;
            const std::size_t e = after.find_first_of(" ,.;", b);
            const std::string w = after.substr(b, e == std::string::npos ? e : e - b);
            if (lexicon::find("rate-per-time", w) && k > 0) per = w;
            if (e == std::string::npos || after[e] != ' ') break;
            at = e;
          }
        }
        const lexicon::Entry* p_unit = per.empty() ? nullptr : lexicon::find("rate-per-time", per);
        if (!p_unit) continue;
        const double d_minutes = lexicon::number(d_unit->value);
        const double p_minutes = lexicon::number(p_unit->value);
        if (!(p_minutes > d_minutes * d.value * 0.999)) continue;
        const Interval di = interval_of(d).scaled(d_minutes);
        const Interval computed{p_minutes / di.high, p_minutes / di.low};
        const Interval stated = interval_of(*f);
        const double point = p_minutes / (d.value * d_minutes);
        const std::string arithmetic =
            "one every " + std::string(d.text) + " is " + format_number(point) + " per " + per +
            " (" + format_range(computed, "") + " over the written precision); stated " +
            std::string(f->text) + " allows " + format_range(stated, "");
        const ByteSpan span = hull(every.span, freq.span);
        if (computed.overlaps(stated)) {
          out.add(make(
              Severity::kPass, ids_of({&every, &freq}), span,
              "one every " + std::string(d.text) + " gives " + std::string(f->text) + " per " + per,
              arithmetic + ": consistent"));
          continue;
        }
        out.add(make(Severity::kError, ids_of({&every, &freq}), span,
                     "one every " + std::string(d.text) + " is " + format_number(point) + " per " +
                         per + ", not " + std::string(f->text),
                     arithmetic + ": the two are given as one frequency but do not overlap: "
                                  "inconsistent"));
      }
    }
  }

  // `open_total`: the total states no period of its own, so it may cover several of the price's
  // periods: a total above the product is only a warning. `bundle`: the count follows the total
  // ("£45 each, or £160 for a family of four"), which may be a price for the lot at a discount: a
  // total below the product is only a warning.
  static void judge(const Claim& count, const Rate& price, const Rate& total, bool open_total,
                    bool bundle, FindingSink& out) {
    const Quantity& n = count.quantities.front();
    // A price per month against a total per year: the product brought to the total's period.
    const double periods =
        price.period == total.period ? 1 : *per_year(price.period) / *per_year(total.period);
    const Interval product = Interval{interval_of(n).low * interval_of(*price.q).low,
                                      interval_of(n).high * interval_of(*price.q).high}
                                 .scaled(periods);
    const Interval stated = interval_of(*total.q);
    const std::string unit = total.q->unit;
    const std::string price_text = price.q->text + per_text(price);
    const std::string arithmetic =
        n.text + " x " + price_text + " = " + format_amount(n.value * price.q->value, unit) +
        (price.period.empty() ? "" : " a " + price.period) +
        (periods == 1 ? ""
                      : " = " + format_amount(n.value * price.q->value * periods, unit) + " a " +
                            total.period) +
        " (" + format_range(product, unit) + " over the written precision); stated " +
        total.q->text + " allows " + format_range(stated, unit);
    const std::vector<std::string> ids = ids_of({&count, price.claim, total.claim});
    const ByteSpan span = hull(hull(count.span, price.claim->span), total.claim->span);
    if (product.overlaps(stated)) {
      out.add(make(Severity::kPass, ids, span,
                   "price times count gives the stated " + total.q->text + " (" + n.text + " x " +
                       price_text + ")",
                   arithmetic + ": consistent"));
      return;
    }
    std::string slip;
    if (product.scaled(12).overlaps(stated)) slip = "a monthly total taken for a yearly one";
    if (periods != 1 && product.scaled(1 / periods).overlaps(stated)) {
      slip = "a total per " + price.period + " given as per " + total.period;
    }
    if (product.scaled(1000).overlaps(stated) || product.scaled(0.001).overlaps(stated)) {
      slip = "thousand, million or billion confused";
    }
    const bool more_periods = open_total && stated.low > product.high;
    const bool discount = bundle && stated.high < product.low;
    out.add(make(
        more_periods || discount ? Severity::kWarning : Severity::kError, ids, span,
        "price times count gives " + format_amount(n.value * price.q->value * periods, unit) +
            ", not the stated " + total.q->text + " (" + n.text + " x " + price_text + ")",
        arithmetic + (more_periods ? ": the total states no period and is larger than one " +
                                         price.period + "'s; an editor should check how many " +
                                         price.period + "s it covers"
                      : discount ? ": the total is below the price for each; an editor should "
                                   "check whether it is a price for the lot at a discount"
                                 : ": price times count does not give the total: inconsistent"),
        slip));
  }
};

}  // namespace

std::unique_ptr<const Check> make_rate() { return std::make_unique<RateCheck>(); }

}  // namespace factcheck::checks
