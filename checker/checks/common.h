// Helpers shared by the change-statement checks: what kind of change a stated figure is, which
// directions a statement can be read in, how a figure is quoted, and how a finding is built.
#pragma once

#include <algorithm>
#include <cctype>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "checker/checker.h"
#include "checker/interval.h"
#include "extractor/lexicon.h"

namespace factcheck::checks {

/// A figure's interval, with a count written to the unit, its last digit not zero, with no hedge
/// and no scale word taken as exact: nobody rounds to 19 or to 1,243, so "won 19 of their 34
/// games" is 19 games, not 18.5 to 19.5. A round count ("1,200 replies", "40 stores") keeps its
/// written precision.
inline Interval count_exact_interval(const Quantity& q) {
  const bool count = (q.unit == "count" || q.unit.empty()) && !q.is_range && q.decimals == 0 &&
                     q.hedge.empty() && q.scale == 1 && q.value > 0 && q.value < 1e15;
  if (count) {
    const auto n = static_cast<long long>(q.value);
    if (static_cast<double>(n) == q.value && n % 10 != 0) return {q.value, q.value};
  }
  return interval_of(q);
}

/// What a stated change measures.
enum class ChangeKind {
  kPercent,     // "%": relative to the old value
  kPoints,      // "pp" (or "points"/"bp" between two percentages): new − old in points
  kMultiplier,  // "x": new / old
  kDifference,  // anything else: new − old in the values' unit
};

inline bool is_percent_value(const Boxed<Quantity>& q) { return q && q->unit == "%"; }

/// The unit the claim's values are in: the new value's, else the old value's, else "".
inline std::string_view value_unit(const Claim& c) {
  if (c.new_value) return c.new_value->unit;
  if (c.old_value) return c.old_value->unit;
  return {};
}

inline ChangeKind change_kind(const Quantity& change, const Claim& c) {
  if (change.unit == "%") return ChangeKind::kPercent;
  if (change.unit == "x") return ChangeKind::kMultiplier;
  if (change.unit == "pp") return ChangeKind::kPoints;
  if ((change.unit == "points" || change.unit == "bp") && value_unit(c) == "%") {
    return ChangeKind::kPoints;
  }
  return ChangeKind::kDifference;
}

/// A figure followed by "times" or "-fold" ("grew three times to 1.5 million") is a multiple
/// whatever unit it was given.
inline bool followed_by_times(std::string_view text, const Quantity& q) {
  if (q.span.end >= text.size() || q.span.empty()) return false;
  std::string_view after = text.substr(q.span.end, 8);
  while (!after.empty() && (after.front() == ' ' || after.front() == '-')) after.remove_prefix(1);
  return after.substr(0, 5) == "times" || after.substr(0, 4) == "fold";
}

/// A figure followed by a percent sign, past any spaces (U+00A0 and U+202F included), is a
/// percent whatever unit it was given ("30\u202f%"); the difference checks leave it alone.
inline bool followed_by_percent(std::string_view text, const Quantity& q) {
  if (q.span.end >= text.size() || q.span.empty()) return false;
  std::string_view after = text.substr(q.span.end, 12);
  for (;;) {
    if (!after.empty() && after.front() == ' ') {
      after.remove_prefix(1);
    } else if (after.substr(0, 2) == "\u00a0") {
      after.remove_prefix(2);
    } else if (after.substr(0, 3) == "\u202f" || after.substr(0, 3) == "\u2009") {
      after.remove_prefix(3);
    } else {
      break;
    }
  }
  return !after.empty() && after.front() == '%';
}

/// Units name the same thing, or one of them is unknown ("", "unspecified").
inline bool same_unit(std::string_view a, std::string_view b) {
  auto unknown = [](std::string_view u) { return u.empty() || u == "unspecified"; };
  // Bare degrees beside a named scale are that scale's: "from 14.2C to 15.1C, up 0.9 degrees".
  auto degrees = [](std::string_view x, std::string_view y) {
    return x == "degrees" && (y == "C" || y == "F");
  };
  return a == b || unknown(a) || unknown(b) || degrees(a, b) || degrees(b, a);
}

/// Old and new value both present and in the same unit.
inline bool has_both_values(const Claim& c) {
  return c.old_value && c.new_value && same_unit(c.old_value->unit, c.new_value->unit);
}

/// `s` with ASCII capitals lowered: what std::tolower does in the "C" locale the tool runs in,
/// without a library call per byte.
inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

inline std::string_view claim_text(const Claim& c, std::string_view text) {
  if (c.span.end > text.size() || c.span.empty()) return {};
  return text.substr(c.span.begin, c.span.size());
}

/// A direction word that judges rather than measures ("improvement", "worsened"): a shrinking
/// loss, cost or churn rate is an improvement, so the word cannot fix whether the figures (often a
/// loss's size) went up or down. "narrowed" and "widened" do measure a size and are not among
/// these.
inline bool is_judging_word(const Claim& c) {
  const std::string word = lower(c.direction_word);
  const auto stems = lexicon::entries("change-judging");
  return std::any_of(stems.begin(), stems.end(),
                     [&](const lexicon::Entry& e) { return word.starts_with(e.word); });
}

/// Whether lower-case `text` holds a word of the lexicon class: anywhere when the entry's value
/// is empty, as a whole word when it is "word", at the start of a word when it is "start".
inline bool mentions(std::string_view text, std::string_view cls) {
  auto letter = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0; };
  for (const lexicon::Entry& e : lexicon::entries(cls)) {
    for (std::size_t at = text.find(e.word); at != std::string_view::npos;
         at = text.find(e.word, at + 1)) {
      const bool starts = at == 0 || !letter(text[at - 1]);
      const std::size_t end = at + e.word.size();
      const bool ends = end == text.size() || !letter(text[end]);
      if (e.value.empty() || (e.value == "start" && starts) || (starts && ends)) return true;
    }
  }
  return false;
}

