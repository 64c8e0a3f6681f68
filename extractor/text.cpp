// Reading bytes as article text: UTF-8 validation and the line index.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

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

namespace {

// The name of a UTF-16 or UTF-32 encoding the bytes are in, judged by their byte-order mark
// or, without one, by NUL bytes at every other place (ASCII letters in UTF-16); empty if none.
std::string_view wide_encoding(std::string_view bytes) {
  if (bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4)) ||
      bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
    return "UTF-32";
  }
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) return "UTF-16";
  // In the first 4 KB, pairs with a NUL in one half and not the other: "a\0b\0" is UTF-16LE.
  // Four pairs at least, so a stray NUL in a short file stays a sign of binary data.
  const std::size_t pairs = std::min<std::size_t>(bytes.size(), 4096) / 2;
  std::size_t nul_first = 0;
  std::size_t nul_second = 0;
  for (std::size_t i = 0; i < pairs; ++i) {
    const bool first = bytes[2 * i] == '\0';
    const bool second = bytes[2 * i + 1] == '\0';
    nul_first += first && !second;
    nul_second += second && !first;
  }
  if (pairs < 4 || std::max(nul_first, nul_second) * 2 < pairs) return {};
  if (std::min(nul_first, nul_second) * 10 > pairs) return {};
  return nul_second > nul_first ? "UTF-16LE" : "UTF-16BE";
}

// Whether bytes that are not UTF-8 read as Windows-1252 (or Latin-1) text: every byte above
// 0x7F is one that code page defines, and each letter from 0xC0 up sits beside an ASCII
// letter and is not followed by a UTF-8 continuation byte ("caf\xE9 " is "café "). Symbols
// and punctuation (0x80-0xBF: € “ ” – £ °, and × ÷) may stand anywhere. 0xFF (ÿ) is left out:
// it is rare in text and common in binary data.
bool reads_as_windows_1252(std::string_view bytes) {
  auto at = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  auto ascii_letter = [](unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const unsigned char c = at(i);
    if (c < 0x80) continue;
    if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D || c == 0xFF) return false;
    if (c < 0xC0 || c == 0xD7 || c == 0xF7) continue;
    const bool next_continues = i + 1 < bytes.size() && at(i + 1) >= 0x80 && at(i + 1) < 0xC0;
    const bool beside_letter =
        (i > 0 && ascii_letter(at(i - 1))) || (i + 1 < bytes.size() && ascii_letter(at(i + 1)));
    if (next_continues || !beside_letter) return false;
  }
  return true;
}

}  // namespace

std::optional<std::string> validate_text(std::string_view bytes) {
  if (std::string_view wide = wide_encoding(bytes); !wide.empty()) {
    return fmt::format("{} text: convert it to UTF-8 (iconv -f {} -t UTF-8)", wide, wide);
  }
  // A NUL byte never occurs in text; it is the surest sign of a binary file.
  if (auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    return fmt::format("binary file (NUL byte at byte {})", nul);
  }
  for (std::size_t i = 0; i < bytes.size();) {
    // Most text is ASCII: eight bytes at a time while none has its high bit set.
    if (i + 8 <= bytes.size()) {
      std::uint64_t eight = 0;
      std::memcpy(&eight, bytes.data() + i, 8);
      if ((eight & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = decode_utf8(bytes, i).length;
    if (n == 0) {
      if (reads_as_windows_1252(bytes)) {
        return fmt::format(
            "invalid UTF-8 at byte {}: probably Windows-1252 text, convert it to UTF-8 "
            "(iconv -f WINDOWS-1252 -t UTF-8)",
            i);
      }
      return fmt::format("invalid UTF-8 at byte {}", i);
    }
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
  if (text.find('\r') == std::string_view::npos) {
    // LF alone, the usual case: memchr finds each, where a search for either byte goes a byte
    // at a time.
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
      starts_.push_back(i + 1);
    }
  } else {
    for (std::size_t i = text.find_first_of("\r\n"); i != std::string_view::npos;
         i = text.find_first_of("\r\n", i + 1)) {
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      starts_.push_back(i + 1);
    }
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
