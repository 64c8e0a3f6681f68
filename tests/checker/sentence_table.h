// A table of sentences, each run through extract() then check(), with what one check must say of
// it: shared by the tests that judge sentences modelled on real copy.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "checker/checker.h"
#include "extractor/extractor.h"

namespace factcheck::testing {

struct Case {
  std::string_view text;
  std::string_view check;
  std::string_view severity;  // "none" when the check must say nothing
  std::string_view slip = {};
};

/// The findings of one check on one sentence.
inline std::vector<Finding> findings_of(std::string_view text, std::string_view check_id) {
  const Claims claims = extract(text);
  std::vector<Finding> out;
  for (Finding& f : check(claims)) {
    if (f.check == check_id) out.push_back(std::move(f));
  }
  return out;
}

/// The worst severity of a check's findings on a sentence; "none" for none.
inline std::string worst_of(std::string_view text, std::string_view check_id) {
  const std::vector<Finding> found = findings_of(text, check_id);
  if (found.empty()) return "none";
  Severity at = found.front().severity;
  for (const Finding& f : found) at = std::max(at, f.severity);
  return std::string(to_string(at));
}

/// Each case's check says exactly one finding of its severity and slip, or nothing for "none".
inline void run_table(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CAPTURE(c.check);
    const auto found = findings_of(c.text, c.check);
    if (c.severity == "none") {
      CHECK(found.empty());
      continue;
    }
    REQUIRE(found.size() == 1);
    CAPTURE(found[0].message);
    CAPTURE(found[0].explanation);
    CHECK(to_string(found[0].severity) == c.severity);
    CHECK(found[0].slip == c.slip);
  }
}

/// Each case's check says its severity at worst, over however many findings.
inline void run_worst_table(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(worst_of(c.text, c.check) == c.severity);
  }
}

}  // namespace factcheck::testing
