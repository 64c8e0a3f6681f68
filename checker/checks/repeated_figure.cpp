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
//     figures ("gains of", "losses of");
//   - not name different periods: the years, the quarters ("fourth-quarter", "Q4") and the
//     prior-period words ("a year earlier", "previous") must agree where both state them; and
//     over the whole sentence, the years, the dates and the parts of a year ("the first nine
//     months", "April-June") must share one where both state them, and a part of a year in one
//     needs one in the other;
//   - not name different entities: the capitalised names before each figure, less the names the
//     article is about (written at least three times, at least half as often as the most
//     frequent), must be the same ("In the Baltic countries, net sales ..." is a narrower scope;
//     "Tesco's profits" against "Asda's profits" are two metrics), and so must places named
//     after "in" or "across" just after it, even the article's own ("in the JPKO region");
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
// Percentages, old values and hedged open-ended figures ("more than 400") are left alone.
#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "checker/checks/all.h"
#include "checker/checks/common.h"
#include "checker/interval.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "repeated-figure";
constexpr std::string_view kSummary =
    "the same metric of the same entity and period stated with different values in different "
    "places";

constexpr std::size_t kReach = 80;  // bytes of surroundings each side of a figure

// Words that say nothing about which metric a figure measures.
const std::set<std::string>& stop_words() {
  static const std::set<std::string> words = {
      "the",      "and",         "for",       "from",      "with",
      "its",      "their",       "his",       "her",       "our",
      "was",      "were",        "are",       "been",      "has",
      "have",     "had",         "that",      "this",      "which",
      "who",      "said",        "say",       "says",      "reported",
      "report",   "rose",        "fell",      "rise",      "fall",
      "increase", "increased",   "decrease",  "decreased", "grew",
      "growth",   "added",       "add",       "compared",  "than",
      "more",     "less",        "about",     "some",      "year",
      "quarter",  "month",       "company",   "firm",      "group",
      "new",      "also",        "while",     "after",     "before",
      "per",      "cent",        "percent",   "million",   "billion",
      "thousand", "not",         "will",      "would",     "could",
      "may",      "still",       "just",      "only",      "over",
      "under",    "one",         "two",       "three",     "four",
      "five",     "six",         "seven",     "eight",     "nine",
      "ten",      "around",      "roughly",   "nearly",    "almost",
      "into",     "out",         "all",       "them",      "they",
      "these",    "those",       "there",     "here",      "when",
      "what",     "but",         "both",      "each",      "other",
      "such",     "most",        "much",      "many",      "any",
      "own",      "being",       "bringing",  "brings",    "earlier",
      "ago",      "previous",    "prior",     "last",      "next",
      "first",    "second",      "third",     "fourth",    "ended",
      "end",      "at",          "on",        "in",        "by",
      "of",       "to",          "as",        "it",        "we",
      "is",       "be",          "or",        "an",        "up",
      "down",     "now",         "then",      "well",      "ahead",
      "against",  "between",     "since",     "came",      "come",
      "made",     "make",        "gave",      "give",      "took",
      "take",     "today",       "yesterday", "week",      "day",
      "days",     "months",      "years",     "share",     "shares",
      "peso",     "pesos",       "rouble",    "roubles",   "yen",
      "rupee",    "rupees",      "dollar",    "dollars",   "pound",
      "pounds",   "euro",        "euros",     "unit",      "units",
      "trillion", "bn",          "mn",        "cents",     "pence",
      "record",   "worth",       "mln",       "bln",       "eur",
      "usd",      "gbp",         "pct",       "during",    "fiscal",
      "offset",   "partially",   "primarily", "mainly",    "approximately",
      "due",      "attributable"};
  return words;
}

std::string singular(std::string w) {
  if (w.size() > 5 && w.compare(w.size() - 4, 4, "sses") == 0) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ies") == 0)
    return w.substr(0, w.size() - 3) + "y";
  if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
  return w;
}

