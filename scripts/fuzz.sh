#!/usr/bin/env bash
# fuzz.sh runs every Go fuzz target (func FuzzXxx(f *testing.F) in a
# _test.go file under backend/) for FUZZTIME each (default 5s), one target
# at a time: `go test -fuzz` takes one target per package invocation.
# `make test` runs it briefly, `make fuzz` for FUZZTIME=2m each.
#
#   FUZZTIME=30s scripts/fuzz.sh          every target, 30 s each
#   scripts/fuzz.sh FuzzReadMSPDI ...     only the targets named
#
# FUZZ_WORKERS (default 1) is -parallel, the number of fuzzing processes.
# A failure leaves the input that caused it in the package's
# testdata/fuzz/FuzzXxx/: commit it with the fix, as a regression seed
# (plain `go test` runs every seed).
set -euo pipefail
cd "$(dirname "$0")/.."
fuzztime=${FUZZTIME:-5s}
workers=${FUZZ_WORKERS:-1}

targets=$(grep -rEo --include='*_test.go' '^func Fuzz[A-Za-z0-9_]+\(f \*testing\.F\)' backend \
  | sed -E 's|^(.*)/[^/]*_test\.go:func (Fuzz[A-Za-z0-9_]+).*|\1 \2|' | sort)
if [ $# -gt 0 ]; then
  targets=$(echo "$targets" | grep -wF "$(printf '%s\n' "$@")" || true)
fi
if [ -z "$targets" ]; then
  echo "fuzz.sh: no fuzz targets${*:+ named $*}" >&2
  exit 1
fi

failed=()
while read -r pkg name; do
  start=$SECONDS
  if go test -run '^$' -fuzz "^${name}\$" -fuzztime "$fuzztime" -parallel "$workers" "./$pkg" >/tmp/fuzz.$$.log 2>&1; then
    echo "fuzz: ok   $name ($pkg, ${fuzztime}, $((SECONDS - start))s with the build)"
  else
    echo "fuzz: FAIL $name ($pkg): the failing input is in $pkg/testdata/fuzz/$name/" >&2
    tail -40 /tmp/fuzz.$$.log >&2
    failed+=("$name")
  fi
done <<<"$targets"
rm -f /tmp/fuzz.$$.log
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]}" >&2
  exit 1
fi
