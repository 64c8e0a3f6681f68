// checker/checks/implied_value.cpp
//
// Figures the article implies and never states: the base of a percentage given with its
// amount, and the starting value of a percent change given only with its end value. A base that
// agrees with a figure stated in the same paragraph or the one before, within rounding, is a pass.
// When the base is stated right beside the percentage ("$36 million, or 6% of its $400 million
// reserve"), the three figures must agree: 36 / 400 = 9%, which 6% (5.5%..6.5%) cannot be, is an
// error; hedges widen each figure first ("about 8% of its roughly EUR10 billion value").
// The end value of a change given only with its old value ("150 more than last year's 1,200"
// gives 1,350) is noted the same way, and passes when a figure stated nearby agrees.
//
// "a 15% cut ... roughly $45 million less" implies a base of $45 million / 15% = $300 million,
// with rounding and the hedge $261 million to $341 million; "close 14 stores, or 7% of its
// estate" implies an estate of about 200 stores; "rose 20% to $120 million" implies a starting
// value of about $100 million. Each is a note showing the arithmetic, for an editor to compare
// with what they know; nothing here but a base stated beside the percentage is a contradiction. A
// percentage and an amount pair up only
// when the text ties them: "X, or P%" / "P%, or X" in one sentence, a "P% cut/rise" with an
// amount saved, added or cost in the same sentence, or a "P% cut" followed by "This ...
// translates into X less" in the next sentence of the paragraph. Change statements that state
// both values, or an absolute change as well as a percent, are difference's and percent-change's.
// A starting value the article writes in brackets beside the end value ("rose 20% to $120
// million ($98 million)", "EUR 0.62 (2024: EUR 0.55)") is not implied: no note, and
// percent-change compares the bracketed prior figure with the stated change instead.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <span>
#include <string>

#include "checker/checks/all.h"
#include "checker/checks/common.h"
#include "checker/interval.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "implied-value";
constexpr std::string_view kSummary =
    "figures the article implies and never states: the base of a percentage given with its "
    "amount, and the starting value of a percent change given only with its end value";

std::string_view slice(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin >= end || end > text.size()) return {};
  return text.substr(begin, end - begin);
}

bool has_values(const Claim& c) { return c.old_value.has_value() || c.new_value.has_value(); }

// A figure with the claim it belongs to.
struct Figure {
  const Claim* claim;
  const Quantity* q;
};

bool is_amount(const Quantity& q) {
  return is_currency(q.unit) || q.unit == "count" || q.unit.empty();
}

std::vector<Figure> figures_of(const Claims& claims, std::size_t sentence) {
  std::vector<Figure> out;
  for (const Claim& c : claims_in_sentence(claims, sentence)) {
    if (c.sentence != sentence || c.kind == ClaimKind::kDate || c.kind == ClaimKind::kDuration) {
      continue;
    }
    if (has_values(c)) continue;  // a change statement with its values: not ours
    for (const Quantity& q : c.quantities) {
      if (claims.sentences[sentence].span.contains(q.span)) out.push_back({&c, &q});
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Figure& a, const Figure& b) { return a.q->span.begin < b.q->span.begin; });
  return out;
}

// The word of a lexicon class that lower-case `s` starts with (`lead` before it: " " for a word
// after a figure), or nullptr. A prefix: "cut" finds "cuts".
const lexicon::Entry* starting(std::string_view s, std::string_view cls,
                               std::string_view lead = {}) {
  for (const lexicon::Entry& e : lexicon::entries(cls)) {
    if (s.starts_with(lead) && s.substr(lead.size()).starts_with(e.word)) return &e;
  }
  return nullptr;
}

// Joined by "or": "120 people, or about 6 %", "8% of its flights, or 96 departures".
bool apposed(std::string_view between) {
  const std::string b = lower(between);
  if (b.size() > 40) return false;
  const auto at = b.find(", or ");
  if (at == std::string::npos) return false;
  // Nothing but the figure's own words before ", or", and at most a hedge after it.
  const std::string rest = b.substr(at + 5);
  return rest.empty() || starting(rest, "hedge") != nullptr;
}

// "a 15% cut", "20% price rise": a percentage naming a change; "will save £9m", "$45 million
// less": an amount a change saves, adds or costs (Quantity::role, kinds/figure_change.cpp).
bool change_percent(const Quantity& p) { return p.role == FigureRole::kChangeNoun; }
bool change_amount(const Quantity& x) { return x.role == FigureRole::kChangeAmount; }