/// The directions a statement may be read in: its stated one, or both when it states none or
/// when its word judges rather than measures (see is_judging_word).
inline std::vector<Direction> readings(const Claim& c) {
  if (c.direction == Direction::kNone || is_judging_word(c)) {
    return {Direction::kIncrease, Direction::kDecrease};
  }
  return {c.direction};
}

inline std::string_view direction_noun(Direction d) {
  switch (d) {
    case Direction::kIncrease:
      return "increase";
    case Direction::kDecrease:
      return "decrease";
    case Direction::kNone:
      break;
  }
  return "change";
}

/// "an increase", "a decrease".
inline std::string with_article(Direction d) {
  return d == Direction::kIncrease   ? "an increase"
         : d == Direction::kDecrease ? "a decrease"
                                     : "a change";
}

/// A figure as the article writes it, or formatted when built without text.
/// A negative value written without a sign ("from a loss of $ 11.8 million") gets one.
inline std::string written(const Quantity& q) {
  if (q.text.empty()) return format_amount(q.value, q.unit);
  // A sign in words counts too: "minus 19" is not shown as "−minus 19".
  const std::string_view first = std::string_view(q.text).substr(0, q.text.find(' '));
  const bool signed_text = q.text.find_first_of("-(") != std::string::npos ||
                           q.text.find("\u2212") != std::string::npos ||
                           lexicon::find("sign-word", first) != nullptr;
  return q.value < 0 && !signed_text ? "\u2212" + q.text : std::string(q.text);
}

/// "reported 20% increase": the stated figure, with its hedge as written ("reported more than
/// £600 decrease": the editor sees the words that widened it), and the direction word's sense.
inline std::string reported(const Quantity& change, const Claim& c) {
  const std::string_view noun =
      c.direction == Direction::kNone ? "change" : direction_noun(c.direction);
  const std::string hedge = change.hedge.empty() ? "" : std::string(change.hedge) + " ";
  return "reported " + hedge + written(change) + " " + std::string(noun);
}

/// "$219 million to $120 million" or, with one value, "to $120 million" / "from $219 million"; a
/// comparison between two things reads "62% against 48% (the control arm)".
inline std::string values_phrase(const Claim& c) {
  if (c.comparison && c.old_value && c.new_value) {
    return written(*c.new_value) + " against " + written(*c.old_value) +
           (c.compared_to.empty() ? "" : " (" + c.compared_to + ")");
  }
  if (c.old_value && c.new_value) return written(*c.old_value) + " to " + written(*c.new_value);
  if (c.new_value) return "to " + written(*c.new_value);
  if (c.old_value) return "from " + written(*c.old_value);
  return "no values";
}

