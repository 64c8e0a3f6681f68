// A figure or a change told twice: repeated-figure on amounts restated anywhere in the article,
// restated-change on one change stated twice or restated in the next sentence. Sentences written
// for these tests in the manner of real copy, read by the extractor.
#include "tests/checker_context/builder.h"

namespace factcheck::testing {
namespace {

TEST_CASE("repeated-figure finds a figure restated whatever surrounds it") {
  run_text_cases(
      "repeated-figure",
      {
          {"Operating profit rose 11% to \xC2\xA3"
           "84.6m in the year. Analysts said the "
           "\xC2\xA3"
           "85.6m operating profit was strong.",
           "warning"},
          {"Operating profit rose 11% to \xC2\xA3"
           "84.6m in the year. Analysts said the "
           "\xC2\xA3"
           "84.6m operating profit was strong.",
           "pass"},
          {"Larkspur has raised a $90 million funding round. With a $96 million funding round, "
           "the company can hire.",
           "warning"},
          {"Larkspur has raised a $90 million funding round. With a $90 million funding round, "
           "the company can hire.",
           "pass"},
          {"Harwick Foods said pre-tax profit was \xC2\xA3"
           "212m. Its \xC2\xA3"
           "221m pre-tax "
           "profit was the best in a decade.",
           "warning"},
          {"Net income rose 6% to $7.42 billion. Investors cheered the $7.24 billion net income "
           "figure.",
           "warning"},
          // Set against a forecast, a figure is reported, not forecast; "beat the" ends its
          // phrase.
          {"Net profit came in at \xC2\xA3"
           "312m. The \xC2\xA3"
           "321m net profit beat the "
           "bank's own forecast.",
           "warning"},
          {"Net profit came in at \xC2\xA3"
           "312m. The bank expects net profit of \xC2\xA3"
           "321m "
           "next year.",
           "none"},
          // Another entity, named by its relation to the subject.
          {"Pre-tax profit fell to \xC2\xA3"
           "188m. Its rival posted a \xC2\xA3"
           "118m pre-tax "
           "profit.",
           "none"},
          // Another metric: a funding round is not a valuation.
          {"Larkspur has raised a $90 million funding round. It now has a $96 million "
           "valuation.",
           "none"},
          // Another entity named on both sides.
          {"Larkspur has raised a $90 million funding round. Rival Quenby closed a $96 million "
           "funding round in May.",
           "none"},
          // Another period.
          {"Operating profit rose 11% to \xC2\xA3"
           "84.6m in 2025. In 2024 the \xC2\xA3"
           "85.6m "
           "operating profit was a record.",
           "none"},
          // One names its owner, the other no one, and the words nearest the figures differ:
          // two sums, not one restated.
          {"Orrin sold the plot for cash consideration of \xC2\xA3"
           "4.3m. The statement "
           "records a net inflow of \xC2\xA3"
           "4.0m comprising the cash consideration.",
           "none"},
      });
}

TEST_CASE("restated-change compares a multiple with a percent stated for the same change") {
  run_text_cases(
      "restated-change",
      {
          {"Bookings at the chain tripled in the year. Its chief executive said bookings "
           "rose 300% as travellers returned.",
           "warning"},
          {"Bookings at the chain tripled in the year. Its chief executive said bookings "
           "rose 200% as travellers returned.",
           "pass"},
          {"Subscribers doubled over the winter. Later the firm said subscribers rose 200%.",
           "warning"},
          {"Subscribers doubled over the winter. Later the firm said subscribers rose 100%.",
           "pass"},
          // Other metrics.
          {"Bookings tripled in the year. Revenue rose 300% as prices climbed.", "none"},
          // Different years.
          {"Bookings tripled in 2024. Bookings rose 300% in 2025.", "none"},
          // Two percents of one metric are, in real copy, two periods or segments.
          {"Sales rose 15% in the north. Sales rose 4% in the south.", "none"},
      });
}

TEST_CASE("restated-change judges a change restated in the next sentence against the values") {
  run_text_cases(
      "restated-change",
      {
          {"Revenue rose to $635 million from $402 million. This $233 million or 58% gain came "
           "mainly from new contracts.",
           "pass"},
          {"Revenue rose to $635 million from $402 million. This $233 million or 38% gain came "
           "mainly from new contracts.",
           "error"},
          {"Revenue rose to $635 million from $402 million. This $223 million gain came mainly "
           "from new contracts.",
           "error"},
          {"Net sales fell to EUR 84 million from EUR 96 million. The decline of 12.5% was due "
           "to weak demand.",
           "pass"},
          // Two statements with values before: which one is restated is not certain.
          {"Revenue rose to $635 million from $402 million and costs rose to $300 million from "
           "$250 million. This $233 million gain came mainly from new contracts.",
           "none"},
      });
}

TEST_CASE("restated-change judges a percent in the opening line against later amounts") {
  run_text_cases(
      "restated-change",
      {
          {"Copper slid 9% this week. Traders blamed weak demand. The metal lost $410 "
           "to close at $8,950 a tonne.",
           "warning"},
          {"Copper slid 4% this week. Traders blamed weak demand. The metal lost $410 "
           "to close at $8,950 a tonne.",
           "pass"},
          {"Brent crude jumped 6% on Monday. The benchmark gained $4.10 to settle at "
           "$72.40 a barrel.",
           "pass"},
          {"Brent crude jumped 9% on Monday. The benchmark gained $4.10 to settle at "
           "$72.40 a barrel.",
           "warning"},
          // Another thing named: the amounts are not the opening change's.
          {"Copper slid 9% this week. Zinc lost $410 to close at $2,950 a tonne.", "none"},
          // Other directions.
          {"Copper slid 9% this week. The metal gained $410 to close at $8,950 a "
           "tonne.",
           "none"},
      });
}

}  // namespace
}  // namespace factcheck::testing
