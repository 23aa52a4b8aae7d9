// Where the end-to-end tests find the Microsoft 365 simulator and the tool's log; shared by playwright.config.ts and
// the specs. E2E_SIM_BASE_PORT / E2E_SIM_DIR move the simulator (to run beside another one); E2E_PORT moves the tool.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");

export const toolPort = Number(process.env.E2E_PORT ?? 3100);
/** A second server of the same build with ECE_DOCTOR_SIGNIN_CLIENT_ID set (e2e/signin-app.spec.ts): E2E_PORT + 1000. */
export const signInToolPort = toolPort + 1000;
/** The simulator's "ECE OAuth Doctor (public client)" app: the operator's own diagnosis app registration. */
export const operatorAppId = "66666666-6666-4666-8666-666666666666";
export const simBasePort = Number(process.env.E2E_SIM_BASE_PORT ?? 19400);
export const simDir = resolve(repoRoot, process.env.E2E_SIM_DIR ?? ".sim");
export const entraPort = simBasePort + 1;

/** What the tool needs to trust and reach the simulator (the simulator also writes it to <simDir>/env.sh). */
export const toolEnv = {
  NODE_EXTRA_CA_CERTS: resolve(simDir, "ca.pem"),
  ECE_DOCTOR_CLOUDS_FILE: resolve(simDir, "clouds.json"),
  ECE_DOCTOR_DNS_SERVERS: `127.0.0.1:${simBasePort}`,
  // The specs play many clients behind one proxy: each request's X-Forwarded-For (freshClient()) is the address the
  // proxy saw. e2e/security.spec.ts starts its own server without it.
  ECE_DOCTOR_TRUSTED_PROXIES: "1",
};

/** Everything the tool's `next start` and the simulator print, kept for the secret-leak checks. */
export const logDir = resolve(repoRoot, "test-results");
export const toolLog = resolve(logDir, "tool-server.log");
export const simLog = resolve(logDir, "simulator.log");

/** Debian's Chromium as every spec launches it; specs that reach the simulator in the browser add `simHostRule`. */
export function chromiumLaunch(extraArgs: string[] = []) {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-dev-shm-usage",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extraArgs,
    ],
  };
}

// *.sim.test is the simulator on this machine's loopback; no other name is mapped.
export const simHostRule = "--host-resolver-rules=MAP *.sim.test 127.0.0.1";
