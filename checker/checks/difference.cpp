// checker/checks/difference.cpp
//
// Flags a stated absolute change that no rounding of the old and new values can produce.
//
// "increased $307 million to $2.3 billion from $2.0 billion": new − old lies in $0.2..$0.4
// billion at written precision, so the $306.5..$307.5 million stated passes, and says it holds
// only within rounding ($300 million on the written figures); "increased $507 million" is an
// error. A change from a loss is signed: "increased $14.9 million to $3.1 million from a loss of
// $11.8 million" is +$14.9 million. When it fails, the finding names the slip that explains the
// figure exactly, if one does: the direction reversed, or millions taken for billions.
//
// Deliberately left alone: the one-value form ("increased $54 million, or 6%, to $900 million"),
// whose difference and percent `percent-change` checks against each other, so that a statement
// whose two changes disagree gets one error, not two; a difference in another unit than the
// values (a currency conversion); points between two percentages (`percentage-points`). A
// stated change more than ten times off with no slip to explain it is a warning, not an error:
// it more likely belongs to other figures than the old and new values read. A figure followed by
// "times" or a percent sign is not a difference, whatever unit it was read with.
#include <cmath>

#include "checker/checks/all.h"
#include "checker/checks/common.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "difference";

// How far off a stated change may be and still be read as describing these values.
constexpr double kFarOff = 10;

class DifferenceCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override {
    return "stated absolute change that no rounding of the old and new values can produce";
  }
  CheckDoc doc() const override {
    return {.what =
                "A stated absolute change against the old and new values: new minus old at written "
                "precision must reach the stated change. \"increased $307 million to $2.3 billion "
                "from $2.0 billion\" holds within rounding (anything from $200 million to $400 "
                "million); $507 million is an error, with the slip that explains it when one does "
                "(direction reversed, millions for billions).",
            .leaves_alone =
                "The one-value form (\"increased $54 million, or 6%, to $900 million\"), which "
                "percent-change checks; a difference in another unit than the values; points "
                "between two percentages (percentage-points). A change more than ten times off "
                "with no slip to explain it is a warning: it likely belongs to other figures.",
            .passes = "Sales increased $307 million to $2.3 billion from $2.0 billion.",
            .fails = "Sales increased $507 million to $2.3 billion from $2.0 billion."};
  }
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    for (const Claim& c : claims.claims) {
      if (!has_both_values(c)) continue;
      for (const Quantity& change : c.changes) {
        if (change_kind(change, c) != ChangeKind::kDifference) continue;
        if (followed_by_times(claims.text, change)) continue;  // a multiple: see `multiple`
        if (followed_by_percent(claims.text, change)) continue;
        if (!same_unit(change.unit, value_unit(c))) continue;
        check(claims, c, change, out);
      }
    }
  }

 private:
  static void check(const Claims& claims, const Claim& c, const Quantity& change,
                    FindingSink& out) {
    const std::string_view text = claims.text;
    Quantity old_q = *c.old_value;
    const Quantity& new_q = *c.new_value;
    const std::string_view values_unit = value_unit(c);
    const std::string unit(values_unit.empty() || values_unit == "unspecified" ? change.unit.code()
                                                                               : values_unit);
    Interval computed = statement_difference(old_q, new_q);
    double point = new_q.value - old_q.value;
    const Interval magnitude = interval_of(change);
    const std::vector<Direction> directions = readings(c);
    Direction chosen = Direction::kNone;
    Fit best = best_reading(computed, point, magnitude, directions, &chosen);

    // An old value the text calls a loss but that was read as positive ("improved $12.7 million
    // from $9.0 million of operating loss") is read as negative when that makes the figures agree.
    std::string loss_note;
    if (best == Fit::kInconsistent && old_q.value > 0 && called_a_loss(text, old_q)) {
      Quantity negated = old_q;
      negated.value = -old_q.value;
      negated.low = -old_q.high;
      negated.high = -old_q.low;
      const Interval alt = difference(interval_of(negated), interval_of(new_q));
      const double alt_point = new_q.value - negated.value;
      Direction alt_chosen = Direction::kNone;
      const Fit alt_fit = best_reading(alt, alt_point, magnitude, directions, &alt_chosen);
      if (alt_fit != Fit::kInconsistent) {
        loss_note = "; " + old_q.text + " is called a loss, so it counts as negative";
        old_q = negated;
        computed = alt;
        point = alt_point;
        best = alt_fit;
        chosen = alt_chosen;
      }
    }
    const std::string formula =
        written(new_q) + " \u2212 " + written(old_q) + " = " + format_amount(point, unit, true) +
        "; over the rounding intervals " + format_range(computed, unit, true) +
        shared_hedge_note(old_q, new_q);
    const std::string stated = "stated " + written(change) + " " +
                               std::string(direction_noun(chosen)) + " allows " +
                               format_range(signed_change(magnitude, chosen), unit, true);
    if (best != Fit::kInconsistent) {
      out.add(
          make_finding(kId, Severity::kPass, c,
                       reported(change, c) + " follows from " + values_phrase(c) +
                           (best == Fit::kByRounding ? " only within rounding (" : " (") +
                           format_amount(point, unit, true) +
                           (best == Fit::kByRounding ? " on the written figures)" : ")"),
                       formula + "; " + stated + ": " + std::string(verdict(best)) + loss_note));
      return;
    }
    // The figure before the statement as its new value ("48 coaches, up four from 44, after buying
    // six"): a reading that makes it true (figure_before in common.h).
    if (value_in_range(claims, c)) return;  // ranges against ranges
    if (const Quantity* before = figure_before(claims, c)) {
      Direction d = Direction::kNone;
      if (best_reading(difference(interval_of(old_q), interval_of(*before)),
                       before->value - old_q.value, magnitude, directions,
                       &d) != Fit::kInconsistent) {
        return;
      }
    }
    std::string slip;
    std::string slip_text;
    if (directions.size() == 1) {
      const Direction other =
          c.direction == Direction::kIncrease ? Direction::kDecrease : Direction::kIncrease;
      if (fit(computed, point, signed_change(magnitude, other)) == Fit::kConsistent) {
        slip = "direction reversed";
        slip_text = "the figure fits " + with_article(other) + " of " +
                    format_range(computed, unit, true) + ", so the direction is reversed";
      }
    }
    for (double k : kScaleSlips) {
      if (!can_name_scale_slip(change)) break;
      if (!slip.empty()) break;
      for (Direction d : directions) {
        if (slip.empty() &&
            fit(computed, point, signed_change(magnitude.scaled(k), d)) == Fit::kConsistent) {
          slip = "million taken for billion";
          slip_text = "read 1000 times " + std::string(k > 1 ? "larger" : "smaller") + ", " +
                      written(change) + " is " + format_amount(change.value * k, unit) +
                      ", which fits: million taken for billion";
        }
      }
    }
    std::string explanation = formula + "; " + stated + ": inconsistent";
    if (!slip_text.empty()) explanation += "; " + slip_text;
    // A stated change more than ten times off, with no slip to explain it, more likely belongs to
    // other figures than the ones read as old and new ("added 412,000 subscribers, up from 265,000,
    // bringing the total to 31.4 million"): an editor should look, but it is not shown false.
    Severity severity = Severity::kError;
    if (slip.empty() &&
        (std::fabs(point) > change.value * kFarOff || std::fabs(point) * kFarOff < change.value)) {
      severity = Severity::kWarning;
      explanation +=
          "; the stated change is more than ten times off, so it may describe other "
          "figures than these";
    }
    out.add(make_finding(kId, severity, c,
                         reported(change, c) + " does not follow from " + values_phrase(c) + " (" +
                             format_range(computed, unit, true) + " allowing for rounding)",
                         std::move(explanation), std::move(slip)));
  }
};

}  // namespace

std::unique_ptr<const Check> make_difference() { return std::make_unique<DifferenceCheck>(); }

}  // namespace factcheck::checks
