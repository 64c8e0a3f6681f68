// Lists wherever the list is, parts against a whole, and rates restated: sentences written for
// these tests in the manner of real copy, read by the extractor and judged by one check.
#include "tests/checker_context/builder.h"

namespace factcheck::testing {
namespace {

TEST_CASE("enumeration-count reads a list set off by dashes") {
  run_text_cases(
      "enumeration-count",
      {
          {"The four agencies under review - housing, roads and waste - will report in May.",
           "error"},
          {"The four agencies under review - housing, roads, transport and waste - will "
           "report in May.",
           "pass"},
          {"The three regulators \xE2\x80\x94 Ofcom, Ofgem and Ofwat \xE2\x80\x94 wrote to "
           "ministers.",
           "pass"},
          {"The three regulators \xE2\x80\x93 Ofcom, Ofgem, Ofwat and the Bank \xE2\x80\x93 "
           "wrote to ministers.",
           "error"},
          {"Talks stalled between the two unions - Unite, GMB and Unison.", "error"},
          {"The big five lenders - Amberly, Bexford, Carrow, Dunmore and Ellery - cut rates.",
           "pass"},
          // After "of the", the list may name the part rather than the set counted.
          {"Two of the five firms - Halvard and Iona - refused to sign.", "none"},
          {"Two of the five firms, Halvard and Iona, refused to sign.", "none"},
          // "or" offers a choice among members, not the set.
          {"One of the two bidders - Arden or Blakely - will win the contract.", "none"},
          // A count joined to its noun describes one thing, not the set listed.
          {"Each model comes with a six-cylinder engine - the A4, A6 and A8.", "none"},
          // Years are a span of time, not a list's count.
          {"In three years - 2019, 2020 and 2021 - sales fell.", "none"},
      });
}

TEST_CASE("enumeration-count reads the set a thing is one of, in a bracket after its noun") {
  run_text_cases(
      "enumeration-count",
      {
          // The set, or the others: both fit.
          {"Halden is one of three bidders (Arden, Bolt and Crane) still in the race.", "pass"},
          {"Halden is one of four bidders (Arden, Bolt and Crane) still in the race.", "none"},
          // More than the set holds: the set is miscounted.
          {"Its owner, one of two utilities (Arden, Bolt and Crane) that run the grid, "
           "is for sale.",
           "error"},
          {"She was one of four directors (Amos, Birch, Cole, Dunn and Ely) to quit.", "error"},
          // Fewer may be a part; a bracket after a place may list what it holds.
          {"Bolt is one of six partners (Arden and Crane) in the venture.", "none"},
          {"The club is one of three in the league (Ashby, Corton, Dunmore and Elland) "
           "with a creche.",
           "none"},
      });
}

TEST_CASE("enumeration-count reads a count with no noun before a colon") {
  run_text_cases("enumeration-count",
                 {
                     {"There are two: Arden, Blakely and Corvin.", "error"},
                     {"The finalists are three: Arden, Blakely and Corvin.", "pass"},
                     {"Its rivals were two: Arden and Blakely.", "pass"},
                     {"The bidders number four: Arden, Blakely and Corvin.", "error"},
                     {"The score stood at 3 after Arden and Blakely scored.", "none"},
                 });
}

TEST_CASE("enumeration-count reads bulleted and numbered lines after a colon") {
  run_text_cases(
      "enumeration-count",
      {
          {"The company sells in three markets:\n- France\n- Spain\n- Italy\n- Portugal\n",
           "error"},
          {"The company sells in four markets:\n- France\n- Spain\n- Italy\n- Portugal\n", "pass"},
          {"The plan has five steps:\n1. Audit the stores.\n2. Cut the range.\n3. Raise prices.\n",
           "error"},
          {"Two firms bid:\n\xE2\x80\xA2 Arden\n\xE2\x80\xA2 Blakely\n\xE2\x80\xA2 Corvin\n",
           "error"},
          {"The board has 3 new members:\n* Ann Pike;\n* Raj Dutt;\n* Lee Moss.\n", "pass"},
          {"There are two:\n- Arden\n- Blakely\n", "pass"},
          // No count on the lead line: nothing to compare.
          {"Highlights of the year:\n- Sales rose.\n- Costs fell.\n", "none"},
          // Years count time, not the lines.
          {"It grew for three years:\n- 2019\n- 2020\n- 2021\n- 2022\n", "none"},
          // The count is not the lead line's last words before its colon.
          {"Three analysts said the outlook was poor:\n- demand is weak\n- costs are rising\n",
           "none"},
      });
}

TEST_CASE("part-whole adds percentages of a whole that is a count") {
  run_text_cases(
      "part-whole",
      {
          {"Of the museum's 3.6 million visitors, 58% were local, 31% came from other "
           "regions and 17% from abroad.",
           "warning"},
          {"Of the museum's 3.6 million visitors, 58% were local, 31% came from other "
           "regions and 11% from abroad.",
           "pass"},
          {"Of its 1,200 staff, 45% work in sales, 30% in service and 35% in production.",
           "warning"},
          {"Of the 8,400 homes built, 62% were houses and 41% flats.", "warning"},
          // Answers to a poll may overlap.
          {"Of the 2,000 people polled, 64% said prices were too high and 58% said wages "
           "were too low.",
           "none"},
      });
}

TEST_CASE("part-whole compares amounts with the total they are said to make") {
  run_text_cases(
      "part-whole",
      {
          {"The fund paid $12 million to schools, $9 million to clinics and $6 million to "
           "parks, for a total of $24 million.",
           "warning"},
          {"The fund paid $12 million to schools, $9 million to clinics and $6 million to "
           "parks, for a total of $27 million.",
           "pass"},
          {"The fund paid $12 million to schools and $9 million to clinics, for a total of "
           "$31 million.",
           "warning"},
          {"It sold 40 homes in March and 25 in April, a total of 65.", "pass"},
          {"Grants of \xC2\xA3"
           "3.1m, \xC2\xA3"
           "2.2m and \xC2\xA3"
           "1.4m went out, "
           "totalling \xC2\xA3"
           "8.7m.",
           "warning"},
          // The figures of a change statement are not parts.
          {"Revenue rose to $12 million from $9 million, for a total of $21 million over "
           "two years.",
           "none"},
      });
}

TEST_CASE("part-whole compares a member's loss with its group's in one sentence or the next") {
  run_text_cases(
      "part-whole",
      {
          {"Brennan Motors alone lost $52 million in the quarter; the five listed carmakers "
           "together lost $38 million.",
           "warning"},
          {"Brennan Motors alone lost $12 million in the quarter; the five listed carmakers "
           "together lost $38 million.",
           "pass"},
          {"The five listed carmakers together lost $38 million in the quarter. Brennan "
           "Motors alone lost $52 million.",
           "warning"},
          {"The five listed carmakers together lost $38 million in the quarter. Brennan "
           "Motors alone lost $22 million.",
           "pass"},
          {"Vantor on its own cut 900 jobs; the industry as a whole cut 700.", "warning"},
          {"Vantor on its own cut 300 jobs; the industry as a whole cut 700.", "pass"},
          // Opposite directions: the others may have gained.
          {"Brennan Motors alone lost $52 million in the quarter; the five listed carmakers "
           "together gained $38 million.",
           "none"},
          // Two members, no group.
          {"Brennan Motors alone lost $52 million in the quarter; Corlan Autos lost $38 "
           "million.",
           "none"},
      });
}

TEST_CASE("part-whole adds the answers of one poll set out a line each") {
  run_text_cases(
      "part-whole",
      {
          {"Asked which party they backed:\nLabour: 45%\nConservative: 40%\nLiberal "
           "Democrat: 35%\n",
           "warning"},
          {"Asked which party they backed:\nLabour: 45%\nConservative: 30%\nLiberal "
           "Democrat: 25%\n",
           "pass"},
          {"Asked about their commute:\n- By car: 52%\n- By bus: 31%\n- On foot: 12%\n", "pass"},
          {"Asked about their commute:\n- By car: 62%\n- By bus: 41%\n- On foot: 12%\n", "warning"},
          {"Which paper do you read most?\nThe Post: 48%\nThe Courier: 39%\nThe Star: 29%\n",
           "warning"},
          {"Which paper do you read most?\nThe Post: 48%\nThe Courier: 39%\nThe Star: 13%\n",
           "pass"},
          // A question followed by bullets lists no answers to add.
          {"What changed?\n- Prices rose 40%\n- Wages rose 70%\n", "none"},
          // A line with a change statement is not one answer.
          {"Turnout by region:\nNorth: 45%, up from 40%\nSouth: 70%\n", "none"},
      });
}

TEST_CASE("rate compares an amount restated per another period in any wording") {
  run_text_cases(
      "rate",
      {
          {"The basic plan costs $149 a month per clinic, which works out to roughly $2,400 a "
           "year.",
           "error"},
          {"The basic plan costs $149 a month per clinic, which works out to roughly $1,800 a "
           "year.",
           "pass"},
          {"Storage is billed at $12 a month, equivalent to $144 a year.", "pass"},
          {"Storage is billed at $12 a month, equivalent to $170 a year.", "error"},
          {"The bank said it would cut overheads by USD 30 mln a quarter, or USD 90 mln a year.",
           "error"},
          {"The bank said it would cut overheads by USD 30 mln a quarter, or USD 120 mln a year.",
           "pass"},
          {"Tollcross will trim costs by \xC2\xA3"
           "2m a month, or \xC2\xA3"
           "24m a year.",
           "pass"},
          // Two amounts, not one restated.
          {"It pays $12 a month for storage and $170 a year for support.", "none"},
          {"Premium users pay $20 a month, while basic users pay $100 a year.", "none"},
      });
}

TEST_CASE("rate brings count times price to the total's period") {
  run_text_cases(
      "rate",
      {
          {"About 3,200 clinics now pay $149 a month for the software, roughly $4 million "
           "a year.",
           "error"},
          {"About 3,200 clinics now pay $149 a month for the software, roughly $5.7 "
           "million a year.",
           "pass"},
          {"Some 850 schools pay $40 a month for the service, bringing in about $400,000 "
           "a year.",
           "pass"},
          {"Some 850 schools pay $40 a month for the service, bringing in $34,000 a year.",
           "error"},
          // A total that a count explains is not the price restated.
          {"3,200 clinics pay $149 a month, which works out to $5.7 million a year.", "pass"},
      });
}

TEST_CASE("rate compares a yearly amount with the daily one the next sentence gives") {
  run_text_cases(
      "rate",
      {
          {"The council spends \xC2\xA3"
           "73 million a year on street lighting. That is "
           "about \xC2\xA3"
           "400,000 a day.",
           "warning"},
          {"The council spends \xC2\xA3"
           "73 million a year on street lighting. That is "
           "about \xC2\xA3"
           "200,000 a day.",
           "pass"},
          {"The line carries $9.1 billion of freight a year. That's $25 million a day.", "pass"},
          {"The line carries $9.1 billion of freight a year. That's $52 million a day.", "warning"},
          // Another amount, not the first restated.
          {"The council spends \xC2\xA3"
           "73 million a year on street lighting. Repairs "
           "cost \xC2\xA3"
           "5,000 a day.",
           "none"},
      });
}

TEST_CASE("rate compares an amount per head with the total and the count it comes from") {
  run_text_cases(
      "rate", {
                  {"The region has 2.4 million residents and spends $1.2 billion on policing, or "
                   "$800 per resident.",
                   "error"},
                  {"The region has 2.4 million residents and spends $1.2 billion on policing, or "
                   "$500 per resident.",
                   "pass"},
                  {"The region has 2.4 million residents. It spends $1.2 billion on policing, "
                   "about $800 per resident.",
                   "warning"},
                  // The count the per-head word names, not another one.
                  {"The city has 2.4 million residents and 3,000 officers, and spends $1.2 "
                   "billion on policing, or $400,000 per officer.",
                   "pass"},
                  {"The club has 40,000 members and spends $2 million on its stadium; tickets cost "
                   "$30 per match.",
                   "none"},
              });
}

TEST_CASE("rate applies a rate introduced by 'at' to the amount per another period after it") {
  run_text_cases("rate",
                 {
                     {"At \xC2\xA3"
                      "3.50 a day, the scheme costs each family about \xC2\xA3"
                      "1,500 a year.",
                      "warning"},
                     {"At \xC2\xA3"
                      "3.50 a day, the scheme costs each family about \xC2\xA3"
                      "1,280 a year.",
                      "pass"},
                     {"At $12 a week, the plan costs a subscriber $960 a year.", "warning"},
                     {"At $12 a week, the plan costs a subscriber $624 a year.", "pass"},
                     {"At EUR 45 a month, the pass costs a commuter EUR 720 a year.", "warning"},
                     {"At EUR 45 a month, the pass costs a commuter EUR 540 a year.", "pass"},
                     // A total over many heads is far larger than the rate: another amount.
                     {"At \xC2\xA3"
                      "3.50 a day, the scheme costs the government \xC2\xA3"
                      "1.5bn a year.",
                      "none"},
                     // A count between them: price times count judges it, not this rule.
                     {"At $29 a month, its 14,000 seats bring in $406,000 a month.", "pass"},
                     // No "at": two amounts of the sentence.
                     {"The scheme pays \xC2\xA3"
                      "3.50 a day and costs each family about \xC2\xA3"
                      "1,500 a year.",
                      "none"},
                 });
}

TEST_CASE("rate compares an amount the next sentence says it comes to") {
  run_text_cases(
      "rate",
      {
          {"The charity feeds a child for \xC2\xA3"
           "3.50 a day. That comes to about \xC2\xA3"
           "1,500 a year.",
           "warning"},
          {"The charity feeds a child for \xC2\xA3"
           "3.50 a day. That comes to about \xC2\xA3"
           "1,300 a year.",
           "pass"},
          {"The fund pays out $2.4 million a month. That comes to $36 million a year.", "warning"},
          {"The fund pays out $2.4 million a month. That comes to $29 million a year.", "pass"},
      });
}

TEST_CASE("rate compares a count per head with the two counts it comes from") {
  run_text_cases(
      "rate",
      {
          {"The district has 4,200 pupils and 350 teachers, or 15 pupils per teacher.", "error"},
          {"The district has 4,200 pupils and 350 teachers, or 12 pupils per teacher.", "pass"},
          {"The district has 4,200 pupils and 350 teachers. That is 15 pupils per teacher.",
           "warning"},
          {"The hospital has 1,800 beds and 450 nurses, or four beds per nurse.", "pass"},
          {"The hospital has 1,800 beds and 450 nurses, or six beds per nurse.", "error"},
          {"The depot runs 96 trams with 240 drivers, or 2.5 drivers per tram.", "pass"},
          {"The depot runs 96 trams with 240 drivers, or 3.5 drivers per tram.", "error"},
          // Per another thing than the counts name.
          {"The district has 4,200 pupils and 350 teachers; classes hold 28 pupils per class.",
           "none"},
          {"The clinic sees 1,200 patients and employs 30 nurses, or 40 patients per doctor.",
           "none"},
      });
}

TEST_CASE("part-whole adds a remaining share to the shares before it") {
  run_text_cases(
      "part-whole",
      {
          {"In the survey of 900 firms, 48% expect prices to rise. Another 39% expect them to "
           "hold steady. The remaining 18% expect a fall.",
           "warning"},
          {"In the survey of 900 firms, 48% expect prices to rise. Another 39% expect them to "
           "hold steady. The remaining 13% expect a fall.",
           "pass"},
          // The remaining share in a paragraph of its own.
          {"Of the members polled, 52% backed the merger. A further 31% opposed it.\nThe "
           "remaining 22% had no view.",
           "warning"},
          {"Of the members polled, 52% backed the merger. A further 31% opposed it.\nThe "
           "remaining 17% had no view.",
           "pass"},
          // In one sentence.
          {"Of the fleet, 61% runs on diesel, 27% on petrol and the remaining 15% on "
           "batteries.",
           "warning"},
          {"Of the fleet, 61% runs on diesel, 27% on petrol and the remaining 12% on "
           "batteries.",
           "pass"},
          {"Of voters, 64% backed the plan; the other 41% did not.", "warning"},
          {"Of voters, 64% backed the plan; the other 36% did not.", "pass"},
          {"Buses carry 70% of commuters. The rest, 35%, travel by train.", "warning"},
          // A share before the chain that nothing links to it is another whole's.
          {"Inflation was 64% over the decade. Of the staff, 55% work in shops. The remaining 45% "
           "work in depots.",
           "pass"},
          // Short of 100%: a share may be unnamed; no finding.
          {"Of the members polled, 52% backed the merger. The remaining 30% had no view.", "none"},
          // A change before the remaining share is not a share of the whole.
          {"Sales rose 60% in the north. The remaining 45% of stores were shut.", "none"},
      });
}

TEST_CASE("rate reads a count named after the total that restates a price") {
  run_text_cases(
      "rate", {
                  {"The board paid \xC2\xA3"
                   "4.80 on each jab it bought, or roughly \xC2\xA3"
                   "1 million on "
                   "the 212,000 doses.",
                   "pass"},
                  {"The board paid \xC2\xA3"
                   "4.80 on each jab it bought, or roughly \xC2\xA3"
                   "2 million on "
                   "the 212,000 doses.",
                   "error"},
                  {"The club took about \xC2\xA3"
                   "1.1 million per home game, roughly \xC2\xA3"
                   "21 million "
                   "over the 19 home games.",
                   "pass"},
                  {"The club took about \xC2\xA3"
                   "1.1 million per home game, roughly \xC2\xA3"
                   "30 million "
                   "over the 19 home games.",
                   "error"},
                  // Another amount between the total and the count: the count is not the total's.
                  {"The trust spent \xC2\xA3"
                   "4.80 on each jab, or roughly \xC2\xA3"
                   "1 million in all; a "
                   "further \xC2\xA3"
                   "3 million went on 80,000 staff hours.",
                   "none"},
              });
}

TEST_CASE("rate compares a total over several periods with a hedged rate after a comma") {
  run_text_cases(
      "rate",
      {
          {"The treasury pledged \xC2\xA3"
           "1.2bn over five years, roughly \xC2\xA3"
           "300m a "
           "year.",
           "error"},
          {"The treasury pledged \xC2\xA3"
           "1.2bn over five years, roughly \xC2\xA3"
           "240m a "
           "year.",
           "pass"},
          {"The state has pledged $4.8 billion over four years for housing, roughly $1.5 billion "
           "a year.",
           "error"},
          {"The state has pledged $4.8 billion over four years for housing, roughly $1.2 billion "
           "a year.",
           "pass"},
          {"The port will spend $90 million over three years, about $40 million a year.", "error"},
          {"The port will spend $90 million over three years, about $30 million a year.", "pass"},
          {"Members pay $15 a month, around $180 a year.", "pass"},
          {"Members pay $15 a month, around $240 a year.", "error"},
          // The same period on both sides: two amounts, nothing restated.
          {"It spends $3 million a month on rent, about $1 million a month more than in 2024.",
           "none"},
      });
}

TEST_CASE("ratio-percent compares a share in words with the percent in brackets after it") {
  run_text_cases(
      "ratio-percent",
      {
          {"Two in five voters (45%) backed the plan.", "error"},
          {"Two in five voters (41%) backed the plan.", "pass"},
          {"A survey found that one in four mortgage holders (32%) had cut spending.", "error"},
          {"A survey found that one in four mortgage holders (26%) had cut spending.", "pass"},
          // The hedge widens the words' share: nearly one in three is at most 33.3%.
          {"Nearly one in three renters (31%) said the same.", "pass"},
          {"Three in five households (61%) expect rates to rise.", "pass"},
          {"Three in five households (72%) expect rates to rise.", "error"},
          {"Nine out of ten patients (78%) were seen within a week.", "error"},
          {"Nine out of ten patients (91%) were seen within a week.", "pass"},
          // A bracket that opens on words, or holds more than the figure, is no restatement.
          {"One in four adults nationally (32% in London) smoke.", "none"},
          {"One in four adults (up from 20% in 2020) now cycles to work.", "none"},
          // A share in digits with its bracket: rounding, not words.
          {"Turnout was 40% (39.6%) in the north.", "none"},
          // A bracketed figure of another unit.
          {"One in four clinics (120) has closed.", "none"},
      });
}

TEST_CASE("ratio-percent compares a share in words with the percent after \", or\"") {
  run_text_cases(
      "ratio-percent",
      {
          {"One in four shoppers, or 32%, now pays by phone.", "error"},
          {"One in four shoppers, or 26%, now pays by phone.", "pass"},
          {"Roughly one in three tenants, or about 35%, said rents had risen.", "pass"},
          {"Two in five members, or 55%, voted to strike.", "error"},
          {"About a quarter of the land, or 24%, is farmed.", "pass"},
          {"Three out of ten patients, or 45%, waited more than a week.", "error"},
          // A percent of something else, or one that goes on to compare, restates nothing.
          {"One in four shoppers pays by phone, or 32% of all sales.", "none"},
          {"One in four shoppers pays by phone, or 32% more than in 2024.", "none"},
      });
}

TEST_CASE("ratio-percent compares a part of a count with the percent that restates it") {
  run_text_cases(
      "ratio-percent",
      {
          {"Of the 1,800 members who voted, 1,020 (47%) backed the strike.", "error"},
          {"Of the 1,800 members who voted, 1,020 (57%) backed the strike.", "pass"},
          {"Of the club's 640 season-ticket holders, 410 (52%) renewed early.", "error"},
          {"Of the club's 640 season-ticket holders, 410 (64%) renewed early.", "pass"},
          {"Some 2,150 (71%) of its 3,600 drivers have now been trained.", "error"},
          {"Some 2,150 (60%) of its 3,600 drivers have now been trained.", "pass"},
          {"The agency approved 1,240 of 3,100 claims, a success rate of about 48%.", "error"},
          {"The agency approved 1,240 of 3,100 claims, a success rate of about 40%.", "pass"},
          {"The court heard 96 appeals and upheld 31 of them, a rate of roughly 40%.", "error"},
          {"The court heard 96 appeals and upheld 31 of them, a rate of roughly 32%.", "pass"},
          {"Inspectors visited 420 restaurants and failed 75 of them, or 23%.", "error"},
          {"Inspectors visited 420 restaurants and failed 75 of them, or 18%.", "pass"},
          {"The college offered places to 2,900 of 7,400 applicants, a share of 45%.", "error"},
          {"The college offered places to 2,900 of 7,400 applicants, a share of 39%.", "pass"},
          // Another count between the whole and the part: 58% may be of the 600.
          {"Of 2,400 tenants, 600 had repairs done and 348 (58%) were satisfied with them.",
           "none"},
          // A bracket holding more than the percent, a percent of no count, a change: left alone.
          {"Of the 900 firms surveyed, 310 (34% of those that export) expect tariffs to rise.",
           "none"},
          {"The firm has 2,000 staff; 1,160 (68%) of the engineers work remotely.", "none"},
          {"Of its 5,000 shops, 1,200 closed last year, up 18% on the year before.", "none"},
          {"Out of 250 patients treated, 180 (62%) recovered fully.", "error"},
          {"Out of 250 patients treated, 180 (72%) recovered fully.", "pass"},
      });
}

TEST_CASE("rate divides a total over several periods, of money or of a count, by its period") {
  run_text_cases(
      "rate",
      {
          {"The charity planted 36,000 trees over the past three years, about 8,000 a year.",
           "error"},
          {"The charity planted 36,000 trees over the past three years, about 12,000 a year.",
           "pass"},
          {"Volunteers answered 5,200 calls over the last four weeks, roughly 900 a week.",
           "error"},
          {"Volunteers answered 5,200 calls over the last four weeks, roughly 1,300 a week.",
           "pass"},
          {"The port handled 2.4 million containers over the year, about 260,000 a month.",
           "error"},
          {"The port handled 2.4 million containers over the year, about 200,000 a month.", "pass"},
          {"The trust spent £18 million on agency nurses over the year, about £2.5 million a "
           "month.",
           "error"},
          {"The trust spent £18 million on agency nurses over the year, about £1.5 million a "
           "month.",
           "pass"},
          {"Marlow Foods paid £7.2 million in fines over four years, or £2.4 million a year.",
           "error"},
          {"Marlow Foods paid £7.2 million in fines over four years, or £1.8 million a year.",
           "pass"},
          {"The council will build 900 homes over the next three years, about 400 a year.",
           "error"},
          {"It has repaired 640 bridges over eight years, about 60 a year.", "error"},
          {"It has repaired 640 bridges over eight years, about 80 a year.", "pass"},
          {"The scheme will add 250 nurses a year, or 1,250 over five years.", "pass"},
          {"The scheme will add 250 nurses a year, or 1,500 over five years.", "error"},
          // No period on the second figure, or no words that restate: left alone.
          {"The firm sold 1,200 homes over four years, about 200 of them in Leeds.", "none"},
          {"The firm sold 1,200 homes over four years and about 200 a year before that.", "none"},
          {"Over four years it sold 1,200 homes; it now sells about 500 a year.", "none"},
      });
}

TEST_CASE("ratio-percent compares a part of a count with the share in words that restates it") {
  run_text_cases(
      "ratio-percent",
      {
          {"The club sold 410 of its 1,600 debentures, roughly a third, in the first week.",
           "error"},
          {"The club sold 530 of its 1,600 debentures, roughly a third, in the first week.",
           "pass"},
          {"Inspectors failed 84 of the 240 care homes they visited, almost half.", "error"},
          {"Inspectors failed 112 of the 240 care homes they visited, almost half.", "pass"},
          {"The board heard 60 appeals and upheld 9 of them, or one in four.", "error"},
          {"The board heard 60 appeals and upheld 15 of them, or one in four.", "pass"},
          {"Of the 900 staff, 410 (two in five) work part time.", "error"},
          {"Of the 900 staff, 360 (two in five) work part time.", "pass"},
          // A comparison, not a share: left alone.
          {"The club sold 410 of its 1,600 debentures, roughly a third more than last year.",
           "none"},
      });
}

TEST_CASE("ratio-percent reads a share in digits after a comma and its hedge") {
  run_text_cases(
      "ratio-percent",
      {
          {"The county side won 11 of its 26 matches, roughly 60%, its best record in years.",
           "error"},
          {"The county side won 11 of its 26 matches, roughly 42%, its best record in years.",
           "pass"},
          {"The board approved 48 of the 130 planning applications it heard, about 50%.", "error"},
          {"The board approved 48 of the 130 planning applications it heard, about 37%.", "pass"},
          {"Of the 64 bus routes, 41 ran on time, roughly 80%, against 30 of 60 last year.",
           "error"},
          {"Of the 64 bus routes, 41 ran on time, roughly 64%, against 30 of 60 last year.",
           "pass"},
          // Counts written to the unit are exact: 19 / 34 is 55.9%, outside "roughly 65%".
          {"The Harriers won 19 of their 34 games, roughly 65%.", "error"},
          {"The Harriers won 19 of their 34 games, roughly 56%.", "pass"},
          // A share of something else: left alone.
          {"The fund owns 410 of its 1,600 properties outright, about 40% of its rental income.",
           "none"},
          {"The firm sold 12 of its 40 stores, about 45% of its floor space.", "none"},
          {"The firm sold 12 of its 40 stores, about 45% more than it planned.", "none"},
      });
}

TEST_CASE(
    "ratio-percent takes 'of the total' or 'of them' from the one count of the sentence "
    "before, as a warning") {
  run_text_cases(
      "ratio-percent",
      {
          {"Residents filed 3,400 objections to the scheme. By March 1,900 had been answered, "
           "about 70% of the total.",
           "warning"},
          {"Residents filed 3,400 objections to the scheme. By March 1,900 had been answered, "
           "about 56% of the total.",
           "pass"},
          {"The charity received 5,200 grant requests this year. It funded 1,300 of them, roughly "
           "40%.",
           "warning"},
          {"The charity received 5,200 grant requests this year. It funded 1,300 of them, roughly "
           "25%.",
           "pass"},
          {"The library lent 6,400 e-books in May. Of those, 2,100 were children's titles, "
           "about 45%.",
           "warning"},
          {"The library lent 6,400 e-books in May. Of those, 2,100 were children's titles, "
           "about 33%.",
           "pass"},
          // A part of another noun, or two counts that could be the whole: left alone.
          {"The bank made 9,000 loans last year. It refused 2,300 applicants, roughly 40% of the "
           "total.",
           "none"},
          {"Residents filed 3,400 objections and 2,600 letters of support. By March 1,900 had been "
           "answered, about 70% of the total.",
           "none"},
      });
}

TEST_CASE("ratio-percent takes 'the respondents' as the count a survey sentence gives") {
  run_text_cases(
      "ratio-percent",
      {
          {"Of the 1,800 drivers who answered the union's survey, 1,020 said pay was too low. "
           "Roughly a quarter of the respondents, 610 people, said they would strike.",
           "error"},
          {"Of the 1,800 drivers who answered the union's survey, 1,020 said pay was too low. "
           "Roughly a third of the respondents, 610 people, said they would strike.",
           "pass"},
          {"Some 2,600 patients took part in the survey. About one in five of the participants, "
           "830 people, reported side effects.",
           "error"},
          {"The council polled 950 households in the spring. Nearly half of those polled, 280 "
           "families, backed the plan.",
           "error"},
          {"The council polled 950 households in the spring. About a third of those polled, 300 "
           "families, backed the plan.",
           "pass"},
          // Two counts that could be the sample, neither after "of": left alone.
          {"The firm employs 4,000 people and surveyed 1,200 of them. Roughly a third of the "
           "respondents, 410 people, wanted to work from home.",
           "none"},
      });
}

TEST_CASE("rate compares a rate and how long it runs with the total said to be the same amount") {
  run_text_cases(
      "rate",
      {
          {"The course costs £40 a week for the 12-week term, or £560 in all.", "error"},
          {"The course costs £40 a week for the 12-week term, or £480 in all.", "pass"},
          {"Members pay $15 a month for the two-year plan, or $480 in total.", "error"},
          {"Members pay $15 a month for the two-year plan, or $360 in total.", "pass"},
          {"The striker earns £4 million a season, or £20 million over the three-year deal.",
           "error"},
          {"The striker earns £4 million a season, or £12 million over the three-year deal.",
           "pass"},
          // No words that restate: another amount.
          {"The course costs £40 a week for the 12-week term, and the books cost £560.", "none"},
      });
}

}  // namespace
}  // namespace factcheck::testing
