// Numbers in scientific notation ("5e2", "1.2e-3", "3E+8") are left out: read as their first
// digits they once gave false errors ("rose to 1.5e3 from 1.2e3, up 25%" judged as 1 to 1).
#include <doctest/doctest.h>

#include <string>

#include "checker/checker.h"
#include "extractor/internal.h"

using namespace factcheck;

namespace {

std::vector<Quantity> scan(std::string_view text) {
  return detail::scan_quantities(detail::SentenceWork(text, {0, text.size()}));
}

}  // namespace

TEST_CASE("no figure is read out of a number in scientific notation") {
  const std::string_view cases[] = {
      "The lab counted 5e2 colonies.",      "a dose of 1.2e-3 grams",
      "Light covers 3E+8 metres a second.", "the sample held 1e3 cells",
      "about 12e3 units were shipped",      "a tolerance of 2.5E-4",
      "the model has 7e9 parameters",       "cost fell 4.5e+2%",
  };
  for (std::string_view text : cases) {
    CAPTURE(text);
    CHECK(scan(text).empty());
  }
}

TEST_CASE("figures next to an e that is not an exponent are still read") {
  struct Case {
    std::string_view text;
    std::string_view figure;
    double value;
  };
  const Case cases[] = {
      {"5 employees joined", "5", 5},       {"a 3% increase", "3%", 3},
      {"in 2026 each store", "2026", 2026}, {"sold 40 e-bikes", "40", 40},
      {"$5e was written", "$5", 5},         {"rose 12% to $3.2m, Eastern region", "12%", 12},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto qs = scan(c.text);
    REQUIRE_FALSE(qs.empty());
    CHECK(qs[0].text == c.figure);
    CHECK(qs[0].value == c.value);
  }
}

TEST_CASE("a change between numbers in scientific notation gives no false error") {
  const std::string_view cases[] = {
      "Output rose to 1.5e3 tonnes from 1.2e3 tonnes, up 25%.",
      "The count fell from 4e2 to 3e2, down 25%.",
      "Throughput rose 50% to 3E+4 from 2E+4 requests.",
  };
  for (std::string_view text : cases) {
    CAPTURE(text);
    const Claims claims = extract(text);
    for (const Finding& f : check(claims)) {
      CAPTURE(f.message);
      CHECK(f.severity != Severity::kError);
    }
    for (const Claim& c : claims.claims) {
      for (const Quantity& q : c.quantities) {
        CAPTURE(q.text);
        CHECK(q.unit == "%");  // only the stated change is a figure
      }
    }
  }
}
