// Pieces the extractor's files share; not part of the stage's public interface.
//
// extract() runs, in order: segment() into paragraphs and sentences, find_citations()
// over the whole text, then for each sentence scan_quantities() and the claim kinds,
// each one file in kinds/, which take the quantities they use and leave the rest.
// Quantities nobody took become claims of their own kind (money, percent, ...).
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extractor.h"
#include "lexicon.h"
#include "pattern.h"

namespace factcheck::detail {

namespace rules {
struct Scratch;
}

/// Splits text into paragraphs (lines, or blocks between blank lines) and sentences.
void segment(std::string_view text, std::size_t start, Claims& out);

/// The key a word is looked up by: FNV-1a over its bytes with ASCII letters lower-cased.
constexpr std::uint64_t word_key(std::string_view word) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : word) {
    const unsigned char u = static_cast<unsigned char>(c);
    h = (h ^ (u >= 'A' && u <= 'Z' ? u + 32 : u)) * 1099511628211ull;
  }
  return h;
}

/// ASCII letters lower-cased, for comparing words; other bytes (UTF-8 included) as they are.
inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

/// lower() of a few words read and dropped, without allocating: the bytes in a buffer of its own
/// when they fit, on the heap as lower() would when they do not.
class Lowered {
 public:
  explicit Lowered(std::string_view s) {
    if (s.size() > sizeof(buffer_)) {
      long_ = lower(s);
      view_ = long_;
      return;
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      buffer_[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    view_ = std::string_view(buffer_, s.size());
  }
  Lowered(const Lowered&) = delete;  // view_ points into buffer_
  Lowered& operator=(const Lowered&) = delete;
  operator std::string_view() const { return view_; }  // NOLINT(google-explicit-constructor)
  std::string_view view() const { return view_; }

 private:
  char buffer_[96];
  std::string long_;
  std::string_view view_;
};

/// Whether `s` is `lower_word` with its ASCII letters in any case; `lower_word` is in lower case.
/// Compares in place, where lower(s) == lower_word would copy `s`.
constexpr bool ascii_iequal(std::string_view s, std::string_view lower_word) {
  if (s.size() != lower_word.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != lower_word[i]) {
      return false;
    }
  }
  return true;
}

/// The calendar's words in lower case, for patterns and word sets (calendar.cpp): month and
/// weekday names with their abbreviations ("sept", "thurs"), and the ordinals of the days of a
/// month "first" to "twentieth" and "thirtieth".
std::span<const std::string_view> month_words();
std::span<const std::string_view> weekday_words();
std::span<const std::string_view> ordinal_words();
/// The number an ordinal stands for: "third" 3, "twenty-first" 21, "4th" 4; 0 otherwise.
int ordinal_of(std::string_view word);

/// What a sentence holds that some reading needs, one bit each. The lexer (SentenceWork::reset)
/// sets them in its one pass over the sentence's bytes: bytes directly, words by their lexicon
/// classes. A word bit is set for every letter run of a class's entries, so it never misses a word
/// a kind's WordSet of the same classes holds.
namespace trigger {
inline constexpr std::uint32_t kDigit = 1u << 0;          // an ASCII digit
inline constexpr std::uint32_t kYear = 1u << 1;           // four digits 19xx or 20xx in a run
inline constexpr std::uint32_t kNonAscii = 1u << 2;       // 0xC2 or 0xE2: "£", "€", "¾", dashes
inline constexpr std::uint32_t kDollar = 1u << 3;         // '$'
inline constexpr std::uint32_t kPercentSign = 1u << 4;    // '%'
inline constexpr std::uint32_t kSlash = 1u << 5;          // '/'
inline constexpr std::uint32_t kBracket = 1u << 6;        // '(' or '['
inline constexpr std::uint32_t kClauseMark = 1u << 7;     // ';' or ':'
inline constexpr std::uint32_t kNumberWord = 1u << 8;     // number-word, tens-word, digit-word
inline constexpr std::uint32_t kScale = 1u << 9;          // scale-word, scale-abbrev
inline constexpr std::uint32_t kCurrencyWord = 1u << 10;  // currency codes and names
inline constexpr std::uint32_t kUnit = 1u << 11;          // unit, time-unit
inline constexpr std::uint32_t kPercentWord = 1u << 12;   // percent, points
inline constexpr std::uint32_t kDirection = 1u << 13;     // direction words (direction.tsv)
inline constexpr std::uint32_t kHedge = 1u << 14;         // hedge
inline constexpr std::uint32_t kMonth = 1u << 15;         // month
inline constexpr std::uint32_t kWeekday = 1u << 16;       // weekday
inline constexpr std::uint32_t kPeriod = 1u << 17;        // period, per-period, per-period-word
inline constexpr std::uint32_t kOrdinal = 1u << 18;       // ordinal, ordinal-suffix ("st" of "1st")
inline constexpr std::uint32_t kConnective = 1u << 19;    // change-boundary-word
inline constexpr std::uint32_t kMultiplier = 1u << 20;    // multiplier, multiple-comparative
inline constexpr std::uint32_t kTimeWord = 1u << 21;      // duration-time-word: "fortnight"
/// What a claim can start from once the figures are scanned: a digit (a year, a date, a list's
/// count), or a word of a date, an ordinal period, a length of time or a list's count.
inline constexpr std::uint32_t kClaimWithoutFigure =
    kDigit | kMonth | kOrdinal | kTimeWord | kNumberWord;
}  // namespace trigger

/// A word of a sentence: a maximal run of ASCII letters, with its key and its trigger classes.
struct Word {
  std::size_t begin = 0, end = 0;
  std::uint64_t key = 0;
  std::uint32_t classes = 0;  // trigger:: bits of its lexicon classes
};

/// A fixed set of words, any case, built once and shared read-only. The kinds ask which of
/// their words a sentence holds before running a pattern, so a sentence pays only for the forms
/// it can hold; a key collision costs a pattern run, never a result.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) : WordSet(words.begin(), words.end()) {}
  /// The words of a lexicon class (lexicon::words()).
  explicit WordSet(std::span<const std::string_view> words) : WordSet(words.begin(), words.end()) {}
  template <typename It>
  WordSet(It first, It last) {
    for (; first != last; ++first) {
      keys_.push_back(word_key(*first));
      mark(keys_.back(), filter_);
    }
    std::sort(keys_.begin(), keys_.end());
  }
  bool contains(std::uint64_t key) const {
    // Most words of a sentence are in no set: one bit of the filter turns them away.
    if (!(filter_[(key >> 6) % kFilterWords] >> (key & 63) & 1)) return false;
    return std::binary_search(keys_.begin(), keys_.end(), key);
  }

