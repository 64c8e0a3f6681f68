// checker/checks/date_validity.cpp
//
// (to come)
#include "checker/checks/all.h"

namespace factcheck::checks {

namespace {

class DateValidityCheck final : public Check {
 public:
  std::string_view id() const override { return "date-validity"; }
  std::string_view summary() const override { return "(to come)"; }
  Severity default_severity() const override { return Severity::kError; }
  void run(const Claims&, FindingSink&) const override {}
};

}  // namespace

std::unique_ptr<const Check> make_date_validity() { return std::make_unique<DateValidityCheck>(); }

}  // namespace factcheck::checks
