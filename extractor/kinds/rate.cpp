// Claim kind: rates, a money or percent figure per period or per unit.
//
// "$199 per month per developer" (per = month, developer), "$15 million per year", "$5 a
// share", "8% annually" (per = year), "$12 million ARR" (annual recurring revenue: per year),
// and a period a few words on: "$5 million to operating expenses each quarter", "$9.1 billion of
// freight a year" (but not "$5 million in sales a year earlier"). The rate check
// annualises these against each other. "12% YoY" is a change on a year earlier, not a rate,
// and "$5m a year earlier" is a comparison, not a rate: both are left alone.
//
// The family is one declared rule (rules.h, docs/rules.md); its words are rates.tsv's per-
// classes.
#include <array>
#include <memory>
#include <string>

#include "extractor/internal.h"
#include "extractor/lexicon.h"
#include "extractor/rules.h"

namespace factcheck::detail {

namespace {

using rules::Node;
using rules::Test;
using rules::Token;
using rules::TokenKind;

// The per- classes as word sets and phrases, built once.
struct RateWords {
  WordSet per{lexicon::words({"per-word"})};
  WordSet skip{lexicon::words({"per-skip"})};
  WordSet not_unit{lexicon::words({"per-not-unit"})};
  WordSet unit_noun{lexicon::words({"per-unit-noun"})};
  WordSet slash{lexicon::words({"per-slash"})};
  WordSet joiner{lexicon::words({"per-word-joiner"})};
  WordSet each{lexicon::words({"per-each"})};
  WordSet periods{lexicon::words({"per-period"})};
  WordSet comparison{lexicon::words({"per-comparison"})};
  WordSet comparison_on{lexicon::words({"per-comparison-on"})};
  WordSet comparison_from{lexicon::words({"per-comparison-from"})};
  WordSet comparison_end{lexicon::words({"per-comparison-end"})};
  WordSet clause_word{lexicon::words({"per-clause-word"})};
  WordSet each_later{lexicon::words({"per-each-later"})};
  WordSet skip_later{lexicon::words({"per-skip-later"})};
  WordSet period_later{lexicon::words({"per-period-later"})};
  WordSet period_words{lexicon::words({"per-period-word"})};
  rules::Phrases adverbs{{"per-period-adverb"}};
  rules::Phrases adverbs_cased{{"per-period-adverb-cased"}, /*cased=*/true};
};

const RateWords& words() {
  static const RateWords w;
  return w;
}

// The forms of a rate, as bits: "per" steps, a period adverb, a period a few words on.
enum Form : unsigned { kPerForm = 1, kAdverbForm = 2, kLaterForm = 4, kForms = 8 };

// The forms a sentence's words allow: a sentence reads only those, with the table built for them.
unsigned forms_of(const SentenceWork& s) {
  const RateWords& w = words();
  const bool periods = s.says(w.periods);
  unsigned forms = 0;
  if (s.has(trigger::kSlash) || s.says(w.per) || (periods && s.says(w.each))) forms |= kPerForm;
  if (s.says(w.period_words)) forms |= kAdverbForm;
  if (periods && s.says(w.each_later)) forms |= kLaterForm;
  return forms;
}

// A money or percent figure written in digits, one value or a range ("$30-$40 an hour", "11-13%
// per annum": a rate between its ends); "half an hour" is a fraction of a time, not a rate.
bool rate_figure(const SentenceWork& s, const Token& t) {
  const Quantity& q = s.quantities[t.figure];
  return !q.is_word && (q.unit == "%" || is_currency(q.unit));
}

// A word ends where a regular expression's \b would end it: no digit or underscore follows
// inside the sentence ("cent" but not "cent2").
bool bounded(const SentenceWork& s, const Token& t) {
  if (t.span.end >= s.span.end) return true;
  const char next = s.text[t.span.end];
  return !(next == '_' || (next >= '0' && next <= '9'));
}

// Spaces and tabs only, where the parts of a unit of two or three words meet ("per diluted
// share") and around "on" in "a year on,": NBSP and thin spaces part no such words.
bool ascii_space(const SentenceWork& s, const Token& t) {
  const std::string_view bytes = s.text.substr(t.span.begin, t.span.size());
  return bytes.find_first_not_of(" \t") == std::string_view::npos;
}

// A line feed that ends the sentence, where a regular expression's $ also ends a clause.
bool final_line_feed(const SentenceWork& s, const Token& t) {
  return t.span.size() == 1 && s.text[t.span.begin] == '\n' && t.span.end == s.span.end;
}

constexpr std::uint8_t kWord = rules::kinds({TokenKind::kWord});
constexpr std::uint8_t kMark = rules::kinds({TokenKind::kMark});
constexpr std::uint8_t kSpace = rules::kinds({TokenKind::kSpace});
constexpr std::uint8_t kBreak = rules::kinds({TokenKind::kBreak});

Node space() { return rules::token({.kinds = kSpace}); }
Node ascii() { return rules::token({.kinds = kSpace, .accept = ascii_space}); }

// A word of letters and hyphens: "developer", "month-to-month"; lower case only for `lower`.
Node hyphened(bool lower) {
  const RateWords& w = words();
  return rules::sequence({
      rules::token({.kinds = kWord, .lower = lower}),
      rules::repeat(rules::either({rules::token({.kinds = kWord, .lower = lower}),
                                   rules::token({.kinds = kMark, .in = &w.joiner})}),
                    0, rules::kMany),
  });
}

// Words that make "a year" a comparison, not a rate: "a year earlier", "a year ago", "a year on,"
// and "a year on from"; in "£73 million a year on street lighting", "on" says what it is spent
// on. Read as a negated look ahead after the period.
Node not_a_comparison() {
  const RateWords& w = words();
  return rules::not_ahead(rules::sequence({
      space(),
      rules::either({
          rules::token({.kinds = kWord, .in = &w.comparison, .accept = bounded}),
          rules::sequence({
              rules::token({.kinds = kWord, .in = &w.comparison_on}),
              rules::either({
                  rules::sequence(
                      {rules::optional(ascii()),
                       rules::either(
                           {rules::ahead({.kinds = kMark, .in = &w.comparison_end, .end = true}),
                            rules::token({.kinds = kBreak, .accept = final_line_feed})})}),
                  rules::sequence({ascii(), rules::token({.kinds = kWord,
                                                          .in = &w.comparison_from,
                                                          .accept = bounded})}),
              }),
          }),
      }),
  }));
}

// One "per" step: "per month", "per diluted share", "/month", "each quarter", "a year". What it
// is per is the step's last word with its hyphens.
Node per_step() {
  const RateWords& w = words();
  const Node unit = rules::either({
      // "per diluted share", "per Ordinary share": a unit of two or three words ends in a
      // per-unit-noun.
      rules::sequence({hyphened(false),
                       rules::optional(rules::sequence({ascii(), hyphened(false)})), ascii(),
                       rules::token({.kinds = kWord, .in = &w.unit_noun}),
                       rules::not_ahead(rules::token({.kinds = kWord}))}),
      hyphened(false),
  });
  return rules::sequence({
      rules::optional(space()),
      rules::either({
          rules::sequence({
              rules::token({.kinds = kWord, .in = &w.per}),
              rules::optional(
                  rules::sequence({space(), rules::token({.kinds = kWord, .in = &w.skip})})),
              space(),
              // "per the contract", "per cent": not what a rate is per.
              rules::not_ahead(
                  rules::token({.kinds = kWord, .in = &w.not_unit, .accept = bounded})),
              unit,
          }),
          rules::sequence({rules::token({.kinds = kMark, .in = &w.slash}), rules::optional(space()),
                           rules::token({.kinds = kWord})}),
          rules::sequence({rules::token({.kinds = kWord, .in = &w.each}), space(),
                           rules::token({.kinds = kWord, .in = &w.periods}), not_a_comparison()}),
      }),
  });
}

// A word or phrase that states the period on its own: "annually", "per annum", "annual run
// rate" in any case, "p.a.", "ARR" and "MRR" as written.
Node period_adverb() {
  const RateWords& w = words();
  return rules::sequence({rules::optional(space()),
                          rules::either({rules::phrase(w.adverbs), rules::phrase(w.adverbs_cased)}),
                          rules::not_ahead(rules::token({.kinds = kWord}))});
}

// A period a few plain lower-case words on: "to operating expenses each quarter", "of freight a
// year"; a per-clause-word starts a new clause ("$100 and tracks it each year"), so no word of
// the few is one.
Node later_period() {
  const RateWords& w = words();
  const Node plain = rules::sequence({
      rules::token({.kinds = kWord, .not_in = &w.clause_word, .lower = true}),
      rules::repeat(rules::either({rules::token({.kinds = kWord, .lower = true}),
                                   rules::token({.kinds = kMark, .in = &w.joiner})}),
                    0, rules::kMany),
  });
  return rules::sequence({
      rules::lazy_repeat(rules::sequence({space(), plain}), 1, 5),
      space(),
      rules::token({.kinds = kWord, .in = &w.each_later, .lower = true}),
      rules::optional(rules::sequence(
          {space(), rules::token({.kinds = kWord, .in = &w.skip_later, .lower = true})})),
      space(),
      rules::token({.kinds = kWord, .in = &w.period_later, .lower = true}),
      not_a_comparison(),
  });
}

// "Months" -> "month", "annum" -> "year", "mo" -> "month": the unit a rate is per.
std::string per_unit(std::string_view word) {
  std::string w = lower(word);
  // "annum", "yr", "mo", "qtr": rates.tsv's per-alias, the value the period it names.
  if (const lexicon::Entry* e = lexicon::find("per-alias", w)) return std::string(e->value);
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  return w;
}

// The bytes of the word (with its hyphens) that ends `read`: what a step is per.
std::string_view last_word(const SentenceWork& s, std::span<const Token> read) {
  std::size_t k = read.size();
  while (k > 0 &&
         (read[k - 1].kind == TokenKind::kWord ||
          (read[k - 1].kind == TokenKind::kMark && words().joiner.contains(read[k - 1].key)))) {
    --k;
  }
  const std::size_t begin = read[k].span.begin, end = read.back().span.end;
  return s.text.substr(begin, end - begin);
}

// The parts of the rule: the figure, its "per" steps (a repeat, one round each), then, where it
// has none, a period adverb, else a period a few words on.
enum Part : std::size_t { kFigure = 0, kSteps = 1, kAdverb = 2, kLater = 3 };

std::optional<Claim> make_rate(const SentenceWork& s, const rules::Parts& parts) {
  const std::size_t q = parts.figure(kFigure);
  std::vector<std::string> per;
  std::size_t end = 0;
  if (parts.rounds(kSteps) > 0) {
    for (std::size_t r = 0; r < parts.rounds(kSteps); ++r) {
      per.push_back(per_unit(last_word(s, parts.round(kSteps, r))));
    }
    end = parts.span(kSteps).end;
  } else if (const auto adverb = parts.tokens(kAdverb); !adverb.empty()) {
    // The phrase's entry names the time unit it states ("annually" -> "year").
    std::size_t first = 0;
    while (adverb[first].kind == TokenKind::kSpace) ++first;
    const std::span<const Token> read = adverb.subspan(first);
    const lexicon::Entry* e = words().adverbs.entry(s, read);
    if (e == nullptr) e = words().adverbs_cased.entry(s, read);
    if (e == nullptr) return std::nullopt;
    per.emplace_back(e->value);
    end = read.back().span.end;
  } else if (const auto later = parts.tokens(kLater); !later.empty()) {
    per.push_back(per_unit(last_word(s, later)));
    end = parts.span(kLater).end;
  } else {
    return std::nullopt;
  }
  // "per cent" is a unit, not a rate: the scanner has it in the figure already; a later figure
  // in the gap would mean the period belongs to that one.
  if (q + 1 < s.quantities.size() && s.quantities[q + 1].span.begin < end) return std::nullopt;
  const Quantity& quantity = s.quantities[q];
  Claim c;
  c.kind = ClaimKind::kRate;
  c.span = {quantity.span.begin, end};
  c.quantities.push_back(quantity);
  c.per = std::move(per);
  return c;
}

}  // namespace

void find_rates(SentenceWork& s, std::vector<Claim>& out) {
  // One table for each set of forms; a form the sentence's words rule out is an empty part, so
  // the production reads the same parts in every table.
  static const std::array<std::unique_ptr<const rules::Table>, kForms> tables = [] {
    std::array<std::unique_ptr<const rules::Table>, kForms> made;
    for (unsigned forms = 1; forms < kForms; ++forms) {
      std::vector<rules::Rule> rules;
      rules.push_back({
          .name = "rate: figure per unit or period",
          .pattern =
              {
                  rules::token(
                      {.kinds = rules::kinds({TokenKind::kFigure}), .accept = rate_figure}),
                  (forms & kPerForm) ? rules::repeat(per_step(), 0, rules::kMany)
                                     : rules::sequence({}),
                  (forms & kAdverbForm) ? rules::optional(period_adverb()) : rules::sequence({}),
                  (forms & kLaterForm) ? rules::optional(later_period()) : rules::sequence({}),
              },
          .make = make_rate,
          // The forms are tried in order, as written: steps, else an adverb, else a later
          // period, and the few words before a later period as few as let it match.
          .first = true,
      });
      made[forms] = std::make_unique<const rules::Table>(std::move(rules));
    }
    return made;
  }();
  if (const unsigned forms = forms_of(s)) tables[forms]->apply(s, out);
}

}  // namespace factcheck::detail
