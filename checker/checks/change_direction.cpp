// checker/checks/change_direction.cpp
//
// Flags a direction word that contradicts the order of the values it describes.
//
// "fell from $120 million to $219 million" is an error: $119.5..120.5 million to $218.5..219.5
// million can only rise. When the rounding intervals of the two values overlap ("from 4.1 to
// 4.1"), either order is possible and the statement passes. A stated percent or difference that
// fits only with the opposite sign is also reported by `percent-change` or `difference` with the
// slip "direction reversed"; whenever this check finds a reversal, they find the stated change
// inconsistent too, so both agree.
//
// A statement that reads false only because its new value may be the wrong figure ("now runs 48
// coaches, up from 44 ..., following the purchase of six electric models", with "six" read as the
// new value) is left alone when the figure written right before it fits the word (see
// figure_before in common.h).
//
// Deliberately left alone: statements without a direction word or without both values; a word
// that judges rather than measures ("improvement", "worsened"), since a shrinking loss, cost or
// churn rate is an improvement and the values are often a loss's size ("narrowed" and
// "widened" do measure the size, and are judged); comparisons ("lower than"), exchange rates
// quoted per another currency, and values more than a hundred times apart (see not_a_change).
// Negative values are signed figures, not sizes: "margin fell to −4.2% from −9.8%" is an error. The
// size of the change is left to the other change checks.
#include <algorithm>
#include <cmath>

#include "checker/checks/all.h"
#include "checker/checks/common.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "change-direction";

// Figures whose order the direction word does not speak of: a comparison ("10.4% was lower than
// the federal rate of 21.0%"), an exchange rate quoted per another currency ("the rupee climbed
// to 43.305 per US dollar, up from 43.41"), and values more than a hundred times apart, which are
// not one quantity measured twice ("48 million cards in default, down from one in eight"). A
// comparison whose direction word comes after both values ("71.5%, against 64% at its rival, a
// 7.5% lead that it put down to ...") sets two things side by side; the word belongs to a clause
// of its own.
bool not_a_change(const Claim& c, std::string_view text) {
  if (c.comparison && !c.direction_span.empty() &&
      c.direction_span.begin >= std::max(c.old_value->span.end, c.new_value->span.end)) {
    return true;
  }
  const std::string body = lower(claim_text(c, text));
  const std::string word = lower(c.direction_word);
  if (!word.empty() && body.find(word + " than") != std::string::npos) return true;
  if (mentions(body, "change-direction-per-currency")) return true;
  const double a = std::fabs(c.old_value->value);
  const double b = std::fabs(c.new_value->value);
  return a > 0 && b > 0 && std::max(a, b) > 100 * std::min(a, b);
}

class ChangeDirectionCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override {
    return "direction word that contradicts the order of the values it describes";
  }
  CheckDoc doc() const override {
    return {.what =
                "A direction word (rose, fell, a decline, halved) against the order of the two "
                "values it describes. \"fell from $120 million to $219 million\" can only be a "
                "rise, whatever the rounding: an error. When the rounding intervals of the two "
                "values overlap, either order is possible and it passes.",
            .leaves_alone =
                "Statements without a direction word or without both values; words that judge "
                "rather than measure (\"improvement\", \"worsened\"); comparisons between two "
                "things (\"lower than\"); values more than a hundred times apart; the size of the "
                "change, which the other change checks judge.",
            .passes = "Operating profit fell to $120 million from $219 million.",
            .fails = "Operating profit fell to $219 million from $120 million."};
  }
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    for (const Claim& c : claims.claims) {
      if (c.direction == Direction::kNone || !has_both_values(c)) continue;
      if (not_a_change(c, claims.text)) continue;
      const Interval old_v = interval_of(*c.old_value);
      const Interval new_v = interval_of(*c.new_value);
      const std::string word =
          c.direction_word.empty() ? std::string(direction_noun(c.direction)) : c.direction_word;
      const std::string values = values_phrase(c);
      // The order is settled only when new − old cannot be zero at any rounding.
      const Interval change = difference(old_v, new_v);
      const double point = c.new_value->value - c.old_value->value;
      Direction order = Direction::kNone;
      if (fit(change, point, {-kInfinity, 0}) == Fit::kInconsistent) order = Direction::kIncrease;
      if (fit(change, point, {0, kInfinity}) == Fit::kInconsistent) order = Direction::kDecrease;
      const std::string order_text =
          order == Direction::kNone
              ? "the values' rounding intervals overlap, so either order is possible"
              : written(*c.new_value) + " is " +
                    (order == Direction::kIncrease ? "above " : "below ") + written(*c.old_value) +
                    " at every rounding (" + format_range(new_v, c.new_value->unit) + " against " +
                    format_range(old_v, c.old_value->unit) + ")";

      if (order == Direction::kNone || order == c.direction) {
        out.add(
            make_finding(kId, Severity::kPass, c,
                         "\"" + word + "\" fits " + values + ", " +
                             (order == Direction::kNone ? "within rounding" : with_article(order)),
                         order_text + "; \"" + word + "\" says " +
                             std::string(direction_noun(c.direction)) + ": consistent"));
        continue;
      }
      if (is_judging_word(c)) {
        out.add(make_finding(kId, Severity::kPass, c,
                             "\"" + word + "\" fits " + values + " either way",
                             order_text + "; \"" + word +
                                 "\" judges rather than measures (a loss or a cost improves as it "
                                 "shrinks): consistent"));
        continue;
      }
      // "48 coaches, up from 44 ..., following the purchase of six": read with the figure before
      // the statement as its new value, the word fits, so the error is only in the reading.
      if (value_in_range(claims, c)) continue;  // ranges against ranges
      if (const Quantity* before = figure_before(claims, c)) {
        const Interval alt = difference(old_v, interval_of(*before));
        const double alt_point = before->value - c.old_value->value;
        if (fit(alt, alt_point, signed_change({0, kInfinity}, c.direction)) != Fit::kInconsistent) {
          continue;
        }
      }
      out.add(make_finding(kId, Severity::kError, c,
                           "\"" + word + "\" does not fit " + values + ", " + with_article(order),
                           order_text + "; \"" + word + "\" says " +
                               std::string(direction_noun(c.direction)) + ": inconsistent",
                           "direction reversed"));
    }
  }
};

}  // namespace

std::unique_ptr<const Check> make_change_direction() {
  return std::make_unique<ChangeDirectionCheck>();
}

}  // namespace factcheck::checks
