#!/usr/bin/env bash
# Installs what is missing, builds a release factcheck and runs it on the seed article.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
status=0
build/release/cli/factcheck corpus/article.txt || status=$?
# Exit status 1 only says the article has errors; anything else is a failure to run.
[ "$status" -le 1 ] || exit "$status"
