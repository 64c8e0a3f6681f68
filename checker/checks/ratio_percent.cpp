// checker/checks/ratio_percent.cpp
//
// A share written in words, as a ratio or a fraction, or as a part of a count, against the percent
// the article sets beside it: "Two in five voters (45%)", "Of the 2,000 staff, 1,160 (68%)".
//
// The extractor reads "two in five" as one share, 40% as loose as the ratio word allows (±10%:
// 36%..44%), "a quarter" as 25% (22.5%..27.5%), and marks a figure that opens a bracket right
// after the figure before it (Claim::lead "bracketed"). The bracketed percent restates the share
// in digits (the bracket holds the figure alone), so the two must overlap: 45% (44.5%..45.5%)
// against 36%..44% is an error, since no reading of the written figures makes them one share.
// Hedges widen the words' share first
// ("nearly one in three (31%)" passes).
// The same holds for a part of a count told with its percent: "Of the 2,000 staff, 1,160 (68%)
// live nearby", "1,160 (68%) of its 2,000 staff", "accepted 310 of 2,240 applicants, a rate of
// roughly 18%", "received 860 applications and accepted 530 of them, a rate of about 71%". The
// whole is the count written after "of" (with "the", "its" or a possessive between), or before ",
// of which" and the part, or, for "of them", the one larger count before the part; no other count
// may stand between the part and the whole, so "Of 2,400 tenants, 600 had repairs and 348 (58%)
// were satisfied" is left alone (58% of the 600). A percent not in brackets restates the share when
// words such as "a rate of" or ", or" lead to it (lexicon class ratio-restates). 1,160 / 2,000 is
// 58% (57.9%..58.1%); 68% is an error. A count written to the unit, its last digit not zero, is
// exact: "won 19 of their 34 games, roughly 65%" is 55.9%, outside 57.5%..71.9%, though 18.5 / 34.5
// would not be. A share in digits may also follow a comma and its hedge alone when nothing but "of
// the total" comes after it ("won 19 of their 34 games, roughly 56%."); and with "of the total" or
// "of them"
// ("Of those, 930 ...") and no whole in its sentence, the one larger count of the sentence before
// is the whole, a warning when it does not fit ("Customers lodged 2,150 claims. By May 1,240 had
// been paid, about 72% of the total": 57.7%), since which total is meant is the editor's to judge.
// A share in words of a counted whole, its part after a comma, is judged the same way when the
// whole is counted in the sentence before or the same one with the noun the share names: "The
// council polled 1,200 respondents. Roughly a third of the respondents, 560 people, said ..."
// (46.7%, outside a third's 30.0%..36.7% once "roughly" widens it); "the respondents" may also
// be the count of a survey named otherwise ("Of the 2,400 tenants who answered its survey"). The
// whole may be written in the share's phrase ("Half of the 840 staff, some 600,": 64% to 79%
// against half's 45% to 55%, an error), or before "of them" ("Of the 4,500 staff, a third of
// them, about 2,000,"), the part after "or" or a spaced dash, and the share in digits too. A
// share in words may restate the part after it between spaced dashes ("Of its 1,250 nurses, 310
// - almost a third - work nights": 24.8% against 26.7%..36.7%, an error). Every
// verdict names the computed share and what the stated percent allows, with its hedge. Left alone:
// a bracketed figure of another unit or after a share written in digits ("40% (39.6%)" is rounding,
// part-whole's to skip), and shares whose bracket holds more than a percent of them ("one in four
// (up from 20%)" is no restatement: the bracket opens on words).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "checker/checks/all.h"
#include "checker/checks/common.h"
#include "checker/interval.h"

