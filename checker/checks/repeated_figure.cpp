// checker/checks/repeated_figure.cpp
//
// The same metric of the same entity and period stated with different values in different
// places.
//
// "The carrier added 412,000 postpaid phone subscribers in the quarter" and, later, "the 421,000
// postpaid phone customers Northgate added in the quarter": two amounts (money or counts) in
// different sentences, in the same unit, whose intervals at written precision do not overlap, and
// whose surroundings name the same thing. The surroundings of a figure are the words between the
// figures of neighbouring claims (at most 80 bytes each side; a change statement's old value and
// what follows it are left out, since they describe the earlier period; next to another figure,
// the words across an "and" belong to that figure). They must:
//   - share at least two metric words ("postpaid", "phone"), after dropping common words and
//     reading plurals as singulars and "customers" as "subscribers", with no word of each
//     figure's own among them ("direct services revenue" against "direct software revenue"),
//     no other noun after them ("earn-out liability payments") and no opposites nearest the
//     figures ("gains of", "losses of"); or, for money, be called by one and the same word alone
//     ("group revenue reached £2.38bn" ... "group revenue of £2.83bn": "group" is common); or,
//     for money, be the cost of one thing named right after both, the later told as known ("a
//     new £27.5 million sports centre will open" ... "the £25.7m centre"; not a metric's name,
//     which the lexicon's repeated-head words judge, and a modal after the thing is what it
//     will do, not a forecast of its cost). A
//     name of what a figure is ("Series B") is one metric word, not an owner; the words before
//     a speaker ("the chief executive said") and after a passive ("led by Northvale Capital")
//     say nothing of the figure;
//   - not name different periods: the years, the quarters ("fourth-quarter", "Q4") and the
//     prior-period words ("a year earlier", "previous") must agree where both state them;
//     "last year" by the earlier figure only is the year reported, told once, unless the later
//     one says "this year" or is reached by a change the earlier is not part of; and
//     over the whole sentence, the years, the dates and the parts of a year ("the first nine
//     months", "April-June"), the capitalised months and the weekdays must share one where both
//     state them, and a part of a year in one needs one in the other; a weekday is when a thing
//     was said or done, never a name;
//   - not name different entities: the capitalised names before each figure, less the names the
//     article is about (written at least three times, at least half as often as the most
//     frequent), must be the same ("In the Baltic countries, net sales ..." is a narrower scope;
//     "Tesco's profits" against "Asda's profits" are two metrics), and so must places named
//     after "in" or "across" just after it, even the article's own ("in the JPKO region"), unless
//     the later count or percentage, told as known, leaves the earlier's place out;
//   - not be a forecast or a limit ("forecast", "expects", "between", "will", "not to exceed"),
//     share their scope words ("combined", "total", anywhere before the figure in its sentence)
//     and be within a factor of two of each other: a slip changes a digit or two, not the order
//     of magnitude;
//   - not compare with different things: a restated figure keeps its comparison, so old values
//     or percent changes that do not overlap ("down from EUR 15.0 mn", "from EUR 16.6 mn") mean
//     two periods or two firms.
// Figures in a "respectively" list, labels ("note 16") and years standing as numbers are left
// alone. In sentences with no capital letters (lower-cased, tokenised filings) names and regions
// cannot be read, so a figure there is compared only with one whose sentence names the same day
// ("total debt of $ 3.9 billion at december 31 , 2025"). Different values are reported only when
// a slip explains them (one digit changed or two neighbours swapped: 412,000 / 421,000), since
// filings state many similar line items for many periods. A match is a warning, never an error:
// only an editor can be sure the two are one figure. Matches with overlapping values pass.
// A count or a percentage told again as known ("the 521,000 visitors", "its 34 seats", "the
// 32.6% turnout") may leave out its owner, when the earlier names it, and a count its noun, when
// both are counted by one verb ("carried 412,000 passengers over the weekend" ... "the 421,000
// carried over the weekend"; every word after the later verb must stand after the earlier figure,
// so "at its York plant" is another count): a count then matches by the noun both count
// (Claim::counted) or by that verb. A percentage is compared only when the later is told as known
// and only as a level (a change's new value or a percentage alone), never a change's percent.
// Old values and hedged open-ended figures ("more than 400") are left alone.
// A sentence's capitalised first word is a common noun, not an owner, when a preposition follows it
// or it names a metric ("Turnover at Pellam rose to £312m", "Profit before tax of £23.7m"), and a
// group of people there is the sentence's subject ("Investors welcomed the ..."); "share"
// names a metric beside "market" ("its 32% market share"). Rates are compared per the same thing
// (Claim::per: "42p a share" ... "the 24p a share"), and a physical size as the size of one thing
// told again as known ("a 52m yacht" ... "the 25m yacht"). A figure said to come from somewhere
// ("£48.2m came from its bakery division"), not told as known, is a part, never the whole told
// again.
#include <algorithm>
#include <array>
#include <cctype>
#include <deque>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "checker/checks/all.h"
#include "checker/checks/common.h"
#include "checker/interval.h"
#include "extractor/lexicon.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "repeated-figure";
constexpr std::string_view kSummary =
    "the same metric of the same entity and period stated with different values in different "
    "places";

constexpr std::size_t kReach = 80;  // bytes of surroundings each side of a figure

// A fixed set of words, looked up without allocating: a word is compared only with the few of
// the same length, first and last byte.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) buckets_[bucket(w)].push_back(w);
  }
  /// The words of lexicon classes (they live as long as the program).
  explicit WordSet(const std::vector<std::string_view>& words) {
    for (std::string_view w : words) buckets_[bucket(w)].push_back(w);
  }
  bool count(std::string_view w) const { return find(w) != nullptr; }
  /// The set's own copy of `w` (it lives as long as the set), or null.
  const std::string_view* find(std::string_view w) const {
    if (w.empty()) return nullptr;
    for (const std::string_view& x : buckets_[bucket(w)]) {
      if (x == w) return &x;
    }
    return nullptr;
  }

 private:
  static std::size_t bucket(std::string_view w) {
    if (w.empty()) return 0;
    return (w.size() * 31 + static_cast<unsigned char>(w.front()) * 7 +
            static_cast<unsigned char>(w.back())) %
           kBuckets;
  }
  static constexpr std::size_t kBuckets = 251;
  std::array<std::vector<std::string_view>, kBuckets> buckets_;
};

// Phrases searched for together in one pass over a text, indexed by their first byte.
class Phrases {
 public:
  Phrases(std::initializer_list<std::string_view> phrases)
      : Phrases(std::vector<std::string_view>(phrases)) {}
  explicit Phrases(std::vector<std::string_view> phrases) : phrases_(std::move(phrases)) {
    for (std::size_t i = 0; i < phrases_.size(); ++i) {
      by_first_[static_cast<unsigned char>(phrases_[i][0])].push_back(i);
    }
  }
  /// Calls `found(i)` for each phrase i written in `text`, once each, in no particular order.
  template <typename Found>
  void each_in(std::string_view text, Found&& found) const {
    std::vector<bool> seen(phrases_.size());
    for (std::size_t at = 0; at < text.size(); ++at) {
      for (std::size_t i : by_first_[static_cast<unsigned char>(text[at])]) {
        if (!seen[i] && starts(text, at, phrases_[i])) {
          seen[i] = true;
          found(i);
        }
      }
    }
  }
  bool any_in(std::string_view text) const {
    for (std::size_t at = 0; at < text.size(); ++at) {
      for (std::size_t i : by_first_[static_cast<unsigned char>(text[at])]) {
        if (starts(text, at, phrases_[i])) return true;
      }
    }
    return false;
  }

 private:
  // Whether `text` has `phrase` at `at` (its first byte already matches).
  static bool starts(std::string_view text, std::size_t at, std::string_view phrase) {
    if (text.size() - at < phrase.size()) return false;
    for (std::size_t k = 1; k < phrase.size(); ++k) {
      if (text[at + k] != phrase[k]) return false;
    }
    return true;
  }
  std::vector<std::string_view> phrases_;
  std::array<std::vector<std::size_t>, 256> by_first_;
};

// The phrases of a lexicon class, searched as Phrases: the entry's value says on which sides a
// space bounds a phrase ("word": both, "start": before, "end": after, none: neither), so
// "will" (word) is " will " and finds no "willing".
class LexiconPhrases {
 public:
  explicit LexiconPhrases(std::string_view cls) : store_(read(cls)), phrases_(views(store_)) {}
  const Phrases& operator*() const { return phrases_; }

 private:
  // The sides of a phrase a space bounds, as the entry's value names them.
  enum class Side { kNeither, kWord, kStart, kEnd };
  static std::vector<std::string> read(std::string_view cls) {
    const lexicon::Roles<Side> sides(cls, {{"", Side::kNeither},
                                           {"word", Side::kWord},
                                           {"start", Side::kStart},
                                           {"end", Side::kEnd}});
    std::vector<std::string> out;
    for (const lexicon::Entry& e : lexicon::entries(cls)) {
      const Side side = sides.of(&e);
      std::string p(e.word);
      if (side == Side::kWord || side == Side::kStart) p.insert(0, " ");
      if (side == Side::kWord || side == Side::kEnd) p += ' ';
      out.push_back(std::move(p));
    }
    return out;
  }
  static std::vector<std::string_view> views(const std::vector<std::string>& store) {
    return {store.begin(), store.end()};
  }
  std::vector<std::string> store_;  // before phrases_, which views it
  Phrases phrases_;
};

// Words that say nothing about which metric a figure measures (lexicon/checks.tsv, as are the
// other word lists of this check).
const WordSet& stop_words() {
  static const WordSet words(lexicon::words({"repeated-stopword"}));
  return words;
}

