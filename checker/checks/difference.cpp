// checker/checks/difference.cpp
//
// (to come)
#include "checker/checks/all.h"

namespace factcheck::checks {

namespace {

class DifferenceCheck final : public Check {
 public:
  std::string_view id() const override { return "difference"; }
  std::string_view summary() const override { return "(to come)"; }
  Severity default_severity() const override { return Severity::kError; }
  void run(const Claims&, FindingSink&) const override {}
};

}  // namespace

std::unique_ptr<const Check> make_difference() { return std::make_unique<DifferenceCheck>(); }

}  // namespace factcheck::checks
