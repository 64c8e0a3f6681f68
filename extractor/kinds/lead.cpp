// Claim fields from the words around a claim's figures, read once here so the checks read claims
// and never the text: Claim::lead, the words tying a figure to the one before it ("$42 million a
// quarter, or $168 million a year": restates; "A, B and C, for a total of T": total; "At £3.50 a
// day, ...": at; "profit rose to £34.1m": reached, by lexicon/direction.tsv's direction verbs),
// Claim::counted, what a count or a lone percentage counts ("4,200 pupils", "38% work part
// time"), Claim::definite, a figure after "the" or a possessive ("the 1,920 women"), and what
// the sentence says of the one before it: Claim::refers_back ("This contraction ...") and, for a
// change, Claim::since ("risen by 40% since, to £210 million"), and Claim::respectively, a
// sentence pairing lists by position.
//
// The words are lexicon/checks.tsv's classes "lead-restates" and "lead-another" (found anywhere in
// the gap, as the connective may follow a clause: "which, at today's prices, works out to"),
// "lead-total", "lead-remaining", "lead-bracketed" and "lead-at" (found where the gap ends, just
// before the figure).
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "extractor/internal.h"
#include "extractor/lexicon.h"

namespace factcheck::detail {

namespace {

// Bytes of text before a figure read for its lead: a connective sits close to its figure.
constexpr std::size_t kGap = 60;

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; }
bool is_word_byte(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
         ch == '-' || ch == '\'' || ch == '.' || static_cast<unsigned char>(ch) >= 0x80;
}

// `text` as lower-case tokens joined by single spaces, with commas, semicolons and colons as
// tokens of their own, and a space at each end: " a quarter , or ". Phrases of the lexicon are
// written the same way (", or", "in all ,"), so matching is a search for " phrase ".
// Written into `out`, whose storage every claim's gap reuses.
void tokens(std::string_view text, std::string& out) {
  out.assign(1, ' ');
  for (char ch : text) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (is_space(ch)) {
      if (out.back() != ' ') out += ' ';
    } else if (ch == ',' || ch == ';' || ch == ':') {
      if (out.back() != ' ') out += ' ';
      out += ch;
      out += ' ';
    } else {
      out += ch;
    }
  }
  if (out.back() != ' ') out += ' ';
}

// The phrases of a lexicon class, each with a space at both ends, and the bytes they start with
// after it and end with before it: most words of a gap start none, and most gaps end in a byte
// none ends with, so each is turned away by one look-up.
struct Phrases {
  std::vector<std::string> list;
  std::array<bool, 256> first{};
  std::array<bool, 256> last{};
};
Phrases phrases(std::string_view cls) {
  Phrases out;
  for (const lexicon::Entry& e : lexicon::entries(cls)) {
    // Appended, not " " + word + " ": GCC 12 at -O3 warns falsely (-Wrestrict) on that form.
    std::string phrase = " ";
    phrase.append(e.word).append(" ");
    out.first[static_cast<unsigned char>(phrase[1])] = true;
    out.last[static_cast<unsigned char>(phrase[phrase.size() - 2])] = true;
    out.list.push_back(std::move(phrase));
  }
  return out;
}

bool has_phrase(const std::string& gap, const Phrases& phrases, bool at_end) {
  const std::vector<std::string>& list = phrases.list;
  if (at_end) {
    // The gap and every phrase end with a space: the byte before it must be one a phrase ends with.
    if (gap.size() < 2 || !phrases.last[static_cast<unsigned char>(gap[gap.size() - 2])]) {
      return false;
    }
    return std::any_of(list.begin(), list.end(), [&](const std::string& phrase) {
      return gap.size() >= phrase.size() &&
             gap.compare(gap.size() - phrase.size(), phrase.size(), phrase) == 0;
    });
  }
  // Every phrase starts with a space: one pass over the gap's spaces, trying there the phrases
  // whose first letter follows, costs less than a search of the whole gap for each phrase.
  for (std::size_t i = gap.find(' '); i != std::string::npos && i + 1 < gap.size();
       i = gap.find(' ', i + 1)) {
    if (!phrases.first[static_cast<unsigned char>(gap[i + 1])]) continue;
    for (const std::string& phrase : list) {
      if (gap[i + 1] == phrase[1] && gap.compare(i, phrase.size(), phrase) == 0) return true;
    }
  }
  return false;
}