// Verbs that make the name before them a speaker ("Analysts said the ...").
const WordSet& speaker_verbs() {
  static const WordSet words(lexicon::words({"repeated-speaker"}));
  return words;
}

// Whether a word of five letters or more ends as a past tense or participle does
// (repeated-past-ending: "included", "provided").
bool past_form(std::string_view w) {
  if (w.size() <= 4) return false;
  const auto ends = lexicon::entries("repeated-past-ending");
  return std::any_of(ends.begin(), ends.end(),
                     [&](const lexicon::Entry& e) { return w.ends_with(e.word); });
}

std::string singular(std::string w) {
  if (w.size() > 5 && w.compare(w.size() - 4, 4, "sses") == 0) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ies") == 0)
    return w.substr(0, w.size() - 3) + "y";
  // "surplus", "bonus", "basis" are singular already.
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' &&
      w[w.size() - 2] != 'i') {
    w.pop_back();
  }
  return w;
}

bool is_month(std::string_view w) { return month_of(w) != 0; }

// A weekday written in full, lower case ("monday"): when something was said or done, not whose
// figure it is ("The company said on Monday that the $54 million round ...").
bool is_weekday(std::string_view w) {
  const int d = weekday_of(w);
  return d >= 0 && w.size() == weekday_name(d).size();
}

// What the surroundings of a figure say.
struct Context {
  std::vector<std::string> left;   // up to three content words before the figure, nearest first
  std::vector<std::string> right;  // up to three content words after it, nearest first
  std::set<std::string> scope;     // "combined", "total", ... within four words either side
  std::set<std::string> years;     // "2025"
  std::set<std::string> quarters;  // "q4"
  bool prior = false;              // "a year earlier", "previous", "year-ago"
  bool last_year = false;          // "last year": the reported year or the one before it
  bool this_year = false;          // "this year"
  bool forecast = false;           // "forecast", "expects", "between": not a reported figure
  bool caseless = false;           // the sentence has no capital letters (tokenised filings)
  std::set<std::string> names;     // capitalised words before the figure
  std::set<std::string> places;  // names after "in" or "across" just after it: "in the JPKO region"
  std::set<std::string> names_after;  // capitalised words just after it: "at Brensk airport"
  // The noun that ends the phrase right after the figure when it names a thing, not a metric
  // (thing_head()): "centre" in "a £27.5 million sports centre will open".
  std::string thing;
  std::string thing_first;  // the first of those words: "sports"; "terminal" in "terminal starts"
  std::string verb_before;  // the word right before the figure, lower case: "carried" in
  //                           "carried 412,000 passengers"
  std::vector<std::string> after;  // every word after it up to a comma or bracket, lower case
  std::vector<bool> after_named;   // whether each of `after` is capitalised or has a digit
};

// What a whole sentence says about the period of every figure in it. The surroundings of a
// figure often miss it: "For 2019, cash ... included a $2.43 billion decrease in receivables".
struct SentenceFacts {
  std::set<std::string> years;  // every year it names: "2019"
  std::set<std::string> parts;  // the parts of a year it names: "q2", "h1", "9m"
  std::set<std::string> dates;  // the dates it names to the month or day: "2016-01-05"
  std::set<std::string> days;   // those named to the day
  std::set<int> months;         // the months it names, capitalised ("in May", "March-April"): 1-12
  std::set<int> weekdays;       // the weekdays it names in full ("on Tuesday"): 0-6
  bool respectively = false;    // "$2.5 million, $2.6 million ... in 2019, 2018, respectively"
  bool caseless = false;        // no capital letters (tokenised filings)
  std::size_t begin = 0;        // where the sentence starts in the article
  std::string low;              // the sentence in lower case
  // Where each scope word (scope_words()) first ends in the sentence, as an offset into `low`;
  // npos when it is not written.
  std::unordered_map<std::string_view, std::size_t> scope_ends;
};

// ASCII letters and digits: what std::isalnum accepts in the "C" locale the tool runs in.
bool is_alnum(char ch) {
  return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}
