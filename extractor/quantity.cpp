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
#include <optional>
#include <string>

#include "internal.h"
#include "lexicon.h"
#include "pattern.h"

namespace factcheck::detail {

namespace {

// Space inside a figure: ASCII, no-break space U+00A0, narrow no-break U+202F, thin U+2009.
// A dash joining a range: hyphen, U+2010..U+2015 (incl. non-breaking hyphen U+2011), minus.
#define FC_DASH R"((?:-|\xE2\x80[\x90-\x95]|\xE2\x88\x92))"

// Currency written before the number: a sign ("$", "C$", "£") or a code or word ("EUR", "Rs.",
// PhraseBank's broken euro "x20ac" and "& euro ;"), from currency.tsv; a letter sign ("R") only
// where no letter or digit comes before it.
// Each class with how its words end and what may not come before them; currency_starts() reads
// the same list, so a class added here is also a place where a figure can start.
struct CurrencyBefore {
  std::string_view cls;
  lexicon::Bound bound;
  std::string_view not_after;  // a lookbehind, or empty
};
constexpr CurrencyBefore kCurrencyBefore[] = {
    {"currency-sign", lexicon::Bound::kNone, ""},
    {"currency-code", lexicon::Bound::kLetter, ""},
    {"currency-letter", lexicon::Bound::kNone, "(?<![A-Za-z0-9])"},
};
std::string currency_before_regex() {
  std::string r = "(?<cur>";
  for (const CurrencyBefore& c : kCurrencyBefore) {
    if (&c != kCurrencyBefore) r += "|";
    r += std::string(c.not_after) + lexicon::alternation({c.cls}, c.bound);
  }
  return r + ")";
}

// A fraction: "3 1/2", "3/8" before a unit or "of", "¾", "3½" (numbers.tsv's vulgar-fraction
// and slash-denominator).
std::string fraction_regex() {
  using lexicon::alternation;
  const std::string den =
      "(?:" + alternation({"slash-denominator"}, lexicon::Bound::kNone) + ")(?![\\d/.,])";
  return "(?<![\\d/])(?:\\d{1,3}\\x20?)?" +
         alternation({"vulgar-fraction"}, lexicon::Bound::kNone) +
         "|(?<![\\d/.,])\\d{1,3}\\x20[1-9]\\d?/" + den + "|(?<![\\d/.,])[1-9]\\d?/" + den +
         "(?=(?:\\x20|-)(?:" + alternation({"unit"}) + "|of\\b))";
}

// A number as printed: a decimal comma before a scale word ("13,1 mn"), thousands
// separators ("1,234.5"), PhraseBank's split decimal ("297 .3"), plain, or a bare fraction (".5").
std::string number_regex() {
  return fraction_regex() +
         // After a currency written first, a comma before one or two last digits is a decimal
         // comma ("€13,50", "CHF 7,5"): a thousands separator is followed by three. The test of
         // the currency comes after the digits so that PCRE2 can still start a search at a digit.
         R"(|\d{1,3},\d{1,2}(?!\d|[.,]\d)(?(<cur>)|(*FAIL)))"
         R"(|(?:\d{1,3},\d{1,2}(?=\x20?(?:)" +
         lexicon::alternation({"scale-word", "scale-abbrev", "currency-comma-after"}) +
         R"(|(?&ca)|%))|)"
         // Stops between thousands and a decimal comma, as much of Europe writes: "1.250,50".
         R"(\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d.,])|)"
         // Lakh grouping, as India writes it: "50,00,000" (five million), "1,20,500".
         R"(\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?|)"
         R"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|)"
         // Groups set off by a thin or no-break space ("25\u202F000"), or by a plain space when
         // the last group is 000 ("25 000", "1 250 000"), since tables set columns apart by spaces.
         R"(\d{1,3}(?:(?:\xC2\xA0|\xE2\x80[\xAF\x89])\d{3})+(?![\d.,])|\d{1,3}(?:\x20\d{3})*\x20000(?![\d.,])|)"
         // One other group after a plain space and a lead of one or two digits ("7 500 runners",
         // "€12 750"), only before a word after a space or a sign and never after a number ("2019 7
         // 500", "100 200 300" are columns).
         R"((?<!\d\x20)\d{1,2}\x20\d{3}(?![\d.,]|\x20\d)(?=\x20[a-z]|\x20?[%\xC2\xE2])|)"
         R"(\d+\x20\.\d+(?!\d)|\d+(?:\.\d+)?|\.\d+))";
}

// A scale word: "billion", "bn", "bil- lion" (hyphenated across a line in filings), "mn", "m".
std::string scale_regex() {
  // Not "m" of "80 m²" or "80 m2", a unit of area, nor of "9.8 m/s" ("£5m/year" is millions); nor
  // "k" of "4.7 kΩ" (U+03A9).
  return "(?<scale>" + lexicon::alternation({"scale-word", "scale-abbrev"}) +
         ")(?!\\xC2[\\xB2\\xB3]|[23](?![0-9])|/s(?![A-Za-z])|\\xCE\\xA9)";
}

// The unit after the figure: percent, points, a multiple, a currency word, a length of time
// ("3-year", "5 months" but not "18-year-old"), a physical unit after a hyphen ("102-inch"),
// or the noun counted ("40 stores"; function words are no nouns).
std::string unit_regex() {
  using lexicon::alternation;
  const std::string times_context = "(?=\\x20" + alternation({"times-context"}) + ")";
  // "18-year-old" is an age (durations.tsv's duration-age-after), not an 18-year length.
  const std::string age = alternation({"duration-age-after"}, lexicon::Bound::kNone);
  // Points first: "0.25 pct point" is a point, not a percent.
  return "(?:(?<pp>" FC_SP "?" + alternation({"points"}) + ")|" +       //
         "(?<pct>(?:" FC_SP "|-)?" + alternation({"percent"}) + ")|" +  //
         "(?<times>\\x20?" + alternation({"times-sign"}, lexicon::Bound::kNone) +
         "(?![A-Za-z0-9])|-fold(?![a-z])|\\x20?times" + times_context + ")|" +
         // "45 euros", "240USD", "65€", "412.5p"; a scale may follow a code ("40 USD million").
         // A currency word before another number is that number's ("(2023 EUR 3.8 million)"),
         // unless that number is in a smaller unit ("12 dollars 75 cents", "7 pounds 3 ounces").
         // "a 20-dollar bill"; "20 trillion won" (a letter before the space ends a scale word).
         // The currency words are written once, as the group "ca", and called as (?&ca) here and
         // in number_regex(): PCRE2 caps a compiled pattern at 64 KiB.
         "(?<curafter>(?<=[A-Za-z])\\x20" + alternation({"currency-after-scaled"}) +
         "|(?:\\x20?|(?:-|\\xE2\\x80\\x91)(?=[A-Za-z]+\\x20" + alternation({"currency-object"}) +
         "))(?:(?<ca>" + alternation({"currency-after"}) +
         ")(?!" FC_SP "?[0-9][0-9.,]*+(?!\\x20?(?:(?&ca)|(?&pu))))|" +
         alternation({"currency-code-after"}) + "(?!\\x20?\\.?[0-9]))|" +
         alternation({"currency-glued", "currency-glued-small"}) + "(?![0-9]))(?:\\x20(?<cscale>" +
         alternation({"scale-word"}) + "))?|" + "(?<time>(?:\\x20|-|\\xE2\\x80\\x91)" +
         alternation({"time-unit"}, lexicon::Bound::kNone) + "(?![a-z]|-(?!" + age +
         "s?(?![a-z]))))|" +
         // One alternation of units for both "48GB" and "a 102-inch screen" (the hyphen is the
         // hunit group): the unit table is the largest part of the pattern.
         "(?<punit>(?:(?<hunit>-|\\xE2\\x80\\x91)|" FC_SP "?)" + "(?<pu>" +
         alternation({"unit", "unit-spelling", "temperature-letter"}) + "))|" +  //
         "(?<gunit>" + alternation({"unit-glued"}) + ")|" +                      //
         "(?<noun>\\x20(?!" + alternation({"not-unit"}) + ")[a-z][a-z]+(?:-[a-z]+)?))?";
}

// Not the mantissa of a number in scientific notation whose exponent kExponent does not read
// ("5e1234"): such a number is left out rather than read as its first digits. The number before
// it is matched atomically, so no shorter prefix of it ("1" of "12e3") is tried instead.
constexpr std::string_view kNotMantissa = R"((?![eE][+\-]?\d))";

// The exponent of a number in scientific notation: "3.5e6", "1.2E-4", "3E+8", "6.022 × 10^23",
// "1.6×10⁻¹⁹" (superscript digits). A whole mantissa needs a signed exponent: "7E7" is a plane
// and "25e6" a filing's broken bullet. Only a caret or superscripts make "x 10" a power.
constexpr std::string_view kExponent =
    R"((?:(?<=\.\d|\.\d{2}|\.\d{3}|\.\d{4}|\.\d{5}|\.\d{6})[eE][+\-]?\d{1,3}(?![0-9A-Za-z_])|[eE][+\-]\d{1,3}(?![0-9A-Za-z_])|\x20?(?:x|\xC3\x97)\x20?10(?:\^[+\-]?\d{1,3}(?!\d))"
    R"(|\^\xE2\x88\x92\d{1,3}(?!\d)|(?:\xE2\x81[\xBA\xBB])?(?:\xE2\x81[\xB0\xB4-\xB9]|\xC2[\xB2\xB3\xB9])+))?)";

}  // namespace

// The figure pattern: currency and number, an optional range end, scale, unit.
std::string figure_regex() {
  std::string r;
  r += "(?:";
  r += currency_before_regex();
  // Without a currency, a number glued to a word ("GPT-4", "Q1", "H2") is a name.
  // A minus sign may stand between a currency and its number: "EUR -24.5 mn", "€−119 million";
  // so may an accountant's bracket: "$ ( 10 ) million", "$(12.5)".
  // Between a figure's scale and the same on a second number, a dash joins the ends of a range
  // ("30k-40k", "2bn-3bn"), though elsewhere a letter and a hyphen make a name ("GPT-4",
  // "rule 10b-18").
  r += FC_SP R"(?(?:(?<csign>-|\xE2\x88\x92)|(?<cparen>\(\x20?))?)"
             R"(|(?<=\d[kKm]-|\dbn-|\dmn-)(?=[\d.,]+(?:[kKm]|bn|mn)(?![A-Za-z])))"
             R"(|(?<![A-Za-z0-9_.,%]|[A-Za-z]-|[A-Za-z]\xE2\x80\x91|[0-9.][eE]\+)))";
  r += "(?<num>(?>";
  r += number_regex();
  r += ")";
  r += kExponent;
  r += ")";
  r += kNotMantissa;
  r += R"((?(<cparen>)\x20?\)))";
  // A range end: "12–15%", "3‑4 ×", "$3.8m-$4.9m".
  // The second number is the first's pattern called again ("(?&num)"), so the pattern is
  // compiled once: PCRE2 caps a compiled pattern at 64 KiB.
  r += "(?:" FC_SP "?" FC_DASH FC_SP "?(?:\\$|\\xC2\\xA3|\\xE2\\x82\\xAC)?(?<num2>(?&num))";
  r += kNotMantissa;
  r += ")?";
  // "a $2.5-million contract": a spelled-out scale may follow a hyphen (not "10-K", a form).
  r += "(?:(?:" FC_SP "|-(?=[a-z]{4}))?";
  r += scale_regex();
  r += ")?";
  r += unit_regex();
  return r;
}

// What may come before a share that is the size of a change: a lead ("by", "up", numbers.tsv's
// fraction-lead), then perhaps a hedge of words ("nearly", hedges.tsv): "rose by nearly a
// quarter", "up more than a fifth"; not "up a fifth straight win" (ordinal-next). PCRE2 10.42 wants
// every lookbehind branch of one fixed length, so each lead and hedge pair is a top-level branch of
// its own.
std::string fraction_lead_lookbehind() {
  std::string out = "(?<=";
  bool first = true;
  for (std::string_view lead : lexicon::words({"fraction-lead"})) {
    std::vector<std::string_view> hedges = {std::string_view{}};
    for (std::string_view h : lexicon::words({"hedge"})) {
      if (std::all_of(h.begin(), h.end(),
                      [](char c) { return (c >= 'a' && c <= 'z') || c == ' '; }))
        hedges.push_back(h);
    }
    for (std::string_view h : hedges) {
      std::string branch = "\\b" + std::string(lead) + "\\x20";
      if (!h.empty()) branch += std::string(h) + "\\x20";
      std::string escaped;
      for (char c : branch) escaped += c == ' ' ? std::string("\\x20") : std::string(1, c);
      out += (first ? "" : "|") + escaped;
      first = false;
    }
  }
  return out + ")";
}

// A number in words, a fraction, or a multiplier word (numbers.tsv), with what may follow it:
// "and a half", a scale word, "times" or "-fold", a unit of time.
std::string word_regex() {
  using lexicon::alternation;
  const std::string hyphen = "(?:-|\\xE2\\x80\\x91)";
  const std::string scale = alternation({"scale-word"});
  // "a quarter" is a share only where nothing else can be meant: "a quarter of the staff",
  // "rose by a quarter"; elsewhere it is a period ("$3m a quarter").
  const std::string fraction_of = alternation({"fraction-of"});
  // "forty-seven", and in chat "ninety nine". Written once, as the group "cmp", and called
  // elsewhere as (?&cmp): PCRE2 caps a compiled pattern at 64 KiB.
  // Not "twenty one-year-old lambs", nor the "twenty" of "twenty-first" (ordinals.tsv).
  const std::string compound = alternation({"tens-word"}) + "(?:" + hyphen +
                               alternation({"digit-word"}) + "|\\x20" +
                               alternation({"digit-word"}) + "(?!" + hyphen + "))?(?!" + hyphen +
                               alternation({"ordinal"}) + ")|" + alternation({"number-word"});
  // The part after a ratio word: "one in four", "one-in-four", "one out of 10" (not "the one in
  // 2019").
  const std::string ratio = alternation({"ratio-word"}) +
                            "(?:\\x20|-)(?:\\d{1,3}(?![\\d.,])|(?:(?&cmp)|" +
                            alternation({"number-scaled"}) + "\\x20" + scale + ")\\b)";
  // A guarded phrase before what makes it a number: "one year", "half a percent", "a quarter
  // of a million", "half an hour".
  const std::string guarded =
      alternation({"number-guarded"}) + "(?=\\x20(?:" +
      alternation({"time-unit", "scale-word", "currency-after", "percent", "denominator"}) +
      "|and\\x20a\\x20half|point\\x20" + alternation({"digit-word"}) + ")\\b|(?:\\x20|-)" + ratio +
      ")";
  // Fractions before numbers: "two-thirds" is no "two".
  // After "by" a share comes first: "grew by one quarter" is 25%, not a period; "by a quarter
  // point" is a fraction of a point (numbers.tsv).
  // "fell one point from 6.2%", "a full point, to 3.1%": one point, read only when a percent
  // follows it, which join_word_points() then makes percentage points.
  const std::string point_one =
      alternation({"point-one"}) + "(?=\\x20point,?\\x20" + alternation({"points-percent-link"}) +
      "\\x20\\d{1,3}(?:\\.\\d+)?\\x20?" + alternation({"percent"}, lexicon::Bound::kNone) + ")";
  return "\\b(?<word>" + point_one + "|" + fraction_lead_lookbehind() + fraction_of +
         "(?![\\x20-](?:of|point|percentage)\\b|\\x20" + alternation({"ordinal-next"}) + ")|" +
         alternation({"number-scaled"}) + "(?=\\x20" + scale + ")|" +
         // "a tenner", "half a grand": an amount named by one noun (currency.tsv, scale.tsv).
         // "a dollar", "a penny": one of a currency's units (wcur's group "cw").
         alternation({"number-scaled"}) +
         "(?=\\x20(?:" + alternation({"currency-noun", "scale-noun"}) + "|(?&cw))\\b)|" + guarded +
         "|" + alternation({"number-unit"}) + "(?=\\x20(?&uw))|" +
         // "a mile", "an acre": one of a unit, kept only for the units of unit-after-a ("a bar",
         // "a stone's throw" are none), which the scan tests to keep this pattern small.
         // Not "a mile and a half", which would read as one mile.
         "(?<wua>" + alternation({"number-unit-a"}) +
         ")(?=\\x20(?&uw)(?!\\x20and\\x20a\\x20half\\b))|" +
         // A fraction joined by a hyphen names a thing, not a share: "half-built", "half-year".
         // One that comes before what it ranks is an ordinal: "a third straight quarter".
         alternation({"fraction"}) + "(?!" + hyphen + "|\\x20" + alternation({"ordinal-next"}) +
         ")|" + fraction_of + "(?=\\x20of\\b)|(?<cmp>" + compound + ")|" +
         alternation({"multiplier"}) + "|" + alternation({"multiplier-the"}) + "(?=\\x20the\\b)|" +
         alternation({"multiplier-verb"}) + "(?=\\x20(?:to|from)\\x20)|" +
         // Last, so every reading above wins: "a quarter" or "a point" anywhere else, which the
         // scanner keeps only as the size of a change ("climbed a sixth", "a drop of about a
         // fifth", "81%, up a point"; fraction_as_change(), point_after_percent()).
         "(?<wfof>" + fraction_of + ")(?![\\x20-](?:of|point|percentage)\\b|\\x20" +
         alternation({"ordinal-next"}) + ")|(?<wpone>" + alternation({"point-one"}) +
         ")(?=\\x20point\\b))\\b" +  //
         // "two sevenths", "three-fifths": a count of parts.
         "(?:(?:\\x20|" + hyphen + ")(?<wden>" + alternation({"denominator"}) + ")\\b)?" +
         // "three point four million": digits after the point, one word each.
         "(?<wpoint>(?:\\x20point)(?:\\x20" + alternation({"digit-word"}) + ")+\\b)?" +
         "(?<whalf>(?:\\x20|" + hyphen + ")and(?:\\x20|" + hyphen + ")a(?:\\x20|" + hyphen +
         ")half\\b)?" +
         // "two hundred and twelve", "nine hundred ninety-nine": a scale, then the rest of the
         // number, unless that rest has a scale of its own ("twenty thousand three hundred").
         // "eight hundred thousand", "twenty-five thousand five hundred": more numbers and
         // scales, read by chain_value(), which stops where they no longer make one number.
         // "a hundred and one": after "and", a digit-word ("one") ends the number.
         "(?:\\x20(?<wscale>" + scale + ")\\b(?<wmore>(?:(?!\\x20" +
         alternation({"scale-and-part"}) + ")(?:\\x20and)?\\x20(?:(?&cmp)|" + scale +
         ")\\b)*(?:(?!\\x20" + alternation({"scale-and-part"}) + ")\\x20and\\x20" +
         alternation({"digit-word"}) + "\\b(?!" + hyphen + "))?))?" +
         // "a million and a half", "a billion and a quarter": a part of the scale more.
         "(?<wshalf>\\x20" + alternation({"scale-and-part"}) + ")?" +
         // "two percentage points", "twenty basis points": points first, as in figure_regex().
         // The unit table is written once, as the group "uw", called above as (?&uw).
         // A currency joined by a hyphen is money before the thing it names ("a five-pound
         // note") or after a scale ("a million-dollar home"); else "a five-pound bag" is a weight.
         "(?:(?<wpp>(?:\\x20|" + hyphen + ")" + alternation({"points-word"}) +
         ")|(?<wpct>(?:\\x20|" + hyphen + ")" + alternation({"percent"}) + ")|(?<wnoun>\\x20" +
         alternation({"currency-noun"}) + ")|(?<wcur>(?:\\x20|(?<wch>" + hyphen + "))(?<cw>" +
         alternation({"currency-after"}) + ")(?(<wch>)(?(<wscale>)|(?=\\x20" +
         alternation({"currency-object"}) + "\\b))))|(?<wunit>\\x20(?<uw>" + alternation({"unit"}) +
         ")))?" +  //
         "(?<wtimes>\\x20times(?=\\x20" + alternation({"times-context"}) + ")|" + hyphen +
         "fold\\b)?" + "(?<wtime>(?:\\x20|" + hyphen + ")" + alternation({"time-unit"}) +
         "\\b(?!-(?!" + alternation({"duration-age-after"}, lexicon::Bound::kNone) + "s?\\b)))?";
}

namespace {

// The classes of numbers.tsv the word pattern reads.
constexpr std::array<std::string_view, 13> kWordClasses = {
    "number-word",     "digit-word", "tens-word",    "number-guarded", "number-scaled",
    "number-unit",     "fraction",   "fraction-of",  "multiplier",     "multiplier-the",
    "multiplier-verb", "point-one",  "number-unit-a"};

// The words a match of the word pattern can start with, and the first words ("a", "one") that
// start one only before particular next words ("a third", "one year", "one million").
struct WordStarts {
  WordSet starts;
  WordSet needs_next;
  WordSet next;
};

// The first word of a lexicon phrase: "a" of "a third", "two" of "two-thirds".
std::string_view first_word(std::string_view phrase) {
  std::size_t n = 0;
  while (n < phrase.size() && std::isalpha(static_cast<unsigned char>(phrase[n]))) ++n;
  return phrase.substr(0, n);
}

WordStarts word_starts() {
  std::vector<std::string_view> starts, needs_next, next;
  for (std::string_view cls : kWordClasses) {
    for (const lexicon::Entry& e : lexicon::entries(cls)) starts.push_back(first_word(e.word));
  }
  // A first word needs a next word when it is no number of its own ("a") or a guarded one.
  auto stands_alone = [](std::string_view w) {
    for (std::string_view cls : {"number-word", "tens-word", "fraction", "multiplier"}) {
      if (lexicon::find(cls, w) != nullptr) return true;
    }
    return false;
  };
  for (std::string_view cls : kWordClasses) {
    const bool guarded = cls == "number-guarded" || cls == "number-scaled" ||
                         cls == "number-unit" || cls == "point-one" || cls == "number-unit-a";
    for (const lexicon::Entry& e : lexicon::entries(cls)) {
      std::string_view first = first_word(e.word);
      if (stands_alone(first)) continue;
      if (first.size() == e.word.size()) {
        if (guarded) needs_next.push_back(first);
        continue;
      }
      needs_next.push_back(first);
      next.push_back(first_word(e.word.substr(first.size() + 1)));
    }
  }
  for (std::string_view w : lexicon::words({"time-unit", "scale-word", "currency-after", "percent",
                                            "denominator", "currency-noun", "scale-noun"})) {
    next.push_back(first_word(w));
  }
  for (std::string_view w : lexicon::words({"ratio-word", "unit-after-a"})) {
    next.push_back(first_word(w));
  }
  next.push_back("and");
  next.push_back("point");
  return {WordSet(starts), WordSet(needs_next), WordSet(next)};
}

// Hedges (hedges.tsv), longest first so "just over" wins over "over".
struct HedgeWord {
  std::string_view words;
  Hedge kind;
};

std::vector<HedgeWord> hedge_words() {
  // The value names the hedge's kind; another value throws with its file and line.
  const lexicon::Roles<Hedge> kinds("hedge", {{"about", Hedge::kAbout},
                                              {"nearly", Hedge::kNearly},
                                              {"more", Hedge::kMoreThan},
                                              {"less", Hedge::kLessThan}});
  std::vector<HedgeWord> out;
  for (const lexicon::Entry& e : lexicon::entries("hedge")) out.push_back({e.word, kinds.of(&e)});
  std::stable_sort(out.begin(), out.end(), [](const HedgeWord& a, const HedgeWord& b) {
    return a.words.size() > b.words.size();
  });
  return out;
}

struct Patterns {
  Pattern figure{"figure", figure_regex()};
  Pattern word{"number word", word_regex(), /*caseless=*/true};
  WordStarts word_starts = factcheck::detail::word_starts();
  std::vector<HedgeWord> hedges = hedge_words();
  WordSet weight_words{lexicon::words({"weight-word"})};
  WordSet length_context{lexicon::words({"length-context"})};
  WordSet length_before{lexicon::words({"length-context-before"})};
  WordSet half_period{lexicon::words({"half-period"})};
  WordSet sign_words{lexicon::words({"sign-word"})};
  WordSet guidance_words{lexicon::words({"guidance-word"})};
  WordSet range_opening{lexicon::words({"range-opening"})};
  WordSet range_not_after{lexicon::words({"range-not-after"})};
  WordSet range_opening_to{lexicon::words({"range-opening-to"})};
  WordSet range_from_verbs{lexicon::words({"range-from-verb"})};
  WordSet range_verbs{lexicon::words({"range-verb"})};
  WordSet direction_verbs{lexicon::words({"direction-verb"})};
  // Verbs and nouns of change: "will increase from 36,000 to 85,000 tonnes" is a change.
  WordSet direction_words{lexicon::words({"direction-verb", "direction-noun"})};
  WordSet price_verbs{lexicon::words({"range-price-verb"})};
  WordSet range_rate{lexicon::words({"range-rate"})};
  WordSet temperature_words{lexicon::words({"temperature-word"})};
  WordSet unit_before{lexicon::words({"unit-before"})};
  int cur = figure.group("cur"), num = figure.group("num"), num2 = figure.group("num2"),
      scale = figure.group("scale"), pct = figure.group("pct"), pp = figure.group("pp"),
      times = figure.group("times"), curafter = figure.group("curafter"),
      time = figure.group("time"), hunit = figure.group("hunit"), noun = figure.group("noun"),
      cscale = figure.group("cscale"), punit = figure.group("punit"), csign = figure.group("csign"),
      cparen = figure.group("cparen"), gunit = figure.group("gunit");
  int w_word = word.group("word"), w_half = word.group("whalf"), w_scale = word.group("wscale"),
      w_times = word.group("wtimes"), w_time = word.group("wtime"), w_pct = word.group("wpct"),
      w_cur = word.group("wcur"), w_point = word.group("wpoint"), w_den = word.group("wden"),
      w_more = word.group("wmore"), w_unit = word.group("wunit"), w_shalf = word.group("wshalf"),
      w_pp = word.group("wpp"), w_noun = word.group("wnoun"), w_fof = word.group("wfof"),
      w_pone = word.group("wpone"), w_ua = word.group("wua");
};

const Patterns& patterns() {
  static const Patterns p;
  return p;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  // NBSP and narrow NBSP at the edges.
  while (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") s.remove_prefix(2);
  while (s.size() >= 3 && (s.substr(0, 3) == "\xE2\x80\xAF" || s.substr(0, 3) == "\xE2\x80\x89")) {
    s.remove_prefix(3);
  }
  return s;
}

// The power of ten of a number in scientific notation ("3.5e6" 6, "1.6×10⁻¹⁹" -19) and where
// its mantissa ends; power 0 and the whole number for any other.
struct Exponent {
  int power = 0;
  std::size_t mantissa_end = 0;
};

Exponent exponent_of(std::string_view s) {
  const std::size_t at = s.find_first_of("eEx\xC3");
  if (at == std::string_view::npos) return {0, s.size()};
  std::size_t end = at;
  while (end > 0 && s[end - 1] == ' ') --end;
  std::size_t j = s[at] == 'e' || s[at] == 'E' ? at + 1 : s.find("10", at) + 2;
  if (j < s.size() && s[j] == '^') ++j;
  int sign = 1, power = 0;
  while (j < s.size()) {
    const std::string_view rest = s.substr(j);
    int digit = -1;
    std::size_t n = 1;
    if (rest[0] >= '0' && rest[0] <= '9') {
      digit = rest[0] - '0';
    } else if (rest[0] == '-' || rest.starts_with("\xE2\x88\x92") ||
               rest.starts_with("\xE2\x81\xBB")) {
      sign = -1;
      n = rest[0] == '-' ? 1 : 3;
    } else if (rest[0] == '+' || rest.starts_with("\xE2\x81\xBA")) {
      n = rest[0] == '+' ? 1 : 3;
    } else if (rest.starts_with("\xC2\xB9") || rest.starts_with("\xC2\xB2") ||
               rest.starts_with("\xC2\xB3")) {
      // Superscript one, two and three sit in Latin-1: U+00B9, U+00B2, U+00B3.
      digit = rest[1] == '\xB9' ? 1 : rest[1] == '\xB2' ? 2 : 3;
      n = 2;
    } else if (rest.starts_with("\xE2\x81") && rest.size() >= 3) {
      digit = static_cast<unsigned char>(rest[2]) - 0xB0;  // U+2070, U+2074..U+2079
      n = 3;
    } else {
      break;
    }
    if (digit >= 0) power = power * 10 + digit;
    j += n;
  }
  return {sign * power, end};
}

// The value of a written number and its decimals: "1,234.5" -> 1234.5, 1; "13,1" -> 13.1, 1;
// "297 .3" -> 297.3, 1. In scientific notation the decimals are those of the value: "3.5e6" ->
// 3500000, -5 (a step of 100,000); "1.2E-4" -> 0.00012, 5.
std::pair<double, int> parse_number(std::string_view s) {
  const Exponent exponent = exponent_of(s);
  s = s.substr(0, exponent.mantissa_end);
  std::string digits;
  int decimals = 0;
  bool after_point = false;
  // A comma followed by one or two digits and nothing more is a decimal comma, and any stops
  // before it part thousands ("1.250,50").
  std::size_t comma = s.rfind(',');
  bool decimal_comma = comma != std::string_view::npos && s.size() - comma - 1 <= 2 &&
                       (s.find('.') == std::string_view::npos || s.rfind('.') < comma);
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      digits += c;
      if (after_point) ++decimals;
    } else if ((c == '.' && !decimal_comma) || (c == ',' && decimal_comma)) {
      digits += '.';
      after_point = true;
    }
  }
  const double value = std::strtod(digits.c_str(), nullptr);
  if (exponent.power == 0) return {value, decimals};
  return {value * std::pow(10.0, exponent.power), decimals - exponent.power};
}

// Whether a fraction character starts at text[i]: U+00BC..U+00BE ("¼", "½", "¾") or
// U+2150..U+215E ("⅓", "⅜").
bool vulgar_at(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) {
    return k < text.size() ? static_cast<unsigned char>(text[k]) : 0;
  };
  return (byte(i) == 0xC2 && byte(i + 1) >= 0xBC && byte(i + 1) <= 0xBE) ||
         (byte(i) == 0xE2 && byte(i + 1) == 0x85 && byte(i + 2) >= 0x90 && byte(i + 2) <= 0x9E);
}

