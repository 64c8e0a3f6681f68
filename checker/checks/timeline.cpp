// checker/checks/timeline.cpp
//
// Dates against each other: ranges that run backwards, a stated duration between two stated
// dates, and a source dated before the end of the period its claim reports.
//
// Calendars come from C++20 <chrono> (sys_days, year_month_day, year_month_day_last), so day
// counts across months and leap years are the standard library's.
//
// 1. A range runs backwards when its start's first day is after its end's last day: "from
//    November 2026 to August 2026" is an error. When only the end states a year ("from November
//    to February 2026"), the start may be in the year before; a span of up to six months across
//    the new year reads naturally and passes, a longer one ("from 28 September to 14 September
//    2026") is an error: nobody writes a year-long span that way.
// 2. A duration next to two dates ("opened on 2 February 2026, reached full output in ten weeks,
//    on 13 April 2026"; "ran from 5 January to 16 February 2026 and took six weeks") must fit the
//    days between them, counted either way (14 days from 5 to 19 January, 15 counting both ends);
//    a week is 7 days, a month 28 to 31, a quarter 89 to 92, a year 365 to 366, and the duration
//    keeps its written precision and hedge ("four months" is 3.5 to 4.5 months, 98 to 139.5
//    days). No overlap is an error. The duration must sit between the dates or right beside them.
//    Two bare years are compared in whole years when the layout ties the duration to both ("in
//    2019, five years before the study opened in 2022"; "opened in 1974, will be demolished in
//    2027 after 43 years": 52 to 54 years, an error; "moved in 1989 after 53 years at the hall,
//    which it had occupied since 1946": 42 to 44 years, an error).
// 2b. An anniversary, "N years since" a bare year after a word such as "marked" (timeline.tsv's
//    timeline-anniversary), against the year it falls in: "The 2026 festival marked 40 years
//    since its first season in 1981" is 44 to 46 years with the months unknown, an error. With
//    no year in its sentence, the year of the article's first full date is assumed and said (a
//    warning; an error after "this year"). A count back from the article's first full date to
//    the date right before it is judged the same way: "The works opened in 1974, marking 42
//    years of service this autumn" and "first flew on 2 April 1996, 40 years ago" (a warning; an
//    error with "this autumn", timeline.tsv's timeline-this). The start may follow the count
//    ("opened exactly 10 years ago, in 2016."), and a spaced dash may stand for the comma. A
//    thing's age after the year it was made ("built in 1962 and now 64 years old"; timeline.tsv's
//    timeline-age-start) counts back the same way, its subject perhaps between ("Established in
//    1946, the museum is now 80 years old"), or after a year that names the thing ("The 1962
//    bridge, now 64 years old"; timeline-year-thing-lead), never when a word for a person stands
//    there ("Founded in 1990, its chairman is now 71").
//    "Next year" and "last year" (timeline-year-offset) move the article's year by one.
//    The present "It is 30 years since the mine closed in 1986" (timeline-since-now) counts to the
//    article's year; the start may stand before the count when "since" names a beginning
//    ("started in 2011 ..., marks 15 years since its first meeting"). An ordinal anniversary or an
//    age reached after the year a thing began ("Founded in 1962, the club celebrates its 60th
//    anniversary this year"; "opened in 1978, turns 50 this year") falls exactly N years after
//    it: an error with the year named, a warning (the year before allowed) with it assumed.
// 2c. A count since a bare year told per year after a comma ("Since 2020, 1,600 homes have been
//    built, about 270 a year"; "410 megawatt hours, about 90 megawatt hours a year", the unit's
//    words repeated; timeline-since-year, timeline-rate-lead, timeline-per-year): the
//    years to the article's first date, whole years with the months unknown (5 to 7 here), give
//    229 to 320 a year; no overlap with the stated figure is a warning naming the year assumed.
// 3. A claim cited to a source dated before the period it reports has ended is a warning: "went
//    live on 2 March 2026 and in its first quarter signed 1,400 customers (Release, 10 March
//    2026)": the first quarter runs to at least 30 May 2026. The period is an ordinal duration
//    after a start event ("launched", "went live", "took effect", ...), or a month or quarter the
//    sentence reports results for ("sales for December rose 2.3% (Office, 16 December 2025)").
//    Forecasts (will, expected, forecast, ...) are left alone, and so are sources dated before an
//    event with no elapsed time: announcing a launch before it happens is ordinary.
#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "checker/checks/all.h"
#include "checker/checks/common.h"
#include "checker/interval.h"

namespace factcheck::checks {

namespace {

namespace chr = std::chrono;

constexpr std::string_view kId = "timeline";
constexpr std::string_view kSummary =
    "dates against each other: ranges that run backwards, a stated duration between two stated "
    "dates, and a source dated before the end of the period its claim reports";

// The parts of a date; zero means not stated.

std::string describe(const Parts& p) {
  std::string out;
  if (p.quarter != 0) out = "Q" + std::to_string(p.quarter);
  if (p.half != 0) out = "H" + std::to_string(p.half);
  if (p.month >= 1 && p.month <= 12) {
    const std::string m(month_name(p.month));
    out = p.day != 0 ? std::to_string(p.day) + " " + m : m;
  }
  if (p.year != 0) out += (out.empty() ? "" : " ") + std::to_string(p.year);
  return out;
}

std::string describe(chr::sys_days d) {
  const chr::year_month_day ymd{d};
  return describe(Parts{static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
                        static_cast<int>(unsigned(ymd.day())), 0, 0});
}

// The first and last day a date may mean.
struct DayRange {
  chr::sys_days first, last;
};

// Nullopt without a year, or when the date cannot exist (date-validity reports those).
std::optional<DayRange> days_of(const Parts& p) {
  if (p.year == 0 || p.month < 0 || p.month > 12 || p.quarter < 0 || p.quarter > 4 || p.half < 0 ||
      p.half > 2) {
    return std::nullopt;
  }
  const chr::year y{p.year};
  int m1 = 1, m2 = 12;
  if (p.quarter != 0) m1 = 3 * p.quarter - 2, m2 = 3 * p.quarter;
  if (p.half != 0) m1 = 6 * p.half - 5, m2 = 6 * p.half;
  if (p.month != 0) m1 = m2 = p.month;
  const auto mm1 = chr::month{static_cast<unsigned>(m1)};
  const auto mm2 = chr::month{static_cast<unsigned>(m2)};
  if (p.day != 0) {
    if (p.month == 0) return std::nullopt;
    const chr::year_month_day d{y, mm1, chr::day{static_cast<unsigned>(p.day)}};
    if (!d.ok()) return std::nullopt;
    return DayRange{chr::sys_days{d}, chr::sys_days{d}};
  }
  return DayRange{chr::sys_days{y / mm1 / chr::day{1}}, chr::sys_days{y / mm2 / chr::last}};
}

Parts parts_of(const Claim& c) { return Parts{c.year, c.month, c.day, c.quarter, c.half}; }

std::string_view slice(std::string_view text, std::size_t begin, std::size_t end) {
  if (begin >= end || end > text.size()) return {};
  return text.substr(begin, end - begin);
}

// The entry of a word right after a duration that makes it the time between two dates: "eight
// weeks later", "five years before" (timeline.tsv's timeline-relative), or nullptr.
const lexicon::Entry* relative(std::string_view trail) {
  if (trail.empty() || trail.front() != ' ') return nullptr;
  const std::size_t end = trail.find_first_of(" ,.;:)", 1);
  const std::string_view word =
      trail.substr(1, end == std::string_view::npos ? trail.npos : end - 1);
  for (const lexicon::Entry& w : lexicon::entries("timeline-relative")) {
    if (w.word == word) return &w;
  }
  return nullptr;
}

// True when `between` holds, within `allowed` bytes, only spaces, commas, brackets and words of
// timeline.tsv's timeline-year-lead: "2021, five years", "later, in 2016", "later (2016".
bool tight(std::string_view between, std::size_t allowed) {
  if (between.size() > allowed) return false;
  std::size_t at = 0;
  while ((at = between.find_first_not_of(" ,(", at)) != std::string_view::npos) {
    const std::size_t end = std::min(between.find_first_of(" ,(", at), between.size());
    if (!lexicon::find("timeline-year-lead", lower(between.substr(at, end - at)))) return false;
    at = end;
  }
  return true;
}

// Days a duration unit may span, shortest and longest.
std::optional<Interval> unit_days(std::string unit) {
  unit = lower(unit);
  if (!unit.empty() && unit.back() == 's') unit.pop_back();
  if (unit == "day") return Interval{1, 1};
  if (unit == "week") return Interval{7, 7};
  if (unit == "month") return Interval{28, 31};
  if (unit == "quarter") return Interval{89, 92};
  if (unit == "half") return Interval{181, 184};
  if (unit == "year") return Interval{365, 366};
  return std::nullopt;
}

// The days a duration claim allows: its figure's interval times the unit's length. A whole
// number of units stands for half a unit either side, as any whole number does ("three weeks"
// is 2.5 to 3.5 weeks), even when spelled out; hedges keep their wider interval.
std::optional<Interval> duration_days(const Claim& d) {
  if (d.quantities.empty()) return std::nullopt;
  const Quantity& q = d.quantities.front();
  const auto u = unit_days(q.unit);
  if (!u) return std::nullopt;
  double low = q.low, high = q.high;
  if (q.value == std::floor(q.value) && q.decimals <= 0) {
    low = std::min(low, q.value - 0.5);
    high = std::max(high, q.value + 0.5);
  }
  return Interval{std::max(0.0, low) * u->low, high * u->high};
}

// The days that must pass before an ordinal period is over: "its first two months" ends two
// whole months after the event, at the earliest 56 days.
std::optional<double> ordinal_days(const Claim& d) {
  if (d.quantities.empty()) return std::nullopt;
  const Quantity& q = d.quantities.front();
  const auto u = unit_days(q.unit);
  if (!u || !(q.value > 0)) return std::nullopt;
  return q.value * u->low;
}

std::string claim_text(const Claims& claims, const Claim& c) {
  return std::string(slice(claims.text, c.span.begin, c.span.end));
}

// A duration counted from an event ("its first two months", "the following quarter"), not a span.
bool is_ordinal(std::string_view lowered) { return mentions(lowered, "timeline-ordinal"); }

ByteSpan hull(ByteSpan a, ByteSpan b) {
  return {std::min(a.begin, b.begin), std::max(a.end, b.end)};
}

std::string days_text(long n) { return std::to_string(n) + (n == 1 ? " day" : " days"); }

Finding make(Severity s, std::vector<std::string> ids, ByteSpan span, std::string message,
             std::string explanation) {
  return make_finding(kId, s, std::move(ids), span, std::move(message), std::move(explanation));
}

// How often a year's digits appear in a text: twice means the start states it as well as the end.
int occurrences(std::string_view text, int year) {
  const std::string y = std::to_string(year);
  int n = 0;
  for (auto at = text.find(y); at != std::string_view::npos; at = text.find(y, at + 1)) ++n;
  return n;
}

// A range's two ends as days, the start's year taken from the end when it has none. `wrapped`
// says the start was moved to the year before, which is how the range reads forwards.
struct RangeDays {
  Parts start, end;
  DayRange a, b;
  bool backwards = false;
  bool wrapped = false;
};

// `any_year`: a range with no year ("from 3 August to 28 September") spans the same days in every
// year unless it takes in a 29 February, so it is counted in a common and a leap year and kept,
// its dates written without a year, when the two agree.
std::optional<RangeDays> range_days(const Claims& claims, const Claim& c, bool any_year = false) {
  const auto end = parse_iso(c.date_end);
  if (!end) return std::nullopt;
  if (any_year && c.year == 0 && end->year == 0) {
    Claim common = c, leap = c;
    common.year = 2023, leap.year = 2024;
    const auto a = range_days(claims, common), b = range_days(claims, leap);
    if (!a || !b || a->backwards || b->backwards ||
        (a->b.last - a->a.first) != (b->b.last - b->a.first) ||
        (a->b.first - a->a.last) != (b->b.first - b->a.last)) {
      return std::nullopt;
    }
    RangeDays r = *a;
    r.start.year = r.end.year = 0;
    return r;
  }
  RangeDays r;
  r.start = parts_of(c);
  r.end = *end;
  if (r.end.year == 0) r.end.year = r.start.year;
  const bool start_year_stated =
      r.start.year != 0 &&
      (r.start.year != r.end.year || occurrences(claim_text(claims, c), r.start.year) >= 2);
  if (r.start.year == 0) r.start.year = r.end.year;
  const auto a = days_of(r.start);
  const auto b = days_of(r.end);
  if (!a || !b) return std::nullopt;
  r.a = *a, r.b = *b;
  if (a->first <= b->last) return r;
  if (!start_year_stated) {
    Parts earlier = r.start;
    earlier.year -= 1;
    if (const auto e = days_of(earlier); e && (b->last - e->first).count() + 1 <= 184) {
      r.start = earlier, r.a = *e, r.wrapped = true;
      return r;
    }
  }
  r.backwards = true;
  return r;
}

// An ordinal period written in a sentence ("the following quarter", "its first two months"):
// where it is, its words, and the days that must pass before it is over.
struct Phrase {
  ByteSpan span;
  std::string text;
  double days = 0;
};

std::optional<Phrase> ordinal_phrase(const Claims& claims, std::size_t sentence) {
  const ByteSpan s = claims.sentences[sentence].span;
  const std::string_view text = slice(claims.text, s.begin, s.end);
  std::vector<std::pair<std::string, std::size_t>> words;
  std::string w;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const char ch = i < text.size() ? text[i] : ' ';
    if (std::isalpha(static_cast<unsigned char>(ch))) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    } else if (!w.empty()) {
      words.push_back({w, s.begin + i - w.size()});
      w.clear();
    }
  }
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].first != "first" && words[i].first != "following" && words[i].first != "next") {
      continue;
    }
    // "First-month sales": the ordinal joined to its unit needs no article; a first-quarter or
    // first-half figure is a calendar period, not time since the event.
    const std::size_t word_end = words[i].second + words[i].first.size();
    const bool joined = words[i].first == "first" && word_end < claims.text.size() &&
                        claims.text[word_end] == '-' && i + 1 < words.size() &&
                        words[i + 1].second == word_end + 1 && words[i + 1].first != "quarter" &&
                        words[i + 1].first != "half";
    if (!joined && (i == 0 || (words[i - 1].first != "the" && words[i - 1].first != "its"))) {
      continue;
    }
    std::size_t j = i + 1;
    double n = 1;
    // "the first two months": a count of two to six in words.
    if (const double count = lexicon::number(lexicon::value("number-word", words[j].first));
        count >= 2 && count <= 6) {
      n = count, ++j;
    }
    if (j >= words.size()) break;
    std::string unit = words[j].first;
    if (unit.size() > 3 && unit.back() == 's') unit.pop_back();
    const auto days = unit_days(unit);
    if (!days) continue;
    // "the first quarter of 2026" is a calendar quarter, not time since the event.
    const std::size_t end = words[j].second + words[j].first.size();
    const std::string after = lower(slice(claims.text, end, end + 8));
    if (after.rfind(" of ", 0) == 0) continue;
    const std::size_t begin = joined ? words[i].second : words[i - 1].second;
    return Phrase{{begin, end}, std::string(slice(claims.text, begin, end)), n * days->low};
  }
  return std::nullopt;
}

class TimelineCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override { return kSummary; }
  CheckDoc doc() const override {
    return {
        .what =
            "Dates against each other: a range that runs backwards (\"from 10 March 2026 to 2 "
            "March 2026\" is an error), a stated duration between two stated dates that the "
            "days between them do not fit, and a claim cited to a source dated before the "
            "period it reports has ended (a warning). Two bare years a duration ties itself to "
            "(\"opened in 1974, demolished in 2027 after 43 years\"; \"after 53 years at the "
            "hall, which it had occupied since 1946\") are compared in whole years, and an "
            "anniversary (\"The 2026 festival marked 40 years since ... 1981\") against the "
            "year it falls in, with the year assumed from the article's first date said (a "
            "warning), as is a count back from that date (\"opened in 1974, marking 42 years "
            "of service\"; \"on 2 April 1996, 40 years ago\"; \"opened 10 years ago, in 2016\"; "
            "\"built in 1962 and now 64 years old\"; \"The 1962 bridge, now 64 years old\"; "
            "\"next year marks 60 years since 1967\" is the year after; \"It is 30 years since the "
            "mine closed in 1986\"; an ordinal anniversary or an age reached, \"Founded in "
            "1962, ... celebrates its 60th anniversary this year\", \"opened in 1978, turns 50 "
            "this year\", exactly N years on; from a bare year to a "
            "full date the time is known to a year: 2013 to 9 January 2027 is 13.0 to 14.0 "
            "years). A count since a "
            "bare year told per year (\"Since 2020, 1,600 homes have been built, about 270 a "
            "year\") is judged over the years to the article's date, 5 to 7 here (a warning "
            "when it does not fit). Day counts come from C++20 "
            "<chrono>; a duration keeps its written "
            "precision and hedge.",
        .leaves_alone =
            "Forecasts (will, expected, forecast), and sources dated before an event with no "
            "elapsed time: announcing a launch before it happens is ordinary. A span across "
            "the new year of up to six months with the year written only at its end (\"from "
            "November to February 2026\") reads naturally and passes. A range with no year is "
            "counted against a duration only when it spans the same days in every year (not "
            "across a 29 February).",
        .passes = "The offer ran from 2 March 2026 to 10 March 2026.",
        .fails = "The offer ran from 10 March 2026 to 2 March 2026."};
  }
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    check_ranges(claims, out);
    check_durations(claims, out);
    check_anniversaries(claims, out);
    check_counted_back(claims, out);
    check_ordinal_ages(claims, out);
    check_since_rate(claims, out);
    check_sources(claims, out);
  }

 private:
  static void check_ranges(const Claims& claims, FindingSink& out) {
    for (const Claim& c : claims.claims) {
      if (c.kind != ClaimKind::kDate || c.date_end.empty()) continue;
      const auto r = range_days(claims, c);
      if (!r) continue;
      const std::string range = describe(r->start) + " to " + describe(r->end);
      if (r->backwards) {
        out.add(make(Severity::kError, {c.id}, c.span, "date range " + range + " runs backwards",
                     "the range starts " + describe(r->start) + " and ends " + describe(r->end) +
                         ", before it begins; with the start in the year before it would span " +
                         "most of a year, which copy states with both years: inconsistent"));
      } else {
        out.add(make(
            Severity::kPass, {c.id}, c.span, "date range " + range + " runs forwards",
            "starts " + describe(r->start) + ", ends " + describe(r->end) +
                (r->wrapped ? " (the start read in the year before, across the new year)" : "") +
                ": consistent"));
      }
    }
  }

  // A stated duration against the days between the dates it sits beside.
  // Two bare years a duration tells the distance between (see timeline.tsv's
  // timeline-relative): the year right before it and, for "later"/"earlier", the year right
  // after the word, or, for "before"/"after", the next year of the same clause.
  static std::optional<std::pair<const Claim*, const Claim*>> year_pair(const Claims& claims,
                                                                        const Claim& d) {
    const std::string trail = lower(slice(claims.text, d.span.end, d.span.end + 12));
    const lexicon::Entry* word = relative(trail);
    if (!word) return std::nullopt;
    const std::size_t word_end = d.span.end + 1 + word->word.size();
    const Claim* before = nullptr;
    const Claim* after = nullptr;
    for (const Claim& c : claims_in_sentence(claims, d.sentence)) {
      if (c.kind != ClaimKind::kDate || c.sentence != d.sentence || c.year == 0 || c.month != 0 ||
          c.day != 0 || c.quarter != 0 || c.half != 0 || !c.date_end.empty()) {
        continue;
      }
      if (c.span.end <= d.span.begin) before = &c;
      if (c.span.begin >= word_end && !after) after = &c;
    }
    if (!before || !after || before->year == after->year) return std::nullopt;
    const std::string_view gap = slice(claims.text, word_end, after->span.begin);
    // timeline-relative's value: "next", the other year right after the word; "event", the
    // next year of the same clause.
    enum class Other { kNext, kEvent };
    static const lexicon::Roles<Other> kOther("timeline-relative",
                                              {{"next", Other::kNext}, {"event", Other::kEvent}});
    if (kOther.of(word) == Other::kNext) {
      if (!tight(gap, 5)) return std::nullopt;
    } else {
      if (!tight(slice(claims.text, before->span.end, d.span.begin), 2)) return std::nullopt;
      if (gap.size() > 40 || gap.find_first_of(",;:()") != std::string_view::npos) {
        return std::nullopt;
      }
    }
    return std::make_pair(before, after);
  }

  // "The hall, opened in 1974, will be demolished in 2027 after 53 years": a duration opened by
  // a word of timeline-since right after the later of exactly two bare years of its sentence
  // (at most one word between), with no other date in the 200 bytes before it. The two years are
  // the ends of the span. "In 2025, after 12 years of talks, ..." is left alone (no year right
  // before the duration).
  static std::optional<std::pair<const Claim*, const Claim*>> year_pair_since(const Claims& claims,
                                                                              const Claim& d) {
    const std::string dtext = lower(claim_text(claims, d));
    const std::string first = dtext.substr(0, dtext.find(' '));
    if (!lexicon::find("timeline-since", first) || d.quantities.empty()) return std::nullopt;
    // The dates of its sentence in the 200 bytes before it, walked back from the duration (a
    // sentence of many figures stays linear).
    constexpr std::size_t kBack = 200;
    std::vector<const Claim*> years;
    for (std::size_t k = static_cast<std::size_t>(&d - claims.claims.data()); k-- > 0;) {
      const Claim& c = claims.claims[k];
      if (c.sentence != d.sentence || d.span.begin - c.span.begin > kBack) break;
      if (c.kind != ClaimKind::kDate) continue;
      if (c.year == 0 || c.month != 0 || c.day != 0 || c.quarter != 0 || c.half != 0 ||
          !c.date_end.empty() || c.fiscal || years.size() == 2) {
        return std::nullopt;  // another kind of date, or a third: the layout is not two years
      }
      years.insert(years.begin(), &c);
    }
    // "moved in 1989 after 53 years at the hall, which it had occupied since 1946": one year
    // before, the other in a relative clause on what the duration spans.
    const Claim* start_after = years.size() == 1 ? start_in_relative_clause(claims, d) : nullptr;
    if (start_after) years.insert(years.begin(), start_after);
    if (years.size() != 2 || years[0]->year >= years[1]->year) return std::nullopt;
    const std::string_view gap = slice(claims.text, years[1]->span.end, d.span.begin);
    if (gap.size() > 12 || gap.find_first_of(";:()") != std::string_view::npos) {
      return std::nullopt;
    }
    std::size_t words = 0;
    for (std::size_t i = 0; i < gap.size(); ++i) {
      words += std::isalpha(static_cast<unsigned char>(gap[i])) &&
               (i == 0 || !std::isalpha(static_cast<unsigned char>(gap[i - 1])));
    }
    if (words > 1) return std::nullopt;
    // "after three years of losses", "after 12 years in charge": a part of the span, not all of
    // it. The duration must end its clause or go on "of" or "in" (timeline-lifetime-lead) to a
    // word of the whole life of a thing (timeline-lifetime: "of use", "of heavy use", "in
    // service"), unless a relative clause names its start, and be at least half the span (a slip
    // changes a digit, not the order of things).
    const std::string trail =
        lower(slice(claims.text, d.span.end, std::min(claims.text.size(), d.span.end + 32)));
    if (!start_after && !trail.empty() && trail.find_first_of(",.;:)\n") != 0) {
      std::vector<std::string> w;
      std::string word;
      for (char ch : trail + " ") {
        if (std::isalpha(static_cast<unsigned char>(ch))) {
          word += ch;
        } else if (!word.empty()) {
          w.push_back(word);
          word.clear();
        }
      }
      // The rest of its clause holds no other figure: "after 25 years in service with the navy
      // and 15 with a ferry firm" splits the span.
      const std::string_view clause =
          slice(claims.text, d.span.end, std::min(claims.text.size(), d.span.end + 120));
      const std::string_view rest = clause.substr(0, clause.find_first_of(".;:,\n"));
      if (rest.find_first_of("0123456789") != std::string_view::npos) return std::nullopt;
      const bool lifetime = w.size() >= 2 && lexicon::find("timeline-lifetime-lead", w[0]) &&
                            (lexicon::find("timeline-lifetime", w[1]) ||
                             (w.size() >= 3 && lexicon::find("timeline-lifetime", w[2])));
      if (!lifetime) return std::nullopt;
    }
    const Quantity& n = d.quantities.front();
    if (lower(n.unit).rfind("year", 0) != 0 || 2 * n.value < years[1]->year - years[0]->year) {
      return std::nullopt;
    }
    return std::make_pair(years[0], years[1]);
  }

  // The one bare year of a relative clause right after a duration (timeline-clause-lead, after a
  // comma, within 100 bytes, no other date between): "after 53 years at the hall, which it had
  // occupied since 1946", "after 35 years at the firm, which she joined in 1984".
  static const Claim* start_in_relative_clause(const Claims& claims, const Claim& d) {
    const std::size_t index = static_cast<std::size_t>(&d - claims.claims.data());
    const Claim* year = nullptr;
    for (std::size_t k = index + 1; k < claims.claims.size(); ++k) {
      const Claim& c = claims.claims[k];
      if (c.sentence != d.sentence || c.span.begin - d.span.end > 100) break;
      if (c.kind != ClaimKind::kDate) continue;
      if (c.year == 0 || c.month != 0 || c.day != 0 || c.quarter != 0 || c.half != 0 ||
          !c.date_end.empty() || c.fiscal) {
        return nullptr;
      }
      year = &c;
      break;
    }
    if (!year) return nullptr;
    const std::string gap = lower(slice(claims.text, d.span.end, year->span.begin));
    if (gap.find_first_of(";:()") != std::string::npos) return nullptr;
    const std::size_t comma = gap.find(", ");
    if (comma == std::string::npos || gap.find(',', comma + 1) != std::string::npos) return nullptr;
    const std::size_t word_end = gap.find(' ', comma + 2);
    const std::string word =
        gap.substr(comma + 2, word_end == gap.npos ? gap.npos : word_end - comma - 2);
    return lexicon::find("timeline-clause-lead", word) ? year : nullptr;
  }

  // The article's first date with day, month and year: the date an anniversary without a year
  // of its own falls in.
  static const Claim* first_full_date(const Claims& claims) {
    for (const Claim& c : claims.claims) {
      if (c.kind == ClaimKind::kDate && c.year != 0 && c.month >= 1 && c.day != 0 &&
          c.date_end.empty()) {
        return &c;
      }
    }
    return nullptr;
  }

  // A duration in years against the whole years from start_year to year, the months unknown
  // (1981 to 2026 is 44 to 46 years); assumed says where the year came from, if not written.
  // When the end is a day of its year (`end`, its month and day known), the time from any day
  // of the start year to it is known closer: from 2011 to 12 February 2027 is 15.1 to 16.1 years.
  static void judge_years(const Quantity& n, int start_year, int year, const std::string& assumed,
                          Severity wrong, std::vector<std::string> ids, ByteSpan span,
                          FindingSink& out, const Claim* end = nullptr) {
    const int span_years = year - start_year;
    const bool end_day = end && end->year == year && end->month >= 1 && end->month <= 12 &&
                         end->day >= 1 && end->day <= 31;
    // The share of its year gone by the end day, counting months as their mean length.
    const double gone = end_day ? ((end->month - 1) * 30.44 + end->day) / 365.25 : 1.0;
    const Interval between{span_years - 1 + (end_day ? gone : 0.0), span_years + gone};
    const Interval stated = interval_of(n);
    const std::string from = std::to_string(start_year) + " to " + std::to_string(year);
    const std::string arithmetic =
        from + " is " + std::to_string(span_years) + " years (" + format_range(between, "years") +
        (end_day ? " from any day of " + std::to_string(start_year) + " to the end date)"
                 : " with the months unknown)") +
        assumed + "; " + std::string(n.text) + " allows " + format_range(stated, "years");
    if (between.overlaps(stated)) {
      out.add(
          make(Severity::kPass, ids, span,
               from + " is " + std::to_string(span_years) + " years, within " + std::string(n.text),
               arithmetic + ": consistent"));
      return;
    }
    out.add(make(
        wrong, ids, span,
        from + " is " + std::to_string(span_years) + " years, not " + std::string(n.text) + assumed,
        arithmetic + ": inconsistent"));
  }

  // The start of "N years since" written before it: "started in 2011 by a retired teacher, marks
  // 15 years since its first meeting". The words after "since" name a beginning
  // (timeline-since-start within three words: "its first meeting", "its founding"), and the claim
  // right before the count, in its sentence, is a year after "in" (timeline-start-lead) and a word
  // that begins something (timeline-age-start or timeline-since-begun: "started", "first held"),
  // with one comma and no other stop between; else nullptr.
  static const Claim* start_before_count(const Claims& claims, std::size_t i) {
    if (i == 0) return nullptr;
    const Claim& d = claims.claims[i];
    const Claim& b = claims.claims[i - 1];
    if (b.sentence != d.sentence || b.kind != ClaimKind::kDate) return nullptr;
    const std::size_t from = d.span.end + 7;  // past " since "
    const std::string after =
        lower(slice(claims.text, from, std::min(from + 48, claims.text.size())));
    bool beginning = false;
    for (std::size_t at = 0, n = 0; n < 3 && at < after.size(); ++n) {
      const std::size_t end = std::min(after.find_first_of(" ,.;:", at), after.size());
      beginning |= lexicon::find("timeline-since-start", after.substr(at, end - at)) != nullptr;
      if (end == after.size() || after[end] != ' ') break;
      at = end + 1;
    }
    if (!beginning) return nullptr;
    const std::size_t back = b.span.begin >= 40 ? b.span.begin - 40 : 0;
    const std::string before = lower(slice(claims.text, back, b.span.begin));
    std::vector<std::string> words;
    for (std::size_t at = 0; at < before.size();) {
      const std::size_t end = std::min(before.find_first_of(" \t\r\n", at), before.size());
      if (end > at) words.push_back(before.substr(at, end - at));
      at = end + 1;
    }
    if (words.size() < 2 || !lexicon::find("timeline-start-lead", words.back()) ||
        (!lexicon::find("timeline-age-start", words[words.size() - 2]) &&
         !lexicon::find("timeline-since-begun", words[words.size() - 2]))) {
      return nullptr;
    }
    const std::string gap = lower(slice(claims.text, b.span.end, d.span.begin));
    if (std::count(gap.begin(), gap.end(), ',') != 1 || gap.find_first_of(";:()") != gap.npos) {
      return nullptr;
    }
    return &b;
  }

  // "The 2026 festival marked 40 years since its first season in 1981": a duration in years after
  // a word of timeline-anniversary and before "since", against the distance from the first bare
  // year after it (within 120 bytes, no other date between) to the year the anniversary falls
  // in: a year written before it in its sentence or, failing that, the year of the article's
  // first full date (a warning naming the year assumed; an error after "this year"). The months
  // are unknown, so 1981 to 2026 is 44 to 46 years: "40 years" (39.5 to 40.5) is wrong.
  static void check_anniversaries(const Claims& claims, FindingSink& out) {
    const Claim* first_full = first_full_date(claims);
    for (std::size_t i = 0; i < claims.claims.size(); ++i) {
      const Claim& d = claims.claims[i];
      if (d.kind != ClaimKind::kDuration || d.quantities.size() != 1) continue;
      const Quantity& n = d.quantities.front();
      if (lower(n.unit).rfind("year", 0) != 0 || n.is_range) continue;
      const std::string trail = lower(slice(claims.text, d.span.end, d.span.end + 7));
      if (trail != " since ") continue;
      const std::string lead =
          lower(slice(claims.text, d.span.begin >= 24 ? d.span.begin - 24 : 0, d.span.begin));
      const std::size_t space = lead.find_last_of(' ', lead.size() >= 2 ? lead.size() - 2 : 0);
      if (lead.empty() || lead.back() != ' ' || space == std::string::npos) continue;
      const std::string verb = lead.substr(space + 1, lead.size() - space - 2);
      // "marked 40 years since", or the present: "It is 30 years since" (timeline-since-now).
      if (!lexicon::find("timeline-anniversary", verb) &&
          !lexicon::find("timeline-since-now", verb)) {
        continue;
      }
      // The start: the first date after it in its sentence, a bare year.
      const Claim* start = nullptr;
      for (std::size_t k = i + 1; k < claims.claims.size(); ++k) {
        const Claim& c = claims.claims[k];
        if (c.sentence != d.sentence || c.span.begin - d.span.end > 120) break;
        if (c.kind == ClaimKind::kDate) {
          start = &c;
          break;
        }
        // Another figure first ("10 years since its last title and 30 since its first, won in
        // 1994"): the year may be that figure's.
        if (!c.quantities.empty()) break;
      }
      // The year is written "in 1981" or "since 1981" (timeline-start-lead), not as the end of a
      // range ("works from 1998 to 2005").
      if (start) {
        const std::string before = lower(slice(
            claims.text, start->span.begin >= 7 ? start->span.begin - 7 : 0, start->span.begin));
        const std::size_t space =
            before.find_last_of(' ', before.size() >= 2 ? before.size() - 2 : 0);
        const std::string word = space == std::string::npos || before.empty()
                                     ? std::string()
                                     : before.substr(space + 1, before.size() - space - 2);
        if (!lexicon::find("timeline-start-lead", word)) start = nullptr;
      }
      // No year after "since": the start may be the year before the count ("started in 2011 by
      // a teacher, marks 15 years since its first meeting").
      const bool start_before = !start && (start = start_before_count(claims, i)) != nullptr;
      if (!start || start->year == 0 || start->month != 0 || start->quarter != 0 ||
          start->half != 0 || !start->date_end.empty() || start->fiscal) {
        continue;
      }
      // The year is the thing's own, not a clause's after ", and" (timeline-clause-break): "marked
      // 40 years since the band first played, and its first album came out in 1990".
      const std::string gap =
          start_before ? std::string() : lower(slice(claims.text, d.span.end, start->span.begin));
      if (gap.find_first_of(";:(") != std::string::npos) continue;
      bool other_clause = false;
      for (std::size_t at = gap.find(", "); at != std::string::npos; at = gap.find(", ", at + 2)) {
        const std::size_t end = gap.find(' ', at + 2);
        other_clause |=
            lexicon::find("timeline-clause-break",
                          gap.substr(at + 2, end == gap.npos ? gap.npos : end - at - 2)) != nullptr;
      }
      if (other_clause) continue;
      // The year it falls in: the nearest date before it in its sentence, or the article's.
      const Claim* end = nullptr;
      for (std::size_t k = i; k-- > 0;) {
        const Claim& c = claims.claims[k];
        if (c.sentence != d.sentence) break;
        if (c.kind == ClaimKind::kDate && &c != start) {
          end = &c;
          break;
        }
      }
      const std::size_t sentence_begin = claims.sentences[d.sentence].span.begin;
      const std::string head = lower(slice(claims.text, sentence_begin, d.span.begin));
      const bool this_year = head.find("this year") != std::string::npos;
      // "Next year marks 60 years since ...": the year after the article's (timeline-year-offset,
      // whose value is the years to add); a forecast with no such year is left alone.
      const lexicon::Entry* offset = nullptr;
      for (const lexicon::Entry& e : lexicon::entries("timeline-year-offset")) {
        if (head.find(e.word) != std::string::npos) {
          offset = &e;
        }
      }
      const bool elsewhen = !offset && mentions(head, "timeline-forecast");
      std::string assumed;
      int year = 0;
      if (end) {
        if (end->year == 0 || !end->date_end.empty() || end->fiscal) continue;
        year = end->year;
      } else if (first_full && first_full->span.end <= d.span.begin && !elsewhen) {
        const int shift = offset ? static_cast<int>(lexicon::number(offset->value)) : 0;
        year = first_full->year + shift;
        assumed =
            " (" + std::to_string(year) + " assumed: " +
            (offset ? "\"" + std::string(offset->word) + "\" after the year of" : "the year of") +
            " the article's first date, " + describe(parts_of(*first_full)) + ")";
      } else {
        continue;
      }
      if (year <= start->year) continue;
      std::vector<std::string> ids;
      if (end) ids.push_back(end->id);
      ids.push_back(d.id);
      ids.push_back(start->id);
      judge_years(n, start->year, year, assumed,
                  end || this_year || offset ? Severity::kError : Severity::kWarning,
                  std::move(ids), hull(end ? hull(end->span, d.span) : d.span, start->span), out,
                  end      ? end
                  : offset ? nullptr
                           : first_full);
    }
  }

  // "Since 2020, 1,600 homes have been built, about 270 a year": a count since a bare year (after
  // "since", or after "in" with "since" before it: "since it began in 2021"), then, after a comma
  // and only words of timeline-rate-lead, a figure of the same unit told per year
  // (timeline-per-year). The years run from the start to the article's first full date, whole
  // years with the months unknown (2020 to 2026 is 5 to 7 years, so 1,600 is 229 to 320 a year);
  // no overlap is a warning naming the year assumed. Three years or more apart only: over fewer
  // the months unknown leave no bound.
  static void check_since_rate(const Claims& claims, FindingSink& out) {
    const Claim* first_full = first_full_date(claims);
    if (!first_full) return;
    for (std::size_t i = 0; i < claims.claims.size(); ++i) {
      const Claim& y = claims.claims[i];
      if (y.kind != ClaimKind::kDate || y.year == 0 || y.month != 0 || y.quarter != 0 ||
          y.half != 0 || !y.date_end.empty() || y.fiscal || &y == first_full ||
          first_full->year - y.year < 3) {
        continue;
      }
      const auto& sentence = claims.sentences[y.sentence];
      const std::string head = lower(slice(claims.text, sentence.span.begin, y.span.begin));
      const std::size_t lead_at = head.find_last_of(' ', head.size() >= 2 ? head.size() - 2 : 0);
      const std::string lead = lead_at == std::string::npos || head.empty()
                                   ? head.substr(0, head.empty() ? 0 : head.size() - 1)
                                   : head.substr(lead_at + 1, head.size() - lead_at - 2);
      if (!lexicon::find("timeline-start-lead", lead) || !mentions(head, "timeline-since-year")) {
        continue;
      }
      // The count and the rate: two figures of the sentence after the start or around it.
      const Claim* count = nullptr;
      for (const Claim& c : claims_in_sentence(claims, y.sentence)) {
        if (c.sentence != y.sentence || c.kind == ClaimKind::kDate || c.quantities.size() != 1) {
          continue;
        }
        const Quantity& q = c.quantities.front();
        if (q.is_range || !(q.value > 1)) {
          count = nullptr;
          continue;
        }
        if (!count) {
          count = &c;
          continue;
        }
        const Quantity& total = count->quantities.front();
        const std::string gap = lower(slice(claims.text, count->span.end, c.span.begin));
        const std::string after_total = lower(slice(
            claims.text, count->span.end, std::min(count->span.end + 40, claims.text.size())));
        const std::string trail = past_repeated_words(
            lower(slice(claims.text, c.span.end, std::min(c.span.end + 40, claims.text.size()))),
            after_total);
        if (!rate_lead(gap) || !per_year(trail) || !same_unit(total, q)) {
          count = &c;
          continue;
        }
        const int span_years = first_full->year - y.year;
        const Interval whole = interval_of(total);
        const Interval rate{whole.low / (span_years + 1), whole.high / (span_years - 1)};
        const Interval stated = interval_of(q);
        const std::string assumed = assumed_from(*first_full);
        const std::string work =
            std::to_string(y.year) + " to " + std::to_string(first_full->year) + " is " +
            std::to_string(span_years) + " years (" + std::to_string(span_years - 1) + " to " +
            std::to_string(span_years + 1) + " with the months unknown)" + assumed + ": " +
            std::string(total.text) + " over them is " + format_range(rate, "") + " a year; " +
            std::string(q.text) + " allows " + format_range(stated, "");
        const ByteSpan span = hull(y.span, hull(count->span, c.span));
        if (rate.overlaps(stated)) {
          out.add(make(Severity::kPass, {y.id, count->id, c.id}, span,
                       std::string(total.text) + " since " + std::to_string(y.year) + " fits " +
                           std::string(q.text) + " a year",
                       work + ": consistent"));
        } else {
          out.add(make(Severity::kWarning, {y.id, count->id, c.id}, span,
                       std::string(total.text) + " since " + std::to_string(y.year) + " is " +
                           format_range(rate, "") + " a year, not " + std::string(q.text) + assumed,
                       work + ": inconsistent"));
        }
        break;
      }
    }
  }

  // ", about", ", or about", ", an average of": a comma, then only timeline-rate-lead words.
  static bool rate_lead(const std::string& gap) {
    const std::size_t comma = gap.rfind(',');
    if (comma == std::string::npos || gap.find_first_of(";:()") != std::string::npos) return false;
    for (std::size_t at = comma + 1; at < gap.size();) {
      const std::size_t end = std::min(gap.find(' ', at), gap.size());
      if (end > at && !lexicon::find("timeline-rate-lead", gap.substr(at, end - at))) return false;
      at = end + 1;
    }
    return true;
  }

  // The bytes after a yearly figure past the one or two words it repeats from its total: "410
  // megawatt hours, about 90 megawatt hours a year" and "41,000 loaves, about 9,000 loaves a
  // year" leave " a year".
  static std::string past_repeated_words(const std::string& trail, const std::string& total) {
    const auto words = [](const std::string& t) {
      std::vector<std::string> out;
      for (std::size_t at = 0; at < t.size() && out.size() < 3;) {
        if (t[at] != ' ') break;
        const std::size_t end = std::min(t.find_first_of(" ,.;:", at + 1), t.size());
        out.push_back(t.substr(at, end - at));
        at = end;
      }
      return out;
    };
    const std::vector<std::string> mine = words(trail), theirs = words(total);
    std::size_t n = 0, skip = 0;
    while (n < 2 && n < mine.size() && n < theirs.size() && mine[n] == theirs[n]) {
      skip += mine[n].size();
      ++n;
    }
    return trail.substr(skip);
  }

  // " a year", " per year", " each year" right after a figure.
  static bool per_year(const std::string& trail) {
    const auto words = lexicon::entries("timeline-per-year");
    return std::any_of(words.begin(), words.end(), [&](const lexicon::Entry& e) {
      const std::string w = " " + std::string(e.word);
      return trail.starts_with(w) && (trail.size() == w.size() ||
                                      !std::isalnum(static_cast<unsigned char>(trail[w.size()])));
    });
  }

  // Both counts (a count and a bare figure restating it), or one unit.
  static bool same_unit(const Quantity& a, const Quantity& b) {
    auto count_like = [](const Quantity& q) { return q.unit == "count" || q.unit.empty(); };
    return a.unit == b.unit || (count_like(a) && count_like(b));
  }

  // How an anniversary's year taken from the article's first date is said.
  static std::string assumed_from(const Claim& first_full) {
    return " (" + std::to_string(first_full.year) +
           " assumed: the year of the article's first date, " + describe(parts_of(first_full)) +
           ")";
  }

  // The start of a count back written after it: "opened exactly 10 years ago, in 2016." A bare
  // year (or month and year) right after a timeline-ago word, a comma and a timeline-start-lead
  // word, ending its clause, before the article's first full date's year; or nullptr.
  static const Claim* start_after(const Claims& claims, std::size_t i, const Claim& first_full) {
    const Claim& d = claims.claims[i];
    if (i + 1 >= claims.claims.size()) return nullptr;
    const Claim& c = claims.claims[i + 1];
    if (c.kind != ClaimKind::kDate || c.sentence != d.sentence || c.year == 0 || c.day != 0 ||
        c.quarter != 0 || c.half != 0 || !c.date_end.empty() || c.fiscal ||
        c.year >= first_full.year || first_full.span.end > d.span.begin) {
      return nullptr;
    }
    const std::string gap = lower(slice(claims.text, d.span.end, c.span.begin));
    // " ago, in ": one word, a comma, one word.
    const std::size_t comma = gap.find(", ");
    if (gap.empty() || gap.front() != ' ' || comma == std::string::npos || !gap.ends_with(" ")) {
      return nullptr;
    }
    const std::string ago = gap.substr(1, comma - 1);
    const std::string lead = gap.substr(comma + 2, gap.size() - comma - 3);
    if (!lexicon::find("timeline-ago", ago) || !lexicon::find("timeline-start-lead", lead)) {
      return nullptr;
    }
    const std::string_view next =
        slice(claims.text, c.span.end, std::min(c.span.end + 1, claims.text.size()));
    if (!next.empty() &&
        std::string_view(".,;:)!?\n\r").find(next.front()) == std::string_view::npos) {
      return nullptr;
    }
    return &c;
  }

  // Whether a bare year is written after a word that makes it something's beginning and a word
  // that leads a start year: "built in 1962", "founded in 1988" (timeline-age-start, then
  // timeline-start-lead), so an age after it is that thing's age.
  static bool begun_by_creation(const Claims& claims, const Claim& start) {
    const std::size_t from = start.span.begin >= 40 ? start.span.begin - 40 : 0;
    const std::string before = lower(slice(claims.text, from, start.span.begin));
    // Words end at any white space: the year's sentence may open a line ("Built in 1889, ...").
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < before.size();) {
      const std::size_t end = std::min(before.find_first_of(" \t\r\n", at), before.size());
      if (end > at) words.emplace_back(std::string_view(before).substr(at, end - at));
      at = end + 1;
    }
    if (words.size() < 2 || !lexicon::find("timeline-start-lead", words.back())) return false;
    if (lexicon::find("timeline-age-start", words[words.size() - 2])) return true;
    // A verb of two words: "set up in 1871".
    if (words.size() < 3) return false;
    const std::string pair =
        std::string(words[words.size() - 3]) + " " + std::string(words[words.size() - 2]);
    return lexicon::find("timeline-age-start", pair) != nullptr;
  }

  // Whether a word names a person: durations.tsv's duration-age-person, or a role noun's ending
  // (duration-age-person-suffix: "keeper", "chairman") after at least three letters.
  static bool person_word(std::string_view w) {
    if (lexicon::find("duration-age-person", w)) return true;
    const auto suffixes = lexicon::entries("duration-age-person-suffix");
    return std::any_of(suffixes.begin(), suffixes.end(), [&](const lexicon::Entry& e) {
      return w.size() >= e.word.size() + 3 && w.ends_with(e.word);
    });
  }

  // Takes an age's subject out of the gap between its start year and the age, so only the words
  // that link them remain: ", the museum is now " after "Established in 1946" leaves ", is now ";
  // " bridge, now " after "The 1962" leaves ", now ". The subject is one to four words (one to
  // three after a year that names the thing), none a word for a person: "Founded in 1990, its
  // chairman is now 71 years old" tells a person's age, not the firm's. False when the gap has
  // no such subject, or the words after it are no timeline-anniversary-aux words.
  static bool drop_age_subject(std::string& gap, bool named_by_year) {
    std::vector<std::string> words;
    std::size_t rest = 0;  // where the linking words begin
    if (named_by_year) {
      const std::size_t comma = gap.find(", ");
      if (gap.empty() || gap.front() != ' ' || comma == std::string::npos) return false;
      for (std::size_t at = 1; at < comma;) {
        const std::size_t end = std::min(gap.find(' ', at), comma);
        words.push_back(gap.substr(at, end - at));
        at = end + 1;
      }
      if (words.empty() || words.size() > 3) return false;
      rest = comma + 2;
    } else {
      if (!gap.starts_with(", ")) return false;
      std::size_t at = 2;
      while (at < gap.size()) {
        const std::size_t end = std::min(gap.find(' ', at), gap.size());
        const std::string w = gap.substr(at, end - at);
        if (lexicon::find("timeline-anniversary-aux", w)) break;
        words.push_back(w);
        at = end + 1;
      }
      if (words.empty() || words.size() > 4 || at >= gap.size()) return false;
      rest = at;
    }
    const bool plain = std::all_of(words.begin(), words.end(), [](const std::string& w) {
      return !w.empty() && !person_word(w) && std::all_of(w.begin(), w.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) || c == '\'' || c == '-';
      });
    });
    if (!plain) return false;
    gap = ", " + gap.substr(rest);
    return true;
  }

  // Whether a bare year names the thing after it, whose age the sentence then gives: "The 1962
  // bridge" (timeline.tsv's timeline-year-thing-lead right before the year).
  static bool year_names_thing(const Claims& claims, const Claim& start) {
    const std::size_t from = start.span.begin >= 12 ? start.span.begin - 12 : 0;
    const std::string before = lower(slice(claims.text, from, start.span.begin));
    if (before.empty() || before.back() != ' ') return false;
    const std::size_t space = before.find_last_of(" \t\r\n", before.size() - 2);
    const std::string word =
        before.substr(space == std::string::npos ? 0 : space + 1,
                      before.size() - 1 - (space == std::string::npos ? 0 : space + 1));
    return lexicon::find("timeline-year-thing-lead", word) != nullptr;
  }

  // A duration in years counted back from the article's date to the date right before it: "The
  // works opened in 1974, marking 42 years of service this autumn" (a timeline-anniversary word,
  // and timeline-anniversary-aux words, between the comma and the duration) or "first flew on 2
  // April 1996, 40 years ago this spring" (a timeline-ago word after it). The year it falls in is
  // the article's first full date's, written before the start and said (a warning; an error with
  // a timeline-this word in the sentence, "this autumn"). Whole years with the months unknown.
  static void check_counted_back(const Claims& claims, FindingSink& out) {
    const Claim* first_full = first_full_date(claims);
    if (!first_full) return;
    // The claims by where they end, to find the one right before a duration in log time.
    std::vector<const Claim*> by_end;
    by_end.reserve(claims.claims.size());
    for (const Claim& c : claims.claims) by_end.push_back(&c);
    std::stable_sort(by_end.begin(), by_end.end(),
                     [](const Claim* a, const Claim* b) { return a->span.end < b->span.end; });
    const auto ends_before = [](std::size_t at, const Claim* c) { return at < c->span.end; };
    const auto ends_sooner = [](const Claim* c, std::size_t at) { return c->span.end < at; };
    for (std::size_t i = 0; i < claims.claims.size(); ++i) {
      const Claim& d = claims.claims[i];
      if (d.kind != ClaimKind::kDuration || d.quantities.size() != 1) continue;
      const Quantity& n = d.quantities.front();
      // A thing's age ("now 64 years old") counts back from the article's date as "ago" does.
      const bool age = n.unit == "age";
      if ((!age && lower(n.unit).rfind("year", 0) != 0) || n.is_range) continue;
      if (const Claim* later = age ? nullptr : start_after(claims, i, *first_full)) {
        const std::string whole = lower(slice(claims.text, claims.sentences[d.sentence].span.begin,
                                              claims.sentences[d.sentence].span.end));
        judge_years(n, later->year, first_full->year, assumed_from(*first_full),
                    mentions(whole, "timeline-this") ? Severity::kError : Severity::kWarning,
                    {later->id, d.id}, hull(d.span, later->span), out, first_full);
        continue;
      }
      // The start: the last claim of its sentence that ends before it, a date.
      const auto after = std::upper_bound(by_end.begin(), by_end.end(), d.span.begin, ends_before);
      if (after == by_end.begin()) continue;
      const Claim* last =
          *std::lower_bound(by_end.begin(), after, (*(after - 1))->span.end, ends_sooner);
      if (last->sentence != d.sentence || last->kind != ClaimKind::kDate || last == first_full ||
          first_full->span.end > last->span.begin) {
        continue;
      }
      const Claim& start = *last;
      if (start.year == 0 || start.quarter != 0 || start.half != 0 || !start.date_end.empty() ||
          start.fiscal || start.year >= first_full->year) {
        continue;
      }
      // The words after the duration: " ago" or, with an anniversary word before it, " of ...".
      const std::string trail =
          lower(slice(claims.text, d.span.end, std::min(d.span.end + 8, claims.text.size())));
      const std::size_t trail_end = trail.find_first_of(" ,.;", 1);
      const std::string word =
          trail.empty() ? std::string()
                        : trail.substr(1, trail_end == trail.npos ? trail.npos : trail_end - 1);
      bool ago =
          age || (!trail.empty() && trail.front() == ' ' && lexicon::find("timeline-ago", word));
      // "40 years ago." or "40 years ago this spring", not "founded in 1990, two years ago bought
      // a rival": there the time ago is another event's.
      if (ago && !age) {
        const std::size_t at = d.span.end + 1 + word.size();
        const std::string after =
            lower(slice(claims.text, at, std::min(at + 16, claims.text.size())));
        const auto these = lexicon::entries("timeline-this");
        // A spaced dash closes the clause as a comma does: "opened in 1974 — 52 years ago — and".
        const bool dash = after.starts_with(" \xE2\x80\x94 ") ||
                          after.starts_with(" \xE2\x80\x93 ") || after.starts_with(" - ");
        ago = after.empty() || dash ||
              std::string_view(".,;:)!?\n\r").find(after.front()) != std::string_view::npos ||
              std::any_of(these.begin(), these.end(), [&](const lexicon::Entry& e) {
                return after.starts_with(" " + std::string(e.word));
              });
      }
      // Between the date and the duration: ", " then words of timeline-anniversary-aux, the last
      // one of timeline-anniversary unless the duration counts back ("ago").
      // The hedge ("nearly 39 years ago") is the duration's, not a word between.
      std::string gap = lower(slice(claims.text, start.span.end, d.span.begin));
      if (const std::string hedge = lower(n.hedge) + " ";
          hedge.size() > 1 && gap.ends_with(hedge)) {
        gap.resize(gap.size() - hedge.size());
      }
      // A spaced dash sets the count off as a comma does: "opened in 2003 – exactly 25 years ago".
      for (const std::string_view dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "}) {
        if (gap.starts_with(dash)) gap = ", " + gap.substr(dash.size());
      }
      // An age is the age of what the start year began, joined by a comma or "and": "built in
      // 1962 and now 64 years old", not "appointed in 1998, is now 71 years old".
      // Its subject may stand between: "Established in 1946, the museum is now 80 years old",
      // "The 1962 bridge, now 64 years old".
      if (age) {
        if (gap.starts_with(" and ")) gap = ", " + gap.substr(5);
        if (begun_by_creation(claims, start)) {
          if (!lexicon::find("timeline-anniversary-aux", gap.substr(2, gap.find(' ', 2) - 2))) {
            drop_age_subject(gap, false);
          }
        } else if (!year_names_thing(claims, start) || !drop_age_subject(gap, true)) {
          continue;
        }
      } else if (ago && !gap.starts_with(", ") && year_names_thing(claims, start)) {
        // "since its 2011 stock market listing, 17 years ago": the year names the thing, whose
        // noun stands between it and the comma.
        drop_age_subject(gap, true);
      }
      if (gap.rfind(", ", 0) != 0 || gap.find_first_of(";:()") != std::string::npos) continue;
      std::vector<std::string> words;
      for (std::size_t at = 2; at < gap.size();) {
        const std::size_t end = std::min(gap.find(' ', at), gap.size());
        if (end > at) words.push_back(gap.substr(at, end - at));
        at = end + 1;
      }
      const bool verb = !words.empty() && lexicon::find("timeline-anniversary", words.back());
      if (verb) words.pop_back();
      if (verb == ago || !std::all_of(words.begin(), words.end(), [](const std::string& w) {
            return lexicon::find("timeline-anniversary-aux", w) != nullptr;
          })) {
        continue;
      }
      // "founded in 1901, was 100 years old when it won the cup": an age in the past.
      if (age && std::any_of(words.begin(), words.end(), [](const std::string& w) {
            return lexicon::find("timeline-age-past", w) != nullptr;
          })) {
        continue;
      }
      // Not "since" (check_anniversaries) and not a forecast ("will mark 60 years").
      if (trail.rfind(" since", 0) == 0) continue;
      // Before the start date, which may be "14 May 2001": "may" there is not a forecast.
      const auto& sentence = claims.sentences[d.sentence];
      if (mentions(lower(slice(claims.text, sentence.span.begin, start.span.begin)),
                   "timeline-forecast")) {
        continue;
      }
      const std::string whole = lower(slice(claims.text, sentence.span.begin, sentence.span.end));
      judge_years(n, start.year, first_full->year, assumed_from(*first_full),
                  mentions(whole, "timeline-this") ? Severity::kError : Severity::kWarning,
                  {start.id, d.id}, hull(start.span, d.span), out, first_full);
    }
  }

  // An ordinal anniversary or an age reached, after the year the thing began in its sentence:
  // "Founded in 1962, the club celebrates its 60th anniversary this year" (durations.tsv's
  // duration-age-birthday after an ordinal), "which opened in 1978, turns 50 this year"
  // (timeline-turns before the age). The Nth anniversary falls exactly N years after the start:
  // with the year written for the sentence (timeline-this, or timeline-year-offset moving the
  // article's year) anything else is an error; with the year assumed from the article's first
  // date, the anniversary may have fallen the year before, and only an age outside those two is
  // a warning. Left alone: forecasts, another date in the sentence, a person between the year
  // and the age unless the year is a birth (timeline-age-start-person: "Born in 1956, the mayor
  // celebrated his 68th birthday").
  static void check_ordinal_ages(const Claims& claims, FindingSink& out) {
    const Claim* first_full = first_full_date(claims);
    if (!first_full) return;
    for (std::size_t i = 0; i < claims.claims.size(); ++i) {
      const Claim& d = claims.claims[i];
      if (d.kind != ClaimKind::kDuration || d.quantities.size() != 1) continue;
      const Quantity& n = d.quantities.front();
      if (n.unit != "age" || n.is_range || first_full->span.end > d.span.begin) continue;
      const std::string text = lower(claim_text(claims, d));
      const std::size_t last_space = text.find_last_of(' ');
      const std::string_view last_word =
          std::string_view(text).substr(last_space == std::string::npos ? 0 : last_space + 1);
      // "its 60th anniversary", "its golden jubilee", "its centenary".
      const bool ordinal = lexicon::find("duration-age-birthday", last_word) ||
                           lexicon::find("duration-age-named", last_word);
      const std::string lead =
          lower(slice(claims.text, d.span.begin >= 12 ? d.span.begin - 12 : 0, d.span.begin));
      const std::size_t lead_space = lead.find_last_of(' ', lead.size() >= 2 ? lead.size() - 2 : 0);
      const bool turns = !lead.empty() && lead.back() == ' ' && lead_space != std::string::npos &&
                         lexicon::find("timeline-turns",
                                       lead.substr(lead_space + 1, lead.size() - lead_space - 2));
      if (!ordinal && !turns) continue;
      // The start: the nearest claim before it, a bare year in its sentence that begins a thing.
      if (i == 0) continue;
      const Claim& start = claims.claims[i - 1];
      if (start.sentence != d.sentence || start.kind != ClaimKind::kDate || start.year == 0 ||
          start.month != 0 || start.quarter != 0 || start.half != 0 || !start.date_end.empty() ||
          start.fiscal || start.year >= first_full->year || &start == first_full ||
          !begun_by_creation(claims, start)) {
        continue;
      }
      // One comma closes the phrase the year began ("Founded in 1958 as a fishing quay, the
      // company celebrates ..."); the words after it name the thing and its verb.
      const std::string gap = lower(slice(claims.text, start.span.end, d.span.begin));
      const std::size_t comma = gap.find(", ");
      if (comma == std::string::npos || gap.find(',', comma + 1) != std::string::npos ||
          gap.size() > 100 || gap.find_first_of(";:()") != gap.npos) {
        continue;
      }
      // Whose age: a person between the year and the age is not the thing the year began.
      const std::size_t from = start.span.begin >= 40 ? start.span.begin - 40 : 0;
      const std::string before = lower(slice(claims.text, from, start.span.begin));
      const std::size_t in_at =
          before.find_last_of(' ', before.size() >= 2 ? before.size() - 2 : 0);
      const std::size_t verb_at = in_at == std::string::npos
                                      ? std::string::npos
                                      : before.find_last_of(" \t\r\n", in_at - 1);
      const std::string verb =
          in_at == std::string::npos
              ? std::string()
              : before.substr(verb_at == std::string::npos ? 0 : verb_at + 1,
                              in_at - (verb_at == std::string::npos ? 0 : verb_at + 1));
      // "its 60th anniversary" (timeline-year-thing-lead before the ordinal) is the thing's; before
      // "turns", only the subject's head word ("the tower block turns") says whose age it is.
      std::vector<std::string_view> subject;
      for (std::size_t at = comma + 2; at < gap.size();) {
        const std::size_t end = std::min(gap.find(' ', at), gap.size());
        if (end > at) subject.push_back(std::string_view(gap).substr(at, end - at));
        at = end + 1;
      }
      bool person = false;
      if (turns && !ordinal) {
        person = subject.size() >= 2 && person_word(subject[subject.size() - 2]);
      } else if (subject.empty() || !lexicon::find("timeline-year-thing-lead", subject.back())) {
        person = std::any_of(subject.begin(), subject.end(),
                             [](std::string_view w) { return person_word(w); });
      }
      if (person && !lexicon::find("timeline-age-start-person", verb)) continue;
      // No forecast before it ("will celebrate its 60th"; a later clause's "and will be
      // refurbished" is another matter), no other date; "next year" moves the article's year.
      const auto& sentence = claims.sentences[d.sentence];
      const std::string whole = lower(slice(claims.text, sentence.span.begin, sentence.span.end));
      if (mentions(lower(slice(claims.text, sentence.span.begin, d.span.begin)),
                   "timeline-forecast")) {
        continue;
      }
      bool other_date = false;
      for (std::size_t k = i + 1; k < claims.claims.size(); ++k) {
        if (claims.claims[k].sentence != d.sentence) break;
        other_date |= claims.claims[k].kind == ClaimKind::kDate;
      }
      if (other_date) continue;
      const lexicon::Entry* offset = nullptr;
      for (const lexicon::Entry& e : lexicon::entries("timeline-year-offset")) {
        if (whole.find(e.word) != std::string::npos) offset = &e;
      }
      const int year =
          first_full->year + (offset ? static_cast<int>(lexicon::number(offset->value)) : 0);
      const bool known = offset || mentions(whole, "timeline-this");
      const int span_years = year - start.year;
      const Interval allowed{static_cast<double>(known ? span_years : span_years - 1),
                             static_cast<double>(span_years)};
      const std::string assumed =
          " (" + std::to_string(year) + " assumed: " +
          (offset ? "\"" + std::string(offset->word) + "\" after the year of" : "the year of") +
          " the article's first date, " + describe(parts_of(*first_full)) + ")";
      const std::string from_to = std::to_string(start.year) + " to " + std::to_string(year);
      const std::string arithmetic =
          from_to + " is " + std::to_string(span_years) + " years" +
          (known ? ""
                 : ", or " + std::to_string(span_years - 1) +
                       " if it fell before the article's date in the year before") +
          assumed + "; " + std::string(n.text) + " is " + format_number(n.value);
      const ByteSpan span = hull(start.span, d.span);
      if (allowed.contains(n.value)) {
        out.add(make(Severity::kPass, {start.id, d.id}, span,
                     from_to + " is " + std::to_string(span_years) + " years, which fits " +
                         std::string(n.text),
                     arithmetic + ": consistent"));
        continue;
      }
      out.add(make(known ? Severity::kError : Severity::kWarning, {start.id, d.id}, span,
                   from_to + " is " + std::to_string(span_years) + " years, not " +
                       (ordinal ? "the " + std::string(n.text) : std::string(n.text) + " years") +
                       assumed,
                   arithmetic + ": inconsistent"));
    }
  }

  static void check_durations(const Claims& claims, FindingSink& out) {
    constexpr std::size_t kNear = 40;  // bytes between a duration and the date it sits beside
    for (const Claim& d : claims.claims) {
      if (d.kind != ClaimKind::kDuration) continue;
      const std::string dtext = lower(claim_text(claims, d));
      if (is_ordinal(dtext)) continue;
      // "five-year notes", "a 60-day window": an adjective, not a span between the dates.
      if (dtext.find('-') != std::string::npos) continue;
      // The words that make it the time the dates span: "took six weeks", "in ten weeks",
      // "lasted three weeks", "a total of twelve days", "— ten weeks", "eight weeks later".
      {
        const std::string lead =
            lower(slice(claims.text, d.span.begin >= 14 ? d.span.begin - 14 : 0, d.span.begin));
        const std::string trail = lower(slice(claims.text, d.span.end, d.span.end + 12));
        const auto leads = lexicon::entries("timeline-lead");
        const bool linked = std::any_of(leads.begin(), leads.end(),
                                        [&](const lexicon::Entry& w) {
                                          return lead.ends_with(std::string(w.word) + " ");
                                        }) ||
                            relative(trail) || is_ordinal(dtext) || dtext.rfind("in ", 0) == 0 ||
                            dtext.rfind("for ", 0) == 0 ||
                            lexicon::find("timeline-since", dtext.substr(0, dtext.find(' ')));
        if (!linked) continue;
      }
      // "the 52 weeks to 28 February", "the six months ended June": a period ending at the date,
      // not the gap between two dates; "half-year report": a label.
      const std::string after = lower(slice(claims.text, d.span.end, d.span.end + 8));
      const std::string_view raw_after = slice(claims.text, d.span.end, d.span.end + 5);
      const bool to_date = after.rfind(" to ", 0) == 0 && raw_after.size() == 5 &&
                           (std::isdigit(static_cast<unsigned char>(raw_after[4])) ||
                            std::isupper(static_cast<unsigned char>(raw_after[4])));
      if (to_date || after.rfind(" ended", 0) == 0 || after.rfind(" ending", 0) == 0 ||
          after.rfind(" report", 0) == 0 || after.rfind(" results", 0) == 0) {
        continue;
      }
      const auto allowed = duration_days(d);
      if (!allowed) continue;
      // Dates of the same sentence, in text order.
      std::vector<const Claim*> dates;
      for (const Claim& c : claims_in_sentence(claims, d.sentence)) {
        if (c.kind == ClaimKind::kDate && c.sentence == d.sentence && c.month >= 1) {
          dates.push_back(&c);
        }
      }
      auto near = [&](const Claim& first, const Claim& last) {
        if (d.span.begin >= first.span.end && d.span.end <= last.span.begin) return true;
        if (d.span.begin >= last.span.end) return d.span.begin - last.span.end <= kNear;
        if (d.span.end <= first.span.begin) return first.span.begin - d.span.end <= kNear;
        return false;
      };
      const Claim* a = nullptr;
      const Claim* b = nullptr;
      std::optional<DayRange> from, to;
      std::string from_text, to_text;
      for (const Claim* c : dates) {
        if (!c->date_end.empty() && near(*c, *c)) {
          const auto r = range_days(claims, *c, true);
          if (!r || r->backwards) continue;
          a = b = c, from = r->a, to = r->b;
          from_text = describe(r->start), to_text = describe(r->end);
          break;
        }
      }
      for (std::size_t i = 0; !a && i + 1 < dates.size(); ++i) {
        const Claim& x = *dates[i];
        const Claim& y = *dates[i + 1];
        if (x.day == 0 || y.day == 0 || !x.date_end.empty() || !y.date_end.empty()) continue;
        if (!near(x, y)) continue;
        Parts px = parts_of(x), py = parts_of(y);
        if (px.year == 0) px.year = py.year;
        if (py.year == 0) py.year = px.year;
        // Two dates with no year ("from Monday 3 August to Monday 28 September") span the same
        // days in every year but across a 29 February: counted in a common and a leap year.
        const bool no_year = px.year == 0;
        if (no_year) px.year = py.year = 2024;
        const auto dx = days_of(px);
        const auto dy = days_of(py);
        // The same day twice is one date mentioned twice, not a span.
        if (!dx || !dy || dy->first <= dx->first) continue;
        if (no_year) {
          Parts cx = px, cy = py;
          cx.year = cy.year = 2023;
          const auto ex = days_of(cx), ey = days_of(cy);
          if (!ex || !ey || (ey->first - ex->first) != (dy->first - dx->first)) continue;
          px.year = py.year = 0;
        }
        a = &x, b = &y, from = dx, to = dy;
        from_text = describe(px), to_text = describe(py);
      }
      // "in 2021, five years before the trial began in 2024", "six years later, in 2016": two
      // bare years, read as whole years, when the layout ties the duration to both.
      if (!a) {
        auto pair = year_pair(claims, d);
        if (!pair) pair = year_pair_since(claims, d);
        if (pair) {
          a = pair->first, b = pair->second;
          if (a->year > b->year) std::swap(a, b);
          from = days_of(parts_of(*a)), to = days_of(parts_of(*b));
          from_text = describe(parts_of(*a)), to_text = describe(parts_of(*b));
          if (!from || !to) a = b = nullptr;
        }
      }
      if (!a) continue;
      const long least = (to->first - from->last).count();
      const long most = (to->last - from->first).count() + 1;  // counting both ends
      const Interval between{static_cast<double>(least), static_cast<double>(most)};
      const std::string written = d.quantities.front().text.empty()
                                      ? claim_text(claims, d)
                                      : std::string(d.quantities.front().text);
      const std::string count =
          least == (to->last - from->first).count()
              ? days_text(least) + " (" + std::to_string(least + 1) + " counting both ends)"
              : std::to_string(least) + " to " + days_text(most - 1);
      std::vector<std::string> ids = {a->id};
      if (b != a) ids.push_back(b->id);
      ids.push_back(d.id);
      const ByteSpan span = hull(hull(a->span, b->span), d.span);
      const std::string allowed_text = format_range(*allowed, "days");
      // Two bare years are told apart in years ("2021 to 2024 is 3 years"), the least days
      // between them would understate it.
      const bool years_only = a->month == 0 && b->month == 0 && a->day == 0 && b->day == 0 &&
                              a->quarter == 0 && b->quarter == 0 && a->half == 0 && b->half == 0;
      const std::string gap =
          years_only ? std::to_string(b->year - a->year) + " years" : days_text(least);
      if (between.overlaps(*allowed)) {
        out.add(make(Severity::kPass, ids, span,
                     from_text + " to " + to_text + " is " + gap + ", within " + written,
                     from_text + " to " + to_text + " is " + count + "; " + written + " allows " +
                         allowed_text + ": consistent"));
      } else {
        out.add(make(Severity::kError, ids, span,
                     from_text + " to " + to_text + " is " + gap + ", not " + written,
                     from_text + " to " + to_text + " is " + count + "; " + written + " allows " +
                         allowed_text + ": inconsistent"));
      }
    }
  }

  // A source dated before the period its claim reports has ended.
  static void check_sources(const Claims& claims, FindingSink& out) {
    std::vector<bool> done(claims.sentences.size(), false);
    for (const Claim& c : claims.claims) {
      if (!c.citation || *c.citation >= claims.citations.size()) continue;
      if (c.sentence >= claims.sentences.size() || done[c.sentence]) continue;
      done[c.sentence] = true;
      const Citation& k = claims.citations[*c.citation];
      const auto cited = parse_iso(k.date);
      if (!cited) continue;
      const auto cited_days = days_of(*cited);
      if (!cited_days) continue;
      const ByteSpan sentence = claims.sentences[c.sentence].span;
      // The sentence's own words, without the citation.
      const std::size_t words_end = k.span.begin > sentence.begin && k.span.begin < sentence.end
                                        ? k.span.begin
                                        : sentence.end;
      if (forecast_words(claims, c.sentence, words_end)) continue;
      if (auto f = elapsed_after_event(claims, c.sentence, k, *cited_days)) {
        out.add(std::move(*f));
      } else if (auto g = period_reported(claims, c.sentence, k, *cited, *cited_days)) {
        out.add(std::move(*g));
      }
    }
    // "The player went on sale on 9 June 2026 (Release, 12 June 2026). In its first month it sold
    // 18,000 units.": a figure with no source of its own, right after a sentence whose source
    // is cited, reads as coming from that source.
    for (std::size_t s = 1; s < claims.sentences.size(); ++s) {
      if (done[s] || claims.sentences[s - 1].paragraph != claims.sentences[s].paragraph) continue;
      const Citation* k = nullptr;
      bool figures = false;
      for (const Claim& c : claims_in_sentence(claims, s - 1)) {
        if (c.citation && *c.citation < claims.citations.size()) k = &claims.citations[*c.citation];
      }
      for (const Claim& c : claims_in_sentence(claims, s)) {
        figures |= c.kind != ClaimKind::kDate && c.kind != ClaimKind::kDuration;
      }
      if (!k || !figures) continue;
      const auto cited = parse_iso(k->date);
      const auto cited_days = cited ? days_of(*cited) : std::nullopt;
      if (!cited_days || forecast_words(claims, s, claims.sentences[s].span.end)) continue;
      if (auto f = elapsed_after_event(claims, s, *k, *cited_days)) out.add(std::move(*f));
    }
  }

  // The sentence's words up to `end` speak of the future: a forecast, not a report.
  static bool forecast_words(const Claims& claims, std::size_t sentence, std::size_t end) {
    const ByteSpan s = claims.sentences[sentence].span;
    const std::string words = lower(slice(claims.text, s.begin, std::min(end, s.end)));
    return mentions(words, "timeline-forecast");
  }

  // "went live on 2 March 2026 and in its first quarter signed ..." cited to a source dated
  // before the first quarter could have ended.
  static std::optional<Finding> elapsed_after_event(const Claims& claims, std::size_t sentence,
                                                    const Citation& k, const DayRange& cited) {
    // The duration counted from the event: a duration claim saying "first", "following", ...
    const Claim* duration = nullptr;
    std::optional<double> days;
    for (const Claim& d : claims_in_sentence(claims, sentence)) {
      if (d.kind != ClaimKind::kDuration || d.sentence != sentence) continue;
      // "within its first two months": the ordinal may sit just before the duration's bytes.
      const std::string t =
          lower(slice(claims.text, d.span.begin >= 12 ? d.span.begin - 12 : 0, d.span.end));
      if (!is_ordinal(t)) continue;
      // "the first quarter of 2026" is a calendar quarter, not time since the event.
      const std::string after = lower(slice(claims.text, d.span.end, d.span.end + 12));
      if (after.find(" of 20") == 0 || after.find(" of 19") == 0 || after.find(" of the") == 0) {
        continue;
      }
      if ((days = ordinal_days(d))) {
        duration = &d;
        break;
      }
    }
    // The period as written, where it is, and the claims it comes from.
    ByteSpan dur_span;
    std::string dur;
    std::vector<std::string> ids;
    if (duration) {
      dur_span = duration->span;
      dur = claim_text(claims, *duration);
      ids.push_back(duration->id);
    } else if (auto phrase = ordinal_phrase(claims, sentence)) {
      // "in the following quarter", which the extractor may not make a duration claim of.
      dur_span = phrase->span;
      dur = phrase->text;
      days = phrase->days;
    } else {
      return std::nullopt;
    }
    // The event: a day-precision date before the duration, in this sentence or, failing that,
    // the one before it in the same paragraph.
    const Claim* event = nullptr;
    for (const Claim& c : claims.claims) {
      if (c.kind != ClaimKind::kDate || c.day == 0 || c.span.begin >= dur_span.begin) {
        continue;
      }
      const bool here = c.sentence == sentence;
      const bool before =
          sentence > 0 && c.sentence + 1 == sentence &&
          claims.sentences[c.sentence].paragraph == claims.sentences[sentence].paragraph;
      if (here || (before && (!event || event->sentence != sentence))) event = &c;
    }
    if (!event) return std::nullopt;
    // A start verb shortly before the event date.
    const std::size_t from = event->span.begin > 80 ? event->span.begin - 80 : 0;
    const std::string lead =
        lower(slice(claims.text, std::max(from, claims.sentences[event->sentence].span.begin),
                    event->span.begin));
    if (!mentions(lead, "timeline-start")) {
      return std::nullopt;
    }
    Parts p = parts_of(*event);
    if (p.year == 0) p.year = static_cast<int>(chr::year_month_day{cited.first}.year());
    const auto ev = days_of(p);
    if (!ev) return std::nullopt;
    const auto earliest_end = ev->first + chr::days{static_cast<long>(std::floor(*days))};
    if (earliest_end <= cited.last) return std::nullopt;
    const std::string source_date = describe(*parse_iso(k.date));
    ids.insert(ids.begin(), event->id);
    // The source joins the span only when it sits in the figure's sentence.
    ByteSpan span = event->sentence == sentence ? event->span : dur_span;
    if (claims.sentences[sentence].span.contains(k.span)) span = hull(span, k.span);
    Finding f = make(
        Severity::kWarning, ids, span,
        "source dated " + source_date + " predates the end of " + dur + " after " + describe(p),
        dur + " from " + describe(p) + " runs at least " +
            days_text(static_cast<long>(std::floor(*days))) + ", to " + describe(earliest_end) +
            " or later; the claim is cited to " + k.source + ", dated " + source_date +
            ", which could not yet report it: an editor should check the source "
            "or the period");
    return f;
  }

  // "retail sales for December rose 2.3%" cited to a source dated before December ended.
  static std::optional<Finding> period_reported(const Claims& claims, std::size_t sentence,
                                                const Citation& k, const Parts& cited_parts,
                                                const DayRange& cited) {
    bool reports = false;  // a figure that states what happened in the period
    for (const Claim& c : claims.claims) {
      if (c.sentence != sentence || c.kind == ClaimKind::kDate || c.kind == ClaimKind::kDuration) {
        continue;
      }
      reports = true;
    }
    if (!reports) return std::nullopt;
    // The periods the sentence reports on: its month, quarter and half dates, and a month named
    // after "for", "in" or "during" that the extractor left without a year ("sales for December").
    struct Period {
      Parts parts;
      ByteSpan span;
      std::string id;
    };
    std::vector<Period> periods;
    std::string first_figure;
    for (const Claim& c : claims.claims) {
      if (c.sentence != sentence) continue;
      if (c.kind != ClaimKind::kDate) {
        if (first_figure.empty() && c.kind != ClaimKind::kDuration) first_figure = c.id;
        continue;
      }
      if (c.day != 0 || (c.month == 0 && c.quarter == 0 && c.half == 0)) continue;
      Parts p = parts_of(c);
      if (!c.date_end.empty()) {
        if (auto e = parse_iso(c.date_end)) p = *e;
        if (p.year == 0) p.year = c.year;
      }
      if (p.day == 0) periods.push_back({p, c.span, c.id});
    }
    const ByteSpan s = claims.sentences[sentence].span;
    const std::string low = lower(slice(claims.text, s.begin, std::min(s.end, k.span.begin)));
    for (int m = 1; m <= 12; ++m) {
      for (const lexicon::Entry& lead : lexicon::entries("timeline-month-lead")) {
        const std::string phrase = std::string(lead.word) + " " + lower(month_name(m));
        const auto at = low.find(phrase);
        if (at == std::string::npos) continue;
        const std::string next = low.substr(at + phrase.size(), 2);
        if (!next.empty() &&
            (std::isalpha(static_cast<unsigned char>(next[0])) ||
             (next.size() == 2 && std::isdigit(static_cast<unsigned char>(next[1]))))) {
          continue;  // "in Marchetti", "in May 2026", "in June 30"
        }
        const ByteSpan span{s.begin + at + lead.word.size() + 1, s.begin + at + phrase.size()};
        const bool covered = std::any_of(periods.begin(), periods.end(),
                                         [&](const Period& p) { return p.span.overlaps(span); });
        if (!covered) periods.push_back({Parts{0, m, 0, 0, 0}, span, first_figure});
      }
    }
    for (Period& period_of : periods) {
      Parts p = period_of.parts;
      const bool assumed = p.year == 0;
      if (assumed) p.year = cited_parts.year;
      const auto period = days_of(p);
      if (!period || period->last <= cited.last) continue;
      // The period must already have begun: a source before it starts is a forecast.
      if (period->first > cited.last) continue;
      const std::string source_date = describe(cited_parts);
      return make(Severity::kWarning, {period_of.id}, hull(period_of.span, k.span),
                  "source dated " + source_date + " predates the end of " + describe(p),
                  describe(p) + (assumed ? " (the year taken from the source)" : "") + " ends on " +
                      describe(period->last) + "; the claim is cited to " + k.source + ", dated " +
                      source_date +
                      ", which could not report the whole period: an editor should check the "
                      "source or the period");
    }
    return std::nullopt;
  }
};

}  // namespace

std::unique_ptr<const Check> make_timeline() { return std::make_unique<TimelineCheck>(); }

}  // namespace factcheck::checks
