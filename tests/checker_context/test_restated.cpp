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

TEST_CASE("repeated-figure reads metric words the metric is named by, speakers and agents") {
  run_text_cases(
      "repeated-figure",
      {
          // "Group" says nothing: revenue is all either figure is called.
          {"Group revenue rose 8% to \xC2\xA3"
           "412m in the year to March. The chief executive said the \xC2\xA3"
           "421m of revenue showed the plan was working.",
           "warning"},
          {"Group revenue rose 8% to \xC2\xA3"
           "412m in the year to March. The chief executive said the \xC2\xA3"
           "412m of revenue showed the plan was working.",
           "pass"},
          {"Calder Rail said group revenue reached \xC2\xA3"
           "2.38bn. Group revenue of \xC2\xA3"
           "2.83bn was a record for the operator.",
           "warning"},
          {"Brockley Homes said turnover came to \xC2\xA3"
           "716m. The \xC2\xA3"
           "761m turnover was the best in its history.",
           "warning"},
          {"Harlow Foods said sales climbed to $5.21 billion. Sales of $5.12 billion were ahead of "
           "forecasts, analysts said.",
           "warning"},
          // A funding round named by its series; whoever led it is not whose it is.
          {"Quillmere raised $40 million in a Series B round led by Northvale Capital. The $46 "
           "million Series B was its largest yet.",
           "warning"},
          {"Quillmere raised $40 million in a Series B round led by Northvale Capital. The $40 "
           "million Series B was its largest yet.",
           "pass"},
          {"Fenwick Labs closed its Series A at $18 million in March. The $13 million Series A "
           "included two pension funds, Fenwick Labs said.",
           "warning"},
          {"Tolland Bio closed a $64 million Series C in June. Tolland Bio said the $46 million "
           "Series C was oversubscribed.",
           "warning"},
          // Another series, another metric.
          {"Quillmere raised $40 million in a Series A round in 2024. Its $46 million Series B "
           "closed this week.",
           "none"},
          {"Tolland Bio closed a $64 million Series C in June. Tolland Bio said the $46 million "
           "Series B was oversubscribed.",
           "none"},
          // Other metrics named by one word each.
          {"Group revenue reached \xC2\xA3"
           "412m. Group costs of \xC2\xA3"
           "421m were higher than expected.",
           "none"},
          {"Harlow Foods said sales climbed to $5.21 billion. Net debt of $5.12 billion weighed on "
           "the shares.",
           "none"},
          // Another place, another year.
          {"Revenue in Europe was \xC2\xA3"
           "412m. Revenue in Asia was \xC2\xA3"
           "421m.",
           "none"},
          {"Revenue was \xC2\xA3"
           "412m in 2025. Revenue of \xC2\xA3"
           "421m in 2024 was a record.",
           "none"},
          // One word is enough only for money: a count called "pubs" is too often another set.
          {"Harrow Inns owns 412 pubs. It plans to refit 421 pubs over the decade.", "none"},
          // "comprising" opens a clause; it does not name the figure.
          {"The group paid \xC2\xA3"
           "587m comprising cash. A further \xC2\xA3"
           "578m comprising shares followed.",
           "none"},
          // A forecast of one word's metric.
          {"Revenue was \xC2\xA3"
           "412m. Analysts expect revenue of \xC2\xA3"
           "421m next year.",
           "none"},
      });
}

