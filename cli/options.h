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
#include "input/input.h"
#include "reports/reports.h"

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
  kExplain,     // --explain CHECK
};

struct CliOptions {
  Action action = Action::kRun;
  Format format = Format::kText;
  std::vector<std::string> inputs;  // files, folders or "-", as given
  std::optional<std::string> html;  // where to write the HTML report; nullopt: none
  bool show_pass = false;
  bool quiet = false;            // -q: name only the files with findings listed
  bool concise = false;          // --concise: no quoted sentence under each finding
  std::optional<Severity> only;  // --only: list only findings at or above this
  bool color = false;
  std::optional<Severity> fail_on = Severity::kError;  // nullopt: never fail on findings
  std::vector<std::string> disabled;                   // check ids not to run
  std::optional<std::string> baseline;                 // --baseline FILE
  std::optional<std::string> write_baseline;           // --write-baseline FILE
  unsigned jobs = 0;                                   // documents checked at once; 0: one per core
  std::uint64_t stdin_limit = 1ull << 30;   // most bytes read from standard input or a pipe
  std::optional<InputFormat> input_format;  // --input: overrides the extension
  std::optional<std::string> config;        // --config FILE
  std::string explain;                      // --explain: the check to document
  int reference_year = 0;      // reference-date: the year of dates written without one; 0: none
  bool fail_on_given = false;  // --fail-on was on the command line
  std::vector<std::pair<std::string, Severity>> severity;  // a check's findings at this severity
  std::string stdin_name = "<stdin>";                      // --stdin-name: standard input's title
};

/// The options of `args` (argv without the program name), or the usage error to print.
/// `stdout_is_terminal` decides --color=auto, which is the default; NO_COLOR turns it off.
struct ParseResult {
  CliOptions options;
  std::optional<std::string> error;
};
ParseResult parse_options(const std::vector<std::string>& args, bool stdout_is_terminal,
                          bool no_color_env);

/// How the text report lists findings, as the options ask.
TextOptions text_options_for(const CliOptions& options);

/// The text of --help.
std::string help_text();

/// The text of --list-checks: every check, its most serious verdict and its summary.
std::string list_checks_text();

}  // namespace factcheck::cli