bool is_upper(char ch) { return ch >= 'A' && ch <= 'Z'; }
bool has_digit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}
bool all_digits(std::string_view w) {
  return std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

// `s` in lower case, into `out` (reused, so a short word costs no allocation).
void lower_into(std::string_view s, std::string& out) {
  out.assign(s);
  for (char& ch : out) {
    if (is_upper(ch)) ch = static_cast<char>(ch - 'A' + 'a');
  }
}

// A word of the text and where it starts.
struct Word {
  std::string_view text;
  std::size_t at;
};

// Calls `each(Word)` for the words of `text` in order: letters and digits, with hyphens and
// apostrophes kept inside a word, trailing ones and a final "'s" dropped. `base` is the offset of
// `text` in the article.
template <typename Each>
void each_word(std::string_view text, std::size_t base, Each&& each) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    if (!is_alnum(text[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < n && (is_alnum(text[i]) || text[i] == '-' || text[i] == '\'')) ++i;
    std::string_view w = text.substr(start, i - start);
    while (!w.empty() && (w.back() == '-' || w.back() == '\'')) w.remove_suffix(1);
    if (w.size() > 2 && w.substr(w.size() - 2) == "'s") w.remove_suffix(2);
    each(Word{w, base + start});
  }
}

// The words of `text` into `out` (cleared first).
void words_of(std::string_view text, std::size_t base, std::vector<Word>& out) {
  out.clear();
  each_word(text, base, [&](Word w) { out.push_back(w); });
}

// Whether the article writes `w` near `at`. Within 16 KiB either way covers any article whole,
// and keeps a multi-megabyte input linear instead of searching all of it for every word.
bool written_near(std::string_view text, std::string_view w, std::size_t at) {
  constexpr std::size_t kNear = 16384;
  const std::size_t from = at > kNear ? at - kNear : 0;
  return text.substr(from, 2 * kNear).find(w) != std::string_view::npos;
}

// Whether the capitalised word `w` (lower case) opening a sentence at `at` is a common noun by its
// own sentence: a metric's name ("Profit rose", "Sales of"; repeated-head, singular), a group of
// people ("Investors welcomed"; repeated-group) or a word a preposition follows ("Turnover at
// Pellam", "Visitors to the museum"; repeated-opening-preposition). A name is rarely any.
bool common_opening(std::string_view text, std::string_view w, std::size_t at) {
  if (lexicon::find("repeated-group", w)) return true;
  std::string s(w);
  if (lexicon::find("repeated-head", singular(std::move(s)))) return true;
  std::string next;
  lower_into(text.substr(at + w.size(), 12), next);
  if (next.empty() || next[0] != ' ') return false;
  next.erase(0, 1);
  next.resize(std::min(next.find(' '), next.size()));
  return lexicon::find("repeated-opening-preposition", next) != nullptr;
}

// Whether a sentence's capitalised first word is a common word: the article writes it in lower
// case near it (written_near) or its sentence shows it is one (common_opening). Each word is
// judged once: every figure of a sentence reads its first words again.
class OpeningWords {
 public:
  explicit OpeningWords(std::string_view text) : text_(text) {}
  bool written_near(std::string_view w, std::size_t at) {
    for (const Entry& e : entries_) {
      if (e.at == at && e.word == w) return e.near;
    }
    entries_.push_back(
        {at, std::string(w), checks::written_near(text_, w, at) || common_opening(text_, w, at)});
    return entries_.back().near;
  }
  void clear() { entries_.clear(); }

 private:
  struct Entry {
    std::size_t at;
    std::string word;
    bool near;
  };
  std::string_view text_;
  std::vector<Entry> entries_;
};

// A word that says what a figure measures, normalised ("customers" -> "subscriber"), or nullopt
// for common words, names, numbers and past-tense verbs ("reached").
std::optional<std::string> metric_word(std::string_view word, std::size_t at,
                                       std::size_t sentence_begin, OpeningWords& openings) {
  std::string w;
  lower_into(word, w);
  if (has_digit(w) || is_month(w)) return std::nullopt;
  const bool capital = is_upper(word[0]);
  const bool opening = at <= sentence_begin + 3 && openings.written_near(w, at);
  if (capital && !opening) return std::nullopt;  // names say whose figure it is, not what
  // A group of people opening the sentence acts on the figure and names no metric of it
  // ("Investors cheered the 36 cents a share").
  if (capital && lexicon::find("repeated-group", w)) return std::nullopt;
  if (w.size() < 3 || stop_words().count(w)) return std::nullopt;
  if (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) return std::nullopt;
  std::string s = singular(std::move(w));
  // One metric by two names ("customers", "subscribers"): lexicon class repeated-synonym.
  if (const lexicon::Entry* e = lexicon::find("repeated-synonym", s)) s = e->value;
  return s;
}

// A stop word that names a metric beside another word of the surroundings `low` (lower case):
// "share" with "market" in "its 32% market share" or "a 23% share of the UK market" (lexicon class
// repeated-compound), or nullopt.
std::optional<std::string> compound_word(std::string_view w, std::string_view low) {
  std::string s = singular(std::string(w));
  const lexicon::Entry* e = lexicon::find("repeated-compound", s);
  if (!e) return std::nullopt;
  for (std::size_t at = low.find(e->value); at != std::string_view::npos;
       at = low.find(e->value, at + 1)) {
    const std::size_t end = at + e->value.size();
    if ((at == 0 || !is_alnum(low[at - 1])) && (end == low.size() || !is_alnum(low[end]))) {
      return s;
    }
  }
  return std::nullopt;
}

// Words that widen or narrow a metric's scope: "combined annual sales".
const WordSet& scope_words() {
  static const WordSet words(lexicon::words({"repeated-scope"}));
  return words;
}

// The word that follows `at` after one space, in lower case ("" when none): "said" in "Analysts
// said".
std::string next_word(std::string_view text, std::size_t at) {
  if (at >= text.size() || text[at] != ' ') return {};
  std::size_t end = at + 1;
  while (end < text.size() && is_alnum(text[end])) ++end;
  std::string w;
  lower_into(text.substr(at + 1, end - at - 1), w);
  return w;
}

// Whether " by " and a capitalised word follow `at`: "led by Northvale Capital".
bool by_a_name(std::string_view text, std::size_t at) {
  return text.substr(at, 4) == " by " && at + 4 < text.size() && is_upper(text[at + 4]);
}

// Whether words[i] opens a name of what a figure is, not whose ("Series B", "Class A"): a word
// of lexicon class repeated-metric-name followed by a letter or number of one or two bytes.
bool metric_name_at(const std::vector<Word>& words, std::size_t i) {
  return i + 1 < words.size() && lexicon::find("repeated-metric-name", words[i].text) &&
         is_upper(words[i].text[0]) && words[i + 1].text.size() <= 2 &&
         words[i + 1].at == words[i].at + words[i].text.size() + 1;
}

// The metric name at words[i] (see metric_name_at) as one metric word: "series b".
std::string metric_name(const std::vector<Word>& words, std::size_t i) {
  std::string a, b;
  lower_into(words[i].text, a);
  lower_into(words[i + 1].text, b);
  return a + " " + b;
}

// Whether `word` (lower-cased `w`) at `at` is a name: capitalised, and not a sentence's opening
// word that the article also writes in lower case.
bool is_name(std::string_view text, std::string_view word, std::string_view w, std::size_t at,
             std::size_t sentence_begin, OpeningWords& openings) {
  if (!is_upper(word[0]) || stop_words().count(w)) return false;
  // Who speaks is not whose figure it is: "Analysts said the £85.6m operating profit ...", and
  // the whole name before the verb speaks: "Tolland Bio said the $46 million ...".
  std::size_t end = at + word.size();
  while (end + 1 < text.size() && text[end] == ' ' && is_upper(text[end + 1])) {
    ++end;
    while (end < text.size() && is_alnum(text[end])) ++end;
  }
  if (speaker_verbs().count(next_word(text, end))) return false;
  // A title and the name after it speak too ("Chief executive Lena Hart said the £42.6m ..."):
  // up to two lower-case words, then capitalised ones, then the verb; a possessive or a comma
  // between ends the look ("Tesco's chief executive said" keeps Tesco as the owner).
  for (int lower_words = 0; lower_words < 2; ++lower_words) {
    const std::string w = next_word(text, end);
    if (w.empty() || end + 1 >= text.size() || is_upper(text[end + 1])) break;
    if (speaker_verbs().count(w)) return false;
    end += 1 + w.size();
  }
  while (end + 1 < text.size() && text[end] == ' ' && is_upper(text[end + 1])) {
    ++end;
    while (end < text.size() && is_alnum(text[end])) ++end;
  }
  if (speaker_verbs().count(next_word(text, end))) return false;
  // A sentence's first word is capitalised anyway; it is a name only as a possessive.
  const bool possessive =
      text.substr(at + word.size(), 2) == "'s" || text.substr(at + word.size(), 4) == "\u2019s";
  // An opening word is a name when the article never writes it in lower case ("Vantora"),
  // a common word when it does ("Revenue").
  const bool opening = at <= sentence_begin + 3 && openings.written_near(w, at);
  return !opening || possessive;
}

// Buffers reused from figure to figure, so reading a figure's surroundings allocates little.
struct Scratch {
  std::string low;          // the surroundings in lower case
  std::string word;         // one word in lower case
  std::vector<Word> words;  // the words of the surroundings, in text order
};

// Whether the word before the one at `at` is a qualifier that makes a name narrow a metric
// ("from Asia", "in Europe", "outside Britain"), past a word like "the" (repeated-qualifier-skip).
bool qualified(std::string_view text, std::size_t at) {
  static const WordSet kQualifiers(lexicon::words({"repeated-qualifier"}));
  static const WordSet kSkipped(lexicon::words({"repeated-qualifier-skip"}));
  std::size_t end = at;
  std::string w;
  for (int k = 0; k < 2; ++k) {
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t start = end;
    while (start > 0 && is_alnum(text[start - 1])) --start;
    if (start == end) return false;
    lower_into(text.substr(start, end - start), w);
    if (kQualifiers.count(w)) return true;
    if (!kSkipped.count(w)) return false;
    end = start;
  }
  return false;
}

// The noun that ends the words written right after a figure, when they name a thing the figure
// is the cost of ("a £27.5 million sports centre will open": "centre"): lower-case words joined
// by single spaces up to a stop word, a verb, a modal or a barrier. Empty when there is none or
// when it names a metric (lexicon class repeated-head: "profit" is judged by shared_head()).
std::string thing_head(std::string_view text, std::size_t at, std::size_t end, std::string& first) {
  static const WordSet kVerbs(lexicon::words({"repeated-verb"}));
  static const WordSet kModals(lexicon::words({"repeated-modal"}));
  std::string head, w;
  while (at + 1 < end && text[at] == ' ' && text[at + 1] >= 'a' && text[at + 1] <= 'z') {
    std::size_t stop = at + 1;
    while (stop < end && ((text[stop] >= 'a' && text[stop] <= 'z') || text[stop] == '-')) ++stop;
    w.assign(text.substr(at + 1, stop - at - 1));
    if (stop_words().count(w) || kVerbs.count(w) || kModals.count(w)) break;
    if (past_form(w)) break;
    head = singular(w);
    if (first.empty()) first = head;
    at = stop;
  }
  if (head.size() < 3 || lexicon::find("repeated-head", head) ||
      lexicon::find("repeated-head", first)) {
    first.clear();
    return {};
  }
  return head;
}

void read_context(std::string_view text, std::size_t begin, std::size_t end, ByteSpan figure,
                  std::size_t sentence_begin, bool after_figure, bool before_figure, bool definite,
                  Scratch& scratch, OpeningWords& openings, Context& ctx) {
  if (end <= begin) return;
  const std::string_view raw = text.substr(begin, end - begin);
  lower_into(raw, scratch.low);
  const std::string_view low = scratch.low;
  static const LexiconPhrases kPrior("repeated-prior");
  static const LexiconPhrases kForecast("repeated-forecast");
  static const LexiconPhrases kModal("repeated-modal");
  if ((*kPrior).any_in(low)) ctx.prior = true;
  ctx.last_year = low.find("last year") != std::string_view::npos;
  ctx.this_year = low.find("this year") != std::string_view::npos;
  // A reported figure set against forecasts ("topped estimates", "beat the bank's own
  // forecast") is not a forecast itself.
  static const LexiconPhrases kAgainstForecast("repeated-against-forecast");
  // A modal verb after a figure told as one already known ("the £63.5m budget would pay for")
  // says what the thing will do, not that the figure is a forecast.
  // So does one after the thing a figure is the cost of: "a £27.5 million sports centre will
  // open" tells what the centre will do; its cost is stated.
  ctx.thing = thing_head(text, figure.end, end, ctx.thing_first);
  const std::size_t at = std::min(low.size(), figure.begin > begin ? figure.begin - begin : 0);
  const bool modal =
      definite || !ctx.thing.empty() ? (*kModal).any_in(low.substr(0, at)) : (*kModal).any_in(low);
  if (((*kForecast).any_in(low) || modal) && !(*kAgainstForecast).any_in(low)) {
    ctx.forecast = true;
  }
  // A figure said to come from somewhere ("£48.2m came from its bakery division") is a part of
  // a whole: a scope of its own, which a restated whole does not share. One told as known says
  // where the whole came from ("the 1,350 patients it cared for came from across the county").
  static const LexiconPhrases kPart("repeated-part");
  if (!definite && figure.end > begin &&
      (*kPart).any_in(low.substr(std::min(low.size(), figure.end - begin)))) {
    ctx.scope.insert("(part)");
  }
  // Content words on each side, nearest first, up to a comma, bracket or colon: the words before
  // the figure are words[0, split) read backwards, those after it words[split, end).
  std::vector<Word>& words = scratch.words;
  words_of(raw, begin, words);
  const std::size_t split = static_cast<std::size_t>(
      std::partition_point(words.begin(), words.end(),
                           [&](const Word& w) { return w.at < figure.begin; }) -
      words.begin());
  auto barrier = [&](std::size_t from, std::size_t to) {
    if (to <= from) return false;
    const std::string_view gap = text.substr(from, to - from);
    return gap.find_first_of(",;:()") != std::string_view::npos;
  };
  std::string& w = scratch.word;
  if (split > 0 && words[split - 1].at + words[split - 1].text.size() < figure.begin &&
      text.substr(words[split - 1].at + words[split - 1].text.size(),
                  figure.begin - words[split - 1].at - words[split - 1].text.size())
              .find_first_not_of(' ') == std::string_view::npos) {
    lower_into(words[split - 1].text, ctx.verb_before);
  }
  for (std::size_t i = split; i < words.size() && !barrier(figure.end, words[i].at); ++i) {
    if (words[i].at < figure.end) continue;  // the figure's own digits
    lower_into(words[i].text, w);
    ctx.after.push_back(w);
    ctx.after_named.push_back(is_upper(words[i].text[0]) || has_digit(w));
  }
  for (std::size_t i = 0; i < split && i < 4; ++i) {
    lower_into(words[split - 1 - i].text, w);
    if (scope_words().count(w)) ctx.scope.insert(w);
  }
  for (std::size_t i = split; i < words.size() && i < split + 4; ++i) {
    lower_into(words[i].text, w);
    if (scope_words().count(w)) ctx.scope.insert(w);
  }
  for (std::size_t i = split; i-- > 0;) {
    const auto [word, at] = words[i];
    if (ctx.left.size() == 3 || barrier(at + word.size(), figure.begin)) break;
    // In "$11.9 million in development of software and $4.2 million for equipment" the words
    // before "and" belong to the figure before them.
    if (after_figure && (word == "and" || word == "or")) break;
    // Words before a speaker say who speaks: "the chief executive said the £421m ...".
    lower_into(word, w);
    if (speaker_verbs().count(w)) break;
    if (i > 0 && metric_name_at(words, i - 1)) {
      ctx.left.push_back(metric_name(words, --i));
      continue;
    }
    if (auto m = metric_word(word, at, sentence_begin, openings)) {
      ctx.left.push_back(*m);
    } else if (auto c = compound_word(w, low)) {
      ctx.left.push_back(*c);
    }
  }
  // A verb after the figure ends the phrase that names it: in "the £85.6m operating profit was
  // strong", "strong" says what it was, not what it is.
  static const WordSet kVerbs(lexicon::words({"repeated-verb"}));
  // Where the phrase naming the figure ends at a verb: a name past it is said of the figure
  // ("the £42.6m pre-tax profit reflected strong trading in Scotland"), not whose it is.
  std::size_t phrase_end = end;
  for (std::size_t i = split; i < words.size(); ++i) {
    const auto [word, at] = words[i];
    if (ctx.right.size() == 3 || barrier(figure.end, at)) break;
    lower_into(word, w);
    if (kVerbs.count(w)) {
      phrase_end = at;
      break;
    }
    if (metric_name_at(words, i)) {
      ctx.right.push_back(metric_name(words, i++));
      continue;
    }
    // A passive with a name as its agent ("led by Northvale Capital"; not "provided by operating
    // activities", which names the metric) or a past tense after the metric's words ("the $46
    // million Series A included ...", but not the participle of "cash provided by") starts what
    // is said about the figure.
    if (!stop_words().count(w) && by_a_name(text, at + word.size())) break;
    if (!ctx.right.empty() && past_form(w) && next_word(text, at + word.size()) != "by") {
      phrase_end = at;
      break;
    }
    // A word followed by a determiner is a verb taking an object: "net profit beat the ...".
    const std::string_view next = text.substr(at + word.size(), 7);
    // A metric's name there ends the phrase, the name kept: "called the $84.8 million operating
    // profit a relief" (lexicon class repeated-head).
    if (next.starts_with(" the ") || next.starts_with(" a ") || next.starts_with(" an ") ||
        next.starts_with(" its ") || next.starts_with(" their")) {
      if (!stop_words().count(w)) {
        if (lexicon::find("repeated-head", singular(w))) {
          if (auto m = metric_word(word, at, sentence_begin, openings)) ctx.right.push_back(*m);
        }
        break;
      }
    }
    // Likewise the words after "and" belong to the figure after them: "totaled $1.1 billion and
    // the securities had a fair value of $2.6 billion".
    if (before_figure && (word == "and" || word == "or")) break;
    if (auto m = metric_word(word, at, sentence_begin, openings)) {
      ctx.right.push_back(*m);
    } else if (auto c = compound_word(w, low)) {
      ctx.right.push_back(*c);
    }
  }
  static constexpr std::string_view kQuarters[] = {"q1", "q2", "q3", "q4"};
  static constexpr std::string_view kOrdinalQuarters[] = {"first-quarter", "second-quarter",
                                                          "third-quarter", "fourth-quarter"};
  bool agent = false;  // past a passive's "by" after the figure: "led by Northvale Capital"
  for (std::size_t i = 0; i < words.size(); ++i) {
    const auto [word, at] = words[i];
    // "Series B" says what the figure is, not whose.
    if (metric_name_at(words, i)) {
      ++i;
      continue;
    }
    lower_into(word, w);
    if (at >= figure.end && by_a_name(text, at + word.size())) agent = true;
    if (w.size() == 4 && all_digits(w) && (w[0] == '1' || w[0] == '2')) {
      ctx.years.insert(w);
      continue;
    }
    for (std::size_t q = 0; q < 4; ++q) {
      if (w == kQuarters[q] || w == kOrdinalQuarters[q])
        ctx.quarters.insert(std::string(kQuarters[q]));
    }
    if (has_digit(w) || is_month(w) || is_weekday(w)) continue;
    // Names before the figure anywhere in its surroundings; after it only up to the first comma
    // or bracket, where a place or owner narrows the figure ("£192,713 in England").
    const bool near_after =
        at >= figure.end && at < phrase_end && !agent && !barrier(figure.end, at);
    if ((at < figure.begin || near_after) && is_name(text, word, w, at, sentence_begin, openings)) {
      ctx.names.insert(w);
      if (near_after) ctx.names_after.insert(w);
      // A place after "in" or "across" narrows the figure even when the article is about it;
      // so does a name after a qualifier just before the figure ("the group's revenue from Asia
      // was £2.83bn", "revenue in Europe of £4.17bn": lexicon class repeated-qualifier).
      if (at < figure.begin && qualified(text, at)) ctx.places.insert(w);
      if (near_after) {
        const std::size_t from = at > figure.end + 12 ? at - 12 : figure.end;
        std::string gap;
        lower_into(text.substr(from, at - from), gap);
        if (gap.find(" in ") != std::string::npos || gap.find(" across ") != std::string::npos) {
          ctx.places.insert(w);
        }
      }
    }
  }
}

// The parts of a year a sentence names, as "q1".."q4", "h1", "h2" or "Nm" (a span of N months):
// "the second quarter", "second-quarter", "Q2", "April-June" are all "q2".
std::set<std::string> year_parts(std::string_view low, const std::vector<Word>& words) {
  struct Phrase {
    std::string_view words, part;
  };
  static constexpr Phrase kTable[] = {
      {"first quarter", "q1"},  {"first-quarter", "q1"},  {"january-march", "q1"},
      {"second quarter", "q2"}, {"second-quarter", "q2"}, {"april-june", "q2"},
      {"third quarter", "q3"},  {"third-quarter", "q3"},  {"july-september", "q3"},
      {"fourth quarter", "q4"}, {"fourth-quarter", "q4"}, {"october-december", "q4"},
      {"first half", "h1"},     {"first-half", "h1"},     {"january-june", "h1"},
      {"second half", "h2"},    {"second-half", "h2"},    {"july-december", "h2"},
      {"nine months", "9m"},    {"nine-month", "9m"},     {"january-september", "9m"},
      {"three months", "3m"},   {"three-month", "3m"},    {"six months", "6m"},
      {"six-month", "6m"},      {"12-month", "12m"},      {"twelve months", "12m"}};
  static const Phrases kPhrases = [] {
    std::vector<std::string_view> phrases;
    for (const Phrase& p : kTable) phrases.push_back(p.words);
    return Phrases(std::move(phrases));
  }();
  std::set<std::string> out;
  kPhrases.each_in(low, [&](std::size_t i) { out.insert(std::string(kTable[i].part)); });
  for (const auto& [word, at] : words) {
    if (word.size() == 2 && word[0] == 'q' && word[1] >= '1' && word[1] <= '4') {
      out.insert(std::string(word));
    }
    if (word.size() == 2 && word[0] == 'h' && (word[1] == '1' || word[1] == '2')) {
      out.insert(std::string(word));
    }
  }
  return out;
}

SentenceFacts sentence_facts(const Claims& claims, std::size_t index, std::vector<Word>& words) {
  const std::string_view text = claims.text;
  const ByteSpan sentence = claims.sentences[index].span;
  SentenceFacts f;
  for (const Claim& c : claims_in_sentence(claims, index)) {
    if (c.kind == ClaimKind::kDate && c.month != 0 && c.year != 0) {
      f.dates.insert(c.date);
      if (c.day != 0) f.days.insert(c.date);
    }
  }
  const std::string_view raw = text.substr(sentence.begin, sentence.size());
  f.begin = sentence.begin;
  lower_into(raw, f.low);
  words_of(f.low, 0, words);
  for (const auto& [w, at] : words) {
    if (w.size() == 4 && all_digits(w) && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20")) {
      f.years.insert(std::string(w));
    }
    if (const std::string_view* scope = scope_words().find(w)) {
      f.scope_ends.emplace(*scope, at + w.size());
    }
  }
  f.parts = year_parts(f.low, words);
  // Months only as capitalised names: "may" in lower case is the modal ("may rise further").
  each_word(raw, 0, [&](Word w) {
    if (w.text.size() >= 3 && is_upper(w.text[0])) {
      if (const int m = month_of(w.text); m != 0) f.months.insert(m);
      std::string low;
      lower_into(w.text, low);
      if (is_weekday(low)) f.weekdays.insert(weekday_of(low));
    }
  });
  f.respectively = f.low.find("respectively") != std::string::npos;
  f.caseless = std::none_of(raw.begin(), raw.end(), [](char ch) { return is_upper(ch); });
  return f;
}

// The scope words written in a sentence before `cut` (an offset into it), as words_of() reads
// them from the sentence's first `cut` bytes: those whose first writing ends by then, and the
// start of a word the cut runs through.
void scope_before(std::string_view text, const SentenceFacts& f, std::size_t cut,
                  std::set<std::string>& scope) {
  auto add = [&](Word w) {
    if (scope_words().count(w.text)) scope.insert(std::string(w.text));
  };
  if (cut > f.low.size()) {  // a figure running past its sentence: read the text itself
    std::string low;
    lower_into(text.substr(f.begin, cut), low);
    each_word(low, 0, add);
    return;
  }
  for (const auto& [word, end] : f.scope_ends) {
    if (end <= cut) scope.insert(std::string(word));
  }
  const std::string_view low = f.low;
  auto inner = [](char ch) { return is_alnum(ch) || ch == '-' || ch == '\''; };
  if (cut == 0 || cut >= low.size() || !inner(low[cut - 1]) || !inner(low[cut])) return;
  // The cut may run through a word: read what lies between the last separator and the cut.
  std::size_t from = cut;
  while (from > 0 && inner(low[from - 1])) --from;
  each_word(low.substr(from, cut - from), from, add);
}

// Whether two sentences name different periods: years, parts of a year or dates that share none
// ("On January 5, 2016, ... a loan of $182" is not "On December 23, 2016, ... a loan of $172"),
// months or weekdays that share none ("in May" and "In June", "on Tuesday" and "On Wednesday"),
// or a part of a year in one and none in the other ("first-quarter operating profit rose to 41
// mln" is not "operating profit surged to EUR21m").
bool different_periods(const SentenceFacts& a, const SentenceFacts& b) {
  auto disjoint = [](const auto& x, const auto& y) {
    return !x.empty() && !y.empty() &&
           std::none_of(x.begin(), x.end(), [&](const auto& w) { return y.count(w) > 0; });
  };
  // Months or weekdays named in both that share none: "in May" is not "In June" (one named in one
  // sentence only is often when a figure was reported, not its period, so it does not part them).
  if (disjoint(a.years, b.years) || disjoint(a.parts, b.parts) || disjoint(a.dates, b.dates) ||
      disjoint(a.months, b.months) || disjoint(a.weekdays, b.weekdays)) {
    return true;
  }
  return a.parts.empty() != b.parts.empty();
}

bool share_a_day(const SentenceFacts& a, const SentenceFacts& b) {
  return std::any_of(a.days.begin(), a.days.end(),
                     [&](const std::string& d) { return b.days.count(d) > 0; });
}

// A number that names rather than measures: "note 16", "Item 7", a year standing alone ("2003
// stock options").
bool names_a_thing(std::string_view text, const Quantity& q) {
  const std::string_view digits = q.text;
  if (q.unit.empty() && digits.size() == 4 && all_digits(digits) &&
      (digits.substr(0, 2) == "19" || digits.substr(0, 2) == "20")) {
    return true;
  }
  const std::size_t from = q.span.begin > 16 ? q.span.begin - 16 : 0;
  std::string_view last;
  each_word(text.substr(from, q.span.begin - from), from, [&](Word w) { last = w.text; });
  if (last.empty()) return false;
  std::string w;
  lower_into(last, w);
  static const WordSet kLabels(lexicon::words({"repeated-label"}));
  return kLabels.count(w) > 0;
}

// Whether a figure measures a physical thing ("a 52m yacht", "a 3.2 GW plant"): compared, like
// money, as the size of one thing named right after both (shared_thing). A unit the lexicon does
// not list counts too: "m" is metres only by the words after it ("a 52m yacht").
bool physical(const Quantity& q) { return q.unit.dimension() >= Dimension::kLength; }

// A figure that could be restated elsewhere, with its surroundings.
struct Stated {
  const Claim* claim;
  const Quantity* q;
  Boxed<Context> ctx;  // on the heap: only a figure that is needed has its surroundings read
  const SentenceFacts* sentence = nullptr;  // set, with ctx, only for a figure that is needed
  std::set<std::string> own_names;          // ctx.names less the article's main names
  std::string digits;                       // digits_of(q->text)
  Interval value;                           // interval_of(*q)
  bool definite =
      false;  // told as known: the claim's first figure, after "the", "its" (Claim::definite)
  bool needed = false;  // some figure nearby could be reported with it (see could_pair)
};

bool digit_slip(std::string_view a, std::string_view b);
std::string digits_of(std::string_view text);

// Whether two figures pass the tests that need no reading of their surroundings: other
// sentences, one unit, within a factor of two, and values that overlap or differ by a slip.
// Only figures in such a pair have their surroundings read.
bool could_pair(const Stated& a, const Stated& b) {
  // A count told again as known may leave its noun out, and so its unit: "housed 1,275
  // families" ... "the 1,725 it housed".
  const bool same_unit =
      a.q->unit == b.q->unit || (b.definite && a.q->unit == "count" && b.q->unit.empty());
  if (a.claim->sentence == b.claim->sentence || !same_unit) return false;
  // A rate is told again only per the same thing ("42p a share" ... "the 24p per share").
  if (a.claim->per != b.claim->per) return false;
  if (!(a.q->value > 0 && b.q->value > 0) || a.q->value > 2 * b.q->value ||
      b.q->value > 2 * a.q->value) {
    return false;
  }
  return a.value.overlaps(b.value) || digit_slip(a.digits, b.digits);
}

// Each figure is compared with the kWindow figures before it, so a long document stays linear; a
// metric restated further apart than that is not judged.
constexpr std::size_t kWindow = 100;

// The significant digits of a figure as written: "$ 2,843" -> "2843", "3.40" -> "340".
std::string digits_of(std::string_view text) {
  std::string d;
  for (char ch : text) {
    if (std::isdigit(static_cast<unsigned char>(ch))) d += ch;
  }
  const auto first = d.find_first_not_of('0');
  return first == std::string::npos ? std::string() : d.substr(first);
}

// One digit changed, or two neighbouring digits swapped: 412,000 / 421,000, 3.4 / 3.9. Takes the
// figures' digits_of().
bool digit_slip(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.size() < 2 || a == b) return false;
  std::vector<std::size_t> diff;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) diff.push_back(i);
  }
  if (diff.size() == 1) return true;
  return diff.size() == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] &&
         a[diff[1]] == b[diff[0]];
}