namespace factcheck::checks {

namespace {

constexpr std::string_view kId = "ratio-percent";
constexpr std::string_view kSummary =
    "a share written as a ratio, a fraction or a part of a count against the percent set beside "
    "it";

// The figure of the sentence that ends last before `at`, with its claim.
struct Before {
  const Claim* claim = nullptr;
  const Quantity* q = nullptr;
};
Before last_before(const Claims& claims, std::size_t sentence, std::size_t at) {
  Before best;
  for (const Claim& o : claims_in_sentence(claims, sentence)) {
    for (const Quantity& q : o.quantities) {
      if (q.span.end <= at && (!best.q || q.span.end > best.q->span.end)) best = {&o, &q};
    }
  }
  return best;
}

// The figure that ends last before `at` among `c`'s own and those of the few claims before it in
// its sentence: last_before's answer in constant time, for a check run on every percent.
Before near_before(const Claims& claims, const Claim& c, std::size_t at) {
  Before best;
  auto consider = [&](const Claim& o) {
    for (const Quantity& q : o.quantities) {
      if (q.span.end <= at && (!best.q || q.span.end > best.q->span.end)) best = {&o, &q};
    }
  };
  consider(c);
  const std::size_t index = static_cast<std::size_t>(&c - claims.claims.data());
  for (std::size_t k = index, seen = 0; k-- > 0 && seen < 4; ++seen) {
    const Claim& o = claims.claims[k];
    if (o.sentence != c.sentence) break;
    consider(o);
  }
  return best;
}

bool count_like(const Quantity& q) {
  return (q.unit == "count" || q.unit.empty()) && !q.is_range && q.decimals >= 0 && q.value > 0;
}

// text.substr(begin, end - begin), empty when the bytes run backwards.
std::string_view slice(std::string_view text, std::size_t begin, std::size_t end) {
  return begin < end && end <= text.size() ? text.substr(begin, end - begin) : std::string_view();
}

// The words of `text` before `at`, lower case, last first, back to the sentence's start or the
// figure before (at most eight).
std::vector<std::string> words_before(std::string_view text, std::size_t from, std::size_t at) {
  std::vector<std::string> out;
  std::string word;
  for (std::size_t i = at; i-- > from && out.size() < 8;) {
    const char ch = text[i];
    if (std::isdigit(static_cast<unsigned char>(ch))) break;
    if (std::isalpha(static_cast<unsigned char>(ch)) || ch == '\'' ||
        static_cast<unsigned char>(ch) >= 0x80) {
      word.insert(word.begin(), static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
      continue;
    }
    if (!word.empty()) out.push_back(word);
    word.clear();
    if (ch != ' ') break;  // a comma or bracket ends the phrase
  }
  if (!word.empty() && out.size() < 8) out.push_back(word);
  return out;
}

// Whether a figure is written right after "of", past "the", "its" or a possessive: "Of the
// airport's 2,000 employees", "of its 2,000 staff".
bool after_of(const Claims& claims, std::size_t sentence_begin, const Quantity& q) {
  for (const std::string& w : words_before(claims.text, sentence_begin, q.span.begin)) {
    if (lexicon::find("lead-definite", w) || w.ends_with("'s") || w.ends_with("\u2019s")) continue;
    return lexicon::find("ratio-of", w) != nullptr;
  }
  return false;
}

// Whether a part follows its whole after a comma and "of which" (ratio-of, ratio-of-which): "2,400
// households, of which 900 - roughly a quarter - rent".
bool of_which(std::string_view text, const Quantity& whole, const Quantity& part) {
  const std::string gap = lower(slice(text, whole.span.end, part.span.begin));
  // The whole's noun may stand before the comma ("households, of which"), with no other figure.
  const std::size_t comma = gap.find(", ");
  if (gap.size() > 48 || comma == std::string::npos || gap.find(',', comma + 1) != gap.npos ||
      gap.find_first_of("0123456789;:()") != gap.npos) {
    return false;
  }
  std::vector<std::string_view> words;
  for (std::size_t at = comma + 2; at < gap.size();) {
    const std::size_t end = std::min(gap.find(' ', at), gap.size());
    if (end > at) words.push_back(std::string_view(gap).substr(at, end - at));
    at = end + 1;
  }
  return words.size() == 2 && lexicon::find("ratio-of", words[0]) &&
         lexicon::find("ratio-of-which", words[1]);
}

// The count a part is a share of: see the file comment. Nullptr when none is certain.
const Quantity* whole_of(const Claims& claims, std::size_t sentence, const Quantity& part,
                         const Quantity& pct) {
  const std::size_t begin = claims.sentences[sentence].span.begin;
  // The figures of the sentence near the part: up to 300 bytes before it and a little after its
  // percent (a sentence of many figures stays linear).
  std::vector<const Quantity*> figures;
  const std::size_t from = part.span.begin > 300 ? part.span.begin - 300 : 0;
  const std::size_t to = std::max(part.span.end, pct.span.end) + 64;
  for (std::size_t k = first_claim_from(claims, from);
       k < claims.claims.size() && claims.claims[k].span.begin < to; ++k) {
    if (claims.claims[k].sentence != sentence) continue;
    for (const Quantity& q : claims.claims[k].quantities) figures.push_back(&q);
  }
  // The part's own claim may start before the window ("a rate of ..." statements).
  for (std::size_t k = first_claim_from(claims, from); k-- > 0;) {
    const Claim& o = claims.claims[k];
    if (o.sentence != sentence || o.span.end <= from) break;
    for (const Quantity& q : o.quantities) figures.push_back(&q);
  }
  std::sort(figures.begin(), figures.end(),
            [](const Quantity* a, const Quantity* b) { return a->span.begin < b->span.begin; });
  // "530 of them": the one larger count before the part.
  const std::vector<std::string> after_part = [&] {
    std::vector<std::string> w;
    const std::size_t end = std::min(claims.text.size(), part.span.end + 16);
    std::string word;
    for (std::size_t i = part.span.end; i < end; ++i) {
      const char ch = claims.text[i];
      if (std::isalpha(static_cast<unsigned char>(ch))) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      } else {
        if (!word.empty()) w.push_back(word);
        word.clear();
        if (ch != ' ') break;
      }
    }
    if (!word.empty()) w.push_back(word);
    return w;
  }();
  if (after_part.size() >= 2 && lexicon::find("ratio-of", after_part[0]) &&
      lexicon::find("ratio-of-them", after_part[1])) {
    const Quantity* whole = nullptr;
    for (const Quantity* q : figures) {
      if (q->span.begin >= part.span.begin) break;
      if (!count_like(*q) || !(q->value > part.value)) continue;
      if (whole) return nullptr;  // two candidates: not certain
      whole = q;
    }
    return whole;
  }
  // The count after "of": before the part with no figure between, or right after the part (or
  // its bracket).
  const Quantity* prev = nullptr;
  for (const Quantity* q : figures) {
    if (q == &part) {
      if (prev && count_like(*prev) && prev->value > part.value &&
          (after_of(claims, begin, *prev) || of_which(claims.text, *prev, part))) {
        return prev;
      }
      continue;
    }
    if (q->span.begin < part.span.begin) {
      prev = q;
      continue;
    }
    if (q == &pct) continue;
    // The first figure after the part (and its bracketed percent).
    const std::size_t from = pct.span.begin < q->span.begin ? pct.span.end : part.span.end;
    if (count_like(*q) && q->value > part.value && after_of(claims, begin, *q) &&
        q->span.begin >= from && q->span.begin - from <= 24) {
      return q;
    }
    return nullptr;
  }
  return nullptr;
}

class RatioPercentCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override { return kSummary; }
  CheckDoc doc() const override {
    return {.what =
                "A share written in words, as a ratio or a fraction (\"two in five\", \"a "
                "quarter\"), against the percent set in brackets right after it. The words are "
                "read as loosely as a ratio allows (two in five is 36% to 44%), and a bracketed "
                "percent outside that range is an error: the bracket restates the share. A part "
                "of a count told with its percent (\"Of the 2,000 staff, 1,160 (68%) ...\", "
                "\"accepted 530 of them, a rate of about 71%\", \"won 19 of their 34 games, "
                "roughly 65%\") is judged the same way against the part over the whole, a count "
                "written to the unit (19, not 20) being exact. With \"of the total\" or \"of "
                "them\" and no whole in its sentence, the one larger count of the sentence before "
                "is the whole, and a share that does not fit it is a warning. A share of a "
                "counted whole restated as a part after a comma or a dash (\"Half of the 840 "
                "staff, some 600,\"; \"a third of them, about 2,000,\") is judged the same way.",
            .leaves_alone =
                "A share written in digits with its bracket (rounding or another base); a "
                "bracket that opens on words (\"one in four (up from 20%)\"); figures of other "
                "units; a part whose whole is not written after \"of\", or with another count "
                "between the two (the percent may be of that count); a share in digits followed "
                "by what it is a share of (\"about 45% of its floor space\").",
            .passes = "Two in five voters (41%) backed the plan.",
            .fails = "Two in five voters (45%) backed the plan."};
  }
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    for (const Claim& c : claims.claims) {
      part_of_count(claims, c, out);
      share_of_counted(claims, c, out);
      // The share in digits restates the words' in brackets, or after ", or" when the clause
      // ends with it ("One in four customers, or 32%, ..."; not "..., or 32% of profit").
      const bool bracketed = c.lead == Lead::kBracketed;
      if ((!bracketed && c.lead != Lead::kRestates) || c.quantities.empty()) continue;
      const Quantity& pct = c.quantities.front();
      if (pct.unit != "%" || pct.is_word || pct.decimals < 0 || pct.is_range) continue;
      if (!bracketed && !ends_share(claims, pct)) continue;
      const Before before = last_before(claims, c.sentence, pct.span.begin);
      const Quantity* words = before.q;
      // A share in words: a ratio or fraction the extractor read as a percent, with no digits'
      // precision (decimals -1).
      if (!words || words->unit != "%" || words->decimals >= 0) continue;
      const Interval share = interval_of(*words);
      const Interval stated = interval_of(pct);
      const std::string role = bracketed ? "bracketed " : "restated ";
      const std::string arithmetic = "\"" + std::string(words->text) + "\" is " +
                                     format_percent(words->value) + ", read as " +
                                     format_range(share, "%") + "; the " + role + pct.text +
                                     " allows " + format_range(stated, "%");
      const ByteSpan span{words->span.begin, pct.span.end};
      const std::vector<std::string> ids = before.claim == &c
                                               ? std::vector<std::string>{c.id}
                                               : std::vector<std::string>{before.claim->id, c.id};
      // The verdict shows what the words allow: "(40.0%, read as 36.0% to 44.0%)".
      const std::string shown =
          " (" + format_percent(words->value) + ", read as " + format_range(share, "%") + ")";
      if (share.overlaps(stated)) {
        out.add(make_finding(kId, Severity::kPass, ids, span,
                             "the " + role + std::string(pct.text) + " fits \"" +
                                 std::string(words->text) + "\"" + shown,
                             arithmetic + ": consistent"));
        continue;
      }
      out.add(make_finding(kId, Severity::kError, ids, span,
                           "the " + role + std::string(pct.text) + " does not fit \"" +
                               std::string(words->text) + "\"" + shown,
                           arithmetic + ": inconsistent; one of the two is wrong"));
    }
  }

