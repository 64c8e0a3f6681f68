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

TEST_CASE("timeline tells two bare years apart when a duration ties itself to both") {
  struct Case {
    std::string_view text;
    std::string_view expected;  // timeline's worst
  };
  const Case cases[] = {
      {"Dr Vance first tried the valve in 2019, five years before the study opened in 2022.",
       "error"},
      {"Dr Vance first tried the valve in 2019, three years before the study opened in 2022.",
       "pass"},
      {"The mill was rebuilt in 1987, ten years after the fire of 1971.", "error"},
      {"The mill was rebuilt in 1987, sixteen years after the fire of 1971.", "pass"},
      {"Hale joined the board in 2008 and quit four years later, in 2015.", "error"},
      {"Hale joined the board in 2008 and quit seven years later, in 2015.", "pass"},
      {"Hale joined the board in 2008 and quit seven years later (2015).", "pass"},
      // The duration counts from an event with no year: nothing to compare.
      {"In 2017, two years after joining, she ran the unit, and in 2023 she left.", "none"},
      {"Founded in 1996, it listed two years later and was sold in 2021.", "none"},
      {"Hale joined in 2008; four years later the board changed, and in 2019 he quit.", "none"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Claims claims = extract(c.text);
    const auto fs = run_check("timeline", claims);
    CHECK(worst(fs) == c.expected);
    check_shape(fs, "timeline", claims);
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

TEST_CASE("the extractor reads the remaining and bracketed leads the checks rely on") {
  struct Case {
    std::string_view text;
    std::string_view figure;  // the claim's first figure, as written
    Lead lead;
  };
  const Case cases[] = {
      {"Of firms, 48% expect a rise. Another 39% expect no change.", "39%", Lead::kAnother},
      {"Of firms, 48% expect a rise. A further 39% expect no change.", "39%", Lead::kAnother},
      {"Of firms, 48% expect a rise. The remaining 13% expect a fall.", "13%", Lead::kRemaining},
      {"Of firms, 48% expect a rise, 39% no change and the remaining 13% a fall.", "13%",
       Lead::kRemaining},
      {"Buses carry 70% of commuters. The rest, 30%, travel by train.", "30%", Lead::kRemaining},
      {"Of voters, 64% backed the plan; the other 36% did not.", "36%", Lead::kRemaining},
      {"Two in five voters (41%) backed the plan.", "41%", Lead::kBracketed},
      {"Sales were $4.1 million ($3.9 million).", "$3.9 million", Lead::kBracketed},
      // A bracket holding more than the figure restates nothing.
      {"One in four adults (32% in London) smoke.", "32%", Lead::kNone},
      {"Sales were $4.1 million ($3.9 million a year earlier).", "$3.9 million", Lead::kNone},
      {"The state pledged $4.8 billion over four years, roughly $1.2 billion a year.",
       "$1.2 billion", Lead::kRestates},
      // No lead: a share that merely follows another.
      {"Of firms, 48% expect a rise. Remarkably, 13% expect a fall.", "13%", Lead::kNone},
      {"Two in five voters backed the plan, 41% of them in cities.", "41%", Lead::kNone},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Claims claims = extract(c.text);
    const Claim* found = nullptr;
    for (const Claim& cl : claims.claims) {
      if (!cl.quantities.empty() && cl.quantities.front().text == c.figure) found = &cl;
    }
    REQUIRE(found != nullptr);
    CHECK(to_string(found->lead) == to_string(c.lead));
  }
}

}  // namespace
}  // namespace factcheck::testing
