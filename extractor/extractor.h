// The extractor: article bytes in, typed claims with spans and citations out.
//
// This is the stage's one public header. Everything the checker and the reports
// know about an article comes through the types below; nothing here knows about
// findings or output formats.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factcheck {

namespace detail {
struct DocumentIndex;  // internal.h: what reading needs from the whole document, found once
}  // namespace detail

/// A half-open byte range [begin, end) into the original input bytes.
struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool contains(const ByteSpan& o) const { return begin <= o.begin && o.end <= end; }
  bool overlaps(const ByteSpan& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

/// How a hedge word changes the interval a figure stands for.
enum class Hedge : std::uint8_t {
  kNone,      // the written precision alone
  kAbout,     // about, around, roughly, approximately, some, an estimated: both ends ±10%
  kNearly,    // nearly, almost, close to, just under: the low end 10% lower, high end kept
  kMoreThan,  // more than, over, above, at least, just over: no upper bound
  kLessThan,  // less than, under, below, up to: no lower bound (down to zero)
};

/// A view of text joined to a string, as C++26 allows: text held as a view (a figure's, a phrase
/// of the article) reads and joins as the strings it replaced did.
inline std::string operator+(const std::string& a, std::string_view b) {
  std::string out;
  out.reserve(a.size() + b.size());
  return out.append(a).append(b);
}
inline std::string operator+(std::string&& a, std::string_view b) { return std::move(a.append(b)); }
inline std::string operator+(std::string_view a, const std::string& b) {
  std::string out;
  out.reserve(a.size() + b.size());
  return out.append(a).append(b);
}
inline std::string operator+(const char* a, std::string_view b) { return std::string(a).append(b); }
inline std::string operator+(std::string_view a, const char* b) { return std::string(a).append(b); }

/// The kind of thing a unit measures. Checks compare figures only within one dimension.
enum class Dimension : std::uint8_t {
  kNone,      // a bare number, no unit written
  kMoney,     // an ISO 4217 code: "USD", "GBP", "INR"
  kPercent,   // "%"
  kPoints,    // "pp" (percentage points, basis points scaled) or "points" of an index
  kMultiple,  // "x": doubled, three times, 4x
  kCount,     // "count": things counted ("4,000 customers")
  kAge,       // "age": years of a person's age
  kTime,      // a length of time: "second" ... "year", from the lexicon's time-unit class
  // Physical units, by the dimension the lexicon's unit class names for them:
  kLength,       // "km", "miles", "ft"
  kArea,         // "acres", "square feet"
  kVolume,       // "litres", "barrels"
  kMass,         // "tonnes", "mg"
  kSpeed,        // "mph", "km/h"
  kData,         // "GB", "megabits", "Mbps"
  kPower,        // "MW", "gigawatts"
  kEnergy,       // "kWh"
  kFrequency,    // "GHz"
  kTemperature,  // "degrees Celsius", "°F", "C" in a sentence about temperature
  kPhysical,     // another physical unit the lexicon knows ("volts", "magnitude")
  kOther,        // a code the lexicon does not know
};

std::string_view to_string(Dimension dimension);

/// A unit as a value type: the code held inline (no allocation, 32 bytes like the string it
/// replaces) and its dimension classified once, when the code is set. It reads and compares as
/// its code, so `q.unit == "USD"` and `q.unit = "%"` keep working.
class Unit {
 public:
  static constexpr std::size_t kCapacity = 30;  // longer than any unit word in the lexicon

  Unit() = default;
  Unit(std::string_view code) { assign(code); }
  Unit(const char* code) { assign(code); }
  Unit(const std::string& code) { assign(code); }

  Unit& operator=(std::string_view code) { return assign(code); }
  Unit& operator=(const char* code) { return assign(code); }
  Unit& operator=(const std::string& code) { return assign(code); }

  std::string_view code() const { return {code_, size_}; }
  Dimension dimension() const { return dimension_; }
  bool is_money() const { return dimension_ == Dimension::kMoney; }
  bool is_time() const { return dimension_ == Dimension::kTime; }

  // The string interface the code had when a unit was a std::string.
  operator std::string_view() const { return code(); }
  operator std::string() const { return std::string(code()); }
  bool empty() const { return size_ == 0; }
  void clear() { assign({}); }
  std::size_t size() const { return size_; }
  char operator[](std::size_t i) const { return code_[i]; }
  const char* begin() const { return code_; }
  const char* end() const { return code_ + size_; }

  friend bool operator==(const Unit& a, const Unit& b) { return a.code() == b.code(); }
  friend bool operator==(const Unit& a, std::string_view b) { return a.code() == b; }
  friend bool operator==(const Unit& a, const char* b) { return a.code() == std::string_view(b); }
  friend bool operator==(const Unit& a, const std::string& b) { return a.code() == b; }
  // Streams (doctest's messages, std::ostream) print the code.
  template <typename Stream>
  friend Stream& operator<<(Stream& out, const Unit& u) {
    return out << u.code();
  }

 private:
  Unit& assign(std::string_view code);

  char code_[kCapacity] = {};
  std::uint8_t size_ = 0;
  Dimension dimension_ = Dimension::kNone;
};

static_assert(sizeof(Unit) == 32);

/// The dimension of a unit code, as Unit classifies it.
Dimension dimension_of(std::string_view code);

/// Whether a unit code is money: an ISO 4217 code ("USD", "INR").
inline bool is_currency(std::string_view code) { return dimension_of(code) == Dimension::kMoney; }

/// What the words right around a figure say it is to a change (kinds/figure_change.cpp).
enum class FigureRole : std::uint8_t {
  kNone,          // nothing said
  kChangeNoun,    // a percentage naming a change: "a 15% cut", "a 20% price rise"
  kChangeAmount,  // an amount a change saves, adds or costs: "will save £9m", "$45 million less"
};

/// One figure as the article writes it. Its text is a view into the text it was read from (see
/// Claims::text), which must outlive it, so a figure copied into a change costs no text.
struct Quantity {
  ByteSpan span;           // the figure with its currency, scale and unit words
  std::string_view text;   // the bytes of span, as written: a view into the article
  double value = 0;        // in base units: dollars, percent, points, the factor for "x"
  double low = 0;          // interval its written precision and hedge allow
  double high = 0;         //   (for a range "12-15%": the whole range, rounded ends included)
  double scale = 1;        // the scale word's factor: 1e6 for "million", "mn", "m"
  Unit unit;               // ISO 4217 code, "%", "pp", "x", "count", "points", "week", ...
  std::string_view hedge;  // the hedge words, lower case, from the extractor's static table
  int decimals = 0;        // digits after the decimal point as written; -1 for a number word
  Hedge hedge_kind = Hedge::kNone;
  bool is_range = false;  // "12-15%", "3-4 x": value is the midpoint
  bool is_word = false;   // spelled out: "five", "half", "doubled"
  // On a claim's quantities: what the words around it say it is to a change (not in the JSON).
  FigureRole role = FigureRole::kNone;
};

static_assert(sizeof(Quantity) <= 120, "a figure's role fits in the padding a Quantity had");

/// What sort of statement a claim is. The names are stable: they are the JSON "kind".
enum class ClaimKind : std::uint8_t {
  kMoney,             // "$120 million"
  kPercent,           // "45%", "45 per cent"
  kPercentagePoints,  // "4.5 percentage points", "130 basis points" (stored in points)
  kPercentChange,     // a change statement with a stated percent or points change
  kDifference,        // a change statement with only an absolute change, or none stated
  kMultiple,          // "doubled", "three times", "3-4x", or a change stated only as a multiple
  kCount,             // "five models", "4,000 customers"
  kEnumeration,       // "five-model suite (A, B, C, D and E)"
  kDate,              // "3 May 2026", "Q1 2026", "H2 2025", "fiscal 2025"
  kDuration,          // "eight weeks", "two quarters", "the first month"
  kRate,              // "$199 per month per developer", "$5 million each quarter"
  kShare,             // "62% of total inference spend"
  kNumber,            // any other figure
};

std::string_view to_string(ClaimKind kind);

enum class Direction : std::uint8_t {
  kNone,      // no direction stated
  kIncrease,  // rose, up, gain, doubled, ...
  kDecrease,  // fell, down, erosion, cut, halved, ...
};

std::string_view to_string(Direction direction);

/// An optional value kept on the heap, with std::optional's interface: most claims hold no
/// old or new value, and a claim that carried two Quantity slots inline was twice its size, which
/// a 200 MB article's million claims pay for in memory.
template <typename T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(std::nullopt_t) {}
  Boxed(const T& v) : p_(std::make_unique<T>(v)) {}
  Boxed(T&& v) : p_(std::make_unique<T>(std::move(v))) {}
  Boxed(const std::optional<T>& v) : p_(v ? std::make_unique<T>(*v) : nullptr) {}
  Boxed(const Boxed& o) : p_(o.p_ ? std::make_unique<T>(*o.p_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& o) {
    if (this != &o) p_ = o.p_ ? std::make_unique<T>(*o.p_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  Boxed& operator=(std::nullopt_t) {
    p_.reset();
    return *this;
  }
  Boxed& operator=(const T& v) {
    p_ = std::make_unique<T>(v);
    return *this;
  }
  Boxed& operator=(T&& v) {
    p_ = std::make_unique<T>(std::move(v));
    return *this;
  }

  bool has_value() const { return p_ != nullptr; }
  explicit operator bool() const { return has_value(); }
  T& operator*() { return *p_; }
  const T& operator*() const { return *p_; }
  T* operator->() { return p_.get(); }
  const T* operator->() const { return p_.get(); }
  T& value() { return *p_; }
  const T& value() const { return *p_; }
  void reset() { p_.reset(); }
  /// A copy as a std::optional, for code that takes one.
  operator std::optional<T>() const { return p_ ? std::optional<T>(*p_) : std::nullopt; }

 private:
  std::unique_ptr<T> p_;
};

/// How the words just before a claim's first figure tie it to the figure before it.
enum class Lead : std::uint8_t {
  kNone,       // no such words
  kRestates,   // the same amount told again: ", or", "which works out to", "that is"
  kTotal,      // the sum of the figures before it: "for a total of", ", totalling", "in all,"
  kAnother,    // another amount joined by "and": "for $41.00 a share and $1.01 billion of notes"
  kAt,         // a rate the sentence goes on to apply: "At £3.50 a day, ..."
  kReached,    // the level a change reached, with no value before it: "profit rose to £34.1m"
  kRemaining,  // the rest of a whole whose other parts came before: "The remaining 13% ..."
  kBracketed,  // in brackets right after the figure before it: "two in five voters (41%)"
};

/// The kind of period a change statement is of, from the word naming it ("the second quarter").
enum class PeriodKind : std::uint8_t {
  kNone,     // no period named in the statement's clause
  kYear,     // "the year", "fiscal year", "the full year"
  kHalf,     // "the first half", "H1"
  kQuarter,  // "the second quarter", "Q3"
  kMonth,    // "the month", "the first month"
  kWeek,     // "the week"
  kOther,    // "the nine months", "the period": another span the text names
};

/// What the words right after a figure say of its time, beyond Claim::per and Claim::period: how
/// many periods it covers, how long a rate runs, whether its period is one named period and
/// whether a condition follows (kinds/figure_period.cpp).
struct FigurePeriod {
  std::string_view period;  // the period it is per or covers, as the lexicon's rate-period word
  //                            ("month", "year", "annum"): a view into the lexicon; empty: none
  double periods = 1;        // how many of `period` it covers: "over five years" is 5
  double runs_years = 0;     // how long a rate runs, in years: "£25 a week for the 16-week study"
  bool named = false;        // one named period ("last year", "in 2025"): a total, never a price
  bool conditional = false;  // a condition follows ("or $99 a year if paid upfront"): another offer
};

/// The JSON name of a lead: "restates", "total", "another", "at", "reached", "remaining",
/// "bracketed"; "none".
std::string_view to_string(Lead lead);

/// A typed statement the article makes, with the exact bytes it came from. Claims are many (one
/// every 20 bytes of dense text), so text that is a slice of the article or of a static table is
/// held as a view (the article must outlive its claims), and the small fields sit together at
/// the end, where they pack.
struct Claim {
  std::string id;                       // "c1", "c2", ... in text order
  ByteSpan span;                        // the statement: never wider than its sentences
  std::size_t sentence = 0;             // index into Claims::sentences
  std::optional<std::size_t> citation;  // index into Claims::citations
  std::vector<Quantity> quantities;     // every figure of the claim, in text order

  // Change statements (kPercentChange, kDifference, kMultiple with values).
  Boxed<Quantity> old_value;      // "from $219 million"; negative for a loss of an income metric
  Boxed<Quantity> new_value;      // "to $120 million"
  std::vector<Quantity> changes;  // stated changes, magnitudes: "%", "pp", "x" or the values' unit
  std::string direction_word;     // "rose", "decline", "erosion", as written (lower case)
  ByteSpan direction_span;
  std::string metric;  // what changed or is measured, as written: "net revenue", "market value"

  // Dates (kDate); the numbers are among the small fields below.
  std::string date;      // ISO 8601, partial allowed: "2026-05-03", "2026-05", "--05-15", "2026-Q1"
  std::string date_end;  // end of a range: "between February and April 2026" -> "2026-04"
  std::string_view weekday;  // "Wednesday" when the text names one (weekday_name's table)

  // Enumerations (kEnumeration) and counts.
  std::vector<std::string> items;  // the items listed, as written
  std::vector<ByteSpan> item_spans;

  // What a figure is per, e.g. "month", "quarter", "developer": for a rate (kRate) quantities[0]
  // per `per`, as kinds/rate.cpp reads it; for an amount, a count, a plain number or the one
  // change of a change statement with no values, what the words right after it say ("a month",
  // "per seat", "each"), as written (kinds/figure_period.cpp).
  std::vector<std::string> per;
  // The rest of what those words say of the figure's time ("over five years", "last year"):
  // null when they say nothing.
  Boxed<FigurePeriod> figure;

  // Shares (kShare): "62% of total inference spend" -> whole = "total inference spend".
  std::string_view whole;  // a view into the article

  // Change statements between two things at one time rather than one thing over time:
  // "62% in the treated arm, against 48% in the control arm", "X is 30% lower than Y".
  std::string_view compared_to;  // what the old value belongs to: "the control arm", "Y"
  Boxed<Quantity> prior;         // a bracketed prior-period figure: "EUR 0.62 (2024: EUR 0.55)"
  //                                  of the new value, whether or not it is the old value too

  // Change statements: the period the statement is of, as its clause names it ("the second
  // quarter", "the first half of 2025", "fiscal year", "Q3"): a view into the article, empty when
  // the clause names none; a period set against ("the same quarter last year") is not one.
  // Amounts, counts, plain numbers and rates: the period the words right after the figure say it
  // covers ("£84.6m for the year", "£5.6m over three years", "£2m last year", "in 2025").
  std::string_view period;

  // Counts and lone percentages: up to three words after the figure, lower case, up to a comma or
  // bracket; what it counts ("full-time pupils", "pupils per teacher"; "38% work part time").
  std::string counted;

  // The small fields.
  int year = 0, month = 0, day = 0;  // dates: zero means not stated
  int quarter = 0;                   // 1-4 for "Q1"; may be out of range when the text is ("Q5")
  int half = 0;                      // 1-2 for "H1"
  int count = 0;                     // enumerations and counts: the stated count
  ClaimKind kind = ClaimKind::kNumber;
  Direction direction = Direction::kNone;      // change statements
  PeriodKind period_kind = PeriodKind::kNone;  // the kind of `period`
  bool fiscal = false;                         // dates: "fiscal 2025", "FY2025"
  bool comparison = false;                     // between two things (compared_to)
  bool forecast = false;  // guidance or a forecast: "expects", "forecast", "outlook"
  // The words before the claim's first figure, back to the figure before it in its sentence or
  // the sentence's start (lexicon/checks.tsv, classes "lead-*").
  Lead lead = Lead::kNone;
  // The first figure is written after "the", "its", "their" or a possessive: a count of all of
  // what it counts ("the 1,920 women in the trial"), an amount told as one already known ("the
  // £221m profit").
  bool definite = false;
  // The claim's sentence opens with words that point back at the sentence before it (lexicon
  // class "implied-back": "This contraction translates into ...", "The move saves ..."), so what
  // it states follows from a figure there (kinds/lead.cpp).
  bool refers_back = false;
  // Change statements: the words before the new value in its sentence date the change from a
  // figure stated earlier (lexicon class "implied-since": "They have risen by 40% since, to
  // £210 million"), so that figure is the change's likely base (kinds/lead.cpp).
  bool since = false;
  // Its sentence pairs lists by position ("$2.5 million and $2.6 million in 2019 and 2018,
  // respectively"; lexicon class "change-respectively", in any case, anywhere in the sentence):
  // which figure is which period or item is told by order, not by the words beside it.
  bool respectively = false;
};

/// A parenthetical source: "(Hugging Face Blog, 3 May 2026)".
struct Citation {
  std::string id;  // "k1", "k2", ...
  ByteSpan span;   // the parenthesis, brackets included
  std::string source;
  std::string date;  // ISO 8601, partial allowed; empty when none
};

/// A sentence, as the segmenter found it.
struct Sentence {
  ByteSpan span;
  std::size_t paragraph = 0;  // index into Claims::paragraphs
};

/// What a window of a long document (extract_range) carries from the whole document, so that a
/// check reads the window as it reads that part of the whole. Empty for a whole document.
struct Carried {
  // The first full date of the document's first paragraph (the dateline), when the window does
  // not hold it; check_windows() fills it from the first window.
  std::optional<Claim> dateline;
  // The first citation of the paragraph the window begins inside, when that citation lies in the
  // windows before: the paragraph's claims with none of their own are supported by it.
  std::optional<Citation> paragraph_citation;
  std::size_t citations = 0;  // citations in the whole document
  // The full dates (day, month and year, in claims or citations) of the other windows, by year:
  // how many, and where the nearest begins; date-weekday's vote for the year of a date written
  // without one counts them with the window's own (those after only when it holds such a date).
  struct YearVote {
    int year = 0;
    std::size_t dates = 0;
    std::size_t last = 0;  // byte offset of the last of them (the first, for windows after)
  };
  std::vector<YearVote> year_votes;
};

/// Everything the extractor found in one document.
struct Claims {
  std::string_view text;  // the original bytes (owned by the caller)
  std::vector<ByteSpan> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Claim> claims;  // in text order of span.begin
  std::vector<Citation> citations;
  int reference_year = 0;  // the year of dates written without one, when configured; 0: none
  // The bytes of `text` these claims answer for: a window of it (extract_range), or the whole
  // text when `range.end` is 0.
  ByteSpan range;
  Carried carried;  // a window's context from the whole document (extract_range)
  // What reading a sentence needs from the whole document (the crown names), found there once:
  // segment_document() makes it and every window of the document shares it (extract_range), so
  // a long document is not searched end to end once per window.
  std::shared_ptr<detail::DocumentIndex> document_index;

  const Claim* find(std::string_view id) const;
  /// The bytes these claims answer for: what a check that reads the article's whole text reads.
  std::string_view own_text() const {
    return range.end == 0 ? text : text.substr(range.begin, range.size());
  }
  /// Whether these claims begin the document: their first paragraph is its first (the dateline's).
  bool starts_document() const { return range.begin == 0; }
  /// Citations in the whole document, not only in this window.
  std::size_t document_citations() const { return std::max(citations.size(), carried.citations); }
};

/// Claims of a UTF-8 text. The text must already be valid (see validate_text); a BOM is skipped.
/// The result refers to `text`, which must outlive it.
Claims extract(std::string_view text);

/// A document's paragraphs, sentences and citations (numbered k1, k2, ...), with no claims: what
/// extract() reads first, and what extract_range() reads a window of. Refers to `text`.
Claims segment_document(std::string_view text);

/// The claims of sentences [first, last) of a segmented document, numbered on from
/// `claims_before` (c<claims_before + 1>, ...), as extract() finds them with the rest of the
/// document out of sight: a long document is read a window at a time with it. The result holds
/// the window's sentences, paragraphs (those of its sentences) and citations (those beginning
/// within it), so its indices count from the window's start; its spans and its text are the
/// whole document's. Over every sentence it gives what extract() gives.
Claims extract_range(const Claims& document, std::size_t first, std::size_t last,
                     std::size_t claims_before);

/// Why bytes cannot be read as an article ("invalid UTF-8 at byte 1234", "binary file"),
/// or nullopt when they can. An empty text is valid.
std::optional<std::string> validate_text(std::string_view bytes);

/// A code point read from UTF-8 bytes, with the bytes it takes; length 0 when the bytes there are
/// not well formed (RFC 3629: no overlong form, surrogate or code point past U+10FFFF). The one
/// decoder of the project: validation, columns and every report that escapes text use it.
struct CodePoint {
  char32_t value = 0;
  std::size_t length = 0;
};
CodePoint decode_utf8(std::string_view s, std::size_t i);
/// Length of the UTF-8 sequence starting at s[i], or 0 when it is not well formed.
inline std::size_t utf8_length(std::string_view s, std::size_t i) {
  return decode_utf8(s, i).length;
}

/// Turns byte offsets into 1-based lines and 1-based columns counted in code points.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  struct Position {
    std::size_t line = 1;
    std::size_t column = 1;
  };
  Position position(std::size_t offset) const;
  std::size_t line_count() const { return starts_.size(); }

 private:
  static constexpr std::size_t kStride = 4096;
  static constexpr std::size_t kFine = 64;
  std::size_t code_points_before(std::size_t offset) const;
  std::string_view text_;
  std::vector<std::size_t> starts_;       // byte offset of each line's first byte
  std::vector<std::size_t> checkpoints_;  // code points before byte k * kStride
  std::vector<std::uint16_t> fine_;       // code points from the last checkpoint to byte k * kFine
};

/// The calendar's words, one list for every stage. The month a word names, 1 to 12 ("March",
/// "sept", "Dec."), or 0; the weekday a word names, Sunday 0 to Saturday 6 ("Wed", "thurs."), or
/// -1; and their names ("January", "Sunday"), empty out of range.
int month_of(std::string_view word);
std::string_view month_name(int month);
int weekday_of(std::string_view word);
std::string_view weekday_name(int weekday);

/// A noun in the singular, by the lexicon's plural endings (class rate-plural-es): "pharmacies"
/// -> "pharmacy", "branches" -> "branch", "taxes" -> "tax", "months" -> "month".
std::string singular_noun(std::string noun);

/// What a word of lexicon class rate-per ("a", "per", "each", "every") lets follow it: its value
/// in checks.tsv, read once.
enum class RatePer : std::uint8_t {
  kNone,     // not a rate-per word
  kArticle,  // a period, or a rate-unit word: "a month", "a share"
  kPer,      // a period or any noun: "per seat"
  kEach,     // a period; alone, the price per each: "each", "apiece"
  kEvery,    // a period only: "every week"
};
RatePer rate_per(std::string_view word);

/// The version of factcheck, for reports.
std::string_view version();

}  // namespace factcheck