 private:
  // A part of a count against the percent that restates it: see the file comment.
  static void part_of_count(const Claims& claims, const Claim& c, FindingSink& out) {
    if (c.quantities.empty()) return;
    const Quantity& pct = c.quantities.front();
    if (pct.unit != "%" || pct.is_range) return;
    // A share in words ("roughly a third", "two in five") or in digits.
    const bool in_words = pct.decimals < 0;
    if (pct.is_word && !in_words) return;
    const Before before = near_before(claims, c, pct.span.begin);
    if (!before.q || !count_like(*before.q)) return;
    const Quantity* part = nullptr;
    const Quantity* whole = nullptr;
    // Words that restate: "a rate of about 71%", or for a share in words a comma and its hedge
    // ("410 of its 1,600 debentures, roughly a third").
    // For a share in digits, a comma and at most its hedge lead to it when nothing but "of the
    // total" follows it ("won 19 of their 34 games, roughly 56%."; not "about 45% of its floor
    // space").
    const bool restating =
        restates(claims, *before.q, pct) ||
        (in_words && (c.lead == Lead::kRestates || hedged_after_comma(claims, *before.q, pct))) ||
        (!in_words && hedged_after_comma(claims, *before.q, pct) && ends_share(claims, pct));
    // A share of a total ("about 48% of the arena's capacity", read as a share of that whole)
    // restates a part as a plain percent does.
    const bool percent_like = c.kind == ClaimKind::kPercent ||
                              (c.kind == ClaimKind::kShare && of_total_after(claims, pct));
    if (c.lead == Lead::kBracketed) {
      part = before.q;
      whole = whole_of(claims, c.sentence, *part, pct);
    } else if (percent_like && restating) {
      // "accepted 530 of them, a rate of ..." (the figure before is the part) or "accepted 310
      // of 2,240 applicants, a rate of ..." (the figure before is the whole).
      part = before.q;
      whole = whole_of(claims, c.sentence, *part, pct);
      if (!whole) {
        const Before earlier = near_before(claims, *before.claim, before.q->span.begin);
        if (earlier.q && count_like(*earlier.q) &&
            whole_of(claims, c.sentence, *earlier.q, pct) == before.q) {
          part = earlier.q;
          whole = before.q;
        }
      }
    }
    // "Customers lodged 2,150 claims. By May 1,240 had been paid, about 58% of the total": a whole
    // in the sentence before (a warning: which total is meant is the editor's to judge).
    bool guessed = false, earlier = false;
    if (part && !whole && percent_like && restating &&
        (of_total_after(claims, pct) || of_them_after(claims, *part) ||
         opens_of_them(claims, c.sentence, *part))) {
      // The larger count before the part in its own sentence first, then the sentence before.
      if (of_total_after(claims, pct)) whole = whole_earlier(claims, c.sentence, *part);
      earlier = whole != nullptr;
      if (!whole) whole = whole_in_sentence_before(claims, c.sentence, *part);
      if (whole && counts_another_noun(claims, *part, *whole)) whole = nullptr;
      guessed = whole != nullptr;
    }
    if (!part || !whole) return;
    const Interval p = count_exact_interval(*part);
    const Interval w = count_exact_interval(*whole);
    if (!(w.low > 0)) return;
    const Interval share{100 * p.low / w.high, 100 * p.high / w.low};
    const Interval stated = interval_of(pct);
    const std::string ratio = std::string(part->text) + " / " + std::string(whole->text);
    // A share in words is quoted: the "one in four" does not fit 9 / 60.
    const std::string named =
        in_words ? "\"" + std::string(pct.text) + "\"" : std::string(pct.text);
    // The percent with the hedge that widened it ("about 72%"), and what it allows.
    const std::string hedged =
        pct.hedge.empty() || in_words ? named : "\"" + std::string(pct.hedge) + " " + named + "\"";
    const std::string allows = hedged + " allows " + format_range(stated, "%");
    const std::string computed = format_percent(100 * part->value / whole->value);
    const std::string arithmetic = ratio + " = " + computed + " (" + format_range(share, "%") +
                                   " over the written precision); the stated " + allows;
    const ByteSpan span{std::min(part->span.begin, whole->span.begin),
                        std::max({part->span.end, whole->span.end, pct.span.end})};
    std::vector<std::string> ids{c.id};
    for (const Claim& o : claims_in_sentence(claims, c.sentence)) {
      for (const Quantity& q : o.quantities) {
        if ((&q == part || &q == whole) && std::find(ids.begin(), ids.end(), o.id) == ids.end()) {
          ids.push_back(o.id);
        }
      }
    }
    if (guessed) {
      for (const Claim& o : claims_in_sentence(claims, earlier ? c.sentence : c.sentence - 1)) {
        for (const Quantity& q : o.quantities) {
          if (&q == whole && o.sentence == c.sentence - 1) ids.push_back(o.id);
        }
      }
      // The span stays in the part's sentence: the part to its share.
      verdict(
          share.overlaps(stated), ids, ByteSpan{part->span.begin, pct.span.end}, named,
          ratio + " (" + computed + "; " + allows + "; the whole is the one larger count " +
              (earlier ? "before it in its sentence, named otherwise)" : "of the sentence before)"),
          arithmetic + (earlier ? "; the whole is taken from the larger count before it"
                                : "; the whole is taken from the sentence before"),
          "the percent", out, Severity::kWarning);
      return;
    }
    verdict(share.overlaps(stated), ids, span, named, ratio + " (" + computed + "; " + allows + ")",
            arithmetic, "the percent", out);
  }

