// checker/checks/timeline.cpp
//
// (to come)
#include "checker/checks/all.h"

namespace factcheck::checks {

namespace {

class TimelineCheck final : public Check {
 public:
  std::string_view id() const override { return "timeline"; }
  std::string_view summary() const override { return "(to come)"; }
  Severity default_severity() const override { return Severity::kError; }
  void run(const Claims&, FindingSink&) const override {}
};

}  // namespace

std::unique_ptr<const Check> make_timeline() { return std::make_unique<TimelineCheck>(); }

}  // namespace factcheck::checks
