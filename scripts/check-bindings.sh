#!/usr/bin/env bash
# check-bindings.sh regenerates the UI's typed bindings (frontend/wailsjs)
# from app.go and fails if they differ from what was there, so that the UI's
# api types can never drift from the Go methods.
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(mktemp -d)
trap 'rm -rf "$before"' EXIT
cp -r frontend/wailsjs "$before/" 2>/dev/null || mkdir -p "$before/wailsjs"
wails generate module -tags webkit2_41 >/dev/null
chmod a-x frontend/wailsjs/runtime/*   # wails writes them executable; the checkout keeps them 0644 (as make does)
if ! diff -r "$before/wailsjs" frontend/wailsjs >/dev/null; then
  echo "check-bindings: frontend/wailsjs was out of date with app.go; it has been regenerated: review and commit it" >&2
  diff -ru "$before/wailsjs" frontend/wailsjs | head -40 >&2
  exit 1
fi