// A whole number in digits ("12"); 0 for none.
double whole_of(std::string_view digits) {
  double v = 0;
  for (char c : digits) {
    if (c >= '0' && c <= '9') v = 10 * v + (c - '0');
  }
  return v;
}

// A number with a fraction as written: "3 1/2" -> 3.5, "3/8" -> 0.375, "3¾" -> 3.75, with
// half the step its denominator rounds to (a writer of "3/8" rounds to eighths), and whether a
// whole number comes before the fraction. Nothing for a number without one.
struct Fraction {
  double value = 0, half_step = 0;
  bool whole = false;
};
std::optional<Fraction> parse_fraction(std::string_view s) {
  if (const std::size_t slash = s.find('/'); slash != std::string_view::npos) {
    const std::size_t space = s.find(' ');
    const bool whole = space < slash;
    const double den = whole_of(s.substr(slash + 1));
    const double num = whole_of(s.substr(whole ? space + 1 : 0, slash - (whole ? space + 1 : 0)));
    if (den == 0) return std::nullopt;
    return Fraction{(whole ? whole_of(s.substr(0, space)) : 0) + num / den, 0.5 / den, whole};
  }
  for (const lexicon::Entry& e : lexicon::entries("vulgar-fraction")) {
    const std::size_t at = s.find(e.word);
    if (at == std::string_view::npos) continue;
    return Fraction{whole_of(s.substr(0, at)) + lexicon::number(e.value, 0),
                    0.5 / lexicon::number(e.value, 1, 1), at > 0};
  }
  return std::nullopt;
}

