// Helpers for the run scripts (npm run wizard, demo, doctor, test): plain Node, so that they work from cmd.exe and
// PowerShell as well as from a Unix shell. Local tools run as `node <their script>`, never through npx or a shell.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const windows = process.platform === "win32";

export const tools = {
  biome: "node_modules/@biomejs/biome/bin/biome",
  next: "node_modules/next/dist/bin/next",
  // The production server that counts each client by its socket address (lib/api/rate-limit.ts).
  server: "scripts/server.mjs",
  tsx: "node_modules/tsx/dist/cli.mjs",
  tsc: "node_modules/typescript/bin/tsc",
  vitest: "node_modules/vitest/vitest.mjs",
  playwright: "node_modules/@playwright/test/cli.js",
};

export function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

// Runs a command to its end, with the output on this console; stops everything when it fails.
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    shell: windows && /^(npm|npx)$/.test(command),
    ...options,
  });
  if (result.status !== 0) fail(`${[command, ...args].join(" ")} failed (${result.status ?? result.signal}).`);
}

export const runTool = (tool, args, options) => run(process.execPath, [join(root, tools[tool]), ...args], options);

export function startTool(tool, args, options = {}) {
  return spawn(process.execPath, [join(root, tools[tool]), ...args], { cwd: root, ...options });
}

// Ends a child and its own children (tsx runs the simulator in a child of its own).
export function stop(child) {
  if (child.exitCode !== null || child.pid === undefined) return;
  if (windows) spawnSync("taskkill", ["/pid", String(child.pid), "/T", "/F"], { stdio: "ignore" });
  else child.kill("SIGTERM");
}

// npm ci when node_modules is missing or older than the lock file (never a browser download).
export function ensureDeps() {
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const installed = join(root, "node_modules", ".package-lock.json");
  if (!existsSync(installed) || statSync(join(root, "package-lock.json")).mtimeMs > statSync(installed).mtimeMs)
    run("npm", ["ci", "--no-audit", "--no-fund"]);
}

const buildInputs = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

// A production build is current when no source file is newer than it: then the wizard starts without rebuilding.
export function buildIsCurrent() {
  const id = join(root, ".next", "BUILD_ID");
  if (!existsSync(id)) return false;
  const built = statSync(id).mtimeMs;
  return buildInputs.every((input) => newestChange(join(root, input)) <= built);
}

export function ensureBuild() {
  if (buildIsCurrent()) process.stderr.write("The production build is current: starting it without rebuilding.\n");
  else runTool("next", ["build"]);
}