// An amount for a message; counts as whole numbers with thousands commas ("3,000"), since
// format_amount shows them with a decimal.
std::string show(double v, const std::string& unit) {
  if (!(unit.empty() || unit == "count") || std::fabs(v) >= 1e15) return format_amount(v, unit);
  if (std::fabs(v) < 100) return format_number(v);
  // Three significant figures, as format_number shows other amounts: 215,517 is "216,000";
  // a million and up takes a scale word ("2.61 million").
  if (std::fabs(v) >= 1e6) {
    const bool billions = std::fabs(v) >= 1e9;
    return format_number(v / (billions ? 1e9 : 1e6)) + (billions ? " billion" : " million");
  }
  const double step = std::pow(10.0, std::floor(std::log10(std::fabs(v))) - 2);
  v = std::round(v / step) * step;
  std::string digits = std::to_string(static_cast<long long>(std::llround(std::fabs(v))));
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(i, ",");
  return (v < 0 ? "\u2212" : "") + digits;
}

std::string show_range(const Interval& i, const std::string& unit) {
  if (!(unit.empty() || unit == "count") || !i.bounded()) return format_range(i, unit);
  return show(i.low, unit) + " to " + show(i.high, unit);
}

Finding make(std::vector<std::string> ids, ByteSpan span, std::string message,
             std::string explanation) {
  Finding f;
  f.check = std::string(kId);
  f.severity = Severity::kNote;
  f.claims = std::move(ids);
  f.span = span;
  f.message = std::move(message);
  f.explanation = std::move(explanation);
  return f;
}

ByteSpan hull(ByteSpan a, ByteSpan b) {
  return {std::min(a.begin, b.begin), std::max(a.end, b.end)};
}

std::vector<std::string> ids_of(const Claim& a, const Claim& b) {
  if (a.id == b.id) return {a.id};
  return {a.id, b.id};
}

// The claims of each paragraph, as indices into Claims::claims in text order, built once a
// document: a look-up near a claim reads two paragraphs' claims, not the whole document's, so a
// long document stays linear.
class ClaimsByParagraph {
 public:
  explicit ClaimsByParagraph(const Claims& claims) {
    std::size_t paragraphs = 0;
    for (const Sentence& s : claims.sentences) paragraphs = std::max(paragraphs, s.paragraph + 1);
    first_.assign(paragraphs + 1, 0);
    for (const Claim& c : claims.claims) {
      if (c.sentence < claims.sentences.size())
        ++first_[claims.sentences[c.sentence].paragraph + 1];
    }
    for (std::size_t p = 1; p < first_.size(); ++p) first_[p] += first_[p - 1];
    claims_.resize(first_.back());
    std::vector<std::size_t> next(first_.begin(), first_.end() - 1);
    for (std::size_t i = 0; i < claims.claims.size(); ++i) {
      const std::size_t sentence = claims.claims[i].sentence;
      if (sentence < claims.sentences.size()) {
        claims_[next[claims.sentences[sentence].paragraph]++] = i;
      }
    }
  }
  /// The claims of paragraph `p`, in text order.
  std::span<const std::size_t> of(std::size_t p) const {
    if (p + 1 >= first_.size()) return {};
    return std::span<const std::size_t>(claims_).subspan(first_[p], first_[p + 1] - first_[p]);
  }

 private:
  std::vector<std::size_t> first_;   // where each paragraph's claims start in claims_
  std::vector<std::size_t> claims_;  // claim indices, paragraph by paragraph
};

// A figure the article states in the paragraph of `owner` or the one before, in `unit`, inside
// `implied`, and not one of the owner's own figures: the one nearest `near` ("runs 240 buses. It
// will retire 18 buses, or 7.5% of its fleet"), or nullptr. Farther away, a match may be a
// coincidence.
const Quantity* stated_figure(const Claims& claims, const ClaimsByParagraph& nearby,
                              const Claim& owner, const std::string& unit, const Interval& implied,
                              ByteSpan near) {
  const std::size_t paragraph = claims.sentences[owner.sentence].paragraph;
  auto counts = [](const std::string& u) { return u.empty() || u == "count"; };
  const Quantity* best = nullptr;
  std::size_t best_distance = 0;
  // The claims of the paragraph before and of this one, merged back into text order.
  const std::span<const std::size_t> before =
      paragraph > 0 ? nearby.of(paragraph - 1) : std::span<const std::size_t>();
  const std::span<const std::size_t> here = nearby.of(paragraph);
  for (std::size_t b = 0, h = 0; b < before.size() || h < here.size();) {
    const std::size_t index =
        h == here.size() || (b < before.size() && before[b] < here[h]) ? before[b++] : here[h++];
    const Claim& c = claims.claims[index];
    if (c.kind == ClaimKind::kDate || c.kind == ClaimKind::kDuration || &c == &owner) continue;
    for (const Quantity& q : c.quantities) {
      const bool same = q.unit == unit || (counts(q.unit) && counts(unit));
      if (!same || !(q.value > 0) || !interval_of(q).overlaps(implied)) continue;
      const std::size_t distance =
          q.span.begin < near.begin ? near.begin - q.span.begin : q.span.begin - near.begin;
      if (!best || distance < best_distance) {
        best = &q;
        best_distance = distance;
      }
    }
  }
  return best;
}