  // Whether a share in digits ends its clause or goes on only "of the total" (ratio-total): a
  // restated share, not a share of something else ("about 45% of its floor space").
  static bool ends_share(const Claims& claims, const Quantity& pct) {
    const std::string_view text = claims.text;
    if (pct.span.end >= text.size()) return true;
    const char next = text[pct.span.end];
    if (next == ',' || next == '.' || next == ';' || next == ')' || next == '\n') return true;
    return of_total_after(claims, pct);
  }

  // Whether "of the total" or "of all" follows a percent (lexicon class ratio-total), then the
  // clause ends.
  // A possessive may stand before the total: "of the arena's capacity".
  static bool of_total_after(const Claims& claims, const Quantity& pct) {
    std::string after = lower(claims.text.substr(
        pct.span.end, std::min<std::size_t>(40, claims.text.size() - pct.span.end)));
    std::vector<std::string> words;
    std::vector<bool> possessive;
    std::string word;
    for (std::size_t k = 0; k < after.size(); ++k) {
      const char ch = after[k];
      if (std::isalpha(static_cast<unsigned char>(ch))) {
        word += ch;
        continue;
      }
      // "'s" or "’s" ends a possessive word.
      const std::size_t mark = ch == '\'' ? 1 : after.compare(k, 3, "\xE2\x80\x99") == 0 ? 3 : 0;
      const bool owner = mark != 0 && !word.empty() && k + mark < after.size() &&
                         after[k + mark] == 's' &&
                         (k + mark + 1 == after.size() ||
                          !std::isalpha(static_cast<unsigned char>(after[k + mark + 1])));
      if (!word.empty()) {
        words.push_back(word);
        possessive.push_back(owner);
      }
      word.clear();
      if (owner) {
        k += mark;
        continue;
      }
      if (ch != ' ') break;
    }
    std::size_t i = 0;
    if (words.size() < 2 || !lexicon::find("ratio-of", words[i++])) return false;
    while (i < words.size() && lexicon::find("lead-definite", words[i])) ++i;
    if (i < words.size() && possessive[i]) ++i;
    return i + 1 == words.size() && lexicon::find("ratio-total", words[i]);
  }