bool is_month(const std::string& w) {
  static const std::set<std::string> months = {
      "january",   "february", "march",    "april",    "may",  "june", "july", "august",
      "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
      "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
  return months.count(w) > 0;
}

// What the surroundings of a figure say.
struct Context {
  std::vector<std::string> left;   // up to three content words before the figure, nearest first
  std::vector<std::string> right;  // up to three content words after it, nearest first
  std::set<std::string> scope;     // "combined", "total", ... within four words either side
  std::set<std::string> years;     // "2025"
  std::set<std::string> quarters;  // "q4"
  bool prior = false;              // "a year earlier", "previous", "year-ago"
  bool forecast = false;           // "forecast", "expects", "between": not a reported figure
  bool caseless = false;           // the sentence has no capital letters (tokenised filings)
  std::set<std::string> names;     // capitalised words before the figure
  std::set<std::string> places;  // names after "in" or "across" just after it: "in the JPKO region"
};

// What a whole sentence says about the period of every figure in it. The surroundings of a
// figure often miss it: "For 2019, cash ... included a $2.43 billion decrease in receivables".
struct SentenceFacts {
  std::set<std::string> years;  // every year it names: "2019"
  std::set<std::string> parts;  // the parts of a year it names: "q2", "h1", "9m"
  std::set<std::string> dates;  // the dates it names to the month or day: "2016-01-05"
  std::set<std::string> days;   // those named to the day
  bool respectively = false;    // "$2.5 million, $2.6 million ... in 2019, 2018, respectively"
  bool caseless = false;        // no capital letters (tokenised filings)
};

// Splits text into words (letters, digits, hyphens and apostrophes kept inside a word).
std::vector<std::pair<std::string, std::size_t>> words_of(std::string_view text, std::size_t base) {
  std::vector<std::pair<std::string, std::size_t>> out;
  std::string w;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const char ch = i < text.size() ? text[i] : ' ';
    const bool inner =
        std::isalnum(static_cast<unsigned char>(ch)) || ((ch == '-' || ch == '\'') && !w.empty());
    if (inner) {
      if (w.empty()) start = base + i;
      w += ch;
    } else if (!w.empty()) {
      while (!w.empty() && (w.back() == '-' || w.back() == '\'')) w.pop_back();
      if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
      out.push_back({w, start});
      w.clear();
    }
  }
  return out;
}

// Whether the article writes `w` near `at`. Within 16 KiB either way covers any article whole,
// and keeps a multi-megabyte input linear instead of searching all of it for every word.
bool written_near(std::string_view text, const std::string& w, std::size_t at) {
  constexpr std::size_t kNear = 16384;
  const std::size_t from = at > kNear ? at - kNear : 0;
  return text.substr(from, 2 * kNear).find(w) != std::string_view::npos;
}

// A word that says what a figure measures, normalised ("customers" -> "subscriber"), or nullopt
// for common words, names, numbers and past-tense verbs ("reached").
std::optional<std::string> metric_word(std::string_view text, const std::string& word,
                                       std::size_t at, std::size_t sentence_begin) {
  const std::string w = lower(word);
  if (std::any_of(w.begin(), w.end(), ::isdigit) || is_month(w)) return std::nullopt;
  const bool capital = std::isupper(static_cast<unsigned char>(word[0])) != 0;
  const bool opening = at <= sentence_begin + 3 && written_near(text, w, at);
  if (capital && !opening) return std::nullopt;  // names say whose figure it is, not what
  if (w.size() < 3 || stop_words().count(w)) return std::nullopt;
  if (w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0) return std::nullopt;
  std::string s = singular(w);
  if (s == "customer" || s == "subscriber") s = "subscriber";
  return s;
}

// Words that widen or narrow a metric's scope: "combined annual sales".
const std::set<std::string>& scope_words() {
  static const std::set<std::string> words = {
      "combined", "merged",        "joint", "overall",      "worldwide", "global",
      "domestic", "international", "total", "consolidated", "pro-forma"};
  return words;
}

// Whether `word` (lower-cased `w`) at `at` is a name: capitalised, and not a sentence's opening
// word that the article also writes in lower case.
bool is_name(std::string_view text, const std::string& word, const std::string& w, std::size_t at,
             std::size_t sentence_begin) {
  if (!std::isupper(static_cast<unsigned char>(word[0])) || stop_words().count(w)) return false;
  // A sentence's first word is capitalised anyway; it is a name only as a possessive.
  const bool possessive =
      text.substr(at + word.size(), 2) == "'s" || text.substr(at + word.size(), 4) == "\u2019s";
  // An opening word is a name when the article never writes it in lower case ("Vantora"),
  // a common word when it does ("Revenue").
  const bool opening = at <= sentence_begin + 3 && written_near(text, w, at);
  return !opening || possessive;
}

