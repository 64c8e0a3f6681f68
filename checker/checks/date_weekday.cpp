// checker/checks/date_weekday.cpp
//
// Weekday named with a date against the calendar.
//
// Weekdays come from C++20 <chrono> (year_month_day, weekday), so the calendar is the standard
// library's, not ours. "Friday, 15 May 2026" passes; "Wednesday, 15 May 2026" is an error, and
// the finding names the nearest years in which 15 May is a Wednesday (2024 and 2030). When the
// date has no year, the year is taken from the article's own full dates (day, month and year,
// in claims or citations): the most common year among them, ties going to the full date nearest
// before the claim. Then a wrong weekday is an error only if a full date in the same sentence fixes
// the year, and a warning otherwise, saying which year was assumed. Weekdays with no day and
// month ("on Monday"), impossible dates (left to date-validity) and articles with no full
// dates to borrow a year from are left alone.
#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>

#include "checker/checks/all.h"
#include "checker/checks/common.h"

namespace factcheck::checks {

namespace {

namespace chr = std::chrono;

constexpr std::string_view kId = "date-weekday";
constexpr std::string_view kSummary = "weekday named with a date against the calendar";

// The weekday a name stands for ("Wednesday", "Wed", "wed."), as chrono's C encoding (Sunday 0).
std::optional<unsigned> weekday_of_name(std::string_view name) {
  const int d = weekday_of(name);
  return d < 0 ? std::nullopt : std::optional<unsigned>(static_cast<unsigned>(d));
}

std::optional<chr::year_month_day> date_of(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  const chr::year_month_day d{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                              chr::day{static_cast<unsigned>(day)}};
  if (!d.ok()) return std::nullopt;
  return d;
}

unsigned weekday_in(int year, int month, int day) {
  return chr::weekday{chr::sys_days{*date_of(year, month, day)}}.c_encoding();
}

// A full date found in the article, with where it is, to lend its year to dates without one.
struct FullDate {
  std::size_t offset = 0;
  int year = 0;
};

int to_int(std::string_view s) {
  int v = 0;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return -1;
    v = v * 10 + (ch - '0');
  }
  return s.empty() ? -1 : v;
}

// The year of an ISO "YYYY-MM-DD" citation date, or 0 when it is not a full date.
int full_iso_year(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return 0;
  const int y = to_int(iso.substr(0, 4));
  return y > 0 && to_int(iso.substr(5, 2)) > 0 && to_int(iso.substr(8, 2)) > 0 ? y : 0;
}

std::vector<FullDate> full_dates(const Claims& claims) {
  std::vector<FullDate> out;
  for (const Claim& c : claims.claims) {
    if (c.kind == ClaimKind::kDate && c.year != 0 && c.month != 0 && c.day != 0) {
      out.push_back({c.span.begin, c.year});
    }
  }
  for (const Citation& k : claims.citations) {
    if (const int y = full_iso_year(k.date)) out.push_back({k.span.begin, y});
  }
  return out;
}

// The year an undated day-month most likely belongs to, or nullopt when the article has no full
// dates. Most common year; ties go to the nearest full date before `offset` (else after it).
std::optional<int> assumed_year(const std::vector<FullDate>& dates, std::size_t offset) {
  if (dates.empty()) return std::nullopt;
  std::map<int, int> votes;
  for (const FullDate& d : dates) ++votes[d.year];
  int best = 0;
  for (const auto& [year, n] : votes) best = std::max(best, n);
  std::optional<int> nearest;
  std::size_t distance = 0;
  for (const FullDate& d : dates) {
    if (votes[d.year] != best) continue;
    // Dates before the claim are preferred: they are what the reader has in mind.
    const std::size_t dist =
        d.offset <= offset ? offset - d.offset : (d.offset - offset) + (std::size_t{1} << 40);
    if (!nearest || dist < distance) nearest = d.year, distance = dist;
  }
  return nearest;
}

std::string day_month(int month, int day) {
  return std::to_string(day) + " " + std::string(month_name(month));
}

// The years nearest `year`, before and after, in which the day-month falls on `wd`.
std::string nearest_years(int year, int month, int day, unsigned wd, int& closest) {
  std::optional<int> before, after;
  for (int k = 1; k <= 40 && (!before || !after); ++k) {
    if (!before && date_of(year - k, month, day) && weekday_in(year - k, month, day) == wd) {
      before = year - k;
    }
    if (!after && date_of(year + k, month, day) && weekday_in(year + k, month, day) == wd) {
      after = year + k;
    }
  }
  closest = 0;
  if (before) closest = *before;
  if (after && (!before || *after - year < year - *before)) closest = *after;
  if (before && after) return std::to_string(*before) + " and " + std::to_string(*after);
  if (before) return std::to_string(*before);
  if (after) return std::to_string(*after);
  return "no nearby year";
}

class DateWeekdayCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override { return kSummary; }
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    const std::vector<FullDate> dates = full_dates(claims);
    for (const Claim& c : claims.claims) {
      if (c.kind != ClaimKind::kDate || c.weekday.empty() || c.month == 0 || c.day == 0) continue;
      const auto stated = weekday_of_name(c.weekday);
      if (!stated) continue;
      int year = c.year;
      bool certain = c.year != 0;
      std::string assumption;
      if (year == 0) {
        // A full date in the same sentence fixes the year; otherwise borrow the article's.
        for (const Claim& o : claims_in_sentence(claims, c.sentence)) {
          if (&o != &c && o.kind == ClaimKind::kDate && o.sentence == c.sentence && o.year != 0 &&
              o.month != 0 && o.day != 0) {
            year = o.year, certain = true;
            assumption = "the year " + std::to_string(year) + " is taken from the full date " +
                         "in the same sentence; ";
            break;
          }
        }
      }
      if (year == 0) {
        const auto y = assumed_year(dates, c.span.begin);
        if (!y) continue;
        year = *y;
        assumption = "no year is stated; assuming " + std::to_string(year) +
                     ", the year of the article's own dates; ";
      }
      if (!date_of(year, c.month, c.day)) continue;  // impossible: date-validity's to report
      const unsigned actual = weekday_in(year, c.month, c.day);
      const std::string dm = day_month(c.month, c.day);
      const std::string actual_name(weekday_name(static_cast<int>(actual)));
      const std::string stated_name(weekday_name(static_cast<int>(*stated)));
      Finding f;
      f.check = std::string(kId);
      f.claims = {c.id};
      f.span = c.span;
      const std::string year_text = (c.year != 0 ? "" : "assumed ") + std::to_string(year);
      if (actual == *stated) {
        f.severity = Severity::kPass;
        f.message = dm + " " + std::to_string(year) + " is a " + actual_name +
                    (c.year != 0 ? "" : " (year " + year_text + ")");
        f.explanation = assumption + dm + " " + std::to_string(year) + " falls on a " +
                        actual_name + ", as stated: consistent";
      } else {
        int closest = 0;
        const std::string others = nearest_years(year, c.month, c.day, *stated, closest);
        f.severity = certain ? Severity::kError : Severity::kWarning;
        f.message = dm + " " + std::to_string(year) + " is a " + actual_name + ", not a " +
                    stated_name + (c.year != 0 ? "" : " (year " + year_text + ")") + "; it is a " +
                    stated_name + " in " + others;
        f.explanation = assumption + dm + " " + std::to_string(year) + " falls on a " +
                        actual_name + "; the text says " + stated_name + ", which " + dm +
                        " is in " + others + ": " +
                        (certain ? "inconsistent"
                                 : "inconsistent if the assumed year is right; an editor should "
                                   "check the year");
        if (closest != 0 && std::abs(closest - year) <= 2) {
          f.slip = "the weekday of " + dm + " " + std::to_string(closest) +
                   ": a calendar for another year";
        }
      }
      out.add(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<const Check> make_date_weekday() { return std::make_unique<DateWeekdayCheck>(); }

}  // namespace factcheck::checks