double scale_of(std::string_view word) {
  std::string_view v = lexicon::value("scale-word", word);
  if (v.empty()) v = lexicon::value("scale-abbrev", word);
  return lexicon::number(v, 0, 1);
}

// ISO 4217 code of a currency written before the number.
std::string currency_before(std::string_view cur) {
  // "(  x20ac )": tokenised copy doubles spaces; the lexicon writes one.
  std::string single;
  for (char c : cur) {
    if (c != ' ' || single.empty() || single.back() != ' ') single += c;
  }
  std::string_view code = lexicon::value("currency-sign", single);
  if (code.empty()) code = lexicon::value("currency-code", single);
  if (code.empty()) code = lexicon::value("currency-letter", single);
  return std::string(code.empty() ? cur : code);
}

// A currency written after the number: its code, the factor to the main unit (pence -> pounds),
// and the unit it names instead when the sentence is about weight ("25 pounds of flour").
struct CurrencyWord {
  std::string code;
  double factor = 1;
  std::string_view weight_unit;
};

CurrencyWord currency_after(std::string_view word) {
  word = trim(word);
  if (word.starts_with('-')) word.remove_prefix(1);             // "20-dollar bill"
  if (word.starts_with("\xE2\x80\x91")) word.remove_prefix(3);  // a non-breaking hyphen
  std::string_view v = lexicon::value("currency-after", word);
  if (v.empty()) v = lexicon::value("currency-after-scaled", word);
  if (v.empty()) v = lexicon::value("currency-code-after", word);
  if (v.empty()) v = lexicon::value("currency-glued", word);
  if (v.empty()) v = lexicon::value("currency-glued-small", word);
  const std::vector<std::string_view> f = lexicon::fields(v);
  if (f.empty()) return {};
  return {std::string(f[0]), lexicon::number(v, 1, 1), f.size() > 2 ? f[2] : std::string_view{}};
}

std::string time_unit(std::string_view word) {
  std::string w = lower(word);
  while (!w.empty() && (w[0] == ' ' || w[0] == '-' || static_cast<unsigned char>(w[0]) >= 0x80)) {
    w.erase(0, 1);
  }
  std::string_view unit = lexicon::value("time-unit", w);
  if (!unit.empty()) return std::string(unit);
  if (!w.empty() && w.back() == 's') w.pop_back();
  return w;
}

// Whether `word` is in `cls` with the case the lexicon writes it: the word pattern ignores case,
// and "GB" is a unit where "Feet" in a title is not.
bool written_as_in_lexicon(std::string_view cls, std::string_view word) {
  const auto entries = lexicon::entries(cls);
  return std::any_of(entries.begin(), entries.end(),
                     [&](const lexicon::Entry& e) { return e.word == word; });
}

// Nouns that name a physical unit rather than things counted (units.tsv).
bool is_physical_unit(std::string_view noun) { return lexicon::find("unit", noun) != nullptr; }