  // Whether "of them" or "of those" follows a part: "It funded 1,300 of them".
  static bool of_them_after(const Claims& claims, const Quantity& part) {
    const std::string after = lower(claims.text.substr(
        part.span.end, std::min<std::size_t>(12, claims.text.size() - part.span.end)));
    const std::size_t of = after.find_first_not_of(' ');
    if (of == std::string::npos || !after.starts_with(" ")) return false;
    const std::size_t sp = after.find(' ', of);
    if (sp == std::string::npos || !lexicon::find("ratio-of", after.substr(of, sp - of))) {
      return false;
    }
    std::string next;
    for (std::size_t i = sp + 1;
         i < after.size() && std::isalpha(static_cast<unsigned char>(after[i])); ++i) {
      next += after[i];
    }
    return lexicon::find("ratio-of-them", next) != nullptr;
  }

  // Whether the part's sentence opens "Of those," or "Of them," before it: "The airline cancelled
  // 1,450 flights. Of those, 930 were blamed on strikes, about 64%".
  static bool opens_of_them(const Claims& claims, std::size_t sentence, const Quantity& part) {
    const std::size_t begin = claims.sentences[sentence].span.begin;
    if (part.span.begin <= begin) return false;
    const std::string head = lower(claims.text.substr(begin, part.span.begin - begin));
    const std::size_t space = head.find(' ');
    const std::size_t comma = head.find(',');
    if (space == std::string::npos || comma == std::string::npos || comma < space ||
        head.find_first_not_of(' ', comma + 1) != std::string::npos) {
      return false;
    }
    return lexicon::find("ratio-of", head.substr(0, space)) != nullptr &&
           lexicon::find("ratio-of-them", head.substr(space + 1, comma - space - 1)) != nullptr;
  }

