// Finding the articles named on the command line, and reading one.
#pragma once

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

/// Reads, extracts and checks one input. An input that cannot be read comes back with its
/// `error` set to the reason ("no such file or directory", "invalid UTF-8 at byte 12").
DocumentResult read_document(const std::string& path, const Options& options);

}  // namespace factcheck::cli