// Whether a word the other side lacks lies between two shared ones: "direct services revenue"
// against "direct software revenue".
bool inner_difference(const std::vector<std::string>& side, const std::set<std::string>& common) {
  std::size_t first = side.size(), last = 0;
  for (std::size_t i = 0; i < side.size(); ++i) {
    if (common.count(side[i])) {
      first = std::min(first, i);
      last = i;
    }
  }
  for (std::size_t i = first; i < last; ++i) {
    if (!common.count(side[i])) return true;
  }
  return false;
}

// Whether words after a figure go on past the shared ones with a word of their own: the noun
// that ends a phrase names what it is, so "$2.4 million of earn-out liability payments" is not
// "earn-out liabilities of $4.4 million".
bool other_head(const std::vector<std::string>& right, const std::set<std::string>& common) {
  return !right.empty() && common.count(right.back()) == 0;
}

// The one metric word a figure is called by, when it has only one ("revenue"); a word opening a
// clause ("comprising") names nothing.
std::optional<std::string> sole_word(const Context& c) {
  if (c.left.size() + c.right.size() != 1) return std::nullopt;
  std::string w = c.left.empty() ? c.right.front() : c.left.front();
  if (lexicon::find("repeated-clause", w)) return std::nullopt;
  return w;
}

// The noun nearest both figures, on either side, when it is a metric's own name (lexicon class
// repeated-head: "profit", "grant", "revenue") and the later figure is told as one already known
// (Claim::definite: "the £221m profit"): "a pre-tax profit of £212m" and "the £221m profit
// showed", "a £4.6 million grant from" and "The £6.4m grant also paid". Words further off only
// narrow it; without "the", "currency exchange losses were $13.9 million" is another loss than
// "realized losses of $13.7 million". For money only, and weaker than two shared words (run()).
std::optional<std::string> shared_head(const Context& a, const Context& b, bool later_definite) {
  if (!later_definite) return std::nullopt;
  for (const auto* x : {&a.left, &a.right}) {
    for (const auto* y : {&b.left, &b.right}) {
      if (x->empty() || y->empty() || x->front() != y->front()) continue;
      // Different words before the name on both sides name two metrics: "direct services
      // revenue was $3.9 million" is not "direct software and other revenue was $2.9 million".
      if (x == &a.left && y == &b.left && x->size() > 1 && y->size() > 1 && (*x)[1] != (*y)[1]) {
        continue;
      }
      if (lexicon::find("repeated-head", x->front())) return x->front();
    }
  }
  return std::nullopt;
}

