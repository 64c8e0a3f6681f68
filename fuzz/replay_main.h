// The replay main of a fuzz target built without libFuzzer (FACTCHECK_LIBFUZZER undefined): it
// runs each file named, or every file under every folder named, once through
// LLVMFuzzerTestOneInput, so g++ builds every target and ctest replays the seed corpora
// [{fmt} FMT_FUZZ_LINKMAIN]. Include it once, at the end of the target's file.
#pragma once

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

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
      std::cerr << argv[0] << ": cannot read " << file.string() << "\n";
      return 2;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  std::cout << fs::path(argv[0]).filename().string() << ": replayed " << files.size()
            << " inputs\n";
  return files.empty() ? 2 : 0;
}
