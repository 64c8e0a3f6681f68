// Pieces the extractor's files share; not part of the stage's public interface.
//
// extract() runs, in order: segment() into paragraphs and sentences, find_citations()
// over the whole text, then for each sentence scan_quantities() and the claim kinds,
// each one file in kinds/, which take the quantities they use and leave the rest.
// Quantities nobody took become claims of their own kind (money, percent, ...).
#pragma once

#include <algorithm>
#include <iterator>
#include <map>
#include <string_view>
#include <vector>

#include "extractor.h"

namespace factcheck::detail {

/// Splits text into paragraphs (lines, or blocks between blank lines) and sentences.
void segment(std::string_view text, std::size_t start, Claims& out);

/// Every figure in text[span): money, percent, points, multiples, counts, number words.
/// Years standing as years, list numbering and names ("GPT-4") are not quantities.
std::vector<Quantity> scan_quantities(std::string_view text, ByteSpan span);

/// A sentence being read: its bytes and the quantities in it, with which are taken.
struct SentenceWork {
  std::string_view text;  // the whole document
  ByteSpan span;          // this sentence
  std::size_t index = 0;  // into Claims::sentences
  std::vector<Quantity> quantities;
  std::vector<bool> taken;        // parallel to quantities: used by some claim already
  std::vector<ByteSpan> blocked;  // bytes no other claim may use (dates, citations)
};

/// Parenthetical citations anywhere in the text, with source and date.
void find_citations(std::string_view text, Claims& out);

// One function per claim kind (kinds/*.cpp). Each appends claims for the sentence and
// marks the quantities it used as taken.
void find_dates(SentenceWork& s, std::vector<Claim>& out);
void find_changes(SentenceWork& s, std::vector<Claim>& out);
void find_enumerations(SentenceWork& s, std::vector<Claim>& out);
void find_durations(SentenceWork& s, std::vector<Claim>& out);
void find_rates(SentenceWork& s, std::vector<Claim>& out);

/// Joins a change stated with no values to the next sentence's two values stated with no
/// change ("... a 52% rise in net profit. Profit was X compared with Y."), in place.
/// It also removes the statements a closing level absorbed (Reader::join_level, change.cpp).
void merge_cross_sentence(std::vector<Claim>& claims, const std::vector<Sentence>& sentences);

// Byte ranges already claimed, kept merged and sorted so a sentence of any length is checked in
// logarithmic time per span (a one-line table can hold thousands of dates).
class Occupied {
 public:
  explicit Occupied(const std::vector<ByteSpan>& spans) {
    for (const ByteSpan& s : spans) add(s);
  }
  bool overlaps(ByteSpan span) const {
    auto it = ranges_.lower_bound(span.end);  // first range starting at or after the end
    if (it == ranges_.begin()) return false;
    --it;
    return it->second > span.begin;
  }
  void add(ByteSpan span) {
    if (span.empty()) return;
    auto it = ranges_.upper_bound(span.begin);
    if (it != ranges_.begin() && std::prev(it)->second >= span.begin) {
      --it;
      span.begin = it->first;
      span.end = std::max(span.end, it->second);
      it = ranges_.erase(it);
    }
    while (it != ranges_.end() && it->first <= span.end) {
      span.end = std::max(span.end, it->second);
      it = ranges_.erase(it);
    }
    ranges_.emplace(span.begin, span.end);
  }

 private:
  std::map<std::size_t, std::size_t> ranges_;  // begin -> end, disjoint
};

// Marks the scanner's quantities overlapping `span` as taken. Quantities are in text order and
// do not overlap each other, so the ones overlapping a span are a run found by binary search.
inline void take_overlapping(SentenceWork& s, ByteSpan span) {
  auto end = std::partition_point(s.quantities.begin(), s.quantities.end(),
                                  [&](const Quantity& q) { return q.span.begin < span.end; });
  for (auto it = end; it != s.quantities.begin() && std::prev(it)->span.end > span.begin; --it) {
    s.taken[static_cast<std::size_t>(std::prev(it) - s.quantities.begin())] = true;
  }
}

/// Date in ISO 8601 form from its parts; partial dates allowed ("2026-05", "--05-15").
std::string iso_date(int year, int month, int day);

}  // namespace factcheck::detail
