// Claim kind: shares, a percentage of a named whole.
//
// "62% of total inference spend", "44% of net sales", "half of the group's output": the whole is
// the noun phrase after "of", up to four words, stopping at a preposition, a conjunction, a verb,
// a participle or an adverb ("owed", "currently"), or punctuation ("30% of revenue in 2025" is
// of "revenue"). The part-whole check adds shares of the same whole across the article.
// Percentages that a change statement or rate took are not shares, and neither are wholes that
// name nothing ("40% of them", "10% of which").
//
// The family is one declared rule (rules.h); its words are share.tsv's share- classes.
#include <string>

#include "extractor/internal.h"
#include "extractor/lexicon.h"
#include "extractor/rules.h"

namespace factcheck::detail {

namespace {

using rules::Test;
using rules::Token;
using rules::TokenKind;

// The share- classes as word sets, built once.
struct ShareWords {
  WordSet of{lexicon::words({"share-of"})};
  WordSet stop{lexicon::words({"share-stop"})};
  WordSet not_whole{lexicon::words({"share-not-whole"})};
  WordSet joiner{lexicon::words({"share-word-joiner"})};
  WordSet possessive_mark{lexicon::words({"share-possessive-mark"})};
  WordSet possessive{lexicon::words({"share-possessive"})};
  WordSet whole_end{lexicon::words({"share-whole-end"})};
  WordSet determiner{lexicon::words({"share-determiner"})};
  // share-stop-suffix: each ending with the fewest letters a word ending in it has.
  std::vector<std::pair<std::string_view, std::size_t>> suffixes = [] {
    std::vector<std::pair<std::string_view, std::size_t>> out;
    for (const lexicon::Entry& e : lexicon::entries("share-stop-suffix")) {
      out.emplace_back(e.word, static_cast<std::size_t>(lexicon::number(e.value)));
    }
    return out;
  }();
};

const ShareWords& words() {
  static const ShareWords w;
  return w;
}

// A percentage, not a range ("12-15% of" is no one share).
bool percent(const SentenceWork& s, const Token& t) {
  const Quantity& q = s.quantities[t.figure];
  return q.unit == "%" && !q.is_range;
}

// A word that ends the whole: a share-stop word as written, or a lower-case word with a
// share-stop-suffix ending ("currently", "owned").
bool stops(const SentenceWork& s, const Token& t) {
  if (!t.lower) return false;
  const ShareWords& w = words();
  if (w.stop.contains(t.key)) return true;
  const std::string_view word = s.text.substr(t.span.begin, t.span.size());
  for (const auto& [ending, fewest] : w.suffixes) {
    if (word.size() >= fewest && word.ends_with(ending)) return true;
  }
  return false;
}

// What may follow the whole's last word: a space, a break, or a share-whole-end mark (",", ")").
bool closes(const SentenceWork&, const Token& t) {
  return t.kind != TokenKind::kMark || words().whole_end.contains(t.key);
}

bool goes_on(const SentenceWork& s, const Token& t) { return !stops(s, t); }

// The first word of the whole: no stop, and no word that names nothing ("them", "which").
bool opens(const SentenceWork& s, const Token& t) {
  return !stops(s, t) && !words().not_whole.contains(t.key);
}

constexpr std::uint8_t kWord = rules::kinds({TokenKind::kWord});
constexpr std::uint8_t kMark = rules::kinds({TokenKind::kMark});

// A word of the whole: letters, joined by hyphens and apostrophes, and a possessive "’s".
rules::Node whole_word(bool first) {
  const ShareWords& w = words();
  return rules::sequence({
      rules::token({.kinds = kWord, .accept = first ? opens : goes_on}),
      // "in-house", "rock'n'roll".
      rules::repeat(rules::either({rules::token({.kinds = kWord}),
                                   rules::token({.kinds = kMark, .in = &w.joiner})}),
                    0, rules::kMany),
      rules::optional(rules::sequence({
          rules::token({.kinds = kMark, .in = &w.possessive_mark}),
          rules::token({.kinds = kWord, .in = &w.possessive, .lower = true}),
      })),
  });
}

// The claim: the percentage, and the whole if a word of it names something ("9% of the 2004
// total" names none: its words are determiners).
std::optional<Claim> make_share(const SentenceWork& s, const rules::Parts& parts) {
  const ShareWords& w = words();
  bool named = false;
  for (const Token& t : parts.tokens(4)) {
    named |= t.kind == TokenKind::kWord && !w.determiner.contains(t.key);
  }
  if (!named) return std::nullopt;
  const Quantity& quantity = s.quantities[parts.figure(0)];
  const ByteSpan whole = parts.span(4);
  Claim c;
  c.kind = ClaimKind::kShare;
  c.span = {quantity.span.begin, whole.end};
  c.quantities.push_back(quantity);
  c.whole = s.text.substr(whole.begin, whole.size());
  return c;
}

}  // namespace

void find_shares(SentenceWork& s, std::vector<Claim>& out) {
  static const rules::Table table = [] {
    const ShareWords& w = words();
    constexpr std::uint8_t kSpace = rules::kinds({TokenKind::kSpace});
    std::vector<rules::Rule> rules;
    rules
        .push_back(
            {
                .name = "share: percent of whole",
                .pattern =
                    {
                        rules::token(
                            {.kinds = rules::kinds({TokenKind::kFigure}), .accept = percent}),
                        rules::token({.kinds = kSpace}),
                        rules::token({.kinds = kWord, .in = &w.of, .lower = true}),
                        rules::token({.kinds = kSpace}),
                        rules::sequence(
                            {
                                whole_word(true),
                                rules::repeat(rules::sequence({rules::token({.kinds = kSpace}),
                                                               whole_word(false)}),
                                              0, 3),
                                // The whole ends before a space, a break, a closing mark or the
                                // sentence's end.
                                rules::ahead(
                                    {.kinds =
                                         rules::kinds({TokenKind::kSpace,
                                                       TokenKind::kBreak, TokenKind::kMark}),
                                     .end = true,
                                     .accept = closes}),
                            }),
                    },
                .make = make_share,
            });
    return rules::Table(std::move(rules), &w.of);
  }();
  table.apply(s, out);
}

}  // namespace factcheck::detail
