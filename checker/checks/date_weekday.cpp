// checker/checks/date_weekday.cpp
//
// Weekday named with a date against the calendar.
//
// Weekdays come from C++20 <chrono> (year_month_day, weekday), so the calendar is the standard
// library's, not ours. "Friday, 15 May 2026" passes; "Wednesday, 15 May 2026" is an error, and
// the finding names the nearest years in which 15 May is a Wednesday (2024 and 2030). When the
// date has no year, the year is the one the text nearest to it names: a date with a year in its
// own sentence ("on Thursday 30 October ... for January-September 2008"), else in its paragraph
// (the nearest before it, else after), else the dateline (a full date in the article's first
// paragraph), else the article's other full dates (day, month and year, in claims or citations:
// the most common year, ties going to the full date nearest before the claim; a window of a long
// document counts those of the windows before and after with its own, Carried::year_votes). Every
// finding says which year was assumed and where it came from. A period later than the article's own
// year (the dateline's, else its full dates') is a target or forecast ("a margin target for 2028")
// and lends no year, nor does a year a thing began in ("founded in 1976"). A year its sentence
// names as a period ("annual results for 2007 ... on Thursday 31 January") may be the year before
// the date or after it, since results come after their period and plans before it: a weekday that
// fits the year next to the period passes, saying so. A wrong weekday is an error only if a full
// date in the same sentence fixes the year, and a warning
// otherwise. Weekdays with no day and month
// ("on Monday"), impossible dates (left to date-validity) and articles with no dates to borrow a
// year from are left alone.
#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>

#include "checker/checks/all.h"
#include "checker/checks/common.h"

