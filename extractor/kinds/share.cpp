// Claim kind: shares, a percentage of a named whole.
//
// "62% of total inference spend", "44% of net sales", "half of the group's output": the whole is
// the noun phrase after "of", up to four words, stopping at a preposition, a conjunction, a verb,
// a participle or an adverb ("owed", "currently"), or punctuation ("30% of revenue in 2025" is
// of "revenue"). The part-whole check adds shares of
// the same whole across the article. Percentages that a change statement or rate took are not
// shares, and neither are wholes that name nothing ("40% of them", "10% of which").
#include <string>

#include "extractor/internal.h"
#include "extractor/lexicon.h"
#include "extractor/pattern.h"

namespace factcheck::detail {

namespace {

// One space as typeset: ASCII, NBSP, narrow NBSP, thin space.

// Words that end the whole: prepositions, conjunctions, auxiliaries and common verbs of the
// sentences shares stand in.
#define FC_STOP                                                                            \
  R"((?:in|on|at|by|for|from|to|with|than|over|under|since|during|after|before|against|)"  \
  R"(versus|vs|and|or|but|while|whereas|as|which|that|who|where|when|is|are|was|were|be|)" \
  R"(been|has|have|had|will|would|could|should|may|might|rose|fell|grew|came|comes|)"      \
  R"(compared|according|said|says|up|down|a|an|year|last|this|next|of|through|via|into|)"  \
  R"(some|per|about|around|[a-z]{3,}ly|[a-z]{2,}ed)(?![A-Za-z]))"

// " of the group's output": the whole after a percentage, anchored where the figure ends.
constexpr std::string_view kOfWhole =
    FC_SP "+of" FC_SP R"(+(?<whole>(?!(?i:them|it|which|those|these|us|you|all|this|that|)"
          R"(whom|what)(?![A-Za-z]))(?:(?!)" FC_STOP R"()[A-Za-z][A-Za-z'\-]*(?:\xE2\x80\x99s)?)"
          R"((?:)" FC_SP R"(+|(?=[\s.,;:)]|$))){1,4}))";

#undef FC_STOP

const Pattern& of_whole() {
  static const Pattern p{"share: of whole", kOfWhole};
  return p;
}

}  // namespace

void find_shares(SentenceWork& s, std::vector<Claim>& out) {
  static const WordSet kOf{"of"};
  if (!s.says(kOf)) return;
  const Pattern& p = of_whole();
  const int whole = p.group("whole");
  Match& m = s.scratch;
  for (std::size_t q = 0; q < s.quantities.size(); ++q) {
    const Quantity& quantity = s.quantities[q];
    if (s.taken[q] || quantity.unit != "%" || quantity.is_range) continue;
    if (!p.match_at(s.text, quantity.span.end, m, s.span.end)) continue;
    ByteSpan w = m.span(whole);
    while (w.end > w.begin && (s.text[w.end - 1] == ' ' || s.text[w.end - 1] == '\t')) --w.end;
    // "9% of the 2004 total": a determiner alone names no whole.
    static const WordSet kDeterminers(lexicon::words({"share-determiner"}));
    bool named = false;
    for (const Word& word : s.words) {
      named |= word.begin >= w.begin && word.end <= w.end && !kDeterminers.contains(word.key);
    }
    if (!named) continue;
    Claim c;
    c.kind = ClaimKind::kShare;
    c.span = {quantity.span.begin, w.end};
    c.quantities.push_back(quantity);
    c.whole = s.text.substr(w.begin, w.size());
    s.taken[q] = true;
    out.push_back(std::move(c));
  }
}

}  // namespace factcheck::detail
