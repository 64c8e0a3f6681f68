#!/bin/sh
# Whether two factcheck binaries write the same bytes for the same inputs, in every format:
# a speed change must not change a single byte of output.
#
# usage: bench/same_output.sh OLD_FACTCHECK NEW_FACTCHECK PATH...
# Runs each binary with --format text (passes shown, no HTML), json and sarif, and with the HTML
# report, over all PATHs in one batch, and compares the outputs with cmp. Exit 0 when all are
# the same, 1 when one differs (naming it), 2 on bad usage.
set -u
if [ $# -lt 3 ]; then
  echo "usage: $0 OLD_FACTCHECK NEW_FACTCHECK PATH..." >&2
  exit 2
fi
old=$1
new=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
run() {  # run NAME BINARY ARGS...: standard output to $work/NAME
  name=$1
  bin=$2
  shift 2
  "$bin" "$@" >"$work/$name" 2>/dev/null
  echo "exit $?" >>"$work/$name"
}
for format in text json sarif; do
  extra=""
  [ "$format" = text ] && extra="--show-pass --no-html"
  # shellcheck disable=SC2086
  run old.$format "$old" --format "$format" $extra "$@"
  # shellcheck disable=SC2086
  run new.$format "$new" --format "$format" $extra "$@"
  if cmp -s "$work/old.$format" "$work/new.$format"; then
    echo "same $format ($(wc -c <"$work/new.$format") bytes)"
  else
    echo "DIFFERENT $format: $(cmp "$work/old.$format" "$work/new.$format" 2>&1)"
    status=1
  fi
done
# The HTML report, written with -o beside the JSON.
"$old" --format json -o "$work/old.html" "$@" >/dev/null 2>&1
"$new" --format json -o "$work/new.html" "$@" >/dev/null 2>&1
if cmp -s "$work/old.html" "$work/new.html"; then
  echo "same html ($(wc -c <"$work/new.html") bytes)"
else
  echo "DIFFERENT html: $(cmp "$work/old.html" "$work/new.html" 2>&1)"
  status=1
fi
exit $status
