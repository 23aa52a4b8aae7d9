// npx tsx e2e/simulator/cli.ts [--scenario e2e/simulator/scenarios/default.json] [--base-port N] [--dir .sim] [--rtt-ms N] [--verbose]
// Starts the Microsoft 365 simulator on 127.0.0.1, prints its endpoints and the environment for the tool, and runs
// until SIGINT/SIGTERM. Readiness: GET https://127.0.0.1:<base+1>/sim/health (or https://login.sim.test:<base+1>/…).
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadScenario } from "./load-scenario";
import { DEFAULT_BASE_PORT, DEFAULT_SIM_DIR, startSimulator } from "./simulator";

const here = dirname(fileURLToPath(import.meta.url));

function usage(message?: string): never {
  if (message) process.stderr.write(`${message}\n`);
  process.stderr.write(
    "usage: npx tsx e2e/simulator/cli.ts [--scenario FILE] [--base-port N] [--dir DIR] [--rtt-ms N] [--verbose]\n" +
      `  --scenario  default ${resolve(here, "scenarios/default.json")}\n` +
      `  --base-port default ${DEFAULT_BASE_PORT} (uses base..base+41)\n` +
      `  --dir       default ${DEFAULT_SIM_DIR}\n` +
      "  --rtt-ms    a round trip added to every exchange (e.g. 40, as from Europe to Microsoft); default 0\n",
  );
  process.exit(message ? 2 : 0);
}

function parseArgs(argv: string[]): {
  scenario: string;
  basePort: number;
  dir: string;
  verbose: boolean;
  rttMs: number;
} {
  const out = {
    scenario: resolve(here, "scenarios/default.json"),
    basePort: DEFAULT_BASE_PORT,
    dir: DEFAULT_SIM_DIR,
    verbose: false,
    rttMs: 0,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) usage(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case "--scenario":
        out.scenario = resolve(value());
        break;
      case "--base-port": {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1024 || n > 65535 - 41)
          usage("--base-port must be an integer between 1024 and 65494");
        out.basePort = n;
        break;
      }
      case "--dir":
        out.dir = resolve(value());
        break;
      case "--rtt-ms": {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0 || n > 2000) usage("--rtt-ms must be an integer between 0 and 2000");
        out.rttMs = n;
        break;
      }
      case "--verbose":
      case "-v":
        out.verbose = true;
        break;
      case "--help":
      case "-h":
        usage();
        break;
      default:
        usage(`unknown argument: ${arg}`);
    }
  }
  return out;
}

async function main(): Promise<void> {
  // One misbehaving connection must never take the whole simulator down.
  process.on("uncaughtException", (e) => process.stderr.write(`simulator: uncaught ${e.stack ?? String(e)}\n`));
  process.on("unhandledRejection", (e) => process.stderr.write(`simulator: unhandled ${String(e)}\n`));
  const args = parseArgs(process.argv.slice(2));
  const scenario = loadScenario(args.scenario);
  // SIM_SPA_REDIRECT_URIS (comma-separated): more single-page-app redirect URIs for every app that has some, e.g. the
  // wizard's http://127.0.0.1:<port>/auth/redirect when its tests run on another port than the scenario's 3000/3100.
  const extraSpa = (process.env.SIM_SPA_REDIRECT_URIS ?? "")
    .split(",")
    .map((uri) => uri.trim())
    .filter(Boolean);
  for (const app of scenario.tenants.flatMap((tenant) => tenant.apps)) {
    if (app.spaRedirectUris && extraSpa.length > 0)
      app.spaRedirectUris = [...new Set([...app.spaRedirectUris, ...extraSpa])];
  }
  const sim = await startSimulator({
    scenario,
    basePort: args.basePort,
    dir: args.dir,
    rttMs: args.rttMs,
    log: args.verbose ? (m) => process.stderr.write(`${new Date().toISOString()} ${m}\n`) : undefined,
  });
  const out = process.stdout;
  out.write(`Microsoft 365 simulator running (scenario ${args.scenario})\n`);
  for (const e of sim.endpoints) out.write(`  ${e.name.padEnd(26)} ${e.address}\n`);
  out.write(`Profiles in ${sim.cloudsFilePath}: ${sim.profiles.map((p) => p.id).join(", ")}\n`);
  out.write("Environment for the tool:\n");
  for (const [k, v] of Object.entries(sim.env)) out.write(`  export ${k}=${v}\n`);
  out.write(`(also in ${resolve(sim.dir, "env.sh")})\n`);
  out.write("Ready. Stop with Ctrl-C.\n");

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`${signal}: stopping the simulator\n`);
    sim
      .stop()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((e: unknown) => {
  process.stderr.write(`simulator: ${(e as Error).message}\n`);
  process.exit(1);
});
