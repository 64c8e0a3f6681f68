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
