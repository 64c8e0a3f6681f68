// checker/checks/date_validity.cpp
//
// Impossible dates (31 April, 29 February 2025, 31 June, month 13, Q5, H3).
//
// Calendars come from C++20 <chrono> (year_month_day, year::is_leap, year_month_day_last): the
// standard library already knows month lengths and leap years, so we do not write our own.
// A day-month with no year may be 29 February (some year is a leap year). Both ends of a range
// are checked; whether a range runs backwards is timeline's to judge. Bare months and years ("in
// 2004", "April 2026") are always valid and are left alone.
#include <chrono>
#include <optional>
#include <string>

#include "checker/checks/all.h"
#include "checker/checks/common.h"

namespace factcheck::checks {

namespace {

namespace chr = std::chrono;

constexpr std::string_view kId = "date-validity";
constexpr std::string_view kSummary =
    "impossible dates (31 April, 29 February 2025, 31 June, month 13, Q5, H3)";

// The parts of a date as the claim states them; zero means not stated.

std::string describe(const Parts& p) {
  std::string out;
  if (p.quarter != 0) out = "Q" + std::to_string(p.quarter);
  if (p.half != 0) out = "H" + std::to_string(p.half);
  if (p.month != 0) {
    const std::string m = p.month >= 1 && p.month <= 12 ? std::string(month_name(p.month))
                                                        : "month " + std::to_string(p.month);
    out = p.day != 0 ? std::to_string(p.day) + " " + m : m;
  }
  if (p.year != 0) out += (out.empty() ? "" : " ") + std::to_string(p.year);
  return out;
}

// Last day of a month; with no year, February may have 29 days.
int last_day(int year, int month) {
  const int y = year != 0 ? year : 2024;  // 2024 is a leap year: any day-month of some year
  return static_cast<int>(static_cast<unsigned>(chr::year_month_day_last{
      chr::year{y}, chr::month_day_last{chr::month{static_cast<unsigned>(
                        month)}}}.day()));
}

// Why the date cannot exist, or nullopt when it can.
std::optional<std::string> impossible(const Parts& p) {
  if (p.month != 0 && (p.month < 1 || p.month > 12)) {
    return "there is no month " + std::to_string(p.month) + "; months run 1 to 12";
  }
  if (p.quarter != 0 && (p.quarter < 1 || p.quarter > 4)) {
    return "there is no quarter Q" + std::to_string(p.quarter) + "; quarters run Q1 to Q4";
  }
  if (p.half != 0 && (p.half < 1 || p.half > 2)) {
    return "there is no half-year H" + std::to_string(p.half) + "; halves are H1 and H2";
  }
  if (p.day != 0 && p.month != 0) {
    const int last = last_day(p.year, p.month);
    if (p.day < 1 || p.day > last) {
      std::string why = std::string(month_name(p.month)) +
                        (p.year != 0 ? " " + std::to_string(p.year) : "") + " has " +
                        std::to_string(last) + " days";
      if (p.month == 2 && p.day == 29 && p.year != 0) {
        why += "; " + std::to_string(p.year) + " is not a leap year";
      }
      return why;
    }
  }
  return std::nullopt;
}

Finding finding(const Claim& c, Severity severity, std::string message, std::string explanation) {
  Finding f;
  f.check = std::string(kId);
  f.severity = severity;
  f.claims = {c.id};
  f.span = c.span;
  f.message = std::move(message);
  f.explanation = std::move(explanation);
  return f;
}

class DateValidityCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override { return kSummary; }
  CheckDoc doc() const override {
    return {.what =
                "Dates that do not exist: 31 April, 29 February 2025, 31 June, month 13, Q5, H3, "
                "at both ends of a range. A day and month with no year may be 29 February, since "
                "some year is a leap year.",
            .leaves_alone =
                "Bare months and years (\"in 2004\", \"April 2026\"), which always exist; whether "
                "a range runs backwards (timeline).",
            .passes = "The offer closes on 30 April 2026.",
            .fails = "The offer closes on 31 April 2026."};
  }
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    for (const Claim& c : claims.claims) {
      if (c.kind != ClaimKind::kDate) continue;
      const Parts start{c.year, c.month, c.day, c.quarter, c.half};
      const std::optional<Parts> end = c.date_end.empty() ? std::nullopt : parse_iso(c.date_end);
      bool bad = false;
      for (const Parts* p : {&start, end ? &*end : nullptr}) {
        if (p == nullptr) continue;
        if (auto why = impossible(*p)) {
          Finding f = finding(c, Severity::kError, "no such date: " + describe(*p),
                              *why + ": no such date exists");
          if (p->month == 2 && p->day == 29 && p->year != 0) {
            f.slip = "29 February exists only in leap years";
          }
          out.add(std::move(f));
          bad = true;
        }
      }
      if (bad) continue;
      // Only dates with a day, quarter or half can be impossible; bare months and years are
      // not reported.
      auto precise = [](const Parts& p) { return p.day != 0 || p.quarter != 0 || p.half != 0; };
      if (precise(start) || (end && precise(*end))) {
        const std::string shown = describe(start) + (end ? " to " + describe(*end) : "");
        out.add(finding(c, Severity::kPass, "valid date: " + shown,
                        shown + " exists in the calendar: consistent"));
      }
    }
  }
};

}  // namespace

std::unique_ptr<const Check> make_date_validity() { return std::make_unique<DateValidityCheck>(); }

}  // namespace factcheck::checks
