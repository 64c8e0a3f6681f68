// Numbers in text that are not figures: a label's number ("Route 66", "Invoice XYZ 1999"), a
// time of day ("4.30pm", "at 11 o'clock"), an ordinal ("21st-century"), a phone number, a
// version ("v2.3.1", "4.2.1") and bytes of a web address ("q=sale%2050%25off"). The scanner and
// the dates ask here before they read a number as a quantity or a year.
#include <algorithm>
#include <array>

#include "internal.h"
#include "lexicon.h"

namespace factcheck::detail {

namespace {

bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }

// The word ending just before `end` (letters and a stop, as "No."), and where it begins; spaces
// between it and `end` are skipped.
std::string_view word_before(std::string_view text, std::size_t floor, std::size_t end,
                             std::size_t& begin) {
  while (end > floor && text[end - 1] == ' ') --end;
  begin = end;
  if (begin > floor && text[begin - 1] == '.') --begin;
  while (begin > floor && is_letter(text[begin - 1])) --begin;
  return text.substr(begin, end - begin);
}

// The word of letters that starts after spaces from `begin`.
std::string_view next_word(std::string_view text, std::size_t begin, std::size_t end) {
  while (begin < end && text[begin] == ' ') ++begin;
  std::size_t k = begin;
  while (k < end && is_letter(text[k])) ++k;
  return text.substr(begin, k - begin);
}

// A noun that names a thing by its number: "Chapter 11", "Route 66", "No. 2004".
bool is_label_noun(std::string_view word) {
  if (lexicon::find("not-figure-label", word) != nullptr) return true;
  // "Gates 12 and 14", "Take Exits 3 and 4": a label noun's plural (not-figure-label-plural),
  // capitalised as a name is, so "exits" in running text stays a word.
  if (!word.empty() && word[0] >= 'A' && word[0] <= 'Z') {
    for (const lexicon::Entry& e : lexicon::entries("not-figure-label-plural")) {
      if (word.size() > e.word.size() + 2 && word.ends_with(e.word) &&
          is_label_noun(word.substr(0, word.size() - e.word.size()))) {
        return true;
      }
    }
  }
  const lexicon::Entry* cased = lexicon::find("not-figure-label-cased", word);
  return cased != nullptr && cased->word == word;
}

// A code of capitals: "XYZ", "AB".
bool is_code(std::string_view word) {
  if (word.size() < 2) return false;
  for (char c : word) {
    if (!(c >= 'A' && c <= 'Z')) return false;
  }
  return true;
}

// Whether the number at `begin` follows a code's noun and a copula or a colon: "the code is
// 4821", "PIN: 0000", "ref: 20931".
bool is_code_value(std::string_view text, std::size_t floor, std::size_t begin) {
  std::size_t k = begin;
  while (k > floor && text[k - 1] == ' ') --k;
  std::size_t w = 0;
  if (k > floor && text[k - 1] == ':') {
    --k;
  } else {
    const std::string_view copula = word_before(text, floor, k, w);
    if (copula.empty() || lexicon::find("not-figure-copula", copula) == nullptr) return false;
    k = w;
  }
  const std::string_view noun = word_before(text, floor, k, w);
  return !noun.empty() && lexicon::find("not-figure-code", noun) != nullptr;
}

// Whether the number at [begin, end) is a house number: capitalised words and a street's word
// follow ("12 High Street"), then the clause ends or a function word comes; a noun after the
// street makes it a name in a count ("5 Wall Street banks").
bool is_house_number(std::string_view text, ByteSpan sentence, std::size_t end) {
  std::size_t i = end;
  // "221B Baker Street": a house number may end in one capital letter.
  if (i + 1 < sentence.end && text[i] >= 'A' && text[i] <= 'Z' && text[i + 1] == ' ') ++i;
  for (int words = 0; words < 4; ++words) {
    if (i >= sentence.end || text[i] != ' ') return false;
    const std::string_view word = next_word(text, i, sentence.end);
    if (word.empty() || !(word[0] >= 'A' && word[0] <= 'Z')) return false;
    i = static_cast<std::size_t>(word.data() - text.data()) + word.size();
    if (words == 0 || lexicon::find("not-figure-street", word) == nullptr) continue;
    if (i < sentence.end && text[i] == '.') ++i;  // "St."
    const std::string_view after = next_word(text, i, sentence.end);
    return after.empty() || (i < sentence.end && text[i] == ',') ||
           lexicon::find("not-unit", after) != nullptr;
  }
  return false;
}

}  // namespace