void read_context(std::string_view text, std::size_t begin, std::size_t end, ByteSpan figure,
                  std::size_t sentence_begin, bool after_figure, bool before_figure, Context& ctx) {
  const std::size_t figure_begin = figure.begin;
  if (end <= begin) return;
  const std::string low = lower(text.substr(begin, end - begin));
  for (std::string_view p :
       {"earlier", " ago", "previous", "prior", "last year", "year-ago", "a year before"}) {
    if (low.find(p) != std::string::npos) ctx.prior = true;
  }
  for (std::string_view p :
       {"forecast", "expect", "guidance", "target", "outlook", " will ", " would ", " could ",
        "between ", "estimate", "project", "set to", " to reach", " to hit", "exceed"}) {
    if (low.find(p) != std::string::npos) ctx.forecast = true;
  }
  // Content words on each side, nearest first, up to a comma, bracket or colon.
  std::vector<std::pair<std::string, std::size_t>> before, after;
  for (const auto& item : words_of(text.substr(begin, end - begin), begin)) {
    (item.second < figure.begin ? before : after).push_back(item);
  }
  std::reverse(before.begin(), before.end());
  auto barrier = [&](std::size_t from, std::size_t to) {
    if (to <= from) return false;
    const std::string_view gap = text.substr(from, to - from);
    return gap.find_first_of(",;:()") != std::string_view::npos;
  };
  for (const auto* side : {&before, &after}) {
    for (std::size_t i = 0; i < side->size() && i < 4; ++i) {
      const std::string w = lower((*side)[i].first);
      if (scope_words().count(w)) ctx.scope.insert(w);
    }
  }
  for (const auto& [word, at] : before) {
    if (ctx.left.size() == 3 || barrier(at + word.size(), figure.begin)) break;
    // In "$11.9 million in development of software and $4.2 million for equipment" the words
    // before "and" belong to the figure before them.
    if (after_figure && (word == "and" || word == "or")) break;
    if (auto m = metric_word(text, word, at, sentence_begin)) ctx.left.push_back(*m);
  }
  for (const auto& [word, at] : after) {
    if (ctx.right.size() == 3 || barrier(figure.end, at)) break;
    // Likewise the words after "and" belong to the figure after them: "totaled $1.1 billion and
    // the securities had a fair value of $2.6 billion".
    if (before_figure && (word == "and" || word == "or")) break;
    if (auto m = metric_word(text, word, at, sentence_begin)) ctx.right.push_back(*m);
  }
  for (const auto& [word, at] : words_of(text.substr(begin, end - begin), begin)) {
    const std::string w = lower(word);
    if (w.size() == 4 && std::all_of(w.begin(), w.end(), ::isdigit) &&
        (w[0] == '1' || w[0] == '2')) {
      ctx.years.insert(w);
      continue;
    }
    static constexpr std::string_view kOrdinals[] = {"first", "second", "third", "fourth"};
    for (std::size_t q = 0; q < 4; ++q) {
      if (w == "q" + std::to_string(q + 1) || w == std::string(kOrdinals[q]) + "-quarter") {
        ctx.quarters.insert("q" + std::to_string(q + 1));
      }
    }
    if (std::any_of(w.begin(), w.end(), ::isdigit) || is_month(w)) continue;
    // Names before the figure anywhere in its surroundings; after it only up to the first comma
    // or bracket, where a place or owner narrows the figure ("£192,713 in England").
    const bool near_after = at >= figure.end && !barrier(figure.end, at);
    if ((at < figure.begin || near_after) && is_name(text, word, w, at, sentence_begin)) {
      ctx.names.insert(w);
      // A place after "in" or "across" narrows the figure even when the article is about it.
      const std::size_t from = at > figure.end + 12 ? at - 12 : figure.end;
      const std::string gap = lower(text.substr(from, at - from));
      if (near_after &&
          (gap.find(" in ") != std::string::npos || gap.find(" across ") != std::string::npos)) {
        ctx.places.insert(w);
      }
    }
  }
  (void)figure_begin;
}

