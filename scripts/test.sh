#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test through ctest;
# then builds and runs the whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer
# (the asan preset), where the tests that measure time or memory skip themselves.
# FACTCHECK_NO_ASAN=1 leaves the sanitizer run out (a quick local check).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset dev
cmake --build --preset dev
ctest --preset dev -j2
if [[ "${FACTCHECK_NO_ASAN:-0}" != 1 ]]; then
  cmake --preset asan
  cmake --build --preset asan
  ctest --preset asan -j2
fi