// The hedge written just before `begin`, if any: "roughly $300 million", "nearly 1%".
void find_hedge(std::string_view text, std::size_t floor, std::size_t begin, Quantity& q) {
  constexpr std::size_t kReach = 24;
  std::size_t from = begin > floor + kReach ? begin - kReach : floor;
  // The bytes before, lower-cased as lower() does, on the stack: this runs for every figure.
  char folded[kReach];
  std::size_t n = 0;
  for (std::size_t i = from; i < begin; ++i) {
    const char c = text[i];
    folded[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  while (n > 0 && folded[n - 1] == ' ') --n;
  const std::string_view before(folded, n);
  for (const HedgeWord& h : patterns().hedges) {
    if (before.size() < h.words.size() || before.back() != h.words.back()) continue;
    std::size_t at = before.size() - h.words.size();
    if (before.substr(at) != h.words) continue;
    // A whole word: "moreover" is not "over".
    if (at > 0 && std::isalpha(static_cast<unsigned char>(before[at - 1]))) continue;
    q.hedge = h.words;
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
// loose, as writers use them ("doubled" for anything that rounds to 2x). numbers.tsv holds them.
struct WordValue {
  double value = 0;
  double low = 0;
  double high = 0;
  std::string_view unit = "count";
};

WordValue word_value(std::string_view written) {
  auto exact = [](double v) { return WordValue{v, v, v, "count"}; };
  constexpr lexicon::Class kFractions[] = {"fraction", "fraction-of"};
  for (const lexicon::Class cls : kFractions) {
    if (const lexicon::Entry* e = lexicon::find(cls, written)) {
      const std::vector<std::string_view> f = lexicon::fields(e->value);
      return {lexicon::number(e->value, 0), lexicon::number(e->value, 1),
              lexicon::number(e->value, 2), f.size() > 3 ? f[3] : "count"};
    }
  }
  // Multiplier words count as whole factors: doubled allows a ratio in [1.5, 2.5]; halved
  // divides by a factor in [1.5, 2.5], a ratio in [0.4, 0.667].
  constexpr lexicon::Class kMultipliers[] = {"multiplier", "multiplier-the", "multiplier-verb"};
  for (const lexicon::Class cls : kMultipliers) {
    if (const lexicon::Entry* e = lexicon::find(cls, written)) {
      return {lexicon::number(e->value, 0), lexicon::number(e->value, 1),
              lexicon::number(e->value, 2), "x"};
    }
  }
  constexpr lexicon::Class kNumbers[] = {"number-word",   "tens-word",   "number-guarded",
                                         "number-scaled", "number-unit", "point-one",
                                         "number-unit-a"};
  for (const lexicon::Class cls : kNumbers) {
    if (const lexicon::Entry* e = lexicon::find(cls, written)) {
      // A vague number gives its low and high after its value ("a couple of" is 2 to 3).
      const double v = lexicon::number(e->value);
      return {v, lexicon::number(e->value, 1, v), lexicon::number(e->value, 2, v), "count"};
    }
  }
  // "forty-seven", "forty\u2011seven", "ninety nine": tens and a digit.
  std::size_t hyphen = written.find_first_of("- ");
  std::size_t after = hyphen + 1;
  if (hyphen == std::string_view::npos) {
    hyphen = written.find("\xE2\x80\x91");
    after = hyphen + 3;
  }
  if (hyphen == std::string_view::npos) return exact(0);
  return exact(lexicon::number(lexicon::value("tens-word", written.substr(0, hyphen))) +
               lexicon::number(lexicon::value("digit-word", written.substr(after))));
}

// A number in words after its first scale: `group` is what came before the scale ("eight" of
// "eight hundred thousand"), `more` the words after it (" thousand"). Reads the words while they
// make one number (a larger scale never follows a smaller one, a number never follows another
// save a digit after tens: "ninety nine") and returns its value and the bytes of `more` read.
struct Chain {
  double value = 0;
  std::size_t used = 0;
};

Chain chain_value(double group, double scale, std::string_view more) {
  double total = 0, big = std::numeric_limits<double>::infinity(), last_number = -1;
  bool hundred = false;
  auto add_scale = [&](double sc) {
    if (sc == 100) {
      if (hundred || group == 0 || group >= 100) return false;
      group *= 100;
      hundred = true;
    } else if (sc >= 1000) {
      if (group == 0 || sc >= big) return false;
      total += group * sc;
      group = 0;
      big = sc;
      hundred = false;
    } else {
      group *= sc;  // "three dozen"
    }
    last_number = -1;
    return true;
  };
  add_scale(scale);
  Chain out{total + group, 0}, before_number = out;
  std::size_t i = 0;
  while (i < more.size()) {
    std::size_t j = i + 1;  // past the space
    const bool and_ = more.substr(j, 4) == "and " || more.substr(j, 4) == "AND ";
    if (and_) j += 4;
    std::size_t k = std::min(more.find(' ', j), more.size());
    const std::string_view w = more.substr(j, k - j);
    if (const std::string_view sc = lexicon::value("scale-word", w); !sc.empty()) {
      if (and_ || !add_scale(lexicon::number(sc))) {
        // "between two hundred and three hundred": the number before belongs to the next.
        if (last_number >= 0) out = before_number;
        break;
      }
    } else {
      before_number = out;
      const double n = word_value(w).value;
      if (last_number >= 0) {
        // Only a digit after tens: "ninety nine".
        if (and_ || last_number < 20 || std::fmod(last_number, 10) != 0 || n >= 10) break;
      } else if (std::fmod(group, 100) != 0) {
        break;
      }
      group += n;
      last_number = n;
    }
    i = k;
    out = {total + group, i};
  }
  return out;
}

// Where "-old", " old" or " olds" (durations.tsv's duration-age-after) after a time unit ends,
// or 0 when none follows.
std::size_t age_end(std::string_view text, std::size_t at, std::size_t limit) {
  std::size_t i = at;
  if (text.substr(i, 3) == "\xE2\x80\x91") {
    i += 3;
  } else if (i < limit && (text[i] == ' ' || text[i] == '-')) {
    ++i;
  } else {
    return 0;
  }
  const auto words = lexicon::entries("duration-age-after");
  const auto word = std::find_if(words.begin(), words.end(), [&](const lexicon::Entry& e) {
    return text.substr(i, e.word.size()) == e.word;
  });
  if (word == words.end()) return 0;
  i += word->word.size();
  if (i < limit && text[i] == 's') ++i;
  if (i < limit && std::isalpha(static_cast<unsigned char>(text[i]))) return 0;
  return std::min(i, limit);
}

// Whether the word right before `begin`, past one space, starts with a capital: "Gate 12B".
bool capital_before(std::string_view text, std::size_t floor, std::size_t begin) {
  if (begin < floor + 2 || text[begin - 1] != ' ') return false;
  std::size_t w = begin - 1;
  while (w > floor && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
  return text[w] >= 'A' && text[w] <= 'Z';
}

// Whether a bare number at [begin, end) follows a capitalised name: "Windows 10", "Boeing 717".
bool follows_name(std::string_view text, std::size_t floor, std::size_t begin) {
  if (begin < floor + 2 || text[begin - 1] != ' ') return false;
  std::size_t w_end = begin - 1, w = w_end;
  while (w > floor && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
  // A capital anywhere: "Boeing", "iPhone".
  if (std::none_of(text.begin() + static_cast<std::ptrdiff_t>(w),
                   text.begin() + static_cast<std::ptrdiff_t>(w_end),
                   [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return false;
  }
  std::string word = lower(text.substr(w, w_end - w));
  // Months and sentence-opening words are not names.
  if (lexicon::month(word) != 0 || lexicon::find("not-name", word) != nullptr) return false;
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

// Whether "pounds" after a figure is a weight: "25 pounds of flour", "the bag weighed 40 pounds".
bool about_weight(const SentenceWork& s, std::size_t end) {
  return s.text.substr(end, 4) == " of " || s.says(patterns().weight_words);
}

// Whether the word after `at` (past spaces) is in `set`.
bool next_word_in(const SentenceWork& s, std::size_t at, const WordSet& set) {
  auto it = std::lower_bound(s.words.begin(), s.words.end(), at,
                             [](const Word& w, std::size_t pos) { return w.begin < pos; });
  if (it == s.words.end()) return false;
  for (std::size_t i = at; i < it->begin; ++i) {
    if (s.text[i] != ' ') return false;
  }
  return set.contains(it->key);
}

// Where a sign word written just before `begin` starts ("minus 12"), or npos.
std::size_t sign_word_before(const SentenceWork& s, std::size_t begin) {
  auto it = std::lower_bound(s.words.begin(), s.words.end(), begin,
                             [](const Word& w, std::size_t pos) { return w.end < pos; });
  if (it == s.words.begin()) return std::string_view::npos;
  --it;
  if (it->end + 1 != begin || s.text[it->end] != ' ') return std::string_view::npos;
  return patterns().sign_words.contains(it->key) ? it->begin : std::string_view::npos;
}

// The end of words after a temperature that make it negative (" below zero"), or 0.
std::size_t negated_after(std::string_view text, std::size_t end, std::size_t limit,
                          std::string_view unit) {
  if (end >= limit || text[end] != ' ' || unit.empty() || unit == "count" ||
      lexicon::value("unit", unit) != "temperature") {
    return 0;
  }
  for (const lexicon::Entry& e : lexicon::entries("negating-after")) {
    const std::size_t n = e.word.size();
    if (end + 1 + n <= limit && lower(text.substr(end + 1, n)) == lower(e.word)) return end + 1 + n;
  }
  return 0;
}

// Whether a currency written before a number reads as money: a letter sign (currency.tsv's
// currency-letter) only with a scale, cents or thousands ("R 3.4 billion", "R18.50", "R1,500");
// "R5" is a name.
bool currency_reads(std::string_view cur, bool has_scale, std::string_view number) {
  if (has_scale || lexicon::find("currency-letter", trim(cur)) == nullptr) return true;
  const std::size_t point = number.find_last_of(".,");
  if (point == std::string_view::npos) return false;
  const std::size_t after = number.size() - point - 1;
  return after == 2 || (number[point] == ',' && after == 3);
}

// Where a minus sign glued before the figure at `begin` starts, or npos: "-5%" after a space or
// a bracket, "−€22 million" (U+2212), and an en dash after a space before a figure with a unit
// ("a loss of –€45 million"), where a dash between words has a space on either side.
std::size_t minus_before(std::string_view text, std::size_t begin, bool has_unit) {
  if (begin >= 1 && text[begin - 1] == '-' &&
      (begin < 2 || text[begin - 2] == ' ' || text[begin - 2] == '(')) {
    return begin - 1;
  }
  if (begin >= 3 && text.substr(begin - 3, 3) == "\xE2\x88\x92") return begin - 3;
  if (has_unit && begin >= 3 && text.substr(begin - 3, 3) == "\xE2\x80\x93" &&
      (begin == 3 || text[begin - 4] == ' ' || text[begin - 4] == '(')) {
    return begin - 3;
  }
  return std::string_view::npos;
}

// Turns q into its negative and widens its span to `span`: "-4 degrees", "minus 12".
void negate(Quantity& q, ByteSpan span, std::string_view text) {
  q.span = span;
  q.text = text.substr(span.begin, span.size());
  q.value = -q.value;
  const double l = -q.high;
  q.high = -q.low;
  q.low = l;
}

// Whether q is an amount in a currency's sub-unit ("75 cents", "40p").
bool in_subunit(const Quantity& q) {
  if (q.unit.size() != 3) return false;  // "5 per cent" is no amount in cents
  std::size_t w = q.text.size();
  while (w > 0 && std::isalpha(static_cast<unsigned char>(q.text[w - 1]))) --w;
  const std::string_view v = lexicon::value("currency-after", std::string_view(q.text).substr(w));
  return !v.empty() && lexicon::number(v, 1, 1) < 1;
}

// The factor a figure's points word puts on its number: 0.01 for "50 basis points", else 1.
double points_factor(const Quantity& q) {
  if (q.unit != "pp") return 1;
  const std::size_t digit = q.text.find_last_of("0123456789");
  if (digit == std::string_view::npos) return 1;
  const std::string_view v = lexicon::value("points", trim(q.text.substr(digit + 1)));
  return v.empty() ? 1 : lexicon::number(v, 1, 1);
}

// The word just before `begin` past one space, or nullptr.
const Word* word_ending_before(const SentenceWork& s, std::size_t begin) {
  auto it = std::lower_bound(s.words.begin(), s.words.end(), begin,
                             [](const Word& w, std::size_t pos) { return w.end < pos; });
  if (it == s.words.begin()) return nullptr;
  --it;
  return it->end + 1 == begin && s.text[it->end] == ' ' ? &*it : nullptr;
}

// The same word as a key, or 0; and as written, or "".
// Whether the figure at `span` stands alone in an accountant's brackets after the label of a
// result: "a loss of (£1.2 million)", "Net income: (3.4)", "EBIT was ($45 million)" (function.tsv's
// accounting-label, up to three words back past accounting-link words and a colon). A bracket after
// a figure is its prior period ("EUR 64.3 (57.2) million") and one after other words an aside.
bool in_accounting_brackets(const SentenceWork& s, ByteSpan span) {
  const std::string_view text = s.text;
  if (span.begin <= s.span.begin || text[span.begin - 1] != '(' || span.end >= s.span.end ||
      text[span.end] != ')') {
    return false;
  }
  std::size_t at = span.begin - 1;
  for (int k = 0; k < 3; ++k) {
    // The last word ending at or before `at`.
    const auto next = std::lower_bound(s.words.begin(), s.words.end(), at,
                                       [](const Word& w, std::size_t pos) { return w.end <= pos; });
    if (next == s.words.begin()) return false;
    const Word* w = &*std::prev(next);
    for (std::size_t i = w->end; i < at; ++i) {
      if (text[i] != ' ' && text[i] != ':') return false;
    }
    const std::string_view word = text.substr(w->begin, w->end - w->begin);
    if (lexicon::find("accounting-label", word) != nullptr) return true;
    if (lexicon::find("accounting-link", word) == nullptr) break;
    at = w->begin;
  }
  // Farther back, when a link word stands right before the bracket, past a phrase naming the
  // period or the holder: "Net loss for the year was (4,210)", "income attributable to owners of
  // the parent was (350)". Up to eight words of one clause (no mark, no accounting-stop word).
  const auto link = std::lower_bound(s.words.begin(), s.words.end(), span.begin - 1,
                                     [](const Word& w, std::size_t pos) { return w.end <= pos; });
  if (link == s.words.begin()) return false;
  auto w = std::prev(link);
  for (std::size_t i = w->end; i + 1 < span.begin; ++i) {
    if (text[i] != ' ') return false;
  }
  if (lexicon::find("accounting-link", text.substr(w->begin, w->end - w->begin)) == nullptr) {
    return false;
  }
  for (int k = 0; k < 8 && w != s.words.begin(); ++k) {
    const std::size_t after = w->begin;
    --w;
    if (after != w->end + 1 || text[w->end] != ' ') return false;
    const std::string_view word = text.substr(w->begin, w->end - w->begin);
    if (lexicon::find("accounting-label", word) != nullptr) return true;
    if (lexicon::find("accounting-stop", word) != nullptr) return false;
  }
  return false;
}

std::uint64_t word_before(const SentenceWork& s, std::size_t begin) {
  const Word* w = word_ending_before(s, begin);
  return w != nullptr ? w->key : 0;
}
std::string_view word_text_before(const SentenceWork& s, std::size_t begin) {
  const Word* w = word_ending_before(s, begin);
  return w != nullptr ? s.text.substr(w->begin, w->end - w->begin) : std::string_view{};
}

// Whether the words before `begin` make a fraction the size of a change: a verb of change
// (direction.tsv) or a fraction-lead, or a noun of change and "of" (numbers.tsv's
// fraction-lead-noun), then perhaps a hedge (hedges.tsv): "climbed a sixth", "slid almost a
// quarter", "a drop of about a fifth"; not "$3m a quarter".
bool fraction_as_change(const SentenceWork& s, std::size_t begin) {
  const Word* w = word_ending_before(s, begin);
  // The words between the lead and the fraction, if any, are one hedge ("more than", "just under").
  for (int k = 0; k < 4 && w != nullptr; ++k) {
    if (k == 0 || lexicon::find("hedge", trim(s.text.substr(w->end, begin - w->end))) != nullptr) {
      const std::string_view lead = s.text.substr(w->begin, w->end - w->begin);
      if (lexicon::find("direction-verb", lead) != nullptr ||
          lexicon::find("fraction-lead", lead) != nullptr) {
        return true;
      }
      if (lexicon::find("fraction-lead-noun", lead) != nullptr) {
        const Word* noun = word_ending_before(s, w->begin);
        return noun != nullptr &&
               lexicon::find("direction-noun",
                             s.text.substr(noun->begin, noun->end - noun->begin)) != nullptr;
      }
    }
    w = word_ending_before(s, w->begin);
  }
  return false;
}

// Whether a fraction set off after a figure restates that figure as a share: between commas or
// spaced dashes, perhaps after a hedge and a word of fraction-apposed ("or"): "150, about a
// fifth, were late", "220, or roughly a quarter, of", "200 - roughly a quarter -".
bool fraction_apposed(const SentenceWork& s, std::size_t begin, std::size_t end) {
  const std::string_view t = s.text;
  // After: a comma, or a space and a dash.
  const std::string_view after = t.substr(end, 4);
  if (!(after.starts_with(",") || after.starts_with(" - ") || after.starts_with(" \u2013") ||
        after.starts_with(" \u2014"))) {
    return false;
  }
  // Before: at most a hedge and a fraction-apposed word, then ", " or " - " after a figure.
  std::size_t at = begin;   // where the accepted words start
  std::size_t cur = begin;  // where the word looked at ends its gap
  const Word* w = word_ending_before(s, cur);
  for (int k = 0; k < 4 && w != nullptr; ++k) {
    if (t.substr(w->end, cur - w->end) != " ") break;
    if (lexicon::find("hedge", trim(t.substr(w->begin, at - w->begin))) != nullptr ||
        lexicon::find("fraction-apposed", t.substr(w->begin, w->end - w->begin)) != nullptr) {
      at = w->begin;
    }
    cur = w->begin;
    w = word_ending_before(s, cur);
  }
  const std::string_view before = t.substr(0, at);
  for (std::string_view sep : {", ", " - ", " \u2013 ", " \u2014 "}) {
    if (before.ends_with(sep) && before.size() > sep.size()) {
      return std::isdigit(static_cast<unsigned char>(before[before.size() - sep.size() - 1])) != 0;
    }
  }
  return false;
}

// " of a point", " of an inch" after a fraction: the unit ("pp" for a point, a physical unit as
// written), its factor (basis points are 0.01 pp) and where the words end; end 0 when no unit
// follows.
struct UnitOf {
  std::string_view unit;
  double factor = 1;
  std::size_t end = 0;
};

UnitOf unit_of(std::string_view text, std::size_t at, std::size_t limit) {
  std::size_t i = at;
  for (std::string_view lead : {" of a ", " of an "}) {
    if (text.substr(at, lead.size()) == lead) i = at + lead.size();
  }
  if (i == at) return {};
  UnitOf best;
  for (std::string_view cls : {"points", "unit"}) {
    for (const lexicon::Entry& e : lexicon::entries(cls)) {
      const std::size_t e_end = i + e.word.size();
      if (e_end > limit || e_end - at <= best.end - (best.end > 0 ? at : 0) ||
          lower(text.substr(i, e.word.size())) != lower(e.word) ||
          (e_end < limit && std::isalpha(static_cast<unsigned char>(text[e_end])))) {
        continue;
      }
      best = cls == "points"
                 ? UnitOf{lexicon::fields(e.value).at(0), lexicon::number(e.value, 1, 1), e_end}
                 : UnitOf{e.word, 1, e_end};
    }
  }
  return best;
}

// Whether a word of length comes just before `begin`, or before "of" there: "cleared 2.35 m", "a
// height of 2.35 m" (units.tsv's length-context-before).
bool after_length_word(const SentenceWork& s, std::size_t begin) {
  const Word* w = word_ending_before(s, begin);
  if (w != nullptr && w->key == word_key("of")) w = word_ending_before(s, w->begin);
  return w != nullptr && patterns().length_before.contains(w->key);
}

// Whether the word before `begin`, past spaces and an abbreviation's stop, names a month: the
// number is a day ("Dec. 31").
bool after_month(const SentenceWork& s, std::size_t begin) {
  std::size_t end = begin;
  while (end > s.span.begin && (s.text[end - 1] == ' ' || s.text[end - 1] == '.')) --end;
  std::size_t b = end;
  while (b > s.span.begin && std::isalpha(static_cast<unsigned char>(s.text[b - 1]))) --b;
  return b < end && lexicon::month(s.text.substr(b, end - b)) != 0;
}

// Two figures that make one range: "$3.8m-$4.9m", "between 15 and 25 dollars", and in a
// forecast "$2.3 billion to $2.5 billion" when its ends are of one size. Elsewhere "A to B" is a
// change's old and new value, so it stays two figures. A bare first figure takes the second's unit
// and scale ("40 to 45 million euros"); two bare figures ("2019-2023", "3-1") are no range of a
// quantity.
void join_ranges(std::vector<Quantity>& out, const SentenceWork& s) {
  const Patterns& p = patterns();
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    Quantity& a = out[i];
    const Quantity& b = out[i + 1];
    if (a.is_range || b.is_range) continue;
    // Numbers in words join only as plain whole numbers: "between five and ten per cent", "ten
    // to twelve thousand"; multiplier words and fractions are no ends of a range.
    // A hedge widens a word's bounds ("some two to three thousand"), so only a bare word's are
    // asked to meet.
    auto plain_word = [](const Quantity& q) {
      return q.is_word &&
             (q.low == q.high || (q.hedge_kind != Hedge::kNone && q.unit == "count" &&
                                  q.value == std::floor(q.value))) &&
             q.unit != "x" && q.unit != "age";
    };
    if ((a.is_word && !(plain_word(a) && a.unit == "count" && a.scale == 1)) ||
        (b.is_word && !plain_word(b))) {
      continue;
    }
    const bool words = a.is_word;
    const std::string_view gap = s.text.substr(a.span.end, b.span.begin - a.span.end);
    // A capitalised number word after a dash names a thing: "7-Eleven".
    if (b.is_word && !gap.empty() && gap.back() != ' ' &&
        std::isupper(static_cast<unsigned char>(b.text.front()))) {
      continue;
    }
    const std::uint64_t before = word_before(s, a.span.begin);
    const bool dash =
        gap == "-" || gap == "\xE2\x80\x93" || gap == " - " || gap == " \xE2\x80\x93 ";
    const bool between = gap == " and " && p.range_opening.contains(before);
    // "cost from £5 to £9 a kilo", "pays 1,800 to 2,000 a week": after a verb of price, with no
    // verb of change in the sentence.
    constexpr std::uint64_t from_key = word_key("from");
    // So is "get 1,800 to 2,000 a week": a pair before a rate's word, not after "from".
    const bool price =
        gap == " to " && !s.says(p.direction_verbs) &&
        (p.price_verbs.contains(before) ||
         (before == from_key && a.span.begin >= s.span.begin + 5 &&
          p.price_verbs.contains(word_before(s, a.span.begin - 5))) ||
         (!p.range_not_after.contains(before) && next_word_in(s, b.span.end, p.range_rate)));
    // Two plain figures joined only by a dash or "to" are no quantity's range ("3-1").
    // "$3m–4m", "30k-40k": a second end with the first's scale and no unit takes its unit.
    const bool scaled_dash =
        dash && b.unit.empty() && !a.is_word && !b.is_word && a.scale > 1 && a.scale == b.scale;
    // "put the crowd at 50,000 to 60,000": after "at" with no verb of change, two figures of one
    // unit and one size are a range.
    const bool at_to = gap == " to " && p.range_opening_to.contains(before) &&
                       !s.says(p.direction_words) && a.unit == b.unit && a.scale == b.scale &&
                       a.value > 0 && b.value <= 4 * a.value && !after_month(s, a.span.begin);
    // "worth $1bn to $1.5bn", "sell for $400,000 to $550,000": two amounts of one currency and
    // one scale, rising, the second at most four times the first, in a sentence with no word of
    // change and not after "from" ("went from $1bn to $1.5bn" is a change), are a range.
    const bool money_to = gap == " to " && a.unit.is_money() && a.unit == b.unit &&
                          a.scale == b.scale && a.value > 0 && b.value > a.value &&
                          b.value <= 4 * a.value && !s.says(p.direction_words) &&
                          before != from_key && !p.range_not_after.contains(before);
    if (b.unit.empty() && !between && !price && !scaled_dash && !at_to) continue;
    // A first figure with no unit takes the second's, and its scale when it has none of its
    // own: "40 to 45 million euros", "between 15 million and 20 million phones".
    const bool bare =
        (a.unit.empty() || words) && !in_subunit(b) && (a.scale == 1 || a.scale == b.scale);
    const double factor = bare ? (a.scale != b.scale ? b.scale : 1) * points_factor(b) : 1;
    // A forecast's range has ends of one size: "0.1% to 4.7%" after "edged up" is a change.
    const bool to = gap == " to " && s.says(p.guidance_words) &&
                    !p.range_not_after.contains(before) && a.value > 0 &&
                    b.value <= 4 * a.value * factor;
    // "ranged from 40 to 60%", "estimates vary 40 to 60%": a verb of range before the figures.
    const bool ranged =
        gap == " to " && (p.range_verbs.contains(before) ||
                          (before == from_key && a.span.begin >= s.span.begin + 5 &&
                           p.range_verbs.contains(word_before(s, a.span.begin - 5))));
    // "40 to 60% of voters", "60,000 to 90,000 people": a bare number to a figure with a unit is
    // a range unless a verb of change or "from" makes it a change ("rose 8 to 10%", "went from 4
    // to 5%"); beside a percentage, the ends of a count are of one size.
    // A day after a month ("Dec. 31 to EUR 47 million") or a year ("at June 30, 2018 to 3,667
    // employees") is no end of a range, nor is a number before an amount whose currency is
    // written first.
    // "3 through 5 per cent" reads as "3 to 5 per cent".
    const bool bare_to = (gap == " to " || gap == " through ") && a.unit.empty() && a.scale == 1 &&
                         !b.unit.empty() && !p.range_not_after.contains(before) &&
                         !p.direction_verbs.contains(before) && !after_month(s, a.span.begin) &&
                         !(a.decimals == 0 && a.value >= 1800 && a.value <= 2200) &&
                         (b.unit == "%" || (b.value <= 4 * a.value * b.scale && !b.text.empty() &&
                                            std::isdigit(static_cast<unsigned char>(b.text[0]))));
    // "Rates of 5% to 8%", "a budget of $3m to $4m": after "of", in a sentence with no verb of
    // change, two figures of one unit are the ends of a range; so are a bare figure and one with
    // a unit in any sentence ("bids of 20 million to 25 million euros", "a rise of 25 to 50
    // basis points"), since "a rise of 25, to 50 basis points" names no unit for the 25.
    constexpr std::uint64_t of_key = word_key("of");
    const bool of_to = gap == " to " && before == of_key &&
                       ((!a.unit.empty() && a.unit == b.unit && !s.says(p.direction_verbs)) ||
                        (a.unit.empty() && bare && !b.unit.empty()));
    // "ten to twelve thousand fans", "three to four percent": a number in words before one with
    // a scale or a unit.
    const bool words_to =
        words && gap == " to " && b.is_word &&
        (b.scale > 1 || (b.unit != "count" && !b.unit.empty() && !b.unit.is_time())) &&
        !p.range_not_after.contains(before) && !p.direction_verbs.contains(before);
    // "grows 2 to 3 metres long", "waves 4 to 6 feet high": a size after a bare number to a
    // length is a range, whatever verb comes before ("from 2 to 3 metres" is a change).
    const bool size_to = gap == " to " && (a.unit.empty() || a.unit == b.unit) && !b.unit.empty() &&
                         before != from_key && a.scale == 1 &&
                         b.unit.dimension() == Dimension::kLength &&
                         next_word_in(s, b.span.end, p.length_context);
    // "hikes from 10 to 20 km", "each stage is from 10 to 20 km long": with no verb of change in
    // the sentence and none before "from", two sizes of one physical unit are a range; so are
    // two figures of one unit and one size ("bids from $5 million to $7 million were received").
    const std::string_view before_from = before == from_key && a.span.begin >= s.span.begin + 5
                                             ? word_text_before(s, a.span.begin - 5)
                                             : std::string_view{};
    const Dimension dim = b.unit.dimension();
    // Beyond sizes, "from" must follow a word ("bids from") or open the sentence: after a comma
    // ("more than doubled, from $10 million to $23.5 million") it is a change.
    const bool from_opens = a.span.begin == s.span.begin + 5;
    const bool one_size = (!before_from.empty() || from_opens) && a.value > 0 && !b.unit.empty() &&
                          !b.unit.is_time() &&
                          ((a.unit == b.unit && a.scale == b.scale && b.value <= 4 * a.value) ||
                           (bare && b.value <= 4 * a.value * factor));
    const bool from_size = gap == " to " && before == from_key &&
                           ((dim >= Dimension::kLength && dim != Dimension::kOther &&
                             (a.unit.empty() || a.unit == b.unit) && a.scale == 1) ||
                            one_size) &&
                           !s.says(p.direction_words) && !lower(before_from).ends_with("ed") &&
                           !p.range_from_verbs.contains(word_before(s, a.span.begin - 5));
    // "8,000 or 9,000 people", "$50 million or $60 million", "2 or 3 per cent": two figures of
    // one unit joined by "or", the second at most twice the first, are a range ("$323 million or
    // 38%" names one change twice, in two units; "50p or 1.8%" too).
    const bool or_pair = gap == " or " && !words && !b.unit.empty() && !b.unit.is_time() &&
                         (a.unit == b.unit || bare) && a.value > 0 &&
                         b.value <= 2 * a.value * factor;
    if (!between && !of_to && !words_to && !price && !size_to && !from_size && !at_to && !or_pair &&
        !money_to && (words || (!dash && !to && !ranged && !bare_to))) {
      // "rose from 4 to 5%", "from 2 to 3 dollars", "from 40 to 45 million euros": no range, a
      // change's two values, the bare old one written with the new one's unit and scale (of one
      // size with it; not a year, a day of a month, or a measure of time, which names when).
      if (gap == " to " && before == from_key && bare && a.unit.empty() && !b.unit.empty() &&
          !b.unit.is_time() && !b.is_range && !after_month(s, a.span.begin) &&
          !(a.decimals == 0 && a.value >= 1800 && a.value <= 2200 && a.scale == 1) &&
          a.value * factor <= 10 * b.value && b.value <= 10 * a.value * factor) {
        a.value *= factor;
        a.low *= factor;
        a.high *= factor;
        a.scale = b.scale;
        a.unit = b.unit;
      }
      continue;
    }
    if (a.unit != b.unit && !bare && !scaled_dash) continue;
    if (a.value * factor >= b.value) continue;  // a range runs upward
    // "between 2019 and 2023": years, not a quantity.
    auto year = [](const Quantity& q) {
      return q.decimals == 0 && q.value >= 1800 && q.value <= 2200 && q.scale == 1 &&
             q.text.find(',') == std::string_view::npos;
    };
    if (a.unit.empty() && year(a) && year(b)) continue;
    if (bare && (a.unit != b.unit || factor != 1)) {
      a.value *= factor;
      a.low *= factor;
      a.high *= factor;
      a.scale = b.scale;
      a.unit = b.unit;
    }
    a.is_range = true;
    a.high = b.high;
    a.value = (a.value + b.value) / 2;
    a.span.end = b.span.end;
    a.text = s.text.substr(a.span.begin, a.span.size());
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

// Whether a figure is a whole count with nothing but a counted noun: a part of a ratio. The
// whole may be a scale in words ("one in a hundred").
bool ratio_part(const Quantity& q, bool whole = false) {
  return (q.unit.empty() || q.unit == "count") && !q.is_range &&
         (q.scale == 1 || (whole && q.is_word)) && q.decimals <= 0 &&
         q.value == std::floor(q.value);
}

// The word of letters that starts at `begin` ("" when none does).
std::string_view letters_at(std::string_view text, std::size_t begin, std::size_t limit) {
  std::size_t end = begin;
  while (end < limit && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  return text.substr(begin, end - begin);
}

// Whether `word` names a unit a physical unit may be divided by: a unit as units.tsv writes it,
// a unit of time (also short: unit-divisor), or one with its power as a digit ("m3" for "m³").
bool divisor_unit(std::string_view word) {
  if (word.empty()) return false;
  if (written_as_in_lexicon("unit", word) || lexicon::find("time-unit", word) != nullptr ||
      written_as_in_lexicon("unit-divisor", word)) {
    return true;
  }
  const char power = word.back();
  if (power != '2' && power != '3') return false;
  std::string sup(word.substr(0, word.size() - 1));
  sup += power == '2' ? "\xC2\xB2" : "\xC2\xB3";
  return written_as_in_lexicon("unit", sup);
}

// "7.8 g/cm³", "5 mg/kg", "3 m³/s", "kilometres per second": a physical unit divided by another
// unit or by time is one unit, kept as written; so is one divided by a round amount of a unit
// ("6.5 litres per 100 km", "4.5 L/100km", "250 kcal per 100 g"), whose amount is no figure of
// its own.
void join_unit_ratios(std::vector<Quantity>& out, std::string_view text, std::size_t limit) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    Quantity& q = out[i];
    if (q.unit.empty() || lexicon::find("unit", q.unit) == nullptr ||
        !text.substr(q.span.begin, q.span.size()).ends_with(q.unit)) {
      continue;
    }
    std::size_t at = q.span.end;
    if (at < limit && text[at] == '/') {
      ++at;
    } else if (const std::string_view per =
                   at < limit ? letters_at(text, at + 1, limit) : std::string_view{};
               at < limit && text[at] == ' ' && lexicon::find("per-word", per) != nullptr &&
               at + 1 + per.size() < limit && text[at + 1 + per.size()] == ' ') {
      at += per.size() + 2;  // " per " (rates.tsv's per-word)
    } else {
      continue;
    }
    // The base a unit is per: a power of ten in digits, a unit of its own, right after "per".
    if (i + 1 < out.size() && out[i + 1].span.begin == at) {
      const Quantity& base = out[i + 1];
      const double power = std::log10(base.value);
      if (base.is_word || base.is_range || base.scale != 1 || base.decimals > 0 || power < 1 ||
          power != std::floor(power) || base.hedge_kind != Hedge::kNone ||
          !divisor_unit(base.unit.code()) ||
          !text.substr(base.span.begin, base.span.size()).ends_with(base.unit.code())) {
        continue;
      }
      std::string unit(q.unit.code());
      unit += text.substr(q.span.end, base.span.end - q.span.end);
      if (unit.size() > Unit::kCapacity) continue;
      q.unit = unit;
      q.span.end = base.span.end;
      q.text = text.substr(q.span.begin, q.span.size());
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(i) + 1);
      continue;
    }
    std::size_t e = at;
    while (e < limit && (std::isalnum(static_cast<unsigned char>(text[e])) ||
                         (text.substr(e, 2) == "\xC2\xB2" || text.substr(e, 2) == "\xC2\xB3"))) {
      e += static_cast<unsigned char>(text[e]) == 0xC2 ? 2 : 1;
    }
    if (e < limit && (text[e] == '/' || std::isalnum(static_cast<unsigned char>(text[e]))))
      continue;
    if (!divisor_unit(text.substr(at, e - at))) continue;
    std::string unit(q.unit.code());
    unit += text.substr(q.span.end, e - q.span.end);
    if (unit.size() > Unit::kCapacity) continue;
    q.unit = unit;
    q.span.end = e;
    q.text = text.substr(q.span.begin, q.span.size());
  }
}

// "6ft 2in", "5 feet 11 inches", "7 lb 4 oz": a figure in a larger unit and one in a smaller
// (units.tsv's unit-part) are one length or weight, in the smaller unit.
void join_unit_parts(std::vector<Quantity>& out, std::string_view text, std::size_t limit) {
  for (Quantity& a : out) {
    // "6-foot-2", "a 5-foot-11 guard": the smaller part after a hyphen, which the figure pattern
    // leaves (a number after a letter and a hyphen is a name's: "GPT-4").
    const std::string_view part = lexicon::value("unit-part", a.unit);
    if (part.empty() || a.is_range || a.decimals != 0 || a.scale != 1 || a.span.end + 2 > limit ||
        text[a.span.end] != '-') {
      continue;
    }
    std::size_t e = a.span.end + 1;
    while (e < limit && e - a.span.end <= 3 && std::isdigit(static_cast<unsigned char>(text[e]))) {
      ++e;
    }
    const double minor = whole_of(text.substr(a.span.end + 1, e - a.span.end - 1));
    if (e == a.span.end + 1 || e - a.span.end > 3 || minor >= lexicon::number(part) ||
        (e < limit && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '-' ||
                       (text[e] == '.' && e + 1 < limit &&
                        std::isdigit(static_cast<unsigned char>(text[e + 1])))))) {
      continue;
    }
    const double major = lexicon::number(part) * a.value;
    a.value = major + minor;
    a.low = a.value - 0.5;
    a.high = a.value + 0.5;
    a.unit = std::string(lexicon::fields(part).at(1));
    apply_hedge(a);
    a.span.end = e;
    a.text = text.substr(a.span.begin, a.span.size());
  }
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    Quantity& a = out[i];
    const Quantity& b = out[i + 1];
    const std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
    const std::string_view part = lexicon::value("unit-part", a.unit);
    if ((gap != " " && gap != " and ") || part.empty() || a.is_range || b.is_range ||
        a.decimals > 0 || a.scale != 1 || b.scale != 1 || b.value >= lexicon::number(part) ||
        b.hedge_kind != Hedge::kNone) {
      continue;
    }
    const std::vector<std::string_view> f = lexicon::fields(part);
    // "6 foot 2": a bare whole number after the larger unit is in the first smaller one.
    const bool bare = b.unit.empty() && b.decimals == 0 && !b.is_word && gap == " ";
    if (!bare && std::none_of(f.begin() + 1, f.end(),
                              [&](std::string_view u) { return lower(u) == lower(b.unit); })) {
      continue;
    }
    const double major = lexicon::number(part) * a.value;
    a.value = major + b.value;
    a.low = major + b.low;
    a.high = major + b.high;
    a.unit = bare ? Unit(f.at(1)) : b.unit;
    a.decimals = b.decimals;
    apply_hedge(a);  // "about 6ft 2in"
    a.span.end = b.span.end;
    a.text = text.substr(a.span.begin, a.span.size());
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

// "5'11\"", "6\u20322\u2033": feet and inches written with primes are one height in inches.
void join_primes(std::vector<Quantity>& out, std::string_view text, std::size_t limit) {
  auto mark = [&](std::size_t at, std::initializer_list<std::string_view> marks) {
    for (std::string_view m : marks) {
      if (text.substr(at, m.size()) == m) return m.size();
    }
    return std::size_t{0};
  };
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    Quantity& a = out[i];
    const Quantity& b = out[i + 1];
    const std::size_t foot = mark(a.span.end, {"'", "\xE2\x80\xB2", "\xE2\x80\x99"});
    if (foot == 0 || a.span.end + foot != b.span.begin || !a.unit.empty() || !b.unit.empty() ||
        a.decimals != 0 || b.decimals != 0 || a.scale != 1 || b.scale != 1 || a.is_range ||
        b.is_range || a.value < 1 || a.value > 9 || b.value >= 12) {
      continue;
    }
    const std::size_t inch = mark(b.span.end, {"\"", "''", "\xE2\x80\xB3", "\xE2\x80\x9D"});
    if (inch == 0 || b.span.end + inch > limit) continue;
    a.value = 12 * a.value + b.value;
    a.low = a.value - 0.5;
    a.high = a.value + 0.5;
    a.unit = "in";
    apply_hedge(a);
    a.span.end = b.span.end + inch;
    a.text = text.substr(a.span.begin, a.span.size());
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

// "one in four adults", "one-in-four", "nine out of ten", "3 in 5 sets": two counts joined by a
// ratio word (numbers.tsv) are one share, N/M of 100%, as loose as the word says. Not "1 in 3 days"
// (a duration), nor "2 in 2024" (no share has so large a whole).
void join_ratios(std::vector<Quantity>& out, std::string_view text) {
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    Quantity& a = out[i];
    const Quantity& b = out[i + 1];
    if (b.span.begin < a.span.end + 2) continue;
    const std::string gap = lower(text.substr(a.span.end + 1, b.span.begin - a.span.end - 2));
    const lexicon::Entry* ratio = lexicon::find("ratio-word", gap);
    // "one in four", "one-in-four": spaces or hyphens on both sides of the ratio word.
    const char joint = text[a.span.end];
    if (ratio == nullptr || (joint != ' ' && joint != '-') || text[b.span.begin - 1] != joint ||
        !ratio_part(a) || !ratio_part(b, true) || b.hedge_kind != Hedge::kNone || a.value < 1 ||
        b.value <= a.value || b.value > 1000) {
      continue;
    }
    const double loose = lexicon::number(ratio->value);
    a.value = 100 * a.value / b.value;
    a.low = (1 - loose) * a.value;
    a.high = (1 + loose) * a.value;
    a.unit = "%";
    a.decimals = -1;
    a.is_word = a.is_word || b.is_word;
    apply_hedge(a);  // "about one in four"
    a.span.end = b.span.end;
    a.text = text.substr(a.span.begin, a.span.size());
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

// Gives a figure in words the unit and factor that `written` (after its space or hyphen) has in a
// class whose values are a unit and a factor: "basis points" is pp 0.01, "tenner" GBP 10.
void take_unit(Quantity& q, std::string_view cls, std::string_view written) {
  while (!written.empty() && !std::isalpha(static_cast<unsigned char>(written.front()))) {
    written.remove_prefix(1);
  }
  const std::string_view v = lexicon::value(cls, written);
  const double factor = lexicon::number(v, 1, 1);
  q.unit = lexicon::fields(v).at(0);
  q.value *= factor;
  q.low *= factor;
  q.high *= factor;
}

// Whether nothing but punctuation, the end of the sentence or a function word follows `end`:
// "three dollars fifty." or "ten grand on a scratch card", not "fifty people".
bool ends_phrase(const SentenceWork& s, std::size_t end) {
  if (end >= s.span.end || s.text[end] != ' ') return true;
  std::size_t b = end + 1, e = b;
  while (e < s.span.end && std::isalpha(static_cast<unsigned char>(s.text[e]))) ++e;
  return e == b || lexicon::find("not-unit", s.text.substr(b, e - b)) != nullptr;
}

// The factor of the sub-unit of a currency, 0.01 for the dollar's cents, or 0 when the lexicon
// names none.
double subunit_of(std::string_view code) {
  for (const lexicon::Entry& e : lexicon::entries("currency-after")) {
    const std::vector<std::string_view> f = lexicon::fields(e.value);
    if (!f.empty() && f[0] == code && lexicon::number(e.value, 1, 1) < 1) {
      return lexicon::number(e.value, 1, 1);
    }
  }
  return 0;
}

// Whether b is in "cents" (currency.tsv's currency-cent) and a in a currency whose hundredth
// they are: "three euros and twenty cents" is EUR 3.20, though "cents" alone are US cents.
bool shared_cents(const Quantity& a, const Quantity& b) {
  std::size_t w = b.text.size();
  while (w > 0 && std::isalpha(static_cast<unsigned char>(b.text[w - 1]))) --w;
  return lexicon::find("currency-cent", std::string_view(b.text).substr(w)) != nullptr &&
         subunit_of(a.unit) == 0.01;
}

// "18 cents a share on 240 million shares, about EUR 52m": bare cents (currency-cent, read alone
// as US cents) in a sentence whose other money is all in one other currency whose hundredth is
// a cent (currency-cent-home) are that currency's cents, as the price and its total share a unit.
void cents_of_sentence_currency(std::vector<Quantity>& out) {
  auto bare_cents = [](const Quantity& q) {
    std::size_t w = q.text.size();
    while (w > 0 && std::isalpha(static_cast<unsigned char>(q.text[w - 1]))) --w;
    return q.unit.is_money() &&
           lexicon::find("currency-cent", std::string_view(q.text).substr(w)) != nullptr;
  };
  std::string_view other;
  bool cents = false;
  for (const Quantity& q : out) {
    if (!q.unit.is_money()) continue;
    if (bare_cents(q)) {
      cents = true;
      continue;
    }
    if (!lexicon::find("currency-cent-home", q.unit.code())) return;
    if (!other.empty() && other != q.unit.code()) return;
    other = q.unit.code();
  }
  if (!cents || other.empty()) return;
  const Unit home(other);
  for (Quantity& q : out) {
    if (bare_cents(q)) q.unit = home;
  }
}

// "three dollars fifty", "5 pounds 20": a whole amount in a currency's main unit, then a bare
// number below 100 that ends the phrase, is one amount; the number is in the sub-unit.
void join_whole_and_cents(std::vector<Quantity>& out, const SentenceWork& s) {
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    Quantity& a = out[i];
    const Quantity& b = out[i + 1];
    if (a.unit.size() != 3 || a.scale != 1 || a.decimals > 0 || a.is_range || in_subunit(a) ||
        s.text.substr(a.span.end, b.span.begin - a.span.end) != " " ||
        !std::isalpha(static_cast<unsigned char>(a.text.back())) ||
        (!b.unit.empty() && !(b.is_word && b.unit == "count")) || b.scale != 1 || b.is_range ||
        b.decimals > 0 || b.hedge_kind != Hedge::kNone || b.value < 1 || b.value >= 100 ||
        b.value != std::floor(b.value) || !ends_phrase(s, b.span.end)) {
      continue;
    }
    const double sub = subunit_of(a.unit);
    if (sub == 0) continue;
    a.value += b.value * sub;
    a.low = a.value - 0.5 * sub;
    a.high = a.value + 0.5 * sub;
    apply_hedge(a);
    a.span.end = b.span.end;
    a.text = s.text.substr(a.span.begin, a.span.size());
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

// "25 grand", "ten grand": a noun that scales a bare number (scale.tsv's scale-noun), read only
// where it ends the phrase ("ten grand prix wins" are races). The currency stays unnamed.
void join_scale_nouns(std::vector<Quantity>& out, const SentenceWork& s) {
  for (Quantity& q : out) {
    // "nine hundred grand": a hundred scales a number before the noun, as no larger scale does.
    if ((!q.unit.empty() && q.unit != "count") || q.scale >= 1000 || q.is_range ||
        q.value != std::floor(q.value) || q.span.end >= s.span.end || s.text[q.span.end] != ' ') {
      continue;
    }
    std::size_t e = q.span.end + 1;
    while (e < s.span.end && std::isalpha(static_cast<unsigned char>(s.text[e]))) ++e;
    const std::string_view noun = s.text.substr(q.span.end + 1, e - q.span.end - 1);
    const lexicon::Entry* scale = lexicon::find("scale-noun", noun);
    if (scale == nullptr || noun != scale->word || !ends_phrase(s, e)) continue;
    const double factor = lexicon::number(scale->value, 0, 1);
    q.value *= factor;
    q.low *= factor;
    q.high *= factor;
    q.scale *= factor;
    q.unit.clear();
    q.span.end = e;
    q.text = s.text.substr(q.span.begin, q.span.size());
  }
}

// Whether [begin, end) holds an optional comma, then one word of `cls` between single spaces.
bool one_word_between(std::string_view text, std::size_t begin, std::size_t end,
                      std::string_view cls) {
  if (end <= begin) return false;
  std::string_view gap = text.substr(begin, end - begin);
  if (gap.starts_with(',')) gap.remove_prefix(1);
  return gap.size() > 2 && gap.front() == ' ' && gap.back() == ' ' &&
         lexicon::find(cls, gap.substr(1, gap.size() - 2)) != nullptr;
}

// Whether "a point" at `begin` follows a percent and a verb of change, as join_word_points() joins
// it: "81%, up a point", "at 47%, down a full point".
bool point_after_percent(const SentenceWork& s, const std::vector<Quantity>& out,
                         std::size_t figures, std::size_t begin) {
  for (std::size_t i = 0; i < figures; ++i) {
    if (out[i].unit == "%" && out[i].span.end <= begin &&
        one_word_between(s.text, out[i].span.end, begin, "direction-verb")) {
      return true;
    }
  }
  return false;
}

// "dropped four points to 38%", "81%, up seven points": a number in words and "points" beside a
// percent are percentage points (units.tsv's points-beside-percent); elsewhere, "scored four
// points", "a five-point plan", they stay a count.
void join_word_points(std::vector<Quantity>& out, const SentenceWork& s) {
  const std::string_view text = s.text;
  const std::size_t limit = s.span.end;
  for (std::size_t i = 0; i < out.size(); ++i) {
    Quantity& q = out[i];
    if (!q.is_word || (!q.unit.empty() && q.unit != "count") || q.scale != 1 || q.is_range ||
        q.span.end >= limit || text[q.span.end] != ' ') {
      continue;
    }
    const std::string_view points = letters_at(text, q.span.end + 1, limit);
    if (lexicon::find("points-beside-percent", points) == nullptr) continue;
    const std::size_t end = q.span.end + 1 + points.size();
    if (end < limit && (text[end] == '-' || std::isalnum(static_cast<unsigned char>(text[end])))) {
      continue;
    }
    // Before a percent: "four points to 38%", "five points, to 44%". After a percent and a
    // direction: "81%, up seven points".
    const bool beside =
        (i + 1 < out.size() && out[i + 1].unit == "%" &&
         one_word_between(text, end, out[i + 1].span.begin, "points-percent-link")) ||
        (i > 0 && out[i - 1].unit == "%" &&
         one_word_between(text, out[i - 1].span.end, q.span.begin, "direction-verb"));
    if (!beside) continue;
    take_unit(q, "points-beside-percent", points);
    q.span.end = end;
    q.text = text.substr(q.span.begin, q.span.size());
  }
}

// The first two bytes of each currency word the figure pattern can open with (kCurrencyBefore's
// classes), and its words of one byte ("$"): a place whose bytes begin none
// of them can start a figure only with its number.
struct CurrencyStarts {
  std::array<bool, 256> single{};
  std::vector<bool> pair = std::vector<bool>(1 << 16);  // first byte << 8 | second byte
};

const CurrencyStarts& currency_starts() {
  static const CurrencyStarts starts = [] {
    CurrencyStarts c;
    for (const CurrencyBefore& cls : kCurrencyBefore) {
      for (const lexicon::Entry& e : lexicon::entries(cls.cls)) {
        const std::string_view w = e.word;
        const auto first = static_cast<unsigned char>(w[0]);
        if (w.size() == 1) {
          c.single[first] = true;
        } else {
          c.pair[first << 8 | static_cast<unsigned char>(w[1])] = true;
        }
      }
    }
    return c;
  }();
  return starts;
}

// Whether `word` stands whole at `at` in `text`: no letter just before or after it.
bool whole_word_at(std::string_view text, std::size_t at, std::size_t size) {
  auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
  return (at == 0 || !letter(text[at - 1])) &&
         (at + size >= text.size() || !letter(text[at + size]));
}

// "45 kr", "95 billion kroner", "2.5 trillion crowns": a crown word that four currencies share
// (currency.tsv's currency-crown) is read as the crown the article names nearest to it, before its
// end if any (currency-crown-context: "NOK", "Danish", "Reykjavik"), else after it; with no name in
// the article it keeps its default (currency-after: "kr" is Swedish, the largest of the four).
void read_crowns(std::vector<Quantity>& out, const SentenceWork& s) {
  static const std::vector<std::string_view> kCrowns = lexicon::words({"currency-crown"});
  const std::string_view text = s.text;
  for (Quantity& q : out) {
    if (!q.unit.is_money()) continue;
    bool crown = false;
    for (std::string_view w : kCrowns) {
      const std::size_t at = q.text.rfind(w);
      if (at != std::string_view::npos && whole_word_at(q.text, at, w.size())) crown = true;
    }
    if (!crown) continue;
    const std::span<const lexicon::Entry> context = lexicon::entries("currency-crown-context");
    if (!s.document) s.document = std::make_shared<DocumentIndex>();
    DocumentIndex& index = *s.document;
    if (!index.crown_context_read) {
      index.crown_context.assign(context.size(), {});
      for (std::size_t k = 0; k < context.size(); ++k) {
        const std::string_view w = context[k].word;
        for (std::size_t at = text.find(w); at != std::string_view::npos;
             at = text.find(w, at + 1)) {
          if (whole_word_at(text, at, w.size())) index.crown_context[k].push_back(at);
        }
      }
      index.crown_context_read = true;
    }
    std::size_t before = 0, after = std::string_view::npos;
    std::string_view before_code, after_code;
    bool found_before = false;
    for (std::size_t k = 0; k < context.size(); ++k) {
      const std::vector<std::size_t>& at = index.crown_context[k];
      // The nearest before the figure's end, so "3 billion Norwegian crowns" names its own crown,
      // and the nearest from there on.
      const auto next = std::lower_bound(at.begin(), at.end(), q.span.end);
      if (next != at.begin()) {
        const std::size_t b = *std::prev(next);
        if (!found_before || b > before) before = b, before_code = context[k].value;
        found_before = true;
      }
      if (next != at.end() && *next < after) after = *next, after_code = context[k].value;
    }
    const std::string_view code = found_before ? before_code : after_code;
    if (!code.empty()) q.unit = code;
  }
}

// can_start_figure() with the table given, for the scanner's loop over a sentence's places.
bool can_start(const CurrencyStarts& c, std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  const auto b = static_cast<unsigned char>(text[i]);
  const unsigned next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
  if (c.single[b] || c.pair[b << 8 | next]) return true;
  // Else the number itself: a digit, a decimal point (".5", the lookahead of a range end
  // "30k-40k" also allows a comma) or a fraction character, after no letter, digit or mark the
  // pattern's lookbehind refuses (a range end's "-" passes).
  if (!((b >= '0' && b <= '9') || b == '.' || b == ',' || vulgar_at(text, i))) return false;
  if (i == 0) return true;
  const auto before = static_cast<unsigned char>(text[i - 1]);
  return !(std::isalnum(before) || before == '_' || before == '.' || before == ',' ||
           before == '%');
}

}  // namespace

bool can_start_figure(std::string_view text, std::size_t i) {
  return can_start(currency_starts(), text, i);
}

void scan_quantities(const SentenceWork& s, std::vector<Quantity>& out) {
  const Patterns& p = patterns();
  const std::string_view text = s.text;
  const ByteSpan span = s.span;
  out.clear();
  Match& m = s.scratch;
  // Figures need a digit, and what may come before it (a currency, a space) is short: each
  // search starts a little before the next digit rather than at every capital letter of the
  // sentence that could begin "EUR" or "USD".
  constexpr std::size_t kLead = 16;
  // A fraction character ("¾") starts a figure as a digit does.
  auto starts_figure = [&](std::size_t i) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    return (b >= '0' && b <= '9') || ((b == 0xC2 || b == 0xE2) && vulgar_at(text, i));
  };
  bool scan = s.has_digit;
  // Every fraction character starts with 0xC2 or 0xE2: look only at those bytes.
  for (std::size_t i = span.begin; !scan && i < span.end; ++i) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    scan = (b == 0xC2 || b == 0xE2) && vulgar_at(text, i);
  }
  std::size_t at = scan ? span.begin : span.end;
  const CurrencyStarts& currency = currency_starts();
  while (at < span.end) {
    // The leftmost figure at or after `at`, as a search from there would find it, but tried
    // anchored only at the places within kLead bytes before a figure's first character whose
    // bytes can open the pattern (can_start_figure()): a search tries every byte the pattern's
    // long first alternatives allow, letters included, and pays for each.
    bool found = false;
    std::size_t next = at;  // the first place not yet tried
    for (std::size_t digit = at; !found && digit < span.end; ++digit) {
      if (!starts_figure(digit)) continue;
      for (std::size_t i = std::max(next, digit > kLead ? digit - kLead : 0); i <= digit; ++i) {
        if (can_start(currency, text, i) && p.figure.match_at(text, i, m, span.end)) {
          found = true;
          break;
        }
      }
      next = digit + 1;
    }
    if (!found) break;
    ByteSpan whole = m.span();
    at = whole.end > whole.begin ? whole.end : whole.begin + 1;
    Quantity q;
    ByteSpan num = m.span(p.num);
    // "US $000's", "EUR '000": zeros alone name the unit of a table (thousands), not an amount.
    if (const std::string_view digits = m.str(p.num);
        digits.size() >= 2 && digits.find_first_not_of('0') == std::string_view::npos) {
      continue;
    }
    const std::optional<Fraction> fraction = parse_fraction(m.str(p.num));
    auto [value, decimals] = fraction ? std::pair{fraction->value, -1} : parse_number(m.str(p.num));
    // "3.5e6" is as precise as a step of 100,000 but has no decimals (-1 is a number in words).
    q.decimals = std::max(decimals, fraction ? -1 : 0);
    double half_step = fraction ? fraction->half_step : 0.5 * std::pow(10.0, -decimals);
    double low = value - half_step, high = value + half_step;
    if (m.has(p.num2)) {
      auto [value2, decimals2] = parse_number(m.str(p.num2));
      // A range runs low to high; "555-0134" or "2026-9" is a code, a phone number or a date.
      // A dash with a space either side sets a clause off instead ("opened in 1974 — 52 years
      // ago"): the figure after it is read on its own.
      if (value2 <= value) {
        const ByteSpan second = m.span(p.num2);
        if (second.begin >= num.end + 3 && text[num.end] == ' ' && text[second.begin - 1] == ' ') {
          at = second.begin;
        }
        continue;
      }
      q.is_range = true;
      high = value2 + 0.5 * std::pow(10.0, -decimals2);
      value = (value + value2) / 2;
    }
    std::size_t end = whole.end;
    bool has_currency = m.has(p.cur);
    const bool minus_after_currency = m.has(p.csign) || m.has(p.cparen);
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
      // "Apartment 7B", "Gate 12B": a letter glued to the number of a label written with a
      // capital is part of its name; after a noun in lower case it may be a scale ("users number
      // 100m").
      if (s.size() == 1 && !has_currency && glued && num.begin >= span.begin + 2 &&
          is_label_number(text, span.begin, num.begin) &&
          capital_before(text, span.begin, num.begin)) {
        continue;
      }
    }
    // A code glued to digits and a letter is a ticker: "NOK1V".
    if (has_currency && !has_scale && m.span(p.cur).end == num.begin &&
        std::isalpha(static_cast<unsigned char>(m.str(p.cur).back())) && num.end < span.end &&
        std::isalpha(static_cast<unsigned char>(text[num.end]))) {
      continue;
    }
    if (has_currency && !currency_reads(m.str(p.cur), has_scale, m.str(p.num))) continue;
    q.scale = has_scale ? scale_of(m.str(p.scale)) : 1;
    double factor = q.scale;
    if (has_currency) q.unit = currency_before(m.str(p.cur));
    bool unit_taken = false;
    if (has_scale && m.has(p.scale) && m.span(p.scale).end < end && !m.has(p.curafter) &&
        !m.has(p.pct) && !m.has(p.noun) && !m.has(p.time) && !m.has(p.hunit) && !m.has(p.punit) &&
        !m.has(p.pp) && !m.has(p.times)) {
      end = m.span(p.scale).end;
    }
    if (m.has(p.pct)) {
      q.unit = "%";
      unit_taken = true;
      end = m.span(p.pct).end;
      // Swallow the filings' repetition "( 15 % )" so it is not a second figure.
      at = std::max(at, repeated_percent_end(text, end, span.end, m.str(p.num)));
    } else if (m.has(p.pp)) {
      // "pp 1", "pp 0.01" (basis points are hundredths of a point) or "points 1": "225.79
      // points" of an index are index points; a change between two percentages reads them as pp.
      std::string_view word = m.str(p.pp);
      while (!word.empty() && !std::isalpha(static_cast<unsigned char>(word.front()))) {
        word.remove_prefix(1);
      }
      const std::string_view v = lexicon::value("points", word);
      q.unit = lexicon::fields(v).at(0);
      factor *= lexicon::number(v, 1, 1);
      unit_taken = true;
    } else if (m.has(p.times)) {
      q.unit = "x";
      unit_taken = true;
    } else if (m.has(p.curafter)) {
      const CurrencyWord c = currency_after(m.str(p.curafter));
      // A one-letter sub-unit glued to its number ("50c") is a temperature in a sentence about
      // one ("4c hotter"), and a label's after a name or a label noun ("Section 3c"); it is
      // below the main unit ("50c"; "201c" in a filing is a broken quotation mark).
      if (const std::string_view glued = m.str(p.curafter);
          glued.size() == 1 && !has_currency &&
          ((lexicon::find("temperature-letter", glued) != nullptr && s.says(p.temperature_words)) ||
           (lexicon::find("currency-glued-small", glued) != nullptr && value * c.factor >= 1) ||
           follows_name(text, span.begin, num.begin) ||
           is_label_number(text, span.begin, num.begin))) {
        continue;
      }
      if (!c.weight_unit.empty() && about_weight(s, m.span(p.curafter).end)) {
        q.unit = std::string(c.weight_unit);
        unit_taken = true;
      } else if (!c.code.empty()) {
        q.unit = c.code;
        factor *= c.factor;
        if (m.has(p.cscale)) {
          q.scale *= scale_of(m.str(p.cscale));
          factor *= scale_of(m.str(p.cscale));
        }
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
      // "a 102-inch screen", "a 5-mile stretch": the unit is part of the figure. After a hyphen
      // only a unit as units.tsv writes it counts: "5-C" is no temperature.
      const ByteSpan hyphen = m.span(p.hunit);
      const std::string_view word = text.substr(hyphen.end, m.span(p.punit).end - hyphen.end);
      if (written_as_in_lexicon("unit", word)) {
        q.unit = lower(word);
        unit_taken = true;
      } else {
        end = hyphen.begin;
      }
    } else if (m.has(p.punit) && !has_currency) {
      q.unit = std::string(trim(m.str(p.punit)));  // "48GB", "3.2 GW", "101.3\xC2\xB0F"
      // "64gb": another spelling of a unit is read as the unit (units.tsv).
      if (const lexicon::Entry* e = lexicon::find("unit-spelling", q.unit);
          e != nullptr && e->word == q.unit) {
        q.unit = std::string(e->value);
      }
      const bool glued = m.span(p.punit).begin == m.span(p.punit).end - 1;
      if (lexicon::find("temperature-letter", q.unit) != nullptr && !s.says(p.temperature_words) &&
          minus_before(text, whole.begin, true) == std::string_view::npos) {
        // "38C" is a temperature only where the sentence speaks of one or a minus comes before
        // it ("-5C at dawn"); "Room 4C" is a code.
        if (glued) continue;
        q.unit.clear();
        end = m.has(p.num2) ? m.span(p.num2).end : num.end;
      } else if (q.unit.size() == 1 && glued &&
                 lexicon::find("temperature-letter", q.unit) == nullptr &&
                 !written_as_in_lexicon("unit-glued-letter", q.unit) &&
                 text.substr(m.span(p.punit).end, 4) != " of ") {
        // A unit of one letter glued to its number is a code ("the 4g network") unless "of"
        // follows ("250g of flour") or the letter is read glued ("65W", units.tsv).
        continue;
      }
      unit_taken = true;
    } else if (m.has(p.gunit) && !has_currency) {
      // "2in", "a 42in screen"; "2014in" is a year glued to the next word (a filing's lost dash).
      if (value >= 1000) continue;
      q.unit = std::string(m.str(p.gunit));
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
    // "¾ of the budget", "1/4 of voters": a fraction alone before "of" is a share of a whole, as
    // loose as "three quarters" (10% of it either way).
    const UnitOf of = fraction && !fraction->whole && q.unit.empty() && !has_currency
                          ? unit_of(text, end, span.end)
                          : UnitOf{};
    if (of.end > 0) {
      // "3/4 of a point", "1/2 of a cup": a fraction of one unit.
      q.unit = std::string(of.unit);
      factor *= of.factor;
      end = of.end;
    } else if (fraction && !fraction->whole && q.unit.empty() && !has_currency &&
               text.substr(end, 4) == " of ") {
      value *= 100;
      low = 0.9 * value;
      high = 1.1 * value;
      q.unit = "%";
    }
    // "1.9m tall", "a 52m yacht": "m" before a word of length is metres, not million; so is "m"
    // after one ("cleared 2.35 m", "a depth of 40m"). Elsewhere a spaced "m" stays unread.
    if (!has_currency && m.has(p.scale) && m.str(p.scale) == "m" &&
        (next_word_in(s, m.span(p.scale).end, p.length_context) ||
         after_length_word(s, whole.begin))) {
      q.unit = "m";
      q.scale = 1;
      factor = 1;
      end = m.span(p.scale).end;
    }
    // Times, numeric dates and decades are not figures: "3:00 p.m.", "9/11", "7/8/2003",
    // "the 30's"; nor with a noun after them ("the 10:30 meeting", "the 5:2 diet").
    if (!has_currency && (q.unit.empty() || q.unit == "count")) {
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
    // A unit written before its number: "a magnitude 6.1 quake".
    if (!has_currency && (q.unit.empty() || q.unit == "count") && !q.is_range &&
        p.unit_before.contains(word_before(s, whole.begin))) {
      q.unit = std::string(lexicon::value("unit-before", word_text_before(s, whole.begin)));
    }
    // "March 3 500 people": a day, then a count; read on from the count.
    if (const std::string_view n = m.str(p.num);
        !has_currency && n.find(' ') != std::string_view::npos &&
        n.find('.') == std::string_view::npos && after_month(s, num.begin)) {
      at = num.begin + n.find(' ');
      continue;
    }
    // A bare number glued to a name is not a figure: "Windows 10", "Boeing 717", "Route 66".
    if (!has_currency && !has_scale && (q.unit.empty() || q.unit == "count") && !q.is_range &&
        (follows_name(text, span.begin, num.begin) ||
         is_label_number(text, span.begin, num.begin))) {
      continue;
    }
    // A number glued to letters that name no unit is a name or a code: "3G phones", "a 3D
    // engine", "SFAS 123R", "201cmake" (a filing's broken quotation mark).
    // So is one joined by a hyphen to a capitalised word: "7-Eleven", "the 3-Series".
    if (!has_currency && !has_scale && q.unit.empty() && end < span.end &&
        (std::isalpha(static_cast<unsigned char>(text[end])) ||
         (text[end] == '-' && end + 1 < span.end &&
          std::isupper(static_cast<unsigned char>(text[end + 1]))))) {
      continue;
    }
    // Ordinals, versions, times of day, phone numbers and web addresses (not_figures.cpp).
    if (!has_currency && is_not_figure(text, span, num)) continue;
    // List numbering: "1." or "2)" opening a line.
    if (!has_currency && q.unit.empty() && num.begin == span.begin && end < span.end &&
        (text[end] == ')' || (text[end] == '.' && end + 1 < span.end && text[end + 1] == ' '))) {
      continue;
    }
    // "$ ( 5 ) balance": the figure keeps its closing bracket when a noun follows.
    if (m.has(p.cparen) && end == num.end) {
      const std::size_t k = end < span.end && text[end] == ' ' ? end + 1 : end;
      if (k < span.end && text[k] == ')') end = k + 1;
    }
    q.span = {whole.begin, end};
    q.text = text.substr(q.span.begin, q.span.size());
    q.value = value * factor;
    q.low = low * factor;
    q.high = high * factor;
    // A minus sign glued to the figure: "−5%", "-0.4 points", "−€22 million"; or after its
    // currency: "EUR -24.5 mn".
    std::size_t b = q.span.begin;
    if (minus_after_currency) {
      negate(q, q.span, text);
    } else if (const std::size_t minus =
                   minus_before(text, b, !q.unit.empty() && q.unit != "count");
               minus != std::string_view::npos) {
      negate(q, {minus, q.span.end}, text);
    } else if (const std::size_t w = sign_word_before(s, b); w != std::string_view::npos) {
      negate(q, {w, q.span.end}, text);  // "minus 12"
    } else if (in_accounting_brackets(s, q.span)) {
      negate(q, {b - 1, q.span.end + 1}, text);  // "a loss of (£1.2 million)"
      // "Net income (3.4) million": the scale after the bracket is the figure's.
      if (q.scale == 1 && q.span.end < span.end && text[q.span.end] == ' ') {
        const std::string_view word = letters_at(text, q.span.end + 1, span.end);
        const lexicon::Entry* scale = lexicon::find("scale-word", word);
        if (scale != nullptr && scale->word == word) {
          q.scale = lexicon::number(scale->value, 0, 1);
          q.value *= q.scale;
          q.low *= q.scale;
          q.high *= q.scale;
          q.span.end += 1 + word.size();
          q.text = text.substr(q.span.begin, q.span.size());
        }
      }
    }
    // "5 degrees below zero".
    if (const std::size_t e = negated_after(text, q.span.end, span.end, q.unit); e > 0) {
      negate(q, {q.span.begin, e}, text);
    }
    find_hedge(text, span.begin, q.span.begin, q);
    // "500+ people", "£1m+": a plus after the figure is "more than".
    if (q.hedge_kind == Hedge::kNone && q.span.end < span.end && text[q.span.end] == '+' &&
        (q.span.end + 1 == span.end ||
         !std::isalnum(static_cast<unsigned char>(text[q.span.end + 1])))) {
      q.hedge = text.substr(q.span.end, 1);
      q.hedge_kind = Hedge::kMoreThan;
    }
    apply_hedge(q);
    // "1.5e400", a run of 400 digits: past what a double holds, the figure is left out rather
    // than read as infinity (a NaN once it is widened or compared).
    if (!std::isfinite(q.value) || std::isnan(q.low) || std::isnan(q.high)) continue;
    out.push_back(std::move(q));
  }

  // Number words, fractions and multiplier words.
  std::size_t figures = out.size();
  at = span.begin;
  const WordSet& starts = p.word_starts.starts;
  // "a" and "one" start a match only before some words: "a third", "one and a half", "one year".
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    const Word& w = s.words[i];
    if (w.begin < at || !starts.contains(w.key)) continue;
    if (p.word_starts.needs_next.contains(w.key) &&
        (i + 1 == s.words.size() || !p.word_starts.next.contains(s.words[i + 1].key))) {
      continue;
    }
    if (!p.word.match_at(text, w.begin, m, span.end)) continue;
    ByteSpan whole = m.span();
    at = whole.end > whole.begin ? whole.end : whole.begin + 1;
    bool inside = false;
    for (std::size_t i = 0; i < figures && !inside; ++i) inside = out[i].span.overlaps(whole);
    if (inside) continue;
    // A capitalised number word glued by a hyphen to digits names a thing: "7-Eleven".
    if (w.begin >= span.begin + 2 && text[w.begin - 1] == '-' &&
        std::isdigit(static_cast<unsigned char>(text[w.begin - 2])) &&
        std::isupper(static_cast<unsigned char>(text[w.begin]))) {
      continue;
    }
    // "a five-star hotel": a grade, as "5-star" is (not-figure-rating).
    if (whole.end + 1 < span.end && text[whole.end] == '-' &&
        lexicon::find("not-figure-rating", letters_at(text, whole.end + 1, span.end)) != nullptr) {
      continue;
    }
    if (m.has(p.w_fof) && !fraction_as_change(s, w.begin) &&
        !fraction_apposed(s, w.begin, whole.end)) {
      continue;
    }
    // "£1.50 a litre", "five dollars a kilo": "a" right after a figure, in figures or words, is
    // "per", no figure of its own.
    if (m.has(p.w_ua) &&
        (!m.has(p.w_unit) || !written_as_in_lexicon("unit-after-a", trim(m.str(p.w_unit))))) {
      continue;
    }
    if (m.has(p.w_ua) && std::any_of(out.begin(), out.end(), [&](const Quantity& f) {
          return f.span.end <= w.begin &&
                 trim(text.substr(f.span.end, w.begin - f.span.end)).empty();
        })) {
      continue;
    }
    if (m.has(p.w_pone) && !point_after_percent(s, out, figures, w.begin)) continue;
    WordValue wv = word_value(m.str(p.w_word));
    // "the second half", "first-half": a period, not a share.
    if (wv.unit == "%" && i > 0 && p.half_period.contains(s.words[i - 1].key)) continue;
    Quantity q;
    q.is_word = true;
    q.decimals = -1;
    q.value = wv.value;
    q.low = wv.low;
    q.high = wv.high;
    q.unit = wv.unit;
    std::size_t end = m.span(p.w_word).end;
    if (m.has(p.w_den) && wv.unit == "count") {
      // "two sevenths" is 2/7 of a whole, as loose as "two-thirds": 10% of it either way.
      q.value =
          100 * wv.value / lexicon::number(lexicon::value("denominator", m.str(p.w_den)), 0, 1);
      q.low = 0.9 * q.value;
      q.high = 1.1 * q.value;
      q.unit = "%";
      end = m.span(p.w_den).end;
    } else if (m.has(p.w_point) && wv.unit == "count") {
      // "three point four": 3.4, as precise as its last digit, [3.35, 3.45].
      std::string_view digits = m.str(p.w_point).substr(6);  // after " point"
      double step = 1;
      while (!digits.empty()) {
        digits.remove_prefix(1);  // the space
        const std::size_t n = std::min(digits.find(' '), digits.size());
        step /= 10;
        q.value += step * word_value(digits.substr(0, n)).value;
        digits.remove_prefix(n);
      }
      q.low = q.value - step / 2;
      q.high = q.value + step / 2;
      end = m.span(p.w_point).end;
    }
    // "two and a half": a whole number and a half, as exact as the number is.
    const bool and_half = m.has(p.w_half) && std::string_view(wv.unit) == "count";
    if (and_half) {
      q.value += 0.5;
      q.low += 0.5;
      q.high += 0.5;
      end = m.span(p.w_half).end;
    }
    // Whether the words after the scale stop short of the match: what the match read after
    // them (a percent, a currency) is no longer this number's.
    bool cut = false;
    if (m.has(p.w_scale)) {
      q.scale = scale_of(m.str(p.w_scale));
      const std::string_view more = m.has(p.w_more) ? m.str(p.w_more) : std::string_view{};
      const Chain c = chain_value(q.value, q.scale, more);
      const double below = (q.value - q.low) * q.scale, above = (q.high - q.value) * q.scale;
      q.value = c.value;
      q.low = c.value - below;
      q.high = c.value + above;
      end = m.span(p.w_scale).end + c.used;
      if (c.used < more.size()) {
        cut = true;
        at = end;  // the rest is read anew ("two hundred and three hundred")
      } else if (m.has(p.w_shalf) && more.empty()) {
        // "a million and a half": half of the scale more, as exact as the number is.
        const double part =
            q.scale * lexicon::number(lexicon::value("scale-and-part", trim(m.str(p.w_shalf))));
        q.value += part;
        q.low += part;
        q.high += part;
        end = m.span(p.w_shalf).end;
      } else if (m.has(p.w_shalf)) {
        cut = true;  // "two hundred thousand and a half" makes no one number
      }
    }
    if (cut) {
    } else if (m.has(p.w_pp) && wv.unit == "count") {
      // "two percentage points", "twenty basis points" (units.tsv's points-word).
      take_unit(q, "points-word", m.str(p.w_pp));
      end = m.span(p.w_pp).end;
    } else if (m.has(p.w_pct) && wv.unit == "count") {  // "thirty percent"
      q.unit = "%";
      end = m.span(p.w_pct).end;
    } else if (m.has(p.w_noun) && wv.unit == "count") {  // "a tenner", "two fivers"
      take_unit(q, "currency-noun", m.str(p.w_noun));
      end = m.span(p.w_noun).end;
    } else if (m.has(p.w_cur) && wv.unit == "count") {  // "eleven dollars", "one penny"
      // "a dollar", "a penny" only where the currency ends the phrase: "a euro that buys $1.30"
      // and "a renminbi revaluation" name the currency, not an amount.
      if (!m.has(p.w_scale) && lexicon::find("number-scaled", m.str(p.w_word)) != nullptr) {
        const std::size_t e = m.span(p.w_cur).end;
        if (!ends_phrase(s, e) || (e < span.end && text[e] == '-')) continue;
      }
      const CurrencyWord c = currency_after(m.str(p.w_cur));
      if (!c.weight_unit.empty() && about_weight(s, m.span(p.w_cur).end)) {
        q.unit = std::string(c.weight_unit);
      } else {
        q.unit = c.code;
        q.value *= c.factor;
        q.low *= c.factor;
        q.high *= c.factor;
      }
      end = m.span(p.w_cur).end;
    } else if (const std::string_view u = m.has(p.w_unit) ? trim(m.str(p.w_unit)) : "";
               !u.empty() && wv.unit == "count" && written_as_in_lexicon("unit", u)) {
      q.unit = std::string(u);  // "two million barrels"; not "Six Feet Under", a title
      end = m.span(p.w_unit).end;
    }
    if (cut) {
    } else if (m.has(p.w_times)) {
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
      // "an eighty-year-old house": an age, as in the figure path.
      if (std::size_t old = age_end(text, end, span.end); old > 0) {
        q.unit = "age";
        end = old;
        at = std::max(at, old);
      }
    }
    // "a grand", "half a grand": a number read only before a scale noun (scale.tsv) takes it
    // where the noun ends the phrase, and is no figure elsewhere ("a grand prix win").
    // "a point to 12%" is the point-one reading, which the pattern let through only there.
    const bool point_one = lexicon::find("point-one", m.str(p.w_word)) != nullptr &&
                           text.substr(end).starts_with(" point");
    if (!cut && q.unit == "count" && !m.has(p.w_scale) && end == m.span(p.w_word).end &&
        !point_one && lexicon::find("number-scaled", m.str(p.w_word)) != nullptr) {
      std::size_t e = end + 1;
      while (e < span.end && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
      const std::string_view noun = text.substr(end + 1, e - std::min(e, end + 1));
      const lexicon::Entry* scale = lexicon::find("scale-noun", noun);
      if (scale == nullptr || noun != scale->word || !ends_phrase(s, e)) continue;
      q.scale = lexicon::number(scale->value, 0, 1);
      q.value *= q.scale;
      q.low *= q.scale;
      q.high *= q.scale;
      q.unit.clear();
      end = e;
    }
    q.span = {whole.begin, end};
    q.text = text.substr(q.span.begin, q.span.size());
    // "minus five degrees"; a count is left as it is ("negative three- and six-month rates"),
    // save after a word that negates a count too ("fell to minus five": sign-word-count).
    if (const std::size_t w = sign_word_before(s, q.span.begin);
        w != std::string_view::npos && q.unit != "x" && q.unit != "%" && wv.unit == "count" &&
        ((!q.unit.empty() && q.unit != "count") ||
         lexicon::find("sign-word-count", letters_at(text, w, q.span.begin)) != nullptr)) {
      negate(q, {w, q.span.end}, text);
    }
    find_hedge(text, span.begin, q.span.begin, q);
    apply_hedge(q);
    // "1.5e400", a run of 400 digits: past what a double holds, the figure is left out rather
    // than read as infinity (a NaN once it is widened or compared).
    if (!std::isfinite(q.value) || std::isnan(q.low) || std::isnan(q.high)) continue;
    out.push_back(std::move(q));
  }
  std::stable_sort(out.begin(), out.end(), [](const Quantity& a, const Quantity& b) {
    return a.span.begin < b.span.begin;
  });

  // "12 dollars 75 cents", "5 pounds and 20 pence", "five hundred dollars and fifty cents": one
  // amount; not after millions ("$2 million and 50 cents" names two things).
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    Quantity& a = out[i];
    const Quantity& b = out[i + 1];
    const std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
    if ((gap == " " || gap == " and ") && (a.unit == b.unit || shared_cents(a, b)) &&
        a.unit.size() == 3 && a.scale < 1e6 && a.decimals <= 0 && !in_subunit(a) && in_subunit(b) &&
        b.value < 1) {
      a.value += b.value;
      a.low = a.value + (b.low - b.value);
      a.high = a.value + (b.high - b.value);
      a.span.end = b.span.end;
      a.text = text.substr(a.span.begin, a.span.size());
      out.erase(out.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    }
  }
  join_whole_and_cents(out, s);
  cents_of_sentence_currency(out);
  join_scale_nouns(out, s);
  join_word_points(out, s);
  join_unit_parts(out, text, span.end);
  join_unit_ratios(out, text, span.end);
  join_primes(out, text, span.end);
  join_ratios(out, text);
  join_ranges(out, s);
  read_crowns(out, s);

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
  // A join that scales a figure (the pairs above, a range's shared scale) can take one near a
  // double's limit past it (".001e308 % 3b"): left out, as the scan leaves out one already past.
  std::erase_if(out, [](const Quantity& q) {
    return !std::isfinite(q.value) || std::isnan(q.low) || std::isnan(q.high);
  });
}

}  // namespace factcheck::detail
