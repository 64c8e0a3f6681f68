// checker/checks/multiple.cpp
//
// (to come)
#include "checker/checks/all.h"

namespace factcheck::checks {

namespace {

class MultipleCheck final : public Check {
 public:
  std::string_view id() const override { return "multiple"; }
  std::string_view summary() const override { return "(to come)"; }
  Severity default_severity() const override { return Severity::kError; }
  void run(const Claims&, FindingSink&) const override {}
};

}  // namespace

std::unique_ptr<const Check> make_multiple() { return std::make_unique<MultipleCheck>(); }

}  // namespace factcheck::checks
