// A whole run: read every input, check it, render it, decide the exit status.
#pragma once

#include "cli/options.h"

namespace factcheck::cli {

/// Exit statuses (DESIGN.md, "The command line").
constexpr int kExitClean = 0;     // nothing at or above --fail-on
constexpr int kExitFindings = 1;  // a finding at or above --fail-on
constexpr int kExitTrouble = 2;   // bad usage, or an input or output that could not be used

/// Runs the batch the options describe, writing to standard output and standard error.
int run(const CliOptions& options);

}  // namespace factcheck::cli