namespace factcheck::checks {

namespace {

namespace chr = std::chrono;

constexpr std::string_view kId = "date-weekday";
constexpr std::string_view kSummary = "weekday named with a date against the calendar";

// The weekday a name stands for ("Wednesday", "Wed", "wed."), as chrono's C encoding (Sunday 0).
std::optional<unsigned> weekday_of_name(std::string_view name) {
  const int d = weekday_of(name);
  return d < 0 ? std::nullopt : std::optional<unsigned>(static_cast<unsigned>(d));
}

std::optional<chr::year_month_day> date_of(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  const chr::year_month_day d{chr::year{year}, chr::month{static_cast<unsigned>(month)},
                              chr::day{static_cast<unsigned>(day)}};
  if (!d.ok()) return std::nullopt;
  return d;
}

unsigned weekday_in(int year, int month, int day) {
  return chr::weekday{chr::sys_days{*date_of(year, month, day)}}.c_encoding();
}

// The weekday of a date, or 7 (no weekday) when the date cannot exist.
unsigned weekday_in_ok(int year, int month, int day) {
  return date_of(year, month, day) ? weekday_in(year, month, day) : 7;
}

// A full date found in the article, with where it is, to lend its year to dates without one; or
// those of a year in the other windows (Carried::year_votes), counted as `dates` votes.
struct FullDate {
  std::size_t offset = 0;
  int year = 0;
  std::size_t dates = 1;
};

int to_int(std::string_view s) {
  int v = 0;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return -1;
    v = v * 10 + (ch - '0');
  }
  return s.empty() ? -1 : v;
}

// The year of an ISO "YYYY-MM-DD" citation date, or 0 when it is not a full date.
int full_iso_year(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return 0;
  const int y = to_int(iso.substr(0, 4));
  return y > 0 && to_int(iso.substr(5, 2)) > 0 && to_int(iso.substr(8, 2)) > 0 ? y : 0;
}

// The full dates of `claims`, own ones only (a window's, not the windows' before).
std::vector<FullDate> own_full_dates(const Claims& claims) {
  std::vector<FullDate> out;
  for (const Claim& c : claims.claims) {
    if (c.kind == ClaimKind::kDate && c.year != 0 && c.month != 0 && c.day != 0) {
      out.push_back({c.span.begin, c.year});
    }
  }
  for (const Citation& k : claims.citations) {
    if (const int y = full_iso_year(k.date)) out.push_back({k.span.begin, y});
  }
  return out;
}

// The full dates a check reads: its own, and those of the other windows as one vote a date.
std::vector<FullDate> full_dates(const Claims& claims) {
  std::vector<FullDate> out = own_full_dates(claims);
  for (const Carried::YearVote& v : claims.carried.year_votes) {
    out.push_back({v.last, v.year, v.dates});
  }
  return out;
}

// The year an undated day-month most likely belongs to, or nullopt when the article has no full
// dates. Most common year; ties go to the nearest full date before `offset` (else after it).
std::optional<int> assumed_year(const std::vector<FullDate>& dates, std::size_t offset) {
  if (dates.empty()) return std::nullopt;
  std::map<int, int> votes;
  for (const FullDate& d : dates) votes[d.year] += static_cast<int>(d.dates);
  int best = 0;
  for (const auto& [year, n] : votes) best = std::max(best, n);
  std::optional<int> nearest;
  std::size_t distance = 0;
  for (const FullDate& d : dates) {
    if (votes[d.year] != best) continue;
    // Dates before the claim are preferred: they are what the reader has in mind.
    const std::size_t dist =
        d.offset <= offset ? offset - d.offset : (d.offset - offset) + (std::size_t{1} << 40);
    if (!nearest || dist < distance) nearest = d.year, distance = dist;
  }
  return nearest;
}

// The year of a date claim: its own, or the end of its range ("January-September 2008").
int named_year(const Claim& c) {
  if (c.year != 0) return c.year;
  if (const auto end = parse_iso(c.date_end)) return end->year;
  return 0;
}

// Whether a bare year is when a thing began ("founded in 1976", "built in 1932": lexicon classes
// timeline-age-start and timeline-start-lead before it): its history, not the period of an event
// told beside it ("founded in 1976, marks its golden jubilee on Saturday 21 November").
bool founding_year(std::string_view text, const Claim& o) {
  if (o.month != 0 || o.day != 0 || o.span.begin < 4) return false;
  std::string before = checks::lower(text.substr(o.span.begin >= 30 ? o.span.begin - 30 : 0,
                                                 std::min<std::size_t>(o.span.begin, 30)));
  while (!before.empty() && before.back() == ' ') before.pop_back();
  const std::size_t lead_at = before.find_last_of(' ');
  if (lead_at == std::string::npos ||
      !lexicon::find("timeline-start-lead", std::string_view(before).substr(lead_at + 1))) {
    return false;
  }
  before.resize(lead_at);
  const std::size_t verb_at = before.find_last_of(' ');
  return lexicon::find("timeline-age-start", std::string_view(before).substr(
                                                 verb_at == std::string::npos ? 0 : verb_at + 1)) !=
         nullptr;
}

// A year for a date that states none, and the words saying where it came from.
struct Assumed {
  int year = 0;
  bool certain = false;  // a full date in the same sentence fixes it
  bool period = false;   // a period its sentence names: the date may fall in the year next to it
  std::string why;
};

// Of dates in text order, the last before `c`, else the first after it.
const Claim* nearest_named(const std::vector<const Claim*>& candidates, const Claim& c) {
  const Claim* before = nullptr;
  const Claim* after = nullptr;
  for (const Claim* o : candidates) {
    if (o->span.begin < c.span.begin) before = o;
    if (o->span.begin > c.span.begin && !after) after = o;
  }
  return before ? before : after;
}

std::optional<Assumed> assume_year(const Claims& claims, const Claim& c,
                                   const std::vector<FullDate>& dates) {
  const auto paragraph_of = [&](const Claim& o) { return claims.sentences[o.sentence].paragraph; };
  if (c.sentence >= claims.sentences.size()) return std::nullopt;
  std::vector<const Claim*> sentence, para, first_para;
  // A later window of a long document holds not the first paragraph but the dateline carried.
  const bool holds_first_paragraph = claims.starts_document();
  if (!holds_first_paragraph && claims.carried.dateline)
    first_para.push_back(&*claims.carried.dateline);
  for (const Claim& o : claims.claims) {
    if (!holds_first_paragraph || o.kind != ClaimKind::kDate ||
        o.sentence >= claims.sentences.size()) {
      continue;
    }
    if (paragraph_of(o) == 0 && o.year != 0 && o.month != 0 && o.day != 0) {
      first_para.push_back(&o);
    }
  }
  // The article's own year: the dateline's, else its full dates'. A period named after it is a
  // target or a forecast ("a margin target for 2028"), not the year of a date the article reports.
  std::optional<int> article_year;
  if (!first_para.empty()) article_year = first_para.front()->year;
  if (!article_year) article_year = assumed_year(dates, c.span.begin);
  for (const Claim& o : claims.claims) {
    if (&o == &c || o.kind != ClaimKind::kDate || named_year(o) == 0) continue;
    if (o.sentence >= claims.sentences.size()) continue;
    const bool full = o.year != 0 && o.month != 0 && o.day != 0;
    if (!full && article_year && named_year(o) > *article_year) continue;
    if (!full && founding_year(claims.text, o)) continue;
    if (o.sentence == c.sentence) sentence.push_back(&o);
    if (paragraph_of(o) == paragraph_of(c)) para.push_back(&o);
  }
  // A full date in the same sentence fixes the year.
  for (const Claim* o : sentence) {
    if (o->year != 0 && o->month != 0 && o->day != 0) {
      return Assumed{o->year, true, false,
                     "the year " + std::to_string(o->year) +
                         " is taken from the full date in the same sentence; "};
    }
  }
  auto from = [&](const Claim* o, std::string_view where) {
    const int y = named_year(*o);
    return Assumed{y, false, false,
                   "no year is stated; assuming " + std::to_string(y) + ", the year " +
                       std::string(where) + " names (" +
                       std::string(checks::claim_text(*o, claims.text)) + "); "};
  };
  // A period its sentence names ("results for 2007 ... on Thursday 31 January", "will invest
  // during 2009, it said on Wednesday 17 September"): the date may be in the year after or before.
  if (const Claim* o = nearest_named(sentence, c)) {
    Assumed a = from(o, "its own sentence");
    a.period = o->day == 0;
    return a;
  }
  if (const Claim* o = nearest_named(para, c)) return from(o, "its paragraph");
  if (!first_para.empty() && (paragraph_of(c) != 0 || !holds_first_paragraph)) {
    return from(first_para.front(), "the dateline");
  }
  const auto y = assumed_year(dates, c.span.begin);
  if (!y) return std::nullopt;
  return Assumed{*y, false, false,
                 "no year is stated; assuming " + std::to_string(*y) +
                     ", the year of the article's own dates; "};
}

std::string day_month(int month, int day) {
  return std::to_string(day) + " " + std::string(month_name(month));
}

// The years nearest `year`, before and after, in which the day-month falls on `wd`.
std::string nearest_years(int year, int month, int day, unsigned wd, int& closest) {
  std::optional<int> before, after;
  for (int k = 1; k <= 40 && (!before || !after); ++k) {
    if (!before && date_of(year - k, month, day) && weekday_in(year - k, month, day) == wd) {
      before = year - k;
    }
    if (!after && date_of(year + k, month, day) && weekday_in(year + k, month, day) == wd) {
      after = year + k;
    }
  }
  closest = 0;
  if (before) closest = *before;
  if (after && (!before || *after - year < year - *before)) closest = *after;
  if (before && after) return std::to_string(*before) + " and " + std::to_string(*after);
  if (before) return std::to_string(*before);
  if (after) return std::to_string(*after);
  return "no nearby year";
}

class DateWeekdayCheck final : public Check {
 public:
  std::string_view id() const override { return kId; }
  std::string_view summary() const override { return kSummary; }
  CheckDoc doc() const override {
    return {.what =
                "A weekday named with a date, against the calendar (C++20 <chrono>): \"Wednesday, "
                "15 May 2026\" is an error, and the finding names the nearest years in which 15 "
                "May is a Wednesday. A date without a year takes the configured reference date's "
                "year, else the year "
                "its own sentence, its paragraph, the dateline or the article's other dates "
                "name, in that order; a wrong weekday is then a warning saying which year was "
                "assumed and where it came from.",
            .leaves_alone =
                "Weekdays with no day and month (\"on Monday\"); impossible dates (date-validity); "
                "articles with no full dates to borrow a year from.",
            .passes = "The vote is on Friday, 15 May 2026.",
            .fails = "The vote is on Wednesday, 15 May 2026."};
  }
  Severity default_severity() const override { return Severity::kError; }

