#!/usr/bin/env bash
# Every test: types, unit tests, production build, end-to-end tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser
export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

npx next typegen
npx tsc --noEmit -p .
bash scripts/check-server-only.sh
npx vitest run
npx next build
npx playwright test
