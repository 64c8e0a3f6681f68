// Declared rules over a sentence's tokens: a rule is a name, a pattern and a production, kept in
// a table that is built once and shared read-only (the manner of Duckling's rules, see
// docs/rules.md).
//
// The tokens are the lexer's view of a sentence after its figures are scanned: words (runs of
// ASCII letters), numbers (runs of digits), spaces (runs of typeset spaces), breaks (line and page
// breaks), marks (any other character, one code point each), with every scanned figure's edges
// falling between tokens. A figure is a second layer over the same tokens: a pattern's figure test
// reads the whole figure in one step, where a word test reads the words inside it.
//
// A pattern is a short tree of token tests: one token, a sequence, an alternation, an optional
// part, a repeat (bounded or not), and a look at the next token that reads nothing. It compiles
// to a small automaton; Table::apply() tries each rule at each token where its first test can
// pass, in one pass over the sentence, and a try enters each (state, token) pair at most once:
// its cost is the pattern's states times the tokens it reads, never exponential.
//
// Precedence, the one rule for every competition:
//   1. Each rule at each start keeps its longest match; of two paths to the same end, the one
//      that prefers the earlier branch and the longer repeat (a regular expression's order).
//   2. The production builds the value from the tokens of each top-level part of the pattern;
//      it returns nothing when it is not sure, and a match that yields nothing competes with
//      nothing.
//   3. Of the values whose byte spans overlap, the longer span wins; on equal length, the higher
//      priority; then the earlier start; then the rule written first in the table.
//   4. Figures a winning value read are taken; a figure another claim took is offered to no
//      rule.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "internal.h"
#include "lexicon.h"

namespace factcheck::detail::rules {

/// What a token is; a test accepts a set of these.
enum class TokenKind : std::uint8_t {
  kWord,    // a run of ASCII letters: "revenue"
  kNumber,  // a run of ASCII digits
  kSpace,   // a run of ASCII spaces and tabs, NBSP, narrow NBSP and thin spaces
  kBreak,   // a line feed, carriage return, vertical tab or form feed
  kMark,    // any other character, one code point: ",", "-", "’"
  kFigure,  // a scanned figure (SentenceWork::quantities), read whole by a figure test
};

/// A token of a sentence's view.
struct Token {
  ByteSpan span;
  std::uint64_t key = 0;  // word_key() of the bytes, for words and marks
  TokenKind kind = TokenKind::kMark;
  bool lower = false;          // a word with no capital letter: "of", not "Of"
  std::size_t figure = 0;      // for kFigure: its index in SentenceWork::quantities
  std::size_t figure_end = 0;  // for kFigure: the index of the token after it
};

/// A sentence as the rules read it, lexed as far as the rules read: tokens in text order from
/// where reading started, and where each figure begins and ends.
class TokenView {
 public:
  /// Starts reading s's sentence at byte `begin` (a token's start), dropping what was read.
  void start(const SentenceWork& s, std::size_t begin);
  /// Whether there is a token i, lexing up to it.
  bool has(std::size_t i) {
    while (tokens.size() <= i && lex_one()) {
    }
    return i < tokens.size();
  }
  /// The figure beginning at token i as one token, or null; lexes up to its end.
  std::optional<Token> figure(std::size_t i);
  /// The index of the token beginning at byte `at`, lexing up to it; npos when none does.
  std::size_t index_at(std::size_t at);

  std::vector<Token> tokens;
  /// For each token, 1 + the index of the figure that begins there, or 0.
  std::vector<std::uint32_t> figure_at;

 private:
  bool lex_one();  // lexes the next token; false at the sentence's end (words.cpp)
  const SentenceWork* s_ = nullptr;
  std::size_t next_byte_ = 0, next_figure_ = 0, next_end_ = 0;
  std::vector<std::size_t> figure_end_;  // for each figure, the token after it; npos: not yet
};

/// Builds the whole view of s's sentence over its scanned figures.
void tokenize(const SentenceWork& s, TokenView& out);

/// A step of a rule's search: enter a state at a token, or undo a part's start or a figure read
/// once everything after it is explored (rules.cpp).
struct SearchStep {
  enum class Do : std::uint8_t { kEnter, kRestorePart, kDropFigure, kDropRound } what;
  int state = 0;
  std::size_t pos = 0;  // kEnter: the token; kRestorePart: the part's earlier start
  std::size_t part = 0;
};

/// The space rules match in, kept by SentenceWork::rule_scratch from sentence to sentence so a
/// sentence allocates none of it once it has grown. Scratch, not state.
struct Scratch {
  TokenView view;
  std::vector<std::uint32_t> seen;  // (token from the start, state) entered, by search stamp
  std::uint32_t stamp = 0;
  std::vector<std::size_t> at, best_at, figures, best_figures;
  std::vector<std::pair<std::size_t, std::size_t>> rounds, best_rounds;  // (part, first token)
  std::vector<SearchStep> todo;
};

/// A test of one token. Every field given must pass.
struct Test {
  std::uint8_t kinds = 0;           // bits 1 << TokenKind that pass
  const WordSet* in = nullptr;      // the token's key must be in this set
  const WordSet* not_in = nullptr;  // the token's key must not be in this set
  bool lower = false;               // a word without capitals only
  bool end = false;                 // in a look ahead: the sentence's end passes too
  bool (*accept)(const SentenceWork&, const Token&) = nullptr;  // any further condition
};

/// The phrases of lexicon classes as token sequences, for a phrase test: "per annum", "p.a.",
/// "annual run-rate", "in ARR". A phrase's space matches a run of ASCII spaces (as
/// lexicon::alternation() writes it), its words match in any case unless the set is cased.
class Phrases {
 public:
  Phrases(std::initializer_list<std::string_view> classes, bool cased = false);
  /// Appends to `ends`, longest first, the token after each phrase that begins at token i.
  void match(const SentenceWork& s, TokenView& v, std::size_t i,
             std::vector<std::size_t>& ends) const;
  /// The lexicon entry of the phrase that is exactly the tokens `read`, or null.
  const lexicon::Entry* entry(const SentenceWork& s, std::span<const Token> read) const;

