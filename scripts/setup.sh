#!/usr/bin/env bash
# setup.sh installs what Tandem's build and tests need and skips what is
# already here: Debian packages (apt), the Wails CLI (Go module proxy) and the
# UI's npm packages (npm ci from the committed lock file). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

WAILS_VERSION=v2.12.0
APT_PACKAGES=(build-essential pkg-config libgtk-3-dev libwebkit2gtk-4.1-dev xvfb xauth chromium fonts-dejavu-core imagemagick poppler-utils dbus-daemon x11-utils)

say() { printf 'setup: %s\n' "$*"; }

missing=()
for p in "${APT_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$p")
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v go >/dev/null || { echo "setup: Go is missing (expected at /usr/local/go/bin)" >&2; exit 1; }
GOBIN_DIR="$(go env GOPATH)/bin"
# (Output captured first: grep -q in a pipe would end wails early, and
# pipefail would then count a match as a failure.)
have=$("$GOBIN_DIR/wails" version 2>/dev/null || true)
if [[ "$have" != *"$WAILS_VERSION"* ]]; then
  say "installing the Wails CLI ${WAILS_VERSION}"
  go install "github.com/wailsapp/wails/v2/cmd/wails@${WAILS_VERSION}"
fi

# npm ci only when the lock file changed since the last install.
lock_sum=$(sha256sum frontend/package-lock.json | cut -d' ' -f1)
if [ "$(cat frontend/node_modules/.tandem-lock 2>/dev/null)" != "$lock_sum" ]; then
  say "installing the UI's npm packages (npm ci)"
  (cd frontend && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" > frontend/node_modules/.tandem-lock
fi
