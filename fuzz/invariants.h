// What must hold for any input, however hostile: the fuzz target and the robustness tests
// check the same list, so a crash-free run also means well-formed output.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "checker/checker.h"
#include "extractor/extractor.h"

namespace factcheck::fuzz {

/// True when offset is at a code point boundary of text (or at its end).
inline bool at_boundary(std::string_view text, std::size_t offset) {
  return offset >= text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

/// Why span is not a well-formed range of text, or nullopt when it is.
inline std::optional<std::string> bad_span(std::string_view text, const ByteSpan& span,
                                           std::string_view what) {
  if (span.begin > span.end) {
    return fmt::format("{} span [{}, {}) ends before it begins", what, span.begin, span.end);
  }
  if (span.end > text.size()) {
    return fmt::format("{} span [{}, {}) runs past the text's {} bytes", what, span.begin, span.end,
                       text.size());
  }
  if (!at_boundary(text, span.begin) || !at_boundary(text, span.end)) {
    return fmt::format("{} span [{}, {}) cuts a UTF-8 sequence", what, span.begin, span.end);
  }
  return std::nullopt;
}

/// Why a quantity is malformed: bad span, text not its bytes, an infinite or NaN value, or low >
/// high.
inline std::optional<std::string> bad_quantity(std::string_view text, const Quantity& q,
                                               std::string_view what) {
  if (auto why = bad_span(text, q.span, what)) return why;
  if (q.text != text.substr(q.span.begin, q.span.size())) {
    return fmt::format("{} text '{}' is not the bytes of its span", what, q.text);
  }
  if (!std::isfinite(q.value) || std::isnan(q.low) || std::isnan(q.high)) {
    return fmt::format("{} '{}' has a value that is not finite or a NaN bound", what, q.text);
  }
  if (q.low > q.high) {
    return fmt::format("{} '{}' has low {} above high {}", what, q.text, q.low, q.high);
  }
  return std::nullopt;
}

/// Line and column of offset by a plain walk from the start: what LineIndex computes faster.
inline LineIndex::Position slow_position(std::string_view text, std::size_t offset) {
  LineIndex::Position p;
  const std::size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  for (std::size_t i = bom; i < offset && i < text.size(); ++i) {
    const bool crlf = text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
    if (text[i] == '\n' || (text[i] == '\r' && !crlf)) {
      ++p.line;
      p.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++p.column;
    }
  }
  return p;
}

/// The first broken invariant of an extraction and its findings, or nullopt when all hold:
/// claims refer to `text`, every span is in bounds and on code point boundaries, claims
/// and sentences come in text order, ids are unique, findings name existing claims, and
/// the line index gives sane lines and columns for every span.
inline std::optional<std::string> violation(std::string_view text, const Claims& claims,
                                            const std::vector<Finding>& findings) {
  if (claims.text.data() != text.data() || claims.text.size() != text.size()) {
    return std::string("Claims::text is not the text given to extract()");
  }
  const LineIndex lines(text);
  auto bad_position = [&](const ByteSpan& span) -> std::optional<std::string> {
    LineIndex::Position p = lines.position(span.begin);
    if (p.line < 1 || p.line > lines.line_count() || p.column < 1 || p.column > span.begin + 1) {
      return fmt::format("offset {} maps to impossible line {} column {}", span.begin, p.line,
                         p.column);
    }
    // On a short text, the position counted the slow way: LF, CRLF or a CR alone ends a line.
    if (text.size() <= 4096) {
      const LineIndex::Position q = slow_position(text, span.begin);
      if (p.line != q.line || p.column != q.column) {
        return fmt::format("offset {} maps to line {} column {}, not line {} column {}", span.begin,
                           p.line, p.column, q.line, q.column);
      }
    }
    return std::nullopt;
  };
  std::size_t last_begin = 0;
  for (const Sentence& s : claims.sentences) {
    if (auto why = bad_span(text, s.span, "sentence")) return why;
    if (s.span.begin < last_begin) return std::string("sentences are not in text order");
    last_begin = s.span.begin;
    if (s.paragraph >= claims.paragraphs.size()) {
      return fmt::format("sentence names paragraph {} of {}", s.paragraph,
                         claims.paragraphs.size());
    }
  }
  for (const ByteSpan& p : claims.paragraphs) {
    if (auto why = bad_span(text, p, "paragraph")) return why;
  }
  for (const Citation& k : claims.citations) {
    if (auto why = bad_span(text, k.span, "citation")) return why;
  }
  last_begin = 0;
  std::vector<std::string_view> ids;
  for (const Claim& c : claims.claims) {
    const std::string what = fmt::format("claim {} ({})", c.id, to_string(c.kind));
    if (auto why = bad_span(text, c.span, what)) return why;
    if (auto why = bad_position(c.span)) return why;
    if (c.span.begin < last_begin) return what + " is out of text order";
    last_begin = c.span.begin;
    if (c.sentence >= claims.sentences.size() && !claims.sentences.empty()) {
      return fmt::format("{} names sentence {} of {}", what, c.sentence, claims.sentences.size());
    }
    if (c.citation && *c.citation >= claims.citations.size()) {
      return fmt::format("{} names citation {} of {}", what, *c.citation, claims.citations.size());
    }
    for (const Quantity& q : c.quantities) {
      if (auto why = bad_quantity(text, q, what + " quantity")) return why;
    }
    for (const Quantity& q : c.changes) {
      if (auto why = bad_quantity(text, q, what + " change")) return why;
    }
    if (c.old_value) {
      if (auto why = bad_quantity(text, *c.old_value, what + " old value")) return why;
    }
    if (c.new_value) {
      if (auto why = bad_quantity(text, *c.new_value, what + " new value")) return why;
    }
    for (const ByteSpan& item : c.item_spans) {
      if (auto why = bad_span(text, item, what + " item")) return why;
    }
    ids.push_back(c.id);
  }
  const std::unordered_set<std::string_view> id_set(ids.begin(), ids.end());
  if (id_set.size() != ids.size()) return std::string("two claims share an id");
  for (const Finding& f : findings) {
    const std::string what = fmt::format("finding {} [{}]", f.id, f.check);
    if (auto why = bad_span(text, f.span, what)) return why;
    if (auto why = bad_position(f.span)) return why;
    for (const std::string& id : f.claims) {
      if (!id_set.count(id)) return fmt::format("{} names no claim '{}'", what, id);
    }
  }
  return std::nullopt;
}

}  // namespace factcheck::fuzz