/// "; both values are hedged, so the hedge widens their relation once (interval.h, rule 6)", or
/// nothing when at most one is.
inline std::string shared_hedge_note(const Quantity& old_q, const Quantity& new_q) {
  return shares_hedge(old_q, new_q)
             ? "; both values are hedged, so the hedge widens their relation once, not each value "
               "(interval.h, rule 6)"
             : std::string();
}

/// A finding on the claims `ids`, judging the statement at `span`.
inline Finding make_finding(std::string_view check, Severity severity, std::vector<std::string> ids,
                            ByteSpan span, std::string message, std::string explanation,
                            std::string slip = {}) {
  Finding f;
  f.check = std::string(check);
  f.severity = severity;
  f.claims = std::move(ids);
  f.span = span;
  f.message = std::move(message);
  f.explanation = std::move(explanation);
  f.slip = std::move(slip);
  return f;
}

/// A finding on one claim, its span the claim's.
inline Finding make_finding(std::string_view check, Severity severity, const Claim& c,
                            std::string message, std::string explanation, std::string slip = {}) {
  return make_finding(check, severity, {c.id}, c.span, std::move(message), std::move(explanation),
                      std::move(slip));
}

/// The verdict words for the end of an explanation.
inline std::string_view verdict(Fit f) {
  switch (f) {
    case Fit::kConsistent:
      return "consistent";
    case Fit::kByRounding:
      return "consistent only within rounding";
    case Fit::kInconsistent:
      break;
  }
  return "inconsistent";
}

/// The best fit of a computed interval against a stated magnitude over the directions a statement
/// may be read in; `chosen` gets the direction that fits best (the first when none fits).
inline Fit best_reading(const Interval& computed, double point, const Interval& magnitude,
                        const std::vector<Direction>& directions, Direction* chosen) {
  Fit best = Fit::kInconsistent;
  *chosen = directions.front();
  for (Direction d : directions) {
    const Fit f = fit(computed, point, signed_change(magnitude, d));
    if (static_cast<int>(f) < static_cast<int>(best)) {
      best = f;
      *chosen = d;
    }
  }
  return best;
}

/// Whether the text within a few words of a figure calls it a loss or deficit: "from $9.0
/// million of operating loss", "a net loss of $3 million".
inline bool called_a_loss(std::string_view text, const Quantity& q) {
  if (q.span.end > text.size() || q.span.empty()) return false;
  const std::size_t from = q.span.begin > 24 ? q.span.begin - 24 : 0;
  const std::string near = lower(text.substr(from, q.span.end + 32 - from));
  return near.find("loss") != std::string::npos || near.find("deficit") != std::string::npos;
}

/// A stated figure precise enough to name a scale slip: not open-ended ("more than £600" read
/// 1000 times smaller fits almost anything).
inline bool can_name_scale_slip(const Quantity& q) {
  return q.hedge_kind != Hedge::kMoreThan && q.hedge_kind != Hedge::kLessThan;
}

/// Million taken for billion: the same figures with one of them 1000 times too large or small.
inline constexpr double kScaleSlips[] = {1000.0, 0.001};

/// The parts of a date claim; zero means not stated.
struct Parts {
  int year = 0, month = 0, day = 0, quarter = 0, half = 0;
};

/// Digits as a number; -1 when empty or not all digits.
inline int to_int(std::string_view s) {
  int v = 0;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return -1;
    v = v * 10 + (ch - '0');
  }
  return s.empty() ? -1 : v;
}

/// Parts of an ISO 8601 date as the extractor writes them: "2026-04", "2026-04-30", "--05-15",
/// "2026-Q1", "2026-H2", "2026".
inline std::optional<Parts> parse_iso(std::string_view s) {
  Parts p;
  if (s.substr(0, 2) == "--") {
    s.remove_prefix(2);
  } else {
    if (s.size() < 4 || (p.year = to_int(s.substr(0, 4))) < 0) return std::nullopt;
    s.remove_prefix(4);
    if (s.empty()) return p;
    if (s[0] != '-') return std::nullopt;
    s.remove_prefix(1);
    if (!s.empty() && (s[0] == 'Q' || s[0] == 'H')) {
      const int n = to_int(s.substr(1));
      if (n < 0) return std::nullopt;
      (s[0] == 'Q' ? p.quarter : p.half) = n;
      return p;
    }
  }
  const auto dash = s.find('-');
  p.month = to_int(s.substr(0, dash));
  if (p.month < 0) return std::nullopt;
  if (dash != std::string_view::npos) {
    p.day = to_int(s.substr(dash + 1));
    if (p.day < 0) return std::nullopt;
  }
  return p;
}

