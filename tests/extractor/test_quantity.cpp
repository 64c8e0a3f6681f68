// The grammar of quantities: forms real copy uses, with invented figures.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "extractor/internal.h"

using namespace factcheck;

namespace {

std::vector<Quantity> scan(std::string_view text) {
  return detail::scan_quantities(detail::SentenceWork(text, {0, text.size()}));
}

bool near(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

}  // namespace

TEST_CASE("figures read with unit, value in base units and written span") {
  struct Case {
    std::string_view text;
    std::string_view figure;  // the span's text
    double value;
    std::string_view unit;
  };
  const Case cases[] = {
      {"sales of $140 million", "$140 million", 140e6, "USD"},
      {"worth $3.7 billion", "$3.7 billion", 3.7e9, "USD"},
      {"a loss of \xC2\xA3"
       "2.6bn",
       "\xC2\xA3"
       "2.6bn",
       2.6e9, "GBP"},
      {"profit of \xE2\x82\xAC"
       "450m",
       "\xE2\x82\xAC"
       "450m",
       450e6, "EUR"},
      {"rose to EUR 21.4 mn .", "EUR 21.4 mn", 21.4e6, "EUR"},
      {"rose to EUR21.4mn .", "EUR21.4mn", 21.4e6, "EUR"},
      {"was EUR 21,4 mn in total", "EUR 21,4 mn", 21.4e6, "EUR"},  // decimal comma
      {"were EUR31 .7 m , up", "EUR31 .7 m", 31.7e6, "EUR"},       // PhraseBank spacing
      {"totalled USD48.2 million", "USD48.2 million", 48.2e6, "USD"},
      {"increased $ 412 million , or", "$ 412 million", 412e6, "USD"},
      {"a $2.5B deal", "$2.5B", 2.5e9, "USD"},
      {"\xC2\xA5"
       "700bn of bonds",
       "\xC2\xA5"
       "700bn",
       700e9, "JPY"},
      {"2,345.6 million euros in sales", "2,345.6 million euros", 2345.6e6, "EUR"},
      {"decreased to $12,408 from", "$12,408", 12408, "USD"},
      {"shares closed at 412.5p", "412.5p", 4.125, "GBP"},
      {"a dividend of 18.25 pence", "18.25 pence", 0.1825, "GBP"},
      {"a dividend of 21 cents a share", "21 cents", 0.21, "USD"},
      {"fell 38%", "38%", 38, "%"},
      {"fell 12 %", "12 %", 12, "%"},
      {"fell 12 per cent", "12 per cent", 12, "%"},
      {"fell 12 percent", "12 percent", 12, "%"},
      {"up 2.5 percentage points", "2.5 percentage points", 2.5, "pp"},
      {"down 140 basis points", "140 basis points", 1.4, "pp"},
      {"widened 0.4 pts", "0.4 pts", 0.4, "pp"},
      {"the index lost 31.5 points", "31.5 points", 31.5, "points"},
      {"trades at 9-11x earnings", "9-11x", 10, "x"},
      {"trades at 5\xE2\x80\x91"
       "7 \xC3\x97 earnings",
       "5\xE2\x80\x91"
       "7 \xC3\x97",
       6, "x"},
      {"over seven weeks", "seven weeks", 7, "week"},
      {"the three-fold rise", "three-fold", 3, "x"},
      {"profit doubled", "doubled", 2, "x"},
      {"the dividend was halved", "halved", 0.5, "x"},
      {"lost two-thirds of its value", "two-thirds", 200.0 / 3, "%"},
      {"sold 312.4 million litres", "312.4 million litres", 312.4e6, "litres"},
      {"hired 2,150 engineers", "2,150", 2150, "count"},
      {"ninety-two stores", "ninety-two", 92, "count"},
      {"sales grew two and a half times over", "two and a half times", 2.5, "x"},
      {"within one and a half years", "one and a half years", 1.5, "year"},
      {"about three and a half million tonnes", "three and a half million tonnes", 3.5e6, "tonnes"},
      {"a 47-year-old engineer", "47-year-old", 47, "age"},  // an age, not a length of time
      {"among 19 year olds", "19 year olds", 19, "age"},
      {"the firm is 60 years old", "60 years old", 60, "age"},
      {"a 20\xE2\x80\x91year\xE2\x80\x91old", "20\xE2\x80\x91year\xE2\x80\x91old", 20, "age"},
      {"within 60 years of", "60 years", 60, "year"},
      {"a 65-inch screen", "65-inch", 65, "inch"},  // a hyphenated unit is part of the figure
      {"a 3\xE2\x80\x91mile walk", "3\xE2\x80\x91mile", 3, "mile"},
      {"the 6.8 magnitude quake", "6.8 magnitude", 6.8, "magnitude"},
      {"a 4.5 metre wall", "4.5 metre", 4.5, "metre"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    auto qs = scan(c.text);
    REQUIRE(qs.size() == 1);
    CHECK(qs[0].text == c.figure);
    CHECK(near(qs[0].value, c.value));
    CHECK(qs[0].unit == c.unit);
  }
}

TEST_CASE("written precision sets the interval; hedges widen it") {
  auto q = scan("from $2.4 billion")[0];
  CHECK(near(q.low, 2.35e9));
  CHECK(near(q.high, 2.45e9));
  q = scan("a 45% decline")[0];
  CHECK(near(q.low, 44.5));
  CHECK(near(q.high, 45.5));
  q = scan("roughly 40%")[0];  // about: both ends by 10% of the figure
  CHECK(q.hedge == "roughly");
  CHECK(near(q.low, 35.5));
  CHECK(near(q.high, 44.5));
  q = scan("nearly 8%")[0];  // nearly: the low end only
  CHECK(near(q.low, 6.7));
  CHECK(near(q.high, 8.5));
  q = scan("revenue rose two and a half times over")[0];  // to the nearest half
  CHECK(near(q.low, 2.25));
  CHECK(near(q.high, 2.75));
  q = scan("revenue rose three times as fast")[0];  // to the nearest whole
  CHECK(near(q.low, 2.5));
  CHECK(near(q.high, 3.5));
  q = scan("more than 30%")[0];
  CHECK(std::isinf(q.high));
  q = scan("up to 12%")[0];
  CHECK(q.low == 0);
  q = scan("moreover 12%")[0];  // not a hedge: "over" inside a word
  CHECK(q.hedge.empty());
  q = scan(
      "a 12\xE2\x80\x93"
      "15% share")[0];  // en dash range
  CHECK(q.is_range);
  CHECK(near(q.low, 11.5));
  CHECK(near(q.high, 15.5));
}

TEST_CASE("names, list numbers and repeated filing percentages are not extra figures") {
  CHECK(scan("trained GPT-4 models").empty());
  CHECK(scan("runs Windows 11 well").empty());
  CHECK(scan("1. Revenue").empty());
  CHECK(scan("the market opened at 9:30 a.m.").empty());
  CHECK(scan("after 9/11 and on 7/8/2003").empty());
  CHECK(scan("music of the 60's").empty());
  CHECK(scan("Figures in US $000's unless stated").empty());  // the table's unit, not an amount
  CHECK(scan("(EUR 000)").empty());
  auto qs = scan("increased 15% ( 15 % ) , to");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].text == "15%");
  // Two figures with one currency and scale: "EUR 1,940.2 1,203.5 million".
  qs = scan("totalled EUR 1,940.2 1,203.5 million .");
  REQUIRE(qs.size() == 2);
  CHECK(near(qs[0].value, 1940.2e6));
  CHECK(qs[1].unit == "EUR");
}