  // Whether a part names a plural noun of its own that the whole's words do not ("3,200 flights.
  // Some 410 passengers were delayed"): a part of another whole. "1,240 had been paid" names none.
  static bool counts_another_noun(const Claims& claims, const Quantity& part,
                                  const Quantity& whole) {
    auto words_after = [&](const Quantity& q) {
      std::vector<std::string> out;
      std::string word;
      const std::size_t end = std::min(claims.text.size(), q.span.end + 40);
      for (std::size_t i = q.span.end; i < end && out.size() < 3; ++i) {
        const char ch = claims.text[i];
        if (std::isalpha(static_cast<unsigned char>(ch))) {
          word += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
          continue;
        }
        if (!word.empty()) out.push_back(word);
        word.clear();
        if (ch != ' ') break;
      }
      if (!word.empty() && out.size() < 3) out.push_back(word);
      return out;
    };
    const std::vector<std::string> mine = words_after(part);
    if (mine.empty() || mine.front().size() <= 3 || !mine.front().ends_with('s') ||
        lexicon::find("not-unit", mine.front())) {
      return false;
    }
    const std::vector<std::string> theirs = words_after(whole);
    return std::find(theirs.begin(), theirs.end(), mine.front()) == theirs.end();
  }

  // The one count of the sentence before larger than the part, or nullptr when there is none or
  // more than one.
  static const Quantity* whole_in_sentence_before(const Claims& claims, std::size_t sentence,
                                                  const Quantity& part) {
    if (sentence == 0) return nullptr;
    const Quantity* whole = nullptr;
    for (const Claim& o : claims_in_sentence(claims, sentence - 1)) {
      if (o.sentence != sentence - 1 || o.kind == ClaimKind::kDate ||
          o.kind == ClaimKind::kDuration) {
        continue;
      }
      for (const Quantity& q : o.quantities) {
        if (!count_like(q) || !(q.value > part.value)) continue;
        if (whole) return nullptr;
        whole = &q;
      }
    }
    return whole;
  }

  // The one count larger than the part before it in its own sentence, after its own clause:
  // "The arena holds 11,400 spectators, and the club sold 4,150 season tickets, about 48% of
  // the arena's capacity". Nullptr when there are two.
  static const Quantity* whole_earlier(const Claims& claims, std::size_t sentence,
                                       const Quantity& part) {
    const Quantity* whole = nullptr;
    for (const Claim& o : claims_in_sentence(claims, sentence)) {
      if (o.sentence != sentence || o.kind == ClaimKind::kDate || o.kind == ClaimKind::kDuration) {
        continue;
      }
      for (const Quantity& q : o.quantities) {
        if (q.span.end > part.span.begin || !count_like(q) || !(q.value > part.value)) continue;
        if (whole) return nullptr;
        whole = &q;
      }
    }
    return whole;
  }

  // A pass or an error on a part of a count against its stated share: "the 72% does not fit
  // 1,380 / 2,150 (64.2%; "about 72%" allows 64.8% to 79.2%)". `shown` is the ratio with its
  // computed share and what the stated one allows; `stated` names the stated share in the cause.
  static void verdict(bool fits, const std::vector<std::string>& ids, ByteSpan span,
                      const std::string& named, const std::string& shown,
                      const std::string& arithmetic, std::string_view stated, FindingSink& out,
                      Severity severity = Severity::kError) {
    if (fits) {
      out.add(make_finding(kId, Severity::kPass, ids, span, "the " + named + " fits " + shown,
                           arithmetic + ": consistent"));
      return;
    }
    out.add(make_finding(kId, severity, ids, span, "the " + named + " does not fit " + shown,
                         arithmetic + ": inconsistent; the part, the whole or " +
                             std::string(stated) + " is wrong"));
  }