// An implied value of a change claim: a pass when a figure stated nearby agrees
// (stated_figure), else a note that the article never states it.
void implied_point(const Claims& claims, const ClaimsByParagraph& nearby, const Claim& c,
                   std::string_view which, double point, const std::string& unit,
                   const Interval& implied, const std::string& how, const std::string& arithmetic,
                   FindingSink& out) {
  const std::string head = "implied " + std::string(which) + " value of about " + show(point, unit);
  if (const Quantity* stated = stated_figure(claims, nearby, c, unit, implied, c.span)) {
    Finding f = make({c.id}, c.span,
                     head + " agrees with the " + stated->text + " the article states: " + how,
                     arithmetic + "; the stated " + stated->text + " (" +
                         show_range(interval_of(*stated), unit) + ") lies within it: consistent");
    f.severity = Severity::kPass;
    out.add(std::move(f));
    return;
  }
  out.add(make({c.id}, c.span, head + ": " + how, arithmetic + "; the article never states it"));
}

// The base a percentage of an amount implies: amount / percent. A note, or a pass when the
// article states a figure the base agrees with within rounding.
void note_base(const Claims& claims, const ClaimsByParagraph& nearby, const Figure& amount,
               const Figure& percent, ByteSpan span, FindingSink& out) {
  const Interval x = interval_of(*amount.q);
  const Interval p = interval_of(*percent.q).scaled(0.01);
  if (!(p.low > 0) || p.high > 1) return;
  const auto base = quotient(x, p);
  if (!base || !base->bounded()) return;
  const double point = amount.q->value / (percent.q->value / 100);
  const std::string unit = amount.q->unit;
  const std::string arithmetic = show(amount.q->value, unit) + " / " +
                                 format_percent(percent.q->value) + " = " + show(point, unit) +
                                 "; over the written precision " + show_range(x, unit) + " / " +
                                 format_range(p.scaled(100), "%") + " = " + show_range(*base, unit);
  if (const Quantity* stated = stated_figure(claims, nearby, *amount.claim, unit, *base, span)) {
    Finding f =
        make(ids_of(*amount.claim, *percent.claim), span,
             "implied base of about " + show(point, unit) + " agrees with the " + stated->text +
                 " the article states: " + amount.q->text + " being " + percent.q->text,
             arithmetic + "; the stated " + stated->text + " (" +
                 show_range(interval_of(*stated), unit) + ") lies within it: consistent");
    f.severity = Severity::kPass;
    out.add(std::move(f));
    return;
  }
  out.add(make(ids_of(*amount.claim, *percent.claim), span,
               "implied base of about " + show(point, unit) + ": " + amount.q->text + " being " +
                   percent.q->text,
               arithmetic + "; the article never states it"));
}

// Whether the words after an "of" and before a figure make the figure what something is of: only
// determiners, hedges and a possessive, at most four (lexicon class implied-base-word,
// hedges.tsv): "its", "the group's".
bool base_words(std::string_view after_of) {
  const std::string gap = lower(after_of);
  std::size_t words = 0;
  for (std::size_t at = 0; at < gap.size();) {
    const std::size_t end = std::min(gap.find(' ', at), gap.size());
    const std::string_view word = std::string_view(gap).substr(at, end - at);
    at = end + 1;
    if (word.empty()) continue;
    const bool possessive = word.ends_with("'s") || word.ends_with("\u2019s");
    if (++words > 4 ||
        !(possessive || lexicon::find("implied-base-word", word) || lexicon::find("hedge", word))) {
      return false;
    }
  }
  return true;
}

// Whether the words between two figures make the second what the first is of: "of", then
// base_words: "6% of its $400 million", "272 of the 1,240".
bool of_base(std::string_view between) {
  return between.size() >= 4 && lower(between.substr(0, 4)) == " of " &&
         base_words(between.substr(4));
}