// The thing both amounts are the cost of, when the later is told as one already known: "a new
// £27.5 million sports centre will open" and "the £25.7m centre" (Context::thing). A present
// tense after the later one may read as part of its phrase, so its first word also names the
// thing ("the $79.1 million terminal starts"). Names just after either figure must agree ("the
// old €62.1m terminal at Brensk airport" is another one).
std::optional<std::string> shared_thing(const Context& a, const Context& b, bool later_definite) {
  if (!later_definite || a.thing.empty() || b.thing.empty()) return std::nullopt;
  if (a.thing != b.thing && a.thing != b.thing_first) return std::nullopt;
  if (a.names_after != b.names_after) return std::nullopt;
  return a.thing;
}

// The words two figures share on one side each ("postpaid phone" after both, "net cash" after
// one and before the other), when at least two, neither figure puts a word of its own among them
// and neither names another thing after them; or the one word that is all either figure is
// called, for amounts of money ("group revenue reached £2.38bn" and "the £2.83bn of revenue":
// "group" says nothing; a count called "item" or "restaurant" is too often another); or, for
// money told as known ("the £221m profit", `later_definite`), a metric name nearest both
// (shared_head); else empty.
std::set<std::string> same_metric(const Context& a, const Context& b, bool money, bool measure,
                                  bool later_definite) {
  if (const auto w = sole_word(a); money && w && w == sole_word(b)) return {*w};
  for (const auto* x : {&a.left, &a.right}) {
    for (const auto* y : {&b.left, &b.right}) {
      std::set<std::string> common;
      for (const std::string& w : *x) {
        if (std::find(y->begin(), y->end(), w) != y->end()) common.insert(w);
      }
      if (common.size() < 2) continue;
      if (inner_difference(*x, common) && inner_difference(*y, common)) continue;
      if ((x == &a.right && other_head(*x, common)) || (y == &b.right && other_head(*y, common))) {
        continue;
      }
      return common;
    }
  }
  if (money) {
    if (const auto w = shared_head(a, b, later_definite)) return {*w};
  }
  if (money || measure) {
    if (const auto w = shared_thing(a, b, later_definite)) return {*w};
  }
  return {};
}