bool is_label_number(std::string_view text, std::size_t floor, std::size_t begin) {
  if (begin == floor || text[begin - 1] != ' ') return false;
  std::size_t w = 0;
  const std::string_view word = word_before(text, floor, begin, w);
  if (word.empty()) return false;
  if (is_label_noun(word)) return true;
  // "Sizes 8 to 16", "Gates 4 and 5": the second number of a pair a label noun opens
  // (not-figure-label-join between them).
  std::size_t w2 = 0;
  if (is_digit(text[begin]) && lexicon::find("not-figure-label-join", word) != nullptr) {
    std::size_t k = w;
    while (k > floor && text[k - 1] == ' ') --k;
    const std::size_t digits_end = k;
    while (k > floor && is_digit(text[k - 1])) --k;
    return k < digits_end && k > floor && text[k - 1] == ' ' &&
           is_label_noun(word_before(text, floor, k, w2));
  }
  // "Invoice XYZ 1999": a code after a label noun.
  return is_code(word) && is_label_noun(word_before(text, floor, w, w2));
}

bool in_web_address(std::string_view text, ByteSpan sentence, ByteSpan span) {
  std::size_t b = span.begin, e = span.end;
  while (b > sentence.begin && text[b - 1] != ' ') --b;
  while (e < sentence.end && text[e] != ' ') ++e;
  for (std::size_t k = b; k + 2 < e; ++k) {
    if (text[k] == '%' && is_hex(text[k + 1]) && is_hex(text[k + 2])) return true;
  }
  // A path after a host: "example.com/2024/05/story", a stop and a letter before the first
  // slash, which comes before the number.
  const std::string_view word = text.substr(b, span.begin - b);
  const std::size_t slash = word.find('/');
  if (slash == std::string_view::npos) return false;
  const std::size_t dot = word.substr(0, slash).rfind('.');
  return dot != std::string_view::npos && dot + 1 < slash && is_letter(word[dot + 1]);
}