  static constexpr std::size_t kFilterWords = 16;  // 1024 bits
  /// The filter bit of a key, as word and mask, so a sentence can build the same filter.
  static void mark(std::uint64_t key, std::uint64_t (&filter)[kFilterWords]) {
    filter[(key >> 6) % kFilterWords] |= std::uint64_t{1} << (key & 63);
  }
  /// Whether a filter of words shares a bit with this set's: false means no word is in the set.
  bool may_meet(const std::uint64_t (&filter)[kFilterWords]) const {
    std::uint64_t any = 0;
    for (std::size_t i = 0; i < kFilterWords; ++i) any |= filter[i] & filter_[i];
    return any != 0;
  }

 private:
  std::uint64_t filter_[kFilterWords] = {};
  std::vector<std::uint64_t> keys_;
};

struct ChangeLists;

/// A place of a sentence where a date form can start, and the forms that can (kinds/date.cpp).
struct DateStart {
  std::size_t at;
  unsigned kinds;
};

/// What reading a sentence needs from the whole document, found once: every window of a long
/// document (extract_range) shares it, so none searches the whole text again.
struct DocumentIndex {
  /// Where each currency-crown-context word stands whole in the text, in order, one list per
  /// entry: found at the document's first crown figure (quantity.cpp's read_crowns).
  std::vector<std::vector<std::size_t>> crown_context;
  bool crown_context_read = false;
};

