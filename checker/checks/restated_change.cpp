// checker/checks/restated_change.cpp
//
// One change told in two places: the same change stated twice with different sizes, and a
// statement's change restated in the next sentence.
//
// 1. Two change statements of the same metric (Claim::metric, the same words once "the" and
//    "its" are dropped) and direction, each stating its size only as a percent or a multiple and
//    giving no old value: "bookings tripled" ... later "bookings rose 300% to 2,460". A multiple is
//    a ratio, so tripled is [2.5, 3.5]x, a rise of +150% to +250%; 300% allows 299.5% to 300.5%.
//    Only a multiple against a percent is compared: two percents of one metric in an article are,
//    on real copy, nearly always two periods or segments. The later name may be the last words of
//    the first ("mortgage approvals" ... "approvals"). Sizes that share a value pass; sizes that
//    share none are a warning only when the percent is the multiple read as a percent increase
//    (tripled is +200%, not +300%) or when the two are near (as ratios of change, within 1.25 of
//    each other: "halved" is 0.4..0.667, "fell 30%" 0.7), since the two may still describe
//    different periods, which only an editor can judge. Sentences that name different years are
//    left alone.
// 2. A statement with values ("rose to $635 million from $402 million") and, opening the next
//    sentence, a change that points back at it with no values of its own ("This $233 million or
//    58% gain came mainly from ..."): each figure of the second is judged against
//    the first one's values, an amount against new − old and a percent against the percent
//    change, over the written precision (checker/interval.h). The first sentence must hold one
//    statement with values only, so the reference is certain, and a mismatch is an error.
// Left alone: statements that are forecasts or comparisons, metrics that name nothing ("it"),
// and restatements whose figures are of another unit than the values.
#include <algorithm>
#include <set>
#include <string>

#include "checker/checks/all.h"
#include "checker/checks/common.h"
#include "checker/interval.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "restated-change";
constexpr std::string_view kSummary =
    "one change told in two places: the same change stated twice with different sizes, and a "
    "statement's change restated in the next sentence";

// Words that point back at the statement before rather than name a metric.
bool points_back(std::string_view metric) {
  return lexicon::find("restated-back", lower(metric)) != nullptr;
}

// A metric's words for comparison: lower case, without a leading article or possessive.
std::string normal_metric(std::string_view metric) {
  std::string m = lower(metric);
  for (std::string_view lead : {"the ", "its ", "their ", "our ", "his ", "her "}) {
    if (m.starts_with(lead)) m.erase(0, lead.size());
  }
  while (!m.empty() && m.back() == ' ') m.pop_back();
  return m;
}

// A metric without the time phrase that leads it: "over the same five years freight bookings"
// is "freight bookings", the words after the last date or duration of its sentence inside it.
std::string after_time(const Claims& claims, const Claim& c, std::string m) {
  for (const Claim& t : claims_in_sentence(claims, c.sentence)) {
    if (t.kind != ClaimKind::kDate && t.kind != ClaimKind::kDuration) continue;
    const std::string time = lower(claims.text.substr(t.span.begin, t.span.size()));
    const std::size_t at = m.find(time);
    if (at == std::string::npos || at + time.size() + 1 >= m.size() || m[at + time.size()] != ' ') {
      continue;
    }
    m.erase(0, at + time.size() + 1);
  }
  return m;
}

// A metric that names something: at least one word of three letters or more, not a pronoun.
bool names_something(const std::string& m) {
  return m.size() >= 3 && lexicon::find("restated-empty", m) == nullptr;
}

// The years the dates of a sentence name.
std::set<int> years_of(const Claims& claims, std::size_t sentence) {
  std::set<int> out;
  for (const Claim& c : claims_in_sentence(claims, sentence)) {
    if (c.kind == ClaimKind::kDate && c.year != 0) out.insert(c.year);
  }
  return out;
}

