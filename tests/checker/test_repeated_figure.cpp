// repeated-figure on short articles modelled on real copy (its phrasing, our own figures and
// names): each false warning it gave on ../shared/corpus (tatqa filings, phrasebank wire copy,
// finqa tokenised filings) as a pair that must not warn, and the restatements that must.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "checker/checker.h"
#include "extractor/extractor.h"

namespace factcheck {
namespace {

struct Case {
  std::string_view text;
  bool warns;  // a repeated-figure warning, else none
};

std::size_t warnings_in(std::string_view text) {
  const Claims claims = extract(text);
  std::size_t n = 0;
  for (const Finding& f : check(claims)) {
    if (f.check == "repeated-figure" && f.severity == Severity::kWarning) ++n;
  }
  return n;
}

void run_table(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK((warnings_in(c.text) > 0) == c.warns);
  }
}

TEST_CASE("repeated-figure warns on one metric of one period stated twice with a slip") {
  run_table({
      {"Korpela's 4,700 employees serve customers in more than 20 countries.\n"
       "Korpela's 4,800 employees serve customers in more than 20 countries.\n",
       true},
      // Lower-cased filings text, both figures tied to the same day.
      {"total debt was $ 2.6 billion at december 31 , 2026 , compared with $ 2.9 billion at "
       "december 31 , 2025 .\n"
       "the ratio of total debt of $ 2.1 billion at december 31 , 2026 to adjusted ebitda was 1.8 "
       "times .\n",
       true},
  });
}

TEST_CASE("repeated-figure takes the thing an amount is the cost of for one figure") {
  run_table({
      // A modal after the thing says what it will do; its cost is stated.
      {"A new £34.6 million swimming pool will open in the summer.\n"
       "Residents have long asked for the £36.4m pool.\n",
       true},
      {"The port says a $71.9 million ferry terminal could be ready by 2030.\n"
       "Work on the $79.1 million terminal starts in May.\n",
       true},
      // Another thing, one not told as known, or one named at another place.
      {"A new £34.6 million swimming pool will open in the summer.\n"
       "Residents have long asked for the £36.4m gym.\n",
       false},
      {"A new £34.6 million swimming pool will open in the summer.\n"
       "A £36.4m pool opened in the next town in 2020.\n",
       false},
      {"The port says a $71.9 million ferry terminal could be ready by 2030.\n"
       "The $79.1 million terminal at Kessock harbour was sold last year.\n",
       false},
      // A metric with a modal stays a forecast.
      {"Revenue will reach £34.6 million next year.\nThe £36.4m revenue was a record.\n", false},
  });
}

TEST_CASE("repeated-figure reads the period from the whole sentence") {
  run_table({
      // "last year" by the earlier figure and a named year by the later only: which year "last
      // year" is cannot be told without the article's date, so they are kept apart.
      {"Turnover at Brindle Mills climbed to €2.47bn last year.\n"
       "Turnover was €2.74bn in 2018, before the strike.\n",
       false},
      // The year named by neither: the year the article reports, told once.
      {"Turnover at Brindle Mills climbed to €2.47bn last year.\n"
       "The €2.74bn in turnover came mostly from France.\n",
       true},
      // Years the surroundings miss: "For 2025, ..." opens the sentence.
      {"For 2025, cash provided by operating activities was due mainly to our operations, which "
       "included a $3.41 billion decrease in receivables due to lower net sales and a $1.64 "
       "billion increase in inventory due to higher levels of work in process.\n"
       "For 2024, cash provided by operating activities was due mainly to our operations, which "
       "included a $1.84 billion increase in receivables due to higher levels of net sales.\n",
       false},
      {"For the year ended December 31, 2025 our capital resources consisted primarily of $9.5 "
       "million cash on hand and $44.0 million available under our credit facilities.\n"
       "For the year ended December 31, 2024, our capital resources consisted primarily of $7.5 "
       "million cash on hand and $41.0 million available under our credit facilities.\n",
       false},
      {"In fiscal 2025, we purchased 163 million pounds of copper, 131,000 troy ounces of gold, "
       "and 3.4 million troy ounces of silver.\n"
       "In fiscal 2026, we expect to purchase 160 million pounds of copper, 133,000 troy ounces of "
       "gold, and 3.1 million troy ounces of silver.\n",
       false},
      // A part of a year against none.
      {"Its first-quarter underlying operating profit rose to 52 mln eur from 31 mln a year "
       "earlier.\n"
       "Its operating profit surged to EUR32m from EUR31m .\n",
       false},
      {"The net sales were EUR 38.4 mn in the first quarter of 2009 .\n"
       "The net sales decreased to EUR 38.7 million from EUR 45.2 million .\n",
       false},
      // Two loans taken out on different days.
      {"On March 4, 2021, the Company entered into a loan agreement for the purchase of a crane in "
       "the principal amount of $264 bearing interest at 5.5%.\n"
       "On November 18, 2021, the Company entered into a loan agreement for the purchase of office "
       "furniture in the principal amount of $254 bearing interest at 4.9%.\n",
       false},
      // Figures matched to years by position.
      {"Total depreciation expense on property and equipment was $3.5 million, $3.6 million, and "
       "$3.4 million during fiscal 2025, 2024 and 2023, respectively.\n"
       "Total amortization expense on capitalized software was $3.5 million, $2.8 million and $2.4 "
       "million during fiscal 2025, 2024, and 2023, respectively.\n",
       false},
  });
}

TEST_CASE("repeated-figure tells apart metrics that share words") {
  run_table({
      // A cap on future borrowing is not an amount borrowed.
      {"Kelso may also request term loans or additional revolving credit commitments in an "
       "aggregate amount not to exceed $400.0.\n"
       "On May 12, 2024, the Company completed a public offering of $600.0 aggregate principal "
       "amount of 2.40% senior unsecured notes due 2029.\n",
       false},
      // A year naming an option scheme is a label.
      {"A total of 131000 Kestrel Mining Plc 's new shares were subscribed for during the period "
       "between May 1 , 2010 and June 30 , 2010 under the company 's stock option rights 2008A .\n"
       "Alden Oyj Stock Exchange Release 11 August 2006 , at 11.00 am ALDEN SHARES SUBSCRIBED FOR "
       "WITH 2004 STOCK OPTIONS A total of 95,000 new shares of Alden Oyj have been subscribed for "
       "with the company 's 2004A stock options .\n",
       false},
      // A note number is a label.
      {"Refer to note 14 for details on the unsecured notes on issue.\n"
       "The landlord was acquired in 2019 (refer to note 24).\n",
       false},
      // A gain is not a loss.
      {"Foreign currency exchange losses were $12.6 million in 2025 compared to gains of $7.1 "
       "million in 2024.\n"
       "For 2025, foreign currency exchange loss included realized losses of $8.1 million (2024 - "
       "$5.5 million).\n",
       false},
      // The words before "and" belong to the figure before them.
      {"Cash flows used in investing activities in fiscal 2025 were $5.7 million. This is "
       "primarily attributed to $2.6 million in development of proprietary software and $3.1 "
       "million for purchase of property and equipment.\n"
       "Cash flows used in investing activities in fiscal 2023 were $14.8 million. This is "
       "primarily attributed to $11.6 million in development of proprietary software and $4.6 "
       "million for purchase of property and equipment.\n",
       false},
      // Another word inside the phrase: services against software revenue.
      {"For the year ended December 31, 2025, direct services revenue was $3.9 million.\n"
       "For the year ended December 31, 2025, direct software and other revenue was $2.9 "
       "million.\n",
       false},
      // Another noun after the shared ones: payments against the liability.
      {"The increase in non-cash charges is driven by changes in the fair value of earn-out "
       "liabilities of $5.4 million.\n"
       "Cash used in financing activities included $3.4 million of earn-out liability payments "
       "classified as financing activities.\n",
       false},
      // A region named after "in" or "across" narrows the figure, even one the article is about.
      {"Sales grew in the APAC, EMEA and JPKO regions, with OEM sales up in APAC, EMEA and JPKO "
       "and OEM margins up in APAC, EMEA and JPKO.\n"
       "These increases were partially offset by a $3.2 million decrease in distributor sales in "
       "the JPKO region and a $2.7 million decrease in OEM sales in the Americas region.\n"
       "These increases were partially offset by a $5.6 million decrease in OEM sales across the "
       "APAC and EMEA regions and a $3.1 million decrease in distributor sales across the APAC and "
       "JPKO regions.\n",
       false},
      // "combined" anywhere before the figure widens its scope.
      {"The combined value of the orders is EUR 47mn .\nThe value of the orders is EUR 27mn .\n",
       false},
      // Units and scale words are not metric words.
      {"At 1.33 pm , the share index was 0.30 pct lower on volume of 256 mln eur .\n"
       "At 12.01 pm , the share index was 0.67 pct lower on 253 mln eur turnover .\n",
       false},
      {"Licence revenue grew by $14.1 million, partially offset by a decrease in Asia of $2.5 "
       "million.\n"
       "Without currency effects, licence revenue would have grown by $14.3 million, partially "
       "offset by a decrease in Asia of $2.9 million.\n",
       false},
  });
}

TEST_CASE("repeated-figure takes a different comparison for a different period or firm") {
  run_table({
      {"Its operating profit amounted to EUR 12.9 mn , down from EUR 15.0 mn a year earlier .\n"
       "Its operating profit decreased to EUR 12.2 mn from EUR 16.6 mn .\n",
       false},
      {"Its operating profit improved by 16.7 % to EUR 8.7 mn .\n"
       "Its operating profit improved by 44.0 % to EUR 5.7 mn .\n",
       false},
  });
}

TEST_CASE("repeated-figure needs the same day in lower-cased filings text") {
  run_table({
      {"in south america , contract generation gross margin increased $ 18 million .\n"
       "in north america , competitive supply gross margin increased $ 15 million .\n",
       false},
      {"as of december 31 , 2026 , the noncredit portion of losses totaled $ 1.4 billion and the "
       "related securities had a fair value of $ 2.8 billion .\n"
       "the commercial securities portfolio was $ 1.6 billion fair value at december 31 , 2026 .\n",
       false},
  });
}

// See: issue 10, "Restated figures": a count or a percentage told again as known, its owner or its
// noun left out.
TEST_CASE("repeated-figure reads a count or a percentage told again as known") {
  run_table({
      // The noun both count (Claim::counted), the owner named in the first only.
      {"Penwick Rovers sold 18,900 season tickets for the new stadium.\n"
       "The club said fans bought the 19,800 season tickets within a week.\n",
       true},
      {"Lowell Rail runs 2,640 trains a week on the coast line.\n"
       "Its 2,460 trains a week on the coast line are mostly electric.\n",
       true},
      // The verb both are counted by, the noun left out of the later one.
      {"Dunmore Ferries carried 238,000 cars over the summer.\n"
       "The port said the 283,000 carried over the summer set a record.\n",
       true},
      {"Calder Hospital treated 4,610 patients in January.\n"
       "The 4,160 it treated in January included 300 children.\n",
       true},
      // A percentage told as known, against the level stated first.
      {"Voter turnout in the borough election was 41.7%.\n"
       "Officials said the 47.1% turnout in the borough election was encouraging.\n",
       true},
      // The place the earlier names, left out of the later told as known.
      {"The jobless rate in Calder stood at 5.9% in May.\n"
       "Officials said the 9.5% jobless rate in May was the worst in a decade.\n",
       true},
      {"The jobless rate in Calder stood at 5.9% in May.\n"
       "The jobless rate in Dunby was 9.5% in May.\n",
       false},
      // Another season, another month, another plant: another count.
      {"Dunmore Ferries carried 238,000 cars over the summer.\n"
       "The 283,000 carried over the winter were mostly lorries.\n",
       false},
      {"Calder Hospital treated 4,610 patients in January.\n"
       "The 4,160 it treated in February included 300 children.\n",
       false},
      {"Orrin Mills employs 1,480 people at its Derby plant.\n"
       "The 1,840 employed at its Crewe plant will get a pay rise.\n",
       false},
      // Not told as known: another team's, another election's figure.
      {"Penwick Rovers sold 18,900 season tickets for the new stadium.\n"
       "Their rivals sold 19,800 season tickets.\n",
       false},
      {"Voter turnout in the borough election was 41.7%.\n"
       "Turnout in the county election was 47.1%.\n",
       false},
      // A change's percent is how far it moved, not a level told again.
      {"Sales at Orla Foods rose 14.2% to £3.1m.\n"
       "The 12.4% rise came mostly from exports.\n",
       false},
  });
}

}  // namespace
TEST_CASE("repeated-figure reads a sentence's first common noun, market shares and rates") {
  run_table({
      // A first word a preposition follows, or a metric's name, is a common noun, not an owner.
      {"Income at Tavish Mutual rose to £57.4m in the year.\n"
       "Income of £54.7m was helped by higher interest rates.\n",
       true},
      {"Dunkeld Paper said its turnover reached £126m.\n"
       "Turnover was £162m, the annual report shows.\n",
       true},
      // Market share, told again as known ("share" names a metric beside "market").
      {"Orvel Bank holds a 34% share of the Irish mortgage market.\n"
       "Its 43% market share worries the regulator.\n",
       true},
      // A rate per share, told again per share.
      {"Calloway Mines earned 63 cents a share in 2025.\n"
       "The 36 cents per share it earned in 2025 was a record.\n",
       true},
      // A physical size, the later told as known.
      {"Portlen Marine launched a 68m superyacht for the island route.\n"
       "The 86m superyacht was painted in the spring.\n",
       true},
      // A metric's name before a determiner ends its phrase, the name kept.
      {"Halvard Steel made an operating profit of $52.6 million.\n"
       "Shareholders at the meeting called the $56.2 million operating profit a surprise.\n",
       true},
      {"Halvard Steel made an operating profit of $52.6 million.\n"
       "Shareholders at the meeting called the $56.2 million operating loss a surprise.\n",
       false},
      // A group of people opening the sentence is its subject, not the figure's owner.
      {"Calloway Mines earned 63 cents a share in 2025.\n"
       "Investors cheered the 36 cents per share it earned in 2025.\n",
       true},
      {"Norrell Foods made a net profit of £41.7m in 2025.\n"
       "Shareholders welcomed the £47.1m net profit, which lifted the dividend.\n",
       true},
      // Where a count told as known came from says nothing of its scope.
      {"Orrin Shelter housed 2,460 families last year.\n"
       "The 2,640 families it housed came from across the region.\n",
       true},
      // Another owner, another market, another thing per share, a part of the whole.
      {"Income at Tavish Mutual rose to £57.4m in the year.\n"
       "Income at its rival Brora Mutual was £54.7m.\n",
       false},
      {"Orvel Bank holds a 34% share of the Irish mortgage market.\n"
       "Its 43% share of the savings market is larger still.\n",
       false},
      {"Calloway Mines earned 63 cents a share in 2025.\n"
       "It paid 36 cents a year in dividends per bond.\n",
       false},
      {"Dunkeld Paper said its turnover reached £126m.\n"
       "Turnover of £62m came from its packaging arm.\n",
       false},
      {"Portlen Marine launched a 68m superyacht for the island route.\n"
       "Its next order, an 86m superyacht, is due in 2028.\n",
       false},
  });
}

}  // namespace factcheck
