// Which citation supports each claim: one rule for the citation check and the reports' Sources.
#include <algorithm>

#include "checker/checker.h"

namespace factcheck {

std::vector<std::optional<std::size_t>> first_citations(const Claims& claims) {
  std::vector<std::optional<std::size_t>> in_paragraph(claims.paragraphs.size());
  for (std::size_t k = 0; k < claims.citations.size(); ++k) {
    const ByteSpan& span = claims.citations[k].span;
    auto first = std::partition_point(
        claims.sentences.begin(), claims.sentences.end(),
        [&](const Sentence& sentence) { return sentence.span.end <= span.begin; });
    for (auto s = first; s != claims.sentences.end() && s->span.begin < span.end; ++s) {
      if (!s->span.overlaps(span)) continue;
      if (s->paragraph < in_paragraph.size() && !in_paragraph[s->paragraph]) {
        in_paragraph[s->paragraph] = k;
      }
    }
  }
  return in_paragraph;
}

std::vector<std::optional<std::size_t>> supporting_citations(const Claims& claims) {
  const std::vector<std::optional<std::size_t>> in_paragraph = first_citations(claims);
  std::vector<std::optional<std::size_t>> out(claims.claims.size());
  for (std::size_t i = 0; i < claims.claims.size(); ++i) {
    const Claim& c = claims.claims[i];
    if (c.citation && *c.citation < claims.citations.size()) {
      out[i] = c.citation;
    } else if (c.sentence < claims.sentences.size()) {
      const std::size_t p = claims.sentences[c.sentence].paragraph;
      if (p < in_paragraph.size()) out[i] = in_paragraph[p];
    }
  }
  return out;
}

}  // namespace factcheck
