// The command line's options, and the parser that fills them.
//
// Written by hand rather than with a parsing library: the project's dependencies are the
// Debian packages listed in DESIGN.md, and a dozen options do not justify another one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "checker/checker.h"

namespace factcheck::cli {

enum class Format {
  kText,   // compiler-style lines and a summary
  kJson,   // the "factcheck/1" document
  kSarif,  // SARIF 2.1.0
};

enum class Action {
  kRun,         // check the inputs
  kHelp,        // --help
  kVersion,     // --version
  kListChecks,  // --list-checks
};

struct CliOptions {
  Action action = Action::kRun;
  Format format = Format::kText;
  std::vector<std::string> inputs;  // files, folders or "-", as given
  std::optional<std::string> html;  // where to write the HTML report; nullopt: none
  bool show_pass = false;
  bool quiet = false;
  bool color = false;
  std::optional<Severity> fail_on = Severity::kError;  // nullopt: never fail on findings
  std::vector<std::string> disabled;                   // check ids not to run
  std::optional<std::string> baseline;                 // --baseline FILE
  std::optional<std::string> write_baseline;           // --write-baseline FILE
  unsigned jobs = 0;                                   // documents checked at once; 0: one per core
  std::uint64_t stdin_limit = 1ull << 30;  // most bytes read from standard input or a pipe
};

/// The options of `args` (argv without the program name), or the usage error to print.
/// `stdout_is_terminal` decides --color=auto, which is the default; NO_COLOR turns it off.
struct ParseResult {
  CliOptions options;
  std::optional<std::string> error;
};
ParseResult parse_options(const std::vector<std::string>& args, bool stdout_is_terminal,
                          bool no_color_env);

/// The text of --help.
std::string help_text();

/// The text of --list-checks: every check, its most serious verdict and its summary.
std::string list_checks_text();

}  // namespace factcheck::cli
