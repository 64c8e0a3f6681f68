// Reading bytes as article text: UTF-8 validation and the line index.
#include <fmt/format.h>

#include <algorithm>

#include "extractor.h"

namespace factcheck {

namespace {

// Length of the UTF-8 sequence starting at s[i], or 0 when it is not well formed
// (overlong forms, surrogates and code points past U+10FFFF are rejected, as RFC 3629 says).
std::size_t utf8_length(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
  }
  if (c == 0xE0 && b(i + 1) < 0xA0) return 0;   // overlong
  if (c == 0xED && b(i + 1) >= 0xA0) return 0;  // surrogate
  if (c == 0xF0 && b(i + 1) < 0x90) return 0;   // overlong
  if (c == 0xF4 && b(i + 1) >= 0x90) return 0;  // past U+10FFFF
  return n;
}

}  // namespace

std::optional<std::string> validate_text(std::string_view bytes) {
  // A NUL byte never occurs in text; it is the surest sign of a binary file.
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    return fmt::format("binary file (NUL byte at byte {})", nul);
  }
  for (std::size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = utf8_length(bytes, i);
    if (n == 0) return fmt::format("invalid UTF-8 at byte {}", i);
    i += n;
  }
  return std::nullopt;
}

namespace {
bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }
}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  // A line ends at LF, at CRLF, or at a CR alone (old Mac files): each is one line break.
  starts_.push_back(0);
  for (std::size_t i = text.find_first_of("\r\n"); i != std::string_view::npos;
       i = text.find_first_of("\r\n", i + 1)) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    starts_.push_back(i + 1);
  }
  // Code points before every kStride-th byte, and from there to every kFine-th byte, so a column
  // costs at most kFine steps however long its line (a report asks for thousands of them).
  checkpoints_.reserve(text.size() / kStride + 1);
  fine_.reserve(text.size() / kFine + 1);
  std::size_t count = 0;
  std::size_t block_count = 0;
  for (std::size_t at = 0; at <= text.size(); at += kFine) {
    if (at % kStride == 0) {
      checkpoints_.push_back(count);
      block_count = count;
    }
    fine_.push_back(static_cast<std::uint16_t>(count - block_count));
    const std::size_t stop = std::min(text.size(), at + kFine);
    for (std::size_t i = at; i < stop; ++i) count += starts_code_point(text[i]);
  }
}

std::size_t LineIndex::code_points_before(std::size_t offset) const {
  const std::size_t chunk = offset / kFine;
  std::size_t count = checkpoints_[offset / kStride] + fine_[chunk];
  for (std::size_t i = chunk * kFine; i < offset; ++i) count += starts_code_point(text_[i]);
  return count;
}

LineIndex::Position LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  std::size_t line = static_cast<std::size_t>(it - starts_.begin());
  std::size_t start = starts_[line - 1];
  // Columns count code points: every byte that is not a UTF-8 continuation byte.
  std::size_t column = code_points_before(offset) - code_points_before(start) + 1;
  // A BOM is not a column of the first line.
  if (line == 1 && text_.substr(0, 3) == "\xEF\xBB\xBF" && offset >= 3) --column;
  return {line, column};
}

}  // namespace factcheck
