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
// A true "more than 5%" for figures that give +100% passes, and the message says the floor
// undersells the change (three times the floor or more).
//
// A decrease of more than 100% takes a positive amount below zero, so no figures make it true:
// "cut emissions by 300 percent", "120% less fuel", "400% less likely" are errors, and the finding
// gives the likely intended reading: "300% less" for a quarter as much (the old amount 4 times the
// new, a 75% decrease). A metric that can turn negative (profit, income, margin, balance, ...)
// can fall by more than 100% and is left alone.
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

// How many times its floor a figure must be for "more than" to undersell it.
constexpr double kUndersold = 3;

// The word right after a figure, lower case: "less" in "120% less fuel".
std::string word_after(std::string_view text, const Quantity& q) {
  if (q.span.end >= text.size() || q.span.empty()) return {};
  std::size_t at = q.span.end;
  while (at < text.size() && text[at] == ' ') ++at;
  std::size_t end = at;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  return lower(text.substr(at, end - at));
}

// "reduce delays by 150%": "by" right before the figure, a cutting verb within the words before
// (lexicon class percent-change-cut).
bool cut_by(std::string_view text, const Quantity& q) {
  if (q.span.begin > text.size() || q.span.empty()) return false;
  const std::size_t from = q.span.begin > 40 ? q.span.begin - 40 : 0;
  const std::string before = lower(text.substr(from, q.span.begin - from));
  if (before.size() < 4 || before.compare(before.size() - 4, 4, " by ") != 0) return false;
  return mentions(before, "percent-change-cut");
}

// A comparative right after a percentage that makes it a decrease: "120% less fuel".
bool follows_less(std::string_view text, const Quantity& q) {
  return lexicon::find("percent-change-less", word_after(text, q)) != nullptr;
}

// The claim's metric or the words around its figure name something that can turn negative, so
// a fall of more than 100% is a move past zero, not a slip.
bool signed_metric(std::string_view text, const Claim& c, const Quantity& q) {
  std::string near = lower(c.metric) + " " + lower(claim_text(c, text));
  if (q.span.begin <= text.size()) {
    const std::size_t from = q.span.begin > 32 ? q.span.begin - 32 : 0;
    near += " " + lower(text.substr(from, q.span.begin - from));
  }
  if (q.span.end < text.size()) near += " " + lower(text.substr(q.span.end, 32));
  return mentions(near, "percent-change-signed");
}

