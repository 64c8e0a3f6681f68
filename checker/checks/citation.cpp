// checker/checks/citation.cpp
//
// (to come)
#include "checker/checks/all.h"

namespace factcheck::checks {

namespace {

class CitationCheck final : public Check {
 public:
  std::string_view id() const override { return "citation"; }
  std::string_view summary() const override { return "(to come)"; }
  Severity default_severity() const override { return Severity::kError; }
  void run(const Claims&, FindingSink&) const override {}
};

}  // namespace

std::unique_ptr<const Check> make_citation() { return std::make_unique<CitationCheck>(); }

}  // namespace factcheck::checks
