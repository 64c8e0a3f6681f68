// checker/checks/citation.cpp
//
// Figures stated with no source in their sentence or paragraph, in an article that cites
// sources elsewhere.
//
// An article that cites "(Firm Blog, 3 May 2026)" for some figures sets the reader expecting a
// source for each; a sentence whose money, percentages, changes, multiples, rates, shares or counts
// have no citation in the sentence or its paragraph gets one note, however many figures it holds.
// Sentences with a citation get a pass naming the source. Articles that cite nothing (most news
// copy and filings) are left alone, and so are dates, durations, lists and bare numbers, which
// need no source of their own.
#include <algorithm>
#include <string>

#include "checker/checks/all.h"
#include "checker/checks/common.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "citation";
constexpr std::string_view kSummary =
    "figures stated with no source in their sentence or paragraph, in an article that cites "
    "sources elsewhere";

// A claim that states a figure a reader would want sourced.
bool needs_source(const Claim& c) {
  switch (c.kind) {
    case ClaimKind::kMoney:
    case ClaimKind::kPercent:
    case ClaimKind::kPercentagePoints:
    case ClaimKind::kPercentChange:
    case ClaimKind::kDifference:
    case ClaimKind::kMultiple:
    case ClaimKind::kRate:
    case ClaimKind::kShare:
      return true;
    case ClaimKind::kCount:
      // "4,000 customers" yes; "two new board members" is not a figure anyone sources.
      return !c.quantities.empty() && !c.quantities.front().is_word;
    default:
      return false;
  }
}

class CitationCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override { return kSummary; }
  CheckDoc doc() const override {
    return {
        .what =
            "Figures stated with no source in their sentence or paragraph, in an article that "
            "cites sources elsewhere: the reader expects a source for each. One note per sentence, "
            "however many figures it holds; a sentence with a citation in it or in its paragraph "
            "passes, naming the source. The Sources list of the HTML report uses the same rule.",
        .leaves_alone =
            "Articles that cite nothing (most news copy and filings); dates, durations, lists and "
            "bare numbers, which need no source of their own.",
        .passes = "Sales rose 12% (Trade Weekly, 3 May 2026). Margins reached 9%.",
        .fails = "Sales rose 12% (Trade Weekly, 3 May 2026).\nCosts rose 4%."};
  }
  Severity default_severity() const override { return Severity::kNote; }

  void run(const Claims& claims, FindingSink& out) const override {
    const std::size_t cited = claims.document_citations();  // a long document's, not a window's
    if (cited == 0) return;
    // The same rule the reports' Sources use: the sentence's citation, else the paragraph's.
    const std::vector<std::optional<std::size_t>> sources = supporting_citations(claims);
    std::size_t i = 0;
    while (i < claims.claims.size()) {
      // The figures of one sentence, in text order.
      const std::size_t s = claims.claims[i].sentence;
      std::vector<const Claim*> figures;
      const Citation* k = nullptr;
      for (; i < claims.claims.size() && claims.claims[i].sentence == s; ++i) {
        if (!needs_source(claims.claims[i])) continue;
        figures.push_back(&claims.claims[i]);
        if (k) continue;
        // A paragraph begun in an earlier window of a long document is supported by its first
        // citation there, before any later in the window.
        const bool own = claims.claims[i].citation.has_value();
        if (!own && claims.carried.paragraph_citation && s < claims.sentences.size() &&
            claims.sentences[s].paragraph == 0) {
          k = &*claims.carried.paragraph_citation;
        } else if (sources[i]) {
          k = &claims.citations[*sources[i]];
        }
      }
      if (figures.empty() || s >= claims.sentences.size()) continue;
      Finding f;
      f.check = std::string(kId);
      for (const Claim* c : figures) f.claims.push_back(c->id);
      f.span = {figures.front()->span.begin, 0};
      for (const Claim* c : figures) f.span.end = std::max(f.span.end, c->span.end);
      f.span.end = std::min(f.span.end, claims.sentences[s].span.end);
      std::string list;
      for (std::size_t j = 0; j < figures.size() && j < 4; ++j) {
        const Claim& c = *figures[j];
        list += (j ? ", " : "") + (c.quantities.empty() ? c.id : c.quantities.front().text);
      }
      if (figures.size() > 4) list += ", ...";
      const std::string n = std::to_string(figures.size());
      if (k) {
        f.severity = Severity::kPass;
        f.message = "figures cited to " + k->source;
        f.explanation =
            n + (figures.size() == 1 ? " figure (" : " figures (") + list +
            ") with a citation in " +
            (claims.sentences[s].span.overlaps(k->span) ? "the sentence" : "the paragraph") + ": " +
            k->source + (k->date.empty() ? "" : ", " + k->date);
      } else {
        f.severity = Severity::kNote;
        f.message = "no source cited for " + list;
        f.explanation = n + (figures.size() == 1 ? " figure" : " figures") +
                        " with no citation in the sentence or its paragraph, while the article "
                        "cites " +
                        std::to_string(cited) + (cited == 1 ? " source" : " sources") +
                        " elsewhere: an editor may want a source";
      }
      out.add(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<const Check> make_citation() { return std::make_unique<CitationCheck>(); }

}  // namespace factcheck::checks
