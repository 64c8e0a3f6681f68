// Paragraphs and sentences.
//
// A paragraph is a line: news copy, filings text and the seed article all put one
// paragraph on a line, with or without blank lines between. A sentence ends at ".",
// "!" or "?" (closing quotes and brackets included) before a space and a capital, a
// digit or an opening quote or bracket, unless the word before the stop is an
// abbreviation ("Dec.", "Inc.", "U.S.") or an initial; tokenised filings text
// ("in 2009 . the segment") ends a sentence at a stop standing alone. A sentence
// never ends inside parentheses, so a citation stays with the sentence it closes.
#include <array>
#include <cctype>

#include "internal.h"
#include "lexicon.h"

namespace factcheck::detail {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Words that end with a stop without ending the sentence (function.tsv, months.tsv).
const WordSet& abbreviations() {
  static const WordSet set = [] {
    std::vector<std::string_view> words = lexicon::words({"abbreviation"});
    for (const lexicon::Entry& m : lexicon::entries("month")) {
      if (lexicon::fields(m.value).size() > 1) words.push_back(m.word);  // "Dec.", "Sept."
    }
    return WordSet(words);
  }();
  return set;
}

bool is_abbreviation(std::string_view word) {
  if (word.size() == 1 && is_upper(word[0])) return true;  // an initial: "J. P. Morgan"
  return abbreviations().contains(word_key(word));
}

// Whether text[i] starts something a new sentence can start with.
bool can_start_sentence(std::string_view text, std::size_t i) {
  if (i >= text.size()) return true;
  char c = text[i];
  if (is_upper(c) || is_digit(c) || c == '"' || c == '\'' || c == '(' || c == '[') return true;
  // Curly opening quotes and other non-ASCII letters (accented capitals).
  return static_cast<unsigned char>(c) >= 0x80;
}

// No sentence is longer than this: a "sentence" of megabytes with no stop in it (a table
// dump, a generated file) is cut at a space, so the work per sentence stays bounded and the
// whole pass stays linear in the document. Real sentences are far shorter.
constexpr std::size_t kMaxSentence = 4096;

void push_sentence(std::string_view text, ByteSpan span, std::size_t paragraph, Claims& out) {
  while (span.size() > kMaxSentence) {
    // The last space within the piece: the look-back never goes before the piece, so a run
    // with no space costs its length once, not once per piece back to the start of the text.
    std::size_t cut = text.substr(span.begin, kMaxSentence + 1).rfind(' ');
    cut = cut == std::string_view::npos || cut == 0 ? span.begin + kMaxSentence : span.begin + cut;
    // Never cut inside a UTF-8 sequence.
    while (cut > span.begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    if (cut <= span.begin) cut = span.begin + kMaxSentence;
    out.sentences.push_back({{span.begin, cut}, paragraph});
    span.begin = cut;
    while (span.begin < span.end && text[span.begin] == ' ') ++span.begin;
  }
  if (!span.empty()) out.sentences.push_back({span, paragraph});
}

void split_line(std::string_view text, std::size_t begin, std::size_t end, std::size_t paragraph,
                Claims& out) {
  // Trim the line; a CR of a CRLF ending is not part of any sentence.
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  if (begin >= end) return;
  std::size_t sentence_start = begin;
  int depth = 0;
  // Bytes the loop below acts on; the rest are skipped a word at a time.
  static constexpr std::array<bool, 256> kMarks = [] {
    std::array<bool, 256> m{};
    for (unsigned char c : std::string_view("()[].!?")) m[c] = true;
    return m;
  }();
  for (std::size_t i = begin; i < end; ++i) {
    while (i < end && !kMarks[static_cast<unsigned char>(text[i])]) ++i;
    if (i >= end) break;
    char c = text[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (depth > 0 || (c != '.' && c != '!' && c != '?')) continue;
    // The stop and any closing quotes or brackets after it.
    std::size_t stop_end = i + 1;
    while (stop_end < end &&
           (text[stop_end] == '"' || text[stop_end] == '\'' || text[stop_end] == ')' ||
            (text.substr(stop_end, 3) == "\xE2\x80\x9D"))) {
      stop_end += text[stop_end] == '\xE2' ? 3 : 1;
    }
    if (stop_end < end && !is_space(text[stop_end])) continue;  // "2.4", "u.s."
    std::size_t next = stop_end;
    while (next < end && is_space(text[next])) ++next;
    if (next >= end) break;
    bool alone = i > begin && is_space(text[i - 1]);  // tokenised: "in 2009 . the"
    if (!alone) {
      if (!can_start_sentence(text, next)) continue;
      std::size_t w = i;
      while (w > begin && !is_space(text[w - 1])) --w;
      if (c == '.' && is_abbreviation(text.substr(w, i - w))) continue;
    }
    push_sentence(text, {sentence_start, stop_end}, paragraph, out);
    sentence_start = next;
    i = next - 1;
  }
  if (sentence_start < end) push_sentence(text, {sentence_start, end}, paragraph, out);
}

}  // namespace

void segment(std::string_view text, std::size_t start, Claims& out) {
  std::size_t line_begin = start;
  while (line_begin < text.size()) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::size_t before = out.sentences.size();
    split_line(text, line_begin, line_end, out.paragraphs.size(), out);
    if (out.sentences.size() > before) {
      out.paragraphs.push_back({out.sentences[before].span.begin, out.sentences.back().span.end});
    }
    line_begin = line_end + 1;
  }
}

}  // namespace factcheck::detail