// The whole an "of" names before a percentage and its amount, in the sentence: "Of its $400
// million budget, 12%, or $58 million, goes on salaries" (figures before index `pair` of `figs`,
// nearest first, in the amount's unit and larger than it).
const Figure* whole_named_before(std::string_view text, const ByteSpan& sentence,
                                 const std::vector<Figure>& figs, std::size_t pair,
                                 const Quantity& amount) {
  auto counts = [](std::string_view u) { return u.empty() || u == "count"; };
  for (std::size_t k = pair; k-- > 0;) {
    const Quantity& q = *figs[k].q;
    const bool same = q.unit == amount.unit || (counts(q.unit) && counts(amount.unit));
    if (!same || q.is_range || !(q.value > amount.value)) continue;
    const std::size_t from =
        q.span.begin > sentence.begin + 40 ? q.span.begin - 40 : sentence.begin;
    const std::string before = lower(slice(text, from, q.span.begin));
    for (std::size_t of = before.rfind("of "); of != std::string::npos;
         of = of == 0 ? std::string::npos : before.rfind("of ", of - 1)) {
      // "Of ..." opening the sentence or a clause: "One of the 300 firms, Acme, cut 12%, or 40
      // jobs" names what Acme is one of, not what the 12% is of.
      const std::size_t at = from + of;
      const bool opens =
          at == sentence.begin || (at >= sentence.begin + 2 && text.substr(at - 2, 2) == ", ");
      if (opens && base_words(std::string_view(before).substr(of + 3))) return &figs[k];
    }
    return nullptr;
  }
  return nullptr;
}

// Whether an amount is the whole a figure before it in the sentence is a part of ("272 of the
// 1,240"): any figure of the sentence's claims, change statements' values included.
bool whole_of_a_part(const Claims& claims, std::size_t sentence, const Quantity& whole) {
  for (const Claim& c : claims_in_sentence(claims, sentence)) {
    for (const Quantity& q : c.quantities) {
      if (q.span.end < whole.span.begin && is_amount(q) &&
          of_base(slice(claims.text, q.span.end, whole.span.begin))) {
        return true;
      }
    }
  }
  return false;
}

// The base stated right after a percentage's "of": in "$36 million, or 6% of its $400 million
// trading reserve" it is $400 million. Between "of" and the base only determiners, hedges and a
// possessive may stand (lexicon class implied-base-word, hedges.tsv): in "6% of revenue in the
// $400 million unit" the $400 million is not what the 6% is of.
const Figure* stated_base(std::string_view text, const std::vector<Figure>& figs, std::size_t pct,
                          const Quantity& amount) {
  if (pct + 1 >= figs.size()) return nullptr;
  const Figure& base = figs[pct + 1];
  auto counts = [](std::string_view u) { return u.empty() || u == "count"; };
  const bool same = base.q->unit == amount.unit || (counts(base.q->unit) && counts(amount.unit));
  if (!same || !(base.q->value > 0) || base.q->is_range) return nullptr;
  return of_base(slice(text, figs[pct].q->span.end, base.q->span.begin)) ? &base : nullptr;
  return &base;
}

// Whether the words between an amount and the percentage after it set the percentage beside the
// amount: a comma, then at most "or" and a hedge ("$36 million, or 6%", "$410 million in the
// quarter, about 5%"; lexicon class implied-apposed).
bool set_beside(std::string_view between) {
  const std::string b = lower(between);
  const std::size_t comma = b.rfind(", ");
  if (comma == std::string::npos || b.find_first_of("0123456789", comma) != std::string::npos) {
    return false;
  }
  std::string rest = b.substr(comma + 2);
  while (!rest.empty() && rest.back() == ' ') rest.pop_back();
  return rest.empty() || lexicon::find("implied-apposed", rest) || lexicon::find("hedge", rest);
}

