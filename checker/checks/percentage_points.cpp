// checker/checks/percentage_points.cpp
//
// (to come)
#include "checker/checks/all.h"

namespace factcheck::checks {

namespace {

class PercentagePointsCheck final : public Check {
 public:
  std::string_view id() const override { return "percentage-points"; }
  std::string_view summary() const override { return "(to come)"; }
  Severity default_severity() const override { return Severity::kError; }
  void run(const Claims&, FindingSink&) const override {}
};

}  // namespace

std::unique_ptr<const Check> make_percentage_points() { return std::make_unique<PercentagePointsCheck>(); }

}  // namespace factcheck::checks
