// npm run lighthouse: Lighthouse 12.8.2 (from the npm registry, run with npm exec; mobile defaults) in Debian's
// Chromium (CHROME_PATH, default /usr/bin/chromium) against `next start` of the current build, on the start page, a
// step, check answers, the report and the triage page, side by side with the empty page of the same build
// (app/empty-reference) in the same run. Figures only: scores swing on shared machines, the difference to the empty
// page is the figure. LIGHTHOUSE_PORT (default 3200) moves the server; LIGHTHOUSE_RUNS (default 1) rounds of every page in
// turn give medians, and each page's difference is the median of its differences to the empty page of the same round.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3200);
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const base = `http://127.0.0.1:${port}`;

const pages: [string, string][] = [
  ["empty page", "/empty-reference"],
  ["start page", "/en"],
  ["a step", "/en/steps/ece-version"],
  ["check answers", "/en/check-answers"],
  ["report", "/en/report"],
  ["triage", "/en/triage"],
];

type Scores = { performance: number; accessibility: number; bestPractices: number; tbt: number; failing: string[] };

async function waitForServer(server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start stopped (exit ${server.exitCode})`);
    try {
      const response = await fetch(`${base}/empty-reference`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`next start did not answer on ${base} in 60 s`);
}

function lighthouse(url: string): Scores {
  const result = spawnSync(
    "npm",
    [
      "exec",
      "--yes",
      "--package=lighthouse@12.8.2",
      "--",
      "lighthouse",
      url,
      "--quiet",
      "--output=json",
      "--output-path=stdout",
      "--only-categories=performance,accessibility,best-practices",
      "--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage",
    ],
    { cwd: tmpdir(), env: { ...process.env, CHROME_PATH: chrome }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) throw new Error(`lighthouse ${url}: exit ${result.status}\n${result.stderr.slice(-2000)}`);
  const report = JSON.parse(result.stdout) as {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<
      string,
      { score: number | null; numericValue?: number; title: string; details?: { items?: unknown[] } }
    >;
  };
  const score = (id: string) => report.categories[id]?.score ?? NaN;
  // The audits that cost points in accessibility and best practices, to say what to fix.
  const failing = ["accessibility", "best-practices"].flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${ref.id}${JSON.stringify(report.audits[ref.id]?.details?.items ?? []).slice(0, 300)}`),
  );
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    tbt: report.audits["total-blocking-time"]?.numericValue ?? NaN,
    failing,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  if (!existsSync(join(root, ".next/BUILD_ID"))) throw new Error("no build: run `npx next build` first");
  if (!existsSync(chrome)) throw new Error(`no Chromium at ${chrome} (set CHROME_PATH)`);
  const dataDir = mkdtempSync(join(tmpdir(), "ece-doctor-lighthouse-"));
  const server = spawn(
    process.execPath,
    [join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, ECE_DOCTOR_BENCH_PAGES: "1", ECE_DOCTOR_DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  try {
    await waitForServer(server);
    console.log(
      `Lighthouse 12.8.2, mobile defaults, ${chrome}, next start on ${base}; ${runs} round(s) of every page in turn, medians`,
    );
    // Every page once before measuring (a page's first request on the server is not what a visitor waits for), then
    // rounds of every page in turn: the machine's load drifts, so each page is compared with the empty page of its
    // own round, and the difference reported is the median of those paired differences.
    for (const [, path] of pages) await fetch(`${base}${path}`).then((response) => response.arrayBuffer());
    const rounds = Array.from({ length: runs }, () => pages.map(([, path]) => lighthouse(`${base}${path}`)));
    const emptyRuns = rounds.map((round) => round[0]!);
    const score = (value: number) => value.toFixed(2);
    const ms = (value: number) => String(Math.round(value));
    // Each column: its heading, how a page's rounds become its cell (the median, or the median paired difference).
    const columns: [string, (each: Scores[]) => string][] = [
      ["perf", (each) => score(median(each.map((item) => item.performance)))],
      ["Δ empty", (each) => score(median(each.map((item, round) => item.performance - emptyRuns[round]!.performance)))],
      ["TBT ms", (each) => ms(median(each.map((item) => item.tbt)))],
      ["Δ empty", (each) => ms(median(each.map((item, round) => item.tbt - emptyRuns[round]!.tbt)))],
      ["a11y", (each) => score(median(each.map((item) => item.accessibility)))],
      ["best pr.", (each) => score(median(each.map((item) => item.bestPractices)))],
    ];
    console.log(
      `\n  ${"page".padEnd(14)} ${columns.map(([heading]) => heading.padStart(8)).join(" ")}  performance in each round`,
    );
    pages.forEach(([name], index) => {
      const each = rounds.map((round) => round[index]!);
      const cells = columns.map(([, cell]) => cell(each).padStart(8)).join(" ");
      console.log(`  ${name.padEnd(14)} ${cells}  ${each.map((item) => score(item.performance)).join(" ")}`);
    });
    console.log(
      "\n  targets: performance within 0.03 of the empty page, TBT within 100 ms of it, accessibility and best practices 1.00",
    );
    const failing = pages.map(
      ([name], index) => [name, [...new Set(rounds.flatMap((round) => round[index]!.failing))]] as const,
    );
    for (const [name, audits] of failing) for (const audit of audits) console.log(`  ${name}: ${audit}`);
  } finally {
    server.kill("SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
