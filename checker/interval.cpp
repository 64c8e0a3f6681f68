// Interval arithmetic and number formatting for the checks (see interval.h for the rule).
#include "checker/interval.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <system_error>

namespace factcheck {

Interval Interval::hull(const Interval& o) const {
  return {std::min(low, o.low), std::max(high, o.high)};
}

Interval Interval::scaled(double k) const {
  const double a = low * k;
  const double b = high * k;
  return {std::min(a, b), std::max(a, b)};
}

Interval operator+(const Interval& a, const Interval& b) {
  return {a.low + b.low, a.high + b.high};
}

Interval operator-(const Interval& a, const Interval& b) {
  return {a.low - b.high, a.high - b.low};
}

Interval interval_of(const Quantity& q) {
  // A quantity built by hand may leave low/high at zero: it then stands for its value alone.
  if (q.low == 0 && q.high == 0 && q.value != 0) return Interval::point(q.value);
  return {std::min(q.low, q.high), std::max(q.low, q.high)};
}

Interval apply_hedge(Interval precision, Hedge hedge, double figure) {
  const double tenth = std::fabs(figure) * 0.1;
  switch (hedge) {
    case Hedge::kNone:
      return precision;
    case Hedge::kAbout:
      return {precision.low - tenth, precision.high + tenth};
    case Hedge::kNearly:
      return {precision.low - tenth, precision.high};
    case Hedge::kMoreThan:
      return {precision.low, kInfinity};
    case Hedge::kLessThan:
      return {std::min(0.0, precision.low), precision.high};
  }
  return precision;
}

Interval signed_change(const Interval& magnitude, Direction direction) {
  return direction == Direction::kDecrease ? magnitude.negated() : magnitude;
}

std::optional<Interval> quotient(const Interval& a, const Interval& b) {
  if (!(b.low > 0)) return std::nullopt;
  // a / b is increasing in a; in b it decreases for a ≥ 0 and increases for a < 0.
  const double lows[] = {a.low / b.low, a.low / b.high};
  const double highs[] = {a.high / b.low, a.high / b.high};
  return Interval{std::min(lows[0], lows[1]), std::max(highs[0], highs[1])};
}

std::optional<Interval> percent_change(const Interval& old_value, const Interval& new_value) {
  // (new − old) / old = new / old − 1, exact at the corners for old > 0 and new of any sign.
  auto q = quotient(new_value, old_value);
  if (!q) return std::nullopt;
  return Interval{(q->low - 1) * 100, (q->high - 1) * 100};
}

std::optional<Interval> percent_of_new(const Interval& old_value, const Interval& new_value) {
  if (!(new_value.low > 0) || !(old_value.low >= 0)) return std::nullopt;
  // (new − old) / new = 1 − old / new: increasing in new, decreasing in old.
  return Interval{(1 - old_value.high / new_value.low) * 100,
                  (1 - old_value.low / new_value.high) * 100};
}

Interval difference(const Interval& old_value, const Interval& new_value) {
  return new_value - old_value;
}

std::optional<Interval> ratio(const Interval& old_value, const Interval& new_value) {
  if (!(old_value.low > 0) || new_value.low < 0) return std::nullopt;
  return Interval{new_value.low / old_value.high, new_value.high / old_value.low};
}

Interval unhedged(const Quantity& q) {
  const Interval i = interval_of(q);
  if (q.hedge_kind != Hedge::kAbout) return i;
  const double tenth = std::fabs(q.value) * 0.1;
  if (i.high - i.low < 2 * tenth) return Interval::point(q.value);
  return {i.low + tenth, i.high - tenth};
}

bool shares_hedge(const Quantity& old_value, const Quantity& new_value) {
  return old_value.hedge_kind == Hedge::kAbout && new_value.hedge_kind == Hedge::kAbout;
}

namespace {

// new / old at written precision, widened once by a tenth of the ratio on the written figures.
std::optional<Interval> shared_ratio(const Quantity& old_value, const Quantity& new_value) {
  const auto q = quotient(unhedged(new_value), unhedged(old_value));
  if (!q || !(old_value.value > 0)) return std::nullopt;
  const double tenth = std::fabs(new_value.value / old_value.value) * 0.1;
  return Interval{q->low - tenth, q->high + tenth};
}

}  // namespace

std::optional<Interval> statement_ratio(const Quantity& old_value, const Quantity& new_value) {
  if (!shares_hedge(old_value, new_value)) {
    return ratio(interval_of(old_value), interval_of(new_value));
  }
  auto r = shared_ratio(old_value, new_value);
  if (r && r->low < 0) r->low = 0;  // a ratio of amounts is not negative
  return r;
}

std::optional<Interval> statement_percent_change(const Quantity& old_value,
                                                 const Quantity& new_value) {
  if (!shares_hedge(old_value, new_value)) {
    return percent_change(interval_of(old_value), interval_of(new_value));
  }
  const auto r = shared_ratio(old_value, new_value);
  if (!r) return std::nullopt;
  return Interval{(r->low - 1) * 100, (r->high - 1) * 100};
}

Interval statement_difference(const Quantity& old_value, const Quantity& new_value) {
  if (!shares_hedge(old_value, new_value)) {
    return difference(interval_of(old_value), interval_of(new_value));
  }
  const double tenth = std::max(std::fabs(old_value.value), std::fabs(new_value.value)) * 0.1;
  const Interval d = difference(unhedged(old_value), unhedged(new_value));
  return {d.low - tenth, d.high + tenth};
}

Interval multiplier_allowed(const Quantity& q, Direction direction) {
  Interval allowed = interval_of(q);
  const double v = q.value;
  if (!q.is_range && v >= 1 && q.decimals <= 0 && std::fabs(v - std::round(v)) < 1e-9) {
    // A whole multiple: "doubled", "three times", "4x" cover v ± 0.5.
    allowed = apply_hedge({v - 0.5, v + 0.5}, q.hedge_kind, v);
  } else if (!q.is_range && v > 0 && v < 1 && q.is_word) {
    // A fraction word names a divisor: "halved" divides by 2, read as [1.5, 2.5]. A hedge acts
    // on the divisor: "almost halved" is a divisor in [1.3, 2.5].
    const double divisor = std::round(1 / v);
    const Interval d = apply_hedge({divisor - 0.5, divisor + 0.5}, q.hedge_kind, divisor);
    allowed = {d.high == kInfinity ? 0 : 1 / d.high, d.low > 0 ? 1 / d.low : kInfinity};
  }
  if (direction == Direction::kDecrease && allowed.low >= 1) {
    // "fell three-fold": the new value is a third of the old.
    allowed = {allowed.high == kInfinity ? 0 : 1 / allowed.high, 1 / allowed.low};
  }
  return allowed;
}

std::optional<NamedMultiple> multiplier_named(const Quantity& q, Direction direction) {
  const double v = q.value;
  const bool more_than = q.hedge_kind == Hedge::kMoreThan;
  if (q.is_range || (q.hedge_kind != Hedge::kNone && !more_than) || !(v > 0)) return std::nullopt;
  double target = 0;
  if (v >= 1 && q.decimals <= 0 && std::fabs(v - std::round(v)) < 1e-9) {
    target = direction == Direction::kDecrease && v > 1 ? 1 / v : v;
  } else if (v < 1 && q.is_word) {
    target = 1 / std::round(1 / v);
  } else {
    return std::nullopt;
  }
  if (target == 1) return std::nullopt;  // "once" names no change to fall short of
  // A rise falls short of the word once it misses a tenth of the rise the word names: "doubled"
  // names +100%, so +81% (1.81x) falls short, +92% does not; "tripled" names +200%, so at least
  // 2.8x. Above, and for a fall ("halved"), a tenth of the ratio itself.
  const double short_of = target > 1 ? 1 + 0.9 * (target - 1) : target * 0.9;
  // "more than doubled" names at least the multiple, "more than halved" at most the fraction,
  // with the same room on the side the hedge keeps.
  if (more_than) {
    return NamedMultiple{target,
                         target > 1 ? Interval{short_of, kInfinity} : Interval{0, target * 1.1}};
  }
  return NamedMultiple{target, {short_of, target * 1.1}};
}

Fit fit(const Interval& computed, double computed_point, const Interval& allowed) {
  // Touching ends overlap; a relative slack absorbs floating-point noise at exact boundaries
  // ("from 4.0 to 5.0" has an exact corner at 5.05 / 3.95).
  auto magnitude = [](double x) { return std::isfinite(x) ? std::fabs(x) : 0.0; };
  const double slack = 1e-9 * (1 + std::max({magnitude(computed.low), magnitude(computed.high),
                                             magnitude(allowed.low), magnitude(allowed.high)}));
  if (computed.low > allowed.high + slack || allowed.low > computed.high + slack) {
    return Fit::kInconsistent;
  }
  if (computed_point >= allowed.low - slack && computed_point <= allowed.high + slack) {
    return Fit::kConsistent;
  }
  return Fit::kByRounding;
}

namespace {

constexpr std::string_view kMinus = "\u2212";

// Decimals that show three significant digits, between one and six.
int decimals_for(double v) {
  const double a = std::fabs(v);
  if (a == 0 || !std::isfinite(a)) return 1;
  const int d = 2 - static_cast<int>(std::floor(std::log10(a)));
  return std::clamp(d, 1, 6);
}

// Drops trailing zeros after the first decimal: "2.40" -> "2.4", "120.00" -> "120.0".
std::string trim_zeros(std::string s) {
  const auto dot = s.find('.');
  if (dot == std::string::npos) return s;
  while (s.size() > dot + 2 && s.back() == '0') s.pop_back();
  return s;
}

// Groups thousands in the whole part: "1234567.5" -> "1,234,567.5".
std::string group_thousands(std::string s) {
  const auto dot = s.find('.');
  const std::size_t whole = dot == std::string::npos ? s.size() : dot;
  for (std::size_t i = whole; i > 3; i -= 3) s.insert(i - 3, ",");
  return s;
}

// `extra` more decimals than three significant digits need, to tell apart close range ends.
// From a thousand up a whole number drops its ".0" and groups thousands: "800,000", "1,501.5".
std::string unsigned_number(double a, int extra = 0) {
  if (std::isinf(a)) return "infinity";
  const int decimals = std::min(decimals_for(a) + extra, 9);
  // std::to_chars rounds exactly, as fmt's "{:.Nf}" does, without parsing a format string; a
  // double's fixed form fits the buffer (at most 309 digits and 9 decimals).
  char buffer[400];
  const auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, a, std::chars_format::fixed, decimals);
  std::string s = trim_zeros(error == std::errc{} ? std::string(buffer, end)
                                                  : fmt::format("{:.{}f}", a, decimals));
  if (a >= 1000) {
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    s = group_thousands(std::move(s));
  }
  return s;
}

std::string sign_of(double v, bool with_sign) {
  // A value that prints as zero carries no sign; one of 1 or more prints a digit not 0.
  if (std::fabs(v) < 1 &&
      unsigned_number(std::fabs(v)).find_first_not_of("0.") == std::string::npos) {
    return "";
  }
  if (v < 0) return std::string(kMinus);
  return with_sign ? "+" : "";
}

std::string currency_symbol(std::string_view unit) {
  if (unit == "USD") return "$";
  if (unit == "GBP") return "\u00a3";
  if (unit == "EUR") return "\u20ac";
  if (unit == "JPY") return "\u00a5";
  return std::string(unit) + " ";
}

}  // namespace

