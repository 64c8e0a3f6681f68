// Pieces the extractor's files share; not part of the stage's public interface.
//
// extract() runs, in order: segment() into paragraphs and sentences, find_citations()
// over the whole text, then for each sentence scan_quantities() and the claim kinds,
// each one file in kinds/, which take the quantities they use and leave the rest.
// Quantities nobody took become claims of their own kind (money, percent, ...).
#pragma once

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
void merge_cross_sentence(std::vector<Claim>& claims, const std::vector<Sentence>& sentences);

/// Date in ISO 8601 form from its parts; partial dates allowed ("2026-05", "--05-15").
std::string iso_date(int year, int month, int day);

}  // namespace factcheck::detail
