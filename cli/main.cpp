// factcheck: the command line, a thin shell around extractor, checker and reports.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/config.h"
#include "cli/options.h"
#include "cli/run.h"
#include "reports/stream.h"

using namespace factcheck;

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  const char* no_color = std::getenv("NO_COLOR");
  cli::ParseResult parsed =
      cli::parse_options(args, isatty(STDOUT_FILENO) != 0, no_color != nullptr && *no_color);
  if (parsed.error) {
    fmt::print(stderr, "factcheck: {}\n", terminal_safe(*parsed.error));
    return cli::kExitTrouble;
  }
  switch (parsed.options.action) {
    case cli::Action::kHelp:
      fmt::print("{}", cli::help_text());
      return cli::kExitClean;
    case cli::Action::kVersion:
      fmt::print("factcheck {}\n", version());
      return cli::kExitClean;
    case cli::Action::kListChecks:
      fmt::print("{}", cli::list_checks_text());
      return cli::kExitClean;
    case cli::Action::kExplain:
      for (const auto& c : registry()) {
        if (c->id() == parsed.options.explain) fmt::print("{}", explain(*c));
      }
      return cli::kExitClean;
    case cli::Action::kRun:
      break;
  }
  if (auto config = cli::find_config(parsed.options)) {
    if (auto why = cli::apply_config(*config, parsed.options)) {
      fmt::print(stderr, "factcheck: {}\n", terminal_safe(*why));
      return cli::kExitTrouble;
    }
  }
  return cli::run(parsed.options);
}
