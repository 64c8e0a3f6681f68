// checker/checks/change_direction.cpp
//
// (to come)
#include "checker/checks/all.h"

namespace factcheck::checks {

namespace {

class ChangeDirectionCheck final : public Check {
 public:
  std::string_view id() const override { return "change-direction"; }
  std::string_view summary() const override { return "(to come)"; }
  Severity default_severity() const override { return Severity::kError; }
  void run(const Claims&, FindingSink&) const override {}
};

}  // namespace

std::unique_ptr<const Check> make_change_direction() { return std::make_unique<ChangeDirectionCheck>(); }

}  // namespace factcheck::checks
