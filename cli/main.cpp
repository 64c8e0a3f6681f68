// factcheck: the command line, a thin shell around extractor, checker and reports.
#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/outputs.h"
#include "cli/run.h"
#include "reports/stream.h"

using namespace factcheck;

int main(int argc, char** argv) {
  // A closed standard stream would hand its number to the next file opened (a report, which
  // then receives our output): each one closed is held by /dev/null. A closed standard output
  // is a run whose results nobody can read, so it stops here.
  bool stdout_closed = false;
  for (int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
    if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
      if (open("/dev/null", O_RDWR) != fd) return cli::kExitTrouble;
      stdout_closed = stdout_closed || fd == STDOUT_FILENO;
    }
  }
  if (stdout_closed) {
    fmt::print(stderr, "factcheck: standard output: cannot write: it is closed\n");
    return cli::kExitTrouble;
  }
  std::vector<std::string> args(argv + 1, argv + argc);
  const char* no_color = std::getenv("NO_COLOR");
  cli::ParseResult parsed =
      cli::parse_options(args, isatty(STDOUT_FILENO) != 0, no_color != nullptr && *no_color);
  if (parsed.error) {
    fmt::print(stderr, "factcheck: {}\n", terminal_safe(*parsed.error));
    return cli::kExitTrouble;
  }
  // What the informational options print, checked like every other output.
  auto print = [](std::string_view text) {
    cli::CheckedOutput out(stdout);
    out.write(text);
    if (auto why = out.finish()) {
      fmt::print(stderr, "factcheck: standard output: cannot write: {}\n", *why);
      return cli::kExitTrouble;
    }
    return cli::kExitClean;
  };
  switch (parsed.options.action) {
    case cli::Action::kHelp:
      return print(cli::help_text());
    case cli::Action::kVersion:
      return print(fmt::format("factcheck {}\n", version()));
    case cli::Action::kListChecks:
      return print(cli::list_checks_text());
    case cli::Action::kRun:
      break;
  }
  return cli::run(parsed.options);
}
