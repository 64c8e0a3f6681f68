// The configuration file, .factcheck.toml: which checks run, at what severity, when the run
// fails, and the reference date for dates written without a year.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/options.h"

namespace factcheck::cli {

/// The name looked for beside the first input and in each folder above it.
inline constexpr std::string_view kConfigName = ".factcheck.toml";

/// The configuration file for a run: `--config FILE` when given, else the first
/// .factcheck.toml found in the folder of the first input (the folder itself when it is one;
/// the current folder for standard input) or in a folder above it. nullopt when there is none.
std::optional<std::string> find_config(const CliOptions& options);

/// Reads the configuration at `path` into `options`; what the command line says wins. An
/// unknown key, a bad value or bad TOML gives the reason, naming the file, line, column and key:
/// ".factcheck.toml:4:1: unknown key 'enable' in [checks.date-weekday] (expected enabled or
/// severity)".
std::optional<std::string> apply_config(const std::string& path, CliOptions& options);

}  // namespace factcheck::cli
