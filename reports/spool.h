// A spool for report text that must wait: reports' own header, not part of the stage's interface.
#pragma once

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace factcheck {

// Text kept until it can be written in its place: in memory while it is small, then in an
// unnamed temporary file (memory again if that cannot be made or written). The HTML report's
// list of problems and a long document's JSON findings wait in one.
class TextSpool {
 public:
  TextSpool() = default;
  TextSpool(const TextSpool&) = delete;
  TextSpool& operator=(const TextSpool&) = delete;
  ~TextSpool() {
    if (file_) std::fclose(file_);
  }

  void append(std::string_view s) {
    if (!file_ && !tried_ && memory_.size() + s.size() > kInMemory) {
      tried_ = true;
      file_ = std::tmpfile();
      if (file_) {
        const std::string held = std::exchange(memory_, std::string());
        if (!write(held)) memory_ = held;
      }
    }
    if (file_ && write(s)) return;
    memory_ += s;
  }

  // Hands on everything kept, in order, in pieces.
  void copy_to(const std::function<void(std::string_view)>& out) const {
    if (file_ && std::fflush(file_) == 0 && std::fseek(file_, 0, SEEK_SET) == 0) {
      char buffer[1 << 16];
      for (std::size_t left = written_; left > 0;) {
        const std::size_t n = std::fread(buffer, 1, std::min(left, sizeof buffer), file_);
        if (n == 0) break;
        out(std::string_view(buffer, n));
        left -= n;
      }
      std::fseek(file_, 0, SEEK_END);
    }
    if (!memory_.empty()) out(memory_);
  }

 private:
  // Small: a long document's HTML report keeps eight spools and its JSON two, which at 1 MiB
  // each (twice that as a string grows) could hold 10 to 20 MiB.
  static constexpr std::size_t kInMemory = 64 << 10;
  // Appends to the file; when that fails, takes back what it held and keeps to memory.
  bool write(std::string_view s) {
    if (std::fwrite(s.data(), 1, s.size(), file_) == s.size()) {
      written_ += s.size();
      return true;
    }
    std::string held;
    std::fseek(file_, 0, SEEK_SET);
    held.resize(written_);
    held.resize(std::fread(held.data(), 1, held.size(), file_));
    std::fclose(file_);
    file_ = nullptr;
    memory_ = std::move(held);
    return false;
  }

  std::FILE* file_ = nullptr;
  bool tried_ = false;
  std::size_t written_ = 0;  // bytes in the file
  std::string memory_;       // bytes after them
};

}  // namespace factcheck
