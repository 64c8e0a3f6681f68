// SentenceWork: one pass over a sentence's bytes that lists its words and notes its digits, so
// each claim kind can tell from a few look-ups whether its patterns could match at all.
#include "internal.h"

namespace factcheck::detail {

namespace {

bool is_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

}  // namespace

SentenceWork::SentenceWork(std::string_view text_in, ByteSpan span_in, std::size_t index_in)
    : text(text_in), span(span_in), index(index_in) {
  const std::size_t end = std::min(span.end, text.size());
  std::size_t i = span.begin;
  while (i < end) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (is_letter(c)) {
      Word w{i, i, 14695981039346656037ull};
      for (; i < end && is_letter(static_cast<unsigned char>(text[i])); ++i) {
        const unsigned char u = static_cast<unsigned char>(text[i]);
        w.key = (w.key ^ (u <= 'Z' ? u + 32 : u)) * 1099511628211ull;
      }
      w.end = i;
      words.push_back(w);
    } else if (is_digit(c)) {
      has_digit = true;
      const std::size_t run = i;
      while (i < end && is_digit(static_cast<unsigned char>(text[i]))) ++i;
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