TEST_CASE("a window reads a crown as the whole document names it, from one index of the names") {
  // The crown is named in the first paragraph only; the figure is sentences later, read alone.
  std::string text = "Vestfjord Kraft is a Norwegian power group.\n\n";
  for (int i = 0; i < 40; ++i) text += "The group said its plants ran through the winter.\n\n";
  text += "It paid 45 billion kroner for the dam.\n\n";
  text += "Its Danish rival paid 30 billion kroner.\n";
  const Claims document = segment_document(text);
  REQUIRE(document.document_index != nullptr);
  const std::size_t last = document.sentences.size();
  REQUIRE(last > 40);
  const auto unit_in = [&](std::size_t first, std::size_t end) {
    const Claims window = extract_range(document, first, end, 0);
    // Every window of the document shares its index: it is not found again per window.
    CHECK(window.document_index == document.document_index);
    REQUIRE(window.claims.size() == 1);
    // A copy: the code is a view into the window, gone when it returns.
    return std::string(window.claims.front().quantities.front().unit.code());
  };
  CHECK(unit_in(last - 2, last - 1) == "NOK");  // Norwegian, named 41 sentences before
  CHECK(unit_in(last - 1, last) == "DKK");      // Danish, named in its own sentence
  // As the whole document reads them.
  const Claims whole = extract(text);
  REQUIRE(whole.claims.size() == 2);
  CHECK(whole.claims[0].quantities.front().unit.code() == "NOK");
  CHECK(whole.claims[1].quantities.front().unit.code() == "DKK");
}
