// rate: amounts restated per another period, and price times count against a total.
#include <tuple>

#include "tests/checker_context/builder.h"

namespace factcheck::testing {
namespace {

// A figure of its own: an amount ("$42 million", 42e6 give or take half a million) or a count.
struct Fig {
  std::string_view text;
  double value, half_step;
  std::string_view unit;      // "USD", "count", ...
  std::string_view per = {};  // what its words say it is per or covers (Doc::per): "quarter"
};

struct Case {
  std::string_view text;
  std::vector<Fig> figures;
  std::string_view expected;  // worst severity, or "none"
};

void run_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    for (const Fig& f : c.figures) {
      const ClaimKind kind = f.unit == "count" ? ClaimKind::kCount : ClaimKind::kMoney;
      Claim& claim = doc.add(kind, f.text);
      claim.quantities.push_back(doc.q(f.text, f.value, f.half_step, std::string(f.unit)));
      Doc::per(claim, f.per);
    }
    const auto fs = run_check("rate", doc.claims());
    CHECK(worst(fs) == c.expected);
    check_shape(fs, "rate", doc.claims());
  }
}

TEST_CASE("rate compares an amount restated per another period") {
  run_cases({
      {"Orvane spends $36 million a quarter on servers, or $144 million a year.",
       {{"$36 million", 36e6, 0.5e6, "USD", "quarter"},
        {"$144 million", 144e6, 0.5e6, "USD", "year"}},
       "pass"},
      {"Orvane spends $36 million a quarter on servers, or $180 million a year.",
       {{"$36 million", 36e6, 0.5e6, "USD", "quarter"},
        {"$180 million", 180e6, 0.5e6, "USD", "year"}},
       "error"},
      {"The plan costs $15 per user per month, or $180 a year.",
       {{"$15", 15, 0.5, "USD", "user month"}, {"$180", 180, 0.5, "USD", "year"}},
       "pass"},
      {"The plan costs $40 per user per month, or $420 a year.",
       {{"$40", 40, 0.5, "USD", "user month"}, {"$420", 420, 0.5, "USD", "year"}},
       "error"},
      {"Upkeep runs at EUR 3.5 mn per quarter, or EUR 16 mn annually.",
       {{"EUR 3.5 mn", 3.5e6, 0.05e6, "EUR", "quarter"}, {"EUR 16 mn", 16e6, 0.5e6, "EUR", "year"}},
       "error"},
      {"It will invest £3.6bn over six years, or about £600m a year.",
       {{"£3.6bn", 3.6e9, 0.05e9, "GBP", "6 year"}, {"£600m", 600e6, 0.5e6, "GBP", "year"}},
       "pass"},
      // Rounding alone: 2.75 x 12 = 33 sits inside "about $33 million".
      {"Its burn is $2.7 million a month, or $33 million a year.",
       {{"$2.7 million", 2.7e6, 0.05e6, "USD", "month"},
        {"$33 million", 33e6, 0.5e6, "USD", "year"}},
       "pass"},
      {"The payout is 3.1p a quarter, or 12.4p a year.",
       {{"3.1p", 0.031, 0.0005, "GBP", "quarter"}, {"12.4p", 0.124, 0.0005, "GBP", "year"}},
       "pass"},
      // A per-share figure restating a total is not a period: left alone.
      {"The bank earned $512 million, or $1.41 a share, in the quarter.",
       {{"$512 million", 512e6, 0.5e6, "USD"}, {"$1.41", 1.41, 0.005, "USD", "share"}},
       "none"},
      // Not joined by "or": two different amounts.
      {"It spends $36 million a quarter on servers and $180 million a year on staff.",
       {{"$36 million", 36e6, 0.5e6, "USD", "quarter"},
        {"$180 million", 180e6, 0.5e6, "USD", "year"}},
       "none"},
  });
}

