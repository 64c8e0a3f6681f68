// checker/checks/part_whole.cpp
//
// Parts against their whole: components larger than a stated total, shares of one whole past
// 100%, and one member's change larger than the change of a whole it belongs to.
//
// 1. A total and its parts in one sentence: "Of its 312 stores, 198 are in England, 71 in
//    Scotland and 52 in Wales"; "$262 million in total: $34 million ..., $88 million ... and
//    $140 million"; "$8 billion, of which $5 billion ... and $4 billion ...". The parts are the
//    figures of the same unit after the total. When even their low ends add up past the total's
//    high end (198 + 71 + 52 = 321 > 312; a count written to the unit, its last digit not zero,
//    is exact, so "won 23, drew 9 and lost 8" of 38 is 40 > 38) it is a warning: the categories
//    might overlap, which only an editor can judge. Parts that add up to the total, or fall short
//    of it, pass.
// 1a. A whole divided into named parts ("Its £84m budget is split between housing (£52m), roads
//    (£19m) and parks (£17m)", lexicon class part-whole-division): the parts are all of it, so a
//    sum short of the whole is a warning too; a bracketed amount after a part's name is the part.
// 1b. A running total after the parts ("... and £16m in the fourth took the year's total to
//    £57m", part-whole-running) is their sum only when they are as many as the periods of a year
//    the sentence names (part-whole-running-period: four quarters, two halves); a short sum is
//    then a warning, as after "for a total of". "A third-quarter profit of £4m took the year's
//    total to £11m" adds to figures the sentence does not give, and is left alone.
// 2. Percentages of one whole in one sentence ("Of net sales, Finland accounted for 44%, Sweden
//    39%, ..."; "wind supplied 46% of the group's output, solar 38% and hydro 24%"), or shares
//    with the same whole words in different sentences of a paragraph ("62% of total inference
//    spend"): a warning when their low ends add up past 100%. Shares of the same value are taken
//    as the same figure restated, not added; a share of 100% is the whole, not a part; and
//    later percentages that make 100% by themselves split a whole of their own.
// 3b. Losses told in words with no change statement ("eight clubs lost a combined £5.3 million;
//    the Hawks' own loss was £6.2 million"): the same warning, from the clause of each amount.
// 3. In one sentence, the change of a whole ("combined", "across the industry", "sector-wide",
//    "in total") and the change of one member ("alone", "own"), in the same direction: a warning
//    when the member's change is larger (£2.3bn against £1.8bn), which is possible only if other
//    members moved the other way.
// Left alone: parts that belong to change statements (their old values are not parts; an outcome
// counted with no values, "won 23, drew 9 and lost 8", is a part), lists
// mixing units, and wholes named in different sentences; a bound or range of a count ("over 65",
// "aged 18 to 64") is never a part; a poll's answers ("45% said ...") are not added, but a source
// named after the last part (", the report said") does not make them answers.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <span>
#include <string>

#include "checker/checks/all.h"
#include "checker/checks/common.h"
#include "checker/interval.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "part-whole";
constexpr std::string_view kSummary =
    "parts against their whole: components larger than a stated total, shares of one whole past "
    "100%, and one member's change larger than the change of a whole it belongs to";

// text.substr that yields "" past the end instead of throwing.
std::string sub(const std::string& text, std::size_t pos, std::size_t n = std::string::npos) {
  return pos <= text.size() ? text.substr(pos, n) : std::string();
}

std::string_view slice(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin >= end || end > text.size()) return {};
  return text.substr(begin, end - begin);
}

// A figure in a sentence with the claim it belongs to.
struct Figure {
  const Claim* claim;
  const Quantity* q;
  bool standalone;  // the claim's only figure, not part of a change statement
};

// For each position in `at` (offsets into `text`, any order), whether more brackets open than
// close before it; one pass over the text.
std::vector<bool> inside_brackets(std::string_view text, const std::vector<std::size_t>& at) {
  std::vector<std::size_t> order(at.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return at[a] < at[b]; });
  std::vector<bool> out(at.size());
  std::ptrdiff_t depth = 0;
  std::size_t pos = 0;
  for (std::size_t i : order) {
    for (; pos < at[i] && pos < text.size(); ++pos) {
      if (text[pos] == '(') ++depth;
      if (text[pos] == ')') --depth;
    }
    out[i] = depth > 0;
  }
  return out;
}

// `named_brackets`: keep a bracketed figure that words name ("roads (£19m)"), for a whole divided
// into named parts; elsewhere such a figure may be a part of a part.
std::vector<Figure> figures_of(const Claims& claims, std::size_t sentence,
                               bool named_brackets = false) {
  std::vector<Figure> out;
  const ByteSpan span = claims.sentences[sentence].span;
  // Where each figure of the sentence starts, to count the brackets open before it in one pass.
  std::vector<std::size_t> starts;
  for (const Claim& c : claims_in_sentence(claims, sentence)) {
    if (c.sentence != sentence || c.kind == ClaimKind::kDate || c.kind == ClaimKind::kDuration) {
      continue;
    }
    for (const Quantity& q : c.quantities) {
      if (span.contains(q.span)) starts.push_back(q.span.begin - span.begin);
    }
  }
  const std::vector<bool> bracketed =
      inside_brackets(slice(claims.text, span.begin, span.end), starts);
  std::size_t next = 0;  // index into starts and bracketed
  // The ends of the sentence's figures, in order, for a bracket after a name (below).
  std::vector<std::size_t> ends;
  for (const Claim& c : claims_in_sentence(claims, sentence)) {
    for (const Quantity& q : c.quantities) {
      if (span.contains(q.span)) ends.push_back(q.span.end - span.begin);
    }
  }
  std::sort(ends.begin(), ends.end());
  const std::string_view text = slice(claims.text, span.begin, span.end);
  // Whether words stand between the bracket opened before `q` and the figure before that.
  auto named_before = [&](const Quantity& q) {
    const std::size_t open = text.rfind('(', q.span.begin - span.begin);
    if (open == std::string_view::npos) return false;
    const auto prev = std::upper_bound(ends.begin(), ends.end(), open);
    const std::size_t from = prev == ends.begin() ? 0 : *std::prev(prev);
    const std::string_view gap = text.substr(from, open - from);
    return std::any_of(gap.begin(), gap.end(),
                       [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; });
  };
  for (const Claim& c : claims_in_sentence(claims, sentence)) {
    if (c.sentence != sentence || c.kind == ClaimKind::kDate || c.kind == ClaimKind::kDuration) {
      continue;
    }
    const bool alone =
        c.quantities.size() == 1 && (c.kind == ClaimKind::kMoney || c.kind == ClaimKind::kCount ||
                                     c.kind == ClaimKind::kNumber ||
                                     c.kind == ClaimKind::kPercent || c.kind == ClaimKind::kShare);
    for (const Quantity& q : c.quantities) {
      if (!span.contains(q.span)) continue;
      // A figure in brackets restates or converts the one before it: "40% (39.9%)",
      // "($10.2bn; £5.5bn)". It is not another part, unless words name it between that figure and
      // the bracket and the whole is divided into named parts: "split between housing (£52m),
      // roads (£19m) and parks (£17m)".
      if (bracketed[next++] && !(named_brackets && named_before(q))) continue;
      out.push_back({&c, &q, alone});
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Figure& a, const Figure& b) { return a.q->span.begin < b.q->span.begin; });
  return out;
}

