// Writing the run's outputs without losing anything: files written beside their final name and
// renamed into place, outputs checked against the inputs before anything is written, and
// standard output checked for write errors.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factcheck::cli {

/// Why `output` may not be written (a device, a folder, or the same file as one of `inputs`,
/// by device and inode when both exist, else by normalised path); nullopt when it may.
std::optional<std::string> refuse_output(const std::string& output,
                                         const std::vector<std::string>& inputs);

/// A file written to a temporary name in its folder and renamed over its own name when it is
/// complete: an interrupted or failed run leaves the old file as it was.
class AtomicFile {
 public:
  AtomicFile() = default;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();  // removes the temporary file unless committed

  /// Creates the temporary file; the reason when it cannot.
  std::optional<std::string> open(const std::string& path);
  void write(std::string_view bytes);
  /// Flushes, syncs and renames the file into place; the reason when any step failed.
  std::optional<std::string> commit();

 private:
  std::string path_;
  std::string temp_;
  std::FILE* file_ = nullptr;
  int errno_ = 0;  // the first write error
};

/// Standard output, with the first write error kept so the run can stop and say why. Bytes for
/// a file or a pipe are gathered 64 KB at a time (stdio's own buffer is 4 KB: sixteen times the
/// writes); a terminal gets them as they come.
class CheckedOutput {
 public:
  explicit CheckedOutput(std::FILE* file);
  CheckedOutput(const CheckedOutput&) = delete;
  CheckedOutput& operator=(const CheckedOutput&) = delete;
  ~CheckedOutput();  // hands on what is gathered, so an early exit loses nothing
  void write(std::string_view bytes);
  /// Flushes; the reason of the first error, if any write failed.
  std::optional<std::string> finish();
  bool failed() const { return errno_ != 0; }

 private:
  void put(std::string_view bytes);

  std::FILE* file_;
  bool gather_;          // not a terminal
  std::string pending_;  // gathered bytes not yet handed to stdio
  int errno_ = 0;
};

/// strerror's wording in the house style: lower case, no final period.
std::string reason(int err);

}  // namespace factcheck::cli
