// Numbers in scientific notation ("1.2e-3", "3E+8", "6.022 × 10^23", "1.6×10⁻¹⁹") are read
// with their value and the precision of their mantissa: read as their first digits they once gave
// false errors ("rose to 1.5e3 from 1.2e3, up 25%" judged as 1 to 1).
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "checker/checker.h"
#include "extractor/internal.h"

using namespace factcheck;

namespace {

std::vector<Quantity> scan(std::string_view text) {
  return detail::scan_quantities(detail::SentenceWork(text, {0, text.size()}));
}

bool near(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::fabs(b); }

}  // namespace

TEST_CASE("a number in scientific notation is read with its value and written precision") {
  struct Case {
    std::string_view text;
    double value;
    double low;
    double high;
  };
  const Case cases[] = {
      {"a dose of 1.2e-3 grams", 1.2e-3, 1.15e-3, 1.25e-3},
      {"Light covers 3E+8 metres a second.", 3e8, 2.5e8, 3.5e8},
      {"a tolerance of 2.5E-4", 2.5e-4, 2.45e-4, 2.55e-4},
      {"a dose of 1e-3 grams", 1e-3, 0.5e-3, 1.5e-3},
      {"A mole holds 6.022 \xC3\x97 10^23 atoms.", 6.022e23, 6.0215e23, 6.0225e23},
      {"The charge is 1.6\xC3\x97"
       "10\xE2\x81\xBB\xC2\xB9\xE2\x81\xB9 coulombs.",
       1.6e-19, 1.55e-19, 1.65e-19},
      {"a mass of 2.0 x 10^30 kg", 2e30, 1.95e30, 2.05e30},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    const auto qs = scan(c.text);
    REQUIRE(qs.size() == 1);
    CHECK(near(qs[0].value, c.value));
    CHECK(near(qs[0].low, c.low));
    CHECK(near(qs[0].high, c.high));
    CHECK(qs[0].decimals >= 0);  // -1 is a number in words
  }
}

// A whole mantissa with an unsigned exponent is a name as often as a number: "the 7E7" was
// Boeing's plane, "25e6" a filing's broken bullet. It is left out, as is an exponent too long or
// glued to letters.
TEST_CASE("an unsigned exponent after a whole number, or one too long, reads no figure") {
  for (std::string_view text : {"The lab counted 5e2 colonies.", "the model has 7e9 parameters",
                                "the first 7E7 planes", "ratio of no more than : 25e6 6-to-1",
                                "the code 5e1234 was sent", "part 3e4f was replaced"}) {
    CAPTURE(text);
    for (const Quantity& q : scan(text)) {
      CAPTURE(q.text);
      CHECK(q.text.find_first_of("eE") == std::string_view::npos);
    }
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
  }
}

TEST_CASE("a wrong change between numbers in scientific notation is an error") {
  const Claims claims = extract("Output rose to 1.5e3 tonnes from 1.2e3 tonnes, up 40%.");
  bool error = false;
  for (const Finding& f : check(claims)) error = error || f.severity == Severity::kError;
  CHECK(error);
}