bool same_unit(const Quantity& a, const Quantity& b) {
  auto norm = [](std::string_view u) { return u.empty() ? std::string_view("count") : u; };
  return norm(a.unit) == norm(b.unit);
}

// An amount for a message; counts as whole numbers with thousands commas ("3,000"), since
// format_amount shows them with a decimal.
std::string show(double v, std::string_view unit) {
  if (!(unit.empty() || unit == "count") || std::fabs(v) >= 1e15) return format_amount(v, unit);
  if (std::fabs(v) < 100) return format_number(v);
  std::string digits = std::to_string(static_cast<long long>(std::llround(std::fabs(v))));
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(i, ",");
  return (v < 0 ? "\u2212" : "") + digits;
}

std::string show_range(const Interval& i, std::string_view unit) {
  if (!(unit.empty() || unit == "count") || !i.bounded()) return format_range(i, unit);
  return show(i.low, unit) + " to " + show(i.high, unit);
}

Interval sum(const std::vector<const Figure*>& parts) {
  Interval s{0, 0};
  for (const Figure* f : parts) s = s + count_exact_interval(*f->q);
  return s;
}

std::string plus_list(const std::vector<const Figure*>& parts, bool low) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const Interval v = count_exact_interval(*parts[i]->q);
    out += (i ? " + " : "") + show(low ? v.low : parts[i]->q->value, parts[i]->q->unit);
  }
  return out;
}

ByteSpan hull_of(const std::vector<const Figure*>& fs) {
  ByteSpan s{fs.front()->claim->span.begin, fs.front()->claim->span.end};
  for (const Figure* f : fs) {
    s.begin = std::min(s.begin, f->claim->span.begin);
    s.end = std::max(s.end, f->claim->span.end);
  }
  return s;
}

std::vector<std::string> ids_of(const std::vector<const Figure*>& fs) {
  std::vector<std::string> out;
  for (const Figure* f : fs) {
    if (std::find(out.begin(), out.end(), f->claim->id) == out.end()) out.push_back(f->claim->id);
  }
  return out;
}

Finding make(Severity s, std::vector<std::string> ids, ByteSpan span, std::string message,
             std::string explanation) {
  return make_finding(kId, s, std::move(ids), span, std::move(message), std::move(explanation));
}

