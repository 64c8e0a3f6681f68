// SentenceWork: one pass over a sentence's bytes that lists its words and notes its digits, so
// each claim kind can tell from a few look-ups whether its patterns could match at all.
#include <algorithm>
#include <array>
#include <iterator>

#include "internal.h"

namespace factcheck::detail {

namespace {

// What each byte is to the index: 0 anything else, 1 a letter, 2 a digit.
constexpr std::array<unsigned char, 256> kClass = [] {
  std::array<unsigned char, 256> c{};
  for (int b = 'a'; b <= 'z'; ++b) c[b] = 1;
  for (int b = 'A'; b <= 'Z'; ++b) c[b] = 1;
  for (int b = '0'; b <= '9'; ++b) c[b] = 2;
  return c;
}();

unsigned char class_of(char c) { return kClass[static_cast<unsigned char>(c)]; }

}  // namespace

SentenceWork::SentenceWork(std::string_view text_in, ByteSpan span_in, std::size_t index_in)
    : text(text_in) {
  reset(span_in, index_in);
}

void SentenceWork::reset(ByteSpan span_in, std::size_t index_in) {
  span = span_in;
  index = index_in;
  words.clear();
  std::fill(std::begin(word_filter), std::end(word_filter), 0);
  has_digit = has_year = false;
  quantities.clear();
  taken.clear();
  blocked.clear();
  const std::size_t end = std::min(span.end, text.size());
  std::size_t i = span.begin;
  while (i < end) {
    const unsigned char kind = class_of(text[i]);
    if (kind == 1) {
      Word w{i, i, 14695981039346656037ull};
      for (; i < end && class_of(text[i]) == 1; ++i) {
        const unsigned char u = static_cast<unsigned char>(text[i]);
        w.key = (w.key ^ (u <= 'Z' ? u + 32 : u)) * 1099511628211ull;
      }
      w.end = i;
      WordSet::mark(w.key, word_filter);
      words.push_back(w);
    } else if (kind == 2) {
      has_digit = true;
      const std::size_t run = i;
      while (i < end && class_of(text[i]) == 2) ++i;
      // Any four digits of the run may be the year: "FY2025", "1Q2026" glue letters, not digits.
      for (std::size_t y = run; y + 4 <= i && !has_year; ++y) {
        has_year = (text[y] == '1' && text[y + 1] == '9') || (text[y] == '2' && text[y + 1] == '0');
      }
    } else {
      ++i;
    }
  }
}

}  // namespace factcheck::detail
