#!/usr/bin/env bash
# Every test: types, unit tests, production build, end-to-end tests in Debian's Chromium (against the Microsoft 365
# simulator of e2e/simulator/, which playwright.config.ts starts; it needs no binaries).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser
export NEXT_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
# The share-link store runs its suite on SQLite and on a local PostgreSQL (installed and started when missing).
TEST_DATABASE_URL="${TEST_DATABASE_URL:-$(bash scripts/ensure-postgres.sh)}"
export TEST_DATABASE_URL

npx next typegen
npx tsc --noEmit -p .
bash scripts/check-server-only.sh
npx vitest run
npx next build
# First-load JavaScript per page against its budget (reads the build just made).
BUNDLE_BUDGET=1 npx vitest run scripts/bundle-budget.test.ts
export ECE_DOCTOR_DATA_DIR="${ECE_DOCTOR_DATA_DIR:-$(mktemp -d)}"
npx playwright test
