// Every check documents itself (STYLE.md): what it checks, what it leaves alone, and two
// examples that do what the page says: the first gets no finding above a pass from its check,
// the second a finding that is not a pass.
#include <doctest/doctest.h>

#include "reports/reports.h"

using namespace factcheck;

namespace {

// The most serious verdict `check` gives `text`; nullopt when it says nothing.
std::optional<Severity> verdict(const Check& check, std::string_view text) {
  const Claims claims = extract(text);
  std::optional<Severity> worst;
  for (const Finding& f : factcheck::check(claims)) {
    if (f.check == check.id() && (!worst || f.severity > *worst)) worst = f.severity;
  }
  return worst;
}

}  // namespace

TEST_CASE("every check's examples do what its documentation says") {
  for (const auto& c : registry()) {
    CAPTURE(c->id());
    const CheckDoc doc = c->doc();
    CHECK(!doc.what.empty());
    CHECK(!doc.leaves_alone.empty());
    REQUIRE(!doc.passes.empty());
    REQUIRE(!doc.fails.empty());
    const auto passed = verdict(*c, doc.passes);
    CHECK((!passed || *passed == Severity::kPass));
    const auto failed = verdict(*c, doc.fails);
    REQUIRE(failed);
    CHECK(*failed != Severity::kPass);
    CHECK(*failed <= c->default_severity());
  }
}

TEST_CASE("an explanation shows the examples with what the check says of them") {
  for (const auto& c : registry()) {
    if (c->id() != "percent-change") continue;
    const std::string page = explain(*c);
    CHECK(page.starts_with("# percent-change\n\nPercent change that no rounding"));
    CHECK(page.find("## What it leaves alone") != std::string::npos);
    CHECK(page.find("    error: reported 20% increase does not follow from $4.0 million to $5.0 "
                    "million") != std::string::npos);
    CHECK(page.find("    pass: reported 24% increase follows") != std::string::npos);
  }
}