// The forms a verb's word may be the base of: an irregular form's base (lexicon class
// repeated-verb-form: "flown" -> "fly"), else the word with its ending taken off in each way it
// can be ("housed" -> "housed", "house", "hous"; "planned" -> "plan").
std::vector<std::string> verb_bases(std::string_view w) {
  if (const lexicon::Entry* e = lexicon::find("repeated-verb-form", w)) {
    return {std::string(e->value)};
  }
  std::vector<std::string> out{std::string(w)};
  for (const lexicon::Entry& e : lexicon::entries("repeated-verb-ending")) {
    if (w.size() < e.word.size() + 3 || !w.ends_with(e.word)) continue;
    const std::string base(w.substr(0, w.size() - e.word.size()));
    std::vector<std::string_view> added = lexicon::fields(e.value);
    const bool undouble = std::erase(added, "undouble") > 0;
    if (added.empty()) added.push_back("-");
    for (std::string_view letters : added) {
      const std::size_t n = base.size();
      if (letters == "-" && undouble && base[n - 1] == base[n - 2]) {
        out.push_back(base.substr(0, n - 1));  // "planned", "shipping"
      }
      out.push_back(letters == "-" ? base : base + std::string(letters));
    }
  }
  return out;
}

bool same_verb(std::string_view a, std::string_view b) {
  const std::vector<std::string> x = verb_bases(a), y = verb_bases(b);
  return std::any_of(x.begin(), x.end(), [&](const std::string& v) {
    return std::find(y.begin(), y.end(), v) != y.end();
  });
}

// The verb a later count is told by when it names no noun of its own, and the earlier count was
// counted with the same verb: "carried 412,000 passengers over the weekend" ... "the 421,000
// carried over the weekend", "housed 1,275 families" ... "the 1,725 it housed". The later count is
// told as known (the, its), and the words it puts after its verb stand after the earlier figure
// too ("at the Leeds plant", "in March"): another plant or month is another count. They run to
// the next verb, or to a common word after one that matched ("over the summer set a record").
std::optional<std::string> shared_verb(const Stated& a, const Stated& b) {
  static const WordSet kVerbs(lexicon::words({"repeated-verb"}));
  if (!b.definite || b.q->unit == "%" || is_currency(b.q->unit)) return std::nullopt;
  const std::string& before = a.ctx->verb_before;
  if (before.size() < 3 || stop_words().count(before) || kVerbs.count(before) ||
      has_digit(before)) {
    return std::nullopt;
  }
  const std::vector<std::string>& after = b.ctx->after;
  std::size_t i = 0;
  while (i < after.size() && stop_words().count(after[i]) && !kVerbs.count(after[i])) ++i;
  if (i == after.size() || !same_verb(before, after[i])) return std::nullopt;
  bool matched = false;
  for (std::size_t k = i + 1; k < after.size(); ++k) {
    const std::string& w = after[k];
    if (kVerbs.count(w) || past_form(w)) break;
    if (stop_words().count(w)) continue;
    if (std::find(a.ctx->after.begin(), a.ctx->after.end(), w) != a.ctx->after.end()) {
      matched = true;
    } else if (matched && !b.ctx->after_named[k]) {
      break;
    } else {
      return std::nullopt;
    }
  }
  return after[i];
}

// The noun both counts count, when the later is told as known ("Brightwater Zoo welcomed 1.24
// million visitors" ... "The 1.42 million visitors spent"): the first word of each claim's
// Claim::counted, singular, a noun rather than a verb or a common word.
std::optional<std::string> shared_count_noun(const Stated& a, const Stated& b) {
  static const WordSet kVerbs(lexicon::words({"repeated-verb"}));
  if (!b.definite || a.q->unit != "count" || b.q->unit != "count") return std::nullopt;
  auto noun = [](const Claim& c) -> std::string {
    std::string w = c.counted.substr(0, c.counted.find(' '));
    if (w.size() < 3 || has_digit(w) || stop_words().count(w) || kVerbs.count(w) || past_form(w)) {
      return {};
    }
    return singular(std::move(w));
  };
  const std::string x = noun(*a.claim);
  if (x.empty() || x != noun(*b.claim)) return std::nullopt;
  return x;
}

// What two rates are per (Claim::per, "share"), when they are per the same thing, the later is
// told as known ("the 36 cents a share") and names the figure by no word the earlier lacks:
// "earnings of 63 cents a share" ... "the 36 cents a share", not "the 36 cents a share dividend".
std::optional<std::string> shared_per(const Stated& a, const Stated& b) {
  if (!b.definite || a.claim->per.empty() || a.claim->per != b.claim->per) return std::nullopt;
  for (const auto* side : {&b.ctx->left, &b.ctx->right}) {
    for (const std::string& w : *side) {
      const auto& x = a.ctx->left;
      const auto& y = a.ctx->right;
      if (std::find(x.begin(), x.end(), w) == x.end() &&
          std::find(y.begin(), y.end(), w) == y.end())
        return std::nullopt;
    }
  }
  std::string out;
  for (const std::string& p : a.claim->per) out += (out.empty() ? "" : " ") + p;
  return out;
}

// Whether the two words nearest one figure, on either side, are the two nearest the other:
// "pre-tax profit was £212m" and "£221m pre-tax profit", but not "cash consideration of £4.3
// million" and "£4.0 million comprising the cash consideration".
// A figure called by one word only is called by its nearest: "group revenue reached £2.38bn".
bool nearest_shared(const Context& a, const Context& b) {
  if (const auto w = sole_word(a); w && w == sole_word(b)) return true;
  auto same = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    return x.size() >= 2 && y.size() >= 2 &&
           ((x[0] == y[0] && x[1] == y[1]) || (x[0] == y[1] && x[1] == y[0]));
  };
  return same(a.left, b.left) || same(a.left, b.right) || same(a.right, b.left) ||
         same(a.right, b.right);
}

// Whether a figure's words name another entity than the article's subject by its relation to
// it: "Its rival posted a £118m pre-tax profit" is not the subject's own £188m.
bool other_entity(const Context& c) {
  static const WordSet kOthers(lexicon::words({"repeated-other-entity"}));
  auto any = [](const std::vector<std::string>& side) {
    return std::any_of(side.begin(), side.end(),
                       [](const std::string& w) { return kOthers.count(w) > 0; });
  };
  return any(c.left) || any(c.right);
}

// Whether the words nearest the two figures, on the same side, name opposites: "gains of $6.1
// million" is not "losses of $5.1 million", a liability not an asset.
bool opposed(const Context& a, const Context& b) {
  static constexpr std::pair<std::string_view, std::string_view> kOpposites[] = {
      {"gain", "loss"},           {"profit", "loss"},
      {"income", "loss"},         {"income", "expense"},
      {"asset", "liability"},     {"receivable", "payable"},
      {"inflow", "outflow"},      {"purchase", "sale"},
      {"borrowing", "repayment"}, {"unrecognized", "recognized"}};
  auto nearest_opposed = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    if (x.empty() || y.empty()) return false;
    return std::any_of(std::begin(kOpposites), std::end(kOpposites), [&](const auto& pair) {
      return (x.front() == pair.first && y.front() == pair.second) ||
             (x.front() == pair.second && y.front() == pair.first);
    });
  };
  return nearest_opposed(a.left, b.left) || nearest_opposed(a.right, b.right);
}

// Whether the two claims compare their figures with different things: a restated figure keeps its
// comparison, so "down from EUR 15.0 mn" and "from EUR 16.6 mn", or "up 16.7%" and "up 44.0%",
// mean two periods or two firms.
bool different_comparisons(const Claim& a, const Claim& b) {
  if (a.old_value && b.old_value && a.old_value->unit == b.old_value->unit &&
      !interval_of(*a.old_value).overlaps(interval_of(*b.old_value))) {
    return true;
  }
  for (const Quantity& x : a.changes) {
    for (const Quantity& y : b.changes) {
      if (x.unit == "%" && y.unit == "%" && !interval_of(x).overlaps(interval_of(y))) return true;
    }
  }
  return false;
}

// Whether "last year" by one figure only marks another period than the other's. An article often
// tells its year as "last year" once ("made a pre-tax profit of £31.4m last year") and not again;
// but "last year" by the later figure sets it against the earlier ("Sales were £34.1m. Last year
// they were £31.4m"), as does "this year" by the other, or a change leading to the other figure
// when the "last year" one is a plain figure ("Sales rose to £34.1m" ... "£31.4m last year").
// A year named by the other figure alone ("Revenue climbed to €1.38bn last year" ... "Revenue
// was €1.83bn in 2019") may or may not be "last year": with no date to tell, they are kept apart.
bool last_year_apart(const Stated& earlier, const Stated& later) {
  if (earlier.ctx->last_year == later.ctx->last_year) return false;
  if (later.ctx->last_year) return true;
  if (earlier.ctx->years.empty() && !later.ctx->years.empty()) return true;
  auto is_change = [](const Claim& c) {
    return c.direction != Direction::kNone || c.old_value || c.lead == Lead::kReached;
  };
  return later.ctx->this_year || (is_change(*later.claim) && !is_change(*earlier.claim));
}

// The figures of a document, with what their sentences say (one entry per sentence that has any;
// a deque, so the figures can point at them).
struct Figures {
  std::vector<Stated> stated;
  std::deque<SentenceFacts> sentences;
};