  // A share of a counted whole with the part after a comma or a spaced dash, the whole stated in
  // the sentence before or the same one: "The council polled 1,200 respondents in May. Roughly a
  // third of the respondents, 560 people, said ...". The noun after "of the" must be the first
  // word of what the whole counts (Claim::counted), and the whole the nearest such count; or a
  // word for a survey's sample ("respondents") and the whole the sample a survey counted. The
  // whole may be written in the phrase ("Half of the 840 staff, some 600,"), or stand before it
  // for "of them" ("Of the 4,500 staff, a third of them, about 2,000,": the nearest figure before
  // the share, a count); the part may follow "or" and its hedge ("or 4,000", "about 2,000") and
  // ends its aside within two words (", 560 people,"). A share in digits is judged the same way
  // ("40% of its 2,500 employees, about 1,400,").
  static void share_of_counted(const Claims& claims, const Claim& c, FindingSink& out) {
    if (c.quantities.size() != 1) return;
    const Quantity& pct = c.quantities.front();
    if (pct.unit != "%" || pct.is_range) return;
    const std::string_view text = claims.text;
    const ByteSpan sentence = claims.sentences[c.sentence].span;
    // Where the aside opens: a comma, or a dash with a space either side.
    std::size_t open = std::string_view::npos, open_size = 0;
    for (std::size_t i = pct.span.end; i < sentence.end && i - pct.span.end <= 48; ++i) {
      // A comma between digits is a thousands separator ("12,000"), not the aside's.
      const bool separator = i > 0 && i + 1 < text.size() &&
                             std::isdigit(static_cast<unsigned char>(text[i - 1])) &&
                             std::isdigit(static_cast<unsigned char>(text[i + 1]));
      if (text[i] == ',' && !separator) {
        open = i;
        open_size = 1;
        break;
      }
      if (const std::string_view dash = text.substr(i, 5);
          dash == " \xE2\x80\x93 " || dash == " \xE2\x80\x94 " || text.substr(i, 3) == " - ") {
        open = i;
        open_size = dash == " - " || text.substr(i, 3) == " - " ? 2 : 4;
        break;
      }
    }
    if (open == std::string_view::npos) return;
    // "of the respondents": its words, a count written among them ("of the 840 staff") as "#".
    std::vector<std::string> words;
    std::string word;
    const Claim* inner = nullptr;
    for (std::size_t i = pct.span.end; i <= open; ++i) {
      const char ch = i < open ? text[i] : ' ';
      if (std::isalpha(static_cast<unsigned char>(ch)) || ch == '-') {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      } else if (ch == ' ') {
        if (!word.empty()) words.push_back(word);
        word.clear();
      } else if (std::isdigit(static_cast<unsigned char>(ch)) && !inner && word.empty()) {
        const std::size_t k = first_claim_from(claims, i);
        if (k >= claims.claims.size()) return;
        const Claim& o = claims.claims[k];
        if (o.kind != ClaimKind::kCount || o.quantities.size() != 1 ||
            o.quantities.front().span.begin != i || o.quantities.front().span.end > open) {
          return;
        }
        inner = &o;
        words.emplace_back("#");
        i = o.quantities.front().span.end - 1;
      } else {
        return;  // another figure or a bracket: not this form
      }
    }
    std::size_t i = 0;
    if (words.empty() || !lexicon::find("ratio-of", words[i++])) return;
    while (i < words.size() && lexicon::find("lead-definite", words[i])) ++i;
    // "of those polled": the sample word after "those" stands for the noun.
    if (i + 2 == words.size() && lexicon::find("ratio-of-them", words[i]) &&
        lexicon::find("ratio-sample", words[i + 1])) {
      ++i;
    }
    const bool them = !inner && i + 1 == words.size() && lexicon::find("ratio-of-them", words[i]);
    // The whole written right after "of the", with at most three words of what it counts.
    if (inner && (i >= words.size() || words[i] != "#" || words.size() - i > 4)) return;
    if (!inner && i + 1 != words.size()) return;  // one noun: "of the respondents"
    const std::string noun = inner ? std::string(inner->counted) : words[i];
    // The part: right after the aside opens, after "or" (ratio-aside-lead) and its own hedge.
    std::size_t at = open + open_size;
    while (at < sentence.end && text[at] == ' ') ++at;
    if (const std::size_t end = text.find(' ', at);
        end < sentence.end && lexicon::find("ratio-aside-lead", text.substr(at, end - at))) {
      at = end + 1;
    }
    const std::size_t k = first_claim_from(claims, at);
    if (k >= claims.claims.size()) return;
    const Claim& pc = claims.claims[k];
    if (pc.quantities.empty() || pc.sentence != c.sentence) return;
    const Quantity& part = pc.quantities.front();
    if (!count_like(part)) return;
    if (const std::string lead = lower(slice(text, at, part.span.begin));
        !lead.empty() && lead != lower(part.hedge) + " ") {
      return;
    }
    // The aside closes within two words of the part: ", some 600, voted", ", 560 people, said".
    {
      std::size_t j = part.span.end, gaps = 0;
      for (; j < sentence.end && text[j] != ',' && text[j] != ')'; ++j) {
        if (text[j] == ' ' && ++gaps > 2) break;
        if (text[j] == ' ' &&
            (text.substr(j, 5) == " \xE2\x80\x93 " || text.substr(j, 5) == " \xE2\x80\x94 " ||
             text.substr(j, 3) == " - ")) {
          break;
        }
      }
      if (gaps > 2 || j >= sentence.end) return;
    }
    // The whole: written in the phrase; for "of them" the nearest figure before the share, a count
    // of its sentence or the one before; else the nearest count of the noun before the share.
    const Quantity* whole = inner ? &inner->quantities.front() : nullptr;
    const Claim* whole_claim = inner;
    for (std::size_t j = static_cast<std::size_t>(&c - claims.claims.data()); !inner && j-- > 0;) {
      const Claim& o = claims.claims[j];
      if (o.sentence + 1 < c.sentence) break;
      if (them) {
        if (o.quantities.empty() || o.kind == ClaimKind::kDate) continue;
        if (o.kind == ClaimKind::kCount && o.quantities.size() == 1) {
          whole = &o.quantities.front();
          whole_claim = &o;
        }
        break;
      }
      if (o.kind != ClaimKind::kCount || o.quantities.size() != 1) continue;
      if (o.counted.substr(0, o.counted.find(' ')) != noun) continue;
      whole = &o.quantities.front();
      whole_claim = &o;
      break;
    }
    // "of the respondents" (ratio-sample) names the people a survey asked: a count of its sentence
    // or the one before that mentions a survey (part-whole-survey), the one written after "of"
    // ("Of the 2,400 tenants who answered its survey") or else the only one larger than the part.
    const bool sample = !whole && !them && lexicon::find("ratio-sample", noun) != nullptr;
    if (sample) {
      // Every figure that could be the whole: a count larger than the part in a sentence that
      // mentions a survey.
      std::vector<std::pair<const Claim*, const Quantity*>> counts;
      for (std::size_t j = static_cast<std::size_t>(&c - claims.claims.data()); j-- > 0;) {
        const Claim& o = claims.claims[j];
        if (o.sentence + 1 < c.sentence) break;
        if (o.kind == ClaimKind::kDate || o.kind == ClaimKind::kDuration) continue;
        const ByteSpan sp = claims.sentences[o.sentence].span;
        if (!mentions(lower(claims.text.substr(sp.begin, sp.end - sp.begin)),
                      "part-whole-survey")) {
          continue;
        }
        for (const Quantity& q : o.quantities) {
          if (count_like(q) && q.value > part.value) counts.emplace_back(&o, &q);
        }
      }
      for (const auto& [o, q] : counts) {
        if (o->kind == ClaimKind::kCount &&
            after_of(claims, claims.sentences[o->sentence].span.begin, *q)) {
          whole_claim = o;
          whole = q;
          break;
        }
      }
      if (!whole && counts.size() == 1 && counts.front().first->kind == ClaimKind::kCount) {
        whole_claim = counts.front().first;
        whole = counts.front().second;
      }
    }
    if (!whole || !count_like(*whole) || !(whole->value > part.value)) return;
    const Interval p = count_exact_interval(part);
    const Interval w = count_exact_interval(*whole);
    const Interval share{100 * p.low / w.high, 100 * p.high / w.low};
    const Interval stated = interval_of(pct);
    const std::string ratio = std::string(part.text) + " / " + std::string(whole->text);
    const std::string named = "\"" + std::string(pct.text) + "\"";
    const std::string allows = named + " allows " + format_range(stated, "%");
    const std::string computed = format_percent(100 * part.value / whole->value);
    const std::string arithmetic = ratio + " = " + computed + " (" + format_range(share, "%") +
                                   " over the written precision; the whole is the " + noun +
                                   (inner ? " counted in the phrase" : " counted before") +
                                   "); the stated " + allows;
    const ByteSpan span{pct.span.begin, part.span.end};
    const std::vector<std::string> ids{whole_claim->id, c.id, pc.id};
    verdict(share.overlaps(stated), ids, span, named, ratio + " (" + computed + "; " + allows + ")",
            arithmetic, "the share", out);
  }

