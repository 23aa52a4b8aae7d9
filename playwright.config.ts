import { defineConfig, devices } from "@playwright/test";
import {
  chromiumLaunch,
  entraPort,
  logDir,
  operatorAppId,
  signInToolPort,
  simBasePort,
  simDir,
  simLog,
  toolEnv,
  toolLog,
  toolPort,
} from "./e2e/sim-env";

const baseURL = `http://127.0.0.1:${toolPort}`;

export default defineConfig({
  testDir: "./e2e",
  // Only *.spec.ts: e2e/simulator/*.test.ts are Vitest tests.
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: chromiumLaunch(),
  },
  projects: [{ name: "debian-chromium" }],
  // Started in this order; Playwright empties test-results/ before, so the logs kept there are this run's.
  // Each log goes through tee into test-results/ for the secret-leak checks of e2e/live-api.spec.ts.
  webServer: [
    {
      // The Microsoft 365 simulator on 127.0.0.1 (DNS, Entra, IMAP, POP, SMTP, hostile endpoints); it writes
      // ca.pem and clouds.json to the simulator directory before it answers the health check.
      name: "simulator",
      command: `mkdir -p "${logDir}" && npx tsx e2e/simulator/cli.ts --dir "${simDir}" --base-port ${simBasePort} 2>&1 | tee "${simLog}"`,
      url: `https://127.0.0.1:${entraPort}/sim/health`,
      // Its certificate comes from the simulator's own CA, which only the tool is told to trust.
      ignoreHTTPSErrors: true,
      // Outside CI a simulator already running on these ports (same scenario, same directory) is used as is.
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: "ignore",
      // Both wizard servers' sign-in redirect URIs, whatever E2E_PORT is (the scenario lists 3000 and 3100 only).
      env: {
        SIM_SPA_REDIRECT_URIS: [toolPort, signInToolPort]
          .map((port) => `http://127.0.0.1:${port}/auth/redirect`)
          .join(","),
      },
    },
    {
      name: "tool",
      command: `mkdir -p "${logDir}" && node scripts/server.mjs -p ${toolPort} -H 127.0.0.1 2>&1 | tee "${toolLog}"`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      env: { NEXT_TELEMETRY_DISABLED: "1", ...toolEnv },
    },
    {
      // The same build with the operator's own app registration for the token step's sign-in (issue #17), for
      // e2e/signin-app.spec.ts only; its log is not kept (the specs that check logs use the first server).
      name: "tool with a diagnosis app",
      command: `node scripts/server.mjs -p ${signInToolPort} -H 127.0.0.1`,
      url: `http://127.0.0.1:${signInToolPort}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      env: { NEXT_TELEMETRY_DISABLED: "1", ...toolEnv, ECE_DOCTOR_SIGNIN_CLIENT_ID: operatorAppId },
    },
  ],
});