// Where the whole is named: after "Of" opening the sentence or a clause ("Of its 312 stores,",
// ", of the €553m of EBITDA,"), or before "in total" / "of which". Returns the byte where the
// Whether two sentences name different years ("lost £4 million in 2025" ... "lost £6 million in
// 2023"): two periods, not one group and its member.
bool different_years(const Claims& claims, std::size_t a, std::size_t b) {
  if (a == b) return false;
  auto years = [&](std::size_t s) {
    std::vector<int> out;
    for (const Claim& c : claims_in_sentence(claims, s)) {
      if (c.kind == ClaimKind::kDate && c.year != 0 && c.sentence == s) out.push_back(c.year);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  const std::vector<int> ya = years(a);
  const std::vector<int> yb = years(b);
  return !ya.empty() && !yb.empty() && ya != yb;
}

// Whether a change statement's figure is one more outcome of a list of counts: "Rovers won 23,
// drew 9 and lost 8", a count whose statement has no values and no metric and whose direction
// word is an outcome (lexicon class part-whole-outcome).
bool counted_outcome(const Figure& f) {
  const Claim& c = *f.claim;
  return c.kind == ClaimKind::kDifference && c.quantities.size() == 1 && c.changes.size() == 1 &&
         c.changes.front().span == f.q->span && !c.old_value && !c.new_value && c.metric.empty() &&
         (f.q->unit.empty() || f.q->unit == "count") &&
         lexicon::find("part-whole-outcome", c.direction_word) != nullptr;
}

// Whether a figure is followed by "of" and another figure of the sentence, past "the", "its" or
// "their" at most: "19 of 38", "9 of the 17".
bool of_a_figure(std::string_view text, const Figure& f, const std::vector<Figure>& figs) {
  const std::size_t from = f.q->span.end;
  for (const Figure& g : figs) {
    if (g.q->span.begin <= from || g.q->span.begin - from > 16) continue;
    const std::string gap = lower(slice(text, from, g.q->span.begin));
    std::size_t at = 0, words = 0;
    bool ok = true;
    while ((at = gap.find_first_not_of(' ', at)) != std::string::npos) {
      const std::size_t end = std::min(gap.find(' ', at), gap.size());
      const std::string word = gap.substr(at, end - at);
      ok = ok && (words == 0 ? lexicon::find("ratio-of", word) != nullptr
                             : lexicon::find("lead-definite", word) != nullptr);
      ++words;
      at = end;
    }
    return ok && words >= 1;
  }
  return false;
}

// Whether a running total's words (part-whole-running) end right before `at` in a lower-cased
// sentence: "took the year's total to ".
bool running_total_before(std::string_view text, std::size_t at) {
  const std::string_view head = text.substr(0, at);
  for (const lexicon::Entry& e : lexicon::entries("part-whole-running")) {
    const std::string_view w = e.word;
    if (head.size() > w.size() + 1 && head.ends_with(' ') &&
        head.substr(head.size() - w.size() - 1, w.size()) == w &&
        head[head.size() - w.size() - 2] == ' ') {
      return true;
    }
  }
  return false;
}

// How many periods make the year a sentence divides (part-whole-running-period: "quarter" 4,
// "half" 2), found as a word or a hyphenated word's end ("fourth-quarter"); 0 for none or two
// kinds.
std::size_t periods_named(std::string_view text) {
  std::size_t periods = 0;
  for (const lexicon::Entry& e : lexicon::entries("part-whole-running-period")) {
    const std::string_view w = e.word;
    for (std::size_t at = text.find(w); at != std::string_view::npos; at = text.find(w, at + 1)) {
      const bool starts = at == 0 || text[at - 1] == ' ' || text[at - 1] == '-';
      const std::size_t end = at + w.size();
      const bool ends = end == text.size() || !std::isalpha(static_cast<unsigned char>(text[end]));
      if (!starts || !ends) continue;
      const auto n = static_cast<std::size_t>(lexicon::number(e.value));
      if (periods != 0 && periods != n) return 0;
      periods = n;
      break;
    }
  }
  return periods;
}

// parts begin and, when the whole is a figure, that figure's index.
struct Whole {
  std::size_t parts_from = 0;
  std::size_t parts_to = std::string::npos;  // the parts end here: "A, B and C, for a total of T"
  std::optional<std::size_t> figure;         // index into the sentence's figures
  bool divided = false;  // divided into named parts: "split between A (45%), B (30%) and C (25%)"
  bool covers = true;    // the parts are told as all of it, so parts short of it are a slip
};

std::optional<Whole> find_whole(const Claims& claims, const Sentence& s,
                                const std::vector<Figure>& figs) {
  const std::string text = lower(slice(claims.text, s.span.begin, s.span.end));
  if (text.rfind("of course", 0) == 0) return std::nullopt;
  // "Of ..., " at the start of the sentence or after a comma.
  std::size_t of = std::string::npos;
  if (text.rfind("of ", 0) == 0) {
    of = 0;
  } else if (auto at = text.find(", of the "); at != std::string::npos) {
    of = at + 2;
  } else if (auto at2 = text.find(", of its "); at2 != std::string::npos) {
    of = at2 + 2;
  }
  if (of != std::string::npos && text.find(" of which", of) != of + 2) {
    const std::size_t comma = text.find(',', of + 3);
    if (comma != std::string::npos) {
      Whole w;
      w.parts_from = s.span.begin + comma;
      for (std::size_t i = 0; i < figs.size(); ++i) {
        const std::size_t at = figs[i].q->span.begin;
        if (at > s.span.begin + of && at < w.parts_from) {
          if (w.figure) return std::nullopt;  // two figures in the whole: unclear
          w.figure = i;
        }
      }
      return w;
    }
  }
  // "T in total:" / "T in total, of which" / "a total of T," / "T, of which".
  for (std::size_t i = 0; i < figs.size(); ++i) {
    const std::size_t end = figs[i].q->span.end - s.span.begin;
    const std::size_t begin = figs[i].q->span.begin - s.span.begin;
    const std::string after = sub(text, end, 24);
    const std::string before = sub(text, begin >= 12 ? begin - 12 : 0, begin >= 12 ? 12 : begin);
    const bool total = after.rfind(" in total:", 0) == 0 ||
                       after.rfind(" in total, of which", 0) == 0 ||
                       after.rfind(", of which", 0) == 0 ||
                       (before.size() >= 11 && before.substr(before.size() - 11) == "a total of " &&
                        (after.rfind(":", 0) == 0 || after.rfind(", of which", 0) == 0));
    if (total) {
      Whole w;
      w.figure = i;
      w.parts_from = figs[i].q->span.end;
      return w;
    }
    // "A, B and C, for a total of T" / "..., totalling T": the parts come before the total
    // (the extractor's Claim::lead, from lexicon/checks.tsv's "lead-total").
    const Claim& c = *figs[i].claim;
    // "18 ferries can each take 320 passengers, a combined 5,760": a word of rate-each before the
    // total makes the figures a count and each item's figure, rate's to multiply, not parts.
    if (i >= 2 && c.lead == Lead::kTotal && !c.quantities.empty() &&
        c.quantities.front().span == figs[i].q->span &&
        !mentions(lower(text.substr(0, begin)), "rate-each")) {
      Whole w;
      w.figure = i;
      w.parts_from = s.span.begin;
      w.parts_to = figs[i].q->span.begin;
      return w;
    }
    // "£12m in the first quarter, ... and £16m in the fourth took the year's total to £57m": a
    // running total (part-whole-running right before it) is the sum of the figures before it only
    // when they are as many as the periods of a year the sentence names (part-whole-running-period:
    // four quarters, two halves); "A third-quarter profit of £4m took the year's total to £11m"
    // adds to figures the sentence does not give, and is left alone.
    if (i >= 2 && running_total_before(text, begin) && periods_named(text) == i) {
      Whole w;
      w.figure = i;
      w.parts_from = s.span.begin;
      w.parts_to = figs[i].q->span.begin;
      return w;
    }
  }
  return std::nullopt;
}

// Where words that divide a figure (part-whole-division) stand in a sentence's bytes, any case,
// a space either side: their first byte and their length. Read in place, as most sentences have
// none.
std::optional<std::pair<std::size_t, std::size_t>> division_at(std::string_view text) {
  auto lower_byte = [](char ch) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  };
  for (const lexicon::Entry& e : lexicon::entries("part-whole-division")) {
    const std::string_view w = e.word;
    for (std::size_t at = 1; at + w.size() < text.size(); ++at) {
      if (text[at - 1] != ' ' || text[at + w.size()] != ' ') continue;
      std::size_t k = 0;
      while (k < w.size() && lower_byte(text[at + k]) == w[k]) ++k;
      if (k == w.size()) return std::make_pair(at, w.size());
    }
  }
  return std::nullopt;
}

// "Its £84m budget is split between housing (£52m), roads (£19m) and parks (£17m)": the one
// figure of the clause before words that divide it (`division`, from division_at) is the whole,
// and the figures after them are all its parts.
std::optional<Whole> find_division(const Claims& claims, const Sentence& s,
                                   const std::vector<Figure>& figs,
                                   std::pair<std::size_t, std::size_t> division) {
  const std::string_view text = slice(claims.text, s.span.begin, s.span.end);
  const auto [at, size] = division;
  // The clause starts after the last comma, semicolon or colon before the division words; a
  // comma between digits groups them ("2,400 seats") and starts nothing.
  std::size_t clause = text.find_last_of(",;:", at);
  while (clause != std::string_view::npos && clause > 0 && clause + 1 < text.size() &&
         std::isdigit(static_cast<unsigned char>(text[clause - 1])) &&
         std::isdigit(static_cast<unsigned char>(text[clause + 1]))) {
    clause = text.find_last_of(",;:", clause - 1);
  }
  const std::size_t from = clause == std::string_view::npos ? 0 : clause + 1;
  Whole w;
  for (std::size_t i = 0; i < figs.size(); ++i) {
    const std::size_t begin = figs[i].q->span.begin - s.span.begin;
    if (begin < from || begin >= at) continue;
    if (w.figure) return std::nullopt;  // two figures before the division: unclear
    w.figure = i;
  }
  if (!w.figure) return std::nullopt;
  // The list of parts opens right after the division words: in "financed by loans, with Barclays
  // ($1.2bn) and HSBC ($0.9bn) among the lenders" the figures are some lenders, not the parts.
  const auto first = std::find_if(figs.begin(), figs.end(), [&](const Figure& f) {
    return f.q->span.begin - s.span.begin > at + size;
  });
  if (first == figs.end()) return std::nullopt;
  const std::size_t open = first->q->span.begin - s.span.begin;
  if (text.substr(at + size, open - at - size).find_first_of(",;:") != std::string_view::npos) {
    return std::nullopt;
  }
  // A clause after the last part (", with the rest from fares", ", among other sectors") may
  // name more of the whole: parts short of it are then no slip.
  const std::size_t last_end = figs.back().q->span.end - s.span.begin;
  const std::size_t close = text.find(')', last_end);
  const std::size_t tail = close == std::string_view::npos ? last_end : close + 1;
  const std::size_t comma = text.find_first_of(",;", tail);
  w.covers = comma == std::string_view::npos ||
             std::none_of(text.begin() + static_cast<std::ptrdiff_t>(comma), text.end(),
                          [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); });
  w.parts_from = s.span.begin + at + size;
  w.parts_to = s.span.end;
  w.divided = true;
  return w;
}

// The direction a figure states as the change of its claim: "fell by £1.8bn" is a change
// statement whose stated change is £1.8bn, in its direction (Claim::changes, Claim::direction).
enum class Dir { kNone, kUp, kDown };

Dir stated_direction(const Figure& f) {
  const Claim& c = *f.claim;
  if (c.direction == Direction::kNone || c.comparison) return Dir::kNone;
  const bool change = std::any_of(c.changes.begin(), c.changes.end(),
                                  [&](const Quantity& q) { return q.span == f.q->span; });
  if (!change) return Dir::kNone;
  return c.direction == Direction::kIncrease ? Dir::kUp : Dir::kDown;
}

std::string normal_whole(std::string w) {
  w = lower(w);
  for (std::string_view lead : {"the ", "its ", "their ", "all "}) {
    if (w.rfind(lead, 0) == 0) w.erase(0, lead.size());
  }
  while (!w.empty() && (w.back() == '.' || w.back() == ' ')) w.pop_back();
  return w;
}

// Answers to a poll overlap ("Of those polled, 45% said ... and 60% said ..."): a poll's words
// up to the last part. An attribution after it (", the report said", ", according to a
// survey") tells where the figures come from, not that they are answers.
bool answers_of_a_poll(std::string_view text, const Sentence& s,
                       const std::vector<const Figure*>& parts) {
  std::size_t end = s.span.begin;
  for (const Figure* f : parts) end = std::max(end, f->q->span.end);
  return mentions(lower(slice(text, s.span.begin, end)), "part-whole-survey");
}

class PartWholeCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override { return kSummary; }
  CheckDoc doc() const override {
    return {.what =
                "Parts against their whole: components that add up past a stated total (\"Of its "
                "312 stores, 198 are in England, 71 in Scotland and 52 in Wales\"), shares of one "
                "whole past 100%, and one member's change larger than the change of a whole it "
                "belongs to, in change statements or in words (\"lost a combined £5.3 million; the "
                "Hawks' own loss was £6.2 million\"); a poll's answers past 100% when a "
                "rest-of-scale answer (\"had no "
                "view\", \"never\") makes them one question's; and a count written as all of "
                "what it counts (\"the 1,920 women in the trial\") against the share that names "
                "it a few sentences before, of the count before that share. A whole divided into "
                "named parts (\"the \u00a390m fund is split between roads "
                "(\u00a350m), schools (\u00a325m) and parks (\u00a315m)\") must equal their sum, "
                "and so must a year's four quarters before a running total (\"... and \u00a316m in "
                "the fourth took the year's total to \u00a357m\"). "
                "These are "
                "warnings: categories can overlap, which only an editor can judge. Parts that add "
                "up to the "
                "whole or fall short of it pass.",
            .leaves_alone =
                "Parts that belong to change statements (an outcome counted with no values, \"won "
                "23, drew 9 and lost 8\", is a part); a part told with a whole of its own (\"19 of "
                "38\"); lists mixing units; wholes named in "
                "different sentences; a poll's answers with no rest-of-scale answer among them, "
                "which may overlap.",
            .passes = "Of its 312 stores, 198 are in England, 71 in Scotland and 43 in Wales.",
            .fails = "Of its 312 stores, 198 are in England, 71 in Scotland and 52 in Wales."};
  }
  Severity default_severity() const override { return Severity::kWarning; }

  void run(const Claims& claims, FindingSink& out) const override {
    const std::vector<std::size_t> judged = member_and_group(claims, out);
    losses_in_words(claims, judged, out);
    for (std::size_t s = 0; s < claims.sentences.size(); ++s) {
      const std::vector<Figure> figs = figures_of(claims, s);
      if (figs.empty()) continue;
      // One figure outside brackets may be a whole whose parts are bracketed after their names.
      const bool parts = parts_of_total(claims, s, figs, out);
      if (figs.size() < 2) continue;
      if (!parts && !percents_of_one_whole(claims, claims.sentences[s], figs, out)) {
        exclusive_answers(claims, claims.sentences[s], figs, out);
      }
      if (!std::binary_search(judged.begin(), judged.end(), s)) {
        member_and_whole(claims, claims.sentences[s], figs, out);
      }
    }
    shares_across_sentences(claims, out);
    counts_of_shares(claims, out);
    answers_on_lines(claims, out);
    remaining_shares(claims, out);
  }

 private:
  // Components against a stated total, or percentages after "Of <whole>,". True when judged.
  static bool parts_of_total(const Claims& claims, std::size_t sentence,
                             const std::vector<Figure>& found, FindingSink& out) {
    const Sentence& s = claims.sentences[sentence];
    auto whole = found.size() >= 2 ? find_whole(claims, s, found) : std::nullopt;
    // A whole divided into named parts takes bracketed figures after their names.
    std::vector<Figure> named;
    if (!whole) {
      if (const auto division = division_at(slice(claims.text, s.span.begin, s.span.end))) {
        named = figures_of(claims, sentence, true);
        whole = find_division(claims, s, named, *division);
      }
    }
    if (!whole) return false;
    const std::vector<Figure>& figs = named.empty() ? found : named;
    const Quantity* total = whole->figure ? figs[*whole->figure].q : nullptr;
    // A year read as a figure ("Of 2003, ...") is not a total.
    if (total && (total->unit.empty() || total->unit == "count") && total->value >= 1900 &&
        total->value <= 2100 && total->value == std::floor(total->value) &&
        total->text.find(',') == std::string::npos) {
      return false;
    }
    // The parts: figures of the total's unit or, when there are none, percentages of it ("Of the
    // museum's 3.6 million visitors, 58% were local, ..."), whose whole is then 100%.
    auto parts_in = [&](bool percent, std::vector<const Figure*>& parts) {
      for (const Figure& f : figs) {
        if (f.q->span.begin < whole->parts_from || f.q->span.begin >= whole->parts_to) continue;
        if (&f == (whole->figure ? &figs[*whole->figure] : nullptr)) continue;
        const bool unit_ok = percent ? f.q->unit == "%" : same_unit(*f.q, *total);
        if (!unit_ok) continue;
        // A bound or a range of a count ("46% were over 65, 38% aged 18 to 64") is an age or a
        // threshold, not an amount of the whole.
        if (!percent && (f.q->is_range || f.q->hedge_kind == Hedge::kMoreThan ||
                         f.q->hedge_kind == Hedge::kLessThan)) {
          continue;
        }
        // A change statement among the parts: not a list, unless it is an outcome counted
        // ("won 23, drew 9 and lost 8": "lost 8" states no values and no metric).
        // ("...; the reserves drew 7 and lost 9" after a semicolon is another subject's.)
        if (!f.standalone && (!counted_outcome(f) ||
                              slice(claims.text, whole->parts_from, f.q->span.begin).find(';') !=
                                  std::string_view::npos)) {
          return false;
        }
        // "against 19 of 38 last year": a part told with a whole of its own is another share,
        // not a list of this whole's parts.
        if (of_a_figure(claims.text, f, figs)) return false;
        parts.push_back(&f);
      }
      return true;
    };
    std::vector<const Figure*> parts;
    bool percent = !total;
    if (!parts_in(percent, parts)) return false;
    // Shares of a whole divided into named parts are all of it: "the €2.4bn cost was split between
    // the EU (45%), the state (30%) and banks (25%)".
    if (parts.size() < 2 && total && total->unit != "%" &&
        (whole->parts_to == std::string::npos || whole->divided)) {
      parts.clear();
      percent = true;
      if (!parts_in(percent, parts)) return false;
    }
    if (parts.size() < 2) return false;
    // Answers to a survey overlap: "Of those polled, 45% said ... and 60% said ...".
    if (percent && answers_of_a_poll(claims.text, s, parts)) {
      return false;
    }
    const Interval got = sum(parts);
    const Interval cap = !percent ? count_exact_interval(*total) : Interval{100, 100};
    const std::string unit(!percent ? total->unit.code() : "%");
    const std::string whole_text = !percent ? std::string(total->text)
                                   : total  ? "100% of " + total->text
                                            : "100%";
    std::vector<const Figure*> all = parts;
    if (whole->figure) all.insert(all.begin(), &figs[*whole->figure]);
    const std::string sum_text = plus_list(parts, false) + " = " + show(got.mid(), unit) + " (" +
                                 show_range(got, unit) + " over the written precision)";
    if (got.low > cap.high) {
      out.add(make(Severity::kWarning, ids_of(all), hull_of(all),
                   "parts add up to " + show(got.mid(), unit) + ", more than the " + whole_text +
                       " they belong to",
                   sum_text + "; even the low ends add up to " + show(got.low, unit) + ", past " +
                       show_range(cap, unit) +
                       ": the parts cannot all belong to the whole unless they overlap, which "
                       "an editor must judge"));
    } else if (got.high < cap.low && whole->parts_to != std::string::npos && whole->covers) {
      out.add(make(Severity::kWarning, ids_of(all), hull_of(all),
                   "parts add up to " + show(got.mid(), unit) + ", less than the total of " +
                       whole_text + " they are said to make",
                   sum_text + "; even the high ends add up to only " + show(got.high, unit) +
                       ", short of " + show_range(cap, unit) +
                       ": the total is given as the sum of these parts, unless some part is not "
                       "named, which an editor must judge"));
    } else if (got.high >= cap.low) {
      out.add(make(Severity::kPass, ids_of(all), hull_of(all),
                   "parts add up to the " + whole_text + " they belong to",
                   sum_text + " against " + show_range(cap, unit) + ": consistent"));
    } else {
      out.add(make(Severity::kPass, ids_of(all), hull_of(all),
                   "parts add up to less than the " + whole_text + " they belong to",
                   sum_text + " against " + show_range(cap, unit) +
                       ": the parts named need not cover the whole: consistent"));
    }
    return true;
  }

  // "wind supplied 46% of the group's output, solar 38% and hydro 24%". True when judged.
  static bool percents_of_one_whole(const Claims& claims, const Sentence& s,
                                    const std::vector<Figure>& figs, FindingSink& out) {
    for (std::size_t i = 0; i < figs.size(); ++i) {
      const Figure& first = figs[i];
      if (first.q->unit != "%" || !first.standalone) continue;
      const std::string after = lower(slice(claims.text, first.q->span.end, first.q->span.end + 4));
      if (after != " of ") continue;
      std::vector<const Figure*> parts{&first};
      bool clean = true;
      for (std::size_t j = i + 1; j < figs.size(); ++j) {
        if (figs[j].q->unit != "%") continue;
        if (!figs[j].standalone) clean = false;
        // A later percent of its own whole is not a share of this one.
        if (lower(slice(claims.text, figs[j].q->span.end, figs[j].q->span.end + 4)) == " of ") {
          clean = false;
        }
        parts.push_back(&figs[j]);
      }
      if (!clean || parts.size() < 3) return false;
      // Later percentages that add up to 100% by themselves split a whole of their own ("owned
      // by Lanebrook, whose owners are A 50% and B 50%"), not the first one's.
      const std::vector<const Figure*> later(parts.begin() + 1, parts.end());
      if (sum(later).contains(100)) return false;
      if (answers_of_a_poll(claims.text, s, parts)) return false;
      add_percents(parts, "shares of one whole",
                   ": past 100% unless the shares overlap, which an editor must judge", out);
      return true;
    }
    return false;
  }

  // A poll's answers to one question, told as "61% said ..., 27% said ... and 19% said they
  // never did": a rest-of-scale answer among them ("had no view", "undecided", lexicon class
  // part-whole-exclusive; "never" as the last, part-whole-exclusive-last) makes them one
  // question's exclusive options, which add up to at most 100%. Without one, answers may overlap
  // ("64% said prices were too high and 58% said service was poor") and are left alone. The
  // answers are the sentence's lone percentages (no change, range or share of a whole of its own
  // among them); a warning past 100%.
  static void exclusive_answers(const Claims& claims, const Sentence& s,
                                const std::vector<Figure>& figs, FindingSink& out) {
    std::vector<const Figure*> parts;
    for (const Figure& f : figs) {
      if (f.q->unit != "%") continue;
      if (!f.standalone || f.q->is_range || f.q->hedge_kind != Hedge::kNone) return;
      // The first answer may name the whole they split ("52% of walkers said ..."); a later one
      // that names its own is of another whole.
      const bool of = lower(slice(claims.text, f.q->span.end, f.q->span.end + 4)) == " of ";
      if (of && !parts.empty()) return;
      parts.push_back(&f);
    }
    if (parts.size() < 2 || !answers_of_a_poll(claims.text, s, parts)) return;
    const std::string answers = lower(slice(claims.text, parts.front()->q->span.end, s.span.end));
    const std::string last = lower(slice(claims.text, parts.back()->q->span.end, s.span.end));
    if (!mentions(answers, "part-whole-exclusive") &&
        !mentions(last, "part-whole-exclusive-last")) {
      return;
    }
    add_percents(parts, "answers to one question",
                 ", and a rest-of-scale answer among them makes them one question's exclusive "
                 "options, unless respondents could give more than one answer, which an editor "
                 "must judge",
                 out);
  }

  // Percentages of one whole added: a warning when even their low ends pass 100% (`what` names
  // them, `unless` ends the warning's explanation), else a pass.
  static void add_percents(const std::vector<const Figure*>& parts, const std::string& what,
                           const std::string& unless, FindingSink& out) {
    const Interval got = sum(parts);
    const std::string sum_text = plus_list(parts, false) + " = " + format_percent(got.mid()) +
                                 " (" + format_range(got, "%") + " over the written precision)";
    if (got.low > 100) {
      out.add(make(Severity::kWarning, ids_of(parts), hull_of(parts),
                   what + " add up to " + format_percent(got.mid()) + ", past 100%",
                   sum_text + "; even the low ends add up to " + format_percent(got.low) + unless));
    } else {
      out.add(make(Severity::kPass, ids_of(parts), hull_of(parts),
                   what + " add up to " + format_percent(got.mid()),
                   sum_text + ", within 100%: consistent"));
    }
  }

  // "Combined funding fell by $1.2 billion, while Orlane's alone fell by $1.9 billion".
  static void member_and_whole(const Claims& claims, const Sentence& s,
                               const std::vector<Figure>& figs, FindingSink& out) {
    static constexpr std::string_view kMember[] = {" alone ", " own ", " by itself", " on its own"};
    const std::string text = lower(slice(claims.text, s.span.begin, s.span.end));
    for (std::size_t w = 0; w < figs.size(); ++w) {
      const Dir dw = stated_direction(figs[w]);
      if (dw == Dir::kNone || !is_currency(figs[w].q->unit)) continue;
      // The whole's scope word comes before its figure, in the same clause.
      const std::size_t at = figs[w].q->span.begin - s.span.begin;
      const std::size_t clause = text.rfind(", while", at);
      const std::string lead = sub(text, clause == std::string::npos ? 0 : clause,
                                   at - (clause == std::string::npos ? 0 : clause));
      if (!mentions(lead, "part-whole-scope")) continue;
      for (std::size_t m = 0; m < figs.size(); ++m) {
        if (m == w || figs[m].q->unit != figs[w].q->unit) continue;
        if (stated_direction(figs[m]) != dw) continue;
        // The member's own word sits between the whole's figure and the member's.
        const std::size_t lo = std::min(figs[w].q->span.end, figs[m].q->span.end) - s.span.begin;
        const std::size_t hi =
            std::max(figs[w].q->span.begin, figs[m].q->span.begin) - s.span.begin;
        const std::string between = sub(text, lo, hi > lo ? hi - lo : 0);
        const std::string near_member = sub(
            text,
            figs[m].q->span.begin - s.span.begin >= 60 ? figs[m].q->span.begin - s.span.begin - 60
                                                       : 0,
            std::min<std::size_t>(60, figs[m].q->span.begin - s.span.begin));
        const bool member =
            std::any_of(std::begin(kMember), std::end(kMember), [&](std::string_view k) {
              return near_member.find(k) != std::string::npos &&
                     (m > w ? between.find(k) != std::string::npos : true);
            });
        if (!member) continue;
        const Interval whole = interval_of(*figs[w].q);
        const Interval part = interval_of(*figs[m].q);
        const std::string verb = dw == Dir::kUp ? "rise" : "fall";
        const std::vector<const Figure*> both{&figs[w], &figs[m]};
        if (part.low > whole.high) {
          out.add(make(Severity::kWarning, ids_of(both), hull_of(both),
                       "one member's " + verb + " (" + figs[m].q->text + ") is larger than the " +
                           verb + " of the whole (" + figs[w].q->text + ")",
                       "the member's " + verb + " is " + format_range(part, figs[m].q->unit) +
                           ", the whole's " + format_range(whole, figs[w].q->unit) +
                           ": possible only if other members moved the other way, or the scopes "
                           "differ; an editor must judge"));
        } else {
          out.add(make(Severity::kPass, ids_of(both), hull_of(both),
                       "one member's " + verb + " (" + figs[m].q->text + ") is within the " + verb +
                           " of the whole (" + figs[w].q->text + ")",
                       "the member's " + verb + " is " + format_range(part, figs[m].q->unit) +
                           ", the whole's " + format_range(whole, figs[w].q->unit) +
                           ": consistent"));
        }
        return;
      }
    }
  }

  // "Brennan Motors alone lost $52 million; the five listed carmakers together lost $38
  // million": two change statements of one direction and currency, in one sentence or the next
  // of a paragraph, one whose metric names a member ("alone", "on its own") and one whose metric
  // names the group ("together", "combined"). Returns the sentences judged, sorted.
  static std::vector<std::size_t> member_and_group(const Claims& claims, FindingSink& out) {
    static constexpr std::string_view kMember[] = {"alone", " own", "by itself", "on its own",
                                                   "single-handedly"};
    static constexpr std::string_view kGroup[] = {
        "together", "combined", "collectively", "between them", "in total", "as a whole",
        "all ",     "industry", "sector",       "market-wide",  "overall",  "altogether"};
    auto names = [](const Claim& c, std::span<const std::string_view> words) {
      const std::string m = " " + lower(c.metric) + " ";
      return std::any_of(words.begin(), words.end(),
                         [&](std::string_view w) { return m.find(w) != std::string::npos; });
    };
    // The stated change of a statement without values, an amount or a count ("cut 900 jobs").
    auto change_of = [](const Claim& c) -> const Quantity* {
      if (c.changes.size() != 1 || c.direction == Direction::kNone || c.comparison) return nullptr;
      const Quantity& q = c.changes.front();
      return is_currency(q.unit) || q.unit == "count" || q.unit.empty() ? &q : nullptr;
    };
    std::vector<std::size_t> judged;
    for (std::size_t i = 0; i < claims.claims.size(); ++i) {
      const Claim& a = claims.claims[i];
      const Quantity* qa = change_of(a);
      if (!qa) continue;
      // Its neighbours within the next sentence.
      for (std::size_t j = i + 1; j < claims.claims.size(); ++j) {
        const Claim& b = claims.claims[j];
        if (b.sentence > a.sentence + 1) break;
        const Quantity* qb = change_of(b);
        if (!qb || !same_unit(*qb, *qa) || b.direction != a.direction) continue;
        if (claims.sentences[a.sentence].paragraph != claims.sentences[b.sentence].paragraph) break;
        const bool a_member = names(a, kMember) && !names(a, kGroup);
        const bool b_member = names(b, kMember) && !names(b, kGroup);
        const bool a_group = names(a, kGroup) && !a_member;
        const bool b_group = names(b, kGroup) && !b_member;
        if (!((a_member && b_group) || (a_group && b_member))) continue;
        if (different_years(claims, a.sentence, b.sentence)) continue;
        const Claim& member = a_member ? a : b;
        const Claim& group = a_member ? b : a;
        const Quantity& qm = a_member ? *qa : *qb;
        const Quantity& qg = a_member ? *qb : *qa;
        const Interval part = interval_of(qm);
        const Interval whole = interval_of(qg);
        const std::string verb = std::string(direction_noun(a.direction));
        // One sentence: both statements; two: the later one, which the earlier qualifies.
        const ByteSpan span =
            a.sentence == b.sentence
                ? ByteSpan{std::min(a.span.begin, b.span.begin), std::max(a.span.end, b.span.end)}
                : b.span;
        const std::string why = "\"" + member.metric + "\" names one member and \"" + group.metric +
                                "\" the group it belongs to; the member's " + verb + " is " +
                                format_range(part, qm.unit) + ", the group's " +
                                format_range(whole, qg.unit);
        if (part.low > whole.high) {
          out.add(make(Severity::kWarning, {member.id, group.id}, span,
                       "one member's " + verb + " (" + qm.text + ") is larger than the " + verb +
                           " of its group (" + qg.text + ")",
                       why + ": possible only if other members moved the other way, or the scopes "
                             "differ; an editor must judge"));
        } else {
          out.add(make(Severity::kPass, {member.id, group.id}, span,
                       "one member's " + verb + " (" + qm.text + ") is within the " + verb +
                           " of its group (" + qg.text + ")",
                       why + ": consistent"));
        }
        judged.push_back(a.sentence);
        judged.push_back(b.sentence);
        break;
      }
    }
    std::sort(judged.begin(), judged.end());
    return judged;
  }

  // "The league's eight clubs lost a combined £5.3 million; the Hawks' own loss was £6.2
  // million": losses told in words the extractor makes no change statement of. An amount whose
  // clause, up to it, names a loss (lexicon class part-whole-loss: "lost", "loss", "losing") and
  // a group (part-whole-group: "combined", "together"; or right after it, "between them", "in
  // total"), and an amount in the same sentence or the next of the paragraph whose clause names
  // a loss and one member (part-whole-member: "own", "alone", "on its own"), in one currency: a
  // warning when the member's loss is larger. Sentences `judged` already are left alone.
  static void losses_in_words(const Claims& claims, const std::vector<std::size_t>& judged,
                              FindingSink& out) {
    struct Loss {
      const Claim* claim;
      const Quantity* q;
      bool member;
      bool strong;  // "alone", "by itself": may name the member in the sentence after the group
    };
    // The clause up to a figure: back to the sentence's start or the last ";", "," or "." before.
    auto clause_before = [&](const Quantity& q, std::size_t sentence_begin) {
      const std::string_view text =
          claims.text.substr(sentence_begin, q.span.begin - sentence_begin);
      const std::size_t cut = text.find_last_of(";,");
      return lower(cut == std::string_view::npos ? text : text.substr(cut + 1));
    };
    std::vector<Loss> losses;
    for (const Claim& c : claims.claims) {
      if (std::binary_search(judged.begin(), judged.end(), c.sentence)) continue;
      const std::size_t begin = claims.sentences[c.sentence].span.begin;
      for (const Quantity& q : c.quantities) {
        if (!is_currency(q.unit) || q.is_range) continue;
        // A change told with its levels ("own loss narrowed to £2 million from £9 million"):
        // the amounts are levels, not the loss of the period.
        if (c.old_value && c.new_value) continue;
        const std::string lead = " " + clause_before(q, begin) + " ";
        if (!mentions(lead, "part-whole-loss")) continue;
        const std::string trail =
            lower(slice(claims.text, q.span.end, std::min(claims.text.size(), q.span.end + 16)));
        const bool member = mentions(lead, "part-whole-member");
        // "own" names a member only beside its group, in one sentence ("The group's own pension
        // scheme" after another sentence's plants is not one of them).
        const bool strong = member && mentions(lead, "part-whole-member-strong");
        const bool group =
            mentions(lead, "part-whole-group") || mentions(" " + trail, "part-whole-group-after");
        if (member == group) continue;  // neither, or both: not certain
        losses.push_back({&c, &q, member, strong});
      }
    }
    for (std::size_t i = 0; i < losses.size(); ++i) {
      for (std::size_t j = i + 1; j < losses.size(); ++j) {
        const Loss& a = losses[i];
        const Loss& b = losses[j];
        if (b.claim->sentence > a.claim->sentence + 1) break;
        if (a.member == b.member || b.q->unit != a.q->unit) continue;
        if (claims.sentences[a.claim->sentence].paragraph !=
            claims.sentences[b.claim->sentence].paragraph) {
          break;
        }
        const Loss& member = a.member ? a : b;
        const Loss& group = a.member ? b : a;
        if (a.claim->sentence != b.claim->sentence && !member.strong) continue;
        // Sentences naming different years are two periods.
        if (different_years(claims, a.claim->sentence, b.claim->sentence)) continue;
        const Interval part = interval_of(*member.q);
        const Interval whole = interval_of(*group.q);
        std::vector<std::string> ids{group.claim->id};
        if (member.claim != group.claim) ids.push_back(member.claim->id);
        const ByteSpan span = a.claim->sentence == b.claim->sentence
                                  ? ByteSpan{std::min(a.q->span.begin, b.q->span.begin),
                                             std::max(a.q->span.end, b.q->span.end)}
                                  : b.claim->span;
        const std::string why = "the clause of " + std::string(member.q->text) +
                                " names one member's loss and that of " +
                                std::string(group.q->text) +
                                " the loss of a group it belongs to; the member's is " +
                                format_range(part, member.q->unit) + ", the group's " +
                                format_range(whole, group.q->unit);
        if (part.low > whole.high) {
          out.add(make(Severity::kWarning, ids, span,
                       "one member's loss (" + member.q->text + ") is larger than its group's (" +
                           group.q->text + ")",
                       why + ": possible only if other members made a profit, or the scopes "
                             "differ; an editor must judge"));
        } else {
          out.add(make(Severity::kPass, ids, span,
                       "one member's loss (" + member.q->text + ") is within its group's (" +
                           group.q->text + ")",
                       why + ": consistent"));
        }
        losses.erase(losses.begin() + static_cast<std::ptrdiff_t>(j));
        break;
      }
    }
  }

  // "The study enrolled 3,200 adults. Of the participants, 55% were women. ... the 1,920 women in
  // the trial": a count written as all of what it counts (Claim::definite) against a lone
  // percentage up to eight sentences before that names the same thing (Claim::counted shares a word
  // with three letters or more, not a common one: "women", "part time"; "backed" and "in
  // favour" are one answer, lexicon class part-whole-answer) and the count before
  // that percentage (in its sentence or the one before, in one paragraph, larger than the
  // count): 55% of 3,200 is 1,744 to 1,776 at the written precision, so 1,920 (60.0%) is a
  // warning, as the whole might be another than the one the percentage was of.
  static void counts_of_shares(const Claims& claims, FindingSink& out) {
    constexpr std::size_t kShareReach = 8;
    auto words_of = [](const std::string& counted) {
      std::vector<std::string> out;
      std::string word;
      for (char ch : counted + " ") {
        if (ch == ' ' || ch == '-') {
          // An answer named two ways is one word: "backed" is "favour" (part-whole-answer).
          if (const lexicon::Entry* e = lexicon::find("part-whole-answer", word)) word = e->value;
          if (word.size() >= 3 && !lexicon::find("repeated-stopword", word)) out.push_back(word);
          word.clear();
        } else {
          word += ch;
        }
      }
      return out;
    };
    auto lone_count = [](const Claim& c) {
      if (c.kind != ClaimKind::kCount || c.quantities.size() != 1) return false;
      const Quantity& q = c.quantities.front();
      return !q.is_range && !q.is_word && q.hedge_kind == Hedge::kNone && q.value > 0;
    };
    for (std::size_t mi = 0; mi < claims.claims.size(); ++mi) {
      const Claim& m = claims.claims[mi];
      if (!m.definite || !lone_count(m)) continue;
      const std::vector<std::string> mw = words_of(m.counted);
      if (mw.empty()) continue;
      // The nearest lone percentage before it, within kShareReach sentences, that names a word
      // of what the count counts.
      std::size_t pi = mi;
      while (pi-- > 0) {
        const Claim& p = claims.claims[pi];
        if (p.sentence + kShareReach < m.sentence) {
          pi = claims.claims.size();
          break;
        }
        if (!lone_percent(p) || p.quantities.front().hedge_kind != Hedge::kNone) continue;
        const std::vector<std::string> pw = words_of(p.counted);
        if (std::any_of(pw.begin(), pw.end(), [&](const std::string& w) {
              return std::find(mw.begin(), mw.end(), w) != mw.end();
            })) {
          break;
        }
      }
      if (pi >= claims.claims.size()) continue;
      const Claim& p = claims.claims[pi];
      // The whole: the nearest count before the percentage, in its sentence or the one before.
      const Claim* whole = nullptr;
      for (std::size_t wi = pi; wi-- > 0;) {
        const Claim& w = claims.claims[wi];
        if (w.sentence + 1 < p.sentence ||
            claims.sentences[w.sentence].paragraph != claims.sentences[p.sentence].paragraph) {
          break;
        }
        if (lone_count(w) && w.quantities.front().value > m.quantities.front().value) {
          whole = &w;
          break;
        }
      }
      if (!whole) continue;
      const Quantity& share = p.quantities.front();
      const Quantity& n = whole->quantities.front();
      const Quantity& count = m.quantities.front();
      // Both positive: the product's ends are the ends' products.
      const Interval expected{interval_of(n).low * interval_of(share).low / 100,
                              interval_of(n).high * interval_of(share).high / 100};
      const Interval got = interval_of(count);
      const double point = n.value * share.value / 100;
      const std::string why =
          share.text + " of " + n.text + " = " + show(point, "count") + " (" +
          show_range(expected, "count") + " over the written precision); the count " + count.text +
          " names what the share does (\"" + p.counted + "\", \"" + m.counted + "\") and is " +
          format_percent(count.value / n.value * 100) + " of " + n.text;
      const std::vector<std::string> ids{whole->id, p.id, m.id};
      if (got.overlaps(expected)) {
        out.add(make(Severity::kPass, ids, m.span,
                     "the " + count.text + " agree with " + share.text + " of " + n.text,
                     why + ": consistent"));
      } else {
        out.add(make(Severity::kWarning, ids, m.span,
                     "the " + count.text + " are not " + share.text + " of " + n.text,
                     why + ": the count does not fit the share unless it is of another whole, "
                           "which an editor must judge"));
      }
    }
  }

  // The answers of one poll set out a line each after a colon ("Labour: 45%", "Conservative:
  // 40%", ...): the percentages of a list whose every line holds one add up to at most 100%.
  static void answers_on_lines(const Claims& claims, FindingSink& out) {
    for (const Claim& list : claims.claims) {
      if (list.kind != ClaimKind::kEnumeration || list.item_spans.size() < 2) continue;
      std::vector<const Claim*> answers;
      // Items and sentences are both in text order: one cursor walks the sentences once.
      std::size_t first = list.sentence;
      for (const ByteSpan& item : list.item_spans) {
        const Claim* only = nullptr;
        int found = 0;
        while (first < claims.sentences.size() && claims.sentences[first].span.end <= item.begin) {
          ++first;
        }
        for (std::size_t s = first; s < claims.sentences.size(); ++s) {
          if (claims.sentences[s].span.begin >= item.end) break;
          for (const Claim& c : claims_in_sentence(claims, s)) {
            if (!item.contains(c.span)) continue;
            ++found;
            const bool percent = (c.kind == ClaimKind::kPercent || c.kind == ClaimKind::kShare) &&
                                 c.quantities.size() == 1 && c.quantities.front().unit == "%";
            if (percent) only = &c;
          }
        }
        if (found != 1 || !only) break;
        answers.push_back(only);
      }
      if (answers.size() != list.item_spans.size()) continue;
      Interval got{0, 0};
      std::string list_text;
      std::vector<std::string> ids;
      for (const Claim* c : answers) {
        got = got + interval_of(c->quantities.front());
        list_text += (list_text.empty() ? "" : " + ") + c->quantities.front().text;
        ids.push_back(c->id);
      }
      const std::string sum_text = list_text + " = " + format_percent(got.mid()) + " (" +
                                   format_range(got, "%") + " over the written precision)";
      const ByteSpan span{list.span.begin, answers.back()->span.end};
      if (got.low > 100) {
        out.add(make(
            Severity::kWarning, ids, span,
            "answers listed a line each add up to " + format_percent(got.mid()) + ", past 100%",
            sum_text + "; even the low ends add up to " + format_percent(got.low) +
                ": past 100% unless respondents could give more than one answer, which "
                "an editor must judge"));
      } else {
        out.add(make(Severity::kPass, ids, span,
                     "answers listed a line each add up to " + format_percent(got.mid()),
                     sum_text + ", within 100%: consistent"));
      }
    }
  }

  // A percentage standing alone as a claim of its own: a part, not a change's figure.
  static bool lone_percent(const Claim& c) {
    return (c.kind == ClaimKind::kPercent || c.kind == ClaimKind::kShare) &&
           c.quantities.size() == 1 && c.quantities.front().unit == "%" &&
           !c.quantities.front().is_range;
  }

  // "48% expect prices to rise. Another 39% expect them to hold. The remaining 18% expect a
  // fall": a share the extractor reads as the rest of a whole (Claim::lead "remaining") makes,
  // with the shares before it, the whole: 48 + 39 + 18 = 105%. The shares before it are those
  // of its own sentence and of the sentence before, and of each sentence before that whose
  // first share the sentence after it introduced as another ("Another 39%", "A further 6%"), in
  // this paragraph or the one before. A warning past 100%; short of it, a share may be unnamed.
  static void remaining_shares(const Claims& claims, FindingSink& out) {
    for (const Claim& c : claims.claims) {
      if (c.lead != Lead::kRemaining || !lone_percent(c)) continue;
      std::vector<const Claim*> parts;
      for (const Claim& o : claims_in_sentence(claims, c.sentence)) {
        if (o.span.begin < c.span.begin && lone_percent(o)) parts.push_back(&o);
      }
      const std::size_t paragraph = claims.sentences[c.sentence].paragraph;
      std::size_t s = c.sentence;
      const Claim* head = parts.empty() ? &c : parts.front();
      for (int steps = 0; (head == &c || head->lead == Lead::kAnother) && s > 0 && steps < 4;
           ++steps) {
        --s;
        if (claims.sentences[s].paragraph + 1 < paragraph) break;
        std::vector<const Claim*> before;
        bool change = false;
        for (const Claim& o : claims_in_sentence(claims, s)) {
          if (lone_percent(o)) before.push_back(&o);
          change |= !o.changes.empty() && o.changes.front().unit == "%";
        }
        if (before.empty() || change) break;
        parts.insert(parts.begin(), before.begin(), before.end());
        head = before.front();
      }
      if (parts.empty()) continue;
      Interval got = interval_of(c.quantities.front());
      std::string list;
      std::vector<std::string> ids;
      for (const Claim* p : parts) {
        got = got + interval_of(p->quantities.front());
        list += p->quantities.front().text + " + ";
        ids.push_back(p->id);
      }
      list += c.quantities.front().text;
      ids.push_back(c.id);
      const std::string sum_text = list + " = " + format_percent(got.mid()) + " (" +
                                   format_range(got, "%") + " over the written precision)";
      if (got.low > 100) {
        out.add(make(Severity::kWarning, ids, c.span,
                     "the remaining " + c.quantities.front().text + " and the shares before it " +
                         "add up to " + format_percent(got.mid()) + ", past 100%",
                     sum_text +
                         "; a remaining share is what the others leave of 100%, so even "
                         "the low ends, adding up to " +
                         format_percent(got.low) +
                         ", should not pass it, unless the shares before it are of another "
                         "whole, which an editor must judge"));
      } else if (got.high >= 100) {
        out.add(make(Severity::kPass, ids, c.span,
                     "the remaining " + c.quantities.front().text +
                         " and the shares before it add up to 100%",
                     sum_text + ": consistent"));
      }
    }
  }

  // "62% of total inference spend" here and "45% of total inference spend" in the next
  // sentence of the paragraph. Shares of one whole in different paragraphs are too often of
  // different periods or owners ("51% of the shares" bought in May, "100%" by December) to add.
  static void shares_across_sentences(const Claims& claims, FindingSink& out) {
    std::map<std::pair<std::size_t, std::string>, std::vector<const Claim*>> by_whole;
    for (const Claim& c : claims.claims) {
      if (c.kind != ClaimKind::kShare || c.whole.empty() || c.quantities.empty()) continue;
      if (c.quantities.front().unit != "%") continue;
      // "buying 100% of KFB" names the whole itself, which no other share is a part beside.
      if (c.quantities.front().low >= 99.5) continue;
      const std::size_t paragraph = claims.sentences[c.sentence].paragraph;
      by_whole[{paragraph, normal_whole(std::string(c.whole))}].push_back(&c);
    }
    for (const auto& [key, shares] : by_whole) {
      const std::string& whole = key.second;
      // Distinct figures: a share restated with an overlapping value is the same share.
      std::vector<const Claim*> distinct;
      for (const Claim* c : shares) {
        const Interval v = interval_of(c->quantities.front());
        const bool seen = std::any_of(distinct.begin(), distinct.end(), [&](const Claim* d) {
          return interval_of(d->quantities.front()).overlaps(v);
        });
        if (!seen) distinct.push_back(c);
      }
      if (distinct.size() < 2) continue;
      bool one_sentence = true;
      for (const Claim* c : distinct) one_sentence &= c->sentence == distinct.front()->sentence;
      if (one_sentence) continue;  // percents_of_one_whole's
      double low = 0;
      std::string list;
      for (const Claim* c : distinct) {
        low += interval_of(c->quantities.front()).low;
        list += (list.empty() ? "" : " + ") + c->quantities.front().text;
      }
      if (low <= 100) continue;
      std::vector<std::string> ids;
      for (const Claim* c : distinct) ids.push_back(c->id);
      out.add(make(Severity::kWarning, ids, distinct.back()->span,
                   "shares of " + whole + " add up past 100% across the article",
                   list + " of " + whole + ": even the low ends add up to " + format_percent(low) +
                       "; past 100% unless they are of different periods or overlap, which an "
                       "editor must judge"));
    }
  }
};

}  // namespace

std::unique_ptr<const Check> make_part_whole() { return std::make_unique<PartWholeCheck>(); }

}  // namespace factcheck::checks
