// Quantity::role from the words right around a figure, read once here so the implied-value check
// reads claims and never the text: a percentage that names a change ("a 15% cut", "a 20% price
// rise": lexicon class implied-change-noun within the 24 bytes after it) and an amount a change
// saves, adds or costs ("will save £9m", "add about $14 million": implied-change-verb ending the
// 28 bytes before it, past one hedge; "$45 million less": direction-comparative after it).
#include <string>
#include <string_view>

#include "extractor/internal.h"
#include "extractor/lexicon.h"

namespace factcheck::detail {

namespace {

// Bytes read after a percentage for its change noun, and before and after an amount for the verb
// or comparative that makes it a change's.
constexpr std::size_t kNounAfter = 24;
constexpr std::size_t kVerbBefore = 28;
constexpr std::size_t kComparativeAfter = 6;

// text[begin, end), or nothing when the window runs past the text: a figure at the very end of
// the text has no words after it to read.
std::string_view window(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin >= end || end > text.size()) return {};
  return text.substr(begin, end - begin);
}

// Whether lower-case `s` starts with `lead` and then a word of the lexicon class (a prefix: "cut"
// finds "cuts").
bool starting(std::string_view s, std::string_view cls, std::string_view lead) {
  if (!s.starts_with(lead)) return false;
  const std::string_view rest = s.substr(lead.size());
  for (const lexicon::Entry& e : lexicon::entries(cls)) {
    if (rest.starts_with(e.word)) return true;
  }
  return false;
}

// Whether lower-case `s` ends with a word of the lexicon class and a space: "will save ".
bool ending(std::string_view s, std::string_view cls) {
  for (const lexicon::Entry& e : lexicon::entries(cls)) {
    if (s.size() > e.word.size() && s.back() == ' ' &&
        s.substr(s.size() - e.word.size() - 1, e.word.size()) == e.word) {
      return true;
    }
  }
  return false;
}

// "a 15% cut", "20% price rise".
bool names_change(std::string_view text, const Quantity& p) {
  const std::string after = lower(window(text, p.span.end, p.span.end + kNounAfter));
  return starting(after, "implied-change-noun", " ");
}

// "will save £9m", "add about $14 million", "$45 million less".
bool change_amount(std::string_view text, const Quantity& x) {
  const std::size_t from = x.span.begin >= kVerbBefore ? x.span.begin - kVerbBefore : 0;
  std::string before = lower(window(text, from, x.span.begin));
  const std::string after = lower(window(text, x.span.end, x.span.end + kComparativeAfter));
  for (const lexicon::Entry& hedge : lexicon::entries("hedge")) {
    if (before.size() > hedge.word.size() && before.back() == ' ' &&
        before.compare(before.size() - hedge.word.size() - 1, hedge.word.size(), hedge.word) == 0) {
      before.erase(before.size() - hedge.word.size() - 1);
      break;
    }
  }
  return ending(before, "implied-change-verb") || starting(after, "direction-comparative", " ");
}

}  // namespace

void find_figure_roles(std::string_view text, std::vector<Claim>& claims) {
  for (Claim& c : claims) {
    for (Quantity& q : c.quantities) {
      if (q.unit == "%") {
        if (names_change(text, q)) q.role = FigureRole::kChangeNoun;
      } else if (is_currency(q.unit) || q.unit == "count" || q.unit.empty()) {
        if (change_amount(text, q)) q.role = FigureRole::kChangeAmount;
      }
    }
  }
}

}  // namespace factcheck::detail
