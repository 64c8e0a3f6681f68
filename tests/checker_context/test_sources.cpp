// The one rule for which citation supports a claim, shared by the citation check and the
// reports' sources: the sentence's own citation, else the first one in its paragraph.
#include <doctest/doctest.h>

#include <string>

#include "checker/checker.h"

namespace factcheck {
namespace {

// The source name supporting the claim whose first figure is written `figure`; "" for none.
std::string source_of(const Claims& claims, std::string_view figure) {
  const auto sources = supporting_citations(claims);
  for (std::size_t i = 0; i < claims.claims.size(); ++i) {
    const Claim& c = claims.claims[i];
    if (c.quantities.empty() || c.quantities.front().text != figure) continue;
    return sources[i] ? claims.citations[*sources[i]].source : "";
  }
  FAIL("no claim with the figure ", figure);
  return "";
}

TEST_CASE("a claim is supported by its sentence's citation, else by its paragraph's first") {
  const std::string text =
      "Sales at Pelham Tools rose 12% (Trade Weekly, 3 May 2026). Margins reached 9%.\n"
      "Its 400 staff (HR Review, 2025) earn $41,000 on average (Pay Survey, 2026).\n"
      "Costs rose 4%.\n";
  const Claims claims = extract(text);
  CHECK(source_of(claims, "12%") == "Trade Weekly");
  CHECK(source_of(claims, "9%") == "Trade Weekly");  // the paragraph's citation
  CHECK(source_of(claims, "4%") == "");              // a paragraph with none
  // The check passes the paragraph's figures by the same rule and notes the last.
  const std::vector<Finding> findings = check(claims);
  std::size_t passes = 0, notes = 0;
  for (const Finding& f : findings) {
    if (f.check != "citation") continue;
    passes += f.severity == Severity::kPass;
    notes += f.severity == Severity::kNote;
    if (f.severity == Severity::kNote) CHECK(f.message == "no source cited for 4%");
  }
  CHECK(notes == 1);
  CHECK(passes >= 2);
}

}  // namespace
}  // namespace factcheck