// "a quarter" for 1/4 when the divisor is whole and small, else "0.455 times": how much of the
// old amount the new one is when "N% less" is read as the old being 1 + N/100 times the new.
std::string fraction_of(double divisor) {
  const double whole = std::round(divisor);
  if (std::fabs(divisor - whole) < 1e-9) {
    for (const lexicon::Entry& part : lexicon::entries("percent-change-part")) {
      if (lexicon::number(part.value) == whole) {
        return (whole == 2 ? "a " : "one ") + std::string(part.word);
      }
    }
  }
  return format_number(1 / divisor) + " times";
}

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
      // "120% less fuel", "reduce delays by 150%": a percentage the extractor read alone, made a
      // decrease by the comparative after it or the cutting verb before it.
      if (c.kind == ClaimKind::kPercent && c.changes.empty() && c.quantities.size() == 1 &&
          (follows_less(claims.text, c.quantities.front()) ||
           cut_by(claims.text, c.quantities.front()))) {
        check_past_whole(claims.text, c, c.quantities.front(), out);
        continue;
      }
      for (const Quantity& change : c.changes) {
        if (change_kind(change, c) != ChangeKind::kPercent) continue;
        if (!has_both_values(c) &&
            (c.direction == Direction::kDecrease || follows_less(claims.text, change)) &&
            check_past_whole(claims.text, c, change, out)) {
          continue;
        }
        if (!c.old_value && c.new_value && c.prior && same_unit(c.prior->unit, c.new_value->unit)) {
          // "EUR 0.62 per share (2024: EUR 0.55), an increase of 17.7%": the bracketed prior
          // figure is the old value the change is stated against.
          Claim with_prior = c;
          with_prior.old_value = *c.prior;
          check_two_values(claims, with_prior, change, out);
        } else if (has_both_values(c)) {
          check_two_values(claims, c, change, out);
        } else if (c.old_value || c.new_value) {
          check_one_value(claims.text, c, change, out);
        }
      }
    }
  }

 private:
  // A decrease past 100% of an amount that cannot turn negative; true when it reported one.
  static bool check_past_whole(std::string_view text, const Claim& c, const Quantity& change,
                               FindingSink& out) {
    const Interval magnitude = interval_of(change);
    if (!(magnitude.low > 100) || !std::isfinite(change.value)) return false;
    if (signed_metric(text, c, change)) return false;
    const double p = change.value;
    const double factor = 1 + p / 100;  // "300% less" read as the old amount 4 times the new
    const double fall = (1 - 1 / factor) * 100;
    out.add(make_finding(
        kId, Severity::kError, c,
        "a decrease of " + written(change) +
            " is impossible for an amount that cannot turn "
            "negative; it likely means " +
            fraction_of(factor) + " as much (" + format_percent(fall) + " less)",
        "a decrease takes away at most the whole amount (100%); " + written(change) +
            " less would leave " + format_percent(100 - p) + " of it, below zero; stated " +
            written(change) + " allows " + format_range(magnitude, "%") +
            ", all past 100%: inconsistent; read as the old amount " + format_number(factor) +
            " times the new, the new is " + format_number(1 / factor) + " of the old, a " +
            format_percent(fall) + " decrease",
        "decrease past the whole amount: " + format_number(factor) +
            " times as much read backwards"));
    return true;
  }

  static void check_two_values(const Claims& claims, const Claim& c, const Quantity& change,
                               FindingSink& out) {
    const Quantity& old_q = *c.old_value;
    const Quantity& new_q = *c.new_value;
    const Interval old_v = interval_of(old_q);
    const Interval new_v = interval_of(new_q);
    const auto computed = statement_percent_change(old_q, new_q);
    if (!computed || !(old_q.value > 0)) return;  // no percent of a base ≤ 0
    const double point = (new_q.value - old_q.value) / old_q.value * 100;
    const Interval magnitude = interval_of(change);
    const auto directions = readings(c);
    const Judged j = judge(*computed, point, magnitude, directions);

    const std::string formula = "(" + written(new_q) + " \u2212 " + written(old_q) + ") / " +
                                written(old_q) + " = " + format_percent(point, true);
    const std::string over = "; over the rounding intervals " + format_range(*computed, "%", true) +
                             shared_hedge_note(old_q, new_q);
    const std::string computed_text = format_range(*computed, "%", true);

    if (j.fit != Fit::kInconsistent) {
      std::string message = reported(change, c) + " follows from " + values_phrase(c);
      message +=
          j.fit == Fit::kByRounding
              ? " only within rounding (" + format_percent(point, true) + " on the written figures)"
              : " (" + format_percent(point, true) + ")";
      std::string explanation =
          formula + over + "; " + allows(change, j.direction) + ": " + std::string(verdict(j.fit));
      // "more than 5%" for a rise of 100%: true, but the floor is far below the figures.
      if (change.hedge_kind == Hedge::kMoreThan && change.value > 0 &&
          std::fabs(point) >= kUndersold * change.value) {
        const std::string hedge(change.hedge.empty() ? "more than" : change.hedge);
        message += ", though \"" + hedge + " " + written(change) + "\" undersells it";
        explanation += "; the figures give " + format_percent(std::fabs(point)) + ", " +
                       format_number(std::fabs(point) / change.value) + " times the stated floor";
      }
      out.add(make_finding(kId, Severity::kPass, c, std::move(message), std::move(explanation)));
      return;
    }

    // The figure before the statement as its new value ("48 coaches, up 9% from 44, after buying
    // six"): a reading that makes it true (figure_before in common.h).
    if (value_in_range(claims, c)) return;  // ranges against ranges
    if (const Quantity* before = figure_before(claims, c)) {
      const auto alt = percent_change(old_v, interval_of(*before));
      if (alt &&
          judge(*alt, (before->value - old_q.value) / old_q.value * 100, magnitude, directions)
                  .fit != Fit::kInconsistent) {
        return;
      }
    }

    // Between two percentages, a figure that fits as points is percentage-points' error.
    if (is_percent_value(c.old_value) && is_percent_value(c.new_value)) {
      const Interval points = statement_difference(old_q, new_q);
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
