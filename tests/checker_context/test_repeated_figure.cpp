// repeated-figure: one metric stated with two values.
#include "tests/checker_context/builder.h"

namespace factcheck::testing {
namespace {

struct Fig {
  std::string_view text;
  double value, half_step;
  std::string_view unit;
};

struct Case {
  std::string_view text;
  Fig first, second;
  std::string_view expected;
};

TEST_CASE("repeated-figure compares one metric stated in two places") {
  const Case cases[] = {
      {"The operator added 318,000 prepaid data subscribers in the quarter. One analyst noted "
       "that the 381,000 prepaid data customers it added in the quarter came at a cost.",
       {"318,000", 318000, 0.5, "count"},
       {"381,000", 381000, 0.5, "count"},
       "warning"},
      {"The operator added 318,000 prepaid data subscribers in the quarter. One analyst noted "
       "that the 318,000 prepaid data customers it added in the quarter came at a cost.",
       {"318,000", 318000, 0.5, "count"},
       {"318,000", 318000, 0.5, "count"},
       "pass"},
      {"Total debt was $ 2.6 billion at December 31 , 2025 . The ratio of total debt of $ 2.9 "
       "billion at December 31 , 2025 to EBITDA was 1.8 times .",
       {"$ 2.6 billion", 2.6e9, 0.05e9, "USD"},
       {"$ 2.9 billion", 2.9e9, 0.05e9, "USD"},
       "warning"},
      // Lower-cased filings text: its scope cannot be read, left alone.
      {"total debt was $ 2.6 billion at december 31 , 2025 . the ratio of total debt of $ 2.9 "
       "billion at december 31 , 2025 to ebitda was 1.8 times .",
       {"$ 2.6 billion", 2.6e9, 0.05e9, "USD"},
       {"$ 2.9 billion", 2.9e9, 0.05e9, "USD"},
       "none"},
      // Different years: two periods, not one figure.
      {"Total debt was $ 2.6 billion at december 31 , 2025 . total debt was $ 2.9 billion at "
       "december 31 , 2024 .",
       {"$ 2.6 billion", 2.6e9, 0.05e9, "USD"},
       {"$ 2.9 billion", 2.9e9, 0.05e9, "USD"},
       "none"},
      // A prior period on one side only.
      {"Pre-tax profits were £75m. Pre-tax profits were £125m a year earlier.",
       {"£75m", 75e6, 0.5e6, "GBP"},
       {"£125m", 125e6, 0.5e6, "GBP"},
       "none"},
      // Two companies: different names before the figures.
      {"Tesco's pre-tax profits reached £75m. Rival Asda's pre-tax profits reached £60m.",
       {"£75m", 75e6, 0.5e6, "GBP"},
       {"£60m", 60e6, 0.5e6, "GBP"},
       "none"},
      // Only one metric word in common: not clearly the same metric.
      {"The state set aside 24.2 trillion pesos for the poor. It found 12.1 trillion pesos went "
       "to the rich.",
       {"24.2 trillion", 24.2e12, 0.05e12, "COP"},
       {"12.1 trillion", 12.1e12, 0.05e12, "COP"},
       "none"},
      // "combined" widens the scope: not one firm's figure.
      {"The merged chain will have combined annual sales of $31bn. Harlow has annual sales of "
       "$16.2bn.",
       {"$31bn", 31e9, 0.5e9, "USD"},
       {"$16.2bn", 16.2e9, 0.05e9, "USD"},
       "none"},
      // A place after the figure narrows its scope.
      {"Average house prices fell to £180,226. Average house prices were £192,713 in England.",
       {"£180,226", 180226, 0.5, "GBP"},
       {"£192,713", 192713, 0.5, "GBP"},
       "none"},
      {"Sales reached £2bn. Sales in Asia reached £300m.",
       {"£2bn", 2e9, 0.05e9, "GBP"},
       {"£300m", 300e6, 0.5e6, "GBP"},
       "none"},
      // A region narrows the scope: not the group's figure.
      {"Net sales rose to EUR 212.6 mn. In the Nordic countries, net sales rose to EUR 210.4 mn.",
       {"EUR 212.6 mn", 212.6e6, 0.05e6, "EUR"},
       {"EUR 210.4 mn", 210.4e6, 0.05e6, "EUR"},
       "none"},
      // More than a factor of two apart: a unit cost and a total, not one figure.
      {"Fuel costs per mile fell to $0.13. Fuel costs per mile for the year were $1.31 billion.",
       {"$0.13", 0.13, 0.005, "USD"},
       {"$1.31 billion", 1.31e9, 0.005e9, "USD"},
       "none"},
      // A forecast is not a second statement of the reported figure.
      {"Full-year revenue reached $7.1 billion. It expects full-year revenue of $7.6 billion.",
       {"$7.1 billion", 7.1e9, 0.05e9, "USD"},
       {"$7.6 billion", 7.6e9, 0.05e9, "USD"},
       "none"},
      // Rounding: $4.5 billion and $4.54 billion can be one figure, restated.
      {"Fourth-quarter revenue reached $4.5 billion. It booked $4.54 billion in fourth-quarter "
       "revenue.",
       {"$4.5 billion", 4.5e9, 0.05e9, "USD"},
       {"$4.54 billion", 4.54e9, 0.005e9, "USD"},
       "pass"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    for (const Fig* f : {&c.first, &c.second}) {
      const ClaimKind kind = f->unit == "count" ? ClaimKind::kCount : ClaimKind::kMoney;
      doc.add(kind, f->text, f == &c.second && c.first.text == c.second.text ? 1 : 0)
          .quantities.push_back(doc.q(f->text, f->value, f->half_step, std::string(f->unit),
                                      f == &c.second && c.first.text == c.second.text ? 1 : 0));
    }
    const auto fs = run_check("repeated-figure", doc.claims());
    CHECK(worst(fs) == c.expected);
    check_shape(fs, "repeated-figure", doc.claims());
  }
}

TEST_CASE("repeated-figure reads a change statement's new value, not its old one") {
  Doc doc{
      "The utility said underlying profits rose 40 per cent to £210m for the year, from £150m a "
      "year earlier. "
      "\"Underlying profits of £201m are no reason to celebrate,\" a campaigner said."};
  Claim& change = doc.add(ClaimKind::kPercentChange,
                          "rose 40 per cent to £210m for the year, "
                          "from £150m");
  change.changes.push_back(doc.q("40 per cent", 40, 0.5, "%"));
  change.new_value = doc.q("£210m", 210e6, 0.5e6, "GBP");
  change.old_value = doc.q("£150m", 150e6, 0.5e6, "GBP");
  change.quantities = {change.changes[0], *change.new_value, *change.old_value};
  doc.add(ClaimKind::kMoney, "£201m").quantities.push_back(doc.q("£201m", 201e6, 0.5e6, "GBP"));
  const auto fs = run_check("repeated-figure", doc.claims());
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(fs[0].message == "figure stated as £201m here and £210m earlier");
  CHECK(fs[0].slip == "transposed digits");
}

TEST_CASE(
    "repeated-figure reads a known budget before a modal verb and a region after a qualifier") {
  run_text_cases(
      "repeated-figure",
      {
          // A known figure ("the") followed by "would" or "could" is no forecast.
          {"The trust agreed a £42.6 million building budget for next year.\nThe chair said the "
           "£46.2 million building budget would pay for two new wards.",
           "warning"},
          {"Calder Water set aside a £18.4 million flood budget in March.\nOfficials said the "
           "£14.8 million flood budget could fund three new barriers.",
           "warning"},
          {"Calder Water set aside a £18.4 million flood budget in March.\nOfficials said the "
           "£18.4 million flood budget could fund three new barriers.",
           "pass"},
          // A forecast, and a figure not told as known with a modal verb after it: left alone.
          {"Calder Water expects a £18.4 million flood budget next year.\nOfficials said a £14.8 "
           "million flood budget could fund three barriers.",
           "none"},
          // A qualifier before a name makes the later figure a narrower metric (see: issue 10).
          {"Group revenue rose to £2.38bn in the year.\nThe group's revenue from Asia was £2.83bn, "
           "the company said.",
           "none"},
          {"Group revenue was £4.71bn last year.\nGroup revenue in Europe was £4.17bn, it said.",
           "none"},
          {"Operating profit was £612m in the year.\nOperating profit excluding one-off items was "
           "£621m.",
           "none"},
          {"Sales reached £3.46bn in the year.\nSales outside the UK reached £3.64bn, the report "
           "showed.",
           "none"},
      });
}

}  // namespace
}  // namespace factcheck::testing
