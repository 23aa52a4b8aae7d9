// node scripts/cpu-profile-summary.mjs <file.cpuprofile> [fromµs toµs] [rows]
// Self and inclusive time by module and by function of a `node --cpu-prof` profile (as `BENCH_CPU_PROF` writes them),
// optionally only between two timestamps of the profile's clock (`npm run bench` prints those of part (c)).
// Idle time is left out; a function or module is counted once per sample however deep it recurs.
import { readFileSync } from "node:fs";

const [file, from, to, rows = "30"] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/cpu-profile-summary.mjs <file.cpuprofile> [fromµs toµs] [rows]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8"));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
const low = from ? Number(from) : Number.NEGATIVE_INFINITY;
const high = to ? Number(to) : Number.POSITIVE_INFINITY;

const place = (url) =>
  url
    .replace(/^file:\/\//, "")
    .replace(/.*\/node_modules\//, "npm:")
    .replace(`${process.cwd()}/`, "");
const functionOf = (frame) => `${frame.functionName || "(anonymous)"} ${place(frame.url)}`.trim();
const moduleOf = (frame) => {
  const url = place(frame.url);
  if (url === "") return frame.functionName.startsWith("(") ? frame.functionName : "(native)";
  if (url.startsWith("npm:"))
    return url
      .split("/")
      .slice(0, url.startsWith("npm:@") ? 2 : 1)
      .join("/");
  return url;
};

const tables = {
  selfModule: new Map(),
  inclusiveModule: new Map(),
  selfFunction: new Map(),
  inclusiveFunction: new Map(),
};
const add = (table, key, ms) => table.set(key, (table.get(key) ?? 0) + ms);
let busy = 0;
let idle = 0;
let at = profile.startTime;
for (let index = 0; index < profile.samples.length; index++) {
  at += profile.timeDeltas[index];
  if (at < low || at > high) continue;
  const ms = (profile.timeDeltas[index + 1] ?? profile.timeDeltas[index]) / 1000;
  const leaf = nodes.get(profile.samples[index]);
  if (leaf.callFrame.functionName === "(idle)") {
    idle += ms;
    continue;
  }
  busy += ms;
  add(tables.selfModule, moduleOf(leaf.callFrame), ms);
  add(tables.selfFunction, functionOf(leaf.callFrame), ms);
  const seenModules = new Set();
  const seenFunctions = new Set();
  for (let id = leaf.id; id !== undefined; id = parents.get(id)) {
    const frame = nodes.get(id).callFrame;
    seenModules.add(moduleOf(frame));
    seenFunctions.add(functionOf(frame));
  }
  for (const key of seenModules) add(tables.inclusiveModule, key, ms);
  for (const key of seenFunctions) add(tables.inclusiveFunction, key, ms);
}

const print = (title, table) => {
  console.log(`\n${title}`);
  for (const [key, ms] of [...table].sort((a, b) => b[1] - a[1]).slice(0, Number(rows)))
    console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${key}`);
};
console.log(`${file}: busy ${busy.toFixed(0)} ms, idle ${idle.toFixed(0)} ms`);
print("Self time by module", tables.selfModule);
print("Inclusive time by module", tables.inclusiveModule);
print("Self time by function", tables.selfFunction);
print("Inclusive time by function", tables.inclusiveFunction);
