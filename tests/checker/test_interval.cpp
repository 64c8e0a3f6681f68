// Interval arithmetic: the rule every change check relies on, and its boundaries.
#include <doctest/doctest.h>

#include "checker/interval.h"

namespace factcheck {
namespace {

Quantity figure(double value, double low, double high, std::string unit, int decimals = 0) {
  Quantity q;
  q.value = value;
  q.low = low;
  q.high = high;
  q.unit = std::move(unit);
  q.decimals = decimals;
  return q;
}

TEST_CASE("percent change is computed at the corners of the rounding intervals") {
  // "fell from $2.4 billion to $1.5 billion": −40.8% to −34.0%.
  const auto pct = percent_change({2.35e9, 2.45e9}, {1.45e9, 1.55e9});
  REQUIRE(pct);
  CHECK(pct->low == doctest::Approx(-40.816).epsilon(1e-4));
  CHECK(pct->high == doctest::Approx(-34.043).epsilon(1e-4));
  // "from 4.0 to 5.0": +22.2% to +27.8%.
  const auto up = percent_change({3.95, 4.05}, {4.95, 5.05});
  REQUIRE(up);
  CHECK(up->low == doctest::Approx(22.222).epsilon(1e-4));
  CHECK(up->high == doctest::Approx(27.848).epsilon(1e-4));
  // A new value below zero: from 10 to −5 is −150%.
  const auto to_loss = percent_change(Interval::point(10), Interval::point(-5));
  REQUIRE(to_loss);
  CHECK(to_loss->low == doctest::Approx(-150));
  // A base that can be zero or negative has no percent change.
  CHECK_FALSE(percent_change({-11.85, -11.75}, {3.05, 3.15}));
  CHECK_FALSE(percent_change({0, 1}, {3, 4}));
}

TEST_CASE("fit is decided by overlap, touching ends included") {
  struct Case {
    double stated_low, stated_high;
    Fit expected;
  };
  // "rose from 4.0 to 5.0": computed +22.2%..+27.8%, +25.0% on the written figures.
  const Interval computed = *percent_change({3.95, 4.05}, {4.95, 5.05});
  const Case cases[] = {
      {24.5, 25.5, Fit::kConsistent},    // 25%
      {23.5, 24.5, Fit::kByRounding},    // 24%
      {27.5, 28.5, Fit::kByRounding},    // 28%: edge
      {28.5, 29.5, Fit::kInconsistent},  // 29%
      {21.5, 22.5, Fit::kByRounding},    // 22%
      {20.5, 21.5, Fit::kInconsistent},  // 21%
      {19.5, 20.5, Fit::kInconsistent},  // 20%
  };
  for (const auto& c : cases) {
    CAPTURE(c.stated_low);
    CHECK(fit(computed, 25.0, {c.stated_low, c.stated_high}) == c.expected);
  }
  // Exactly touching ends overlap: difference 0.5 against a stated [0.5, 1.5].
  CHECK(fit(difference({1.0, 1.0}, {1.5, 1.5}), 0.5, {0.5, 1.5}) == Fit::kConsistent);
  CHECK(fit({0.1, 0.3}, 0.2, {0.3 + 1e-12, 1.5}) != Fit::kInconsistent);
  CHECK(fit({0.1, 0.3}, 0.2, {0.31, 1.5}) == Fit::kInconsistent);
}

TEST_CASE("multiplier words count as whole numbers, fractions as divisors") {
  struct Case {
    double value;
    bool is_word;
    Hedge hedge;
    Direction direction;
    double low, high;
  };
  const Case cases[] = {
      {2, true, Hedge::kNone, Direction::kIncrease, 1.5, 2.5},        // doubled
      {3, true, Hedge::kNone, Direction::kIncrease, 2.5, 3.5},        // tripled
      {3, true, Hedge::kNearly, Direction::kIncrease, 2.2, 3.5},      // almost tripled
      {0.5, true, Hedge::kNone, Direction::kDecrease, 0.4, 2.0 / 3},  // halved
      {3, true, Hedge::kNone, Direction::kDecrease, 1 / 3.5, 0.4},    // fell three-fold
  };
  for (const auto& c : cases) {
    CAPTURE(c.value);
    Quantity q = figure(c.value, c.value, c.value, "x", -1);
    q.is_word = c.is_word;
    q.hedge_kind = c.hedge;
    const Interval allowed = multiplier_allowed(q, c.direction);
    CHECK(allowed.low == doctest::Approx(c.low));
    CHECK(allowed.high == doctest::Approx(c.high));
  }
  // A range keeps the extractor's interval: "3-4x" is [2.5, 4.5].
  Quantity range = figure(3.5, 2.5, 4.5, "x");
  range.is_range = true;
  CHECK(multiplier_allowed(range, Direction::kNone) == Interval{2.5, 4.5});
}

TEST_CASE("hedges widen the interval as documented") {
  const Interval p{44.5, 45.5};
  CHECK(apply_hedge(p, Hedge::kNone, 45) == p);
  CHECK(apply_hedge(p, Hedge::kAbout, 45) == Interval{40.0, 50.0});
  CHECK(apply_hedge(p, Hedge::kNearly, 45) == Interval{40.0, 45.5});
  CHECK(apply_hedge(p, Hedge::kMoreThan, 45) == Interval{44.5, kInfinity});
  CHECK(apply_hedge(p, Hedge::kLessThan, 45) == Interval{0, 45.5});
  CHECK(signed_change({14.5, 15.5}, Direction::kDecrease) == Interval{-15.5, -14.5});
}

TEST_CASE("numbers are formatted for messages") {
  CHECK(format_percent(45.2381) == "45.2%");
  CHECK(format_percent(22.222, true) == "+22.2%");
  CHECK(format_percent(-37.5, true) == "\u221237.5%");
  CHECK(format_percent(0.0085689) == "0.00857%");
  CHECK(format_amount(2.4e9, "USD") == "$2.4 billion");
  CHECK(format_amount(-11.8e6, "USD") == "\u2212$11.8 million");
  CHECK(format_amount(0.64, "GBP") == "\u00a30.64");
  CHECK(format_amount(1.3, "pp", true) == "+1.3 pp");
  CHECK(format_range({22.222, 27.848}, "%", true) == "+22.2% to +27.8%");
  CHECK(format_range({5, kInfinity}, "%") == "5.0% or more");
  CHECK(format_amount(31.4e6, "count") == "31.4 million");
  CHECK(format_amount(-800000, "USD", true) == "\u2212$800,000");
  CHECK(format_range({132999.5, 133000.5}, "count") == "132,999.5 to 133,000.5");
  CHECK(format_number(1130) == "1,130");
  // Close ends print apart.
  const std::string close = format_range({43.295, 43.315}, "");
  CHECK(close.substr(0, close.find(" to ")) != close.substr(close.find(" to ") + 4));
}

}  // namespace
}  // namespace factcheck
