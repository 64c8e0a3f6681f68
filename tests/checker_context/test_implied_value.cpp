// implied-value: figures the article implies and never states.
#include "tests/checker_context/builder.h"

namespace factcheck::testing {
namespace {

struct Fig {
  std::string_view text;
  double value, half_step;
  std::string_view unit;
  // What the words around it make it to a change, as the extractor reads them
  // (kinds/figure_change.cpp): "a 25% price rise" names one, "will add $10 million" is its amount.
  FigureRole role = FigureRole::kNone;
};

constexpr FigureRole kNoun = FigureRole::kChangeNoun;
constexpr FigureRole kAmount = FigureRole::kChangeAmount;

void add_figures(Doc& doc, const std::vector<Fig>& figs) {
  for (const Fig& f : figs) {
    const ClaimKind kind = f.unit == "%"       ? ClaimKind::kPercent
                           : f.unit == "count" ? ClaimKind::kCount
                                               : ClaimKind::kMoney;
    Quantity q = doc.q(f.text, f.value, f.half_step, std::string(f.unit));
    q.role = f.role;
    doc.add(kind, f.text).quantities.push_back(q);
  }
}

TEST_CASE("implied-value notes the base a percentage and its amount imply") {
  struct Case {
    std::string_view text;
    std::vector<Fig> figures;
    std::string_view base;  // expected in the message, or empty for no note
  };
  const Case cases[] = {
      {"It will cut its workforce by 150 people, or about 5 %, by June.",
       {{"150", 150, 0.5, "count"}, {"5 %", 5, 0.5, "%"}},
       "3,000"},
      {"The chain will close 18 stores, or 6% of its estate.",
       {{"18", 18, 0.5, "count"}, {"6%", 6, 0.5, "%"}},
       "300"},
      {"The airline will cut 5% of its flights, or 60 daily departures.",
       {{"5%", 5, 0.5, "%"}, {"60", 60, 0.5, "count"}},
       "1,200"},
      {"A 25% price rise on the top tier will add about $10 million in annual revenue.",
       {{"25%", 25, 0.5, "%", kNoun}, {"$10 million", 10e6, 0.5e6, "USD", kAmount}},
       "$40.0 million"},
      {"A 12 per cent cut in energy costs, agreed with suppliers, will save £6m a year.",
       {{"12 per cent", 12, 0.5, "%", kNoun}, {"£6m", 6e6, 0.5e6, "GBP", kAmount}},
       "£50.0 million"},
      // Another figure between the cut and the amount it saves.
      {"A 12 per cent cut in energy costs, agreed with 3 suppliers, will save £6m a year.",
       {{"12 per cent", 12, 0.5, "%", kNoun},
        {"3", 3, 0.5, "count"},
        {"£6m", 6e6, 0.5e6, "GBP", kAmount}},
       "£50.0 million"},
      // The amount before the percentage is the whole of a part before it: the percentage is
      // the part over the whole (ratio-percent's), not the whole's share of another base.
      {"Against that, 264 of the 800 members in the earlier vote, or 33%, backed it.",
       {{"264", 264, 0.5, "count"}, {"800", 800, 0.5, "count"}, {"33%", 33, 0.5, "%"}},
       ""},
      {"The bank shut 9 of its 120 branches, or 7.5%, last year.",
       {{"9", 9, 0.5, "count"}, {"120", 120, 0.5, "count"}, {"7.5%", 7.5, 0.05, "%"}},
       ""},
      // A figure before it that is no part of it: still a note.
      {"In 2024 the bank shut 9 branches, or 7.5% of its network.",
       {{"2024", 2024, 0.5, "count"}, {"9", 9, 0.5, "count"}, {"7.5%", 7.5, 0.05, "%"}},
       "120"},
      // No tie between the two figures: no note.
      {"Sales rose at 150 stores while margins were 5% in June.",
       {{"150", 150, 0.5, "count"}, {"5%", 5, 0.5, "%"}},
       ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    Doc doc{std::string(c.text)};
    add_figures(doc, c.figures);
    const auto fs = run_check("implied-value", doc.claims());
    check_shape(fs, "implied-value", doc.claims());
    if (c.base.empty()) {
      CHECK(fs.empty());
    } else {
      REQUIRE(fs.size() == 1);
      CHECK(fs[0].severity == Severity::kNote);
      CAPTURE(fs[0].message);
      CHECK(fs[0].message.find(c.base) != std::string::npos);
    }
  }
}

TEST_CASE("implied-value pairs a change with the amount in the next sentence") {
  Doc doc{
      "Requests fell 20%, prompting a 12% cut in its server fleet. This contraction "
      "translates into roughly $30 million less spend."};
  add_figures(doc, {{"20%", 20, 0.5, "%"}, {"12%", 12, 0.5, "%", kNoun}});
  Claim& x = doc.add(ClaimKind::kMoney, "$30 million");
  Quantity q = doc.q("$30 million", 30e6, 27e6, 33e6, "USD");  // "roughly": ±10%
  q.role = kAmount;                                            // "$30 million less"
  x.quantities.push_back(q);
  // "This contraction" points back at the sentence before: the claim says so (Claim::refers_back,
  // which Doc fills as the extractor does); the check does not read the words. Without it the
  // amount is tied to nothing.
  Claims claims = doc.claims();
  REQUIRE(claims.claims.back().refers_back);
  claims.claims.back().refers_back = false;
  CHECK(run_check("implied-value", claims).empty());
  const auto fs = run_check("implied-value", doc.claims());
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message == "implied base of about $250.0 million: $30 million being 12%");
  // 27/0.125 = 216 to 33/0.115 = 287
  CHECK(fs[0].explanation.find("$216.0 million to $287.0 million") != std::string::npos);
}

TEST_CASE("implied-value takes the figure before as a change's base when the claim says since") {
  // Claims built by hand: the check reads Claim::since, not the word "since" in the text.
  Doc doc{
      "Online sales came to £140 million two years ago. They have risen by 40% since, to £210 "
      "million."};
  Claim& base = doc.add(ClaimKind::kMoney, "£140 million");
  base.quantities.push_back(doc.q("£140 million", 140e6, 0.5e6, "GBP"));
  Claim& c = doc.add(ClaimKind::kPercentChange, "risen by 40% since, to £210 million");
  c.direction = Direction::kIncrease;
  c.changes.push_back(doc.q("40%", 40, 0.5, "%"));
  c.new_value = doc.q("£210 million", 210e6, 0.5e6, "GBP");
  c.quantities = {c.changes[0], *c.new_value};
  // Without Claim::since (Doc fills it as the extractor does) the base the change implies (£150
  // million) is only a note.
  Claims claims = doc.claims();
  REQUIRE(claims.claims.back().since);
  claims.claims.back().since = false;
  auto fs = run_check("implied-value", claims);
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kNote);
  fs = run_check("implied-value", doc.claims());
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].severity == Severity::kWarning);
  CHECK(fs[0].message.find("does not fit the £140 million") != std::string::npos);
}

