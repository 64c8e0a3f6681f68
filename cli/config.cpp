// Reading .factcheck.toml with toml++ (Debian's libtomlplusplus-dev): a maintained TOML parser
// that reports the line and column of every key, which our error messages need.
//
//   fail-on = "warning"              # error, warning, note or never
//   reference-date = 2026-05-01      # dates without a year are read in this date's year
//   [checks.date-weekday]
//   enabled = false                  # or: severity = "warning" (error, warning or note)
#include "cli/config.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace factcheck::cli {

namespace {

std::string where(const std::string& path, const toml::source_region& at) {
  return fmt::format("{}:{}:{}", path, at.begin.line, at.begin.column);
}

bool known_check(std::string_view id) {
  const auto& checks = registry();
  return std::any_of(checks.begin(), checks.end(), [&](const auto& c) { return c->id() == id; });
}

// The year of "2026-05-01", written as a TOML date or a string; 0 when it is neither.
int year_of(const toml::node& value) {
  if (const auto* d = value.as_date()) return d->get().year;
  if (const auto* s = value.as_string()) {
    const std::string& v = s->get();
    const bool digits =
        v.size() == 10 && v[4] == '-' && v[7] == '-' &&
        std::all_of(v.begin(), v.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
    if (digits) return std::stoi(v.substr(0, 4));
  }
  return 0;
}

}  // namespace

std::optional<std::string> find_config(const CliOptions& options) {
  if (options.config) return options.config;
  std::error_code ec;
  fs::path start = fs::current_path(ec);
  if (!options.inputs.empty() && options.inputs.front() != "-") {
    fs::path first = fs::absolute(options.inputs.front(), ec);
    start = fs::is_directory(first, ec) ? first : first.parent_path();
  }
  for (fs::path dir = start; !dir.empty(); dir = dir.parent_path()) {
    const fs::path candidate = dir / kConfigName;
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (dir == dir.root_path()) break;
  }
  return std::nullopt;
}

std::optional<std::string> apply_config(const std::string& path, CliOptions& o) {
  toml::table table;
  try {
    table = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    return fmt::format("{}: {}", where(path, e.source()), e.description());
  }
  for (auto&& [key, value] : table) {
    const std::string k(key.str());
    if (k == "fail-on") {
      const auto* s = value.as_string();
      const auto level = s ? severity_from_string(s->get()) : std::nullopt;
      if (s && s->get() == "never") {
        if (!o.fail_on_given) o.fail_on = std::nullopt;
      } else if (level && *level != Severity::kPass) {
        if (!o.fail_on_given) o.fail_on = level;
      } else {
        return fmt::format(
            "{}: bad value for 'fail-on' (expected \"error\", \"warning\", "
            "\"note\" or \"never\")",
            where(path, value.source()));
      }
    } else if (k == "reference-date") {
      const int year = year_of(value);
      if (year == 0) {
        return fmt::format("{}: bad value for 'reference-date' (expected a date: 2026-05-01)",
                           where(path, value.source()));
      }
      o.reference_year = year;
    } else if (k == "checks") {
      const auto* checks = value.as_table();
      if (!checks) {
        return fmt::format("{}: 'checks' must be a table ([checks.ID])",
                           where(path, value.source()));
      }
      for (auto&& [id_key, settings] : *checks) {
        const std::string id(id_key.str());
        if (!known_check(id)) {
          return fmt::format("{}: unknown check '{}' in [checks] (see factcheck --list-checks)",
                             where(path, id_key.source()), id);
        }
        const auto* entries = settings.as_table();
        if (!entries) {
          return fmt::format("{}: [checks.{}] must be a table", where(path, id_key.source()), id);
        }
        for (auto&& [setting, v] : *entries) {
          const std::string name(setting.str());
          if (name == "enabled") {
            const auto* b = v.as_boolean();
            if (!b) {
              return fmt::format(
                  "{}: bad value for 'enabled' in [checks.{}] (expected true or "
                  "false)",
                  where(path, v.source()), id);
            }
            if (!b->get()) o.disabled.push_back(id);
          } else if (name == "severity") {
            const auto* s = v.as_string();
            const auto level = s ? severity_from_string(s->get()) : std::nullopt;
            if (!level || *level == Severity::kPass) {
              return fmt::format(
                  "{}: bad value for 'severity' in [checks.{}] (expected "
                  "\"error\", \"warning\" or \"note\")",
                  where(path, v.source()), id);
            }
            o.severity.emplace_back(id, *level);
          } else {
            return fmt::format(
                "{}: unknown key '{}' in [checks.{}] (expected enabled or "
                "severity)",
                where(path, setting.source()), name, id);
          }
        }
      }
    } else {
      return fmt::format("{}: unknown key '{}' (expected fail-on, reference-date or [checks.ID])",
                         where(path, key.source()), k);
    }
  }
  return std::nullopt;
}

}  // namespace factcheck::cli
