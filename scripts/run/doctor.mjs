// npm run doctor -- case.json [options]: the command-line diagnosis. With the dev dependencies it runs the sources
// through tsx; after `npm ci --omit=dev` (no tsx) it runs the bundled CLI from dist/probe/ (npm run build:probe).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { root, tools } from "./common.mjs";

const bundled = join(root, "dist", "probe", "ece-oauth-doctor-cli.cjs");
const tsx = join(root, tools.tsx);
const args = process.argv.slice(2);
let command;
if (existsSync(tsx))
  command = [
    tsx,
    "--conditions=react-server",
    "--tsconfig",
    join(root, "tsconfig.json"),
    join(root, "scripts", "doctor.ts"),
    ...args,
  ];
else if (existsSync(bundled)) command = [bundled, ...args];
else {
  process.stderr.write(
    "npm run doctor needs the dev dependencies (npm ci) or the bundled CLI: run npm run build:probe where they are installed and copy dist/probe/ here.\n",
  );
  process.exit(2);
}
const result = spawnSync(process.execPath, command, { stdio: "inherit" });
process.exit(result.status ?? 2);
