#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset dev
cmake --build --preset dev
ctest --preset dev -j2
