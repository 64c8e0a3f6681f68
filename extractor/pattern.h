// A compiled PCRE2 pattern (JIT when available) and the match data to run it with.
//
// Patterns are compiled once, when the table holding them is built, and shared
// read-only across threads. Matching works on raw bytes (no UTF mode): the text is
// validated as UTF-8 before extraction, and typographic characters are spelled out in
// the patterns as their byte sequences, so spans are always offsets into the original.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractor.h"

typedef struct pcre2_real_code_8 pcre2_code_8;
typedef struct pcre2_real_match_data_8 pcre2_match_data_8;

// One space as typeset, for patterns: ASCII space or tab, no-break space U+00A0, narrow no-break
// U+202F, thin U+2009. A macro, so patterns can splice it into string literals.
#define FC_SP R"((?:[ \t]|\xC2\xA0|\xE2\x80[\xAF\x89]))"

namespace factcheck {

class Match;

/// One regular expression, compiled with PCRE2 and JIT-compiled when the library can.
class Pattern {
 public:
  /// Throws std::logic_error naming the pattern and PCRE2's offset when it does not compile:
  /// a pattern that does not compile is our bug, not the user's.
  Pattern(std::string_view name, std::string_view regex, bool caseless = false);
  ~Pattern();
  Pattern(const Pattern&) = delete;
  Pattern& operator=(const Pattern&) = delete;

  /// Searches subject[start, limit) for the next match; false when there is none.
  /// The match may look behind `start` (lookbehind) but never past `limit`.
  bool find(std::string_view subject, std::size_t start, Match& m,
            std::size_t limit = std::string_view::npos) const;
  /// Matches only at exactly `start` (anchored).
  bool match_at(std::string_view subject, std::size_t start, Match& m,
                std::size_t limit = std::string_view::npos) const;
  /// The number of a named group; throws std::logic_error when the pattern has none by that name.
  int group(std::string_view group_name) const;
  std::string_view name() const { return name_; }
  /// Bytes of the compiled pattern (PCRE2_INFO_SIZE); PCRE2 refuses one above 64 KiB.
  std::size_t compiled_size() const;
  /// Whether PCRE2 knows which bytes can open a match (a first code unit or a table of them), so
  /// that a search skips every other byte instead of trying the pattern there.
  bool has_start_bytes() const;

 private:
  bool run(const pcre2_code_8* code, bool jit, std::string_view subject, std::size_t start,
           std::size_t limit, Match& m) const;
  std::string name_;
  pcre2_code_8* code_ = nullptr;
  pcre2_code_8* anchored_ = nullptr;         // the same pattern compiled anchored, for match_at()
  bool jit_ = false, anchored_jit_ = false;  // JIT-compiled: run with pcre2_jit_match()
  // Named groups and their numbers, sorted by name: kinds ask for them per sentence.
  std::vector<std::pair<std::string, int>> groups_;
};

/// Scratch space for matching; one per thread of work, reused across matches.
class Match {
 public:
  Match();
  ~Match();
  Match(const Match&) = delete;
  Match& operator=(const Match&) = delete;

  /// Span of group i (0 is the whole match); empty span at npos when the group did not take part.
  ByteSpan span(int i = 0) const;
  bool has(int i) const;
  std::string_view str(int i = 0) const;

 private:
  friend class Pattern;
  pcre2_match_data_8* data_ = nullptr;
  const std::size_t* ovector_ = nullptr;  // PCRE2's, fixed for the life of data_
  std::uint32_t pairs_ = 0;               // ovector_'s pairs
  std::string_view subject_;
};

}  // namespace factcheck
