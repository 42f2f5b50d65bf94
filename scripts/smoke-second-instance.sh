#!/usr/bin/env bash
# smoke-second-instance.sh checks the desktop app's single-instance lock
# under Xvfb and a private D-Bus session: Tandem started again on the store
# whose window is open must hand over to that window (which notes it and
# stays) and exit without a window of its own; Tandem on another store must
# open its own window. Usage: scripts/smoke-second-instance.sh [BIN]
# (run it under dbus-run-session when there is no session bus; it re-runs
# itself so when dbus-run-session is installed).
set -euo pipefail
BIN=$(realpath "${1:-build/bin/tandem}")
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  command -v dbus-run-session >/dev/null || { echo "second-instance: SKIP: no D-Bus session and no dbus-run-session"; exit 0; }
  exec dbus-run-session -- "$0" "$BIN"
fi
work=$(mktemp -d)
first=""; xvfb=""
cleanup() {
  [ -n "$first" ] && kill -9 "$first" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
. "$(dirname "$0")/lib/xvfb.sh"
fail() { echo "second-instance: FAIL: $*" >&2; tail -n 5 "$work"/*.log >&2 || true; exit 1; }
windows() { xwininfo -root -tree 2>/dev/null | grep -c '"Tandem": (' || true; }

start_xvfb "$work/xvfb.log"

"$BIN" --data "$work/data" >"$work/first.log" 2>&1 &
first=$!
for _ in $(seq 120); do [ "$(windows)" -ge 1 ] && break; sleep 0.5; done
[ "$(windows)" -eq 1 ] || fail "the first window did not open"
sleep 2 # let the first window take the lock

set +e
timeout 60 "$BIN" --data "$work/data" >"$work/second.log" 2>&1
code=$?
set -e
[ "$code" -ne 124 ] || fail "the second Tandem on the same store kept running"
grep -q "bringing its window to the front" "$work/second.log" || fail "the second Tandem did not say it hands over"
if grep -q "is in use by another Tandem" "$work/second.log"; then fail "the second Tandem found no window to hand over to"; fi
kill -0 "$first" 2>/dev/null || fail "the first Tandem died"
for _ in $(seq 20); do grep -q "its window comes to the front" "$work/first.log" && break; sleep 0.25; done
grep -q "its window comes to the front" "$work/first.log" || fail "the first window was not told of the second launch"
[ "$(windows)" -eq 1 ] || fail "$(windows) Tandem windows are open, want 1"

set +e
timeout 10 "$BIN" --data "$work/other" >"$work/other.log" 2>&1 &
other=$!
for _ in $(seq 40); do [ "$(windows)" -ge 2 ] && break; sleep 0.25; done
n=$(windows)
kill "$other" 2>/dev/null; wait "$other" 2>/dev/null
set -e
[ "$n" -eq 2 ] || fail "Tandem on another store did not open its own window ($n windows)"

kill "$first"; wait "$first" || fail "the first Tandem did not quit cleanly"
first=""
echo "second-instance: ok (the second Tandem exited $code after handing over; another store got its own window)"
