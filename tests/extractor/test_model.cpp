// The claim model's own pieces: Boxed, the heap-kept optional a claim's old and new values use.
#include <doctest/doctest.h>

#include <optional>

#include "extractor/extractor.h"

using namespace factcheck;

TEST_CASE("a boxed value behaves as an optional and copies deeply") {
  Claim a;
  CHECK_FALSE(a.old_value);
  Quantity q;
  q.text = "$120 million";
  q.value = 120e6;
  a.old_value = q;
  REQUIRE(a.old_value.has_value());
  CHECK(a.old_value->value == 120e6);

  Claim b = a;  // a copy owns its own value
  b.old_value->value = 5;
  CHECK(a.old_value->value == 120e6);
  CHECK(b.old_value->value == 5);

  Claim c = std::move(b);
  CHECK(c.old_value->value == 5);
  const std::optional<Quantity> as_optional = c.old_value;
  REQUIRE(as_optional);
  CHECK(as_optional->text == "$120 million");

  c.old_value = std::nullopt;
  CHECK_FALSE(c.old_value);
  a.new_value.reset();
  CHECK_FALSE(a.new_value.has_value());
}

TEST_CASE("a unit knows its dimension from its code and the lexicon") {
  CHECK(Unit().dimension() == Dimension::kNone);
  CHECK(Unit("NZD").is_money());
  CHECK(Unit("%").dimension() == Dimension::kPercent);
  CHECK(Unit("pp").dimension() == Dimension::kPoints);
  CHECK(Unit("x").dimension() == Dimension::kMultiple);
  CHECK(Unit("count").dimension() == Dimension::kCount);
  CHECK(Unit("age").dimension() == Dimension::kAge);
  CHECK(Unit("hour").is_time());
  CHECK(Unit("quarter").is_time());
  CHECK(Unit("km").dimension() == Dimension::kLength);
  CHECK(Unit("Megawatts").dimension() == Dimension::kPower);  // the lexicon ignores case
  CHECK(Unit("GB").dimension() == Dimension::kData);
  CHECK(Unit("C").dimension() == Dimension::kTemperature);
  CHECK(Unit("Usd").dimension() == Dimension::kOther);  // an ISO code is upper case
  CHECK(Unit("widgets").dimension() == Dimension::kOther);
  CHECK(to_string(Dimension::kLength) == "length");
}

TEST_CASE("a unit reads, compares and reassigns as its code") {
  Unit u = "EUR";
  CHECK(u == "EUR");
  CHECK(u == std::string("EUR"));
  CHECK(u != Unit("USD"));
  CHECK(std::string_view(u).size() == 3);
  u = std::string("tonnes");
  CHECK(u.dimension() == Dimension::kMass);
  CHECK_FALSE(u.is_money());
  u.clear();
  CHECK(u.empty());
  CHECK(u.dimension() == Dimension::kNone);
  // A code longer than the capacity is cut before a character, never inside one.
  const std::string long_code = std::string(Unit::kCapacity - 1, 'a') + "\xC3\xA9";
  u = long_code;
  CHECK(u.size() == Unit::kCapacity - 1);
}

TEST_CASE("the extractor gives each figure's unit its dimension") {
  const Claims c = extract("The plant makes 3.2 GW and cost $40 million; the site is 12 km long.");
  bool power = false, money = false, length = false;
  for (const Claim& claim : c.claims) {
    for (const Quantity& q : claim.quantities) {
      power |= q.unit.dimension() == Dimension::kPower;
      money |= q.unit.is_money() && q.unit == "USD";
      length |= q.unit.dimension() == Dimension::kLength;
    }
  }
  CHECK(power);
  CHECK(money);
  CHECK(length);
}
