// The grammar of quantities: every figure in a sentence, with its unit, scale, hedge and
// the interval its written precision allows.
//
// A figure is [hedge] [currency] number [range] [scale] [unit]:
//   "$2.4 billion", "£1.2bn", "EUR 13,1 mn" (decimal comma), "EUR297 .3 m" (PhraseBank
//   spacing), "$ 307 million" (tokenised filings), "12–15%", "3‑4 ×", "293.5p",
//   "1,234.5 million euros", "roughly 40%", "five", "two-thirds", "doubled".
// Matching runs on the original bytes; typographic characters are spelled as UTF-8 bytes.
//
// Precision: a figure with d decimals stands for ±0.5·10^−d in its own scale, so "$2.4
// billion" is [2.35, 2.45] billion and "1,501" is [1500.5, 1501.5]. Hedges then widen it
// (the rule of ../shared/eval/README.md): about/around/roughly/approximately/some widen both
// ends by 10% of the figure; nearly/almost/close to lower the low end by 10%; more
// than/over/above/at least drop the upper bound; less than/under/below/up to drop the
// lower bound to zero.
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string>

#include "internal.h"
#include "pattern.h"

namespace factcheck::detail {

namespace {

// Space inside a figure: ASCII, no-break space U+00A0, narrow no-break U+202F, thin U+2009.
#define FC_SP R"((?:[ \t]|\xC2\xA0|\xE2\x80[\xAF\x89]))"
// A dash joining a range: hyphen, U+2010..U+2015 (incl. non-breaking hyphen U+2011), minus.
#define FC_DASH R"((?:-|\xE2\x80[\x90-\x95]|\xE2\x88\x92))"

// Currency written before the number: "$", "US$", "£", "€", "¥", ISO codes, PhraseBank's
// broken euro "x20ac", the broken entity "& euro ;", the typo "ER", "euro742".
constexpr std::string_view kCurrencyBefore =
    R"((?<cur>(?:US|A|C|HK|NZ|S)?\$|\xC2\xA3|\xE2\x82\xAC|\xC2\xA5|)"
    R"((?:EUR|USD|GBP|JPY|SEK|NOK|DKK|CHF|INR|CNY|CAD|AUD|HKD|ER|Rs\.?)(?![A-Za-z])|)"
    R"(x20ac|\(\x20*x20ac\x20*\)|&\x20?euro\x20?;|euro(?=\x20?\d)))";

// A number as printed: a decimal comma before a scale word ("13,1 mn"), thousands
// separators ("1,234.5"), PhraseBank's split decimal ("297 .3"), plain, or a bare fraction (".5").
constexpr std::string_view kNumber =
    R"((?:\d{1,3},\d{1,2}(?=\x20?(?:mn|m|bn|million|billion|mln|%)(?![A-Za-z]))|)"
    R"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\x20\.\d+(?!\d)|\d+(?:\.\d+)?|\.\d+))";

// A scale word: "billion", "bn", "bil- lion" (hyphenated across a line in filings), "mn", "m".
constexpr std::string_view kScale =
    R"((?<scale>trillion|tn|bln|billion|bil-\x20?lion|bn|b|B|mln|million|mn|m|M|thousand|k|K)(?![A-Za-z]))";

// The unit after the figure.
constexpr std::string_view kUnit =
    R"((?:(?<pct>)" FC_SP R"(?(?:%|per\x20?cent(?![a-z])|percent(?![a-z])|pct(?![a-z])))|)"
    R"((?<pp>)" FC_SP
    R"((?:percentage\x20points?|percentage[-\x20]pts?|basis\x20points?|bps|bp|pts?|points?)(?![A-Za-z]))|)"
    R"((?<times>\x20?(?:x|\xC3\x97)(?![A-Za-z0-9])|-fold(?![a-z])|\x20?times(?=\x20(?:as|more|larger|higher|greater|bigger|the|over|what|its|their)\b))|)"
    R"((?<curafter>\x20?(?:euros?|eur|dollars?|pounds?|rupees|yen|yuan|kronor|crowns|pence|cents?|ores|\xC3\xB6re)(?![a-z])|p(?![A-Za-z0-9]))|)"
    R"((?<time>(?:\x20|-|\xE2\x80\x91)(?:days?|weeks?|months?|quarters?|years?)(?![a-z]|-(?!olds?(?![a-z]))))|)"
    R"((?<hunit>(?:-|\xE2\x80\x91)(?:inch|foot|feet|mile|metre|meter|kilometre|kilometer|km|tonne|acre|hectare|megawatt|gigawatt|magnitude)s?(?![A-Za-z]))|)"
    R"((?<noun>\x20(?!(?:to|from|in|of|and|or|a|an|the|at|on|for|by|as|with|than|per|was|were|is|are|be|been|will|would|year-on-year|compared|versus|vs|against|after|before|when|while|since|until|during|but|so|that|which|who|this|its|their|his|her|it|on|up|down|over|under|into|through|rose|fell|each|every|last|next|this)\b)[a-z][a-z]+(?:-[a-z]+)?))?)";

// Not the mantissa of a number in scientific notation ("5e2", "1.2e-3", "3E+8"): such a number
// is left out rather than read as its first digits. The number before it is matched atomically,
// so no shorter prefix of it ("1" of "12e3") is tried instead.
constexpr std::string_view kNotMantissa = R"((?![eE][+\-]?\d))";

// The figure pattern: currency and number, an optional range end, scale, unit.
std::string figure_regex() {
  std::string r;
  r += "(?:";
  r += kCurrencyBefore;
  // Without a currency, a number glued to a word ("GPT-4", "Q1", "H2") is a name.
  r += FC_SP R"(?|(?<![A-Za-z0-9_.,]|[A-Za-z]-|[A-Za-z]\xE2\x80\x91|[0-9.][eE]\+)))";
  r += "(?<num>(?>";
  r += kNumber;
  r += "))";
  r += kNotMantissa;
  // A range end: "12–15%", "3‑4 ×", "$3.8m-$4.9m".
  r += "(?:" FC_SP "?" FC_DASH FC_SP "?(?:\\$|\\xC2\\xA3|\\xE2\\x82\\xAC)?(?<num2>(?>";
  r += kNumber;
  r += "))";
  r += kNotMantissa;
  r += ")?";
  r += "(?:" FC_SP "?";
  r += kScale;
  r += ")?";
  r += kUnit;
  return r;
}

// A number in words, a fraction, or a multiplier word.
constexpr std::string_view kWordRegex =
    R"(\b(?<word>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:(?:-|\xE2\x80\x91)(?:one|two|three|four|five|six|seven|eight|nine))?|)"
    R"(half\x20a\x20percentage\x20point|half\x20a\x20point|half|a\x20third|one\x20third|two(?:-|\xE2\x80\x91|\x20)thirds|a\x20quarter\x20of|three(?:-|\xE2\x80\x91|\x20)quarters|)"
    R"(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|)"
    R"(sixteen|seventeen|eighteen|nineteen|a\x20dozen|)"
    R"(doubled|doubling|halved|halving|tripled|tripling|trebled|quadrupled|twofold|threefold|fourfold|)"
    R"((?:double|triple|twice)(?=\x20the\b)|)"
    R"(one(?=\x20(?:days?|weeks?|months?|quarters?|years?|million|billion|and\x20a\x20half)\b))\b)"
    R"((?<whalf>\x20and\x20a\x20half\b)?)"
    R"((?:\x20(?<wscale>million|billion|trillion|thousand)\b)?)"
    R"((?<wtimes>\x20times(?=\x20(?:as|more|larger|higher|greater|bigger|the|over|what|its|their)\b)|(?:-|\xE2\x80\x91)fold\b)?)"
    R"((?<wtime>(?:\x20|-|\xE2\x80\x91)(?:days?|weeks?|months?|quarters?|years?)\b(?!-))?)";

struct Patterns {
  Pattern figure{"figure", figure_regex()};
  Pattern word{"number word", kWordRegex, /*caseless=*/true};
  int cur = figure.group("cur"), num = figure.group("num"), num2 = figure.group("num2"),
      scale = figure.group("scale"), pct = figure.group("pct"), pp = figure.group("pp"),
      times = figure.group("times"), curafter = figure.group("curafter"),
      time = figure.group("time"), hunit = figure.group("hunit"), noun = figure.group("noun");
  int w_word = word.group("word"), w_half = word.group("whalf"), w_scale = word.group("wscale"),
      w_times = word.group("wtimes"), w_time = word.group("wtime");
};

const Patterns& patterns() {
  static const Patterns p;
  return p;
}

// The words a match of kWordRegex starts with: it is tried only where one of them stands.
const WordSet& number_words() {
  static const WordSet w{"twenty",     "thirty",  "forty",     "fifty",    "sixty",    "seventy",
                         "eighty",     "ninety",  "half",      "a",        "one",      "two",
                         "three",      "four",    "five",      "six",      "seven",    "eight",
                         "nine",       "ten",     "eleven",    "twelve",   "thirteen", "fourteen",
                         "fifteen",    "sixteen", "seventeen", "eighteen", "nineteen", "doubled",
                         "doubling",   "halved",  "halving",   "tripled",  "tripling", "trebled",
                         "quadrupled", "twofold", "threefold", "fourfold", "double",   "triple",
                         "twice"};
  return w;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  // NBSP and narrow NBSP at the edges.
  while (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
  while (s.size() >= 3 && s.substr(0, 3) == "\xE2\x80\xAF") s.remove_prefix(3);
  return s;
}

// The value of a written number and its decimals: "1,234.5" -> 1234.5, 1; "13,1" -> 13.1, 1;
// "297 .3" -> 297.3, 1.
std::pair<double, int> parse_number(std::string_view s) {
  std::string digits;
  int decimals = 0;
  bool after_point = false;
  // A comma followed by one or two digits and nothing more is a decimal comma.
  std::size_t comma = s.rfind(',');
  bool decimal_comma = comma != std::string_view::npos && s.size() - comma - 1 <= 2 &&
                       s.find('.') == std::string_view::npos;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      digits += c;
      if (after_point) ++decimals;
    } else if (c == '.' || (c == ',' && decimal_comma)) {
      digits += '.';
      after_point = true;
    }
  }
  return {std::strtod(digits.c_str(), nullptr), decimals};
}

double scale_of(std::string_view word) {
  std::string w = lower(word);
  if (w == "trillion" || w == "tn") return 1e12;
  if (w == "billion" || w == "bn" || w == "b" || w == "bln" || w.rfind("bil-", 0) == 0) return 1e9;
  if (w == "million" || w == "mn" || w == "m" || w == "mln") return 1e6;
  if (w == "thousand" || w == "k") return 1e3;
  return 1;
}

// ISO 4217 code of a currency written before the number.
std::string currency_before(std::string_view cur) {
  if (cur == "$" || cur == "US$") return "USD";
  if (cur == "A$") return "AUD";
  if (cur == "C$") return "CAD";
  if (cur == "HK$") return "HKD";
  if (cur == "NZ$") return "NZD";
  if (cur == "S$") return "SGD";
  if (cur == "\xC2\xA3") return "GBP";
  if (cur == "\xE2\x82\xAC" || cur == "ER" || cur.find("x20ac") != std::string_view::npos ||
      cur.rfind("&", 0) == 0 || lower(cur) == "euro") {
    return "EUR";
  }
  if (cur == "\xC2\xA5") return "JPY";
  if (cur.rfind("Rs", 0) == 0) return "INR";
  return std::string(cur);  // already an ISO code
}

// Currency written after the number, with the factor to the main unit (pence -> pounds).
std::pair<std::string, double> currency_after(std::string_view word) {
  std::string w = lower(trim(word));
  if (w.rfind("euro", 0) == 0 || w == "eur") return {"EUR", 1};
  if (w.rfind("dollar", 0) == 0) return {"USD", 1};
  if (w.rfind("pound", 0) == 0) return {"GBP", 1};
  if (w == "rupees") return {"INR", 1};
  if (w == "yen") return {"JPY", 1};
  if (w == "yuan") return {"CNY", 1};
  if (w == "kronor" || w == "crowns") return {"SEK", 1};
  if (w == "pence" || w == "p") return {"GBP", 0.01};
  if (w.rfind("cent", 0) == 0) return {"USD", 0.01};
  if (w == "ores" || w == "\xC3\xB6re") return {"SEK", 0.01};
  return {"", 1};
}

std::string time_unit(std::string_view word) {
  std::string w = lower(word);
  while (!w.empty() && (w[0] == ' ' || w[0] == '-' || static_cast<unsigned char>(w[0]) >= 0x80)) {
    w.erase(0, 1);
  }
  if (!w.empty() && w.back() == 's') w.pop_back();
  return w;
}

// Nouns that name a physical unit rather than things counted.
bool is_physical_unit(std::string_view noun) {
  static constexpr std::array<std::string_view, 29> kUnits = {
      "litres",    "liters",     "tonnes",     "tons",    "barrels",  "megawatts",
      "gigawatts", "kilometres", "kilometers", "miles",   "hectares", "dozen",
      "dozens",    "ounces",     "kilograms",  "acres",   "inches",   "feet",
      "metres",    "meters",     "magnitude",  "degrees", "metre",    "meter",
      "inch",      "mile",       "tonne",      "litre",   "kilometre"};
  for (std::string_view u : kUnits) {
    if (u == noun) return true;
  }
  return false;
}

struct HedgeWord {
  std::string_view words;
  Hedge kind;
};

// Hedges, longest first so "just over" wins over "over".
constexpr std::array<HedgeWord, 22> kHedges = {{
    {"approximately", Hedge::kAbout}, {"an estimated", Hedge::kAbout},
    {"estimated", Hedge::kAbout},     {"roughly", Hedge::kAbout},
    {"around", Hedge::kAbout},        {"about", Hedge::kAbout},
    {"some", Hedge::kAbout},          {"close to", Hedge::kNearly},
    {"almost", Hedge::kNearly},       {"nearly", Hedge::kNearly},
    {"just over", Hedge::kMoreThan},  {"more than", Hedge::kMoreThan},
    {"at least", Hedge::kMoreThan},   {"over", Hedge::kMoreThan},
    {"above", Hedge::kMoreThan},      {"in excess of", Hedge::kMoreThan},
    {"just under", Hedge::kLessThan}, {"less than", Hedge::kLessThan},
    {"up to", Hedge::kLessThan},      {"under", Hedge::kLessThan},
    {"below", Hedge::kLessThan},      {"fewer than", Hedge::kLessThan},
}};

// The hedge written just before `begin`, if any: "roughly $300 million", "nearly 1%".
void find_hedge(std::string_view text, std::size_t floor, std::size_t begin, Quantity& q) {
  std::size_t from = begin > floor + 24 ? begin - 24 : floor;
  std::string before = lower(text.substr(from, begin - from));
  while (!before.empty() && before.back() == ' ') before.pop_back();
  for (const HedgeWord& h : kHedges) {
    if (before.size() < h.words.size()) continue;
    std::size_t at = before.size() - h.words.size();
    if (before.compare(at, std::string::npos, h.words) != 0) continue;
    // A whole word: "moreover" is not "over".
    if (at > 0 && std::isalpha(static_cast<unsigned char>(before[at - 1]))) continue;
    q.hedge = std::string(h.words);
    q.hedge_kind = h.kind;
    return;
  }
}

// Widens [low, high] for the hedge (see the file comment).
void apply_hedge(Quantity& q) {
  const double figure = std::fabs(q.value);
  switch (q.hedge_kind) {
    case Hedge::kNone:
      break;
    case Hedge::kAbout:
      q.low -= 0.1 * figure;
      q.high += 0.1 * figure;
      break;
    case Hedge::kNearly:
      q.low -= 0.1 * figure;
      break;
    case Hedge::kMoreThan:
      q.high = std::numeric_limits<double>::infinity();
      break;
    case Hedge::kLessThan:
      // "under 40" is 0 to 40; "less than -4" has no floor (found by extract_fuzzer).
      q.low = q.value < 0 ? -std::numeric_limits<double>::infinity() : 0;
      break;
  }
}

// Value and interval of a word: "five" is exactly 5; fractions and multiplier words are
// loose, as writers use them ("doubled" for anything that rounds to 2x).
struct WordValue {
  double value = 0;
  double low = 0;
  double high = 0;
  const char* unit = "count";
};

WordValue word_value(std::string_view written) {
  static constexpr std::array<std::string_view, 20> kSmall = {
      "zero",     "one",     "two",     "three",     "four",     "five",    "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static constexpr std::array<std::string_view, 8> kTens = {
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  std::string w = lower(written);
  // Normalise the non-breaking hyphen and spaces to a plain hyphen.
  for (std::size_t p; (p = w.find("\xE2\x80\x91")) != std::string::npos;) w.replace(p, 3, "-");
  auto exact = [](double v) { return WordValue{v, v, v, "count"}; };
  if (w == "a dozen") return exact(12);
  if (w == "half a percentage point" || w == "half a point") return {0.5, 0.45, 0.55, "pp"};
  if (w == "half") return {50, 45, 55, "%"};
  if (w == "a third" || w == "one third") return {100.0 / 3, 30, 36.7, "%"};
  if (w == "two-thirds" || w == "two thirds") return {200.0 / 3, 60, 73.3, "%"};
  if (w == "a quarter of") return {25, 22.5, 27.5, "%"};
  if (w == "three-quarters" || w == "three quarters") return {75, 67.5, 82.5, "%"};
  // Multiplier words count as whole factors: doubled allows a ratio in [1.5, 2.5]; halved
  // divides by a factor in [1.5, 2.5], a ratio in [0.4, 0.667].
  if (w.rfind("doubl", 0) == 0 || w == "twofold" || w == "twice") return {2, 1.5, 2.5, "x"};
  if (w == "triple") return {3, 2.5, 3.5, "x"};
  if (w.rfind("halv", 0) == 0) return {0.5, 0.4, 2.0 / 3, "x"};
  if (w.rfind("tripl", 0) == 0 || w == "trebled" || w == "threefold") return {3, 2.5, 3.5, "x"};
  if (w == "quadrupled" || w == "fourfold") return {4, 3.5, 4.5, "x"};
  for (std::size_t i = 0; i < kSmall.size(); ++i) {
    if (w == kSmall[i]) return exact(static_cast<double>(i));
  }
  for (std::size_t i = 0; i < kTens.size(); ++i) {
    if (w.rfind(kTens[i], 0) != 0) continue;
    double v = 20.0 + 10.0 * static_cast<double>(i);
    if (w.size() > kTens[i].size() + 1) {
      std::string_view unit = std::string_view(w).substr(kTens[i].size() + 1);
      for (std::size_t k = 1; k < 10; ++k) {
        if (unit == kSmall[k]) v += static_cast<double>(k);
      }
    }
    return exact(v);
  }
  return exact(0);
}

// Whether a bare number at [begin, end) follows a capitalised name: "Windows 10", "Boeing 717".
// Where "-old", " old" or " olds" after a time unit ends, or 0 when none follows.
std::size_t age_end(std::string_view text, std::size_t at, std::size_t limit) {
  std::size_t i = at;
  if (text.substr(i, 3) == "\xE2\x80\x91") {
    i += 3;
  } else if (i < limit && (text[i] == ' ' || text[i] == '-')) {
    ++i;
  } else {
    return 0;
  }
  if (text.substr(i, 3) != "old") return 0;
  i += 3;
  if (i < limit && text[i] == 's') ++i;
  if (i < limit && std::isalpha(static_cast<unsigned char>(text[i]))) return 0;
  return std::min(i, limit);
}

bool follows_name(std::string_view text, std::size_t floor, std::size_t begin) {
  if (begin < floor + 2 || text[begin - 1] != ' ') return false;
  std::size_t w_end = begin - 1, w = w_end;
  while (w > floor && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
  if (w == w_end || !(text[w] >= 'A' && text[w] <= 'Z')) return false;
  std::string word = lower(text.substr(w, w_end - w));
  // Months, days and sentence-opening words are not names.
  static constexpr std::array<std::string_view, 30> kNotNames = {
      "january",   "february", "march",    "april",    "may",  "june", "july", "august",
      "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
      "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec",
      "in",        "the",      "by",       "on",       "at",   "some"};
  for (std::string_view n : kNotNames) {
    if (word == n) return false;
  }
  return w > floor;  // the first word of a sentence is capitalised anyway
}

// Tokenised filings repeat each percentage: "15% ( 15 % )". Returns the end of the
// repetition after `end`, or `end` when there is none.
std::size_t repeated_percent_end(std::string_view text, std::size_t end, std::size_t limit,
                                 std::string_view number) {
  std::size_t i = end;
  auto skip_spaces = [&] {
    while (i < limit && text[i] == ' ') ++i;
  };
  skip_spaces();
  if (i >= limit || text[i] != '(') return end;
  ++i;
  skip_spaces();
  if (text.substr(i, number.size()) != number) return end;
  i += number.size();
  skip_spaces();
  if (i >= limit || text[i] != '%') return end;
  ++i;
  skip_spaces();
  if (i >= limit || text[i] != ')') return end;
  return i + 1;
}

}  // namespace

std::vector<Quantity> scan_quantities(const SentenceWork& s) {
  const Patterns& p = patterns();
  const std::string_view text = s.text;
  const ByteSpan span = s.span;
  std::vector<Quantity> out;
  Match& m = s.scratch;
  // Figures need a digit, and what may come before it (a currency, a space) is short: each
  // search starts a little before the next digit rather than at every capital letter of the
  // sentence that could begin "EUR" or "USD".
  constexpr std::size_t kLead = 16;
  std::size_t at = s.has_digit ? span.begin : span.end;
  while (at < span.end) {
    std::size_t digit = at;
    while (digit < span.end && (text[digit] < '0' || text[digit] > '9')) ++digit;
    if (digit >= span.end) break;
    if (!p.figure.find(text, std::max(at, digit > kLead ? digit - kLead : 0), m, span.end)) break;
    ByteSpan whole = m.span();
    at = whole.end > whole.begin ? whole.end : whole.begin + 1;
    Quantity q;
    ByteSpan num = m.span(p.num);
    // "US $000's", "EUR '000": zeros alone name the unit of a table (thousands), not an amount.
    if (const std::string_view digits = m.str(p.num);
        digits.size() >= 2 && digits.find_first_not_of('0') == std::string_view::npos) {
      continue;
    }
    auto [value, decimals] = parse_number(m.str(p.num));
    q.decimals = decimals;
    double half_step = 0.5 * std::pow(10.0, -decimals);
    double low = value - half_step, high = value + half_step;
    if (m.has(p.num2)) {
      auto [value2, decimals2] = parse_number(m.str(p.num2));
      // A range runs low to high; "555-0134" or "2026-9" is a code, a phone number or a date.
      if (value2 <= value) continue;
      q.is_range = true;
      high = value2 + 0.5 * std::pow(10.0, -decimals2);
      value = (value + value2) / 2;
    }
    std::size_t end = whole.end;
    bool has_currency = m.has(p.cur);
    bool has_scale = m.has(p.scale);
    if (has_scale) {
      // A one-letter scale ("m", "b") only counts after a currency or glued to the number:
      // "5 m" alone may be metres, "the 5 b-side" nothing at all.
      std::string_view s = m.str(p.scale);
      bool glued = m.span(p.scale).begin == (m.has(p.num2) ? m.span(p.num2).end : num.end);
      if (s.size() == 1 && !has_currency && !glued) {
        has_scale = false;
        end = m.has(p.num2) ? m.span(p.num2).end : num.end;
      }
    }
    q.scale = has_scale ? scale_of(m.str(p.scale)) : 1;
    double factor = q.scale;
    if (has_currency) q.unit = currency_before(m.str(p.cur));
    bool unit_taken = false;
    if (has_scale && m.has(p.scale) && m.span(p.scale).end < end && !m.has(p.curafter) &&
        !m.has(p.pct) && !m.has(p.noun) && !m.has(p.time) && !m.has(p.hunit) && !m.has(p.pp) &&
        !m.has(p.times)) {
      end = m.span(p.scale).end;
    }
    if (m.has(p.pct)) {
      q.unit = "%";
      unit_taken = true;
      end = m.span(p.pct).end;
      // Swallow the filings' repetition "( 15 % )" so it is not a second figure.
      at = std::max(at, repeated_percent_end(text, end, span.end, m.str(p.num)));
    } else if (m.has(p.pp)) {
      std::string word = lower(m.str(p.pp));
      q.unit = "pp";
      // Basis points are hundredths of a point.
      if (word.find("basis") != std::string::npos || word.find("bp") != std::string::npos) {
        factor *= 0.01;
      } else if (word.find("points") != std::string::npos &&
                 word.find("percentage") == std::string::npos) {
        // "225.79 points" of an index are index points; a change statement between two
        // percentages reads them as percentage points.
        q.unit = "points";
      }
      unit_taken = true;
    } else if (m.has(p.times)) {
      q.unit = "x";
      unit_taken = true;
    } else if (m.has(p.curafter)) {
      auto [code, f] = currency_after(m.str(p.curafter));
      if (!code.empty()) {
        q.unit = code;
        factor *= f;
        unit_taken = true;
      }
    } else if (m.has(p.time) && !has_currency) {
      q.unit = time_unit(m.str(p.time));
      // "a 35-year-old", "18 to 21 year olds", "40 years old": an age, not a length of time.
      if (std::size_t old = age_end(text, m.span(p.time).end, span.end); old > 0) {
        q.unit = "age";
        end = old;
        at = std::max(at, old);
      }
      unit_taken = true;
    } else if (m.has(p.hunit) && !has_currency) {
      // "a 102-inch screen", "a 5-mile stretch": the unit is part of the figure.
      q.unit = lower(m.str(p.hunit).substr(m.str(p.hunit)[0] == '-' ? 1 : 3));
      unit_taken = true;
    } else if (m.has(p.noun) && !has_currency) {
      std::string noun(trim(m.str(p.noun)));
      q.unit = is_physical_unit(noun) ? noun : "count";
      // A unit is part of the figure ("256.9 million litres"); a counted noun is not.
      if (q.unit == "count") {
        end = has_scale ? m.span(p.scale).end : (m.has(p.num2) ? m.span(p.num2).end : num.end);
      }
      unit_taken = true;
    } else if (m.has(p.noun)) {
      end = has_scale ? m.span(p.scale).end : (m.has(p.num2) ? m.span(p.num2).end : num.end);
    }
    (void)unit_taken;
    // Times, numeric dates and decades are not figures: "3:00 p.m.", "9/11", "7/8/2003",
    // "the 30's".
    if (!has_currency && q.unit.empty()) {
      auto digit = [&](std::size_t i) {
        return i < text.size() && text[i] >= '0' && text[i] <= '9';
      };
      const char after = num.end < text.size() ? text[num.end] : ' ';
      const char before = num.begin > 0 ? text[num.begin - 1] : ' ';
      if (((after == ':' || after == '/') && digit(num.end + 1)) ||
          ((before == ':' || before == '/') && num.begin >= 2 && digit(num.begin - 2)) ||
          text.substr(num.end, 2) == "'s" || text.substr(num.end, 4) == "\xE2\x80\x99s") {
        continue;
      }
    }
    // A bare number glued to a name is not a figure: "Windows 10", "Boeing 717".
    if (!has_currency && !has_scale && (q.unit.empty() || q.unit == "count") && !q.is_range &&
        follows_name(text, span.begin, num.begin)) {
      continue;
    }
    // List numbering: "1." or "2)" opening a line.
    if (!has_currency && q.unit.empty() && num.begin == span.begin && end < span.end &&
        (text[end] == ')' || (text[end] == '.' && end + 1 < span.end && text[end + 1] == ' '))) {
      continue;
    }
    q.span = {whole.begin, end};
    q.text = std::string(text.substr(q.span.begin, q.span.size()));
    q.value = value * factor;
    q.low = low * factor;
    q.high = high * factor;
    // A minus sign glued to the figure: "−5%", "-0.4 points", "−€22 million".
    std::size_t b = q.span.begin;
    if (((b >= 1 && text[b - 1] == '-' && (b < 2 || text[b - 2] == ' ' || text[b - 2] == '(')) ||
         (b >= 3 && text.substr(b - 3, 3) == "\xE2\x88\x92"))) {
      q.span.begin -= text[b - 1] == '-' ? 1 : 3;
      q.text = std::string(text.substr(q.span.begin, q.span.size()));
      q.value = -q.value;
      double l = -q.high;
      q.high = -q.low;
      q.low = l;
    }
    find_hedge(text, span.begin, q.span.begin, q);
    apply_hedge(q);
    out.push_back(std::move(q));
  }

  // Number words, fractions and multiplier words.
  std::size_t figures = out.size();
  at = span.begin;
  const WordSet& starts = number_words();
  // "a" and "one" start a match only before these: "a third", "one and a half", "one year".
  static const WordSet kNeedsNext{"a", "one"};
  static const WordSet kNext{"third", "quarter", "dozen",   "day",     "days",
                             "week",  "weeks",   "month",   "months",  "quarters",
                             "year",  "years",   "million", "billion", "and"};
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const Word& w = s.words[i];
    if (w.begin < at || !starts.contains(w.key)) continue;
    if (kNeedsNext.contains(w.key) &&
        (i + 1 == s.words.size() || !kNext.contains(s.words[i + 1].key))) {
      continue;
    }
    if (!p.word.match_at(text, w.begin, m, span.end)) continue;
    ByteSpan whole = m.span();
    at = whole.end > whole.begin ? whole.end : whole.begin + 1;
    bool inside = false;
    for (std::size_t i = 0; i < figures && !inside; ++i) inside = out[i].span.overlaps(whole);
    if (inside) continue;
    WordValue wv = word_value(m.str(p.w_word));
    Quantity q;
    q.is_word = true;
    q.decimals = -1;
    q.value = wv.value;
    q.low = wv.low;
    q.high = wv.high;
    q.unit = wv.unit;
    std::size_t end = m.span(p.w_word).end;
    // "two and a half": a whole number and a half, as exact as the number is.
    const bool and_half = m.has(p.w_half) && std::string_view(wv.unit) == "count";
    if (and_half) {
      q.value += 0.5;
      q.low += 0.5;
      q.high += 0.5;
      end = m.span(p.w_half).end;
    }
    if (m.has(p.w_scale)) {
      q.scale = scale_of(m.str(p.w_scale));
      q.value *= q.scale;
      q.low *= q.scale;
      q.high *= q.scale;
      end = m.span(p.w_scale).end;
    }
    if (m.has(p.w_times)) {
      q.unit = "x";
      // "three times" is as loose as "tripled": any ratio that rounds to 3; "two and a half
      // times" any that rounds to the nearest half.
      const double step = and_half ? 0.25 : 0.5;
      q.low = q.value - step;
      q.high = q.value + step;
      end = m.span(p.w_times).end;
    } else if (m.has(p.w_time) && q.unit != "x") {
      q.unit = time_unit(m.str(p.w_time));
      end = m.span(p.w_time).end;
    }
    // "a quarter of" names a fraction; its span is "a quarter".
    if (lower(m.str(p.w_word)) == "a quarter of") end = m.span(p.w_word).begin + 9;
    q.span = {whole.begin, end};
    q.text = std::string(text.substr(q.span.begin, q.span.size()));
    find_hedge(text, span.begin, q.span.begin, q);
    apply_hedge(q);
    out.push_back(std::move(q));
  }
  std::stable_sort(out.begin(), out.end(), [](const Quantity& a, const Quantity& b) {
    return a.span.begin < b.span.begin;
  });

  // PhraseBank pairs with lost parentheses share one currency and scale:
  // "EUR 2,686.2 1,259.7 million" is EUR 2,686.2 million and EUR 1,259.7 million.
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    Quantity& a = out[i];
    Quantity& b = out[i + 1];
    bool adjacent = b.span.begin == a.span.end + 1 && text[a.span.end] == ' ';
    if (adjacent && a.scale == 1 && b.scale > 1 && !a.unit.empty() && b.unit.empty() &&
        a.decimals >= 0 && b.decimals >= 0) {
      a.value *= b.scale;
      a.low *= b.scale;
      a.high *= b.scale;
      a.scale = b.scale;
      b.unit = a.unit;
    }
  }
  return out;
}

}  // namespace factcheck::detail
