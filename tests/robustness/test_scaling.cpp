// Time in proportion to the input: for each shape of text that has once been quadratic, the CPU
// time per megabyte of the whole pipeline (extract, check, JSON, text and HTML reports, and a
// comparison with a baseline of every finding) at 8 MB is at most 1.5 times that at 1 MB.
//
// CPU time, not wall clock, and the best of up to three runs at each size, so that a shared
// machine does not fail the test. Sanitizer builds skip it (FACTCHECK_SANITIZERS): their costs grow
// with the memory in use, not with our work. FACTCHECK_LINEAR_MB=1,8,64 measures other sizes by
// hand.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/checker.h"
#include "extractor/extractor.h"
#include "reports/baseline.h"
#include "reports/stream.h"

using namespace factcheck;

namespace {

double cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// `piece` repeated to at least `bytes` bytes.
std::string fill(std::string_view piece, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + piece.size());
  while (out.size() < bytes) out += piece;
  return out;
}

// A document longer than a window as the command line reads it: extracted, checked and written
// as JSON a window at a time (windows of 256 KiB, so 1 MB makes four).
void windowed_pipeline(const std::string& text) {
  auto bytes = std::make_shared<const std::string>(text);
  Options options;
  options.window = 256 << 10;
  DocumentResult head;
  head.path = "scale.txt";
  head.bytes = bytes;
  std::size_t written = 0;
  const JsonWriter::Sink count = [&](std::string_view part) { written += part.size(); };
  JsonWriter json;
  json.begin_parts(head, count);
  check_windows(segment_document(*bytes), options,
                [&](CheckedWindow& window) { json.part(window_part(head, window), count); });
  json.end_parts(count);
  CHECK(written > text.size() / 100);
}

// One run of everything the command line does with a document, the outputs counted, not kept.
void pipeline(const std::string& text, bool with_baseline, bool windowed = false) {
  if (windowed) {
    windowed_pipeline(text);
    return;
  }
  DocumentResult doc;
  doc.path = "scale.txt";
  doc.bytes = std::make_shared<const std::string>(text);
  doc.claims = extract(*doc.bytes);
  doc.findings = check(doc.claims);
  std::size_t written = 0;
  const JsonWriter::Sink count = [&](std::string_view part) { written += part.size(); };
  std::optional<BaselineComparison> comparison;
  if (with_baseline) {
    // A baseline that accepts every finding, as a newsroom's would after its first run.
    BaselineWriter writer;
    const std::string file = writer.begin() + writer.document(doc) + writer.end();
    std::string error;
    const auto baseline = Baseline::parse(file, error);
    REQUIRE_MESSAGE(baseline, error);
    comparison = baseline->compare(doc);
  }
  JsonWriter json;
  json.document(doc, comparison ? &*comparison : nullptr, count);
  written += render_text(doc, TextOptions{}, comparison ? &*comparison : nullptr).size();
  HtmlWriter html;
  written += html.document(doc).size();
  CHECK(written > text.size() / 100);
}

// The least CPU time of `runs` runs.
double best_of(const std::string& text, bool with_baseline, bool windowed, int runs) {
  double best = 1e300;
  for (int i = 0; i < runs; ++i) {
    const double start = cpu_seconds();
    pipeline(text, with_baseline, windowed);
    best = std::min(best, cpu_seconds() - start);
  }
  return best;
}

