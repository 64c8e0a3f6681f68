// SentenceWork: the lexer, one pass over a sentence's bytes that lists its words with their
// lexicon classes and notes its digits and marks, so each claim kind can tell from a few
// look-ups whether its patterns could match at all.
#include <algorithm>
#include <array>
#include <iterator>
#include <map>

#include "internal.h"
#include "key_table.h"
#include "lexicon.h"
#include "rules.h"

namespace factcheck::detail {

namespace {

// What each byte is to the lexer: 1 a letter, 2 a digit, 0 anything else.
constexpr std::array<unsigned char, 256> kClass = [] {
  std::array<unsigned char, 256> c{};
  for (int b = 'a'; b <= 'z'; ++b) c[b] = 1;
  for (int b = 'A'; b <= 'Z'; ++b) c[b] = 1;
  for (int b = '0'; b <= '9'; ++b) c[b] = 2;
  return c;
}();

unsigned char class_of(char c) { return kClass[static_cast<unsigned char>(c)]; }

// Each byte as a word's key hashes it: an ASCII letter in lower case, as word_key() folds it;
// 0 for any other byte, which ends the word.
constexpr std::array<unsigned char, 256> kFold = [] {
  std::array<unsigned char, 256> f{};
  for (int b = 'a'; b <= 'z'; ++b) f[b] = static_cast<unsigned char>(b);
  for (int b = 'A'; b <= 'Z'; ++b) f[b] = static_cast<unsigned char>(b - 'A' + 'a');
  return f;
}();

// The trigger of each byte that is neither letter nor digit.
constexpr std::array<std::uint32_t, 256> kByteTrigger = [] {
  std::array<std::uint32_t, 256> t{};
  t[0xC2] = t[0xE2] = trigger::kNonAscii;
  t['$'] = trigger::kDollar;
  t['%'] = trigger::kPercentSign;
  t['/'] = trigger::kSlash;
  t['('] = t['['] = trigger::kBracket;
  t[';'] = t[':'] = trigger::kClauseMark;
  return t;
}();

// The trigger bits of the lexicon's words by word key: one look-up per word of a sentence.
// Every letter run of an entry counts ("per" and "cent" of "per cent").
KeyTable<std::uint32_t> word_classes() {
  std::map<std::uint64_t, std::uint32_t> bits;
  auto add = [&bits](std::uint32_t bit, std::initializer_list<std::string_view> classes) {
    for (std::string_view word : lexicon::words(classes)) {
      for (std::size_t i = 0; i < word.size();) {
        if (class_of(word[i]) != 1) {
          ++i;
          continue;
        }
        std::size_t j = i;
        while (j < word.size() && class_of(word[j]) == 1) ++j;
        bits[word_key(word.substr(i, j - i))] |= bit;
        i = j;
      }
    }
  };
  add(trigger::kNumberWord, {"number-word", "tens-word", "digit-word"});
  add(trigger::kScale, {"scale-word", "scale-abbrev"});
  add(trigger::kCurrencyWord, {"currency-code", "currency-after", "currency-code-after"});
  add(trigger::kUnit, {"unit", "time-unit"});
  add(trigger::kPercentWord, {"percent", "points"});
  add(trigger::kDirection,
      {"direction-verb", "direction-noun", "direction-comparative", "direction-relative",
       "direction-swing", "direction-moving", "direction-moving-from", "direction-to-level",
       "direction-before-pair"});
  add(trigger::kHedge, {"hedge"});
  add(trigger::kMonth, {"month"});
  add(trigger::kWeekday, {"weekday"});
  add(trigger::kPeriod, {"period", "per-period", "per-period-word"});
  add(trigger::kOrdinal, {"ordinal", "ordinal-suffix"});
  add(trigger::kConnective, {"change-boundary-word"});
  add(trigger::kMultiplier, {"multiplier", "multiple-comparative"});
  add(trigger::kTimeWord, {"duration-time-word", "duration-age-decade"});
  return KeyTable<std::uint32_t>(
      std::vector<std::pair<std::uint64_t, std::uint32_t>>(bits.begin(), bits.end()));
}

}  // namespace

SentenceWork::SentenceWork(std::string_view text_in, ByteSpan span_in, std::size_t index_in)
    : text(text_in) {
  reset(span_in, index_in);
}

void SentenceWork::reset(ByteSpan span_in, std::size_t index_in) {
  span = span_in;
  index = index_in;
  words.clear();
  numbers.clear();
  std::fill(std::begin(word_filter), std::end(word_filter), 0);
  has_digit = has_year = false;
  triggers = 0;
  quantities.clear();
  taken.clear();
  blocked.clear();
  static const KeyTable<std::uint32_t> classes = word_classes();
  const std::size_t end = std::min(span.end, text.size());
  std::size_t i = span.begin;
  while (i < end) {
    const unsigned char kind = class_of(text[i]);
    if (kind == 1) {
      // word_key() of the run of letters, folded and hashed in the one pass that finds its end.
      Word w{i, i, 14695981039346656037ull};
      unsigned char folded = kFold[static_cast<unsigned char>(text[i])];
      do {
        w.key = (w.key ^ folded) * 1099511628211ull;
        ++i;
      } while (i < end && (folded = kFold[static_cast<unsigned char>(text[i])]) != 0);
      w.end = i;
      w.classes = classes.get(w.key);
      triggers |= w.classes;
      WordSet::mark(w.key, word_filter);
      words.push_back(w);
    } else if (kind == 2) {
      has_digit = true;
      const std::size_t run = i;
      while (i < end && class_of(text[i]) == 2) ++i;
      numbers.push_back({run, i});
      // Any four digits of the run may be the year: "FY2025", "1Q2026" glue letters, not digits.
      for (std::size_t y = run; y + 4 <= i && !has_year; ++y) {
        has_year = (text[y] == '1' && text[y + 1] == '9') || (text[y] == '2' && text[y + 1] == '0');
      }
    } else {
      triggers |= kByteTrigger[static_cast<unsigned char>(text[i])];
      ++i;
    }
  }
  if (has_digit) triggers |= trigger::kDigit;
  if (has_year) triggers |= trigger::kYear;
}

namespace {

// The length of the typeset space at text[i] (FC_SP: ASCII space or tab, NBSP, narrow NBSP, thin
// space), or 0.
std::size_t space_at(std::string_view text, std::size_t i, std::size_t end) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t') return 1;
  if (c == 0xC2 && i + 1 < end && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < end && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    const unsigned char d = static_cast<unsigned char>(text[i + 2]);
    if (d == 0xAF || d == 0x89) return 3;
  }
  return 0;
}

// The bytes of the UTF-8 character led by `c` (the text is valid UTF-8).
std::size_t char_length(unsigned char c) { return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }

}  // namespace

