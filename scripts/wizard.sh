#!/usr/bin/env bash
# Builds and serves the wizard on http://127.0.0.1:${PORT:-3000}.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export NEXT_TELEMETRY_DISABLED=1
npx next build
exec node scripts/server.mjs -p "${PORT:-3000}" -H "${HOST:-127.0.0.1}"
