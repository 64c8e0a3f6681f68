// Reading bytes as article text: UTF-8 validation and the line index.
#include <fmt/format.h>

#include <algorithm>

#include "extractor.h"

namespace factcheck {

CodePoint decode_utf8(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return {c, 1};
  std::size_t n = 0;
  char32_t cp = 0;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    cp = c & 0x07;
  } else {
    return {};
  }
  if (i + n > s.size()) return {};
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return {};
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  const bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
  if (overlong || surrogate || cp > 0x10FFFF) return {};
  return {cp, n};
}

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
    std::size_t n = decode_utf8(bytes, i).length;
    if (n == 0) return fmt::format("invalid UTF-8 at byte {}", i);
    i += n;
  }
  return std::nullopt;
}

namespace {
bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }
}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    starts_.push_back(i + 1);
  }
  // Code points before every kStride-th byte, so a column on a very long line costs at most
  // kStride steps, not the length of the line.
  checkpoints_.reserve(text.size() / kStride + 1);
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(count);
    count += starts_code_point(text[i]);
  }
}

std::size_t LineIndex::code_points_before(std::size_t offset) const {
  std::size_t block = offset / kStride;
  if (block >= checkpoints_.size()) block = checkpoints_.empty() ? 0 : checkpoints_.size() - 1;
  std::size_t count = checkpoints_.empty() ? 0 : checkpoints_[block];
  for (std::size_t i = block * kStride; i < offset; ++i) count += starts_code_point(text_[i]);
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
