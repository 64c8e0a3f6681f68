// The family corpus files of dates, durations and ages, and text that holds no figure:
// tests/extractor/corpus/{dates,durations,not-figures}.txt, one sentence a line:
//
//   TEXT -> EXPECTATION ; EXPECTATION ; ...
//
//   date ISO[..END]     a date claim with that date (and that end; no end when none is given)
//   duration V UNIT     a duration claim whose figure is V in UNIT (day, week, month, ...); V may
//                       be a range LOW..HIGH ("five to seven days" is 5..7 day)
//   age V UNIT          a figure that is an age of V UNIT (year, month, week, day); V as above
//   figure V UNIT       some claim holds a figure of V in UNIT ("%", "USD", "count"; "-" for none)
//   not V               no claim holds a figure of value V
//   no figures          no money, percent, points, change, multiple, count, number, share or rate
//   no date             no date claim
//   no duration         no duration claim
//   no age              no figure is an age
//   no findings         the checks report nothing at warning or error
//
// A line whose expectations all start with "no"/"not" is a negative. A line starting with "?" is
// a known gap: it is measured and reported, not asserted. The test prints, per file, the
// examples read right, with a wrong value, and missed, and the negatives read right.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "checker/checker.h"
#include "extractor/extractor.h"

using namespace factcheck;

namespace {

std::vector<std::string> split(std::string_view s, std::string_view sep) {
  std::vector<std::string> out;
  for (std::size_t at = 0;;) {
    std::size_t next = s.find(sep, at);
    out.emplace_back(s.substr(at, next == std::string_view::npos ? next : next - at));
    if (next == std::string_view::npos) return out;
    at = next + sep.size();
  }
}

bool near(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b)); }

// An age in years, from a figure and a unit of the corpus file.
double years(double v, std::string_view unit) {
  if (unit == "month") return v / 12;
  if (unit == "week") return v * 7 / 365.25;
  if (unit == "day") return v / 365.25;
  return v;
}

bool is_figure_kind(ClaimKind k) {
  return k != ClaimKind::kDate && k != ClaimKind::kDuration && k != ClaimKind::kEnumeration;
}

enum class Outcome { kRight, kWrong, kMissed };

// One expectation against a document's claims: right, a claim of its sort with another value
// (or, for a negative, the reading it forbids), or no claim of its sort at all.
Outcome judge(std::string_view expectation, const Claims& claims) {
  std::vector<std::string> w = split(expectation, " ");
  const std::string& what = w[0];
  if (what == "date") {
    REQUIRE(w.size() == 2);
    std::vector<std::string> ends = split(w[1], "..");
    bool any = false;
    for (const Claim& c : claims.claims) {
      if (c.kind != ClaimKind::kDate) continue;
      any = true;
      if (c.date == ends[0] && c.date_end == (ends.size() > 1 ? ends[1] : "")) {
        return Outcome::kRight;
      }
    }
    return any ? Outcome::kWrong : Outcome::kMissed;
  }
  if (what == "duration" || what == "age" || what == "figure") {
    REQUIRE(w.size() == 3);
    // A range "5..7" is right when the figure is a range whose ends are those, to within the
    // half unit a whole number stands for.
    const std::vector<std::string> ends = split(w[1], "..");
    const bool range = ends.size() == 2;
    const double v = range ? (std::stod(ends[0]) + std::stod(ends[1])) / 2 : std::stod(w[1]);
    auto ends_match = [&](const Quantity& q, double factor) {
      return !range ||
             (q.is_range && std::fabs(q.low - std::stod(ends[0]) * factor) <= 0.5 * factor &&
              std::fabs(q.high - std::stod(ends[1]) * factor) <= 0.5 * factor);
    };
    bool any = false;
    for (const Claim& c : claims.claims) {
      if (what == "duration" && c.kind != ClaimKind::kDuration) continue;
      for (const Quantity& q : c.quantities) {
        if (what == "age") {
          if (q.unit != "age") continue;
          any = true;
          if (std::fabs(q.value - years(v, w[2])) < 1e-3 && ends_match(q, years(1, w[2]))) {
            return Outcome::kRight;
          }
        } else {
          any = true;
          if (q.unit == (w[2] == "-" ? "" : w[2]) && near(q.value, v) && ends_match(q, 1)) {
            return Outcome::kRight;
          }
        }
      }
    }
    return any ? Outcome::kWrong : Outcome::kMissed;
  }
  if (what == "not") {
    REQUIRE(w.size() == 2);
    const double v = std::stod(w[1]);
    for (const Claim& c : claims.claims) {
      for (const Quantity& q : c.quantities) {
        if (near(q.value, v)) return Outcome::kWrong;
      }
    }
    return Outcome::kRight;
  }
  if (expectation == "no figures" || expectation == "no date" || expectation == "no duration") {
    for (const Claim& c : claims.claims) {
      const bool bad = expectation == "no figures" ? is_figure_kind(c.kind)
                       : expectation == "no date"  ? c.kind == ClaimKind::kDate
                                                   : c.kind == ClaimKind::kDuration;
      if (bad) return Outcome::kWrong;
    }
    return Outcome::kRight;
  }
  if (expectation == "no age") {
    for (const Claim& c : claims.claims) {
      for (const Quantity& q : c.quantities) {
        if (q.unit == "age") return Outcome::kWrong;
      }
    }
    return Outcome::kRight;
  }
  if (expectation == "no findings") {
    for (const Finding& f : check(claims)) {
      if (f.severity == Severity::kError || f.severity == Severity::kWarning)
        return Outcome::kWrong;
    }
    return Outcome::kRight;
  }
  FAIL("unknown expectation: " << expectation);
  return Outcome::kMissed;
}