  struct Piece {
    TokenKind kind;
    std::uint64_t key;      // word_key() of the bytes
    std::string_view text;  // the bytes, for cased words, numbers and marks
  };
  struct Phrase {
    std::vector<Piece> pieces;
    const lexicon::Entry* entry;
  };

 private:
  std::vector<Phrase> phrases_;  // longest first (in tokens), then in file order
  bool cased_ = false;
};

/// A node of a pattern.
struct Node {
  enum class Op : std::uint8_t {
    kToken,
    kSequence,
    kAlternation,
    kRepeat,
    kAhead,
    kPhrase,
    kNotAhead,
  };
  Op op = Op::kToken;
  Test test;                // kToken, kAhead
  std::vector<Node> parts;  // kSequence, kAlternation: in order; kRepeat, kNotAhead: the one part
  int min = 1, max = 1;     // kRepeat: bounds; max may be kMany
  bool lazy = false;        // kRepeat: fewer preferred (shortest first)
  const Phrases* phrases = nullptr;  // kPhrase: the phrases, any of which it reads
};

/// A repeat's max for "as many as there are".
inline constexpr int kMany = -1;

// The builders of patterns, so a rule table reads as its grammar.
Node token(Test t);
Node sequence(std::initializer_list<Node> parts);
Node either(std::initializer_list<Node> parts);
Node optional(Node part);
/// `part` from min to max times (max kMany: no bound), more preferred.
Node repeat(Node part, int min, int max);
/// `part` from min to max times, fewer preferred: a regular expression's {min,max}?. Only a
/// rule that keeps its first match (Rule::first) reads it shortest first.
Node lazy_repeat(Node part, int min, int max);
/// Reads nothing: passes when the next token (or the end, with t.end) passes `t`.
Node ahead(Test t);
/// Reads nothing: passes when `part`, a pattern of a few tokens, cannot match from the next token
/// ("a year" not before "earlier", "ago", or "on" and a clause's end). It is tried on its own,
/// every path of it, so keep it short: a few tokens, no unbounded repeat.
Node not_ahead(Node part);
/// Reads one of the phrases (several tokens each), the longest preferred. `p` outlives the table.
Node phrase(const Phrases& p);

/// What a match read: the tokens of each top-level part, in the view.
struct Parts {
  TokenView* view = nullptr;
  std::vector<std::size_t> at;  // part k is tokens [at[k], at[k + 1]); one more than the parts
  /// The bytes of part k, or an empty span at its place when it read nothing.
  ByteSpan span(std::size_t k) const;
  /// The tokens of part k.
  std::span<const Token> tokens(std::size_t k) const;
  /// The figure (index in SentenceWork::quantities) part k begins with; part k is a figure test.
  std::size_t figure(std::size_t k) const;
  /// How many rounds part k, a repeat, read: "per month per developer" is two "per" steps.
  std::size_t rounds(std::size_t k) const;
  /// The tokens of round r of part k, a repeat, so a production reads each step's own words.
  std::span<const Token> round(std::size_t k, std::size_t r) const;

  /// Where each round of a top-level repeat began: (part, token), in text order.
  std::vector<std::pair<std::size_t, std::size_t>> round_starts;
};

/// Builds a claim from a match, or nothing when the match is not sure.
using Production = std::optional<Claim> (*)(const SentenceWork&, const Parts&);

/// One declared rule.
struct Rule {
  std::string_view name;
  std::vector<Node> pattern;  // the top-level parts, each one part for the production
  Production make = nullptr;
  int priority = 0;  // breaks a tie between overlapping values of one length: higher wins
  /// Keeps the first match in order of preference (a regular expression's choice) instead of
  /// the longest: for a pattern whose alternation is an order of trial, or a shortest-first
  /// repeat.
  bool first = false;
};

/// A family's rules, compiled once into one automaton each and shared read-only.
class Table {
 public:
  /// `needs`: words (a lexicon WordSet) one of which a sentence must hold for any rule to match;
  /// null when there is no such word.
  Table(std::vector<Rule> rules, const WordSet* needs = nullptr);
  ~Table();
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;

  /// Matches every rule over the sentence, settles competitions by the precedence above, marks
  /// the figures the winners read as taken and appends the winners' claims in text order.
  void apply(SentenceWork& s, std::vector<Claim>& out) const;

  /// A value that won, with the rule that made it, for tests and --explain-like tools.
  struct Found {
    std::string_view rule;
    Claim claim;
  };
  /// The winners apply() would append, without taking anything.
  std::vector<Found> match(const SentenceWork& s) const;

  struct Compiled;

 private:
  std::vector<Found> run(const SentenceWork& s, std::vector<std::size_t>* figures) const;
  /// Whether figure q passes the first test of a rule (every rule opening with a figure).
  bool opens_a_rule(const SentenceWork& s, std::size_t q) const;
  std::vector<std::unique_ptr<Compiled>> rules_;
  const WordSet* needs_ = nullptr;
  bool lead_figures_only_ = false;  // every rule opens with a figure test
};

/// A test's kinds as bits: kinds(TokenKind::kWord, TokenKind::kMark).
constexpr std::uint8_t kinds(std::initializer_list<TokenKind> ks) {
  std::uint8_t bits = 0;
  for (TokenKind k : ks) bits |= static_cast<std::uint8_t>(1u << static_cast<unsigned>(k));
  return bits;
}

}  // namespace factcheck::detail::rules
