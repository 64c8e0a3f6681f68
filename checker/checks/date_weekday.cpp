// checker/checks/date_weekday.cpp
//
// (to come)
#include "checker/checks/all.h"

namespace factcheck::checks {

namespace {

class DateWeekdayCheck final : public Check {
 public:
  std::string_view id() const override { return "date-weekday"; }
  std::string_view summary() const override { return "(to come)"; }
  Severity default_severity() const override { return Severity::kError; }
  void run(const Claims&, FindingSink&) const override {}
};

}  // namespace

std::unique_ptr<const Check> make_date_weekday() { return std::make_unique<DateWeekdayCheck>(); }

}  // namespace factcheck::checks