TEST_CASE("implied-value ties a change's percentage to its amount by their roles alone") {
  // The text names the change, but the claims carry no roles: nothing ties the two figures.
  Doc doc{"A 25% price rise on the top tier will add about $10 million in annual revenue."};
  add_figures(doc, {{"25%", 25, 0.5, "%"}, {"$10 million", 10e6, 0.5e6, "USD"}});
  CHECK(run_check("implied-value", doc.claims()).empty());
}

TEST_CASE("implied-value notes the starting value of a change given only its end") {
  Doc doc{"Profit rose 20% to $120 million."};
  Claim& c = doc.add(ClaimKind::kPercentChange, "rose 20% to $120 million");
  c.direction = Direction::kIncrease;
  c.changes.push_back(doc.q("20%", 20, 0.5, "%"));
  c.new_value = doc.q("$120 million", 120e6, 0.5e6, "USD");
  c.quantities = {c.changes[0], *c.new_value};
  const auto fs = run_check("implied-value", doc.claims());
  REQUIRE(fs.size() == 1);
  CHECK(fs[0].message.find("$100.0 million") != std::string::npos);
  c.old_value = doc.q("$120 million", 100e6, 0.5e6, "USD");  // both values stated: not implied
  CHECK(run_check("implied-value", doc.claims()).empty());
}