// Whether a gap ends with a direction verb and "to": " profit rose to ", " has since climbed to ".
bool reached(const std::string& gap) {
  constexpr std::string_view kTo = " to ";
  if (gap.size() < kTo.size() + 2 || gap.compare(gap.size() - kTo.size(), kTo.size(), kTo) != 0) {
    return false;
  }
  const std::size_t end = gap.size() - kTo.size();
  const std::size_t start = gap.rfind(' ', end - 1) + 1;
  return lexicon::find("direction-verb", std::string_view(gap).substr(start, end - start));
}

// Whether a gap ends with a determiner or a possessive that makes a count all of what it counts:
// " the ", " its ", " the chain's ".
bool definite(const std::string& gap, const Phrases& determiners) {
  auto ends = [&](std::string_view tail) {
    return gap.size() >= tail.size() &&
           gap.compare(gap.size() - tail.size(), tail.size(), tail) == 0;
  };
  return has_phrase(gap, determiners, true) || ends("'s ") || ends("\u2019s ");
}

// Whether a bracket closes right after a figure, past spaces: "(41%)" holds the figure alone;
// "(32% in London)" holds more than a restatement.
bool closes_after(std::string_view text, std::size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  return at < text.size() && text[at] == ')';
}

// Up to three words after `at`, lower case, stopping at punctuation other than a hyphen.
std::string words_after(std::string_view text, std::size_t at) {
  std::string out;
  int words = 0;
  std::size_t i = at;
  while (i < text.size() && words < 3) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i >= text.size() || !is_word_byte(text[i]) || text[i] == '.') break;
    const std::size_t start = i;
    while (i < text.size() && is_word_byte(text[i]) && text[i] != '.') ++i;
    if (!out.empty()) out += ' ';
    for (std::size_t k = start; k < i; ++k) {
      const char ch = text[k];
      out += ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
    }
    ++words;
  }
  return out;
}

// Whether lower-case `text` holds a word of lexicon class `cls` (whose entries are single words,
// matched whole: "since", not "sincere"), between bytes other than ASCII letters and digits.
bool holds_word(std::string_view text, std::string_view cls) {
  auto letter = [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
  };
  std::size_t at = 0;
  while (at < text.size()) {
    while (at < text.size() && !letter(text[at])) ++at;
    const std::size_t start = at;
    while (at < text.size() && letter(text[at])) ++at;
    if (at > start && lexicon::find(cls, text.substr(start, at - start))) return true;
  }
  return false;
}

// The first `n` bytes of `text` from `at`, lower case; empty when they run past its end.
std::string lower_slice(std::string_view text, std::size_t at, std::size_t n) {
  if (n == 0 || at + n > text.size()) return {};
  std::string out(text.substr(at, n));
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

// Whether a sentence opens with a whole phrase of "implied-back" ("This contraction", "The
// move"; not "Thistle"): its first 12 bytes are read, so a phrase must be shorter than that.
bool opens_back(std::string_view text, const ByteSpan& sentence) {
  const std::string opening = lower_slice(text, sentence.begin, 12);
  const auto back = lexicon::entries("implied-back");
  return std::any_of(back.begin(), back.end(), [&](const lexicon::Entry& e) {
    return opening.starts_with(e.word) && opening.size() > e.word.size() &&
           opening[e.word.size()] == ' ';
  });
}

// Whether `sentence` holds a word of lexicon class "change-respectively" anywhere, in any case.
bool pairs_by_order(std::string_view sentence) {
  for (const lexicon::Entry& e : lexicon::entries("change-respectively")) {
    const std::string_view w = e.word;
    for (std::size_t at = 0; at + w.size() <= sentence.size(); ++at) {
      std::size_t k = 0;
      while (k < w.size()) {
        const char ch = sentence[at + k];
        if ((ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch) != w[k]) break;
        ++k;
      }
      if (k == w.size()) return true;
    }
  }
  return false;
}

}  // namespace