// A statement's size as a relative change in percent, or nullopt when it states none that is a
// percent or a multiple. `how` gets the figure as the article writes it.
std::optional<Interval> relative_size(const Claim& c, const Quantity** how) {
  // A level reached ("rose 300% to 2,460") leaves the size the only measure of the change; an
  // old value makes it percent-change's.
  if (c.changes.size() != 1 || c.old_value) return std::nullopt;
  const Quantity& q = c.changes.front();
  *how = &q;
  if (q.unit == "%") return signed_change(interval_of(q), c.direction);
  if (q.unit == "x") {
    const Interval r = multiplier_allowed(q, c.direction);
    return Interval{(r.low - 1) * 100, (r.high - 1) * 100};
  }
  return std::nullopt;
}

// One metric named twice, the second time perhaps shorter: "mortgage approvals" ... later
// "approvals" (the later name is the last words of the first, whole words), not "online sales"
// ... "sales" the other way round, which may be a wider metric.
// A plural and its singular are one name: "average home crowds" ... "the average home crowd".
bool same_metric(std::string first, std::string later) {
  if (first.size() > 3 && first.back() == 's' && first.substr(0, first.size() - 1) == later) {
    return true;
  }
  if (later.size() > 3 && later.back() == 's' && later.substr(0, later.size() - 1) == first) {
    return true;
  }
  return first == later || (first.size() > later.size() + 1 && first.ends_with(" " + later));
}

// How far apart two sizes are as ratios of change (1 + size / 100), nearest ends, the larger over
// the smaller: "halved" (0.4..0.667) against "fell 30%" (0.695..0.705) is 1.04 apart.
double apart(const Interval& a, const Interval& b) {
  const Interval ra{1 + a.low / 100, 1 + a.high / 100};
  const Interval rb{1 + b.low / 100, 1 + b.high / 100};
  if (!(ra.low > 0) || !(rb.low > 0)) return 0;
  return ra.high < rb.low ? rb.low / ra.high : rb.high < ra.low ? ra.low / rb.high : 1;
}

class RestatedChangeCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override { return kSummary; }
  CheckDoc doc() const override {
    return {.what =
                "A change told twice: the same metric's change stated once as a multiple and once "
                "as a percent (\"bookings tripled\" is +200%, not +300%), and a change restated "
                "in the next sentence (\"This $233 million or 58% gain ...\") against the values "
                "of the statement before it.",
            .leaves_alone =
                "Two percents of one metric (usually two periods or segments); forecasts and "
                "comparisons; sentences naming different years; restatements in another unit.",
            .passes =
                "Net sales rose to $635 million from $402 million. This $233 million or 58% "
                "gain came mainly from new stores.",
            .fails =
                "Net sales rose to $635 million from $402 million. This $233 million or 68% "
                "gain came mainly from new stores."};
  }
  // A restatement that misstates its own sentence's values is an error; the rest are warnings.
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    stated_twice(claims, out);
    restated_next(claims, out);
    percent_then_amounts(claims, out);
  }

 private:
  static bool judged_statement(const Claim& c) {
    return (c.kind == ClaimKind::kPercentChange || c.kind == ClaimKind::kMultiple ||
            c.kind == ClaimKind::kDifference) &&
           !c.forecast && !c.comparison && c.direction != Direction::kNone;
  }

  // "bookings tripled" ... "bookings rose 300%".
  static void stated_twice(const Claims& claims, FindingSink& out) {
    struct Sized {
      const Claim* claim;
      const Quantity* q;
      Interval size;
      std::string metric;
    };
    std::vector<Sized> sized;
    for (const Claim& c : claims.claims) {
      if (!judged_statement(c)) continue;
      const Quantity* q = nullptr;
      const auto size = relative_size(c, &q);
      if (!size) continue;
      std::string m = normal_metric(after_time(claims, c, lower(c.metric)));
      if (!names_something(m)) continue;
      sized.push_back({&c, q, *size, std::move(m)});
    }
    // Each statement meets the kWindow before it, so a long document stays linear.
    constexpr std::size_t kWindow = 50;
    for (std::size_t j = 0; j < sized.size(); ++j) {
      for (std::size_t i = j > kWindow ? j - kWindow : 0; i < j; ++i) {
        const Sized& a = sized[i];
        const Sized& b = sized[j];
        if (a.claim->sentence == b.claim->sentence || !same_metric(a.metric, b.metric)) continue;
        if (a.claim->direction != b.claim->direction) continue;
        // A multiple against a percent: two percents or two multiples of one metric in an
        // article are, on real copy, nearly always two periods or two segments.
        if (a.q->unit == b.q->unit) continue;
        const std::set<int> ya = years_of(claims, a.claim->sentence);
        const std::set<int> yb = years_of(claims, b.claim->sentence);
        if (!ya.empty() && !yb.empty() && ya != yb) continue;
        judge_twice(a.claim, *a.q, a.size, b.claim, *b.q, b.size, a.metric, out);
        break;  // one finding per later statement
      }
    }
  }

  static void judge_twice(const Claim* a, const Quantity& qa, const Interval& sa, const Claim* b,
                          const Quantity& qb, const Interval& sb, const std::string& metric,
                          FindingSink& out) {
    // "rose 300%", or "tripled" alone when the figure is its own direction word.
    auto told = [](const Claim* c, const Quantity& q) {
      const bool same = c->direction_word.empty() || lower(q.text) == lower(c->direction_word);
      return "\"" + (same ? q.text : c->direction_word + " " + q.text) + "\"";
    };
    const std::string first = told(a, qa);
    const std::string second = told(b, qb);
    // "tripled" (a ratio of 2.5x to 3.5x) allows +150.0% to +250.0%.
    auto allows = [](const std::string& told, const Quantity& q, const Interval& s) {
      const Interval r = s.scaled(0.01) + Interval{1, 1};
      return told + (q.unit == "x" ? " (a ratio of " + format_range(r, "x") + ")" : "") +
             " allows " + format_range(s, "%");
    };
    const std::string arithmetic = "both state the change in " + metric + ": " +
                                   allows(first, qa, sa) + ", " + allows(second, qb, sb);
    const std::vector<std::string> ids{a->id, b->id};
    if (sa.overlaps(sb)) {
      out.add(make_finding(kId, Severity::kPass, ids, b->span,
                           "the change in " + metric + " is stated consistently in two places",
                           arithmetic + ": consistent"));
      return;
    }
    // A multiple read as a percent increase: "tripled" written as "rose 300%"; or sizes near
    // each other that still share no value ("halved" ... "fell 30%", ratios 1.04 apart), which
    // one change misdescribed explains. Sizes far apart ("doubled" ... "rose 1.2%") are more
    // likely two periods than one slip.
    const Quantity& multiple = qa.unit == "x" ? qa : qb;
    const Quantity& percent = qa.unit == "x" ? qb : qa;
    const bool read_as_percent =
        a->direction == Direction::kIncrease && multiplier_allowed(multiple, Direction::kIncrease)
                                                    .scaled(100)
                                                    .overlaps(interval_of(percent));
    constexpr double kNear = 1.25;  // ratios of change this close: one change, told twice
    if (!read_as_percent && apart(sa, sb) > kNear) return;
    const std::string slip =
        read_as_percent
            ? "a multiple read as a percent increase: " + multiple.text + " is a rise of " +
                  format_percent((multiple.value - 1) * 100) + ", not " + percent.text
            : std::string();
    out.add(make_finding(
        kId, Severity::kWarning, ids, b->span,
        "the change in " + metric + " is stated as " + second + " here and " + first + " earlier",
        arithmetic + ": the two share no value; unless they describe different periods "
                     "or scopes, one of them is wrong",
        slip));
  }

  // A thing the later statement may call what the opening line named: "Copper slid 9%" ...
  // "The metal lost $410". Words that name a kind of thing, not which one.
  // The first name after a phrase set off by a comma is the same name: "On the London Metal
  // Exchange, copper" is the "Copper" of the opening line ("online sales" is not "sales").
  static bool refers_back(const std::string& later, const std::string& first) {
    if (later == first || lexicon::find("restated-kind", later) != nullptr) return true;
    return later.size() > first.size() + 2 && later.ends_with(", " + first);
  }

  // "Copper slid 9% this week." ... "The metal lost $410 to close at $8,950 a tonne.": a
  // percent stated with no values, then within a few sentences the same change as an amount and
  // the value it ended at. The amount and the end value give the start (8,950 + 410) and so the
  // percent (410 / 9,360 = 4.4%). A warning: the two may be different days or measures. A count
  // may stand for the amount when the later statement names the metric by the last words of the
  // first ("Kestrel Bay Airport passengers climb 12%" ... "Passengers grew by 410,000"). The
  // percent may state the value it reached when the later statement reaches the same one:
  // "Average crowds rose 9% to 7,480" ... "The average crowd grew by 880 to 7,480" (13.3%).
  static void percent_then_amounts(const Claims& claims, FindingSink& out) {
    constexpr std::size_t kSentences = 4;  // how far on the amounts may come
    for (std::size_t i = 0; i < claims.claims.size(); ++i) {
      const Claim& a = claims.claims[i];
      if (!judged_statement(a) || a.old_value || a.changes.size() != 1 ||
          a.changes.front().unit != "%") {
        continue;
      }
      const std::string metric = normal_metric(a.metric);
      if (!names_something(metric)) continue;
      for (std::size_t j = i + 1; j < claims.claims.size(); ++j) {
        const Claim& b = claims.claims[j];
        if (b.sentence > a.sentence + kSentences) break;
        if (b.sentence == a.sentence || !judged_statement(b) || b.direction != a.direction) {
          continue;
        }
        if (!b.new_value || b.old_value || b.changes.size() != 1) continue;
        // A percent told with the value it reached is the same change only when the later
        // statement reaches the same value ("rose 9% to 7,480" ... "grew by 880 to 7,480").
        if (a.new_value && (a.new_value->unit != b.new_value->unit ||
                            !interval_of(*a.new_value).overlaps(interval_of(*b.new_value)))) {
          continue;
        }
        const Quantity& amount = b.changes.front();
        // Money, or a count of the metric the percent counts ("Passengers grew by 410,000 to 3.41
        // million" after "Airport passengers climb 12%").
        auto count_like = [](const Quantity& q) { return q.unit.empty() || q.unit == "count"; };
        const bool money = amount.unit == b.new_value->unit && is_currency(amount.unit);
        const bool counts = count_like(amount) && count_like(*b.new_value);
        if (!money && !counts) continue;
        const std::string later = normal_metric(b.metric);
        if (!refers_back(later, metric) && !(counts && same_metric(metric, later))) continue;
        // The start: the end value less the signed change.
        const Interval end_v = interval_of(*b.new_value);
        const Interval change = signed_change(interval_of(amount), b.direction);
        const Interval start = end_v - change;
        const auto computed = percent_change(start, end_v);
        if (!computed) break;
        const Interval stated = signed_change(interval_of(a.changes.front()), a.direction);
        const double start_point =
            b.new_value->value - (b.direction == Direction::kDecrease ? -1 : 1) * amount.value;
        const std::string arithmetic =
            "the later statement's " + written(amount) + " " +
            std::string(direction_noun(b.direction)) + " to " + written(*b.new_value) +
            " starts from " + format_amount(start_point, amount.unit) + ", a change of " +
            format_percent((b.new_value->value - start_point) / start_point * 100, true) + " (" +
            format_range(*computed, "%") + " over the written precision); the opening " +
            written(a.changes.front()) + " allows " + format_range(stated, "%");
        const std::vector<std::string> ids{a.id, b.id};
        if (computed->overlaps(stated)) {
          out.add(make_finding(
              kId, Severity::kPass, ids, b.span,
              "the amounts here fit the " + written(a.changes.front()) + " change stated earlier",
              arithmetic + ": consistent"));
        } else {
          out.add(make_finding(
              kId, Severity::kWarning, ids, b.span,
              "the amounts here give a change of " +
                  format_percent((b.new_value->value - start_point) / start_point * 100, true) +
                  ", not the " + written(a.changes.front()) + " stated earlier",
              arithmetic + ": they share no value; unless the two describe different periods "
                           "or measures, one of them is wrong"));
        }
        break;
      }
    }
  }

  // "Revenue rose to $635 million from $402 million. This $233 million or 58% gain ...".
  static void restated_next(const Claims& claims, FindingSink& out) {
    for (const Claim& b : claims.claims) {
      if (!judged_statement(b) || !points_back(b.metric) || b.sentence == 0) continue;
      if (b.old_value && b.new_value) continue;
      // The sentence before, in this paragraph or closing the one before: news copy often gives
      // a sentence a paragraph of its own.
      const std::size_t prev = b.sentence - 1;
      // The one statement with values in the sentence before.
      const Claim* a = nullptr;
      int with_values = 0;
      for (const Claim& c : claims_in_sentence(claims, prev)) {
        if (judged_statement(c) && has_both_values(c)) {
          a = &c;
          ++with_values;
        }
      }
      if (with_values != 1) continue;
      // The restating statement opens its sentence: only a few words before it.
      if (b.span.begin > claims.sentences[b.sentence].span.begin + 24) continue;
      judge_next(*a, b, out);
    }
  }

  static void judge_next(const Claim& a, const Claim& b, FindingSink& out) {
    const Interval old_v = interval_of(*a.old_value);
    const Interval new_v = interval_of(*a.new_value);
    const std::string unit = a.new_value->unit;
    std::string arithmetic;
    bool judged = false, wrong = false;
    std::string wrong_text;
    for (const Quantity& q : b.quantities) {
      std::optional<Interval> computed;
      std::string what;
      if (q.unit == "%") {
        computed = percent_change(old_v, new_v);
        what = "(" + written(*a.new_value) + " \u2212 " + written(*a.old_value) + ") / " +
               written(*a.old_value) + " = " +
               format_percent((a.new_value->value - a.old_value->value) / a.old_value->value * 100,
                              true);
      } else if (q.unit == unit && is_currency(unit)) {
        computed = difference(old_v, new_v);
        what = written(*a.new_value) + " \u2212 " + written(*a.old_value) + " = " +
               format_amount(a.new_value->value - a.old_value->value, unit);
      }
      if (!computed) continue;
      judged = true;
      const Interval stated = signed_change(interval_of(q), b.direction);
      const bool fits = computed->overlaps(stated);
      arithmetic += (arithmetic.empty() ? "" : "; ") + what + " (" +
                    format_range(*computed, q.unit == "%" ? "%" : unit) + "), stated " + q.text +
                    " allows " + format_range(stated, q.unit == "%" ? "%" : unit) +
                    (fits ? ": consistent" : ": inconsistent");
      if (!fits) {
        wrong = true;
        wrong_text += (wrong_text.empty() ? "" : " and ") + q.text;
      }
    }
    if (!judged) return;
    const std::string source = values_phrase(a);
    const std::vector<std::string> ids{a.id, b.id};
    if (!wrong) {
      out.add(make_finding(kId, Severity::kPass, ids, b.span,
                           "the change restated here follows from " + source,
                           "the statement points back at the sentence before, whose one "
                           "statement with values is " +
                               source + "; " + arithmetic));
      return;
    }
    out.add(
        make_finding(kId, Severity::kError, ids, b.span,
                     "the change restated here (" + wrong_text + ") does not follow from " + source,
                     "the statement points back at the sentence before, whose one statement "
                     "with values is " +
                         source + "; " + arithmetic));
  }
};

}  // namespace

std::unique_ptr<const Check> make_restated_change() {
  return std::make_unique<RestatedChangeCheck>();
}

}  // namespace factcheck::checks