TEST_CASE("rate compares price times count with a stated total") {
  run_cases({
      {"Its Pro plan, at $25 per seat per month, has 12,000 seats, bringing in $300,000 a month.",
       {{"$25", 25, 0.5, "USD", "seat month"},
        {"12,000", 12000, 0.5, "count"},
        {"$300,000", 300000, 0.5, "USD", "month"}},
       "pass"},
      {"Its Pro plan, at $25 per seat per month, has 12,000 seats, bringing in $360,000 a month.",
       {{"$25", 25, 0.5, "USD", "seat month"},
        {"12,000", 12000, 0.5, "count"},
        {"$360,000", 360000, 0.5, "USD", "month"}},
       "error"},
      {"The plan, priced at $30 a month, has signed up 1.5 million customers, bringing in $60 "
       "million a month.",
       {{"$30", 30, 0.5, "USD", "month"},
        {"1.5 million", 1.5e6, 0.05e6, "count"},
        {"$60 million", 60e6, 0.5e6, "USD", "month"}},
       "error"},
      {"It bought back 3.5 million shares at an average price of $ 52.20 per share for $ 182.7 "
       "million , and paid dividends of $ 0.95 per share .",
       {{"3.5 million", 3.5e6, 0.05e6, "count"},
        {"$ 52.20", 52.2, 0.005, "USD", "share"},
        {"$ 182.7 million", 182.7e6, 0.05e6, "USD"},
        {"$ 0.95", 0.95, 0.005, "USD", "share"}},
       "pass"},
      {"It bought back 3.5 million shares at an average price of $ 52.20 per share for $ 210 "
       "million , and paid dividends of $ 0.95 per share .",
       {{"3.5 million", 3.5e6, 0.05e6, "count"},
        {"$ 52.20", 52.2, 0.005, "USD", "share"},
        {"$ 210 million", 210e6, 0.5e6, "USD"},
        {"$ 0.95", 0.95, 0.005, "USD", "share"}},
       "error"},
      {"It sold 1,800 annual licences at $900 each for a total of $1.62 million.",
       {{"1,800", 1800, 0.5, "count"},
        {"$900", 900, 0.5, "USD", "each"},
        {"$1.62 million", 1.62e6, 0.005e6, "USD"}},
       "pass"},
      {"The firm leases 1,600 robots at €2,050 a month each, worth €3.3 million a month.",
       {{"1,600", 1600, 0.5, "count"},
        {"€2,050", 2050, 0.5, "EUR", "month each"},
        {"€3.3 million", 3.3e6, 0.05e6, "EUR", "month"}},
       "pass"},
      // "and" joins another amount, not this price's total.
      {"It sold 30 million shares for $38.00 per share in an offering and $900 million of notes.",
       {{"30 million", 30e6, 0.5e6, "count"},
        {"$38.00", 38, 0.005, "USD", "share"},
        {"$900 million", 900e6, 0.5e6, "USD"}},
       "none"},
      // A per-share price with a count of something else: left alone.
      {"The 9,000-staff group earned $1.41 a share, or $512 million.",
       {{"9,000", 9000, 0.5, "count"},
        {"$1.41", 1.41, 0.005, "USD", "share"},
        {"$512 million", 512e6, 0.5e6, "USD"}},
       "none"},
  });
}

TEST_CASE("rate brings a price per month and a total per year to one period") {
  // 400 x $199 a month = $79,600 a month = $955,200 a year.
  for (auto [total, value, expected] :
       {std::tuple{"$955,200", 955200.0, "pass"}, std::tuple{"$79,600", 79600.0, "error"},
        std::tuple{"$1,194,000", 1194000.0, "error"}}) {
    CAPTURE(total);
    Doc doc{std::string("Its 400 developers pay $199 per month per developer, bringing in ") +
            total + " a year."};
    doc.add(ClaimKind::kCount, "400").quantities.push_back(doc.q("400", 400, 0.5, "count"));
    Claim& rate = doc.add(ClaimKind::kRate, "$199 per month per developer");
    rate.quantities.push_back(doc.q("$199", 199, 0.5, "USD"));
    Doc::per(rate, "month developer");
    Claim& sum = doc.add(ClaimKind::kMoney, total);
    sum.quantities.push_back(doc.q(total, value, 0.5, "USD"));
    Doc::per(sum, "year");
    const auto fs = run_check("rate", doc.claims());
    CHECK(worst(fs) == expected);
    check_shape(fs, "rate", doc.claims());
  }
  // The total per year with the price per month in the message's arithmetic.
  Doc doc{"Its 400 developers pay $199 per month per developer, bringing in $79,600 a year."};
  doc.add(ClaimKind::kCount, "400").quantities.push_back(doc.q("400", 400, 0.5, "count"));
  Claim& rate = doc.add(ClaimKind::kRate, "$199 per month per developer");
  rate.quantities.push_back(doc.q("$199", 199, 0.5, "USD"));
  Doc::per(rate, "month developer");
  Claim& sum = doc.add(ClaimKind::kMoney, "$79,600");
  sum.quantities.push_back(doc.q("$79,600", 79600, 0.5, "USD"));
  Doc::per(sum, "year");
  const auto fs = run_check("rate", doc.claims());
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].slip == "a total per month given as per year");
  CHECK(fs[0].explanation.find("a year") != std::string::npos);
}

TEST_CASE("rate warns on the same metric stated per different periods in two places") {
  Doc doc{
      "Compliance costs are put at $5 million each quarter. Elsewhere the firm gives "
      "compliance costs of $30 million per year."};
  Claim& a = doc.add(ClaimKind::kMoney, "$5 million");
  a.quantities.push_back(doc.q("$5 million", 5e6, 0.5e6, "USD"));
  a.metric = "compliance costs";
  Doc::per(a, "quarter");
  Claim& b = doc.add(ClaimKind::kMoney, "$30 million");
  b.quantities.push_back(doc.q("$30 million", 30e6, 0.5e6, "USD"));
  b.metric = "Compliance costs";
  Doc::per(b, "year");
  auto fs = run_check("rate", doc.claims());
  CHECK(worst(fs) == "warning");
  b.metric = "operating expenses";
  fs = run_check("rate", doc.claims());
  CHECK(worst(fs) == "none");
}

}  // namespace
}  // namespace factcheck::testing