void find_leads(std::string_view text, const std::vector<Sentence>& sentences,
                std::vector<Claim>& claims) {
  // Claims are in text order; the figures of one sentence are gathered once, sorted.
  std::vector<ByteSpan> figures;
  std::string gap;
  std::size_t figures_of = sentences.size();
  std::size_t respectively_of = sentences.size();
  bool respectively = false;  // whether sentence `respectively_of` pairs lists by position
  static const Phrases kTotal = phrases("lead-total");
  static const Phrases kRestates = phrases("lead-restates");
  static const Phrases kAnother = phrases("lead-another");
  static const Phrases kAt = phrases("lead-at");
  static const Phrases kRemaining = phrases("lead-remaining");
  static const Phrases kBracketed = phrases("lead-bracketed");
  static const Phrases kDefinite = phrases("lead-definite");
  for (std::size_t ci = 0; ci < claims.size(); ++ci) {
    Claim& c = claims[ci];
    if (c.sentence >= sentences.size()) continue;
    // What the sentence says of the one before it, for every claim (a change statement's values
    // may be all it has).
    const ByteSpan sentence = sentences[c.sentence].span;
    if (c.sentence != respectively_of) {
      respectively_of = c.sentence;
      respectively = pairs_by_order(text.substr(sentence.begin, sentence.size()));
    }
    c.refers_back = opens_back(text, sentence);
    c.respectively = respectively;
    if (c.new_value && c.new_value->span.begin > sentence.begin) {
      c.since =
          holds_word(lower_slice(text, sentence.begin, c.new_value->span.begin - sentence.begin),
                     "implied-since");
    }
    if (c.quantities.empty()) continue;
    if (c.sentence != figures_of) {
      figures_of = c.sentence;
      figures.clear();
      for (std::size_t k = ci; k < claims.size() && claims[k].sentence == c.sentence; ++k) {
        for (const Quantity& q : claims[k].quantities) figures.push_back(q.span);
      }
      std::sort(figures.begin(), figures.end(),
                [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
    }
    const ByteSpan first = c.quantities.front().span;
    std::size_t from = sentence.begin;
    // Only figures ending within kGap of this one matter, and a figure is at most kLongest bytes:
    // a binary search keeps a sentence of thousands of figures (a one-line table) linear.
    constexpr std::size_t kLongest = 256;
    const std::size_t reach = first.begin > kGap + kLongest ? first.begin - kGap - kLongest : 0;
    auto f = std::lower_bound(figures.begin(), figures.end(), reach,
                              [](const ByteSpan& a, std::size_t at) { return a.begin < at; });
    for (; f != figures.end() && f->begin < first.begin; ++f) {
      if (f->end <= first.begin) from = std::max(from, f->end);
    }
    if (first.begin > from + kGap) from = first.begin - kGap;
    if (first.begin > from && first.begin <= text.size()) {
      tokens(text.substr(from, first.begin - from), gap);
      if (closes_after(text, first.end) && has_phrase(gap, kBracketed, true)) {
        c.lead = Lead::kBracketed;
      } else if (has_phrase(gap, kTotal, true)) {
        c.lead = Lead::kTotal;
      } else if (has_phrase(gap, kRemaining, true)) {
        c.lead = Lead::kRemaining;
      } else if (has_phrase(gap, kRestates, false)) {
        c.lead = Lead::kRestates;
      } else if (has_phrase(gap, kAnother, false)) {
        c.lead = Lead::kAnother;
      } else if (has_phrase(gap, kAt, true)) {
        c.lead = Lead::kAt;
      } else if (reached(gap)) {
        c.lead = Lead::kReached;
      }
      c.definite = definite(gap, kDefinite);
    }
    const bool lone_percent = c.kind == ClaimKind::kPercent && c.quantities.front().unit == "%";
    if ((c.kind == ClaimKind::kCount || lone_percent) && c.quantities.size() == 1) {
      c.counted = words_after(text, first.end);
    }
  }
}

}  // namespace factcheck::detail
