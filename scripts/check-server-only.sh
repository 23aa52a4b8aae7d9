#!/usr/bin/env bash
# A bare "server-only"; string fences nothing; it must be an import.
set -euo pipefail
cd "$(dirname "$0")/.."
if grep -rnE '^\s*["'"'"']server-only["'"'"'];?\s*$' --include='*.ts' --include='*.tsx' app components lib e2e 2>/dev/null; then
  echo 'Use import "server-only"; not a bare string.' >&2
  exit 1
fi
echo "server-only fences: ok"