  void run(const Claims& claims, FindingSink& out) const override {
    const std::vector<FullDate> dates = full_dates(claims);
    for (const Claim& c : claims.claims) {
      if (c.kind != ClaimKind::kDate || c.weekday.empty() || c.month == 0 || c.day == 0) continue;
      const auto stated = weekday_of_name(c.weekday);
      if (!stated) continue;
      int year = c.year;
      bool certain = c.year != 0;
      std::string assumption;
      if (year == 0 && claims.reference_year != 0) {
        // The configuration's reference date says which year undated days belong to.
        year = claims.reference_year;
        assumption = "no year is stated; assuming " + std::to_string(year) +
                     ", the year of the configured reference date; ";
      }
      if (year == 0) {
        const auto a = assume_year(claims, c, dates);
        if (!a) continue;
        year = a->year, certain = a->certain, assumption = a->why;
        if (a->period && weekday_in_ok(year, c.month, c.day) != *stated) {
          for (int next : {year + 1, year - 1}) {
            if (date_of(next, c.month, c.day) && weekday_in(next, c.month, c.day) == *stated) {
              assumption += "the weekday fits " + std::to_string(next) +
                            ", next to the period the sentence names (results are reported after "
                            "their period, plans before it), so assuming " +
                            std::to_string(next) + "; ";
              year = next;
              break;
            }
          }
        }
      }
      if (!date_of(year, c.month, c.day)) continue;  // impossible: date-validity's to report
      const unsigned actual = weekday_in(year, c.month, c.day);
      const std::string dm = day_month(c.month, c.day);
      const std::string actual_name(weekday_name(static_cast<int>(actual)));
      const std::string stated_name(weekday_name(static_cast<int>(*stated)));
      Finding f;
      f.check = std::string(kId);
      f.claims = {c.id};
      f.span = c.span;
      const std::string year_text = (c.year != 0 ? "" : "assumed ") + std::to_string(year);
      if (actual == *stated) {
        f.severity = Severity::kPass;
        f.message = dm + " " + std::to_string(year) + " is a " + actual_name +
                    (c.year != 0 ? "" : " (year " + year_text + ")");
        f.explanation = assumption + dm + " " + std::to_string(year) + " falls on a " +
                        actual_name + ", as stated: consistent";
      } else {
        int closest = 0;
        const std::string others = nearest_years(year, c.month, c.day, *stated, closest);
        f.severity = certain ? Severity::kError : Severity::kWarning;
        f.message = dm + " " + std::to_string(year) + " is a " + actual_name + ", not a " +
                    stated_name + (c.year != 0 ? "" : " (year " + year_text + ")") + "; it is a " +
                    stated_name + " in " + others;
        f.explanation = assumption + dm + " " + std::to_string(year) + " falls on a " +
                        actual_name + "; the text says " + stated_name + ", which " + dm +
                        " is in " + others + ": " +
                        (certain ? "inconsistent"
                                 : "inconsistent if the assumed year is right; an editor should "
                                   "check the year");
        if (closest != 0 && std::abs(closest - year) <= 2) {
          f.slip = "the weekday of " + dm + " " + std::to_string(closest) +
                   ": a calendar for another year";
        }
      }
      out.add(std::move(f));
    }
  }
};

}  // namespace

void count_full_dates(const Claims& window, std::vector<Carried::YearVote>& votes, bool after) {
  for (const FullDate& d : own_full_dates(window)) {
    auto v = std::find_if(votes.begin(), votes.end(),
                          [&](const Carried::YearVote& o) { return o.year == d.year; });
    if (v == votes.end()) v = votes.insert(votes.end(), {d.year, 0, d.offset});
    ++v->dates;
    v->last = after ? std::min(v->last, d.offset) : std::max(v->last, d.offset);
  }
}

bool needs_year_vote(const Claims& window) {
  if (window.reference_year != 0) return false;
  // Only a date whose sentence, paragraph and dateline name no year falls to the vote.
  return std::any_of(window.claims.begin(), window.claims.end(), [&](const Claim& c) {
    return c.kind == ClaimKind::kDate && !c.weekday.empty() && c.year == 0 && c.month != 0 &&
           c.day != 0 && !assume_year(window, c, {});
  });
}

std::unique_ptr<const Check> make_date_weekday() { return std::make_unique<DateWeekdayCheck>(); }

}  // namespace factcheck::checks
