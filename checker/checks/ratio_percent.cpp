// checker/checks/ratio_percent.cpp
//
// A share written in words, as a ratio or a fraction, against the percent the article sets in
// brackets right after it: "Two in five voters (45%)".
//
// The extractor reads "two in five" as one share, 40% as loose as the ratio word allows (±10%:
// 36%..44%), "a quarter" as 25% (22.5%..27.5%), and marks a figure that opens a bracket right
// after the figure before it (Claim::lead "bracketed"). The bracketed percent restates the share
// in digits (the bracket holds the figure alone), so the two must overlap: 45% (44.5%..45.5%)
// against 36%..44% is an error, since no reading of the written figures makes them one share.
// Hedges widen the words' share first
// ("nearly one in three (31%)" passes).
// Left alone: a bracketed figure of another unit or after a share written in digits ("40%
// (39.6%)" is rounding, part-whole's to skip), and shares whose bracket holds more than a
// percent of them ("one in four (up from 20%)" is no restatement: the bracket opens on words).
#include <string>

#include "checker/checks/all.h"
#include "checker/checks/common.h"
#include "checker/interval.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "ratio-percent";
constexpr std::string_view kSummary =
    "a share written as a ratio or fraction against the percent set in brackets after it";

// The figure of the sentence that ends last before `at`, with its claim.
struct Before {
  const Claim* claim = nullptr;
  const Quantity* q = nullptr;
};
Before last_before(const Claims& claims, std::size_t sentence, std::size_t at) {
  Before best;
  for (const Claim& o : claims_in_sentence(claims, sentence)) {
    for (const Quantity& q : o.quantities) {
      if (q.span.end <= at && (!best.q || q.span.end > best.q->span.end)) best = {&o, &q};
    }
  }
  return best;
}

class RatioPercentCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override { return kSummary; }
  CheckDoc doc() const override {
    return {.what =
                "A share written in words, as a ratio or a fraction (\"two in five\", \"a "
                "quarter\"), against the percent set in brackets right after it. The words are "
                "read as loosely as a ratio allows (two in five is 36% to 44%), and a bracketed "
                "percent outside that range is an error: the bracket restates the share.",
            .leaves_alone =
                "A share written in digits with its bracket (rounding or another base); a "
                "bracket that opens on words (\"one in four (up from 20%)\"); figures of other "
                "units.",
            .passes = "Two in five voters (41%) backed the plan.",
            .fails = "Two in five voters (45%) backed the plan."};
  }
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    for (const Claim& c : claims.claims) {
      if (c.lead != Lead::kBracketed || c.quantities.empty()) continue;
      const Quantity& pct = c.quantities.front();
      if (pct.unit != "%" || pct.is_word || pct.decimals < 0 || pct.is_range) continue;
      const Before before = last_before(claims, c.sentence, pct.span.begin);
      const Quantity* words = before.q;
      // A share in words: a ratio or fraction the extractor read as a percent, with no digits'
      // precision (decimals -1).
      if (!words || words->unit != "%" || words->decimals >= 0) continue;
      const Interval share = interval_of(*words);
      const Interval stated = interval_of(pct);
      const std::string arithmetic = "\"" + std::string(words->text) + "\" is " +
                                     format_percent(words->value) + ", read as " +
                                     format_range(share, "%") + "; the bracketed " + pct.text +
                                     " allows " + format_range(stated, "%");
      const ByteSpan span{words->span.begin, pct.span.end};
      const std::vector<std::string> ids = before.claim == &c
                                               ? std::vector<std::string>{c.id}
                                               : std::vector<std::string>{before.claim->id, c.id};
      if (share.overlaps(stated)) {
        out.add(make_finding(
            kId, Severity::kPass, ids, span,
            "the bracketed " + std::string(pct.text) + " fits \"" + std::string(words->text) + "\"",
            arithmetic + ": consistent"));
        continue;
      }
      out.add(make_finding(kId, Severity::kError, ids, span,
                           "the bracketed " + std::string(pct.text) + " does not fit \"" +
                               std::string(words->text) + "\" (" + format_percent(words->value) +
                               ")",
                           arithmetic + ": inconsistent; one of the two is wrong"));
    }
  }
};

}  // namespace

std::unique_ptr<const Check> make_ratio_percent() { return std::make_unique<RatioPercentCheck>(); }

}  // namespace factcheck::checks
