// Interval arithmetic for the checks: every figure stands for the interval of values that round
// to it, and a statement is an error only when no values inside those intervals make it true.
//
// The rule, with a worked example ("market value fell from $2.4 billion to $1.5 billion, a 38%
// erosion"):
//
//   1. Each written figure is an interval at its written precision, as the extractor computed it
//      (Quantity::low/high): $2.4 billion is [2.35, 2.45] bn, $1.5 billion [1.45, 1.55] bn.
//   2. The quantity a stated change describes is computed over every value inside those intervals;
//      the extremes sit at the corners. Percent: (new − old) / old × 100, only when old > 0, here
//      (1.45 − 2.45) / 2.45 = −40.8% to (1.55 − 2.35) / 2.35 = −34.0% (−37.5% on the written
//      figures). Points and difference: new − old. Multiplier: new / old.
//   3. The stated change is an interval at its own precision, signed by the direction word:
//      "38% erosion" allows [−38.5, −37.5]%. Multiplier words count as whole numbers: doubled
//      allows a ratio in [1.5, 2.5], tripled [2.5, 3.5]; halved reads the divisor 2 as [1.5, 2.5],
//      so the ratio lies in [0.4, 0.667].
//   4. Hedges widen the stated interval (the extractor applies them to Quantity::low/high; see
//      apply_hedge for the same rule on intervals computed here): about/roughly ±10% of the figure
//      at both ends; nearly/almost the low end 10% lower; more than/at least no upper bound; less
//      than/up to down to zero.
//   5. Consistent when the two intervals overlap (touching ends count): here [−40.8, −34.0] and
//      [−38.5, −37.5] overlap, so the statement passes. Had the article said "a 45% erosion"
//      ([−45.5, −44.5]), no values would make it true: an error.
//
//   6. Hedges on both values of one statement share one estimate. "approximately $8.4 million ...
//      compared with approximately $6.1 million, an increase of 68%": widened independently by
//      ±10% each, the values would allow +11.1% to +70.8%, so a 30-point gap would pass because
//      two widenings add up. A writer who hedges both ends of one comparison is rounding both the
//      same way, from one source, so the hedge widens the relation between them once, not each end
//      on its own: the ratio is computed at written precision ([8.35, 8.45] / [6.05, 6.15] =
//      1.358 to 1.397) and then widened by 10% of the ratio on the written figures (1.377 ± 0.138:
//      1.220 to 1.534), so +22.0% to +53.4%. A stated 68% is an error; 53% ([52.5, 53.5]) passes
//      and 54% ([53.5, 54.5]) does not. A difference is widened once by 10% of the larger value
//      ("about 8.4 ... about 6.1": 2.3 ± 0.1 at written precision, then ± 0.84). The rule applies
//      when both values carry "about"-type hedges (Hedge::kAbout); one hedged value, or an
//      open-ended hedge ("more than"), keeps that value's own interval (rule 4).
//
// A statement consistent only because of rounding (the figure computed from the written values
// falls outside the stated figure's own interval, as $639m to $1.13bn is +76.8% against a stated
// 76%) still passes; Fit::kByRounding lets the explanation say so.
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "extractor/extractor.h"

namespace factcheck {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// A closed interval of real numbers; either end may be infinite.
struct Interval {
  double low = 0;
  double high = 0;

  static Interval point(double v) { return {v, v}; }
  static Interval everything() { return {-kInfinity, kInfinity}; }

