#!/usr/bin/env bash
# Writes docs/checks/ID.md for every check from `factcheck --explain ID` (the check_docs test
# fails when they are out of date). usage: scripts/check-docs.sh [FACTCHECK]
set -euo pipefail
cd "$(dirname "$0")/.."
factcheck="${1:-build/dev/cli/factcheck}"
mkdir -p docs/checks
{
  echo "# The checks"
  echo
  echo "Each page is written by \`scripts/check-docs.sh\` from the check's own \`doc()\`; the"
  echo "examples' verdicts are what factcheck says of them. \`factcheck --explain ID\` prints the"
  echo "same page."
  echo
  echo "| check | most serious verdict | what it checks |"
  echo "|---|---|---|"
  "$factcheck" --list-checks | while read -r id severity summary; do
    echo "| [$id]($id.md) | $severity | $summary |"
  done
} > docs/checks/README.md
"$factcheck" --list-checks | while read -r id _; do
  "$factcheck" --explain "$id" > "docs/checks/$id.md"
done
