// enumeration-count: a stated count against the items listed.
#include "tests/checker_context/builder.h"

namespace factcheck::testing {
namespace {

TEST_CASE("enumeration-count compares the stated count with the items listed") {
  struct Case {
    std::string_view text;
    std::string_view claim;  // the enumeration's bytes
    int count;
    std::vector<std::string> items;
    std::string_view expected;  // worst severity
  };
  const Case cases[] = {
      {"The firm named the four partners (Acme, Birch, Cobalt, Delta and Ember) on Monday.",
       "four partners (Acme, Birch, Cobalt, Delta and Ember)",
       4,
       {"Acme", "Birch", "Cobalt", "Delta", "Ember"},
       "error"},
      {"Its five-model suite (Alder, Beech, Cedar, Dogwood, and Elm) lost users.",
       "five-model suite (Alder, Beech, Cedar, Dogwood, and Elm)",
       5,
       {"Alder", "Beech", "Cedar", "Dogwood", "Elm"},
       "pass"},
      {"The three banks (Northway, Southway) agreed.",
       "three banks (Northway, Southway)",
       3,
       {"Northway", "Southway"},
       "error"},
      // A list that says it is partial may name fewer, never more.
      {"Six lenders, including Northway and Southway, agreed.",
       "Six lenders, including Northway and Southway",
       6,
       {"Northway", "Southway"},
       "pass"},
      {"Two lenders, including Northway, Southway and Eastway, agreed.",
       "Two lenders, including Northway, Southway and Eastway",
       2,
       {"Northway", "Southway", "Eastway"},
       "error"},
      {"The one partner (Acme) signed.", "one partner (Acme)", 1, {"Acme"}, "pass"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    Claim& e = doc.add(ClaimKind::kEnumeration, c.claim);
    e.count = c.count;
    e.items = c.items;
    const auto fs = run_check("enumeration-count", doc.claims());
    REQUIRE(fs.size() == 1);
    CHECK(worst(fs) == c.expected);
    check_shape(fs, "enumeration-count", doc.claims());
  }
}

TEST_CASE("enumeration-count message names both numbers") {
  Doc doc{"The four partners (Acme, Birch, Cobalt, Delta and Ember) met."};
  Claim& e =
      doc.add(ClaimKind::kEnumeration, "four partners (Acme, Birch, Cobalt, Delta and Ember)");
  e.count = 4;
  e.items = {"Acme", "Birch", "Cobalt", "Delta", "Ember"};
  e.quantities.push_back(doc.q("four", 4, 0, "count"));
  const auto fs = run_check("enumeration-count", doc.claims());
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message == "stated count four does not match the 5 items listed");
  CHECK(fs[0].span == doc.span("four partners (Acme, Birch, Cobalt, Delta and Ember)"));
  CHECK(fs[0].explanation.find("Acme, Birch, Cobalt, Delta, Ember") != std::string::npos);
}

TEST_CASE("enumeration-count leaves counts without a list alone") {
  Doc doc{"The five partners met."};
  Claim& e = doc.add(ClaimKind::kEnumeration, "five partners");
  e.count = 5;
  CHECK(run_check("enumeration-count", doc.claims()).empty());
}

}  // namespace
}  // namespace factcheck::testing
