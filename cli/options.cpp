// Parsing the command line: GNU-style long options ("--format json", "--format=json"), a few
// short ones, "--" to end options, and "-" as a path meaning standard input.
#include "cli/options.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace factcheck::cli {

namespace {

// Options that take a value, with the short spelling where there is one.
struct ValueOption {
  std::string_view long_name;
  std::string_view short_name;
};
constexpr ValueOption kValueOptions[] = {
    {"--format", ""},         {"--output", "-o"}, {"--fail-on", ""},
    {"--color", ""},          {"--disable", ""},  {"--baseline", ""},
    {"--write-baseline", ""}, {"--jobs", "-j"},   {"--stdin-limit", ""},
};

std::optional<std::string> apply(CliOptions& o, std::string_view name, const std::string& value,
                                 bool stdout_is_terminal, bool no_color_env) {
  if (name == "--format") {
    if (value == "text") {
      o.format = Format::kText;
    } else if (value == "json") {
      o.format = Format::kJson;
    } else if (value == "sarif") {
      o.format = Format::kSarif;
    } else {
      return fmt::format("unknown format '{}' (expected text, json or sarif)", value);
    }
  } else if (name == "--output") {
    if (value.empty()) return std::string("--output needs a file name");
    o.html = value;
  } else if (name == "--fail-on") {
    if (value == "never") {
      o.fail_on = std::nullopt;
    } else if (auto s = severity_from_string(value); s && *s != Severity::kPass) {
      o.fail_on = s;
    } else {
      return fmt::format("unknown --fail-on level '{}' (expected error, warning, note or never)",
                         value);
    }
  } else if (name == "--color") {
    if (value == "always") {
      o.color = true;
    } else if (value == "never") {
      o.color = false;
    } else if (value == "auto") {
      o.color = stdout_is_terminal && !no_color_env;
    } else {
      return fmt::format("unknown --color value '{}' (expected never, always or auto)", value);
    }
  } else if (name == "--disable") {
    const auto& checks = registry();
    bool known =
        std::any_of(checks.begin(), checks.end(), [&](const auto& c) { return c->id() == value; });
    if (!known) return fmt::format("unknown check '{}' (see --list-checks)", value);
    o.disabled.push_back(value);
  } else if (name == "--baseline") {
    o.baseline = value;
  } else if (name == "--write-baseline") {
    o.write_baseline = value;
  } else if (name == "--jobs") {
    unsigned n = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size() || n > 64) {
      return fmt::format("--jobs needs a number from 0 (one per core) to 64, not '{}'", value);
    }
    o.jobs = n;
  } else if (name == "--stdin-limit") {
    // A size in bytes, or with K, M or G for KiB, MiB and GiB.
    std::uint64_t n = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    std::string_view unit(end, static_cast<std::size_t>(value.data() + value.size() - end));
    const int shift = unit.empty()  ? 0
                      : unit == "K" ? 10
                      : unit == "M" ? 20
                      : unit == "G" ? 30
                                    : -1;
    if (ec != std::errc() || shift < 0 || n == 0 || n > (std::uint64_t{1} << (62 - shift))) {
      return fmt::format("--stdin-limit needs a size such as 512M or 2G, not '{}'", value);
    }
    o.stdin_limit = n << shift;
  }
  return std::nullopt;
}

}  // namespace

