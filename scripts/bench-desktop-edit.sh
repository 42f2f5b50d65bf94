#!/usr/bin/env bash
# bench-desktop-edit.sh times edits in the desktop window, through the Wails
# bridge, with the script the browser benchmark runs in serve mode
# (frontend/e2e/bench/edit-in-page.js): for each size N it generates a
# roadmap of N efforts (../shared/bench/gen_roadmap.py), imports it into a fresh store, opens the app
# under Xvfb with TANDEM_BENCH_EDITS=8 (desktop_bench.go) and prints the
# median edit-to-screen time and the 8 times.
#
#   scripts/bench-desktop-edit.sh [BIN] [N...]     default: build/bin/tandem 5000 20000
#   TANDEM_GEN=PATH: the roadmap generator when ../shared/bench/gen_roadmap.py is not beside the checkout (a worktree);
#     frontend/e2e/bench/roadmap-file.mjs makes the browser benchmark's roadmap (node e2e/bench.mjs --edit) instead
set -euo pipefail
BIN=$(realpath "${1:-build/bin/tandem}")
shift || true
sizes=("$@")
[ $# -eq 0 ] && sizes=(5000 20000)
cd "$(dirname "$0")/.."
gen=${TANDEM_GEN:-../shared/bench/gen_roadmap.py}   # TANDEM_GEN: another copy (a worktree has none beside it)
[ -f "$gen" ] || { echo "bench-desktop-edit: $gen is missing: it makes the roadmaps" >&2; exit 1; }
work=$(mktemp -d)
app=""; xvfb=""
cleanup() {
  [ -n "$app" ] && kill -9 "$app" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
. scripts/lib/xvfb.sh
fail() { echo "bench-desktop-edit: FAIL: $*" >&2; [ -f "$work/app.log" ] && tail -20 "$work/app.log" >&2; exit 1; }
start_xvfb "$work/xvfb.log"

for n in "${sizes[@]}"; do
  case "$gen" in
    *.mjs) node "$gen" "$n" "$work/r$n.tandem" >/dev/null ;;
    *) python3 "$gen" "$n" "$work/r$n.tandem" >/dev/null ;;
  esac
  rm -rf "$work/data"
  "$BIN" import --data "$work/data" "$work/r$n.tandem" >/dev/null
  TANDEM_BENCH_EDITS=8 timeout 300 "$BIN" --data "$work/data" >"$work/app.log" 2>&1 &
  app=$!
  wait "$app" || fail "the app exited with $? on $n efforts"
  app=""
  line=$(grep -E '^\{"(times|error)"' "$work/app.log" | tail -1)
  [ -n "$line" ] || fail "the window gave no timing on $n efforts"
  case "$line" in *'"error"'*) fail "$n efforts: $line" ;; esac
  field() { local v; v=$(grep -oE "\"$1\":[0-9.]+" <<<"$line" | cut -d: -f2) || true; if [ -n "$v" ]; then printf "%.0f" "$v"; else printf "?"; fi; }
  ms=$(field ms); bridge=$(field bridgeMs); dom=$(field domMs); settled=$(field settledMs); scrolled=$(field scrolled)
  echo "desktop (Wails) edit -> on screen, $n efforts: median $ms ms (the UpdateEffort call through the bridge: $bridge ms; in the DOM at $dom ms; all drawn, the inspector too, at $settled ms; $scrolled of 8 edits scrolled the view); all: $line"
done