std::vector<std::size_t> sizes_mb() {
  std::vector<std::size_t> out;
  const char* env = std::getenv("FACTCHECK_LINEAR_MB");
  std::string_view list = env ? env : "1,8";
  while (!list.empty()) {
    out.push_back(std::strtoul(std::string(list).c_str(), nullptr, 10));
    const std::size_t comma = list.find(',');
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  return out;
}

// Built with ASan and UBSan (the asan preset): their costs grow with memory in use, not our work.
#ifdef FACTCHECK_SANITIZERS
constexpr bool kSanitizers = true;
#else
constexpr bool kSanitizers = false;
#endif

constexpr double kGrowth = 1.5;  // time per MB at the largest size over that at the smallest

struct Shape {
  std::string_view name;
  std::string_view piece;  // repeated to the size wanted
  bool with_baseline = false;
  bool windowed = false;  // read a window at a time, as the command line reads a long document
};

// Every shape that has been quadratic somewhere: runs with no space or no stop, which the
// sentence splitter must cut; a line of thousands of figures, which the HTML report must mark;
// dense statements, list items and a baseline matching every finding.
const Shape kShapes[] = {
    {"no spaces", "abcdefghij"},
    {"digits", "1234567890"},
    {"opening parentheses", "("},
    {"'1.' repeated", "1."},
    {"multibyte letters", "\xC3\xA9\xC3\xBC\xE2\x82\xAC\xCE\xB1"},
    {"one line of percentages", "1% 2% 3% 4.5% 17% "},
    {"list items", "- Unit sales rose 12% to 4,480 from 4,000 in Q2 2026\n"},
    {"dense change sentences", "from $1 to $2, up 3% "},
};

// Findings with the same words in every sentence, all accepted by the baseline.
const Shape kBaselineShape = {"a baseline of every finding",
                              "Sales at Ostra rose 10% to $3.3m from $2.0m on Monday, 4 May 2026. ",
                              true};

// Prose with names read a window at a time: each window reads only its own text (repeated-figure
// counted the whole document's names once per window before Claims::own_text).
const Shape kWindowedShape = {
    "prose a window at a time",
    "Revenue at Norvale Foods rose 4% to $3.2bn from $3.08bn in Q1 2026, Brindle Partners said. "
    "Analysts at Corvin Bank expect the Hollis Group to keep its 12% margin.\n\n",
    false, true};

// Growth of the CPU time per MB from the first size to the last, for each shape.
void measure(const Shape* begin, const Shape* end) {
  if (kSanitizers) {
    MESSAGE("skipped: a sanitizer build's costs are not the program's");
    return;
  }
  const std::vector<std::size_t> sizes = sizes_mb();
  REQUIRE(sizes.size() >= 2);
  for (const Shape* s = begin; s != end; ++s) {
    const Shape& shape = *s;
    CAPTURE(shape.name);
    // Warm up: the patterns compile once, on first use.
    pipeline(fill(shape.piece, 1000), shape.with_baseline, shape.windowed);
    std::vector<double> per_mb;
    std::string line = std::string(shape.name) + ":";
    for (std::size_t mb : sizes) {
      const std::string text = fill(shape.piece, mb * 1000 * 1000);
      // The best of three runs: at the first size always, at the larger ones only while the
      // growth is over the bound, so a quiet machine pays for one run of the big inputs.
      double seconds = best_of(text, shape.with_baseline, shape.windowed, per_mb.empty() ? 3 : 1);
      for (int run = 1; run < 3 && !per_mb.empty() &&
                        seconds / static_cast<double>(mb) > kGrowth * per_mb.front();
           ++run) {
        seconds = std::min(seconds, best_of(text, shape.with_baseline, shape.windowed, 1));
      }
      per_mb.push_back(seconds / static_cast<double>(mb));
      line += " " + std::to_string(mb) + " MB " + std::to_string(per_mb.back()) + " s/MB;";
    }
    const double growth = per_mb.back() / per_mb.front();
    line += " growth " + std::to_string(growth);
    MESSAGE(line);
    CHECK(growth <= kGrowth);
  }
}

}  // namespace

TEST_CASE("time per megabyte stays flat from 1 MB to 8 MB on every pathological shape") {
  measure(std::begin(kShapes), std::end(kShapes));
}

// Comparing with a baseline looks each finding up in a table of accepted fingerprints, so a
// baseline holding every finding of the document costs the same per megabyte at any size.
TEST_CASE("time per megabyte of a comparison with a baseline stays flat") {
  measure(&kBaselineShape, &kBaselineShape + 1);
}

// A long document read a window at a time costs the same per megabyte at any length.
TEST_CASE("time per megabyte of a document read a window at a time stays flat") {
  measure(&kWindowedShape, &kWindowedShape + 1);
}
