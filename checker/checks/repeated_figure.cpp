// checker/checks/repeated_figure.cpp
//
// (to come)
#include "checker/checks/all.h"

namespace factcheck::checks {

namespace {

class RepeatedFigureCheck final : public Check {
 public:
  std::string_view id() const override { return "repeated-figure"; }
  std::string_view summary() const override { return "(to come)"; }
  Severity default_severity() const override { return Severity::kError; }
  void run(const Claims&, FindingSink&) const override {}
};

}  // namespace

std::unique_ptr<const Check> make_repeated_figure() { return std::make_unique<RepeatedFigureCheck>(); }

}  // namespace factcheck::checks
