// checker/checks/enumeration_count.cpp
//
// (to come)
#include "checker/checks/all.h"

namespace factcheck::checks {

namespace {

class EnumerationCountCheck final : public Check {
 public:
  std::string_view id() const override { return "enumeration-count"; }
  std::string_view summary() const override { return "(to come)"; }
  Severity default_severity() const override { return Severity::kError; }
  void run(const Claims&, FindingSink&) const override {}
};

}  // namespace

std::unique_ptr<const Check> make_enumeration_count() { return std::make_unique<EnumerationCountCheck>(); }

}  // namespace factcheck::checks
