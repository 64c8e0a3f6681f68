// checker/checks/percent_change.cpp
//
// (to come)
#include "checker/checks/all.h"

namespace factcheck::checks {

namespace {

class PercentChangeCheck final : public Check {
 public:
  std::string_view id() const override { return "percent-change"; }
  std::string_view summary() const override { return "(to come)"; }
  Severity default_severity() const override { return Severity::kError; }
  void run(const Claims&, FindingSink&) const override {}
};

}  // namespace

std::unique_ptr<const Check> make_percent_change() { return std::make_unique<PercentChangeCheck>(); }

}  // namespace factcheck::checks
