// part-whole and citation.
#include "tests/checker_context/builder.h"

namespace factcheck::testing {
namespace {

struct Fig {
  std::string_view text;
  double value, half_step;
  std::string_view unit;                   // "USD", "count", "%"
  Direction direction = Direction::kNone;  // the stated change of a change statement when set
};

ClaimKind kind_for(std::string_view unit) {
  if (unit == "count") return ClaimKind::kCount;
  if (unit == "%") return ClaimKind::kPercent;
  return ClaimKind::kMoney;
}

void add_figures(Doc& doc, const std::vector<Fig>& figs) {
  for (const Fig& f : figs) {
    const Quantity q = doc.q(f.text, f.value, f.half_step, std::string(f.unit));
    if (f.direction == Direction::kNone) {
      doc.add(kind_for(f.unit), f.text).quantities.push_back(q);
      continue;
    }
    // "rose by £2.1bn": a change statement whose stated change is the figure.
    Claim& c = doc.add(ClaimKind::kDifference, f.text);
    c.quantities.push_back(q);
    c.changes.push_back(q);
    c.direction = f.direction;
  }
}

TEST_CASE("part-whole compares parts with the total they belong to") {
  struct Case {
    std::string_view text;
    std::vector<Fig> figures;
    std::string_view expected;
  };
  const Case cases[] = {
      {"Of its 240 branches, 150 are in England, 52 in Scotland and 38 in Wales.",
       {{"240", 240, 0.5, "count"},
        {"150", 150, 0.5, "count"},
        {"52", 52, 0.5, "count"},
        {"38", 38, 0.5, "count"}},
       "pass"},
      {"Of its 240 branches, 150 are in England, 62 in Scotland and 38 in Wales.",
       {{"240", 240, 0.5, "count"},
        {"150", 150, 0.5, "count"},
        {"62", 62, 0.5, "count"},
        {"38", 38, 0.5, "count"}},
       "warning"},
      {"Of the quarter's $2.45 billion in revenue, $1.8 billion came from licences and $650 "
       "million from support.",
       {{"$2.45 billion", 2.45e9, 0.005e9, "USD"},
        {"$1.8 billion", 1.8e9, 0.05e9, "USD"},
        {"$650 million", 650e6, 0.5e6, "USD"}},
       "pass"},
      {"Orbis has now raised $300 million in total: $40 million in seed funding, $110 million in "
       "its Series B and the new $150 million.",
       {{"$300 million", 300e6, 0.5e6, "USD"},
        {"$40 million", 40e6, 0.5e6, "USD"},
        {"$110 million", 110e6, 0.5e6, "USD"},
        {"$150 million", 150e6, 0.5e6, "USD"}},
       "pass"},
      {"Capacity spending reached $8 billion, of which $5 billion went on chips and $4 billion "
       "on power.",
       {{"$8 billion", 8e9, 0.5e9, "USD"},
        {"$5 billion", 5e9, 0.5e9, "USD"},
        {"$4 billion", 4e9, 0.5e9, "USD"}},
       "pass"},  // 4.5 + 3.5 = 8.0 fits inside 7.5..8.5: rounding allows it
      {"Capacity spending reached $8.0 billion, of which $5.0 billion went on chips and $4.0 "
       "billion on power.",
       {{"$8.0 billion", 8e9, 0.05e9, "USD"},
        {"$5.0 billion", 5e9, 0.05e9, "USD"},
        {"$4.0 billion", 4e9, 0.05e9, "USD"}},
       "warning"},
      {"Of sales of EUR 90.2 mn, the Paper unit contributed EUR 55.1 mn and the Film unit EUR "
       "38.3 mn.",
       {{"EUR 90.2 mn", 90.2e6, 0.05e6, "EUR"},
        {"EUR 55.1 mn", 55.1e6, 0.05e6, "EUR"},
        {"EUR 38.3 mn", 38.3e6, 0.05e6, "EUR"}},
       "warning"},
      {"Of net sales, Norway accounted for 48 %, Denmark 37 %, Iceland 9 % and other markets 11 %.",
       {{"48 %", 48, 0.5, "%"},
        {"37 %", 37, 0.5, "%"},
        {"9 %", 9, 0.5, "%"},
        {"11 %", 11, 0.5, "%"}},
       "warning"},
      {"Of the staff, 58 % work in Norway, 35 % in Denmark and 7 % in Iceland.",
       {{"58 %", 58, 0.5, "%"}, {"35 %", 35, 0.5, "%"}, {"7 %", 7, 0.5, "%"}},
       "pass"},
      {"Gas supplied 51% of the group's output, coal 33% and wind 21%.",
       {{"51%", 51, 0.5, "%"}, {"33%", 33, 0.5, "%"}, {"21%", 21, 0.5, "%"}},
       "warning"},
      {"Gas supplied 51% of the group's output, coal 33% and wind 16%.",
       {{"51%", 51, 0.5, "%"}, {"33%", 33, 0.5, "%"}, {"16%", 16, 0.5, "%"}},
       "pass"},
      // The two 40%s split the holder's owners, a whole of their own, not the bank's shares.
      {"About 64% of Brill Bank shares are held by Oxmoor, whose owners are Pell Holdings 40% and "
       "the Casey family 60%.",
       {{"64%", 64, 0.5, "%"}, {"40%", 40, 0.5, "%"}, {"60%", 60, 0.5, "%"}},
       "none"},
      // Survey answers overlap: left alone.
      {"Of those polled, 64% said prices were too high and 58% said service was poor.",
       {{"64%", 64, 0.5, "%"}, {"58%", 58, 0.5, "%"}},
       "none"},
      // No whole named: nothing to compare.
      {"Sales rose to 150 units, 62 in March and 38 in April.",
       {{"150", 150, 0.5, "count"}, {"62", 62, 0.5, "count"}, {"38", 38, 0.5, "count"}},
       "none"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    add_figures(doc, c.figures);
    const auto fs = run_check("part-whole", doc.claims());
    CHECK(worst(fs) == c.expected);
    check_shape(fs, "part-whole", doc.claims());
  }
}

TEST_CASE("part-whole sets a count of all of a thing against the share that names it") {
  // Figures placed by hand; what each count and lone percentage counts (Claim::counted) and
  // whether a count is all of what it counts (Claim::definite) come from the lead reader.
  struct Case {
    std::string_view later;  // the words naming the later count
    std::string_view count;  // its figure
    double value;
    std::string_view expected;
  };
  const Case cases[] = {
      {"the 1,920 women", "1,920", 1920, "warning"},  // 55% of 3,200 is 1,744..1,776
      {"the 1,760 women", "1,760", 1760, "pass"},
      {"the 1,776 women", "1,776", 1776, "pass"},   // edge: 55.5% of 3,200.5
      {"some 1,920 women", "1,920", 1920, "none"},  // not all of them
      {"the 1,920 nurses", "1,920", 1920, "none"},  // another thing
      {"the 4,000 women", "4,000", 4000, "none"},   // more than the whole: another whole
  };
  for (const Case& k : cases) {
    CAPTURE(k.later);
    const std::string text =
        "The study enrolled 3,200 adults. Of the participants, 55% were women. The lead "
        "researcher said " +
        std::string(k.later) + " in the trial slept better.";
    Doc doc{text};
    doc.add(ClaimKind::kCount, "3,200").quantities.push_back(doc.q("3,200", 3200, 0.5, "count"));
    doc.add(ClaimKind::kPercent, "55%").quantities.push_back(doc.q("55%", 55, 0.5, "%"));
    doc.add(ClaimKind::kCount, k.count).quantities.push_back(doc.q(k.count, k.value, 0.5, "count"));
    const auto fs = run_check("part-whole", doc.claims());
    CHECK(worst(fs) == k.expected);
    check_shape(fs, "part-whole", doc.claims());
  }
}

TEST_CASE("part-whole compares a member's change with the whole's") {
  struct Case {
    std::string_view text;
    std::vector<Fig> figures;
    std::string_view expected;
  };
  const Case cases[] = {
      {"Lending across the industry rose by £2.1bn last year, while Tarnwell's own debt rose by "
       "£2.6bn to £7.2bn.",
       {{"£2.1bn", 2.1e9, 0.05e9, "GBP", Direction::kIncrease},
        {"£2.6bn", 2.6e9, 0.05e9, "GBP", Direction::kIncrease},
        {"£7.2bn", 7.2e9, 0.05e9, "GBP"}},
       "warning"},
      {"Lending across the industry rose by £2.1bn last year, while Tarnwell's own debt rose by "
       "£0.6bn to £7.2bn.",
       {{"£2.1bn", 2.1e9, 0.05e9, "GBP", Direction::kIncrease},
        {"£0.6bn", 0.6e9, 0.05e9, "GBP", Direction::kIncrease},
        {"£7.2bn", 7.2e9, 0.05e9, "GBP"}},
       "pass"},
      {"Combined funding for Nordic labs fell by $1.4 billion in 2025, while funding for Vessla "
       "alone fell by $2.2 billion.",
       {{"$1.4 billion", 1.4e9, 0.05e9, "USD", Direction::kDecrease},
        {"$2.2 billion", 2.2e9, 0.05e9, "USD", Direction::kDecrease}},
       "warning"},
      // Opposite directions: no contradiction.
      {"Combined funding for Nordic labs fell by $1.4 billion in 2025, while funding for Vessla "
       "alone rose by $2.2 billion.",
       {{"$1.4 billion", 1.4e9, 0.05e9, "USD", Direction::kDecrease},
        {"$2.2 billion", 2.2e9, 0.05e9, "USD", Direction::kIncrease}},
       "none"},
      // No member word: two different scopes, left alone.
      {"Combined funding for Nordic labs fell by $1.4 billion, while venture debt fell by $2.2 "
       "billion.",
       {{"$1.4 billion", 1.4e9, 0.05e9, "USD", Direction::kDecrease},
        {"$2.2 billion", 2.2e9, 0.05e9, "USD", Direction::kDecrease}},
       "none"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    add_figures(doc, c.figures);
    const auto fs = run_check("part-whole", doc.claims());
    CHECK(worst(fs) == c.expected);
    check_shape(fs, "part-whole", doc.claims());
  }
}

TEST_CASE("part-whole adds shares of the same whole stated in different sentences") {
  Doc doc{
      "Cloud giants now take 62% of total inference spend. Specialist hosts take 45% of "
      "total inference spend."};
  Claim& a = doc.add(ClaimKind::kShare, "62% of total inference spend");
  a.quantities.push_back(doc.q("62%", 62, 0.5, "%"));
  a.whole = "total inference spend";
  Claim& b = doc.add(ClaimKind::kShare, "45% of total inference spend");
  b.quantities.push_back(doc.q("45%", 45, 0.5, "%"));
  b.whole = "total inference spend";
  CHECK(worst(run_check("part-whole", doc.claims())) == "warning");
  b.whole = "total training spend";
  CHECK(worst(run_check("part-whole", doc.claims())) == "none");
}

TEST_CASE("part-whole leaves shares in other paragraphs, and a share of all of it, alone") {
  // A paragraph later the shares may be of another year or owner.
  Doc apart{
      "Cloud giants now take 62% of total inference spend.\nSpecialist hosts take 45% of "
      "total inference spend."};
  for (auto [text, value] : {std::pair{"62% of total inference spend", 62.0},
                             std::pair{"45% of total inference spend", 45.0}}) {
    Claim& c = apart.add(ClaimKind::kShare, text);
    c.quantities.push_back(apart.q(std::string_view(text).substr(0, 3), value, 0.5, "%"));
    c.whole = "total inference spend";
  }
  CHECK(worst(run_check("part-whole", apart.claims())) == "none");

  // "buying 100% of Brillco" names the whole; the state's 51.4% is not a part beside it.
  Doc whole{"Acme is buying 100% of Brillco. The state owns 51.4% of Brillco."};
  Claim& all = whole.add(ClaimKind::kShare, "100% of Brillco");
  all.quantities.push_back(whole.q("100%", 100, 0.5, "%"));
  all.whole = "Brillco";
  Claim& part = whole.add(ClaimKind::kShare, "51.4% of Brillco");
  part.quantities.push_back(whole.q("51.4%", 51.4, 0.05, "%"));
  part.whole = "Brillco";
  CHECK(worst(run_check("part-whole", whole.claims())) == "none");
}

TEST_CASE("citation notes sentences with figures and no source, once per sentence") {
  const std::string text =
      "Revenue fell 45% to $120 million (Firm Blog, 3 May 2026). Costs rose.\n"
      "Margins may fall below 10%, and cash may drop to $40 million.\n"
      "Staff numbers held at 400.";
  Doc doc{text};
  const std::size_t k = doc.cite("(Firm Blog, 3 May 2026)", "Firm Blog", "2026-05-03");
  doc.add(ClaimKind::kPercent, "45%").quantities.push_back(doc.q("45%", 45, 0.5, "%"));
  doc.add(ClaimKind::kMoney, "$120 million")
      .quantities.push_back(doc.q("$120 million", 120e6, 0.5e6, "USD"));
  doc.add(ClaimKind::kPercent, "10%").quantities.push_back(doc.q("10%", 10, 0.5, "%"));
  doc.add(ClaimKind::kMoney, "$40 million")
      .quantities.push_back(doc.q("$40 million", 40e6, 0.5e6, "USD"));
  doc.add(ClaimKind::kCount, "400").quantities.push_back(doc.q("400", 400, 0.5, "count"));
  Claims& cs = const_cast<Claims&>(doc.claims());
  cs.claims[0].citation = k;
  cs.claims[1].citation = k;
  const auto fs = run_check("citation", doc.claims());
  check_shape(fs, "citation", doc.claims());
  REQUIRE(fs.size() == 3);
  CHECK(fs[0].severity == Severity::kPass);
  CHECK(fs[0].claims.size() == 2);
  CHECK(fs[1].severity == Severity::kNote);
  CHECK(fs[1].claims.size() == 2);  // one note for the sentence, not one per figure
  CHECK(fs[1].message == "no source cited for 10%, $40 million");
  CHECK(fs[2].severity == Severity::kNote);

  SUBCASE("an article that cites nothing gets no notes") {
    cs.citations.clear();
    for (Claim& c : cs.claims) c.citation.reset();
    CHECK(run_check("citation", doc.claims()).empty());
  }
}

TEST_CASE("citation counts a citation anywhere in the paragraph") {
  Doc doc{"Sales rose 12% (Firm Blog, 3 May 2026). Margins hit 9%."};
  doc.cite("(Firm Blog, 3 May 2026)", "Firm Blog", "2026-05-03");
  doc.add(ClaimKind::kPercent, "12%").quantities.push_back(doc.q("12%", 12, 0.5, "%"));
  doc.add(ClaimKind::kPercent, "9%").quantities.push_back(doc.q("9%", 9, 0.5, "%"));
  const auto fs = run_check("citation", doc.claims());
  REQUIRE(fs.size() == 2);
  CHECK(fs[1].severity == Severity::kPass);
  CHECK(fs[1].explanation.find("paragraph") != std::string::npos);
}

}  // namespace
}  // namespace factcheck::testing