std::string format_number(double v) { return sign_of(v, false) + unsigned_number(std::fabs(v)); }

std::string format_signed(double v) { return sign_of(v, true) + unsigned_number(std::fabs(v)); }

std::string format_percent(double v, bool with_sign) {
  return sign_of(v, with_sign) + unsigned_number(std::fabs(v)) + "%";
}

namespace {

std::string amount(double v, std::string_view unit, bool with_sign, int extra) {
  const std::string sign = sign_of(v, with_sign);
  const double a = std::fabs(v);
  if (unit == "%") return sign + unsigned_number(a, extra) + "%";
  if (unit == "pp") return sign + unsigned_number(a, extra) + " pp";
  if (unit == "x") return sign + unsigned_number(a, extra) + "\u00d7";
  // Large figures take a scale word: "$2.4 billion", "31.4 million".
  std::string number = unsigned_number(a, extra);
  struct Scale {
    double factor;
    std::string_view word;
  };
  for (const Scale s : {Scale{1e12, "trillion"}, Scale{1e9, "billion"}, Scale{1e6, "million"}}) {
    if (a >= s.factor) {
      number = unsigned_number(a / s.factor, extra) + " " + std::string(s.word);
      break;
    }
  }
  if (is_currency(unit)) return sign + currency_symbol(unit) + number;
  if (unit.empty() || unit == "count" || unit == "unspecified") return sign + number;
  return sign + number + " " + std::string(unit);
}

}  // namespace

std::string format_amount(double v, std::string_view unit, bool with_sign) {
  return amount(v, unit, with_sign, 0);
}

std::string format_range(const Interval& i, std::string_view unit, bool with_sign) {
  if (i.high == kInfinity && i.low == -kInfinity) return "any value";
  if (i.high == kInfinity) return format_amount(i.low, unit, with_sign) + " or more";
  if (i.low == -kInfinity) return format_amount(i.high, unit, with_sign) + " or less";
  // Close ends get more decimals until they print apart: "43.295 to 43.315", not "43.3 to 43.3".
  std::string low;
  std::string high;
  for (int extra = 0; extra <= 4; ++extra) {
    low = amount(i.low, unit, with_sign, extra);
    high = amount(i.high, unit, with_sign, extra);
    if (low != high) break;
  }
  return low + " to " + high;
}

}  // namespace factcheck