/// The claims of one sentence. Claims are in text order, so each sentence's claims are one
/// run: a check that walks sentence by sentence stays linear instead of rescanning them all.
inline std::span<const Claim> claims_in_sentence(const Claims& claims, std::size_t sentence) {
  auto by_sentence = [](const Claim& c, std::size_t s) { return c.sentence < s; };
  auto first = std::lower_bound(claims.claims.begin(), claims.claims.end(), sentence, by_sentence);
  auto last = first;
  while (last != claims.claims.end() && last->sentence == sentence) ++last;
  return {first, last};
}

/// The index of the first claim that starts at or after byte `at` (claims are in order of
/// span.begin): a check that looks a few bytes past a figure starts there instead of walking its
/// sentence, so a sentence of many figures stays linear.
inline std::size_t first_claim_from(const Claims& claims, std::size_t at) {
  auto it = std::lower_bound(claims.claims.begin(), claims.claims.end(), at,
                             [](const Claim& c, std::size_t pos) { return c.span.begin < pos; });
  return static_cast<std::size_t>(it - claims.claims.begin());
}

/// The figure written right before a change statement in its sentence, in the unit of its values,
/// when the statement's new value comes after its old one: in "now runs 48 coaches, up from 44 last
/// spring, following the purchase of six electric models" the statement read "six" as its new
/// value, and 48 is the figure the form "X, up from Y" makes the new one; in "revenue of $2.1
/// billion to $2.2 billion, down from a forecast of $2.3 billion to $2.5 billion" it is $2.2
/// billion. A check that finds the statement false only as read, and true with this figure as
/// the new value, has a reading that makes it true: no error. Nullptr when there is none.
inline const Quantity* figure_before(const Claims& claims, const Claim& c) {
  if (!c.old_value || !c.new_value || c.new_value->span.begin < c.old_value->span.begin) {
    return nullptr;
  }
  const Quantity* best = nullptr;
  for (const Claim& o : claims_in_sentence(claims, c.sentence)) {
    if (&o == &c || o.kind == ClaimKind::kDate || o.kind == ClaimKind::kDuration) continue;
    for (const Quantity& q : o.quantities) {
      if (q.span.end > c.span.begin || !same_unit(q.unit, value_unit(c))) continue;
      if (!best || q.span.begin > best->span.begin) best = &q;
    }
  }
  return best;
}

/// A value of a change statement that is one end of a range whose other end belongs to no figure
/// of the statement: in "sees growth of 1.2% to 1.4%, down from its earlier view of 1.5% to 1.8%"
/// read as a change to 1.4% from 1.5%, the old value runs on "to 1.8%". Ranges against ranges
/// cannot be judged end by end, so a check that finds such a statement false stays quiet.
inline bool value_in_range(const Claims& claims, const Claim& c) {
  if (!c.old_value || !c.new_value) return false;
  auto mine = [&](const Quantity& q) {
    if (q.span == c.old_value->span || q.span == c.new_value->span) return true;
    return std::any_of(c.changes.begin(), c.changes.end(),
                       [&](const Quantity& ch) { return ch.span == q.span; });
  };
  // "A to B" or "A-B" between a value and a figure of another claim, in one unit.
  auto joined = [&](const Quantity& a, const Quantity& b) {
    if (a.span.end > b.span.begin || b.span.begin > claims.text.size()) return false;
    std::string_view gap = claims.text.substr(a.span.end, b.span.begin - a.span.end);
    while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
    while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
    return same_unit(a.unit, b.unit) && (gap == "to" || gap == "-" || gap == "\u2013");
  };
  for (const Claim& o : claims_in_sentence(claims, c.sentence)) {
    for (const Quantity& q : o.quantities) {
      if (mine(q)) continue;
      for (const Quantity* v : {&*c.old_value, &*c.new_value}) {
        if (joined(*v, q) || joined(q, *v)) return true;
      }
    }
  }
  return false;
}

}  // namespace factcheck::checks
