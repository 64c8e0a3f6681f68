// Reads the family corpus files (tests/extractor/corpus/*.tsv, format in README.md there) and
// checks each line's figures: per family, examples read right, with a wrong value, with a wrong
// unit, or missed, and negatives kept clear.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extractor/internal.h"

using namespace factcheck;

namespace {

bool near(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

bool is_money(std::string_view unit) {
  return unit.size() == 3 &&
         std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// One line's expectation.
struct Expected {
  bool negative = false;
  bool range = false;
  double value = 0, low = 0, high = 0;
  std::string unit;  // "money" and "any" stand for classes of units in a negative
};

Expected parse_expected(std::string_view e) {
  Expected x;
  if (e.front() == '!') {
    x.negative = true;
    e.remove_prefix(1);
    // "!USD range": no range in dollars, though single figures may be read.
    if (e.size() > 6 && e.substr(e.size() - 6) == " range") {
      x.range = true;
      e.remove_suffix(6);
    }
    x.unit = std::string(e);
    return x;
  }
  const std::size_t sp = e.find(' ');
  REQUIRE(sp != std::string_view::npos);
  const std::string number(e.substr(0, sp));
  x.unit = std::string(e.substr(sp + 1));
  if (const std::size_t dots = number.find(".."); dots != std::string::npos) {
    x.range = true;
    x.low = std::strtod(number.substr(0, dots).c_str(), nullptr);
    x.high = std::strtod(number.substr(dots + 2).c_str(), nullptr);
  } else {
    x.value = std::strtod(number.c_str(), nullptr);
  }
  return x;
}

enum class Outcome { kRight, kWrongValue, kWrongUnit, kMissed, kFalse };

bool unit_matches(const Quantity& q, std::string_view unit) {
  if (unit == "any") return true;
  if (unit == "money") return is_money(q.unit);
  if (unit == "none") return q.unit.empty();
  return q.unit == unit;
}

// A range's ends are its figures widened by the precision of their last digit ("12-15%" is
// 11.5..15.5), so each end must lie within half a unit of the scale of its figure.
bool range_matches(const Quantity& q, const Expected& x) {
  if (!q.is_range) return false;
  const double slack = 0.5 * q.scale * (1 + 1e-9);
  return std::fabs(q.low - x.low) <= slack && std::fabs(q.high - x.high) <= slack;
}

Outcome judge(std::string_view text, const Expected& x, std::string& got) {
  const std::vector<Quantity> qs =
      detail::scan_quantities(detail::SentenceWork(text, {0, text.size()}));
  for (const Quantity& q : qs) {
    got += "[" + q.text + " = " + std::to_string(q.value) + " " + q.unit +
           (q.is_range ? " range " + std::to_string(q.low) + ".." + std::to_string(q.high) : "") +
           "] ";
  }
  if (x.negative) {
    for (const Quantity& q : qs) {
      if (unit_matches(q, x.unit) && (!x.range || q.is_range)) return Outcome::kFalse;
    }
    return Outcome::kRight;
  }
  bool unit_seen = false;
  for (const Quantity& q : qs) {
    if (!unit_matches(q, x.unit)) continue;
    unit_seen = true;
    if (x.range ? range_matches(q, x) : (!q.is_range && near(q.value, x.value))) {
      return Outcome::kRight;
    }
  }
  if (unit_seen) return Outcome::kWrongValue;
  return qs.empty() ? Outcome::kMissed : Outcome::kWrongUnit;
}

struct Tally {
  int examples = 0, negatives = 0, clear = 0, todo = 0, todo_right = 0;
  int by_outcome[5] = {};  // indexed by Outcome; kRight counts negatives kept clear too
};

}  // namespace

TEST_CASE("family corpus files are read right, line by line") {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(FACTCHECK_FAMILY_CORPUS)) {
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  for (const auto& path : files) {
    const std::string family = path.stem().string();
    std::ifstream in(path);
    REQUIRE(in);
    Tally t;
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      const std::size_t tab = line.rfind('\t');
      REQUIRE_MESSAGE(tab != std::string::npos, path.filename().string(), ":", line_no);
      const std::string_view text = std::string_view(line).substr(0, tab);
      std::string_view expected = std::string_view(line).substr(tab + 1);
      const bool todo = expected.substr(0, 5) == "todo ";
      if (todo) expected.remove_prefix(5);
      const Expected x = parse_expected(expected);
      std::string got;
      const Outcome o = judge(text, x, got);
      if (todo) {
        ++t.todo;
        if (o == Outcome::kRight) {
          ++t.todo_right;
          MESSAGE(family, ".tsv:", line_no, ": todo line now read right: ", text);
        }
        continue;
      }
      (x.negative ? t.negatives : t.examples) += 1;
      ++t.by_outcome[static_cast<int>(o)];
      if (o == Outcome::kRight && x.negative) ++t.clear;
      INFO(family, ".tsv:", line_no, ": ", text, " -> read ", got);
      CHECK(o == Outcome::kRight);
    }
    std::printf(
        "family %-9s examples %3d right %3d wrong value %2d wrong unit %2d missed %2d | "
        "negatives %3d clear %3d false %2d | todo %2d (now right %d)\n",
        family.c_str(), t.examples, t.by_outcome[0] - t.clear, t.by_outcome[1], t.by_outcome[2],
        t.by_outcome[3], t.negatives, t.clear, t.by_outcome[4], t.todo, t.todo_right);
  }
}