TEST_CASE("repeated-figure takes 'last year' on the first figure only as the year reported") {
  run_text_cases(
      "repeated-figure",
      {
          {"Dunmore Brewing made a pre-tax profit of \xC2\xA3"
           "31.4m last year. Its \xC2\xA3"
           "34.1m pre-tax profit was helped by a warm summer.",
           "warning"},
          {"Dunmore Brewing made a pre-tax profit of \xC2\xA3"
           "31.4m last year. Its \xC2\xA3"
           "31.4m pre-tax profit was helped by a warm summer.",
           "pass"},
          {"Ashgrove Mills had operating profit of $62.5 million last year. Its $65.2 million "
           "operating profit was a record.",
           "warning"},
          // "Last year" by the later figure sets it against the earlier one.
          {"Dunmore Brewing made a pre-tax profit of \xC2\xA3"
           "34.1m. Last year its pre-tax profit was \xC2\xA3"
           "31.4m.",
           "none"},
          {"Ashgrove Mills had operating profit of $65.2 million. Its operating profit last year "
           "was $62.5 million.",
           "none"},
          // "This year" by the other figure.
          {"Dunmore Brewing made a pre-tax profit of \xC2\xA3"
           "31.4m last year. This year its \xC2\xA3"
           "34.1m pre-tax profit was helped by a warm summer.",
           "none"},
          // A change to the other figure sets last year against now.
          {"Dunmore Brewing made a pre-tax profit of \xC2\xA3"
           "31.4m last year. Pre-tax profit rose to \xC2\xA3"
           "34.1m, helped by a warm summer.",
           "none"},
          {"Ashgrove Mills had operating profit of $62.5 million last year. Operating profit "
           "has since climbed to $65.2 million.",
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
          // Sizes near each other that share no value: one change told twice, a warning.
          {"Mortgage approvals have halved over the past year. Approvals fell 30% in the year to "
           "September, to 29,400.",
           "warning"},
          {"Mortgage approvals have halved over the past year. Approvals fell 45% in the year to "
           "September, to 29,400.",
           "pass"},
          {"Ticket sales doubled in the spring. Ticket sales rose 160% to 52,000.", "warning"},
          {"Ticket sales doubled in the spring. Ticket sales rose 90% to 52,000.", "pass"},
          // Far apart: more likely two periods than one slip.
          {"Ticket sales doubled in the spring. Ticket sales rose 12% to 52,000.", "none"},
          // The later name is not the end of the first: a narrower metric.
          {"Sales halved in the year. Online sales fell 30% to $2 million.", "none"},
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
          // The same name after a phrase set off by a comma.
          {"Copper slid 9% this week. On the London Metal Exchange, copper lost $410 to close "
           "at $8,950 a tonne.",
           "warning"},
          {"Nickel slid 4% this week. In Shanghai, nickel lost $710 to close at $16,300 a tonne.",
           "pass"},
          // Another thing named: the amounts are not the opening change's.
          {"Copper slid 9% this week. Zinc lost $410 to close at $2,950 a tonne.", "none"},
          {"Sales rose 9% this year. Online sales rose $4 million to close at $50 million.",
           "none"},
          // Other directions.
          {"Copper slid 9% this week. The metal gained $410 to close at $8,950 a "
           "tonne.",
           "none"},
      });
}

TEST_CASE(
    "restated-change compares an opening percent with a later count and the level it reached") {
  run_text_cases(
      "restated-change",
      {
          {"Airport passengers climb 12%.\nPassengers grew by 410,000 to 3.41 million in the year.",
           "warning"},
          {"Airport passengers climb 14%.\nPassengers grew by 410,000 to 3.41 million in the year.",
           "pass"},
          {"Library loans rose 8% in the year.\nLoans increased by 52,000 to 610,000.", "warning"},
          {"Library loans rose 9% in the year.\nLoans increased by 52,000 to 610,000.", "pass"},
          // Another metric, or a count the percent does not count: left alone.
          {"Store numbers rose 12%.\nThe chain opened 41 more shops, to 380.", "none"},
          {"Shoppers rose 12% in the week.\nPassengers grew by 410,000 to 3.41 million in the "
           "year.",
           "none"},
      });
}

TEST_CASE("restated-change compares a percent and an amount told with the same level reached") {
  run_text_cases(
      "restated-change",
      {
          {"Average home crowds rose 9% to 7,480, the accounts showed.\nThe average home crowd "
           "grew by 880 to 7,480 over the season.",
           "warning"},
          {"Average home crowds rose 9% to 7,480, the accounts showed.\nThe average home crowd "
           "grew by 620 to 7,480 over the season.",
           "pass"},
          {"Museum visits rose 15% to 84,000 last year.\nVisits increased by 18,000 to 84,000.",
           "warning"},
          {"Museum visits rose 27% to 84,000 last year.\nVisits increased by 18,000 to 84,000.",
           "pass"},
          // Another level reached: another change, perhaps another period.
          {"Museum visits rose 15% to 84,000 last year.\nVisits increased by 18,000 to 96,000.",
           "none"},
      });
}

}  // namespace
}  // namespace factcheck::testing
