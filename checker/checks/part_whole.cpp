// checker/checks/part_whole.cpp
//
// (to come)
#include "checker/checks/all.h"

namespace factcheck::checks {

namespace {

class PartWholeCheck final : public Check {
 public:
  std::string_view id() const override { return "part-whole"; }
  std::string_view summary() const override { return "(to come)"; }
  Severity default_severity() const override { return Severity::kError; }
  void run(const Claims&, FindingSink&) const override {}
};

}  // namespace

std::unique_ptr<const Check> make_part_whole() { return std::make_unique<PartWholeCheck>(); }

}  // namespace factcheck::checks
