// Claim kind: enumerations, a stated count before the set it counts.
//
// "its five-model suite (BLOOM, Falcon, LLaMA, Mistral, and Mixtral)", "the four partners (A,
// B, C, D and E)", "three markets: France, Spain and Italy", "two rivals, Acme and Brill".
// The enumeration-count check compares `count` with `items`. The list must be the whole set,
// so lists that say they are partial ("three rivals (including A and B)") are left alone, and
// time spans are not counts of a list ("in three years, Acme and Brill ...").
#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <string>

#include "extractor/internal.h"
#include "extractor/lexicon.h"
#include "extractor/pattern.h"

namespace factcheck::detail {

namespace {

// One space as typeset: ASCII, NBSP, narrow NBSP, thin space.
// A hyphen or dash joining a count to its noun: "five-model", "five‑model" (U+2011).
#define FC_DASH R"((?:-|\xE2\x80[\x90-\x95]))"
// A dash that sets off a clause, spaces around it: "-", "--", en dash, em dash.
#define FC_LONG_DASH R"((?:--?|\xE2\x80[\x93\x94]))"

// The stated count: a number word to ninety-nine (numbers.tsv's tens-word, digit-word and
// number-word; read_match leaves out those below two), or digits not part of a bigger figure.
std::string count_regex() {
  using lexicon::alternation;
  return "(?<n>(?<![A-Za-z])(?i:" + alternation({"tens-word"}) + "(?:(?:-|\\xE2\\x80\\x91)" +
         alternation({"digit-word"}) + ")?|" + alternation({"number-word"}) +
         ")(?![A-Za-z])|(?<![\\w.,$])\\d{1,2}(?![\\d.,%]))";
}
// What is counted: one to three words ("model suite", "partners", "big markets").
constexpr std::string_view kNoun =
    R"((?<noun>[A-Za-z][A-Za-z'\-]*(?:)" FC_SP R"(+[A-Za-z][A-Za-z'\-]*){0,2}))";
// One item of a list of names: capitalised words, "AT&T", "Procter & Gamble", "Bank of Italy",
// joined by enumeration.tsv's enum-name-join words ("of", "de", "&") as written.
std::string name_item() {
  return R"((?:[A-Z\xC3-\xF4](?:[\w&'\-\x80-\xBF]|\.(?=\w))*(?:)" FC_SP "+(?:" +
         lexicon::alternation({"enum-name-join"}, lexicon::Bound::kNone) +
         R"(|[A-Z\xC3-\xF4](?:[\w&'\-\x80-\xBF]|\.(?=\w))*)){0,4}))";
}
// One item of a list after a colon, which may be lower case: "retail, wholesale and online".
// An item may not open a clause ("Halden, which is the capital, ...").
#define FC_ITEM_WORD R"([\w\xC3-\xF4](?:[\w&'\-\x80-\xBF]|\.(?=\w))*)"
// The words that open a clause are enumeration.tsv's enum-clause-open, as written.
std::string item_open() {
  return "(?!" + lexicon::alternation({"enum-clause-open"}, lexicon::Bound::kNone) + "\\b)";
}
std::string any_item() {
  return item_open() + "(?:" FC_ITEM_WORD "(?:" FC_SP "+" FC_ITEM_WORD "){0,3})";
}
// After "There are two:", whose count and colon mark a list, an item may run to six words ("the
// old gasworks at Kent Street").
std::string long_item() {
  return item_open() + "(?:" FC_ITEM_WORD "(?:" FC_SP "+" FC_ITEM_WORD "){0,5})";
}
// The ending of a participle ("founded", "opened"): enum-participle-ending, as written.
std::string participle_ending() {
  return lexicon::alternation({"enum-participle-ending"}, lexicon::Bound::kNone);
}
// Items of a list set off by dashes that may run to twelve words: the first opens with a
// determiner (enumeration.tsv's enum-item-determiner), the others with no word that opens a
// clause or a participle phrase (enum-long-item-open, or a word with an enum-participle-ending), so
// "a cycle lane on the ring road, a bus gate outside the station and free parking at the depot" is
// a list and "all founded in the 1990s and sold in 2010" is not.
std::string long_dash_list() {
  // A word, letters beyond ASCII anywhere in it ("café").
  const std::string word = R"([\w\x80-\xF4](?:[\w&'\-\x80-\xF4]|\.(?=\w))*)";
  const std::string more = "(?:" FC_SP "+" + word + "){0,11}";
  const std::string first =
      "(?i:" + lexicon::alternation({"enum-item-determiner"}) + ")" FC_SP "+" + word + more;
  const std::string next = item_open() + "(?!(?i:" + lexicon::alternation({"enum-long-item-open"}) +
                           R"()\b)(?![A-Za-z]+)" + participle_ending() + R"(\b))" + word + more;
  return first + "(?:," FC_SP "*" + next + ")*,?" FC_SP "+" +
         lexicon::alternation({"enum-list-and"}, lexicon::Bound::kNone) + FC_SP "+" + next;
}
#undef FC_ITEM_WORD
// What may follow the noun before a list set off by dashes or a lead line's colon: a participle
// and a phrase a preposition opens ("new stations opened during the year - A, B, C and D -",
// "wards covered by the new scheme - ...", "four markets for its chilled range:"); the
// prepositions are enumeration.tsv's enum-trail-preposition, as written.
std::string trail() {
  return R"((?:\x20[a-z]+)" + participle_ending() + R"()?(?:\x20)" +
         lexicon::alternation({"enum-trail-preposition"}, lexicon::Bound::kNone) +
         R"((?:\x20[a-z][\w'-]*){1,4})?)";
}
// A list without brackets ends at punctuation: in "15 stores, Tesco and Asda said" the names
// are the sentence's subject, not the stores.
constexpr std::string_view kListEnd = R"((?=)" FC_SP R"(*(?:[.,;:)]|\xE2\x80[\x93\x94]|$)))";
// "A, B and C", "A, B, or C", "A & B": items, commas, and a final enum-list-and or enum-list-or
// word, as written.
std::string list_of(const std::string& i) {
  return i + "(?:," FC_SP "*" + i + ")*,?" FC_SP "+" +
         lexicon::alternation({"enum-list-and", "enum-list-or"}, lexicon::Bound::kNone) +
         FC_SP "+" + i;
}

// "A, B and C" only: set off by dashes, "A or B" offers a choice of members, not the set ("one
// of the four banks - A or B - will be sold").
std::string list_and(const std::string& i) {
  return i + "(?:," FC_SP "*" + i + ")*,?" FC_SP "+" +
         lexicon::alternation({"enum-list-and"}, lexicon::Bound::kNone) + FC_SP "+" + i;
}

// "of" before a count's noun: "two of the five" counts a part, not a set (enum-part-of).
std::string not_part_of() {
  return "(?!" + lexicon::alternation({"enum-part-of"}, lexicon::Bound::kNone) + "\\b)";
}

struct EnumerationPatterns {
  // "five-model suite (A, B, C, D and E)", "four partners (A, B, C and D)".
  // The noun may name what the set belongs to: "two bidders for the Ashcombe shopping centre
  // (A, B and C)"; with no noun ("three in the league (A, B, C and D)") the bracket may list
  // what the place holds.
  Pattern parenthesis{
      "enumeration: count (list)",
      count_regex() + "(?:" FC_DASH "|" FC_SP "+)(?!(?i:" +
          lexicon::alternation({"enum-bracket-preposition"}, lexicon::Bound::kNone) + ")\\x20)" +
          std::string(kNoun) + "(?:\\x20" +
          lexicon::alternation({"enum-bracket-preposition"}, lexicon::Bound::kNone) + "\\x20" +
          lexicon::alternation({"enum-bracket-determiner"}, lexicon::Bound::kNone) +
          R"((?:\x20[A-Za-z][\w'-]*){1,3})?)" + FC_SP R"(*\((?<list>[^()\n]{3,400})\))"};
  // "three markets: France, Spain and Italy".
  Pattern colon{"enumeration: count: list", count_regex() + "(?:" FC_DASH "|" FC_SP "+)" +
                                                std::string(kNoun) + FC_SP "*:" FC_SP "*(?<list>" +
                                                list_of(name_item()) + "|" + list_of(any_item()) +
                                                ")" + std::string(kListEnd)};
  // "The four agencies under review - housing, roads and waste - will report": a list set off by
  // dashes, which may be lower case, closed by a second dash or the sentence's end. A count
  // joined to its noun ("a six-cylinder engine - the A, B and C") describes one thing, not the
  // set the dashes list.
  Pattern dashes{"enumeration: count - list -",
                 count_regex() + FC_SP "+" + not_part_of() + std::string(kNoun) + trail() +
                     FC_SP "+" FC_LONG_DASH FC_SP "+(?<list>" + list_and(any_item()) +
                     ")(?:" FC_SP "+" FC_LONG_DASH FC_SP "|(?=" FC_SP "*(?:[.;]|$)))"};
  // The same with items of up to twelve words (long_dash_list()), closed by a second dash: "Three
  // new schemes - a cycle lane on the ring road, a bus gate outside the station and a
  // park-and-ride site at Hollins Cross - will open".
  Pattern dashes_long{"enumeration: count - long list -",
                      count_regex() + FC_SP "+" + not_part_of() + std::string(kNoun) + trail() +
                          FC_SP "+" FC_LONG_DASH FC_SP "+(?<list>" + long_dash_list() +
                          ")" FC_SP "+" FC_LONG_DASH FC_SP};
  // "There are two: Arden, Blakely and Corvin": no noun after the count, which a verb of being
  // introduces.
  Pattern bare{"enumeration: are count: list",
               "(?i:(?<![A-Za-z])" +
                   lexicon::alternation({"enum-bare-verb"}, lexicon::Bound::kNone) + FC_SP "+)" +
                   count_regex() + "(?<noun>)" FC_SP "*:" FC_SP "*(?<list>" + list_of(name_item()) +
                   "|" + list_of(long_item()) + ")" + std::string(kListEnd)};
  // A lead line ending in a colon, its count and noun the last before the colon: "It sells in
  // three markets:" (the items are the bulleted lines after it).
  Pattern lead{"enumeration: count: (lines)", count_regex() + "(?:(?:" FC_DASH "|" FC_SP "+)" +
                                                  not_part_of() + std::string(kNoun) + trail() +
                                                  ")?" FC_SP "*:" FC_SP "*$"};
  // "two rivals, Acme and Brill"; "three plants, in Ohio, Texas and Utah" (a preposition of
  // enum-trail-preposition first, but no month or weekday after it: "three goals, in March and
  // April" names when, not what).
  Pattern comma{"enumeration: count, list",
                count_regex() + "(?:" FC_DASH "|" FC_SP "+)" + std::string(kNoun) +
                    "," FC_SP "+(?:" +
                    lexicon::alternation({"enum-trail-preposition"}, lexicon::Bound::kNone) +
                    FC_SP "+(?!(?i:" + lexicon::alternation({"month", "weekday"}) +
                    ")\\b))?(?<list>" + list_of(name_item()) + ")" + std::string(kListEnd)};
  // A parenthesis that names only some of the set.
  Pattern partial{"enumeration: partial list",
                  "(?i:" + lexicon::alternation({"enum-partial"}) + ")"};
};

#undef FC_DASH
#undef FC_LONG_DASH

const EnumerationPatterns& patterns() {
  static const EnumerationPatterns p;
  return p;
}

// "five" -> 5, "twenty-one" -> 21, "12" -> 12.
int count_value(std::string_view text) {
  if (!text.empty() && std::isdigit(static_cast<unsigned char>(text[0]))) {
    int v = 0;
    for (char c : text) v = v * 10 + (c - '0');
    return v;
  }
  // Numbers in words are numbers.tsv's: "twenty" and a digit word after a hyphen, or one word.
  std::string w = lower(text);
  int value = 0;
  for (const lexicon::Entry& tens : lexicon::entries("tens-word")) {
    if (w.starts_with(tens.word)) {
      value = static_cast<int>(lexicon::number(tens.value));
      w = w.substr(tens.word.size());
      break;
    }
  }
  // What is left after the tens: "", "-one" or "\u2011one".
  std::size_t letter = w.find_first_of("abcdefghijklmnopqrstuvwxyz");
  if (letter != std::string::npos) w = w.substr(letter);
  for (std::string_view cls : {"number-word", "digit-word"}) {
    if (const lexicon::Entry* e = lexicon::find(cls, w)) {
      return value + static_cast<int>(lexicon::number(e->value));
    }
  }
  return value;
}

// Words that count time or scale, not the members of a list.
bool is_measure(std::string_view noun) {
  std::string first = lower(noun.substr(0, noun.find_first_of(" \t\xC2\xE2")));
  if (first.size() > 1 && first.back() == 's') first.pop_back();
  return lexicon::find("enum-measure", first) != nullptr;
}

bool is_space(char c) { return c == ' ' || c == '\t'; }

ByteSpan trim(std::string_view text, ByteSpan span) {
  while (span.begin < span.end && is_space(text[span.begin])) ++span.begin;
  while (span.end > span.begin && is_space(text[span.end - 1])) --span.end;
  return span;
}

// The words joining a list's last item (enum-list-and, enum-list-or: "and", "or", "&").
const std::vector<std::string_view>& list_joins() {
  static const std::vector<std::string_view> kJoins =
      lexicon::words({"enum-list-and", "enum-list-or"});
  return kJoins;
}

// Drops a leading "and ", "or " or "& " from an item: the Oxford comma's last item.
ByteSpan drop_conjunction(std::string_view text, ByteSpan span) {
  for (std::string_view word : list_joins()) {
    if (text.substr(span.begin, word.size()) == word && span.begin + word.size() < text.size() &&
        text[span.begin + word.size()] == ' ')
      return trim(text, {span.begin + word.size() + 1, span.end});
  }
  return span;
}

// The items of text[list): split at commas and semicolons, and the last piece at its last
// " and " or " or " when no comma came before the conjunction ("A, B and C").
std::vector<ByteSpan> split_items(std::string_view text, ByteSpan list) {
  std::vector<ByteSpan> items;
  std::size_t start = list.begin;
  for (std::size_t i = list.begin; i <= list.end; ++i) {
    if (i == list.end || text[i] == ',' || text[i] == ';') {
      ByteSpan piece = drop_conjunction(text, trim(text, {start, i}));
      if (!piece.empty()) items.push_back(piece);
      start = i + 1;
    }
  }
  if (items.empty()) return items;
  ByteSpan last = items.back();
  std::string_view s = text.substr(last.begin, last.size());
  std::size_t cut = std::string_view::npos, width = 0;
  for (std::string_view join : list_joins()) {
    const std::string word = " " + std::string(join) + " ";
    std::size_t at = s.rfind(word);
    if (at != std::string_view::npos && (cut == std::string_view::npos || at > cut)) {
      cut = at;
      width = word.size();
    }
  }
  if (cut != std::string_view::npos) {
    items.back() = trim(text, {last.begin, last.begin + cut});
    items.push_back(trim(text, {last.begin + cut + width, last.end}));
  }
  return items;
}

// Whether a bracket of names runs on into a clause: "two of its five libraries (Eastgate,
// Millbrook and Old Town will stay open)" lists the part left, not the five. A name item is
// capitalised; two or more lower-case words of four letters or more after it ("will stay
// open") are a predicate, which a name's short joining words ("of", "de", "plc") never are.
bool holds_clause(std::string_view text, const std::vector<ByteSpan>& items) {
  for (const ByteSpan& item : items) {
    const std::string_view s = text.substr(item.begin, item.size());
    if (s.empty() || !std::isupper(static_cast<unsigned char>(s[0]))) continue;
    int predicate_words = 0;
    std::size_t p = 0;
    while (p < s.size()) {
      std::size_t q = s.find(' ', p);
      if (q == std::string_view::npos) q = s.size();
      const std::string_view w = s.substr(p, q - p);
      if (w.size() >= 4 &&
          std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        ++predicate_words;
      }
      p = q + 1;
    }
    if (predicate_words >= 2) return true;
  }
  return false;
}

// Whether `text` ends in a space and `word`.
bool ends_in_word(std::string_view text, std::string_view word) {
  return text.size() > word.size() && text.ends_with(word) &&
         text[text.size() - word.size() - 1] == ' ';
}

// Whether the words just before `at` are "of" (enum-part-of), "of" and a determiner
// (enum-of-determiner: "of the", "of its") or "of" and an owner's name ("of the council's", "of
// Acme's": a word with an enum-owner-mark ending).
bool after_of(std::string_view text, std::size_t at) {
  const std::size_t from = at > 40 ? at - 40 : 0;
  std::string before = lower(text.substr(from, at - from));
  while (!before.empty() && is_space(before.back())) before.pop_back();
  // An owner: a word ending in 's or s' (ASCII or curly apostrophe), then maybe "the".
  for (const lexicon::Entry& mark : lexicon::entries("enum-owner-mark")) {
    if (before.ends_with(mark.word)) {
      const std::size_t space = before.rfind(' ');
      before.erase(space == std::string::npos ? 0 : space);
      break;
    }
  }
  for (const lexicon::Entry& det : lexicon::entries("enum-of-determiner")) {
    if (ends_in_word(before, det.word)) before.erase(before.size() - det.word.size() - 1);
  }
  for (const lexicon::Entry& of : lexicon::entries("enum-part-of")) {
    if (ends_in_word(before, of.word) || before == of.word) return true;
  }
  return false;
}

// The count of a part before "of the" at `at` ("two of the": 2, "One of its": 1), or 0 when
// none comes before it.
int part_of(std::string_view text, std::size_t at) {
  if (!after_of(text, at)) return 0;
  // The nearest enum-part-of word before `at`, as written.
  std::size_t of = std::string_view::npos;
  for (const lexicon::Entry& e : lexicon::entries("enum-part-of")) {
    const std::size_t here = text.rfind(e.word, at);
    if (here != std::string_view::npos && (of == std::string_view::npos || here > of)) of = here;
  }
  if (of == std::string_view::npos) return 0;
  std::size_t end = of;
  while (end > 0 && is_space(text[end - 1])) --end;
  std::size_t begin = end;
  while (begin > 0 && std::isalnum(static_cast<unsigned char>(text[begin - 1]))) --begin;
  return begin < end ? static_cast<int>(count_value(text.substr(begin, end - begin))) : 0;
}

// The claim for one match of any form, or nothing when it is not a full list.
void read_match(SentenceWork& s, Occupied& occupied, const Pattern& pat, const Match& m,
                bool bracketed, std::vector<Claim>& out) {
  const ByteSpan count_span = m.span(pat.group("n"));
  // "zero", "nil": no count of a list.
  if (std::isalpha(static_cast<unsigned char>(s.text[count_span.begin])) &&
      count_value(s.text.substr(count_span.begin, count_span.size())) < 2) {
    return;
  }
  const ByteSpan list_span = trim(s.text, m.span(pat.group("list")));
  // From the count on: "There are two: A, B and C" is the count's, not the verb's.
  const ByteSpan whole{count_span.begin, m.span().end};
  if (occupied.overlaps(whole)) return;
  // "Six Garments, TW Garments and ..." is a company's name, not six of anything; "three
  // European cities" is three cities.
  const std::string_view noun = m.str(pat.group("noun"));
  const bool name = !noun.empty() && std::isupper(static_cast<unsigned char>(noun[0])) &&
                    std::isupper(static_cast<unsigned char>(s.text[count_span.begin]));
  if (is_measure(noun) || name) return;
  // "Two of the five firms - Halvard and Iona - refused": a list outside brackets after "of the"
  // may name the part ("two") rather than the set counted; which one is not certain.
  if (!bracketed && after_of(s.text, count_span.begin)) return;
  const EnumerationPatterns& p = patterns();
  Match partial;
  if (bracketed && p.partial.find(s.text, list_span.begin, partial, list_span.end)) return;

  std::vector<ByteSpan> items = split_items(s.text, list_span);
  if (items.size() < 2) return;
  // Items with counts of their own ("five hurt - a driver, two passengers and a cyclist") count
  // members in groups, so their number is not the count's.
  if (std::any_of(items.begin(), items.end(), [&](const ByteSpan& item) {
        const std::string_view t = s.text.substr(item.begin, item.size());
        const std::string_view first = t.substr(0, t.find(' '));
        return std::isdigit(static_cast<unsigned char>(t[0])) || count_value(first) > 1;
      })) {
    return;
  }
  if (bracketed && holds_clause(s.text, items)) return;

  // The count's figure: the scanner's when it read one there (money and percent are not
  // counts), else the word itself.
  Quantity count;
  std::optional<std::size_t> scanned;
  auto after =
      std::partition_point(s.quantities.begin(), s.quantities.end(),
                           [&](const Quantity& q) { return q.span.begin < count_span.end; });
  if (after != s.quantities.begin() && std::prev(after)->span.overlaps(count_span)) {
    const Unit& unit = std::prev(after)->unit;
    if (!unit.empty() && unit != "count") return;
    scanned = static_cast<std::size_t>(std::prev(after) - s.quantities.begin());
  }
  if (scanned) {
    count = s.quantities[*scanned];
    s.taken[*scanned] = true;
  } else {
    count.span = count_span;
    count.text = s.text.substr(count_span.begin, count_span.size());
    count.is_word = !std::isdigit(static_cast<unsigned char>(count.text[0]));
    count.decimals = count.is_word ? -1 : 0;
    count.value = count.low = count.high = count_value(count.text);
  }
  count.unit = "count";
  // "two of the five lines (Northern and Central)": a bracket after a part counted "of the"
  // set may list the part as well as the set; only a list the size of the set is surely the
  // set's. After "one of", a list longer than the set cannot be the part, the others or the
  // set ("one of two utilities (A, B and C)"): the set miscounted, when the bracket follows the
  // noun itself (in "one of three bidders for the Arden site (A, B, C and D)" it may list more).
  if (const int part = bracketed ? part_of(s.text, count_span.begin) : 0; part > 0) {
    const auto set = static_cast<std::size_t>(count.value);
    const ByteSpan noun_span = m.span(pat.group("noun"));
    const bool beside =
        !noun.empty() &&
        s.text.substr(noun_span.end, list_span.begin - noun_span.end).find_first_not_of(" (") ==
            std::string_view::npos;
    if (items.size() != set && !(part == 1 && items.size() > set && beside)) {
      return;
    }
  }

  Claim c;
  c.kind = ClaimKind::kEnumeration;
  c.span = whole;
  c.count = static_cast<int>(count.value);
  for (const ByteSpan& item : items) {
    c.items.emplace_back(s.text.substr(item.begin, item.size()));
    c.item_spans.push_back(item);
  }
  c.quantities.push_back(std::move(count));
  s.blocked.push_back(whole);
  occupied.add(whole);
  out.push_back(std::move(c));
}

}  // namespace

void find_enumerations(SentenceWork& s, std::vector<Claim>& out) {
  // Every form opens with a count in digits or words and needs its list's punctuation.
  static const WordSet kCountWords(lexicon::words({"number-word", "tens-word"}));
  if (!s.has_digit && !s.says(kCountWords)) return;
  const std::string_view bytes = s.text.substr(s.span.begin, s.span.size());
  const EnumerationPatterns& p = patterns();
  struct Form {
    const Pattern* pattern;
    char mark;  // the punctuation the form cannot do without
    bool bracketed;
  };
  std::optional<Occupied> occupied;  // built only for a sentence that can hold a list
  Match& m = s.scratch;
  for (Form form : {Form{&p.parenthesis, '(', true}, Form{&p.colon, ':', false},
                    Form{&p.bare, ':', false}, Form{&p.dashes, '\0', false},
                    Form{&p.dashes_long, '\0', false}, Form{&p.comma, ',', false}}) {
    if (form.mark == '\0') {
      // The dashes form: a spaced hyphen, an en dash or an em dash.
      if (bytes.find(" -") == std::string_view::npos &&
          bytes.find("\xE2\x80\x93") == std::string_view::npos &&
          bytes.find("\xE2\x80\x94") == std::string_view::npos) {
        continue;
      }
    } else if (bytes.find(form.mark) == std::string_view::npos) {
      continue;
    }
    // A list outside brackets ends in "and", "or" or "&".
    static const WordSet kJoins(list_joins());
    if (!form.bracketed && !s.says(kJoins) && bytes.find('&') == std::string_view::npos) continue;
    if (!occupied) occupied.emplace(s.blocked);
    std::size_t at = s.span.begin;
    while (at < s.span.end && form.pattern->find(s.text, at, m, s.span.end)) {
      read_match(s, *occupied, *form.pattern, m, form.bracketed, out);
      // Resume after the count, so a count inside a rejected match is tried again.
      at = m.span(form.pattern->group("n")).end;
    }
  }
}

namespace {

// The bytes of a line after its bullet or number ("- ", "* ", "\u2022 ", "1. ", "2) ", "b) "),
// or an empty span when the line has none.
ByteSpan after_bullet(std::string_view text, ByteSpan line) {
  line = trim(text, line);
  const std::string_view l = text.substr(line.begin, line.size());
  std::size_t skip = 0;
  if (l.starts_with("- ") || l.starts_with("* ")) {
    skip = 2;
  } else if (l.starts_with("\xE2\x80\xA2") || l.starts_with("\xE2\x80\x93")) {
    skip = 3;  // a bullet or an en dash
  } else {
    std::size_t i = 0;
    while (i < l.size() && i < 2 && std::isdigit(static_cast<unsigned char>(l[i]))) ++i;
    if (i == 0 && !l.empty() && std::islower(static_cast<unsigned char>(l[0]))) i = 1;
    if (i > 0 && i + 1 < l.size() && (l[i] == '.' || l[i] == ')') && l[i + 1] == ' ') skip = i + 2;
  }
  if (skip == 0) return {line.begin, line.begin};
  return trim(text, {line.begin + skip, line.end});
}

// An item's line without the punctuation that closes it: "France;" -> "France".
ByteSpan without_closing(std::string_view text, ByteSpan span) {
  while (span.end > span.begin && (text[span.end - 1] == ';' || text[span.end - 1] == ',' ||
                                   text[span.end - 1] == '.' || text[span.end - 1] == '\r')) {
    --span.end;
  }
  return trim(text, span);
}

// A line of a labelled list with no bullets: a short label, a colon, a figure ("Labour: 45%").
bool labelled_line(std::string_view text, ByteSpan line) {
  line = trim(text, line);
  if (line.size() > 80) return false;
  const std::string_view l = text.substr(line.begin, line.size());
  const std::size_t colon = l.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  const std::string_view value = l.substr(colon + 1);
  return std::any_of(value.begin(), value.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

void find_line_lists(const Claims& doc, std::vector<Claim>& claims) {
  const std::string_view text = doc.text;
  const EnumerationPatterns& p = patterns();
  Match m;
  std::vector<std::size_t> counts;  // where the counts the lists took begin, in text order
  const std::size_t lines = doc.paragraphs.size();
  for (std::size_t i = 0; i + 1 < lines; ++i) {
    const ByteSpan lead = trim(text, doc.paragraphs[i]);
    // A lead line ends in a colon, or in a question whose answers follow ("Which brand do you
    // buy?"), which only labelled lines can answer.
    if (lead.empty() || (text[lead.end - 1] != ':' && text[lead.end - 1] != '?')) continue;
    const bool question = text[lead.end - 1] == '?';
    // The items: bulleted lines, or failing that lines of a label and a figure, one after another.
    std::vector<ByteSpan> items;
    bool bulleted = true;
    for (std::size_t j = i + 1; j < lines && !question; ++j) {
      const ByteSpan item = after_bullet(text, doc.paragraphs[j]);
      if (item.empty()) break;
      items.push_back(without_closing(text, item));
    }
    if (items.empty()) {
      bulleted = false;
      for (std::size_t j = i + 1; j < lines && labelled_line(text, doc.paragraphs[j]); ++j) {
        items.push_back(without_closing(text, trim(text, doc.paragraphs[j])));
      }
    }
    if (items.size() < 2) continue;
    Claim c;
    c.kind = ClaimKind::kEnumeration;
    c.span = {lead.end - 1, items.back().end};
    // The count and noun the lead line closes with: "It sells in three markets:". Only a
    // bulleted list is counted: a labelled one ("Labour: 45%") lists answers, not members.
    if (bulleted && p.lead.find(text, lead.begin, m, lead.end)) {
      const ByteSpan n = m.span(p.lead.group("n"));
      const std::string_view noun = m.has(p.lead.group("noun")) ? m.str(p.lead.group("noun")) : "";
      if (!is_measure(noun)) {
        Quantity count;
        count.span = n;
        count.text = text.substr(n.begin, n.size());
        count.is_word = !std::isdigit(static_cast<unsigned char>(count.text[0]));
        count.decimals = count.is_word ? -1 : 0;
        count.value = count.low = count.high = count_value(count.text);
        count.unit = "count";
        c.count = static_cast<int>(count.value);
        c.span.begin = n.begin;
        // The figure is this list's count now, not a count claim of its own (removed below, in
        // one pass for all lists).
        counts.push_back(n.begin);
        c.quantities.push_back(std::move(count));
      }
    }
    // A list with no count is kept only as answers with figures ("- By car: 52%"), which the
    // part-whole check adds up; otherwise there is nothing to compare it with.
    const bool answers = std::all_of(items.begin(), items.end(), [&](const ByteSpan& item) {
      return labelled_line(text, item);
    });
    if (c.count == 0 && !answers) continue;
    for (const ByteSpan& item : items) {
      c.items.emplace_back(text.substr(item.begin, item.size()));
      c.item_spans.push_back(item);
    }
    auto sentence =
        std::partition_point(doc.sentences.begin(), doc.sentences.end(),
                             [&](const Sentence& s) { return s.span.end <= c.span.begin; });
    c.sentence = static_cast<std::size_t>(sentence - doc.sentences.begin());
    claims.push_back(std::move(c));
    i += items.size();
  }
  if (counts.empty()) return;
  std::erase_if(claims, [&](const Claim& o) {
    return o.kind == ClaimKind::kCount && o.quantities.size() == 1 &&
           std::binary_search(counts.begin(), counts.end(), o.quantities.front().span.begin) &&
           o.span == o.quantities.front().span;
  });
}

}  // namespace factcheck::detail
