// The context checks on sentences modelled on real copy, read by the extractor: extract() then the
// check. Our own figures and names; the phrasing follows the corpus articles.
#include "tests/checker_context/builder.h"

namespace factcheck::testing {
namespace {

TEST_CASE("context checks on extracted sentences") {
  struct Case {
    std::string_view check;
    std::string_view text;
    std::string_view expected;  // worst severity from that check
  };
  const Case cases[] = {
      {"enumeration-count",
       "Corvane confirmed that the four-model suite (Alder, Birch, Cedar, Dogwood and Elm) lost "
       "users during Q1.",
       "error"},
      {"enumeration-count",
       "Corvane confirmed that the five-model suite (Alder, Birch, Cedar, Dogwood and Elm) lost "
       "users during Q1.",
       "pass"},
      {"date-weekday", "The results came on Thursday, 14 May 2026, after the close.", "pass"},
      {"date-weekday", "The results came on Tuesday, 14 May 2026, after the close.", "error"},
      {"date-validity", "The results are due on 31 June 2026, the company said.", "error"},
      {"date-validity", "The results are due on 30 June 2026, the company said.", "pass"},
      {"rate", "Corvane spends $36 million a quarter on compute, or $180 million a year.", "error"},
      {"rate", "Corvane spends $36 million a quarter on compute, or $144 million a year.", "pass"},
      {"timeline",
       "The new plant, opened on 2 February 2026, reached full output in six weeks, on 13 April "
       "2026.",
       "error"},
      {"timeline",
       "The new plant, opened on 2 February 2026, reached full output in ten weeks, on 13 April "
       "2026.",
       "pass"},
      {"part-whole",
       "Of its 240 branches, 150 are in England, 62 in Scotland and 38 in Wales, the bank said.",
       "warning"},
      {"part-whole",
       "Of its 240 branches, 150 are in England, 52 in Scotland and 38 in Wales, the bank said.",
       "pass"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Claims claims = extract(c.text);
    const auto fs = run_check(c.check, claims);
    CHECK(worst(fs) == c.expected);
    check_shape(fs, c.check, claims);
  }
}

TEST_CASE("timeline reads a source dated before an ordinal period on extracted text") {
  const std::string text =
      "The company launched its agent platform on 12 January 2026 and, within its first two "
      "months, signed 240 paying customers (Corvane Blog, 2 February 2026).";
  const Claims claims = extract(text);
  const auto fs = run_check("timeline", claims);
  CHECK(worst(fs) == "warning");
  check_shape(fs, "timeline", claims);
}

}  // namespace
}  // namespace factcheck::testing