Figures stated_figures(const Claims& claims) {
  Figures out;
  // The figures that could be restated elsewhere, without their surroundings yet.
  // A percentage is compared only with a later one told as known ("the 32.6% turnout"), so only
  // those up to the last such one are kept: a table of percentages costs nothing.
  std::size_t known_percent_end = 0;
  for (const Claim& c : claims.claims) {
    if (c.definite && !c.quantities.empty() && c.quantities.front().unit == "%") {
      known_percent_end = c.quantities.front().span.end;
    }
  }
  for (const Claim& c : claims.claims) {
    if (c.sentence >= claims.sentences.size()) continue;
    // A change statement's new value and its absolute changes ("added 412,000 subscribers"),
    // or a figure standing alone.
    std::vector<const Quantity*> candidates;
    if (c.new_value) candidates.push_back(&*c.new_value);
    for (const Quantity& change : c.changes) candidates.push_back(&change);
    // A rate counts as one figure per what it is per (Claim::per; could_pair).
    if (!c.new_value && c.changes.empty() && c.quantities.size() == 1 &&
        (c.kind == ClaimKind::kMoney || c.kind == ClaimKind::kCount ||
         c.kind == ClaimKind::kNumber || c.kind == ClaimKind::kPercent ||
         (c.kind == ClaimKind::kRate && !c.per.empty()))) {
      candidates.push_back(&c.quantities.front());
    }
    for (const Quantity* q : candidates) {
      // A percentage is a level only as a change's new value or alone ("a 13.8% market share");
      // a change's percent is how it moved, never a figure told again.
      const bool level =
          q->unit == "%" && ((c.new_value && q == &*c.new_value) || c.kind == ClaimKind::kPercent);
      if ((q->unit == "%" && (!level || q->span.end > known_percent_end)) || q->unit == "pp" ||
          q->unit == "x" || q->is_range || q->is_word) {
        continue;
      }
      if (q->hedge_kind == Hedge::kMoreThan || q->hedge_kind == Hedge::kLessThan) continue;
      if (!(is_currency(q->unit) || q->unit == "count" || q->unit.empty() || q->unit == "%" ||
            physical(*q))) {
        continue;
      }
      if (names_a_thing(claims.text, *q)) continue;
      // Figures in a list matched to periods or items by position: which is which cannot be read.
      if (c.respectively) continue;
      Stated s;
      s.claim = &c;
      s.q = q;
      s.digits = digits_of(q->text);
      s.value = interval_of(*q);
      s.definite = c.definite && q == &c.quantities.front();
      out.stated.push_back(std::move(s));
    }
  }
  std::vector<Stated>& stated = out.stated;
  for (std::size_t j = 0; j < stated.size(); ++j) {
    for (std::size_t i = j > kWindow ? j - kWindow : 0; i < j; ++i) {
      if (could_pair(stated[i], stated[j])) stated[i].needed = stated[j].needed = true;
    }
  }
  if (std::none_of(stated.begin(), stated.end(), [](const Stated& s) { return s.needed; })) {
    return out;
  }
  // Every figure's span, with its claim, to bound the surroundings of the others.
  struct Mark {
    std::size_t begin, end;
    const Claim* claim;
  };
  std::vector<Mark> marks;
  for (const Claim& c : claims.claims) {
    if (c.kind == ClaimKind::kDate) continue;
    for (const Quantity& q : c.quantities) marks.push_back({q.span.begin, q.span.end, &c});
  }
  // Sorted by position, so each figure looks only at the marks within its reach.
  std::sort(marks.begin(), marks.end(),
            [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
  // The surroundings of the figures that are needed.
  std::size_t facts_of = claims.sentences.size();  // the sentence out.sentences.back() describes
  Scratch scratch;
  OpeningWords openings(claims.text);
  for (Stated& s : stated) {
    if (!s.needed) continue;
    const Claim& c = *s.claim;
    const Quantity* q = s.q;
    const ByteSpan sentence = claims.sentences[c.sentence].span;
    if (facts_of != c.sentence) {
      out.sentences.push_back(sentence_facts(claims, c.sentence, scratch.words));
      facts_of = c.sentence;
      openings.clear();
    }
    std::size_t begin =
        std::max(sentence.begin, q->span.begin > kReach ? q->span.begin - kReach : 0);
    std::size_t end = std::min(sentence.end, q->span.end + kReach);
    // Figures are short: a mark that ends within reach starts at most kLongest before it.
    constexpr std::size_t kLongest = 256;
    const std::size_t from = begin > kLongest ? begin - kLongest : 0;
    auto first = std::lower_bound(marks.begin(), marks.end(), from,
                                  [](const Mark& m, std::size_t at) { return m.begin < at; });
    bool after_figure = false;   // another figure bounds the surroundings on the left
    bool before_figure = false;  // and on the right
    for (auto it = first; it != marks.end() && it->begin < end; ++it) {
      const Mark& m = *it;
      if (m.claim == &c) continue;
      if (m.end <= q->span.begin && m.end >= begin) {
        begin = m.end;
        after_figure = true;
      }
      if (m.begin >= q->span.end && m.begin <= end) {
        end = m.begin;
        before_figure = true;
      }
    }
    // The old value and what follows it describe the earlier period.
    if (c.old_value) {
      if (c.old_value->span.begin >= q->span.end) end = std::min(end, c.old_value->span.begin);
      if (c.old_value->span.end <= q->span.begin) begin = std::max(begin, c.old_value->span.end);
    }
    s.sentence = &out.sentences.back();
    const bool definite = c.definite && !c.quantities.empty() && q == &c.quantities.front();
    read_context(claims.text, begin, end, q->span, sentence.begin, after_figure, before_figure,
                 definite, scratch, openings, *(s.ctx = Context{}));
    s.ctx->caseless = s.sentence->caseless;
    // A scope word anywhere before the figure in its sentence.
    if (q->span.begin > sentence.begin) {
      scope_before(claims.text, *s.sentence, q->span.begin - sentence.begin, s.ctx->scope);
    }
  }
  return out;
}

// The names the article is about: capitalised words written at least three times and at least
// half as often as the most frequent one ("Tallyhaus" in a story about Tallyhaus). A figure's
// other names narrow its scope ("In the Baltic countries, net sales ...").
std::unordered_set<std::string> main_names(std::string_view text) {
  // Counted as written, matched regardless of case ("Tesco", "TESCO"): no word is copied.
  struct CaselessHash {
    std::size_t operator()(std::string_view w) const {
      std::size_t h = 1469598103934665603u;
      for (char ch : w)
        h = (h ^ static_cast<unsigned char>(is_upper(ch) ? ch - 'A' + 'a' : ch)) * 1099511628211u;
      return h;
    }
  };
  struct CaselessEqual {
    bool operator()(std::string_view a, std::string_view b) const {
      if (a.size() != b.size()) return false;
      for (std::size_t i = 0; i < a.size(); ++i) {
        const char x = is_upper(a[i]) ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
        const char y = is_upper(b[i]) ? static_cast<char>(b[i] - 'A' + 'a') : b[i];
        if (x != y) return false;
      }
      return true;
    }
  };
  std::unordered_map<std::string_view, int, CaselessHash, CaselessEqual> written;
  // Capitalised words written side by side ("Halvorsen Semiconductor"), in text order.
  std::vector<std::pair<std::string_view, std::string_view>> pairs;
  Word previous{{}, 0};
  each_word(text, 0, [&](Word word) {
    if (is_upper(word.text[0])) {
      if (word.text.size() > 2) ++written[word.text];
      if (!previous.text.empty() && is_upper(previous.text[0]) &&
          word.at - (previous.at + previous.text.size()) <= 2) {
        pairs.emplace_back(previous.text, word.text);
      }
    }
    previous = word;
  });
  std::vector<std::pair<std::string, int>> counts;
  counts.reserve(written.size());
  for (const auto& [name, n] : written) {
    counts.emplace_back();
    lower_into(name, counts.back().first);
    counts.back().second = n;
  }
  int top = 0;
  for (const auto& [name, n] : counts) {
    if (!stop_words().count(name) && !is_month(name)) top = std::max(top, n);
  }
  std::unordered_set<std::string> out;
  for (const auto& [name, n] : counts) {
    if (n >= 3 && 2 * n >= top) out.insert(name);
  }
  // The rest of a name the subject is written with: "Halvorsen Semiconductor Inc.".
  std::string a, b;
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& [first, second] : pairs) {
      lower_into(first, a);
      lower_into(second, b);
      if (out.count(a)) out.insert(b);
      if (out.count(b)) out.insert(a);
    }
  }
  return out;
}

// The names in `names` that are not in `main`.
std::set<std::string> minus(const std::set<std::string>& names,
                            const std::unordered_set<std::string>& main) {
  std::set<std::string> out;
  for (const std::string& n : names) {
    if (!main.count(n)) out.insert(n);
  }
  return out;
}

