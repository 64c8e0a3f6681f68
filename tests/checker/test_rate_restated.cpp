// extract() then check() on rates and restated figures modelled on real copy (their phrasing, our
// own figures and names): price times count against a total, amounts restated per another period,
// and repeated figures whose sentences name a weekday or a month.
// See: issue 10 ("Rates restated", "Restated figures").
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
  std::string_view check;
  std::string_view severity;  // the worst severity of the check's findings; "none" for none
};

std::string worst_of(std::string_view text, std::string_view check_id) {
  const Claims claims = extract(text);
  std::string worst = "none";
  Severity at = Severity::kPass;
  bool any = false;
  for (const Finding& f : check(claims)) {
    if (f.check != check_id) continue;
    if (!any || f.severity > at) at = f.severity;
    any = true;
  }
  if (any) worst = std::string(to_string(at));
  return worst;
}

void run_table(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(worst_of(c.text, c.check) == c.severity);
  }
}

TEST_CASE("rate judges price times count against a total with no period of its own") {
  run_table({
      // 400 x 2,500 = 1 million a year: a total of 2.5 million could only be over several years.
      {"Nearly 400 growers receive $2,500 a year in grants, for a total of $2.5 million.", "rate",
       "warning"},
      {"Nearly 400 growers receive $2,500 a year in grants, for a total of $1 million.", "rate",
       "pass"},
      // 900 x 1,100 = 990,000: a total below one year's product fits no number of years.
      {"Some 900 carers get £1,100 a year each, for a total of £400,000.", "rate", "error"},
  });
}

TEST_CASE("rate leaves a total in another clause and a price under a condition alone") {
  run_table({
      {"Each of the 25 drivers earns $2,800 a month; the depot's wage bill is $3 million a year "
       "with overtime.",
       "rate", "none"},
      {"Membership costs $12 a month, or $99 a year if paid in advance.", "rate", "none"},
      {"The app costs £6 a month, or £50 a year when billed annually.", "rate", "none"},
      // Without the condition the two are one amount, and 12 x 12 is not 99.
      {"Membership costs $12 a month, or $99 a year.", "rate", "error"},
  });
}

TEST_CASE("repeated-figure reads a weekday as when, not whose") {
  run_table({
      {"Pelham Robotics raised $64 million in its Series B round.\n\nThe company said on "
       "Thursday that the $46 million Series B round would pay for a new plant.",
       "repeated-figure", "warning"},
      {"Pelham Robotics raised $64 million in its Series B round.\n\nThe company said on "
       "Thursday that the $64 million Series B round would pay for a new plant.",
       "repeated-figure", "pass"},
  });
}

TEST_CASE("repeated-figure ends the phrase naming a figure at a verb such as 'beat'") {
  run_table({
      {"Halden Foods reported operating profit of £72.4m.\n\nAnalysts said the £74.2m operating "
       "profit beat forecasts.",
       "repeated-figure", "warning"},
      {"Halden Foods reported operating profit of £72.4m.\n\nAnalysts said the £72.4m operating "
       "profit beat forecasts.",
       "repeated-figure", "pass"},
      // A forecast is still one: "expects" makes the later figure no reported one.
      {"Halden Foods reported operating profit of £72.4m.\n\nIt expects the £74.2m operating "
       "profit target to be met next year.",
       "repeated-figure", "none"},
  });
}

TEST_CASE("repeated-figure takes different months for different periods, and 'may' for a verb") {
  run_table({
      {"Tarvo Bank set aside £1.47bn for bad loans in March.\n\nIn April, Tarvo Bank set aside "
       "£1.74bn for bad loans.",
       "repeated-figure", "none"},
      {"Tarvo Bank set aside £1.47bn for bad loans in March.\n\nIn March, Tarvo Bank set aside "
       "£1.74bn for bad loans.",
       "repeated-figure", "warning"},
      // "may" in lower case is the verb: it names no month to set against March.
      {"Tarvo Bank set aside £1.47bn for bad loans in March.\n\nIn March, Tarvo Bank set aside "
       "£1.74bn for bad loans, which may prove too little.",
       "repeated-figure", "warning"},
      {"Sales at Orrin Foods were £3.62m in May.\n\nSales at Orrin Foods were £3.26m in June.",
       "repeated-figure", "none"},
  });
}

}  // namespace
}  // namespace factcheck
