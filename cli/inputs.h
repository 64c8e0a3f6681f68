// Finding the articles named on the command line, and reading one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "reports/reports.h"

namespace factcheck::cli {

/// What a command-line path stands for: itself, or for a folder the articles in it.
struct Expansion {
  std::vector<std::string> paths;  // files to read, in the order to report them
  std::vector<std::pair<std::string, std::string>> errors;  // folders that could not be walked
};

/// A file or "-" stays as given; a folder is walked for .txt files (hidden names skipped),
/// sorted by path component by component, so the order never depends on the file system.
Expansion expand(const std::string& path);

/// Reads a file, or standard input for "-", whole into `bytes`; the reason when it cannot.
/// A folder or a device is refused; a named pipe is read to its end once its writer writes or
/// hangs up, and refused when none does within 10 seconds. Standard input and pipes may hold
/// at most `stream_limit` bytes. Reading stops at the first NUL byte: the reason then says
/// whether the bytes are UTF-16 or binary.
std::optional<std::string> read_file(const std::string& path, std::string& bytes,
                                     std::uint64_t stream_limit);

/// Reads, extracts and checks one input. An input that cannot be read comes back with its
/// `error` set to the reason ("no such file or directory", "invalid UTF-8 at byte 12").
DocumentResult read_document(const std::string& path, const Options& options,
                             std::uint64_t stream_limit);

}  // namespace factcheck::cli
