// checker/checks/multiple.cpp
//
// Flags a stated multiple (doubled, halved, tripled, "three times", "N-fold", "3x") that no
// rounding of the old and new values can produce.
//
// Multiplier words count as whole numbers: "doubled" allows new / old in [1.5, 2.5], "almost
// tripled" [2.2, 3.5] (nearly lowers the bottom by 10% of the figure); "halved" reads the divisor 2
// as [1.5, 2.5], so the ratio lies in [0.4, 0.667]. "rose from $1.3 billion to $4.0 billion, more
// than doubling" passes (at least 1.5); "doubled from $1.3 billion to $4.0 billion" (ratio 3.0 to
// 3.1) is an error. "N times more" is read either as N times as much or as N + 1 times as much.
// A plain multiple that holds only in that loose room, not near the figure it names, is a
// warning saying how far off it is: a rise must reach nine tenths of the rise the word names
// ("doubled" names +100%: "doubled from £37.5 million to £68 million" is +81%, 1.81x, 9.3% below
// 2x), a fall within a tenth of the fraction ("halved": 0.45x to 0.55x). "nearly doubled" keeps
// the loose room and passes, while "more than doubled" for 1.73x is that warning too: the hedge
// keeps only the side above 1.9x.
//
// Deliberately left alone: a multiple with only one value written (the other is only implied);
// multiples that are themselves the values ("compress to 3-4x, down from 12-15x"), whose order
// `change-direction` judges; a base that can be zero or negative.
#include <cmath>

#include "checker/checks/all.h"
#include "checker/checks/common.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "multiple";

class MultipleCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override {
    return "stated multiple that no rounding of the old and new values can produce";
  }
  CheckDoc doc() const override {
    return {.what =
                "A stated multiple (doubled, halved, tripled, \"three times\", \"3x\") against the "
                "old and new values. Multiplier words count as whole numbers, so \"doubled\" "
                "allows a ratio from 1.5 to 2.5 and \"halved\" from 0.4 to 0.67; a ratio outside "
                "that, at any rounding of the values, is an error. A plain multiple that falls "
                "short of "
                "nine tenths of the rise it names (\"doubled\" below 1.9x, \"tripled\" below "
                "2.8x) or off a fraction by more than a tenth (\"halved\" above 0.55x) is a "
                "warning saying how far off it is; \"nearly doubled\" keeps the loose room.",
            .leaves_alone =
                "A multiple with only one value written; multiples that are themselves the values "
                "(\"compress to 3-4x, down from 12-15x\"), whose order change-direction judges; a "
                "base that can be zero or negative.",
            .passes = "Subscribers doubled to 4.1 million from 2.0 million.",
            .fails = "Subscribers doubled to 6.1 million from 2.0 million."};
  }
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    for (const Claim& c : claims.claims) {
      if (!has_both_values(c)) continue;
      for (const Quantity& change : c.changes) {
        if (change_kind(change, c) == ChangeKind::kMultiplier) {
          check(claims, c, change, out);
        } else if (followed_by_times(claims.text, change) && change.unit != "%") {
          Quantity factor = change;  // "three times" read as a count: the factor is its value
          factor.unit = "x";
          check(claims, c, factor, out);
        }
      }
    }
  }

 private:
  static void check(const Claims& claims, const Claim& c, const Quantity& change,
                    FindingSink& out) {
    const std::string_view text = claims.text;
    const Quantity& old_q = *c.old_value;
    const Quantity& new_q = *c.new_value;
    const auto computed = statement_ratio(old_q, new_q);
    if (!computed || !(old_q.value > 0)) return;
    const double point = new_q.value / old_q.value;
    Interval allowed = multiplier_allowed(change, c.direction);
    if (times_more(text, change) && allowed.low >= 1) {
      allowed = allowed.hull({allowed.low + 1, allowed.high + 1});  // "three times more": 3 or 4
    }
    const std::string quoted = "\"" + written(change) + "\"";
    const std::string formula = written(new_q) + " / " + written(old_q) + " = " +
                                format_amount(point, "x") + "; over the rounding intervals " +
                                format_range(*computed, "x") + shared_hedge_note(old_q, new_q);
    const std::string stated = quoted + " allows a ratio of " + format_range(allowed, "x");
    const Fit f = fit(*computed, point, allowed);
    const auto named = multiplier_named(change, c.direction);
    if (f != Fit::kInconsistent && named && !times_more(text, change) &&
        fit(*computed, point, named->within) == Fit::kInconsistent) {
      // Within the loose room of a whole multiple, but not near the figure the word names.
      const double target = named->target;
      const double off = (point - target) / target * 100;
      // The hedge is part of what the word claims here: "more than doubled" for 1.73x.
      const std::string claimed =
          change.hedge.empty() ? quoted : "\"" + change.hedge + " " + written(change) + "\"";
      out.add(make_finding(
          kId, Severity::kWarning, c,
          claimed + " for " + format_amount(point, "x") + " (" + values_phrase(c) + ") is " +
              format_percent(std::fabs(off)) + (off < 0 ? " below " : " above ") +
              format_amount(target, "x"),
          formula + "; " + claimed + " names " + format_amount(target, "x") + ", within a tenth " +
              format_range(named->within, "x") +
              ", which no rounding reaches; only the loose room of a whole multiple (" +
              format_range(allowed, "x") + ") admits it: an editor should say \"nearly\" or " +
              "give the figure"));
      return;
    }
    if (f != Fit::kInconsistent) {
      out.add(make_finding(kId, Severity::kPass, c,
                           quoted + " follows from " + values_phrase(c) +
                               (f == Fit::kByRounding ? " only within rounding (" : " (") +
                               format_amount(point, "x") +
                               (f == Fit::kByRounding ? " on the written figures)" : ")"),
                           formula + "; " + stated + ": " + std::string(verdict(f))));
      return;
    }
    if (value_in_range(claims, c)) return;  // ranges against ranges
    std::string slip;
    std::string slip_text;
    const Interval reciprocal{allowed.high > 0 ? 1 / allowed.high : 0,
                              allowed.low > 0 ? 1 / allowed.low : kInfinity};
    if (fit(*computed, point, reciprocal) == Fit::kConsistent) {
      slip = "direction reversed";
      slip_text = "the values fit the opposite move (" + format_range(reciprocal, "x") +
                  "), so the direction is reversed";
    }
    for (double k : kScaleSlips) {
      if (!can_name_scale_slip(change)) break;
      if (!slip.empty()) break;
      if (fit(computed->scaled(k), point * k, allowed) == Fit::kConsistent) {
        slip = "million taken for billion";
        slip_text = "with one value read 1000 times " + std::string(k > 1 ? "larger" : "smaller") +
                    " the ratio is " + format_amount(point * k, "x") + ", which " + quoted +
                    " fits: million taken for billion";
      }
    }
    std::string explanation = formula + "; " + stated + ": inconsistent";
    if (!slip_text.empty()) explanation += "; " + slip_text;
    out.add(make_finding(kId, Severity::kError, c,
                         quoted + " does not follow from " + values_phrase(c) + " (" +
                             format_range(*computed, "x") + " allowing for rounding)",
                         std::move(explanation), std::move(slip)));
  }

  // "three times more", "five times higher": the figure is followed by a comparative.
  static bool times_more(std::string_view text, const Quantity& change) {
    if (change.span.end > text.size()) return false;
    const std::string after = lower(text.substr(change.span.end, 24));
    if (lower(change.text).find("time") == std::string::npos &&
        after.find("times") == std::string::npos) {
      return false;
    }
    // A comparative within the first words after the figure.
    for (const lexicon::Entry& w : lexicon::entries("multiple-comparative")) {
      const auto at = after.find(w.word);
      if (at != std::string::npos && at <= 8) return true;
    }
    return false;
  }
};

}  // namespace

std::unique_ptr<const Check> make_multiple() { return std::make_unique<MultipleCheck>(); }

}  // namespace factcheck::checks