// The parts of a year a sentence names, as "q1".."q4", "h1", "h2" or "Nm" (a span of N months):
// "the second quarter", "second-quarter", "Q2", "April-June" are all "q2".
std::set<std::string> year_parts(const std::string& low) {
  struct Phrase {
    std::string_view words, part;
  };
  static constexpr Phrase kPhrases[] = {
      {"first quarter", "q1"},  {"first-quarter", "q1"},  {"january-march", "q1"},
      {"second quarter", "q2"}, {"second-quarter", "q2"}, {"april-june", "q2"},
      {"third quarter", "q3"},  {"third-quarter", "q3"},  {"july-september", "q3"},
      {"fourth quarter", "q4"}, {"fourth-quarter", "q4"}, {"october-december", "q4"},
      {"first half", "h1"},     {"first-half", "h1"},     {"january-june", "h1"},
      {"second half", "h2"},    {"second-half", "h2"},    {"july-december", "h2"},
      {"nine months", "9m"},    {"nine-month", "9m"},     {"january-september", "9m"},
      {"three months", "3m"},   {"three-month", "3m"},    {"six months", "6m"},
      {"six-month", "6m"},      {"12-month", "12m"},      {"twelve months", "12m"}};
  std::set<std::string> out;
  for (const Phrase& p : kPhrases) {
    if (low.find(p.words) != std::string::npos) out.insert(std::string(p.part));
  }
  for (const auto& [word, at] : words_of(low, 0)) {
    if (word.size() == 2 && word[0] == 'q' && word[1] >= '1' && word[1] <= '4') out.insert(word);
    if (word.size() == 2 && word[0] == 'h' && (word[1] == '1' || word[1] == '2')) {
      out.insert(word);
    }
  }
  return out;
}