/// A sentence being read: its bytes, its words, and the quantities in it, with which are taken.
struct SentenceWork {
  /// Reads text[span)'s words; `index` is the sentence's place in Claims::sentences.
  SentenceWork(std::string_view text, ByteSpan span, std::size_t index = 0);
  /// Moves on to another sentence of the same text, keeping the memory already allocated.
  void reset(ByteSpan span, std::size_t index);

  std::string_view text;  // the whole document
  ByteSpan span;          // this sentence
  std::size_t index = 0;  // into Claims::sentences
  std::vector<Word> words;
  /// The runs of ASCII digits, in order: where a figure or a date in figures can begin.
  std::vector<ByteSpan> numbers;
  /// The words' bits in a WordSet filter: says() asks it first, and most sets share no bit.
  std::uint64_t word_filter[WordSet::kFilterWords] = {};
  bool has_digit = false;      // any ASCII digit
  bool has_year = false;       // four digits that could be a year, 19xx or 20xx
  std::uint32_t triggers = 0;  // trigger:: bits of its bytes and words
  std::vector<Quantity> quantities;
  std::vector<bool> taken;        // parallel to quantities: used by some claim already
  std::vector<ByteSpan> blocked;  // bytes no other claim may use (dates, citations)
  /// Match space the kinds borrow for one pattern run at a time, so a sentence does not
  /// allocate it afresh for every pattern. Scratch, not state: hence mutable.
  mutable Match scratch;
  /// The rule engine's match space (rules.h), made on first use and kept, like `scratch`.
  mutable std::shared_ptr<rules::Scratch> rule_scratch;
  /// The change reader's lists (kinds/change.cpp), made at its first sentence and kept for the
  /// next ones, so a sentence reuses their storage. Scratch, not state.
  std::unique_ptr<ChangeLists, void (*)(ChangeLists*)> change_lists{nullptr, nullptr};
  /// find_dates()'s places where a date form can start, kept for the next sentence's. Scratch.
  std::vector<DateStart> date_starts;
  /// The document's index (Claims::document_index), shared by all its windows; a sentence read
  /// on its own makes one at first use. Filled lazily, hence mutable.
  mutable std::shared_ptr<DocumentIndex> document;

  /// Whether the sentence holds any of the trigger:: bits `t`.
  bool has(std::uint32_t t) const { return (triggers & t) != 0; }
  /// Whether any kind can read a claim in the sentence, its quantities scanned: with none and no
  /// trigger of a claim without figure, every kind returns at its first test, so extract() skips
  /// them all.
  bool can_hold_claims() const { return !quantities.empty() || has(trigger::kClaimWithoutFigure); }

  /// The lexer's word spanning exactly `span`, or null (a run with digits or '_' is no word).
  const Word* word_at(ByteSpan w) const {
    auto it = std::partition_point(words.begin(), words.end(),
                                   [&](const Word& x) { return x.begin < w.begin; });
    return it != words.end() && it->begin == w.begin && it->end == w.end ? &*it : nullptr;
  }

  /// Whether any word of the sentence is in `set`.
  bool says(const WordSet& set) const {
    if (!set.may_meet(word_filter)) return false;
    return std::any_of(words.begin(), words.end(),
                       [&](const Word& w) { return set.contains(w.key); });
  }
};

/// The scanner's figure pattern (quantity.cpp); the benchmark times one pass of it as a floor.
std::string figure_regex();
/// The scanner's pattern of numbers in words (quantity.cpp), compiled caseless.
std::string word_regex();

