// What the words right around a figure make it to a change, read once by the extractor
// (kinds/figure_change.cpp: Quantity::role) so the implied-value check never reads the text for
// it. Sentences are our own, modelled on business copy.
#include <doctest/doctest.h>

#include <optional>
#include <string_view>

#include "extractor/extractor.h"

using namespace factcheck;

namespace {

// The role of the figure written `figure` among the claims' quantities; nullopt when none is.
std::optional<FigureRole> role_of(const Claims& claims, std::string_view figure) {
  for (const Claim& c : claims.claims) {
    for (const Quantity& q : c.quantities) {
      if (q.text == figure) return q.role;
    }
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("a figure's role says whether it names a change or is the amount one moves") {
  struct Case {
    std::string_view text;
    std::string_view figure;
    FigureRole role;
  };
  const Case cases[] = {
      // A percentage followed by a change noun (implied-change-noun).
      {"A 14% cut in fuel costs will save the airline £31m a year.", "14%",
       FigureRole::kChangeNoun},
      {"The council approved a 6% rise in rents from April.", "6%", FigureRole::kChangeNoun},
      {"Turnout was 61% in the north of the county.", "61%", FigureRole::kNone},
      // An amount after a verb of saving or adding, past one hedge, or before a comparative.
      {"A 14% cut in fuel costs will save the airline £31m a year.", "£31m",
       FigureRole::kNone},  // the object comes between the verb and the amount
      {"A 14% cut in fuel costs will save about £31m a year.", "£31m", FigureRole::kChangeAmount},
      {"The new tier will add $12 million in annual revenue.", "$12 million",
       FigureRole::kChangeAmount},
      {"That means roughly $45 million less spend on rentals.", "$45 million",
       FigureRole::kChangeAmount},
      {"The shop took $45 million in its first year.", "$45 million", FigureRole::kNone},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Claims claims = extract(c.text);
    const auto role = role_of(claims, c.figure);
    REQUIRE(role.has_value());
    CHECK(*role == c.role);
  }
}
