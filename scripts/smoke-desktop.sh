#!/usr/bin/env bash
# smoke-desktop.sh starts the built desktop app under Xvfb on a fresh store,
# takes a screenshot of the screen, checks that the window shows the sample
# roadmap (its lane colours are on screen) and that the process is alive,
# then asks it to quit (SIGTERM, handled as a clean shutdown) and checks that
# it exits 0 and leaves a store another Tandem can open.
set -euo pipefail
BIN=$(realpath "${1:-build/bin/tandem}")
OUT=${SMOKE_OUT:-build/smoke}
mkdir -p "$OUT"
work=$(mktemp -d)
pid=""; xvfb=""
cleanup() {
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
. "$(dirname "$0")/lib/xvfb.sh"
fail() { echo "smoke: FAIL: $*" >&2; [ -f "$work/app.log" ] && tail -20 "$work/app.log" >&2; exit 1; }

# No GPU under Xvfb: software rendering for WebKitGTK (lib/xvfb.sh).
start_xvfb "$work/xvfb.log"
"$BIN" --data "$work/data" >"$work/app.log" 2>&1 &
pid=$!

# The sample's lane colours, as the app itself writes them.
mapfile -t colours < <("$BIN" sample | grep -oE '"color": *"#[0-9a-fA-F]{6}"' | grep -oE '#[0-9a-fA-F]{6}' | tr 'a-f' 'A-F' | sort -u)
[ "${#colours[@]}" -ge 2 ] || fail "the sample roadmap has no lane colours to look for"

shot="$OUT/desktop.png"
found=0
for _ in $(seq 60); do
  sleep 1
  kill -0 "$pid" 2>/dev/null || fail "the app exited early"
  import -display "$DISPLAY" -window root "$shot" 2>/dev/null || continue
  hist=$(convert "$shot" -format %c histogram:info:- 2>/dev/null | tr 'a-f' 'A-F')
  found=0
  for c in "${colours[@]}"; do
    n=$(awk -v c=" $c " 'index($0, c) {s += $1} END {print s + 0}' <<<"$hist")
    [ "${n:-0}" -ge 40 ] && found=$((found+1))
  done
  [ "$found" -ge 2 ] && break
done
[ "$found" -ge 2 ] || fail "the window does not show the sample roadmap (found $found of ${#colours[@]} lane colours; screenshot $shot)"
kill -0 "$pid" 2>/dev/null || fail "the app is not running after the screenshot"
echo "smoke: window shows the sample ($found of ${#colours[@]} lane colours on screen), screenshot $shot"

kill -TERM "$pid"
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "the app did not quit within 10 s of SIGTERM"
code=0; wait "$pid" || code=$?; pid=""
[ "$code" -eq 0 ] || fail "the app exited with $code on SIGTERM"
"$BIN" --data "$work/data" list >/dev/null || fail "the store is not usable after quitting"
echo "smoke: app quit cleanly; 1 passed, 0 failed"
