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
  Severity default_severity() const override { return Severity::kNote; }

  void run(const Claims& claims, FindingSink& out) const override {
    if (claims.citations.empty()) return;
    // Which citation, if any, sits in each sentence and each paragraph.
    std::vector<const Citation*> in_sentence(claims.sentences.size(), nullptr);
    std::vector<const Citation*> in_paragraph(claims.paragraphs.size(), nullptr);
    for (const Citation& k : claims.citations) {
      // Sentences are in text order: start at the first one ending after the citation begins.
      auto first = std::partition_point(
          claims.sentences.begin(), claims.sentences.end(),
          [&](const Sentence& sentence) { return sentence.span.end <= k.span.begin; });
      for (std::size_t s = static_cast<std::size_t>(first - claims.sentences.begin());
           s < claims.sentences.size() && claims.sentences[s].span.begin < k.span.end; ++s) {
        if (!claims.sentences[s].span.overlaps(k.span)) continue;
        in_sentence[s] = &k;
        const std::size_t p = claims.sentences[s].paragraph;
        if (p < in_paragraph.size() && !in_paragraph[p]) in_paragraph[p] = &k;
      }
    }
    std::size_t i = 0;
    while (i < claims.claims.size()) {
      // The figures of one sentence, in text order.
      const std::size_t s = claims.claims[i].sentence;
      std::vector<const Claim*> figures;
      for (; i < claims.claims.size() && claims.claims[i].sentence == s; ++i) {
        if (needs_source(claims.claims[i])) figures.push_back(&claims.claims[i]);
      }
      if (figures.empty() || s >= claims.sentences.size()) continue;
      const std::size_t p = claims.sentences[s].paragraph;
      const Citation* k = in_sentence[s]            ? in_sentence[s]
                          : p < in_paragraph.size() ? in_paragraph[p]
                                                    : nullptr;
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
        f.explanation = n + (figures.size() == 1 ? " figure (" : " figures (") + list +
                        ") with a citation in " +
                        (in_sentence[s] ? "the sentence" : "the paragraph") + ": " + k->source +
                        (k->date.empty() ? "" : ", " + k->date);
      } else {
        f.severity = Severity::kNote;
        f.message = "no source cited for " + list;
        f.explanation = n + (figures.size() == 1 ? " figure" : " figures") +
                        " with no citation in the sentence or its paragraph, while the article "
                        "cites " +
                        std::to_string(claims.citations.size()) +
                        (claims.citations.size() == 1 ? " source" : " sources") +
                        " elsewhere: an editor may want a source";
      }
      out.add(std::move(f));
    }
  }
};

}  // namespace

std::unique_ptr<const Check> make_citation() { return std::make_unique<CitationCheck>(); }

}  // namespace factcheck::checks
