// Fuzz target: any bytes through validate_text, and when they are text, through extract(),
// check() and every report writer (whole-batch and a document at a time), asserting the
// invariants of fuzz/invariants.h and that JSON and SARIF parse back.
//
// With clang and -fsanitize=fuzzer this is a libFuzzer target; built any other way it gets the
// replay main of fuzz/replay_main.h.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/invariants.h"
#include "reports/reports.h"

namespace {

[[noreturn]] void fail(std::string_view what, std::string_view why) {
  std::fprintf(stderr, "report_fuzzer: %.*s: %.*s\n", static_cast<int>(what.size()), what.data(),
               static_cast<int>(why.size()), why.data());
  std::abort();
}

std::size_t count(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos;
       at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace factcheck;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (validate_text(bytes)) return 0;  // not text: the reason is all there is to say

  std::vector<DocumentResult> docs(1);
  docs[0].path = "fuzz.txt";
  docs[0].bytes = std::make_shared<const std::string>(bytes);
  docs[0].claims = extract(*docs[0].bytes);
  docs[0].findings = check(docs[0].claims);
  if (auto why = fuzz::violation(*docs[0].bytes, docs[0].claims, docs[0].findings)) {
    fail("broken invariant", *why);
  }
  // The JSON must parse back and hold the claims and findings we made.
  const std::string json = render_json(docs);
  auto parsed = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) fail("render_json", "output does not parse as JSON");
  const auto& doc = parsed["documents"][0];
  if (doc["claims"].size() != docs[0].claims.claims.size() ||
      doc["findings"].size() != docs[0].findings.size()) {
    fail("render_json", "claim or finding count differs from the extraction");
  }
  // The other formats only have to survive; SARIF, when written, must parse too.
  const std::string sarif = render_sarif(docs);
  if (!sarif.empty() && nlohmann::json::parse(sarif, nullptr, false).is_discarded()) {
    fail("render_sarif", "output does not parse as JSON");
  }
  (void)render_text(docs, TextOptions{true, true});
  (void)render_summary(docs);
  // Every highlight the HTML report opens it closes, however the claims overlap.
  const std::string html = render_html(docs);
  if (count(html, "<mark ") != count(html, "</mark>")) {
    fail("render_html", "<mark> and </mark> do not pair up");
  }
  return 0;
}

#ifndef FACTCHECK_LIBFUZZER
#include "fuzz/replay_main.h"
#endif