TEST_CASE("implied-value judges a percentage against the base stated beside it") {
  run_text_cases(
      "implied-value",
      {
          // 40 / 1,000 = 4%, not 8%: the base the 8% implies ($500 million) is not the one stated;
          // only "$1 billion" read at the bottom of its rounding ($0.5 billion) saves it.
          {"The charity spent $40 million on grants, or 8% of its $1 billion budget.", "warning"},
          {"The charity spent $40 million on grants, or 8% of its $1.0 billion budget.", "error"},
          {"The charity spent $80 million on grants, or 8% of its $1 billion budget.", "pass"},
          {"It booked a $36 million loss on its bonds, or 6% of its $400 million reserve.",
           "error"},
          {"It booked a $24 million loss on its bonds, or 6% of its $400 million reserve.", "pass"},
          // Hedges widen each figure first: 400 / 10,000 = 4%, which "about 8%" cannot reach.
          {"Verano paid \xE2\x82\xAC"
           "400 million, about 8% of its roughly \xE2\x82\xAC"
           "10 "
           "billion market value.",
           "error"},
          {"Verano paid \xE2\x82\xAC"
           "400 million, about 4% of its roughly \xE2\x82\xAC"
           "10 "
           "billion market value.",
           "pass"},
          // 410 / 6,000 = 6.8%, within rounding and hedges of "about 7%".
          {"Quarto spent $410 million on buybacks, about 7% of its roughly $6 billion market "
           "value.",
           "pass"},
          {"Transfer fees came to \xC2\xA3"
           "19 million, or 31% of the club's \xC2\xA3"
           "81 million "
           "turnover.",
           "error"},
          {"Transfer fees came to \xC2\xA3"
           "19 million, or 23% of the club's \xC2\xA3"
           "81 million "
           "turnover.",
           "pass"},
          {"The district will cut 120 posts, or 6% of its 2,000 staff.", "pass"},
          {"The district will cut 120 posts, or 9% of its 2,000 staff.", "error"},
          // Rounding alone: 45 / 1,300 = 3.46%, and 3.5% allows 3.45%..3.55%.
          {"Rates bring in $45 million, or 3.5% of the city's $1.3 billion budget.", "pass"},
          // The whole named by an "Of ..." opening the sentence or a clause, before the two.
          {"Of its $250 million budget, 16%, or $52 million, goes on wages.", "error"},
          {"Of its $250 million budget, 16%, or $40 million, goes on wages.", "pass"},
          {"Of the 2,300 members, 35%, or about 1,020, voted for the merger.", "error"},
          {"Of the 2,300 members, 35%, or about 800, voted for the merger.", "pass"},
          {"Of the $90 million raised, the trust spent 40%, or $41 million, on housing.", "error"},
          // ... not an "of" inside a clause that names what something else is one of.
          {"One of the 700 suppliers, Brill, cut 15% of its staff, or 90.", "note"},
          // The figure after "of" is not the base when other words name the whole first.
          {"The charity spent $40 million, or 8% of revenue in the $3 billion region.", "note"},
          {"The charity spent $40 million, or 8% of its budget; its $3 billion endowment is "
           "untouched.",
           "note"},
          // A base in another unit is no base of an amount of money.
          {"The agency spent $40 million, or 8% of its 900 grants.", "note"},
      });
}

}  // namespace
}  // namespace factcheck::testing
