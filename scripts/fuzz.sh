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

# fuzz_once runs target $2 of package $1 once, its output in /tmp/fuzz.$$.log.
fuzz_once() {
  go test -run '^$' -fuzz "^${2}\$" -fuzztime "$fuzztime" -parallel "$workers" "./$1" >/tmp/fuzz.$$.log 2>&1
}

# inputs counts the saved inputs in directory $1 (0 when there is none).
inputs() {
  if [ -d "$1" ]; then ls -A "$1" | wc -l; else echo 0; fi
}

# coordinator_race reports whether the run in /tmp/fuzz.$$.log failed only
# with Go's own "context deadline exceeded" at the end of -fuzztime and left
# no failing input: a race in Go's fuzzing coordinator under a loaded CPU
# (go.dev/issue/75804, fixed in Go 1.27), not a finding.
coordinator_race() {
  local corpus=$1/testdata/fuzz/$2 before=$3
  grep -q '^    context deadline exceeded$' /tmp/fuzz.$$.log &&
    ! grep -q -e 'Failing input written' -e 'panic:' /tmp/fuzz.$$.log &&
    [ "$(inputs "$corpus")" = "$before" ]
}

failed=()
while read -r pkg name; do
  start=$SECONDS
  before=$(inputs "$pkg/testdata/fuzz/$name")
  ok=0
  if fuzz_once "$pkg" "$name"; then
    ok=1
  else
    if coordinator_race "$pkg" "$name" "$before"; then
      echo "fuzz: $name: Go's fuzzing coordinator reported its own deadline with no failing input (go.dev/issue/75804); running it again" >&2
      fuzz_once "$pkg" "$name" && ok=1
    fi
  fi
  if [ $ok = 1 ]; then
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