std::string joined(const std::set<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

class RepeatedFigureCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override { return kSummary; }
  CheckDoc doc() const override {
    return {.what =
                "The same metric of the same entity and period stated with different values in "
                "different places: \"Korpela's 4,700 employees\" and later \"Korpela's 4,800 "
                "employees\". The figures' surroundings must name the same thing (shared metric "
                "words, or for money the one word both are called by, the same period, the same "
                "entity), so a figure of another year, place or scope is not compared. \"Last "
                "year\" by the first figure only is the year the article reports. A count or a "
                "percentage told again as known (\"the 521,000 visitors\", \"the 32.6% "
                "turnout\") may leave out the owner the first names, and a count its noun when "
                "both are counted by one verb (\"carried 412,000 passengers\" ... \"the 421,000 "
                "carried\"). A warning: only an editor knows which is right.",
            .leaves_alone =
                "Forecasts and limits, figures of different scope words (\"combined\", \"total\"), "
                "figures more than a factor of two apart (a slip changes a digit or two), and "
                "figures in the same sentence.",
            .passes =
                "Korpela's 4,700 employees serve customers in more than 20 countries.\nKorpela's "
                "4,700 employees serve customers in more than 20 countries.",
            .fails =
                "Korpela's 4,700 employees serve customers in more than 20 countries.\nKorpela's "
                "4,800 employees serve customers in more than 20 countries."};
  }
  Severity default_severity() const override { return Severity::kWarning; }
  // Its index of every figure and its surroundings outweighs the few findings it makes.
  bool indexes_document() const override { return true; }

  void run(const Claims& claims, FindingSink& out) const override {
    Figures all = stated_figures(claims);
    std::vector<Stated>& figures = all.stated;
    if (figures.size() < 2) return;  // nothing to compare
    // The article's main names, read only once a pair of figures gets as far as needing them.
    std::optional<std::unordered_set<std::string>> main;
    auto own_names = [&](Stated& f) -> const std::set<std::string>& {
      if (!main) {
        main = main_names(claims.own_text());
        for (Stated& g : figures) {
          if (g.needed) g.own_names = minus(g.ctx->names, *main);
        }
      }
      return f.own_names;
    };
    for (std::size_t j = 0; j < figures.size(); ++j) {
      // One finding per later figure: a disagreement if any earlier figure gives one.
      std::optional<Finding> best;
      // A warning on one shared head word only (shared_head) waits: an earlier figure that
      // agrees with the later one and shares its words gives a pass instead ("the £221m profit"
      // after a pre-tax profit of £212m and an operating profit of £221m).
      std::optional<Finding> head_only;
      if (!figures[j].needed) continue;
      for (std::size_t i = j > kWindow ? j - kWindow : 0; i < j; ++i) {
        Stated& a = figures[i];
        Stated& b = figures[j];
        // Other sentences, one unit, within a factor of two (a slip changes a digit or two; a
        // unit cost and a total are different things), and values that overlap or differ by a
        // slip of the pen: one digit changed or two neighbours swapped, in figures of two or more
        // significant digits. Otherwise the two are more likely two periods or line items of a
        // filing than one figure.
        if (!a.needed || !could_pair(a, b)) continue;
        // A percentage is compared only with a later one told as known: "the 32.6% turnout".
        if (a.q->unit == "%" && !b.definite) continue;
        if (a.ctx->prior != b.ctx->prior || a.ctx->forecast || b.ctx->forecast) continue;
        if (last_year_apart(a, b)) continue;
        if (!a.ctx->years.empty() && !b.ctx->years.empty() && a.ctx->years != b.ctx->years)
          continue;
        if (!a.ctx->quarters.empty() && !b.ctx->quarters.empty() &&
            a.ctx->quarters != b.ctx->quarters) {
          continue;
        }
        if (different_periods(*a.sentence, *b.sentence)) continue;
        if (opposed(*a.ctx, *b.ctx) || different_comparisons(*a.claim, *b.claim)) continue;
        if (other_entity(*a.ctx) != other_entity(*b.ctx)) continue;
        // A place the later figure leaves out, when it is told as known, is the earlier's ("the
        // jobless rate in Tarland stood at 6.8%" ... "the 8.6% jobless rate"); see later_unnamed.
        const bool place_left_out = !is_currency(a.q->unit) && b.definite &&
                                    std::includes(a.ctx->places.begin(), a.ctx->places.end(),
                                                  b.ctx->places.begin(), b.ctx->places.end());
        if (a.ctx->places != b.ctx->places && !place_left_out) continue;
        // Lower-cased filings text names no entities or regions we could tell apart ("in south
        // america , ... gross margin increased $ 17 million"): only a figure tied to the same day
        // in both sentences is compared ("total debt of $ 3.9 billion at december 31 , 2025").
        if ((a.ctx->caseless || b.ctx->caseless) && !share_a_day(*a.sentence, *b.sentence))
          continue;
        // Words that widen or narrow a metric's scope must agree: "combined annual sales of
        // $30bn" is not one firm's "annual sales of $15.6bn".
        if (a.ctx->scope != b.ctx->scope) continue;
        // Names other than the article's own subject narrow a figure's scope: they must agree.
        // (The same names leave the same names once the main ones are taken out.)
        // A figure that names no one is taken as the article's subject's, and so the same as
        // one that names it ("Larkspur has raised a $90 million funding round" ... "With a $96
        // million funding round, the company ...").
        // Only amounts of money whose two nearest words are the same: "16" and "18" are too
        // often an age, a count or a rank, and shared words further off too often name two
        // things ("cash consideration of £4.3 million" is not "a net inflow of £4.0 million
        // comprising the cash consideration").
        const bool one_unnamed =
            a.ctx->names.empty() != b.ctx->names.empty() &&
            (own_names(a).empty() || own_names(b).empty()) && is_currency(a.q->unit) &&
            (nearest_shared(*a.ctx, *b.ctx) || shared_head(*a.ctx, *b.ctx, b.claim->definite) ||
             shared_thing(*a.ctx, *b.ctx, b.claim->definite) || shared_per(a, b));
        // A count or percentage told as known that names no one the earlier does not, after one
        // whose owner is named ("Orvik Museum drew 512,000 visitors" ... "the 521,000 visitors
        // showed"), is taken as the same subject's; its metric must then match as strongly as two
        // shared words, the noun both count or the verb both are counted by.
        const bool later_unnamed = !is_currency(a.q->unit) && b.definite &&
                                   a.ctx->names != b.ctx->names &&
                                   std::includes(a.ctx->names.begin(), a.ctx->names.end(),
                                                 b.ctx->names.begin(), b.ctx->names.end());
        if (a.ctx->names != b.ctx->names && own_names(a) != own_names(b) && !one_unnamed &&
            !later_unnamed) {
          continue;
        }
        const Interval& va = a.value;
        const Interval& vb = b.value;
        // Only a warning replaces a finding already made (a pass): the first one found stays.
        const bool warns = !va.overlaps(vb);
        if (best && (best->severity == Severity::kWarning || !warns)) continue;
        std::set<std::string> common =
            same_metric(*a.ctx, *b.ctx, is_currency(a.q->unit), physical(*a.q), b.claim->definite);
        std::optional<std::string> noun, verb;
        if (common.empty() && !is_currency(a.q->unit) && a.q->unit != "%") {
          noun = shared_count_noun(a, b);
          if (!noun) verb = shared_verb(a, b);
          if (noun) common = {*noun};
          if (verb) common = {*verb};
        }
        // Two rates per the same thing ("63 cents a share" ... "the 36 cents a share"), the later
        // told as known and named by no word the earlier lacks.
        std::optional<std::string> per;
        if (common.empty() && a.claim->kind == ClaimKind::kRate &&
            b.claim->kind == ClaimKind::kRate) {
          per = shared_per(a, b);
          if (per) common = {*per};
        }
        if (common.empty()) {
          continue;
        }
        const bool head_word =
            noun || verb || per || (common.size() == 1 && sole_word(*a.ctx) != sole_word(*b.ctx));
        Finding f;
        f.check = std::string(kId);
        f.claims = {a.claim->id, b.claim->id};
        f.span = b.claim->span;
        const std::string explain =
            (noun   ? "both count " + *noun + ", the later told as the ones already counted"
             : per  ? "both are rates per " + *per + ", the later told as the one already named"
             : verb ? "both are counted by \"" + a.ctx->verb_before +
                          "\" with the same words "
                          "after it, the later told as the ones already counted"
             : head_word && a.ctx->thing == joined(common)
                 ? "both figures are the cost of a \"" + a.ctx->thing +
                       "\", the later told as the one already named"
             : head_word
                 ? "the word nearest both figures is \"" + joined(common) +
                       "\", the name of a metric"
                 : "both figures stand beside the same metric words (" + joined(common) + ")") +
            (one_unnamed
                 ? ", one naming " + joined(a.ctx->names.empty() ? b.ctx->names : a.ctx->names) +
                       " and the other no one, taken as the same subject"
             : later_unnamed && own_names(a) != own_names(b)
                 ? ", the earlier naming " + joined(a.ctx->names) + " and the later " +
                       (b.ctx->names.empty() ? "no one" : "only " + joined(b.ctx->names)) +
                       ", told as known, taken as the same subject"
                 : "") +
            (a.ctx->years.empty() && b.ctx->years.empty() ? "" : " and no different period") +
            "; " + a.q->text + " allows " + format_range(va, a.q->unit) + ", " + b.q->text +
            " allows " + format_range(vb, b.q->unit);
        if (!warns) {
          f.severity = Severity::kPass;
          f.message = "figure restated consistently: " + b.q->text + " and earlier " + a.q->text;
          f.explanation = explain + ": consistent";
        } else {
          f.severity = Severity::kWarning;
          f.message = "figure stated as " + b.q->text + " here and " + a.q->text + " earlier";
          f.explanation = explain +
                          ": they do not overlap, so they cannot be one figure; an "
                          "editor should check whether they measure the same thing";
          std::string da(a.q->text), db(b.q->text);
          std::sort(da.begin(), da.end());
          std::sort(db.begin(), db.end());
          if (da == db) f.slip = "transposed digits";
        }
        if (warns && head_word) {
          if (!head_only) head_only = std::move(f);
          continue;
        }
        best = std::move(f);
        if (warns) break;  // nothing replaces a warning
      }
      if (head_only && !best) best = std::move(head_only);
      if (best) out.add(std::move(*best));
    }
  }
};

}  // namespace

std::unique_ptr<const Check> make_repeated_figure() {
  return std::make_unique<RepeatedFigureCheck>();
}

}  // namespace factcheck::checks