// The rules' view: the same byte classes and word keys as reset(), every byte in a token, and a
// token cut wherever a scanned figure begins or ends.
void rules::TokenView::start(const SentenceWork& s, std::size_t begin) {
  s_ = &s;
  tokens.clear();
  figure_at.clear();
  figure_end_.assign(s.quantities.size(), std::string_view::npos);
  next_byte_ = begin;
  // Figures in order: quantities are in text order and do not overlap.
  next_figure_ = next_end_ = static_cast<std::size_t>(
      std::partition_point(s.quantities.begin(), s.quantities.end(),
                           [&](const Quantity& q) { return q.span.end < begin; }) -
      s.quantities.begin());
}

bool rules::TokenView::lex_one() {
  const SentenceWork& s = *s_;
  const std::string_view text = s.text;
  const std::size_t end = std::min(s.span.end, text.size());
  const std::size_t n = s.quantities.size();
  std::size_t i = next_byte_;
  while (next_figure_ < n && s.quantities[next_figure_].span.begin < i) ++next_figure_;
  while (next_end_ < n && s.quantities[next_end_].span.end < i) ++next_end_;
  const std::size_t index = tokens.size();
  while (next_end_ < n && s.quantities[next_end_].span.end == i) figure_end_[next_end_++] = index;
  if (i >= end) {
    // Figures ending at the sentence's end end after the last token.
    while (next_end_ < n && s.quantities[next_end_].span.end <= i) figure_end_[next_end_++] = index;
    return false;
  }
  figure_at.push_back(0);
  if (next_figure_ < n && s.quantities[next_figure_].span.begin == i) {
    figure_at.back() = static_cast<std::uint32_t>(next_figure_ + 1);
  }
  // The token ends at the next figure edge, if one comes before its own end.
  std::size_t cut = end;
  for (std::size_t k = next_figure_; k < n && k <= next_figure_ + 1; ++k) {
    if (s.quantities[k].span.begin > i) {
      cut = std::min(cut, s.quantities[k].span.begin);
      break;
    }
  }
  if (next_end_ < n && s.quantities[next_end_].span.end > i) {
    cut = std::min(cut, s.quantities[next_end_].span.end);
  }
  Token t;
  t.span.begin = i;
  const unsigned char kind = class_of(text[i]);
  if (kind == 1) {
    std::uint64_t key = 14695981039346656037ull;
    bool lower = true;
    while (i < cut && class_of(text[i]) == 1) {
      lower &= text[i] >= 'a';
      key = (key ^ kFold[static_cast<unsigned char>(text[i])]) * 1099511628211ull;
      ++i;
    }
    t.kind = TokenKind::kWord;
    t.key = key;
    t.lower = lower;
  } else if (kind == 2) {
    while (i < cut && class_of(text[i]) == 2) ++i;
    t.kind = TokenKind::kNumber;
  } else if (std::size_t sp = space_at(text, i, end); sp != 0) {
    do {
      i += sp;
    } while (i < cut && (sp = space_at(text, i, end)) != 0);
    t.kind = TokenKind::kSpace;
  } else {
    const char c = text[i];
    t.kind =
        c == '\n' || c == '\r' || c == '\v' || c == '\f' ? TokenKind::kBreak : TokenKind::kMark;
    i = std::min(end, i + char_length(static_cast<unsigned char>(c)));
    t.key = word_key(text.substr(t.span.begin, i - t.span.begin));
  }
  t.span.end = i;
  tokens.push_back(t);
  next_byte_ = i;
  return true;
}

std::optional<rules::Token> rules::TokenView::figure(std::size_t i) {
  if (!has(i) || figure_at[i] == 0) return std::nullopt;
  const std::size_t q = figure_at[i] - 1;
  while (figure_end_[q] == std::string_view::npos && lex_one()) {
  }
  Token t;
  t.kind = TokenKind::kFigure;
  t.span = s_->quantities[q].span;
  t.figure = q;
  t.figure_end = figure_end_[q];
  return t;
}

std::size_t rules::TokenView::index_at(std::size_t at) {
  while ((tokens.empty() || tokens.back().span.end <= at) && lex_one()) {
  }
  auto it = std::partition_point(tokens.begin(), tokens.end(),
                                 [&](const Token& t) { return t.span.begin < at; });
  return it != tokens.end() && it->span.begin == at ? static_cast<std::size_t>(it - tokens.begin())
                                                    : std::string_view::npos;
}

void rules::tokenize(const SentenceWork& s, TokenView& out) {
  out.start(s, s.span.begin);
  while (out.has(out.tokens.size())) {
  }
}

}  // namespace factcheck::detail
