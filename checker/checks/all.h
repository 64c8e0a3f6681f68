// Every check's factory, one line each; registry.cpp lists them in display order.
#pragma once

#include <memory>

#include "checker/checker.h"

namespace factcheck::checks {}  // namespace factcheck::checks