SentenceFacts sentence_facts(const Claims& claims, std::size_t index) {
  const std::string_view text = claims.text;
  const ByteSpan sentence = claims.sentences[index].span;
  SentenceFacts f;
  for (const Claim& c : claims_in_sentence(claims, index)) {
    if (c.kind == ClaimKind::kDate && c.month != 0 && c.year != 0) {
      f.dates.insert(c.date);
      if (c.day != 0) f.days.insert(c.date);
    }
  }
  const std::string_view words = text.substr(sentence.begin, sentence.size());
  const std::string low = lower(words);
  for (const auto& [w, at] : words_of(low, 0)) {
    if (w.size() == 4 && std::all_of(w.begin(), w.end(), ::isdigit) &&
        (w.substr(0, 2) == "19" || w.substr(0, 2) == "20")) {
      f.years.insert(w);
    }
  }
  f.parts = year_parts(low);
  f.respectively = low.find("respectively") != std::string::npos;
  f.caseless =
      std::none_of(words.begin(), words.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
  return f;
}

// Whether two sentences name different periods: years, parts of a year or dates that share none
// ("On January 5, 2016, ... a loan of $182" is not "On December 23, 2016, ... a loan of $172"),
// or a part of a year in one and none in the other ("first-quarter operating profit rose to 41
// mln" is not "operating profit surged to EUR21m").
bool different_periods(const SentenceFacts& a, const SentenceFacts& b) {
  auto disjoint = [](const std::set<std::string>& x, const std::set<std::string>& y) {
    return !x.empty() && !y.empty() &&
           std::none_of(x.begin(), x.end(), [&](const std::string& w) { return y.count(w) > 0; });
  };
  if (disjoint(a.years, b.years) || disjoint(a.parts, b.parts) || disjoint(a.dates, b.dates)) {
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
  if (q.unit.empty() && digits.size() == 4 &&
      std::all_of(digits.begin(), digits.end(), ::isdigit) &&
      (digits.substr(0, 2) == "19" || digits.substr(0, 2) == "20")) {
    return true;
  }
  const std::size_t from = q.span.begin > 16 ? q.span.begin - 16 : 0;
  const auto before = words_of(text.substr(from, q.span.begin - from), from);
  if (before.empty()) return false;
  const std::string w = lower(before.back().first);
  static const std::set<std::string> kLabels = {
      "note",    "notes",    "item",  "section", "page",  "chapter", "schedule",
      "exhibit", "appendix", "table", "figure",  "level", "phase",   "tier",
      "no",      "number",   "rule",  "article", "part"};
  return kLabels.count(w) > 0;
}

// A figure that could be restated elsewhere, with its surroundings.
struct Stated {
  const Claim* claim;
  const Quantity* q;
  Context ctx;
  const SentenceFacts* sentence;
};

// The significant digits of a figure as written: "$ 2,843" -> "2843", "3.40" -> "340".
std::string digits_of(std::string_view text) {
  std::string d;
  for (char ch : text) {
    if (std::isdigit(static_cast<unsigned char>(ch))) d += ch;
  }
  const auto first = d.find_first_not_of('0');
  return first == std::string::npos ? std::string() : d.substr(first);
}

// One digit changed, or two neighbouring digits swapped: 412,000 / 421,000, 3.4 / 3.9.
bool digit_slip(std::string_view a_text, std::string_view b_text) {
  const std::string a = digits_of(a_text);
  const std::string b = digits_of(b_text);
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

// The words two figures share on one side each ("postpaid phone" after both, "net cash" after
// one and before the other), when at least two, neither figure puts a word of its own among them
// and neither names another thing after them; else empty.
std::set<std::string> same_metric(const Context& a, const Context& b) {
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
  return {};
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

// The figures of a document, with what their sentences say (one entry per sentence that has any;
// a deque, so the figures can point at them).
struct Figures {
  std::vector<Stated> stated;
  std::deque<SentenceFacts> sentences;
};

Figures stated_figures(const Claims& claims) {
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
  Figures out;
  std::size_t facts_of = claims.sentences.size();  // the sentence out.sentences.back() describes
  for (const Claim& c : claims.claims) {
    if (c.sentence >= claims.sentences.size()) continue;
    // A change statement's new value and its absolute changes ("added 412,000 subscribers"),
    // or a figure standing alone.
    std::vector<const Quantity*> candidates;
    if (c.new_value) candidates.push_back(&*c.new_value);
    for (const Quantity& change : c.changes) candidates.push_back(&change);
    if (!c.new_value && c.changes.empty() && c.quantities.size() == 1 &&
        (c.kind == ClaimKind::kMoney || c.kind == ClaimKind::kCount ||
         c.kind == ClaimKind::kNumber)) {
      candidates.push_back(&c.quantities.front());
    }
    for (const Quantity* q : candidates) {
      if (q->unit == "%" || q->unit == "pp" || q->unit == "x" || q->is_range || q->is_word) {
        continue;
      }
      if (q->hedge_kind == Hedge::kMoreThan || q->hedge_kind == Hedge::kLessThan) continue;
      if (!(is_currency(q->unit) || q->unit == "count" || q->unit.empty())) continue;
      if (names_a_thing(claims.text, *q)) continue;
      const ByteSpan sentence = claims.sentences[c.sentence].span;
      if (facts_of != c.sentence) {
        out.sentences.push_back(sentence_facts(claims, c.sentence));
        facts_of = c.sentence;
      }
      // Figures in a list matched to periods or items by position: which is which cannot be read.
      if (out.sentences.back().respectively) continue;
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
      Stated s{&c, q, {}, &out.sentences.back()};
      read_context(claims.text, begin, end, q->span, sentence.begin, after_figure, before_figure,
                   s.ctx);
      s.ctx.caseless = s.sentence->caseless;
      // What the sentence says before the figure: a plan or limit, and whose figure it is.
      if (q->span.begin > sentence.begin) {
        const std::string low =
            lower(claims.text.substr(sentence.begin, q->span.begin - sentence.begin));
        for (const auto& [word, at] : words_of(low, 0)) {
          if (scope_words().count(word)) s.ctx.scope.insert(word);
        }
      }
      out.stated.push_back(std::move(s));
    }
  }
  return out;
}

// The names the article is about: capitalised words written at least three times and at least
// half as often as the most frequent one ("Tallyhaus" in a story about Tallyhaus). A figure's
// other names narrow its scope ("In the Baltic countries, net sales ...").
std::set<std::string> main_names(std::string_view text) {
  std::map<std::string, int> counts;
  for (const auto& [word, at] : words_of(text, 0)) {
    if (std::isupper(static_cast<unsigned char>(word[0])) && word.size() > 2) ++counts[lower(word)];
  }
  int top = 0;
  for (const auto& [w, n] : counts) {
    if (!stop_words().count(w) && !is_month(w)) top = std::max(top, n);
  }
  std::set<std::string> out;
  for (const auto& [w, n] : counts) {
    if (n >= 3 && 2 * n >= top) out.insert(w);
  }
  // The rest of a name the subject is written with: "Halvorsen Semiconductor Inc.".
  const auto words = words_of(text, 0);
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      const auto& [a, at_a] = words[i];
      const auto& [b, at_b] = words[i + 1];
      if (!std::isupper(static_cast<unsigned char>(a[0])) ||
          !std::isupper(static_cast<unsigned char>(b[0])) || at_b - (at_a + a.size()) > 2) {
        continue;
      }
      if (out.count(lower(a))) out.insert(lower(b));
      if (out.count(lower(b))) out.insert(lower(a));
    }
  }
  return out;
}

std::set<std::string> minus(const std::set<std::string>& a, const std::set<std::string>& b) {
  std::set<std::string> out;
  for (const std::string& w : a) {
    if (!b.count(w)) out.insert(w);
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
  Severity default_severity() const override { return Severity::kWarning; }

  void run(const Claims& claims, FindingSink& out) const override {
    const Figures all = stated_figures(claims);
    const std::vector<Stated>& figures = all.stated;
    const std::set<std::string> main = main_names(claims.text);
    for (std::size_t j = 0; j < figures.size(); ++j) {
      // One finding per later figure: a disagreement if any earlier figure gives one.
      std::optional<Finding> best;
      // Each figure is compared with the kWindow figures before it, so a long document stays
      // linear; a metric restated further apart than that is not judged.
      constexpr std::size_t kWindow = 100;
      for (std::size_t i = j > kWindow ? j - kWindow : 0; i < j; ++i) {
        const Stated& a = figures[i];
        const Stated& b = figures[j];
        if (a.claim->sentence == b.claim->sentence || a.q->unit != b.q->unit) continue;
        const std::set<std::string> common = same_metric(a.ctx, b.ctx);
        if (common.empty()) continue;
        if (!a.ctx.years.empty() && !b.ctx.years.empty() && a.ctx.years != b.ctx.years) continue;
        if (!a.ctx.quarters.empty() && !b.ctx.quarters.empty() &&
            a.ctx.quarters != b.ctx.quarters) {
          continue;
        }
        if (a.ctx.prior != b.ctx.prior) continue;
        if (different_periods(*a.sentence, *b.sentence)) continue;
        if (opposed(a.ctx, b.ctx) || different_comparisons(*a.claim, *b.claim)) continue;
        if (a.ctx.places != b.ctx.places) continue;
        if (a.ctx.forecast || b.ctx.forecast) continue;
        // Lower-cased filings text names no entities or regions we could tell apart ("in south
        // america , ... gross margin increased $ 17 million"): only a figure tied to the same day
        // in both sentences is compared ("total debt of $ 3.9 billion at december 31 , 2025").
        if ((a.ctx.caseless || b.ctx.caseless) && !share_a_day(*a.sentence, *b.sentence)) continue;
        // Words that widen or narrow a metric's scope must agree: "combined annual sales of
        // $30bn" is not one firm's "annual sales of $15.6bn".
        if (a.ctx.scope != b.ctx.scope) continue;
        // Names other than the article's own subject narrow a figure's scope: they must agree.
        if (minus(a.ctx.names, main) != minus(b.ctx.names, main)) continue;
        // A slip changes a digit or two; figures apart by more than a factor of two measure
        // different things (a unit cost against a total).
        if (!(a.q->value > 0 && b.q->value > 0) || a.q->value > 2 * b.q->value ||
            b.q->value > 2 * a.q->value) {
          continue;
        }
        const Interval va = interval_of(*a.q);
        const Interval vb = interval_of(*b.q);
        Finding f;
        f.check = std::string(kId);
        f.claims = {a.claim->id, b.claim->id};
        f.span = b.claim->span;
        const std::string explain =
            "both figures stand beside the same metric words (" + joined(common) + ")" +
            (a.ctx.years.empty() && b.ctx.years.empty() ? "" : " and no different period") + "; " +
            a.q->text + " allows " + format_range(va, a.q->unit) + ", " + b.q->text + " allows " +
            format_range(vb, b.q->unit);
        // Different values count only when a slip of the pen explains them: one digit changed or
        // two neighbours swapped, in figures of two or more significant digits. Otherwise the
        // two are more likely two periods or line items of a filing than one figure.
        if (!va.overlaps(vb) && !digit_slip(a.q->text, b.q->text)) continue;
        if (va.overlaps(vb)) {
          f.severity = Severity::kPass;
          f.message = "figure restated consistently: " + b.q->text + " and earlier " + a.q->text;
          f.explanation = explain + ": consistent";
        } else {
          f.severity = Severity::kWarning;
          f.message = "figure stated as " + b.q->text + " here and " + a.q->text + " earlier";
          f.explanation = explain +
                          ": they do not overlap, so they cannot be one figure; an "
                          "editor should check whether they measure the same thing";
          std::string da = a.q->text, db = b.q->text;
          std::sort(da.begin(), da.end());
          std::sort(db.begin(), db.end());
          if (da == db) f.slip = "transposed digits";
        }
        if (!best || (best->severity == Severity::kPass && f.severity == Severity::kWarning)) {
          best = std::move(f);
        }
      }
      if (best) out.add(std::move(*best));
    }
  }
};

}  // namespace

std::unique_ptr<const Check> make_repeated_figure() {
  return std::make_unique<RepeatedFigureCheck>();
}

}  // namespace factcheck::checks