/// Whether the figure pattern can match starting at text[i], judged from the bytes there and the
/// one before: a currency word's first bytes, or a number's first character where the pattern's
/// lookbehind allows one. False only where no match can start; scan_quantities() tries the
/// pattern nowhere else.
bool can_start_figure(std::string_view text, std::size_t i);

/// Every figure in the sentence: money, percent, points, multiples, counts, number words.
/// Years standing as years, list numbering and names ("GPT-4") are not quantities.
/// Fills `out` (cleared first, its storage kept: a sentence allocates nothing for it once the
/// vector has grown); `out` may be s.quantities, which the scan does not read.
void scan_quantities(const SentenceWork& s, std::vector<Quantity>& out);
inline std::vector<Quantity> scan_quantities(const SentenceWork& s) {
  std::vector<Quantity> out;
  scan_quantities(s, out);
  return out;
}

/// Parenthetical citations anywhere in the text, with source and date.
void find_citations(std::string_view text, Claims& out);

// One function per claim kind (kinds/*.cpp). Each appends claims for the sentence and
// marks the quantities it used as taken.
void find_dates(SentenceWork& s, std::vector<Claim>& out);
/// Dates in figures that only the article's other dates can order ("02.05.2026" beside
/// "13.04.2026"): read in the order those settle, once every sentence is read (date.cpp).
void settle_numeric_dates(std::string_view text, std::vector<Claim>& claims);
void find_changes(SentenceWork& s, std::vector<Claim>& out);
void find_enumerations(SentenceWork& s, std::vector<Claim>& out);
void find_durations(SentenceWork& s, std::vector<Claim>& out);
/// Lengths of time in words with no figure, read before the changes so their "half" is no 50%:
/// "half a year", "a year and a half", "a fortnight", "two fortnights" (duration.cpp).
void find_time_words(SentenceWork& s, std::vector<Claim>& out);
void find_rates(SentenceWork& s, std::vector<Claim>& out);
void find_shares(SentenceWork& s, std::vector<Claim>& out);
/// Lists set out one item a line after a line ending in a colon (kinds/enumeration.cpp).
void find_line_lists(const Claims& doc, std::vector<Claim>& claims);

/// Fills Claim::lead and Claim::counted from the words around each claim's figures
/// (kinds/lead.cpp).
void find_leads(std::string_view text, const std::vector<Sentence>& sentences,
                std::vector<Claim>& claims);

/// Fills Claim::per, Claim::figure and (where no change statement named one) Claim::period of
/// amounts, counts and plain numbers from the words right after their figure
/// (kinds/figure_period.cpp). Claims are in text order, with their leads read.
void find_figure_periods(std::string_view text, std::vector<Claim>& claims);

/// Quantity::role of every figure of the claims, from the words right around it
/// (kinds/figure_change.cpp).
void find_figure_roles(std::string_view text, std::vector<Claim>& claims);

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

// Numbers that are not figures (not_figures.cpp).
/// Whether the number at `begin` is a label's, the word before naming a thing by its number:
/// "Route 66", "Chapter 11", "No. 2004", "Invoice XYZ 1999".
bool is_label_number(std::string_view text, std::size_t floor, std::size_t begin);
/// Whether `span` lies in a word holding a web address's encoded bytes: "q=sale%2050%25off".
bool in_web_address(std::string_view text, ByteSpan sentence, ByteSpan span);
/// Whether the number at `number` is an ordinal ("21st"), a version ("4.2.1"), a time of day
/// ("4.30pm", "11 o'clock"), a phone number ("020 7946 0321") or in a web address.
bool is_not_figure(std::string_view text, ByteSpan sentence, ByteSpan number);

/// The period kinds of a lexicon class whose value names one: "year", "half", "quarter",
/// "month", "week", "other" (change-period, rate-period-kind; figure_period.cpp).
lexicon::Roles<PeriodKind> period_kinds(std::string_view cls);

/// Date in ISO 8601 form from its parts; partial dates allowed ("2026-05", "--05-15").
std::string iso_date(int year, int month, int day);

}  // namespace factcheck::detail