// What the claims of a line are, for the message of a failing line.
std::string describe(const Claims& claims) {
  std::ostringstream out;
  for (const Claim& c : claims.claims) {
    out << to_string(c.kind) << "[" << claims.text.substr(c.span.begin, c.span.size()) << "]";
    if (!c.date.empty()) out << " " << c.date << (c.date_end.empty() ? "" : "..") << c.date_end;
    for (const Quantity& q : c.quantities) out << " (" << q.value << " " << q.unit << ")";
    out << "; ";
  }
  return out.str();
}

struct Tally {
  int examples = 0, right = 0, wrong = 0, missed = 0;
  int negatives = 0, negatives_right = 0;
  int gaps = 0;
};

Tally run_file(const std::string& name) {
  std::ifstream in(std::string(FACTCHECK_FAMILY_CORPUS) + "/" + name);
  REQUIRE_MESSAGE(in.good(), "cannot read " << name);
  Tally t;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    const bool gap = line[0] == '?';
    if (gap) line.erase(0, 1);
    const std::size_t arrow = line.rfind(" -> ");
    REQUIRE_MESSAGE(arrow != std::string::npos, name << ":" << number << ": no ' -> '");
    const std::string text = line.substr(0, arrow);
    const std::vector<std::string> expectations = split(line.substr(arrow + 4), " ; ");
    const Claims claims = extract(text);
    bool negative = true;
    Outcome worst = Outcome::kRight;
    for (const std::string& e : expectations) {
      negative = negative && e.starts_with("no");
      const Outcome o = judge(e, claims);
      if (o == Outcome::kMissed || (o == Outcome::kWrong && worst == Outcome::kRight)) worst = o;
    }
    if (negative) {
      ++t.negatives;
      t.negatives_right += worst == Outcome::kRight;
    } else {
      ++t.examples;
      t.right += worst == Outcome::kRight;
      t.wrong += worst == Outcome::kWrong;
      t.missed += worst == Outcome::kMissed;
    }
    if (gap) {
      ++t.gaps;
      MESSAGE(name << ":" << number << ": known gap"
                   << std::string(worst == Outcome::kRight ? " now read" : "") << ": " << text
                   << " | " << describe(claims));
      continue;
    }
    CHECK_MESSAGE(worst == Outcome::kRight,
                  name << ":" << number << ": " << text << " | got: " << describe(claims));
  }
  MESSAGE(name << ": examples " << t.examples << ", right " << t.right << ", wrong value "
               << t.wrong << ", missed " << t.missed << "; negatives " << t.negatives << ", right "
               << t.negatives_right << "; known gaps " << t.gaps);
  return t;
}

}  // namespace

TEST_CASE("the family corpus files hold enough examples and negatives, and each reads right") {
  for (const std::string name : {"dates.txt", "durations.txt", "not-figures.txt"}) {
    CAPTURE(name);
    const Tally t = run_file(name);
    CHECK(t.examples >= 30);
    CHECK(t.negatives >= 30);
  }
}
