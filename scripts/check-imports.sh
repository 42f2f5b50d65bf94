#!/usr/bin/env bash
# check-imports.sh enforces the one-way data flow of DESIGN.md: the pure
# packages (model, analysis, layout) never depend, even indirectly, on the
# store, the service, the server, Wails, Badger or net/http.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for pkg in backend/model backend/analysis backend/layout; do
  [ -d "$pkg" ] || continue
  bad=$(go list -deps "./$pkg/..." | grep -E '^(net/http|github.com/wailsapp/|github.com/dgraph-io/badger|tandem/backend/(store|service|server|cli|formats))' | sort -u || true)
  if [ -n "$bad" ]; then
    echo "check-imports: $pkg must stay pure but depends on:" >&2
    echo "$bad" | sed 's/^/  /' >&2
    status=1
  fi
done
exit $status