bool is_not_figure(std::string_view text, ByteSpan sentence, ByteSpan number) {
  const std::size_t b = number.begin, e = number.end, end = sentence.end;
  auto at = [&](std::size_t i) { return i < end ? text[i] : '\0'; };
  // An ordinal: "21st-century", "the 19th", "3rd".
  if (lexicon::find("ordinal-suffix", text.substr(e, std::min<std::size_t>(2, end - e))) &&
      !is_letter(at(e + 2))) {
    return true;
  }
  // A rating: "a 5-star hotel", "a 3-bedroom flat" is a count, "5-star" a grade
  // (not-figure-rating after a hyphen).
  if (at(e) == '-') {
    std::size_t k = e + 1;
    while (k < end && is_letter(text[k])) ++k;
    if (k > e + 1 && lexicon::find("not-figure-rating", text.substr(e + 1, k - e - 1))) return true;
  }
  // A code padded with zeros: "INV-2024-0093", "007"; a figure never starts "00" or "0" and a
  // digit, save a year's two digits ("'05") or a day ("05 June"), which have two digits only.
  if (e - b >= 3 && text[b] == '0' && is_digit(at(b + 1))) return true;
  // A version: "4.2.1", a second stop and digit after the decimals.
  if (at(e) == '.' && is_digit(at(e + 1))) return true;
  // A time of day: "4 pm", "6am", "4.30pm", "10 p.m.", "11 o'clock", "1200 GMT".
  std::size_t i = e;
  if (at(i) == ' ') ++i;
  const std::string after =
      lower(text.substr(i, std::min<std::size_t>(12, end - std::min(i, end))));
  for (const lexicon::Entry& clock : lexicon::entries("not-figure-clock")) {
    if (after.starts_with(clock.word) && !is_letter(at(i + clock.word.size()))) return true;
  }
  if (in_web_address(text, sentence, number)) return true;
  // A hashtag or a rank: "#42", "TikTok #1".
  if (b > sentence.begin && text[b - 1] == '#') return true;
  const std::string_view written = text.substr(b, e - b);
  std::size_t w = 0, w2 = 0;
  const std::string_view before = word_before(text, sentence.begin, b, w);
  // A ZIP code after a state: "Austin, TX 78701".
  if (e - b == 5 && is_code(before) && lexicon::find("not-figure-state", before) &&
      word_before(text, sentence.begin, w, w2).empty() && w2 > sentence.begin &&
      text[w2 - 1] == ',') {
    return true;
  }
  // A serial inside a code of capitals, digits and hyphens: "CVE-2024-1234", "X7-4410-B".
  if (b >= sentence.begin + 2 && text[b - 1] == '-' && is_digit(text[b - 2])) {
    std::size_t r = b - 1;
    while (r > sentence.begin && text[r - 1] != ' ') --r;
    std::size_t caps = r, capitals = 0;
    for (; caps < b && ((text[caps] >= 'A' && text[caps] <= 'Z') || is_digit(text[caps])); ++caps) {
      capitals += text[caps] >= 'A' && text[caps] <= 'Z';
    }
    if (caps - r >= 2 && capitals > 0 && text[caps] == '-') return true;
  }
  // A number in a chain of three or more groups joined by hyphens: "978-3-16-148410-0" (an
  // ISBN), "12-4410-77"; a range joins two.
  {
    std::size_t cb = b, ce = e;
    while (cb > sentence.begin && (is_digit(text[cb - 1]) || text[cb - 1] == '-')) --cb;
    while (ce < end && (is_digit(text[ce]) || text[ce] == '-')) ++ce;
    int groups = 0;
    for (std::size_t k = cb; k < ce; ++k) {
      groups += is_digit(text[k]) && (k == cb || text[k - 1] == '-');
    }
    if (groups >= 3 && std::count(text.begin() + static_cast<std::ptrdiff_t>(cb),
                                  text.begin() + static_cast<std::ptrdiff_t>(ce), '-') >= 2) {
      return true;
    }
  }
  // A plan's or a statute's section: "401(k)", "501(c)(3)", "fas 123 ( r )" in tokenised
  // filings; a figure's footnote ("9,517.7 ( a )") has separators or a currency.
  if (std::all_of(text.begin() + static_cast<std::ptrdiff_t>(b),
                  text.begin() + static_cast<std::ptrdiff_t>(e), is_digit)) {
    std::size_t k = e;
    auto skip = [&] {
      while (k < end && text[k] == ' ') ++k;
    };
    skip();
    if (at(k) == '(') {
      ++k;
      skip();
      if (is_letter(at(k)) && !is_letter(at(k + 1))) {
        ++k;
        skip();
        if (at(k) == ')') return true;
      }
    }
  }
  // A code's value after a copula or a colon: "your PIN is 4821", "ref: 20931".
  if (is_code_value(text, sentence.begin, b)) return true;
  // A house number: "at 12 High Street", "lives at 4 Mill Lane."
  if (is_house_number(text, sentence, e)) return true;
  // An emergency number dialled or named: "call 999", "a 911 call".
  if (lexicon::find("not-figure-emergency", written) &&
      (lexicon::find("not-figure-dial", before) ||
       lexicon::find("not-figure-calling", next_word(text, e, end)))) {
    return true;
  }
  // A phone number: three groups of two digits or more, nine digits in all (or two groups of ten
  // digits), parted by single spaces or dashes and starting with "+", "0" or a bracket: "020 7946
  // 0321", "+44 20 7946 0958", "(555) 012-3456", "+1 (212) 555-0100", "07700 900123".
  std::size_t pb = b, pe = e;
  auto phone_char = [&](char c) {
    return is_digit(c) || c == ' ' || c == '-' || c == '(' || c == ')' || c == '+';
  };
  while (pb > sentence.begin && phone_char(text[pb - 1])) --pb;
  while (pe < end && phone_char(text[pe])) ++pe;
  while (pb < b && text[pb] == ' ') ++pb;
  while (pe > e && !is_digit(text[pe - 1])) --pe;
  if (pb >= pe || !(text[pb] == '+' || text[pb] == '0' || text[pb] == '(')) return false;
  // The groups stand apart from figures: "00 100.00 100" in a table is three figures.
  if (!std::all_of(text.begin() + static_cast<std::ptrdiff_t>(b),
                   text.begin() + static_cast<std::ptrdiff_t>(e), phone_char) ||
      (pb > sentence.begin && (text[pb - 1] == '.' || text[pb - 1] == ',')) ||
      (pe < end && (text[pe] == '.' || text[pe] == ',') && is_digit(at(pe + 1)))) {
    return false;
  }
  int digits = 0, groups = 0, run = 0, brackets = 0;
  for (std::size_t k = pb; k <= pe; ++k) {
    if (k < pe && is_digit(text[k])) {
      ++run;
      ++digits;
      continue;
    }
    if (run > 0 && run < 2 && !(groups == 0 && text[pb] == '+')) return false;  // "+1" leads
    groups += run > 0;
    run = 0;
    if (k < pe && (text[k] == '(' || text[k] == ')')) ++brackets;
    if (k + 1 < pe && !is_digit(text[k]) && !is_digit(text[k + 1]) &&
        !(text[k] == ')' && text[k + 1] == ' ') && !(text[k] == ' ' && text[k + 1] == '(')) {
      return false;  // two separators in a row: "( 12 ) ( 34 )" is a table, not a number
    }
  }
  // Two groups are a number only when long, as a mobile's: "07700 900123".
  return ((digits >= 9 && groups >= 3) || (digits >= 10 && groups == 2)) && brackets <= 2;
}

}  // namespace factcheck::detail
