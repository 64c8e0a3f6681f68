// Fuzz target: baselines. Any bytes are parsed as a baseline file and, when they are one,
// compared with a checked article; any bytes that are text are checked, written as a baseline,
// read back and compared with themselves. Aborts when parsing throws or crashes, when a
// comparison gives a state for a pass or none for another finding, or when a baseline written
// from a document does not find every one of its findings unchanged.
//
// With clang and -fsanitize=fuzzer this is a libFuzzer target; built any other way it gets the
// replay main of fuzz/replay_main.h.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "checker/checker.h"
#include "extractor/extractor.h"
#include "reports/baseline.h"

namespace {

using namespace factcheck;

[[noreturn]] void fail(std::string_view why) {
  std::fprintf(stderr, "baseline_fuzzer: %.*s\n", static_cast<int>(why.size()), why.data());
  std::abort();
}

DocumentResult checked(std::string text) {
  DocumentResult doc;
  doc.path = "fuzz.txt";  // the path the seed baselines name
  doc.bytes = std::make_shared<const std::string>(std::move(text));
  doc.claims = extract(*doc.bytes);
  doc.findings = check(doc.claims);
  return doc;
}

// A state for every finding but passes, none for passes.
void check_states(const DocumentResult& doc, const BaselineComparison& c) {
  if (c.states.size() != doc.findings.size()) fail("a state count differs from the findings");
  for (std::size_t i = 0; i < doc.findings.size(); ++i) {
    if (c.states[i].has_value() == (doc.findings[i].severity == Severity::kPass)) {
      fail("a pass has a baseline state, or another finding has none");
    }
  }
}

// An invented article with an error, a warning and passes, for parsed baselines to match.
const DocumentResult& article() {
  static const DocumentResult doc = checked(
      "Revenue at Tamsin Mills rose 25% to $3.1m from $2.0m on Tuesday, 5 May 2026. Its three "
      "plants (Arden, Brill, Colne and Dunmore) made 40% of the output, up from 35%.\n");
  return doc;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string error;
  if (auto baseline = Baseline::parse(bytes, error)) {
    check_states(article(), baseline->compare(article()));
  } else if (error.empty()) {
    fail("a baseline was refused without a reason");
  }
  if (validate_text(bytes)) return 0;
  // A document's own baseline accepts every finding it has, and nothing else.
  const DocumentResult doc = checked(std::string(bytes));
  BaselineWriter writer;
  const std::string file = writer.begin() + writer.document(doc) + writer.end();
  auto own = Baseline::parse(file, error);
  if (!own) fail("a baseline written from a document does not parse: " + error);
  const BaselineComparison c = own->compare(doc);
  check_states(doc, c);
  for (const auto& state : c.states) {
    if (state && *state != BaselineState::kUnchanged) fail("an accepted finding is not unchanged");
  }
  if (!c.absent.empty()) fail("a finding of the document's own baseline is absent");
  return 0;
}

#ifndef FACTCHECK_LIBFUZZER
#include "fuzz/replay_main.h"
#endif
