// Fuzz target: any bytes through validate_text, and when they are text, through extract()
// alone, asserting the invariants of fuzz/invariants.h. It runs many more inputs a second than
// report_fuzzer, so it reaches deeper into the extractor's rules.
//
// With clang and -fsanitize=fuzzer this is a libFuzzer target; built any other way it gets the
// replay main of fuzz/replay_main.h.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz/invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace factcheck;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (validate_text(text)) return 0;  // not text: the reason is all there is to say
  const Claims claims = extract(text);
  if (auto why = fuzz::violation(text, claims, {})) {
    std::fprintf(stderr, "extract_fuzzer: broken invariant: %s\n", why->c_str());
    std::abort();
  }
  return 0;
}

#ifndef FACTCHECK_LIBFUZZER
#include "fuzz/replay_main.h"
#endif