ParseResult parse_options(const std::vector<std::string>& args, bool stdout_is_terminal,
                          bool no_color_env) {
  ParseResult r;
  CliOptions& o = r.options;
  o.color = stdout_is_terminal && !no_color_env;
  bool html_off = false;
  bool html_path = false;
  bool options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (options_done || a == "-" || a.empty() || a[0] != '-') {
      o.inputs.push_back(a);
      continue;
    }
    if (a == "--") {
      options_done = true;
    } else if (a == "--help" || a == "-h") {
      o.action = Action::kHelp;
    } else if (a == "--version" || a == "-V") {
      o.action = Action::kVersion;
    } else if (a == "--list-checks") {
      o.action = Action::kListChecks;
    } else if (a == "--show-pass") {
      o.show_pass = true;
    } else if (a == "--quiet" || a == "-q") {
      o.quiet = true;
    } else if (a == "--no-html") {
      html_off = true;
    } else {
      // An option with a value: "--name value", "--name=value", "-o value" or "-ovalue".
      const ValueOption* match = nullptr;
      std::optional<std::string> value;
      for (const ValueOption& v : kValueOptions) {
        if (a == v.long_name || (!v.short_name.empty() && a == v.short_name)) {
          match = &v;
        } else if (a.size() > v.long_name.size() &&
                   a.compare(0, v.long_name.size(), v.long_name) == 0 &&
                   a[v.long_name.size()] == '=') {
          match = &v;
          value = a.substr(v.long_name.size() + 1);
        } else if (!v.short_name.empty() && a.size() > 2 &&
                   a.compare(0, v.short_name.size(), v.short_name) == 0) {
          match = &v;
          value = a.substr(v.short_name.size());
        }
        if (match) break;
      }
      if (!match) {
        r.error = fmt::format("unknown option '{}' (see --help)", a);
        return r;
      }
      if (!value) {
        if (i + 1 >= args.size()) {
          r.error = fmt::format("{} needs a value (see --help)", a);
          return r;
        }
        value = args[++i];
      }
      if (auto why = apply(o, match->long_name, *value, stdout_is_terminal, no_color_env)) {
        r.error = std::move(why);
        return r;
      }
      if (match->long_name == "--output") html_path = true;
    }
  }
  if (o.action != Action::kRun) return r;
  if (o.inputs.empty()) {
    r.error = "no input: give a file, a folder or '-' for standard input (see --help)";
    return r;
  }
  if (html_off && html_path) {
    r.error = "--no-html and --output contradict each other";
    return r;
  }
  // Text runs write the HTML report by default; JSON and SARIF own standard output and write
  // one only when --output asks.
  if (html_off) {
    o.html.reset();
  } else if (!o.html && o.format == Format::kText) {
    o.html = "factcheck-report.html";
  }
  if (o.format != Format::kText) o.color = false;
  return r;
}

std::string help_text() {
  return R"(usage: factcheck [options] PATH...

Checks the numbers inside articles against each other. PATH is a file, a folder
(walked for .txt files in sorted order) or '-' for standard input.

Output:
  --format FORMAT        text (default), json or sarif; json and sarif put that
                         document alone on standard output
  -o, --output FILE      write the HTML report to FILE (text runs default to
                         factcheck-report.html; json and sarif write none unless asked)
  --no-html              write no HTML report
  --show-pass            list passes too (json and sarif always include them)
  -q, --quiet            print only the summary line
  --color WHEN           never, always or auto (default: auto, a terminal and no NO_COLOR)

Checks:
  --list-checks          list every check with what it verifies
  --disable CHECK        do not run CHECK (repeatable)
  --fail-on LEVEL        error (default), warning, note or never: the least serious
                         finding that makes the exit status 1

Baselines:
  --write-baseline FILE  record the current findings as accepted
  --baseline FILE        report each finding as new, unchanged or absent against FILE
                         and fail only on new ones

Other:
  -j, --jobs N           check N documents at once (default 0: one per core)
  --stdin-limit SIZE     read at most SIZE bytes from standard input or a named
                         pipe (default 1G; K, M and G count in 1024s)
  -h, --help             show this help
  -V, --version          show the version

Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 for bad
usage or an input that could not be read (the rest of the batch is still checked).
)";
}

std::string list_checks_text() {
  std::size_t width = 0;
  for (const auto& c : registry()) width = std::max(width, c->id().size());
  std::string out;
  for (const auto& c : registry()) {
    out += fmt::format("{:<{}}  {:<7}  {}\n", c->id(), width, to_string(c->default_severity()),
                       c->summary());
  }
  return out;
}

}  // namespace factcheck::cli