  // Whether only a comma (or a spaced dash) and the share's own hedge stand between the words after
  // a figure and the share: "the 240 care homes they visited, almost half"; "310 - almost a third
  // -".
  static bool hedged_after_comma(const Claims& claims, const Quantity& figure,
                                 const Quantity& pct) {
    if (pct.span.begin <= figure.span.end || pct.span.begin - figure.span.end > 96) return false;
    const std::string_view gap =
        claims.text.substr(figure.span.end, pct.span.begin - figure.span.end);
    // A spaced dash sets the share off as a comma does: "310 - almost a third - work nights".
    std::size_t comma = gap.rfind(',');
    std::size_t after = comma == std::string_view::npos ? comma : comma + 1;
    for (const std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
      const std::size_t at = gap.rfind(dash);
      if (at != std::string_view::npos && (comma == std::string_view::npos || at > comma)) {
        comma = at;
        after = at + dash.size();
      }
    }
    if (comma == std::string_view::npos || gap.find_first_of("0123456789") != gap.npos) {
      return false;
    }
    std::string tail = lower(gap.substr(after));
    while (!tail.empty() && tail.front() == ' ') tail.erase(0, 1);
    while (!tail.empty() && tail.back() == ' ') tail.pop_back();
    return tail.empty() || tail == pct.hedge;
  }

  // Whether the words between a figure and a percent after it say the percent restates it as a
  // share: "530 of them, a rate of about 71%", "of 2,240 applicants, or 14%" (lexicon class
  // ratio-restates, at most twelve words, no other figure).
  static bool restates(const Claims& claims, const Quantity& figure, const Quantity& pct) {
    if (pct.span.begin <= figure.span.end || pct.span.begin - figure.span.end > 96) return false;
    const std::string gap =
        lower(claims.text.substr(figure.span.end, pct.span.begin - figure.span.end));
    std::size_t words = 0;
    bool restating = false;
    std::string word;
    for (char ch : gap + " ") {
      if (std::isdigit(static_cast<unsigned char>(ch))) return false;
      if (std::isalpha(static_cast<unsigned char>(ch))) {
        word += ch;
        continue;
      }
      if (!word.empty()) {
        ++words;
        restating |= lexicon::find("ratio-restates", word) != nullptr;
      }
      word.clear();
    }
    return restating && words <= 12;
  }
};

}  // namespace

std::unique_ptr<const Check> make_ratio_percent() { return std::make_unique<RatioPercentCheck>(); }

}  // namespace factcheck::checks
