// checker/checks/percentage_points.cpp
//
// Flags a change between two percentages that no rounding can produce when read as percentage
// points, and a stated percent that fits only as points.
//
// "gross margin decreased by 130 basis points to 38.7% from 40.0%": new − old lies in −1.4..−1.2
// points, and the stated 1.3 points (1.25..1.35) passes; "by 230 basis points" is an error.
// "margin rose from 10% to 12%, a 2% increase" fits as 2 points (1.5..2.5) but not as a percent
// change (+9.5%..+31.6% over 9.5..10.5 -> 11.5..12.5): an error, since as written (a percent
// change) no rounding makes it true, and the finding names both readings, the points the figure
// fits and the percent change it should have said. Had it said "a 20% increase", `percent-change`
// passes it and this check says nothing. The same holds for a comparison between two groups
// ("62% ... against 48% in the control arm, a 14% improvement": 14 points, or 29.2%), and for a
// percent the extractor leaves outside the comparison ("78% ..., against 71% at nearby Westport,
// a 7% better record": 7 points, or 9.9%).
//
// Deliberately left alone: a stated percent that fits as a percent change (`percent-change`'s
// pass) or fits neither way (`percent-change`'s error); points between values that are not both
// percentages.
#include <cmath>

#include "checker/checks/all.h"
#include "checker/checks/common.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "percentage-points";

Fit best_fit(const Interval& computed, double point, const Interval& magnitude,
             const std::vector<Direction>& directions, Direction* chosen) {
  Fit best = Fit::kInconsistent;
  *chosen = directions.front();
  for (Direction d : directions) {
    const Fit f = fit(computed, point, signed_change(magnitude, d));
    if (static_cast<int>(f) < static_cast<int>(best)) {
      best = f;
      *chosen = d;
    }
  }
  return best;
}

class PercentagePointsCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override {
    return "change between two percentages that does not add up as percentage points";
  }
  CheckDoc doc() const override {
    return {.what =
                "A change between two percentages stated in percentage or basis points, against "
                "the two percentages: \"decreased by 130 basis points to 38.7% from 40.0%\" passes "
                "(a fall of 1.2 to 1.4 points), 230 basis points is an error. A stated percent "
                "that fits only when read as points (\"from 10% to 12%, a 2% increase\") is a "
                "warning showing both readings, for the editor to say which was meant.",
            .leaves_alone =
                "A stated percent that fits as a percent change (percent-change passes it) or fits "
                "neither way (percent-change's error); points between values that are not both "
                "percentages.",
            .passes = "Gross margin decreased by 130 basis points to 38.7% from 40.0%.",
            .fails = "Gross margin decreased by 230 basis points to 38.7% from 40.0%."};
  }
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    for (const Claim& c : claims.claims) {
      if (!is_percent_value(c.old_value) || !is_percent_value(c.new_value)) continue;
      if (c.comparison && c.changes.empty()) {
        if (const Claim* gap = stated_gap(claims, c)) {
          // The comparison with its gap as the stated change; the comparative word judges
          // rather than measures, so both directions are read.
          Claim with_gap = c;
          with_gap.changes = {gap->quantities.front()};
          with_gap.direction = Direction::kNone;
          with_gap.span = {c.span.begin, std::max(c.span.end, gap->span.end)};
          if (with_gap.changes.front().unit == "pp") {
            check_points(claims, with_gap, with_gap.changes.front(), out);
          } else {
            check_percent(claims, with_gap, with_gap.changes.front(), out);
          }
        }
        continue;
      }
      for (const Quantity& change : c.changes) {
        const ChangeKind kind = change_kind(change, c);
        if (kind == ChangeKind::kPoints) check_points(claims, c, change, out);
        if (kind == ChangeKind::kPercent) check_percent(claims, c, change, out);
      }
    }
  }

 private:
  // "78% ..., against 71% at nearby Westport, a 7% better record": a percent right after a
  // comparison's values (past what the older belongs to), opened by ", a" and followed by a word
  // of lexicon class points-gap ("better", "advantage"), is the gap the comparison states. The
  // extractor reads it as a percent of its own; nullptr when there is none.
  static const Claim* stated_gap(const Claims& claims, const Claim& c) {
    const std::size_t values_end = std::max(c.old_value->span.end, c.new_value->span.end);
    // The claims starting after the values, within reach (claims are in text order).
    for (std::size_t k = first_claim_from(claims, values_end); k < claims.claims.size(); ++k) {
      const Claim& o = claims.claims[k];
      if (o.sentence != c.sentence || o.span.begin - values_end > 48) return nullptr;
      if (&o == &c || o.quantities.empty() || o.quantities.front().span.begin < values_end) {
        continue;
      }
      const Quantity& q = o.quantities.front();
      const bool percent = o.kind == ClaimKind::kPercent && q.unit == "%";
      const bool points = o.kind == ClaimKind::kPercentagePoints && q.unit == "pp";
      if (!(percent || points) || q.span.begin - values_end > 48) {
        return nullptr;
      }
      const std::string before = lower(claims.text.substr(values_end, q.span.begin - values_end));
      // After points the gap word follows the unit ("a 9 percentage point advantage").
      const std::size_t after = std::min(claims.text.size(), q.span.end + 1);
      const std::string next =
          lower(claims.text.substr(after, claims.text.find_first_of(" ,.;", after) - after));
      const std::string first = points ? next : o.counted.substr(0, o.counted.find(' '));
      if (!(before.ends_with(", a ") || before.ends_with(", an ")) ||
          !lexicon::find("points-gap", first)) {
        return nullptr;
      }
      return &o;
    }
    return nullptr;
  }

  static std::string points_formula(const Claim& c, double point, const Interval& computed) {
    return written(*c.new_value) + " \u2212 " + written(*c.old_value) + " = " +
           format_amount(point, "pp", true) + "; over the rounding intervals " +
           format_range(computed, "pp", true);
  }

  // A change stated in points: new − old.
  static void check_points(const Claims& claims, const Claim& c, const Quantity& change,
                           FindingSink& out) {
    const Interval old_v = interval_of(*c.old_value);
    const Interval new_v = interval_of(*c.new_value);
    const Interval computed = statement_difference(*c.old_value, *c.new_value);
    const double point = c.new_value->value - c.old_value->value;
    const Interval magnitude = interval_of(change);
    const auto directions = readings(c);
    Direction chosen = Direction::kNone;
    const Fit f = best_fit(computed, point, magnitude, directions, &chosen);
    const std::string formula = points_formula(c, point, computed);
    const std::string stated = "stated " + written(change) + " " +
                               std::string(direction_noun(chosen)) + " allows " +
                               format_range(signed_change(magnitude, chosen), "pp", true);
    if (f != Fit::kInconsistent) {
      out.add(make_finding(kId, Severity::kPass, c,
                           reported(change, c) + " follows from " + values_phrase(c) +
                               (f == Fit::kByRounding ? " only within rounding (" : " (") +
                               format_amount(point, "pp", true) +
                               (f == Fit::kByRounding ? " on the written figures)" : ")"),
                           formula + "; " + stated + ": " + std::string(verdict(f))));
      return;
    }
    if (value_in_range(claims, c)) return;  // ranges against ranges
    std::string slip;
    std::string slip_text;
    if (directions.size() == 1) {
      const Direction other =
          c.direction == Direction::kIncrease ? Direction::kDecrease : Direction::kIncrease;
      if (fit(computed, point, signed_change(magnitude, other)) == Fit::kConsistent) {
        slip = "direction reversed";
        slip_text = "the figure fits " + with_article(other) + ", so the direction is reversed";
      }
    }
    if (const auto pct = percent_change(old_v, new_v); slip.empty() && pct) {
      const double pct_point = point / c.old_value->value * 100;
      Direction d = Direction::kNone;
      if (best_fit(*pct, pct_point, magnitude, directions, &d) == Fit::kConsistent) {
        slip = "percent taken for percentage points";
        slip_text = "as a percent change it is " + format_percent(pct_point, true) +
                    ", which the stated figure fits: percent taken for percentage points";
      }
    }
    std::string explanation = formula + "; " + stated + ": inconsistent";
    if (!slip_text.empty()) explanation += "; " + slip_text;
    out.add(make_finding(kId, Severity::kError, c,
                         reported(change, c) + " does not follow from " + values_phrase(c) + " (" +
                             format_range(computed, "pp", true) + " allowing for rounding)",
                         std::move(explanation), std::move(slip)));
  }

  // A change stated in percent between two percentages: an error when it fits only as points.
  static void check_percent(const Claims& claims, const Claim& c, const Quantity& change,
                            FindingSink& out) {
    const Interval magnitude = interval_of(change);
    const auto directions = readings(c);
    Direction d = Direction::kNone;
    const auto pct = statement_percent_change(*c.old_value, *c.new_value);
    const double pct_point = c.old_value->value > 0 ? (c.new_value->value - c.old_value->value) /
                                                          c.old_value->value * 100
                                                    : 0;
    if (pct && best_fit(*pct, pct_point, magnitude, directions, &d) != Fit::kInconsistent) {
      return;  // a percent change: percent-change passes it
    }
    const Interval points = statement_difference(*c.old_value, *c.new_value);
    const double point = c.new_value->value - c.old_value->value;
    if (best_fit(points, point, magnitude, directions, &d) == Fit::kInconsistent) return;
    if (value_in_range(claims, c)) return;  // ranges against ranges
    std::string explanation = points_formula(c, point, points) + ", which " + written(change) +
                              " fits only read as points" +
                              shared_hedge_note(*c.old_value, *c.new_value);
    if (pct) {
      explanation += "; as a percent change (" + written(*c.new_value) + " \u2212 " +
                     written(*c.old_value) + ") / " + written(*c.old_value) + " = " +
                     format_percent(pct_point, true) + ", " + format_range(*pct, "%", true) +
                     " over the rounding intervals, which " + written(change) +
                     " does not fit: inconsistent as written; say \"percentage points\" or give "
                     "the percent change";
    }
    out.add(
        make_finding(kId, Severity::kError, c,
                     reported(change, c) + " for " + values_phrase(c) + " is " +
                         format_amount(std::fabs(point), "pp") + " read as points" +
                         (pct ? ", but " + format_percent(pct_point, true) + " as a percent change"
                              : std::string(", not a percent change")),
                     std::move(explanation), "percentage points taken for percent"));
  }
};

}  // namespace

std::unique_ptr<const Check> make_percentage_points() {
  return std::make_unique<PercentagePointsCheck>();
}

}  // namespace factcheck::checks
