// npm test: lint and format, types, unit tests, production build, the probe bundle and executables, end-to-end tests in Debian's
// Chromium (against the Microsoft 365 simulator, which playwright.config.ts starts).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ensureDeps, fail, root, run, runTool, windows } from "./common.mjs";

ensureDeps();
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!windows && !existsSync(chromium)) {
  if (process.getuid?.() !== 0)
    fail("Chromium is missing: run 'sudo apt-get install -y chromium' or set CHROMIUM_PATH.");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "chromium"], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}
// The share-link store runs its suite on SQLite and on a local PostgreSQL (installed and started when missing; the
// helper for that is a Debian shell script, so elsewhere set TEST_DATABASE_URL).
if (!process.env.TEST_DATABASE_URL && !windows) {
  const postgres = spawnSync("bash", [join(root, "scripts", "ensure-postgres.sh")], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (postgres.status !== 0) fail("scripts/ensure-postgres.sh failed.");
  process.env.TEST_DATABASE_URL = postgres.stdout.trim();
}

// A bare "server-only"; string fences nothing; it must be an import.
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}
const bare = ["app", "components", "lib", "e2e"]
  .flatMap((dir) => sourceFiles(join(root, dir)))
  .filter((path) => /^\s*["']server-only["'];?\s*$/m.test(readFileSync(path, "utf8")));
if (bare.length > 0)
  fail(`Use import "server-only"; not a bare string: ${bare.map((path) => relative(root, path)).join(", ")}`);

runTool("biome", ["check", "."]);
runTool("next", ["typegen"]);
runTool("tsc", ["--noEmit", "-p", "."]);
runTool("vitest", ["run"]);
runTool("next", ["build"]);
// First-load JavaScript per page against its budget (reads the build just made).
runTool("vitest", ["run", "scripts/bundle-budget.test.ts"], { env: { ...process.env, BUNDLE_BUDGET: "1" } });
run(process.execPath, [join(root, "scripts", "probe", "build.mjs")]);
process.env.ECE_DOCTOR_DATA_DIR ??= mkdtempSync(join(tmpdir(), "ece-doctor-data-"));
runTool("playwright", ["test"]);
