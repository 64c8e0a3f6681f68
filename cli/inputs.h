// Finding the articles named on the command line, and reading one.
#pragma once

#include <string>
#include <vector>

#include "cli/options.h"
#include "input/input.h"
#include "reports/reports.h"

namespace factcheck::cli {

/// What a command-line path stands for: itself, or for a folder the articles in it.
struct Expansion {
  std::vector<std::string> paths;  // files to read, in the order to report them
  std::vector<std::pair<std::string, std::string>> errors;  // folders that could not be walked
};

/// A file or "-" stays as given; a folder is walked for articles (.txt, .md, .markdown, .html,
/// .htm in any case; hidden names skipped), sorted by path component by component, so the order
/// never depends on the file system. A folder with no article in it is an error.
Expansion expand(const std::string& path);

/// How to read each input.
struct ReadOptions {
  Options check;                       // which checks run
  std::optional<InputFormat> format;   // --input: every input in this format, whatever its name
  std::string stdin_name = "<stdin>";  // --stdin-name: the title of standard input
  int reference_year = 0;              // the configured year of dates written without one; 0: none
  std::vector<std::pair<std::string, Severity>> severity;  // configured severities by check
};

/// The reading options the command line's options ask for.
ReadOptions read_options(const CliOptions& options);

/// Reads, extracts and checks one input, in the format its extension names unless
/// `options.format` says otherwise. An input that cannot be read comes back with its `error`
/// set to the reason ("no such file or directory", "invalid UTF-8 at byte 12").
DocumentResult read_document(const std::string& path, const ReadOptions& options);

}  // namespace factcheck::cli
