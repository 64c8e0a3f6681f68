// checker/checks/percent_change.cpp
//
// Flags a percent change that no rounding of its figures can produce.
//
// "from 4.0 to 5.0" covers 3.95..4.05 -> 4.95..5.05, which is +22.2%..+27.8%. A reported "24%"
// (23.5..24.5) overlaps that range and passes, saying it holds only within rounding; "20%" is an
// error. When it fails, the finding names the slip that explains the stated figure exactly, if
// one does: the direction reversed, the change computed against the new value instead of the old,
// or a value taken in millions for billions.
//
// It also checks the one-value form, "increased $54 million, or 6%, to $900 million": the old
// value is implied (846), and the stated percent is checked against the stated difference over
// that base (6.4%). This check owns that form; `difference` leaves it alone, so a statement whose
// two changes disagree gets one error, not two.
//
// Deliberately left alone: a percent of a base that can be zero or negative (a change from a
// loss), which is not defined; a stated percent between two percentages that fits only when read
// as percentage points ("from 10% to 12%, a 2% increase"), which `percentage-points` reports as a
// warning; the direction word itself, which `change-direction` judges.
#include <cmath>

#include "checker/checks/all.h"
#include "checker/checks/common.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "percent-change";

Direction opposite(Direction d) {
  return d == Direction::kIncrease ? Direction::kDecrease : Direction::kIncrease;
}

// The best fit of a computed signed interval against a stated magnitude over the readings.
struct Judged {
  Fit fit = Fit::kInconsistent;
  Direction direction = Direction::kNone;  // the reading that fits best
};

Judged judge(const Interval& computed, double point, const Interval& magnitude,
             const std::vector<Direction>& directions) {
  Judged out;
  out.direction = directions.front();
  for (Direction d : directions) {
    const Fit f = fit(computed, point, signed_change(magnitude, d));
    if (static_cast<int>(f) < static_cast<int>(out.fit)) out = {f, d};
  }
  return out;
}

std::string allows(const Quantity& change, Direction d) {
  const Interval allowed = signed_change(interval_of(change), d);
  return "stated " + written(change) + " " + std::string(direction_noun(d)) + " allows " +
         format_range(allowed, "%", d != Direction::kNone);
}

class PercentChangeCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override {
    return "percent change that no rounding of its figures can produce";
  }
  CheckDoc doc() const override {
    return {
        .what =
            "A stated percent change against the old and new values it describes. Every figure "
            "stands for the interval its written precision allows, so \"from 4.0 to 5.0\" is "
            "anything from +22.2% to +27.8%; a stated 24% overlaps that and passes, saying when "
            "only rounding makes it so. A stated change no reading can reach is an error, with the "
            "likely slip when one explains the figure exactly: direction reversed, the change "
            "taken against the new value, millions read as billions. It also checks the one-value "
            "form \"up $54 million, or 6%, to $900 million\".",
        .leaves_alone =
            "A change from a base that can be zero or negative (a change from a loss), which has "
            "no percent; a percent between two percentages that fits only as percentage points "
            "(percentage-points reports it); the direction word itself (change-direction).",
        .passes = "Revenue at Halden Mills rose 24% to $5.0 million from $4.0 million.",
        .fails = "Revenue at Halden Mills rose 20% to $5.0 million from $4.0 million."};
  }
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    for (const Claim& c : claims.claims) {
      for (const Quantity& change : c.changes) {
        if (change_kind(change, c) != ChangeKind::kPercent) continue;
        if (has_both_values(c)) {
          check_two_values(c, change, out);
        } else if (c.old_value || c.new_value) {
          check_one_value(claims.text, c, change, out);
        }
      }
    }
  }

 private:
  static void check_two_values(const Claim& c, const Quantity& change, FindingSink& out) {
    const Quantity& old_q = *c.old_value;
    const Quantity& new_q = *c.new_value;
    const Interval old_v = interval_of(old_q);
    const Interval new_v = interval_of(new_q);
    const auto computed = percent_change(old_v, new_v);
    if (!computed || !(old_q.value > 0)) return;  // no percent of a base ≤ 0
    const double point = (new_q.value - old_q.value) / old_q.value * 100;
    const Interval magnitude = interval_of(change);
    const auto directions = readings(c);
    const Judged j = judge(*computed, point, magnitude, directions);

    const std::string formula = "(" + written(new_q) + " \u2212 " + written(old_q) + ") / " +
                                written(old_q) + " = " + format_percent(point, true);
    const std::string over = "; over the rounding intervals " + format_range(*computed, "%", true);
    const std::string computed_text = format_range(*computed, "%", true);

    if (j.fit != Fit::kInconsistent) {
      std::string message = reported(change, c) + " follows from " + values_phrase(c);
      message +=
          j.fit == Fit::kByRounding
              ? " only within rounding (" + format_percent(point, true) + " on the written figures)"
              : " (" + format_percent(point, true) + ")";
      out.add(make_finding(kId, Severity::kPass, c, std::move(message),
                           formula + over + "; " + allows(change, j.direction) + ": " +
                               std::string(verdict(j.fit))));
      return;
    }

    // Between two percentages, a figure that fits as points is percentage-points' warning.
    if (is_percent_value(c.old_value) && is_percent_value(c.new_value)) {
      const Interval points = difference(old_v, new_v);
      if (judge(points, new_q.value - old_q.value, magnitude, directions).fit !=
          Fit::kInconsistent) {
        return;
      }
    }

    std::string slip;
    std::string slip_text;
    if (directions.size() == 1) {
      const Direction other = opposite(c.direction);
      if (fit(*computed, point, signed_change(magnitude, other)) == Fit::kConsistent) {
        slip = "direction reversed";
        slip_text = "the figure fits a " + std::string(direction_noun(other)) + " of " +
                    computed_text + ", so the direction is reversed";
      }
    }
    if (slip.empty()) {
      if (const auto wrong = percent_of_new(old_v, new_v)) {
        const double wrong_point = (new_q.value - old_q.value) / new_q.value * 100;
        if (judge(*wrong, wrong_point, magnitude, directions).fit == Fit::kConsistent) {
          slip = "change computed against the new value instead of the old";
          slip_text = "computed against the new value instead of the old, (" + written(new_q) +
                      " \u2212 " + written(old_q) + ") / " + written(new_q) + " = " +
                      format_percent(wrong_point, true) + ", which the stated figure fits";
        }
      }
    }
    if (slip.empty()) {
      for (double k : kScaleSlips) {
        if (!can_name_scale_slip(change)) break;
        for (bool scale_old : {true, false}) {
          const Interval o = scale_old ? old_v.scaled(k) : old_v;
          const Interval n = scale_old ? new_v : new_v.scaled(k);
          const auto alt = percent_change(o, n);
          if (!slip.empty() || !alt) continue;
          const double alt_point = (n.mid() - o.mid()) / o.mid() * 100;
          if (judge(*alt, alt_point, magnitude, directions).fit == Fit::kConsistent) {
            slip = "million taken for billion";
            slip_text = "with " + written(scale_old ? old_q : new_q) +
                        (k > 1 ? " read 1000 times larger" : " read 1000 times smaller") +
                        " the change is " + format_percent(alt_point, true) +
                        ", which the stated figure fits: million taken for billion";
          }
        }
      }
    }
    std::string explanation =
        formula + over + "; " + allows(change, directions.front()) + ": inconsistent";
    if (!slip_text.empty()) explanation += "; " + slip_text;
    out.add(make_finding(kId, Severity::kError, c,
                         reported(change, c) + " does not follow from " + values_phrase(c) + " (" +
                             computed_text + " allowing for rounding)",
                         std::move(explanation), std::move(slip)));
  }

  // One value written, the other implied by a stated difference: the percent against the
  // difference over the implied base.
  static void check_one_value(std::string_view text, const Claim& c, const Quantity& change,
                              FindingSink& out) {
    const Quantity& value = c.new_value ? *c.new_value : *c.old_value;
    const Quantity* diff = nullptr;
    for (const Quantity& q : c.changes) {
      if (change_kind(q, c) == ChangeKind::kDifference && same_unit(q.unit, value.unit) &&
          !followed_by_times(text, q) && !followed_by_percent(text, q)) {
        diff = &q;
        break;
      }
    }
    if (diff == nullptr) return;
    const bool new_written = c.new_value.has_value();
    const Interval v = interval_of(value);
    const Interval d = interval_of(*diff);
    const Interval magnitude = interval_of(change);
    const auto directions = readings(c);

    // The percent's magnitude over the intervals, for one reading. p = d / base, where the base
    // is the old value: written, or new − d (increase) / new + d (decrease). Each form is
    // increasing in d and decreasing in the written value, so the corners are exact.
    auto percent_for = [&](Direction dir, double dv, double vv) {
      const double base = new_written ? (dir == Direction::kDecrease ? vv + dv : vv - dv) : vv;
      return base > 0 ? dv / base * 100 : kInfinity;
    };
    Judged j;
    Interval best_range{0, 0};
    double best_point = 0;
    bool any = false;
    for (Direction dir : directions) {
      const Interval range{percent_for(dir, d.low, v.high), percent_for(dir, d.high, v.low)};
      const double point = percent_for(dir, diff->value, value.value);
      if (!(value.value > 0) || !std::isfinite(point)) continue;
      const Fit f = fit(range, point, magnitude);
      if (!any || static_cast<int>(f) < static_cast<int>(j.fit)) {
        j = {f, dir};
        best_range = range;
        best_point = point;
        any = true;
      }
    }
    if (!any) return;  // no positive base

    const bool decrease = j.direction == Direction::kDecrease;
    const std::string base =
        new_written ? "(" + written(value) + (decrease ? " + " : " \u2212 ") + written(*diff) + ")"
                    : written(value);
    const std::string formula = written(*diff) + " / " + base + " = " + format_percent(best_point) +
                                "; over the rounding "
                                "intervals " +
                                format_range(best_range, "%");
    const std::string stated =
        "stated " + written(change) + " allows " + format_range(magnitude, "%");
    const std::string phrase = "a" + std::string(decrease ? " decrease" : "n increase") + " of " +
                               written(*diff) + " " + (new_written ? "to " : "from ") +
                               written(value);
    if (j.fit != Fit::kInconsistent) {
      std::string message = reported(change, c) + " agrees with " + phrase;
      message += j.fit == Fit::kByRounding
                     ? " only within rounding (" + format_percent(best_point) +
                           " on the written "
                           "figures)"
                     : " (" + format_percent(best_point) + ")";
      out.add(make_finding(kId, Severity::kPass, c, std::move(message),
                           formula + "; " + stated + ": " + std::string(verdict(j.fit))));
      return;
    }
    std::string slip;
    std::string slip_text;
    if (new_written && value.value > 0) {
      // Against the new value: d / new.
      const Interval wrong{d.low / v.high * 100, d.high / v.low * 100};
      const double wrong_point = diff->value / value.value * 100;
      if (v.low > 0 && fit(wrong, wrong_point, magnitude) == Fit::kConsistent) {
        slip = "change computed against the new value instead of the old";
        slip_text = "computed against the new value instead of the old, " + written(*diff) + " / " +
                    written(value) + " = " + format_percent(wrong_point) +
                    ", which the stated figure fits";
      }
    }
    if (slip.empty()) {
      for (double k : kScaleSlips) {
        if (!can_name_scale_slip(change) || !can_name_scale_slip(*diff)) break;
        const double dv = diff->value * k;
        const double p = percent_for(j.direction, dv, value.value);
        const Interval range{percent_for(j.direction, d.low * k, v.high),
                             percent_for(j.direction, d.high * k, v.low)};
        if (slip.empty() && std::isfinite(p) && fit(range, p, magnitude) == Fit::kConsistent) {
          slip = "million taken for billion";
          slip_text = "with " + written(*diff) +
                      (k > 1 ? " read 1000 times larger" : " read 1000 times smaller") +
                      " the change is " + format_percent(p) +
                      ", which the stated figure fits: million taken for billion";
        }
      }
    }
    std::string explanation = formula + "; " + stated + ": inconsistent";
    if (!slip_text.empty()) explanation += "; " + slip_text;
    out.add(make_finding(kId, Severity::kError, c,
                         reported(change, c) + " does not agree with " + phrase + " (" +
                             format_range(best_range, "%") + " allowing for rounding)",
                         std::move(explanation), std::move(slip)));
  }
};

}  // namespace

std::unique_ptr<const Check> make_percent_change() {
  return std::make_unique<PercentChangeCheck>();
}

}  // namespace factcheck::checks
