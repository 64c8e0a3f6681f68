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
  add(trigger::kDirection, {"direction-verb", "direction-noun", "direction-comparative",
                            "direction-relative", "direction-swing", "direction-to-level"});
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

}  // namespace factcheck::detail
