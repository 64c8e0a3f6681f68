// Claim kind: durations, a length of time the article states.
//
// "in just eight weeks", "within two quarters": the scanner reads these as quantities with a
// time unit (day, week, month, quarter, year); those no other claim took become durations,
// their span widened to the preposition that says how the time is meant. "the first month"
// and "its first quarter" count from a start the article names: value 1, and the interval
// [0, 1] months, since anything inside the first month is "in the first month". "the first
// quarter" with no possessive is a calendar quarter, which find_dates has already taken.
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "extractor/internal.h"
#include "extractor/lexicon.h"
#include "extractor/pattern.h"

namespace factcheck::detail {

namespace {

// One space as typeset: ASCII, NBSP, narrow NBSP, thin space.

// The words before a duration that say how it is meant: "in just", "within", "over the past"
// (durations.tsv's duration-lead, -lead-adverb, -lead-article and -lead-order).
std::string lead_regex() {
  using lexicon::alternation;
  return "(?<![A-Za-z])(?i:" + alternation({"duration-lead"}) +
         ")(?:" FC_SP "+(?i:" + alternation({"duration-lead-adverb"}) + "|" +
         alternation({"duration-lead-article"}) +
         "(?:" FC_SP "+(?i:" + alternation({"duration-lead-order"}) + "))?))?" FC_SP "+$";
}

// An ordinal period: "the first month", "its first quarter", "the 3rd year" (ordinals.tsv's
// ordinals; durations.tsv's duration-ordinal-determiner, -adverb, -adjective and -unit).
std::string ordinal_period_regex() {
  using lexicon::alternation;
  return "(?<![A-Za-z])(?i:" + alternation({"duration-ordinal-determiner"}) +
         ")(?:" FC_SP "+(?i:" + alternation({"duration-ordinal-adverb"}) +
         "))?" FC_SP "+(?<o>(?i:" + alternation({"ordinal"}) + ")|\\d{1,2}" +
         alternation({"ordinal-suffix"}) +
         ")(?:" FC_SP "+(?i:" + alternation({"duration-ordinal-adjective"}) +
         "))?" FC_SP "+(?<u>(?i:" + alternation({"duration-ordinal-unit"}) + "))(?![A-Za-z])";
}

// A length of time in words with no figure: "half a year", "a year and a half", "a fortnight",
// "a decade", "a quarter of a century", "a year-long", "a couple of weeks" (two or three), "a year
// and" before the smaller part of a length ("a year and two months", read with that part). The
// units are units.tsv's time units and durations.tsv's multiples; the words of a part
// (duration-half, -quarter), of a few (duration-couple) and "-long" (duration-long) are
// durations.tsv's too.
std::string time_words_regex() {
  using lexicon::alternation;
  const std::string sp = FC_SP "+", join = "(?:" FC_SP "+|-)",
                    unit = alternation({"time-unit", "duration-multiple"}),
                    half = alternation({"duration-half"}),
                    quarter = alternation({"duration-quarter"});
  return "(?<![A-Za-z])(?i:(?<half>(?<hw>" + half + ")(?:" + sp + "|-)an?)" + sp + "(?<u1>" + unit +
         ")" + "|(?<quarter>(?:an?" + sp + ")?(?<qw>" + quarter + ")(?:" + sp + "of" + sp + "an?" +
         sp + "|-)|an?" + sp + "(?<qw2>" + quarter + ")" + sp + ")" + "(?<u3>" + unit + ")|an?" +
         sp + "(?<u2>" + unit + ")" + join + "and" + join + "a" + join + "(?<hw2>" + half +
         ")|an?" + sp + "(?<u5>" + unit + ")-" + alternation({"duration-long"}) + "|(?<couple>an?" +
         sp + "(?<cw>" + alternation({"duration-couple"}) + ")" + sp + "of" + sp + ")(?<u6>" +
         unit + ")|an?" + sp + "(?<u4>" + alternation({"duration-multiple"}) + ")|an?" + sp +
         "(?<u7>" + unit + ")(?=" + sp + "(?:" + alternation({"duration-part-join"}) + ")" + sp +
         "(?<p7>)))(?![A-Za-z])";
}
// The smaller part of a length written in words after its figure: "two years and a month", "3
// years and a half" (duration-part-join, then "a" and a time unit or duration-half); matched at
// the figure's end. Group "u" is the unit, "h" the share.
std::string part_after_regex() {
  using lexicon::alternation;
  return FC_SP "+(?i:" + alternation({"duration-part-join"}) +
         ")" FC_SP "+(?i:an?)" FC_SP "+(?i:(?<u>" + alternation({"time-unit"}) + ")|(?<h>" +
         alternation({"duration-half"}) + "))(?![A-Za-z])";
}
// "age 64", "aged seven", "aged between 18 and 65": the words before a figure that make it an
// age in years.
// "who is 61", "turned 40": a bare number after them is an age too (durations.tsv's
// duration-age-lead; before the word that opens a range, function.tsv's range-opening,
// duration-age-lead-range).
std::string age_lead_regex() {
  return "(?<![A-Za-z])(?i:" + lexicon::alternation({"duration-age-lead-range"}) + FC_SP "+" +
         lexicon::alternation({"range-opening"}) + "|" +
         lexicon::alternation({"duration-age-lead"}) + ")" FC_SP "+$";
}

// "in her 60s", "in his early 70s": an age told as a decade of life.
// "a fifty-something driver": the tens and durations.tsv's duration-age-decade-suffix.
std::string age_decade_regex() {
  return "(?<![A-Za-z])(?:(?i:in)" FC_SP "+(?i:" + lexicon::alternation({"date-possessive"}) +
         ")" FC_SP "+(?:(?<p>(?i:" + lexicon::alternation({"date-part"}) +
         "))(?:-|" FC_SP "+))?(?:(?<d>[1-9]0)(?:'|\\xE2\\x80\\x99)?s|(?<dw>(?i:" +
         lexicon::alternation({"duration-age-decade"}) + ")))|(?i:(?<tw>" +
         lexicon::alternation({"tens-word"}) + ")-" +
         lexicon::alternation({"duration-age-decade-suffix"}) + "))(?![A-Za-z0-9])";
}

struct DurationPatterns {
  Pattern lead{"duration: words before", lead_regex()};
  Pattern ordinal_period{"duration: ordinal period", ordinal_period_regex()};
  Pattern time_words{"duration: time in words", time_words_regex()};
  Pattern age_lead{"duration: age before", age_lead_regex()};
  Pattern age_decade{"duration: decade of life", age_decade_regex()};
  Pattern part_after{"duration: part in words after", part_after_regex()};
};

const DurationPatterns& patterns() {
  static const DurationPatterns p;
  return p;
}

bool is_time_unit(std::string_view unit) { return dimension_of(unit) == Dimension::kTime; }

// How many of the smaller unit make one of the larger, for a length written in two parts
// ("3 years and 4 months"), or 0 when durations.tsv's duration-parts has no such pair (months
// into weeks do not divide evenly).
double parts_per(std::string_view larger, std::string_view smaller) {
  for (const lexicon::Entry& e : lexicon::entries("duration-parts")) {
    const std::vector<std::string_view> f = lexicon::fields(e.value);
    if (e.word == larger && !f.empty() && f[0] == smaller) return lexicon::number(e.value, 1);
  }
  return 0;
}

// A length in words, in its unit and how many: "decades" -> {"year", 10}, "hours" -> {"hour",
// 1}; an empty unit when the word names no length of time.
std::pair<std::string, double> length_unit(std::string_view word) {
  const std::string w = lower(word);
  if (const lexicon::Entry* e = lexicon::find("duration-multiple", w)) {
    const std::vector<std::string_view> f = lexicon::fields(e->value);
    return {std::string(f.empty() ? "" : f[0]), lexicon::number(e->value, 1, 1)};
  }
  return {std::string(lexicon::value("time-unit", w)), 1};
}

// An age's value in years from a length of time: "eleven months" is 11/12 of a year
// (durations.tsv's duration-seconds; a unit not there counts as years).
double years_per(std::string_view unit) {
  const std::string_view seconds = lexicon::value("duration-seconds", unit);
  if (seconds.empty()) return 1;
  return lexicon::number(seconds) / lexicon::number(lexicon::value("duration-seconds", "year"));
}

void scale_quantity(Quantity& q, double factor) {
  q.value *= factor;
  q.low *= factor;
  q.high *= factor;
}

// Where " old", "-old", " olds" or " of age" (durations.tsv's duration-age-after and
// -after-spaced) after a figure ends, or 0 when none follows.
std::size_t old_end(const SentenceWork& s, std::size_t at) {
  std::size_t i = at;
  if (s.text.substr(i, 3) == "\xE2\x80\x91") {
    i += 3;
  } else if (i < s.span.end && (s.text[i] == ' ' || s.text[i] == '-')) {
    ++i;
  } else {
    return 0;
  }
  const bool spaced = s.text[i - 1] == ' ';
  const lexicon::Entry* word = nullptr;
  for (const std::string_view cls : {"duration-age-after", "duration-age-after-spaced"}) {
    for (const lexicon::Entry& e : lexicon::entries(cls)) {
      if (word == nullptr && (spaced || cls == "duration-age-after") &&
          lower(s.text.substr(i, e.word.size())) == lower(e.word)) {
        word = &e;
      }
    }
  }
  if (word == nullptr) return 0;
  i += word->word.size();
  if (i < s.span.end && s.text[i] == 's') ++i;
  if (i < s.span.end && std::isalpha(static_cast<unsigned char>(s.text[i]))) return 0;
  return std::min(i, s.span.end);
}

// Makes a length of time an age in years: "eleven months old", "a 30-year-old".
void make_age(Quantity& q, std::string_view unit) {
  scale_quantity(q, years_per(unit));
  q.unit = "age";
}

// The time unit a scanner's age was written in ("3 months old" -> "month"): it reads them as
// years whatever the unit.
std::string age_unit(std::string_view text) {
  const std::string t = lower(text);
  for (const lexicon::Entry& e : lexicon::entries("time-unit")) {
    if (e.word == e.value && e.word != "year" && t.find(e.word) != std::string::npos) {
      return std::string(e.word);
    }
  }
  return "year";
}

// Where the words that lead into a figure begin ("in just " before "eight weeks"), or the
// figure's own start when none do.
std::size_t lead_begin(const SentenceWork& s, std::size_t figure) {
  constexpr std::size_t kWindow = 40;
  std::size_t from = std::max(s.span.begin, figure > kWindow ? figure - kWindow : 0);
  Match& m = s.scratch;
  if (patterns().lead.find(s.text, from, m, figure)) return m.span().begin;
  return figure;
}

// "within three quarters" is a time, though "three quarters of the stores" is a fraction: the
// scanner reads the words as 75%; after a time preposition and not before "of", they are
// three quarters of a year (durations.tsv's duration-share-period: the unit and how many).
std::optional<Quantity> as_quarters(const SentenceWork& s, const Quantity& q) {
  if (!q.is_word || q.unit != "%") return std::nullopt;
  const lexicon::Entry* period = lexicon::find("duration-share-period", q.text);
  if (period == nullptr) return std::nullopt;
  std::string_view after =
      s.text.substr(q.span.end, std::min<std::size_t>(4, s.span.end - q.span.end));
  if (after.starts_with(" of")) return std::nullopt;
  if (lead_begin(s, q.span.begin) == q.span.begin) return std::nullopt;
  Quantity time = q;
  time.value = time.low = time.high = lexicon::number(period->value, 1);
  time.unit = std::string(lexicon::fields(period->value).front());
  return time;
}

// Where the word that starts at `begin` ends (`begin` itself when no letter is there).
std::size_t word_end(const SentenceWork& s, std::size_t begin) {
  while (begin < s.span.end && std::isalpha(static_cast<unsigned char>(s.text[begin]))) ++begin;
  return begin;
}

// Where the word that ends at `end` begins (`end` itself when no letter is before it).
std::size_t word_start(const SentenceWork& s, std::size_t end) {
  while (end > s.span.begin && std::isalpha(static_cast<unsigned char>(s.text[end - 1]))) --end;
  return end;
}

// The index of the word that starts at `begin` in s.words, or s.words.size().
std::size_t word_at(const SentenceWork& s, std::size_t begin) {
  auto it = std::lower_bound(s.words.begin(), s.words.end(), begin,
                             [](const Word& w, std::size_t pos) { return w.begin < pos; });
  return it != s.words.end() && it->begin == begin ? static_cast<std::size_t>(it - s.words.begin())
                                                   : s.words.size();
}

// Whether the word just before `begin`, past one space, opens a range ("between", function.tsv's
// range-opening), and where that word begins; npos when it does not.
std::size_t range_opening_before(const SentenceWork& s, std::size_t begin) {
  static const WordSet kOpening(lexicon::words({"range-opening"}));
  if (begin < s.span.begin + 2 || s.text[begin - 1] != ' ') return std::string_view::npos;
  const std::size_t w = word_at(s, word_start(s, begin - 1));
  return w < s.words.size() && s.words[w].end + 1 == begin && kOpening.contains(s.words[w].key)
             ? s.words[w].begin
             : std::string_view::npos;
}
bool after_range_opening(const SentenceWork& s, std::size_t begin) {
  return range_opening_before(s, begin) != std::string_view::npos;
}

// Whether the bytes between two figures join them as the ends of a range: "five to seven days",
// "aged 5-14", "between two and three". "and" needs "between" before the first figure.
bool range_gap(const SentenceWork& s, const Quantity& first, const Quantity& second) {
  if (second.span.begin <= first.span.end || second.value <= first.value) return false;
  const std::string gap = lower(s.text.substr(first.span.end, second.span.begin - first.span.end));
  // "18- to 24-year-olds": the first end's hyphen waits for the second's unit; "a
  // three-to-five-year plan" joins with hyphens.
  if (gap == " to " || gap == "- to " || gap == "-to-" || gap == "-" || gap == " - " ||
      gap == "\xE2\x80\x93" || gap == " \xE2\x80\x93 ") {
    return true;
  }
  if (gap != " and ") return false;
  if (after_range_opening(s, first.span.begin)) return true;
  // "between the ages of 5 and 11": durations.tsv's duration-age-range-lead before the first end.
  for (const lexicon::Entry& e : lexicon::entries("duration-age-range-lead")) {
    const std::size_t n = e.word.size() + 1;
    if (first.span.begin >= s.span.begin + n && s.text[first.span.begin - 1] == ' ' &&
        ascii_iequal(s.text.substr(first.span.begin - n, e.word.size()), e.word)) {
      return true;
    }
  }
  return false;
}

// A whole figure with no unit of its own: "five", "14".
bool bare(const Quantity& q) {
  return (q.unit.empty() || q.unit == "count") && q.scale == 1 && !q.is_range;
}

// Makes `high` the range from `low` to it: "five to seven days" is one length of 5 to 7 days.
void join_range(const SentenceWork& s, const Quantity& low, Quantity& high) {
  high.value = (low.value + high.value) / 2;
  high.low = low.low;
  high.span.begin = low.span.begin;
  high.text = s.text.substr(high.span.begin, high.span.size());
  high.is_range = true;
  high.is_word = high.is_word && low.is_word;
}

// Whether a lowercase word names a person by what they do: a word for a person (durations.tsv),
// or a role noun ("miner", "postmaster", "dentist": a person-suffix) after a determiner within
// three words ("the retired postmaster").
bool names_person(const SentenceWork& s, std::size_t wb, std::string_view word) {
  static const WordSet kPersons(lexicon::words({"duration-age-person"})),
      kDeterminers(lexicon::words({"duration-age-determiner"}));
  if (kPersons.contains(word_key(word))) return true;
  if (word.size() < 5 || lexicon::find("time-unit", word) != nullptr) return false;  // "quarter"
  const auto suffixes = lexicon::entries("duration-age-person-suffix");
  if (std::none_of(suffixes.begin(), suffixes.end(),
                   [&](const lexicon::Entry& e) { return word.ends_with(e.word); })) {
    return false;
  }
  const std::size_t i = word_at(s, wb);
  for (std::size_t k = 1; k <= 3 && k <= i && i < s.words.size(); ++k) {
    if (kDeterminers.contains(s.words[i - k].key)) return true;
  }
  return false;
}

// "Jane Smith, 52, said", "the boy, 7, was", "the singer, now 81, still", "the boy, nine,
// was", "Mrs Patel (57) was": a whole number set off by commas (or brackets after a title and a
// name) after a name or a word for a person is that person's age. The sentence's first word, a
// month or a number before the comma make no name ("In March, 12, ..." or a list "5, 7, 9").
bool appositive_age(const SentenceWork& s, const Quantity& q) {
  static const WordSet kLeads(lexicon::words({"duration-age-apposition"})),
      kTitles(lexicon::words({"duration-age-title"}));
  const std::string_view t = s.text;
  const std::size_t e = q.span.end;
  std::size_t b = q.span.begin;
  // A number in words counts as one in digits ("nine"), but no fraction or hedged word does.
  const bool whole_word = q.is_word && q.unit == "count" && q.low == q.high;
  if ((!q.unit.empty() && !whole_word) || q.scale != 1 || (q.decimals != 0 && !whole_word) ||
      q.is_range || q.value < 1 || q.value > 119 || q.value != std::floor(q.value) ||
      b < s.span.begin + 3 || e + 2 >= s.span.end) {
    return false;
  }
  // ", now 81,": a word between the comma and the number.
  if (const std::size_t w = word_at(s, word_start(s, b - 1));
      t[b - 1] == ' ' && w < s.words.size() && s.words[w].end + 1 == b &&
      kLeads.contains(s.words[w].key)) {
    b = s.words[w].begin;
  }
  const bool bracket = t[b - 1] == '(' && t[b - 2] == ' ' && t[e] == ')' &&
                       (t[e + 1] == ',' || (t[e + 1] == ' ' && e + 2 < s.span.end &&
                                            std::islower(static_cast<unsigned char>(t[e + 2]))));
  if (!bracket && (t.substr(b - 2, 2) != ", " || t[e] != ',' || t[e + 1] != ' ' ||
                   !std::islower(static_cast<unsigned char>(t[e + 2])))) {
    return false;
  }
  std::size_t we = b - 2;
  std::size_t wb = word_start(s, we);
  if (wb == we) return false;
  std::string_view word = t.substr(wb, we - wb);
  // "a mother of three, 34,", "the father-of-two, 41,": the person is the word before "of".
  if (lexicon::find("number-word", word) && wb >= s.span.begin + 5 &&
      (t.substr(wb - 4, 4) == " of " || t.substr(wb - 4, 4) == "-of-")) {
    we = wb - 4;
    wb = word_start(s, we);
    if (wb == we) return false;
    word = t.substr(wb, we - wb);
  }
  if (lexicon::month(word) != 0) return false;
  if (std::isupper(static_cast<unsigned char>(word[0]))) {
    if (!bracket) return wb > s.span.begin;
    // In brackets only after a title: "Mrs Patel (57)", not "Notes (12)".
    const std::size_t w = word_at(s, wb);
    return w > 0 && w < s.words.size() && kTitles.contains(s.words[w - 1].key);
  }
  return names_person(s, wb, word);
}

// "voters over 65", "anyone under 18", "people aged over 70", "children between 5 and 11": a
// bare whole number after over/under (or a range after "between") that follows a word for
// people is their age; "over 65 companies" is a count.
bool group_age(const SentenceWork& s, const Quantity& q) {
  static const WordSet kPeople(lexicon::words({"duration-age-people", "duration-age-word"}));
  if ((!q.unit.empty() && q.unit != "count") || q.scale != 1 || q.value < 1 || q.value > 119 ||
      (!q.is_range && q.value != std::floor(q.value))) {
    return false;
  }
  std::size_t lead = q.span.begin;
  // "a man of 52", "a girl of six,": a bare number after "of" and a word for a person; a number
  // in words only before a stop or a comma. "a mother of 3" counts her children, as "a mother of
  // 3 children" does.
  if (static const WordSet kPersons(lexicon::words({"duration-age-person"})),
      kParents(lexicon::words({"duration-age-parent"}));
      (q.unit.empty() || (q.is_word && q.unit == "count")) && !q.is_range &&
      q.hedge_kind == Hedge::kNone && lead >= s.span.begin + 5 &&
      s.text.substr(lead - 4, 4) == " of ") {
    if (q.is_word &&
        (q.span.end >= s.span.end || (s.text[q.span.end] != ',' && s.text[q.span.end] != '.'))) {
      return false;
    }
    const std::size_t w = word_at(s, word_start(s, lead - 4));
    return w < s.words.size() && s.words[w].end == lead - 4 && kPersons.contains(s.words[w].key) &&
           !kParents.contains(s.words[w].key);
  }
  // "At 67, she still runs": a sentence opening "At N," before a pronoun.
  if (static const WordSet kAt{"at"}, kPronouns(lexicon::words({"duration-age-pronoun"}));
      !q.is_range && q.hedge_kind == Hedge::kNone && q.unit.empty() && !s.words.empty() &&
      kAt.contains(s.words.front().key) && s.words.front().end + 1 == lead &&
      s.words.front().begin == s.span.begin && s.text.substr(q.span.end, 2) == ", ") {
    const std::size_t next = word_at(s, q.span.end + 2);
    return next < s.words.size() && kPronouns.contains(s.words[next].key);
  }
  // "people 65 and older", "kids 12 and under": a word for people, the number, then its bound.
  if (static const WordSet kJoin(lexicon::words({"duration-age-join"})),
      kBounds(lexicon::words({"duration-age-bound"}));
      !q.is_range && q.hedge_kind == Hedge::kNone && lead > s.span.begin &&
      s.text[lead - 1] == ' ') {
    const std::size_t before = word_at(s, word_start(s, lead - 1));
    const std::size_t join = word_at(s, q.span.end + 1);
    if (before < s.words.size() && s.words[before].end + 1 == lead &&
        kPeople.contains(s.words[before].key) && join + 1 < s.words.size() &&
        s.words[join].begin == q.span.end + 1 && kJoin.contains(s.words[join].key) &&
        kBounds.contains(s.words[join + 1].key)) {
      return true;
    }
  }
  if (q.is_range) {
    lead = range_opening_before(s, lead);
    if (lead == std::string_view::npos) return false;
  } else if (q.hedge_kind == Hedge::kMoreThan || q.hedge_kind == Hedge::kLessThan) {
    if (lead < s.span.begin + q.hedge.size() + 1) return false;
    lead -= q.hedge.size() + 1;
  } else {
    return false;
  }
  const std::size_t w = word_at(s, lead);
  return w > 0 && w < s.words.size() && s.words[w - 1].end + 1 == lead &&
         kPeople.contains(s.words[w - 1].key);
}

// A duration claim over `span` holding `q`, read from the words at `words`, which no other claim
// may take: the scanner's figures there are taken, and the words blocked.
void add_duration(SentenceWork& s, std::vector<Claim>& out, ByteSpan span, ByteSpan words,
                  Quantity q) {
  Claim c;
  c.kind = ClaimKind::kDuration;
  c.span = span;
  take_overlapping(s, words);
  s.blocked.push_back(words);
  c.quantities.push_back(std::move(q));
  out.push_back(std::move(c));
}

// The lengths of time in words with no figure (time_words_regex's forms).
void time_in_words(SentenceWork& s, std::vector<Claim>& out) {
  const DurationPatterns& p = patterns();
  const int half = p.time_words.group("half"), quarter = p.time_words.group("quarter"),
            couple = p.time_words.group("couple");
  const std::array<int, 5> parts = {p.time_words.group("hw"), p.time_words.group("qw"),
                                    p.time_words.group("qw2"), p.time_words.group("hw2"),
                                    p.time_words.group("cw")};
  const std::array<int, 7> units = {p.time_words.group("u1"), p.time_words.group("u2"),
                                    p.time_words.group("u3"), p.time_words.group("u4"),
                                    p.time_words.group("u5"), p.time_words.group("u6"),
                                    p.time_words.group("u7")};
  const int u2 = units[1], u7 = units[6], p7 = p.time_words.group("p7");
  Occupied occupied(s.blocked);
  Match& m = s.scratch;
  for (std::size_t at = s.span.begin;
       at < s.span.end && p.time_words.find(s.text, at, m, s.span.end);) {
    const ByteSpan whole = m.span();
    at = whole.end;
    if (occupied.overlaps(whole)) continue;
    const int* u = std::find_if(units.begin(), units.end(), [&](int g) { return m.has(g); });
    auto [unit, value] = length_unit(m.str(u == units.end() ? 0 : *u));
    if (unit.empty()) continue;
    // The part's word and its share (durations.tsv): "half" 0.5, "a couple of" two or three.
    const int* part = std::find_if(parts.begin(), parts.end(), [&](int g) { return m.has(g); });
    const std::string_view share =
        part == parts.end()        ? std::string_view()
        : m.has(half) || m.has(u2) ? lexicon::value("duration-half", m.str(*part))
        : m.has(quarter)           ? lexicon::value("duration-quarter", m.str(*part))
                                   : lexicon::value("duration-couple", m.str(*part));
    const double least = share.empty() ? 1 : lexicon::number(share, 0, 1);
    const double most = m.has(couple) ? lexicon::number(share, 1, least) : least;
    value *= m.has(u2) ? 1 + least : least;
    // Half a year is six months, never 50 years; a year and a half is 18 months.
    if (unit == "year" && value != std::floor(value)) {
      value *= 12;
      unit = "month";
    }
    ByteSpan span = whole;
    if (m.has(u7)) {
      // "a year and two months": one length, in the smaller unit the scanner read after "and".
      std::size_t i = 0;
      while (i < s.quantities.size() && s.quantities[i].span.begin != m.span(p7).begin) ++i;
      if (i == s.quantities.size() || s.taken[i] || s.quantities[i].is_range) continue;
      const Quantity& part = s.quantities[i];
      const double per = parts_per(unit, part.unit);
      if (per <= 0) continue;
      value = value * per + part.value;
      unit = std::string(part.unit.code());
      span.end = part.span.end;
    }
    Quantity q;
    q.span = span;
    q.text = s.text.substr(span.begin, span.size());
    q.value = q.low = value;
    q.high = m.has(couple) ? value / least * most : value;  // a couple is two or three
    q.unit = unit;
    q.is_word = true;
    q.decimals = -1;
    add_duration(s, out, {lead_begin(s, span.begin), span.end}, span, std::move(q));
  }
}

// "two fortnights", "four decades", "3 to 4 centuries": a number of a multiple is that many
// times as many of its unit. "five straight quarters", "3 more years": a word between a number
// and its unit (durations.tsv). "an 18-month-long probe": a unit the scanner leaves for "-long".
void numbers_of_units(SentenceWork& s, std::vector<Claim>& out) {
  for (std::size_t q = 0; q < s.quantities.size(); ++q) {
    Quantity& n = s.quantities[q];
    if (s.taken[q] || (n.unit != "count" && !n.unit.empty()) || n.scale != 1) continue;
    std::size_t b = n.span.end;
    if (b >= s.span.end || (s.text[b] != ' ' && s.text[b] != '-')) continue;
    const bool hyphen = s.text[b] == '-';
    std::size_t e = word_end(s, ++b);
    std::string_view word = s.text.substr(b, e - b);
    if (!hyphen && lexicon::find("duration-between", word) && e < s.span.end && s.text[e] == ' ') {
      b = e + 1;
      e = word_end(s, b);
      word = s.text.substr(b, e - b);
    } else if (hyphen && lexicon::find("time-unit", word) && e < s.span.end && s.text[e] == '-' &&
               lexicon::find("duration-long", s.text.substr(e + 1, word_end(s, e + 1) - e - 1))) {
      e = word_end(s, e + 1);
    } else if (!lexicon::find("duration-multiple", word)) {
      continue;
    }
    const auto [unit, factor] = length_unit(word);
    if (unit.empty()) continue;
    Quantity length = n;
    scale_quantity(length, factor);
    length.unit = unit;
    length.span.end = e;
    length.text = s.text.substr(length.span.begin, length.span.size());
    Claim c;
    c.kind = ClaimKind::kDuration;
    c.span = {lead_begin(s, length.span.begin), length.span.end};
    c.quantities.push_back(std::move(length));
    s.taken[q] = true;
    s.blocked.push_back(c.span);
    out.push_back(std::move(c));
  }
}

}  // namespace

void find_time_words(SentenceWork& s, std::vector<Claim>& out) {
  static const WordSet kWords(lexicon::words({"duration-time-word"})),
      kBetween(lexicon::words({"duration-between"})), kJoin(lexicon::words({"duration-part-join"})),
      kUnits(lexicon::words({"time-unit"}));
  const bool words = s.says(kWords);
  // "a year and two months": a unit in words, then its smaller part.
  if (words || (s.says(kJoin) && s.says(kUnits))) time_in_words(s, out);
  if (words || s.says(kBetween)) numbers_of_units(s, out);
}

namespace {

// "a man in his 40s" is 40 to 49 years old; "in her early 60s" 60 to 63 (dates.tsv's parts);
// "in her thirties" 30 to 39 (durations.tsv's duration-age-decade).
void age_decades(SentenceWork& s, std::vector<Claim>& out) {
  static const WordSet kPossessive(lexicon::words({"date-possessive"})),
      kDecades(lexicon::words({"duration-age-decade"})),
      kSuffixes(lexicon::words({"duration-age-decade-suffix"}));
  if ((!s.says(kPossessive) || (!s.has_digit && !s.says(kDecades))) && !s.says(kSuffixes)) return;
  const Pattern& pat = patterns().age_decade;
  const int part = pat.group("p"), d = pat.group("d"), dw = pat.group("dw"), tw = pat.group("tw");
  Occupied occupied(s.blocked);
  Match& m = s.scratch;
  for (std::size_t at = s.span.begin; at < s.span.end && pat.find(s.text, at, m, s.span.end);) {
    const ByteSpan whole = m.span();
    at = whole.end;
    if (occupied.overlaps(whole)) continue;
    double first = 0, last = 9;
    if (m.has(part)) {
      const std::string_view v = lexicon::value("date-part", m.str(part));
      if (lexicon::fields(v).size() < 2) continue;  // "pre", "post"
      first = lexicon::number(v, 0);
      last = lexicon::number(v, 1);
    }
    const double decade = m.has(d) ? (m.str(d)[0] - '0') * 10
                          : m.has(tw)
                              ? lexicon::number(lexicon::value("tens-word", m.str(tw)))
                              : lexicon::number(lexicon::value("duration-age-decade", m.str(dw)));
    Quantity q;
    q.span = {m.has(tw) ? whole.begin
                        : m.span(m.has(part) ? part
                                 : m.has(d)  ? d
                                             : dw)
                              .begin,
              whole.end};
    q.text = s.text.substr(q.span.begin, q.span.size());
    q.low = decade + first;
    q.high = decade + last;
    q.value = (q.low + q.high) / 2;
    q.unit = "age";
    q.is_range = true;
    add_duration(s, out, whole, whole, std::move(q));
  }
}

// "the over-70s", "under-16s", "over 65s": an age group named by its bound (durations.tsv's
// duration-age-group: over is that age or older, under younger).
void age_groups(SentenceWork& s, std::vector<Claim>& out) {
  static const WordSet kGroups(lexicon::words({"duration-age-group"})),
      kTeams(lexicon::words({"duration-age-group-noun"}));
  if (!s.has_digit || !s.says(kGroups)) return;
  const std::string_view t = s.text;
  Occupied occupied(s.blocked);
  for (const Word& w : s.words) {
    if (!kGroups.contains(w.key)) continue;
    std::size_t i = w.end;
    if (t.substr(i, 3) == "\xE2\x80\x91") {
      i += 3;
    } else if (i < s.span.end && (t[i] == '-' || t[i] == ' ')) {
      ++i;
    } else {
      continue;
    }
    const std::size_t digits = i;
    while (i < s.span.end && i - digits < 4 && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
    if (i == digits || i - digits > 3 || t[digits] == '0') continue;
    const std::size_t number_end = i;
    if (i < s.span.end && t[i] == '\'') ++i;
    // "the under-21 squad": a hyphenated group before a noun of teams (duration-age-group-noun).
    const bool before_team = t[digits - 1] != ' ' && i == number_end && i < s.span.end &&
                             t[i] == ' ' && word_at(s, i + 1) < s.words.size() &&
                             kTeams.contains(s.words[word_at(s, i + 1)].key);
    if (!before_team &&
        (i >= s.span.end || t[i] != 's' ||
         (i + 1 < s.span.end && std::isalnum(static_cast<unsigned char>(t[i + 1]))))) {
      continue;
    }
    const ByteSpan whole{w.begin, before_team ? number_end : i + 1};
    if (occupied.overlaps(whole)) continue;
    const std::string_view bound =
        lexicon::value("duration-age-group", t.substr(w.begin, w.end - w.begin));
    Quantity q;
    q.span = whole;
    q.text = t.substr(whole.begin, whole.size());
    q.value = std::strtod(std::string(t.substr(digits, number_end - digits)).c_str(), nullptr);
    if (!std::isfinite(q.value)) continue;  // a run of digits past what a double holds
    q.low = bound == "more" ? q.value : 0;
    q.high = bound == "more" ? std::numeric_limits<double>::infinity() : q.value;
    q.unit = "age";
    q.decimals = 0;
    q.hedge = t.substr(w.begin, w.end - w.begin);
    q.hedge_kind = bound == "more" ? Hedge::kMoreThan : Hedge::kLessThan;
    add_duration(s, out, whole, whole, std::move(q));
  }
}

// "her 100th birthday", "its 50th anniversary": an ordinal in digits before a word of years
// completed (duration-age-birthday) is an age.
void age_birthdays(SentenceWork& s, std::vector<Claim>& out) {
  static const WordSet kBirthdays(lexicon::words({"duration-age-birthday"}));
  if (!s.has_digit || !s.says(kBirthdays)) return;
  const std::string_view t = s.text;
  Occupied occupied(s.blocked);
  for (const Word& w : s.words) {
    if (!kBirthdays.contains(w.key) || w.begin < s.span.begin + 4 || t[w.begin - 1] != ' ') {
      continue;
    }
    const std::size_t suffix = w.begin - 3;  // "100th birthday": the "th"
    if (lexicon::find("ordinal-suffix", t.substr(suffix, 2)) == nullptr) continue;
    std::size_t b = suffix;
    while (b > s.span.begin && suffix - b < 4 &&
           std::isdigit(static_cast<unsigned char>(t[b - 1]))) {
      --b;
    }
    if (b == suffix || suffix - b > 3 || t[b] == '0' ||
        (b > s.span.begin && std::isalnum(static_cast<unsigned char>(t[b - 1])))) {
      continue;
    }
    const ByteSpan whole{b, w.end};
    if (occupied.overlaps(whole)) continue;
    Quantity q;
    q.span = whole;
    q.text = t.substr(whole.begin, whole.size());
    q.value = q.low = q.high = std::strtod(std::string(t.substr(b, suffix - b)).c_str(), nullptr);
    q.unit = "age";
    q.decimals = 0;
    add_duration(s, out, whole, whole, std::move(q));
  }
}

// "its centenary", "a golden jubilee": a word that names the years completed
// (duration-age-named: "centenary" is 100), or a word of them before a word of years completed
// (duration-age-jubilee before duration-age-birthday: "golden jubilee" is 50), is an age. Only
// in lower case: "Centenary Hall" names a place.
void age_named(SentenceWork& s, std::vector<Claim>& out) {
  static const WordSet kNamed(lexicon::words({"duration-age-named"}));
  static const WordSet kJubilee(lexicon::words({"duration-age-jubilee"}));
  static const WordSet kBirthdays(lexicon::words({"duration-age-birthday"}));
  if (!s.says(kNamed) && !s.says(kJubilee)) return;
  const std::string_view t = s.text;
  Occupied occupied(s.blocked);
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const Word& w = s.words[i];
    if (!std::islower(static_cast<unsigned char>(t[w.begin]))) continue;
    const std::string_view word = t.substr(w.begin, w.end - w.begin);
    std::string_view value;
    ByteSpan whole{w.begin, w.end};
    if (kNamed.contains(w.key)) {
      value = lexicon::value("duration-age-named", word);
    } else if (kJubilee.contains(w.key) && i + 1 < s.words.size() &&
               kBirthdays.contains(s.words[i + 1].key) && s.words[i + 1].begin == w.end + 1) {
      value = lexicon::value("duration-age-jubilee", word);
      whole.end = s.words[i + 1].end;
    }
    if (value.empty() || occupied.overlaps(whole)) continue;
    Quantity q;
    q.span = whole;
    q.text = t.substr(whole.begin, whole.size());
    q.value = q.low = q.high = lexicon::number(value);
    if (!(q.value > 0)) continue;
    q.unit = "age";
    q.decimals = 0;
    add_duration(s, out, whole, whole, std::move(q));
  }
}

}  // namespace

void find_durations(SentenceWork& s, std::vector<Claim>& out) {
  age_decades(s, out);
  age_groups(s, out);
  age_birthdays(s, out);
  age_named(s, out);
  static const WordSet kAgeWords(lexicon::words({"duration-age-word"}));
  const bool says_age = s.says(kAgeWords);
  std::optional<Claim> last;  // the duration before, while the next may be its second part
  auto flush = [&] {
    if (last) out.push_back(std::move(*last));
    last.reset();
  };
  for (std::size_t q = 0; q < s.quantities.size(); ++q) {
    // Quantities inside dates and citations are taken already.
    if (s.taken[q]) continue;
    std::optional<Quantity> quantity = as_quarters(s, s.quantities[q]);
    if (!quantity && is_time_unit(s.quantities[q].unit)) {
      quantity = s.quantities[q];
      // "five to seven days": a bare figure before it is the range's low end.
      if (q > 0 && !s.taken[q - 1] && bare(s.quantities[q - 1]) && !quantity->is_range &&
          range_gap(s, s.quantities[q - 1], *quantity)) {
        join_range(s, s.quantities[q - 1], *quantity);
        s.taken[q - 1] = true;
      }
    }
    // "age 64", "aged seven": a number after the word is an age in years.
    if (!quantity && says_age &&
        (s.quantities[q].unit == "count" || s.quantities[q].unit.empty()) &&
        s.quantities[q].scale == 1) {
      const Quantity& figure = s.quantities[q];
      std::size_t begin = figure.span.begin;
      // "aged about 30", "aged over 65": the words come before the hedge.
      if (const std::size_t h = figure.hedge.size();
          h > 0 && begin >= s.span.begin + h + 1 &&
          ascii_iequal(s.text.substr(begin - h - 1, h), figure.hedge)) {
        begin -= h + 1;
      }
      const std::size_t from = std::max(s.span.begin, begin > 20 ? begin - 20 : 0);
      if (patterns().age_lead.find(s.text, from, s.scratch, begin)) {
        quantity = s.quantities[q];
        quantity->unit = "age";
        // "aged five to 14": the next bare figure ends a range of ages.
        if (q + 1 < s.quantities.size() && !s.taken[q + 1] && bare(s.quantities[q + 1]) &&
            range_gap(s, *quantity, s.quantities[q + 1])) {
          Quantity high = s.quantities[q + 1];
          high.unit = "age";
          join_range(s, *quantity, high);
          quantity = high;
          s.taken[q + 1] = true;
        }
      }
    }
    if (!quantity && (appositive_age(s, s.quantities[q]) || group_age(s, s.quantities[q]))) {
      quantity = s.quantities[q];
      quantity->unit = "age";
    }
    // The scanner's ages ("3 months old") keep the unit they are written in until the parts of
    // a length are joined ("2 years and 3 months old"); ages are then told in years.
    bool aged = false;
    if (!quantity && s.quantities[q].unit == "age") {
      quantity = s.quantities[q];
      quantity->unit = age_unit(quantity->text);
      aged = true;
      // "18- to 24-year-olds", "5 to 7-year-olds": a bare figure before it is the low end.
      if (q > 0 && !s.taken[q - 1] && bare(s.quantities[q - 1]) && !quantity->is_range &&
          range_gap(s, s.quantities[q - 1], *quantity)) {
        join_range(s, s.quantities[q - 1], *quantity);
        s.taken[q - 1] = true;
      }
    }
    if (!quantity) continue;
    s.taken[q] = true;
    // "3 years and 4 months", "6 weeks and 2 days": one length in the smaller unit.
    if (last && is_time_unit(quantity->unit)) {
      Quantity& first = last->quantities.back();
      const std::string_view gap = s.text.substr(
          first.span.end, quantity->span.begin - std::min(first.span.end, quantity->span.begin));
      const double per = parts_per(first.unit, quantity->unit);
      if (per > 0 && (gap == " and " || gap == " " || gap == ", ")) {
        Quantity whole = *quantity;
        whole.value += first.value * per;
        whole.low += first.value * per;
        whole.high += first.value * per;
        whole.span.begin = first.span.begin;
        whole.text = s.text.substr(whole.span.begin, whole.span.size());
        whole.is_word = first.is_word && quantity->is_word;
        last->quantities.back() = std::move(whole);
        last->span.end = quantity->span.end;
        quantity.reset();
      }
    }
    if (quantity) {
      flush();
      last.emplace();
      last->kind = ClaimKind::kDuration;
      last->span = {lead_begin(s, quantity->span.begin), quantity->span.end};
      last->quantities.push_back(std::move(*quantity));
    }
    // "two years and a month", "three years and a half": the part in words joins the length.
    if (const Pattern& after = patterns().part_after;
        is_time_unit(last->quantities.back().unit) && !last->quantities.back().is_range &&
        after.match_at(s.text, last->quantities.back().span.end, s.scratch, s.span.end)) {
      Quantity& part = last->quantities.back();
      const Match& m = s.scratch;
      const int u = after.group("u");
      const std::string larger(part.unit.code());
      // "and a month" counts in months; "and a half" keeps the unit, as "two and a half years".
      const std::string unit =
          m.has(u) ? std::string(lexicon::value("time-unit", m.str(u))) : larger;
      const double per = m.has(u) ? parts_per(larger, unit) : 1;
      const double add =
          m.has(u) ? 1 : lexicon::number(lexicon::value("duration-half", m.str(after.group("h"))));
      if (per > 0) {
        part.value = part.value * per + add;
        part.low = part.low * per + add;
        part.high = part.high * per + add;
        part.unit = unit;
        part.span.end = last->span.end = m.span().end;
        part.text = s.text.substr(part.span.begin, part.span.size());
      }
    }
    // "eleven months old", "2 years and 3 months old", "a six-month-old": an age.
    Quantity& length = last->quantities.back();
    if (aged) {
      make_age(length, length.unit);
    } else if (is_time_unit(length.unit)) {
      if (const std::size_t old = old_end(s, length.span.end); old > 0) {
        make_age(length, length.unit);
        length.span.end = last->span.end = old;
        length.text = s.text.substr(length.span.begin, length.span.size());
      }
    }
  }
  flush();

  // An ordinal period needs an ordinal ("first", the "th" of "4th") and a unit word.
  static const WordSet kOrdinals(lexicon::words({"ordinal", "ordinal-suffix"}));
  static const WordSet kUnits(lexicon::words({"time-unit"}));
  if (!s.says(kOrdinals) || !s.says(kUnits)) return;
  Occupied occupied(s.blocked);
  const DurationPatterns& p = patterns();
  const int o = p.ordinal_period.group("o"), u = p.ordinal_period.group("u");
  Match& m = s.scratch;
  std::size_t at = s.span.begin;
  while (at < s.span.end && p.ordinal_period.find(s.text, at, m, s.span.end)) {
    const ByteSpan whole = m.span();
    at = whole.end;
    if (occupied.overlaps(whole)) continue;
    const int n = ordinal_of(m.str(o));
    if (n == 0) continue;
    Quantity period;
    period.span = {m.span(o).begin, whole.end};
    period.text = s.text.substr(period.span.begin, period.span.size());
    period.value = n;
    period.low = n - 1;
    period.high = n;
    std::string unit(m.str(u));
    for (char& ch : unit) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    period.unit = unit;
    period.is_word = !std::isdigit(static_cast<unsigned char>(m.str(o)[0]));
    period.decimals = period.is_word ? -1 : 0;
    add_duration(s, out, whole, whole, std::move(period));
  }
}

}  // namespace factcheck::detail