  bool contains(double v) const { return low <= v && v <= high; }
  /// Closed intervals: [1, 2] and [2, 3] overlap.
  bool overlaps(const Interval& o) const { return low <= o.high && o.low <= high; }
  bool bounded() const { return low > -kInfinity && high < kInfinity; }
  double mid() const { return (low + high) / 2; }
  Interval negated() const { return {-high, -low}; }
  /// The smallest interval holding both.
  Interval hull(const Interval& o) const;
  Interval scaled(double k) const;  // k may be negative
  friend bool operator==(const Interval&, const Interval&) = default;
};

Interval operator+(const Interval& a, const Interval& b);
Interval operator-(const Interval& a, const Interval& b);

/// The interval a figure stands for: its written precision and hedge, [q.low, q.high].
Interval interval_of(const Quantity& q);

/// Widens an interval for a hedge on a figure: kAbout ±10% of the figure at both ends, kNearly
/// the low end 10% lower, kMoreThan no upper bound, kLessThan down to zero.
Interval apply_hedge(Interval precision, Hedge hedge, double figure);

/// A stated change's magnitude signed by its direction: "fall 15%" [14.5, 15.5] -> [−15.5, −14.5].
/// With Direction::kNone the magnitude is returned unsigned.
Interval signed_change(const Interval& magnitude, Direction direction);

// Change computations over intervals; each is exact at the corners because each function is
// monotone in each argument on the domain where it is defined.

/// (new − old) / old × 100; nullopt unless old > 0 everywhere.
std::optional<Interval> percent_change(const Interval& old_value, const Interval& new_value);
/// (new − old) / new × 100: the change computed against the wrong base; nullopt unless new > 0.
std::optional<Interval> percent_of_new(const Interval& old_value, const Interval& new_value);
/// new − old.
Interval difference(const Interval& old_value, const Interval& new_value);
/// new / old; nullopt unless old > 0 and new ≥ 0 everywhere.
std::optional<Interval> ratio(const Interval& old_value, const Interval& new_value);
/// a / b for b > 0 everywhere and a of any sign; nullopt otherwise.
std::optional<Interval> quotient(const Interval& a, const Interval& b);

/// A figure's interval at its written precision, without its hedge: for Hedge::kAbout the ±10%
/// widening of rule 4 taken off again; other hedges are kept.
Interval unhedged(const Quantity& q);

/// Both values of one statement hedged with "about" (rule 6): their hedges share one estimate.
bool shares_hedge(const Quantity& old_value, const Quantity& new_value);

/// new / old over the statement's two values, by rule 6 when both are hedged (see shares_hedge),
/// else over each value's own interval; nullopt unless old > 0 everywhere.
std::optional<Interval> statement_ratio(const Quantity& old_value, const Quantity& new_value);
/// (new − old) / old × 100 over the statement's two values, by rule 6 when both are hedged.
std::optional<Interval> statement_percent_change(const Quantity& old_value,
                                                 const Quantity& new_value);
/// new − old over the statement's two values, by rule 6 when both are hedged.
Interval statement_difference(const Quantity& old_value, const Quantity& new_value);

/// The ratio new / old a stated multiplier allows (unit "x"). Whole multipliers, in words or
/// not, count as whole numbers: "doubled", "2x" [1.5, 2.5]; a fraction word is a divisor:
/// "halved" [1/2.5, 1/1.5] = [0.4, 0.667]; decimals and ranges ("2.5x", "3-4x") keep the
/// extractor's interval. The hedge is applied; with Direction::kDecrease a factor above 1
/// ("fell three times", "a three-fold drop") is read as its reciprocal.
Interval multiplier_allowed(const Quantity& q, Direction direction);

/// The ratio a plain multiple names, with room of a tenth: below a multiple above 1, a tenth of
/// the rise it names ("doubled" names +100%, so [1.9, 2.2]; "tripled" [2.8, 3.3]), else a tenth of
/// the ratio ("halved" [0.45, 0.55], "fell three-fold" [0.3, 0.367]); "more than doubled" at
/// least 1.9, "more than halved" at most 0.55. Nullopt for other hedges ("nearly doubled" keeps the
/// room of multiplier_allowed), decimal and range multiples. A ratio inside multiplier_allowed but
/// outside this is no error, yet the word overstates or understates it: "doubled" for 1.55x.
struct NamedMultiple {
  double target = 0;  // the ratio the word names: 2 for "doubled", 0.5 for "halved"
  Interval within;    // the room around it before the word overstates or understates
};
std::optional<NamedMultiple> multiplier_named(const Quantity& q, Direction direction);

/// How a computed interval relates to a stated one.
enum class Fit {
  kConsistent,    // overlap, and the figure from the written values is inside the stated interval
  kByRounding,    // overlap only thanks to rounding of the written figures
  kInconsistent,  // disjoint: no values within the written precision make it true
};

/// Compares the interval computed from the figures (and its value on the written figures) with
/// the interval the statement allows.
Fit fit(const Interval& computed, double computed_point, const Interval& allowed);

// Formatting for messages and explanations: "45.2%", "$2.4 billion", "+22.2% to +27.8%".
// Negative numbers use U+2212, ranges U+2013.

/// A number with enough decimals to show three significant digits (at least one decimal, at most
/// six), trailing zeros kept: 45.2, 0.00857, 776.8.
std::string format_number(double v);
/// A number with a sign always shown ("+22.2", "−37.5"); zero unsigned.
std::string format_signed(double v);
/// A percent: "45.2%" or, with sign, "+45.2%".
std::string format_percent(double v, bool with_sign = false);
/// An amount in a unit: "$2.4 billion", "£600.0 million", "EUR 15.3 million", "1.3 pp",
/// "2.0x", "1,234.5 points". Money is shown with a scale word from a million up.
std::string format_amount(double v, std::string_view unit, bool with_sign = false);
/// "low–high" in a unit, "+22.2% to +27.8%" style: "{low} to {high}" with signs when asked;
/// an infinite end reads "no upper bound"/"no lower bound" ("at least 5.0%").
std::string format_range(const Interval& i, std::string_view unit, bool with_sign = false);

}  // namespace factcheck
