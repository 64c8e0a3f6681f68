// checker/checks/implied_value.cpp
//
// (to come)
#include "checker/checks/all.h"

namespace factcheck::checks {

namespace {

class ImpliedValueCheck final : public Check {
 public:
  std::string_view id() const override { return "implied-value"; }
  std::string_view summary() const override { return "(to come)"; }
  Severity default_severity() const override { return Severity::kError; }
  void run(const Claims&, FindingSink&) const override {}
};

}  // namespace

std::unique_ptr<const Check> make_implied_value() { return std::make_unique<ImpliedValueCheck>(); }

}  // namespace factcheck::checks
