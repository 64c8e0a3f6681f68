// Fuzz target: any bytes through validate_text, and when they are text, through extract(),
// check() and every renderer, asserting the invariants of fuzz/invariants.h.
//
// With clang and -fsanitize=fuzzer this is a libFuzzer target. Built any other way
// (FACTCHECK_LIBFUZZER undefined) it gets a replay main that runs each file or folder of
// files named on the command line once, so g++ builds it too and the tests replay the seed
// corpus [{fmt} FMT_FUZZ_LINKMAIN].
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
  std::fprintf(stderr, "extract_fuzzer: %.*s: %.*s\n", static_cast<int>(what.size()), what.data(),
               static_cast<int>(why.size()), why.data());
  std::abort();
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
  (void)render_text(docs, TextOptions{.color = true, .show_pass = true, .context = true});
  (void)render_summary(docs);
  (void)render_html(docs);
  return 0;
}

#ifndef FACTCHECK_LIBFUZZER
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

// Replays every file named, or every file under every folder named, once each.
int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    std::error_code ec;
    if (fs::is_directory(argv[i], ec)) {
      for (const auto& entry : fs::recursive_directory_iterator(argv[i], ec)) {
        if (entry.is_regular_file()) files.push_back(entry.path());
      }
    } else {
      files.emplace_back(argv[i]);
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "extract_fuzzer: cannot read " << file.string() << "\n";
      return 2;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  std::cout << "extract_fuzzer: replayed " << files.size() << " inputs\n";
  return files.empty() ? 2 : 0;
}
#endif