// "$36 million, or 6% of its $400 million trading reserve": the amount over the base the article
// states beside the percentage must give the percentage. 36 / 400 = 9%, and 6% (5.5%..6.5%)
// would need a base of $554..$655 million: an error, as no reading of the written figures makes
// the three agree (hedges widen each figure first). A pass when they agree.
bool judge_base(const Figure& amount, const Figure& percent, const Figure& base, ByteSpan span,
                FindingSink& out) {
  const Interval x = interval_of(*amount.q);
  const Interval p = interval_of(*percent.q).scaled(0.01);
  const Interval b = interval_of(*base.q);
  if (!(p.low > 0) || p.high > 1 || !(b.low > 0) || !x.bounded() || !b.bounded()) return false;
  const auto implied = quotient(x, p);
  const auto share = quotient(x, b);
  if (!implied || !share) return false;
  const std::string unit = amount.q->unit;
  const double point = amount.q->value / base.q->value * 100;
  const std::string arithmetic = show(amount.q->value, unit) + " / " + show(base.q->value, unit) +
                                 " = " + format_percent(point) + " (" +
                                 format_range(share->scaled(100), "%") +
                                 " over the written precision); the stated " + percent.q->text +
                                 " allows " + format_range(p.scaled(100), "%") +
                                 ", which would make the base " + show_range(*implied, unit);
  std::vector<std::string> ids = {amount.claim->id};
  for (const Claim* c : {percent.claim, base.claim}) {
    if (std::find(ids.begin(), ids.end(), c->id) == ids.end()) ids.push_back(c->id);
  }
  Finding f = make(std::move(ids), span,
                   amount.q->text + " is " + format_percent(point) + " of the " + base.q->text +
                       " stated beside it, not " + percent.q->text,
                   arithmetic + ": inconsistent");
  f.severity = Severity::kError;
  const Interval stated_pct = p.scaled(100);
  const Fit how = fit(share->scaled(100), point, stated_pct);
  // Far from the stated percentage on the written figures, and saved only by reading a coarse
  // figure at the edge of its rounding ("$1 billion" as $0.5 billion): a warning.
  constexpr double kFar = 0.25;  // the written figures miss the percentage by a quarter of it
  const bool far = std::fabs(point - percent.q->value) > kFar * percent.q->value;
  if (how == Fit::kByRounding && far) {
    f.severity = Severity::kWarning;
    f.message = amount.q->text + " is " + format_percent(point) + " of the " + base.q->text +
                " stated beside it, not " + percent.q->text +
                ", unless the figures are read at "
                "the edges of their rounding";
    f.explanation = arithmetic + ": consistent only within rounding of " + base.q->text +
                    " as low as " + show(b.low, unit) + "; an editor should check the three";
  } else if (how != Fit::kInconsistent) {
    f.message = amount.q->text + " being " + percent.q->text + " of " + base.q->text +
                " agrees with the base stated beside it";
    f.explanation = arithmetic + "; the stated " + base.q->text + " (" + show_range(b, unit) +
                    ") lies within it: " + std::string(verdict(how));
    f.severity = Severity::kPass;
  }
  out.add(std::move(f));
  return true;
}

class ImpliedValueCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override { return kSummary; }
  CheckDoc doc() const override {
    return {
        .what =
            "Figures the article implies and never states, as notes for an editor to compare with "
            "what they know: the base of a percentage given with its amount (\"close 18 stores, or "
            "6% of its estate\" implies about 300 stores), and the starting value of a percent "
            "change given only with its end value, and its end value given only with its starting "
            "value (\"150 more than last year's 1,200\" gives 1,350). A base or end value that "
            "agrees with a figure stated in the same paragraph or the one before is a pass. A "
            "base stated right beside the percentage (\"$36 million, or 6% of its $400 million "
            "reserve\"), or named by an \"Of ...\" opening the sentence or a clause (\"Of its "
            "$250 million budget, 16%, or $52 million, goes on wages\"), must agree with the "
            "amount and the percentage: 36 / 400 = 9%, so 6% is an error; when only a coarse "
            "figure read at the edge of its rounding saves it "
            "(\"$40 million, or 8% of its $1 billion budget\"), a warning.",
        .leaves_alone =
            "A percentage and an amount the text does not tie together (a base after \"of\" "
            "only when nothing but a determiner or a hedge stands between); change statements "
            "that "
            "state both values, or an absolute change as well as a percent (difference and "
            "percent-change).",
        .passes = "The chain will close 18 stores in its estate this year.",
        .fails = "The bank lost $36 million on bonds, or 6% of its $400 million reserve."};
  }
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    const ClaimsByParagraph nearby(claims);
    for (std::size_t s = 0; s < claims.sentences.size(); ++s) {
      const std::vector<Figure> figs = figures_of(claims, s);
      if (pair_in_sentence(claims, nearby, s, figs, out)) continue;
      pair_with_previous(claims, nearby, s, figs, out);
    }
    starting_values(claims, nearby, out);
    ending_values(claims, nearby, out);
  }

 private:
  static bool pair_in_sentence(const Claims& claims, const ClaimsByParagraph& nearby, std::size_t s,
                               const std::vector<Figure>& figs, FindingSink& out) {
    const ByteSpan sentence = claims.sentences[s].span;
    for (std::size_t i = 0; i + 1 < figs.size(); ++i) {
      const Figure& a = figs[i];
      const Figure& b = figs[i + 1];
      const bool a_pct = a.q->unit == "%";
      const bool b_pct = b.q->unit == "%";
      if (a_pct == b_pct) continue;
      const Figure& pct = a_pct ? a : b;
      const Figure& amt = a_pct ? b : a;
      const std::string_view between = slice(claims.text, a.q->span.end, b.q->span.begin);
      // "18% of the 96 TWh generated, or about 21 TWh", "12% of its £96m budget, or £21m": the
      // base right after the percentage's "of", then the amount set beside it in the base's unit,
      // whatever the unit (a share in words is ratio-percent's).
      if (a_pct && !a.q->is_word && i + 2 < figs.size() && of_base(between) &&
          same_unit(figs[i + 2].q->unit, b.q->unit) && !b.q->is_range &&
          apposed(slice(claims.text, b.q->span.end, figs[i + 2].q->span.begin))) {
        ByteSpan span = hull(a.claim->span, figs[i + 2].claim->span);
        span.begin = std::max(span.begin, sentence.begin);
        span.end = std::min(span.end, sentence.end);
        if (judge_base(figs[i + 2], a, b, span, out)) return true;
      }
      if (!is_amount(*amt.q) || amt.q->value <= 0) continue;
      if (!a_pct && set_beside(between)) {
        const Figure* base = stated_base(claims.text, figs, i + 1, *amt.q);
        ByteSpan span = hull(a.claim->span, base ? base->claim->span : b.claim->span);
        span.begin = std::max(span.begin, sentence.begin);
        span.end = std::min(span.end, sentence.end);
        if (base && judge_base(amt, pct, *base, span, out)) return true;
      }
      const bool tied =
          apposed(between) || (a_pct && change_percent(*pct.q) && change_amount(*amt.q));
      if (!tied) continue;
      // "272 of the 1,240 in the control arm, or 21.9%": the percentage is the part over the
      // whole before it (ratio-percent judges that), not the whole's share of an unstated base.
      if (!a_pct && whole_of_a_part(claims, s, *amt.q)) return true;
      // "Of its $400 million budget, 12%, or $58 million, goes on salaries": the whole is stated
      // before the two, so they are judged against it.
      if (const Figure* base = whole_named_before(claims.text, sentence, figs, i, *amt.q)) {
        ByteSpan span = hull(base->claim->span, b.claim->span);
        span.begin = std::max(span.begin, sentence.begin);
        span.end = std::min(span.end, sentence.end);
        if (judge_base(amt, pct, *base, span, out)) return true;
      }
      ByteSpan span = hull(a.claim->span, b.claim->span);
      span.begin = std::max(span.begin, sentence.begin);
      span.end = std::min(span.end, sentence.end);
      note_base(claims, nearby, amt, pct, span, out);
      return true;
    }
    // "A 15 per cent cut in chemical costs, achieved with two partners, will save £9m a year":
    // the change percentage and the amount it saves may have other figures between them.
    for (std::size_t i = 0; i < figs.size(); ++i) {
      if (figs[i].q->unit != "%" || !change_percent(*figs[i].q)) continue;
      for (std::size_t j = i + 1; j < figs.size(); ++j) {
        const Figure& amt = figs[j];
        if (amt.q->unit == "%") break;  // another percentage may own the amount
        if (!is_amount(*amt.q) || amt.q->value <= 0 || amt.q->is_word) continue;
        if (!change_amount(*amt.q)) continue;
        ByteSpan span = hull(figs[i].claim->span, amt.claim->span);
        span.begin = std::max(span.begin, sentence.begin);
        span.end = std::min(span.end, sentence.end);
        note_base(claims, nearby, amt, figs[i], span, out);
        return true;
      }
    }
    return false;
  }

  // "... prompting a 15% cut in its GPU fleet. This contraction translates into roughly $45
  // million less spend": the last change percentage of the sentence before, same paragraph.
  static void pair_with_previous(const Claims& claims, const ClaimsByParagraph& nearby,
                                 std::size_t s, const std::vector<Figure>& figs, FindingSink& out) {
    if (s == 0 || claims.sentences[s - 1].paragraph != claims.sentences[s].paragraph) return;
    std::vector<const Figure*> amounts;
    for (const Figure& f : figs) {
      if (is_amount(*f.q) && f.q->value > 0 && change_amount(*f.q)) {
        amounts.push_back(&f);
      }
    }
    if (amounts.size() != 1) return;
    // The sentence opens with words pointing back: "This contraction", "The move" (Claim).
    if (!amounts.front()->claim->refers_back) return;
    if (std::any_of(figs.begin(), figs.end(), [](const Figure& f) { return f.q->unit == "%"; })) {
      return;  // a percentage of its own: the amount may belong to it
    }
    const std::vector<Figure> before = figures_of(claims, s - 1);
    const Figure* pct = nullptr;
    for (const Figure& f : before) {
      if (f.q->unit == "%" && change_percent(*f.q)) pct = &f;
    }
    if (!pct) return;
    note_base(claims, nearby, *amounts.front(), *pct, amounts.front()->claim->span, out);
  }

  // A figure in brackets right after the end value, in its unit: "$120 million ($98 million)",
  // "EUR 64.3 ( 57.2 ) million", "EUR 0.62 (2024: EUR 0.55)".
  static bool bracketed_prior(const Claims& claims, const Claim& c) {
    if (c.prior) return true;
    const Quantity& v = *c.new_value;
    std::string_view after = slice(claims.text, v.span.end, v.span.end + 24);
    const std::size_t skip = after.find_first_not_of(' ');
    if (skip == std::string_view::npos || after[skip] != '(') return false;
    const std::size_t open = v.span.end + skip;
    for (const Claim& o : claims_in_sentence(claims, c.sentence)) {
      for (const Quantity& q : o.quantities) {
        if (q.span.begin > open && q.span.begin <= open + 12 && same_unit(q.unit, v.unit)) {
          return true;
        }
      }
    }
    return false;
  }

  // The one figure of a change's unit in the sentence before, in the same paragraph, when the
  // change dates itself from it ("since", lexicon class implied-since) and the base it implies
  // does not agree: "Online sales came to £140 million two years ago. They have risen by 40%
  // since, to £210 million" implies £150 million, and 210 / 140 is +50%. A warning: the figure
  // before is the likely base, which only an editor can confirm. True when reported.
  static bool base_before(const Claims& claims, const Claim& c, const Quantity& change,
                          const Interval& implied, const std::string& arithmetic,
                          FindingSink& out) {
    if (c.sentence == 0) return false;
    const std::size_t s = c.sentence;
    if (claims.sentences[s - 1].paragraph != claims.sentences[s].paragraph) return false;
    if (!c.since) return false;
    // No other figure in the new value's unit in the change's own sentence.
    for (const Claim& o : claims_in_sentence(claims, s)) {
      if (&o == &c || o.kind == ClaimKind::kDate || o.kind == ClaimKind::kDuration) continue;
      for (const Quantity& q : o.quantities) {
        if (q.span != c.new_value->span && same_unit(q.unit, c.new_value->unit)) return false;
      }
    }
    const Quantity* base = nullptr;
    for (const Claim& o : claims_in_sentence(claims, s - 1)) {
      if (o.kind == ClaimKind::kDate || o.kind == ClaimKind::kDuration) continue;
      for (const Quantity& q : o.quantities) {
        if (!same_unit(q.unit, c.new_value->unit)) continue;
        // Two figures of the unit, or one belonging to a change: which is the base is unclear.
        if (base || o.quantities.size() != 1 || o.old_value || o.new_value) return false;
        base = &q;
      }
    }
    if (!base || !(base->value > 0) || interval_of(*base).overlaps(implied)) return false;
    const Interval b = interval_of(*base);
    const Interval n = interval_of(*c.new_value);
    const auto ratio = quotient(n, b);
    if (!ratio || !ratio->bounded()) return false;
    const Interval pct{(ratio->low - 1) * 100, (ratio->high - 1) * 100};
    const double point = (c.new_value->value / base->value - 1) * 100;
    const Interval stated = signed_change(interval_of(change), c.direction == Direction::kIncrease
                                                                   ? Direction::kIncrease
                                                                   : Direction::kDecrease);
    if (pct.overlaps(stated)) return false;
    Finding f = make(
        {c.id}, c.span,
        "reported " + std::string(change.text) + " change to " + std::string(c.new_value->text) +
            " does not fit the " + std::string(base->text) + " stated in the sentence before",
        arithmetic + ", which the article never states; the " + std::string(base->text) +
            " before it, the change's likely base (\"since\"), gives " +
            std::string(c.new_value->text) + " / " + std::string(base->text) + " = " +
            format_percent(point) + " (" + format_range(pct, "%") +
            " over the written precision) against " + format_range(stated, "%") +
            ": unless the base is another figure, which an editor must judge");
    f.severity = Severity::kWarning;
    out.add(std::move(f));
    return true;
  }

  // "rose 20% to $120 million": the starting value is $120 million / 1.20.
  static void starting_values(const Claims& claims, const ClaimsByParagraph& nearby,
                              FindingSink& out) {
    for (const Claim& c : claims.claims) {
      if (c.kind != ClaimKind::kPercentChange || !c.new_value || c.old_value) continue;
      if (bracketed_prior(claims, c)) continue;  // written, not implied
      if (c.direction == Direction::kNone || c.changes.size() != 1) continue;
      const Quantity& change = c.changes.front();
      if (change.unit != "%" || !is_amount(*c.new_value)) continue;
      const Interval p = interval_of(change).scaled(0.01);
      const Interval factor = c.direction == Direction::kIncrease ? Interval{1 + p.low, 1 + p.high}
                                                                  : Interval{1 - p.high, 1 - p.low};
      if (!(factor.low > 0)) continue;
      const auto old = quotient(interval_of(*c.new_value), factor);
      if (!old || !old->bounded()) continue;
      const double sign = c.direction == Direction::kIncrease ? 1 : -1;
      const double point = c.new_value->value / (1 + sign * change.value / 100);
      const std::string unit = c.new_value->unit;
      const std::string word = c.direction == Direction::kIncrease ? "up" : "down";
      const std::string how =
          word + " " + std::string(change.text) + " to " + std::string(c.new_value->text);
      const std::string arithmetic =
          show(c.new_value->value, unit) + " / (1 " + (sign > 0 ? "+ " : "\u2212 ") +
          format_number(change.value / 100) + ") = " + show(point, unit) +
          "; over the written precision " + show_range(*old, unit);
      // "put its cost at £64 million. The estimate has since risen by 50%, to £96 million".
      if (!stated_figure(claims, nearby, c, unit, *old, c.span) &&
          base_before(claims, c, change, *old, arithmetic, out)) {
        continue;
      }
      implied_point(claims, nearby, c, "starting", point, unit, *old, how, arithmetic, out);
    }
  }

  // "150 more than last year's 1,200": the end value is 1,350, "rose 12% from 3.6 million" ends
  // near 4.03 million. A pass when a figure stated nearby agrees (stated_figure), else a note.
  static void ending_values(const Claims& claims, const ClaimsByParagraph& nearby,
                            FindingSink& out) {
    for (const Claim& c : claims.claims) {
      if (c.kind != ClaimKind::kPercentChange && c.kind != ClaimKind::kDifference) continue;
      if (!c.old_value || c.new_value || c.forecast || c.changes.size() != 1) continue;
      if (c.direction == Direction::kNone || !is_amount(*c.old_value)) continue;
      const Quantity& old = *c.old_value;
      const Quantity& change = c.changes.front();
      const bool percent = change.unit == "%";
      if (!percent && !same_unit(change.unit, old.unit)) continue;
      const Interval o = interval_of(old);
      const Interval d = interval_of(change);
      if (!(o.low > 0) || !o.bounded() || !d.bounded()) continue;
      const double sign = c.direction == Direction::kIncrease ? 1 : -1;
      Interval end;
      double point = 0;
      if (percent) {
        const Interval p = d.scaled(0.01);
        const Interval f =
            sign > 0 ? Interval{1 + p.low, 1 + p.high} : Interval{1 - p.high, 1 - p.low};
        if (!(f.low > 0)) continue;
        end = {o.low * f.low, o.high * f.high};
        point = old.value * (1 + sign * change.value / 100);
      } else {
        end = sign > 0 ? Interval{o.low + d.low, o.high + d.high}
                       : Interval{o.low - d.high, o.high - d.low};
        point = old.value + sign * change.value;
      }
      if (!(end.low > 0)) continue;
      const std::string unit = old.unit;
      const std::string how = (sign > 0 ? "up " : "down ") + change.text + " from " + old.text;
      const std::string arithmetic =
          (percent ? show(old.value, unit) + " \u00d7 (1 " + (sign > 0 ? "+ " : "\u2212 ") +
                         format_number(change.value / 100) + ")"
                   : show(old.value, unit) + (sign > 0 ? " + " : " \u2212 ") +
                         show(change.value, unit)) +
          " = " + show(point, unit) + "; over the written precision " + show_range(end, unit);
      implied_point(claims, nearby, c, "end", point, unit, end, how, arithmetic, out);
    }
  }
};

}  // namespace

std::unique_ptr<const Check> make_implied_value() { return std::make_unique<ImpliedValueCheck>(); }

}  // namespace factcheck::checks
