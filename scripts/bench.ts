// npm run bench: each page's first-load JavaScript against an empty page of the same build (after `next build`), and
// how long live diagnoses take against the Microsoft 365 simulator (loopback only). Figures only.
// BENCH_RTT_MS (default 40, as from Europe to Microsoft) is the round trip the simulator adds to every exchange
// (e2e/simulator/latency.ts), so that fixed costs are not hidden by loopback speed.
// The simulator runs as its own process (as Exchange would); the measurements run in a second process started with
// NODE_EXTRA_CA_CERTS, ECE_DOCTOR_CLOUDS_FILE and ECE_DOCTOR_DNS_SERVERS set, because Node reads the CA list at start-up.
// BENCH_SIM_BASE_PORT moves the simulator (default 19700, away from the one of npm run demo and the tests).
// BENCH_CPU_PROF=<dir> writes a CPU profile of the simulator and of the measuring process there (node --cpu-prof).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { CaseFile } from "@/lib/case/schema";
import type { ProbeEvidence } from "@/lib/probes/types";
import { budgetOverEmpty, kB, type RouteBundle, readRouteBundles, referenceRoute } from "./lib/bundle-stats";

const root = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
const basePort = Number(process.env.BENCH_SIM_BASE_PORT ?? 19700);
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
const TENANT = "11111111-1111-4111-8111-111111111111";
const APP = "22222222-2222-4222-8222-222222222222";
const SECRET = "sim-valid-secret-value-0123456789abcdef";
const DELEGATE = "delegate@contoso.sim.test";
const MAILBOXES = ["support@contoso.sim.test", "sales@contoso.sim.test", "shared@contoso.sim.test"];
const RUNS = 5;
const CONCURRENT = 50;
const rttMs = Number(process.env.BENCH_RTT_MS ?? 40);
const profileDir = process.env.BENCH_CPU_PROF;
// tsx's CLI runs the script in a child process that would escape --cpu-prof: profiled runs load tsx with --import.
const runTs = (conditions: string[]) =>
  profileDir
    ? ["--cpu-prof", `--cpu-prof-dir=${resolve(profileDir)}`, ...conditions, "--import", "tsx"]
    : [tsxCli, ...conditions];

// ---------------------------------------------------------------------------------------------------------------
// Parent: simulator up, measuring child, simulator down.

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    let seen = "";
    const timer = setTimeout(
      () => fail(new Error(`the simulator did not start in ${timeoutMs / 1000} s:\n${seen}`)),
      timeoutMs,
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString("utf8");
      if (pattern.test(seen)) {
        clearTimeout(timer);
        done();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      fail(new Error(`the simulator stopped (exit ${code}):\n${seen}`));
    });
  });
}

function printBundles(): void {
  console.log("First-load JavaScript per route (gzip), against the empty page of the same build");
  let routes: RouteBundle[];
  try {
    routes = readRouteBundles(root);
  } catch (error) {
    console.log(`  skipped: ${error instanceof Error ? error.message : String(error)}\n`);
    return;
  }
  const empty = routes.find((route) => route.route === referenceRoute);
  if (!empty) {
    console.log(`  skipped: no ${referenceRoute} in this build\n`);
    return;
  }
  for (const route of routes) {
    const over = route.gzipBytes - empty.gzipBytes;
    console.log(
      `  ${route.route.padEnd(24)} ${kB(route.gzipBytes).padStart(9)}  +${kB(over).padStart(8)}  x${(route.gzipBytes / empty.gzipBytes).toFixed(2)}${over > budgetOverEmpty ? "  (over the +25 kB target)" : ""}`,
    );
  }
  console.log("");
}

async function orchestrate(): Promise<number> {
  printBundles();
  const dir = mkdtempSync(join(tmpdir(), "ece-doctor-bench-"));
  // The default scenario, with delegate@ holding Full Access to the three mailboxes of the shared model.
  const scenario = JSON.parse(readFileSync(join(root, "e2e/simulator/scenarios/default.json"), "utf8")) as {
    tenants: { users: { upn: string; fullAccessTo?: string[] }[] }[];
  };
  const delegate = scenario.tenants[0]?.users.find((user) => user.upn === DELEGATE);
  if (!delegate) throw new Error(`${DELEGATE} is not in the default scenario`);
  delegate.fullAccessTo = [...MAILBOXES];
  writeFileSync(join(dir, "scenario.json"), JSON.stringify(scenario));

  const sim = spawn(
    process.execPath,
    [
      ...runTs([]),
      join(root, "e2e/simulator/cli.ts"),
      "--scenario",
      join(dir, "scenario.json"),
      "--base-port",
      String(basePort),
      "--dir",
      dir,
      "--rtt-ms",
      String(rttMs),
    ],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let simErrors = "";
  sim.stderr?.on("data", (chunk: Buffer) => (simErrors += chunk.toString("utf8")));
  let measure: ChildProcess | undefined;
  const stop = () => {
    measure?.kill("SIGTERM");
    sim.kill("SIGTERM");
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await waitForLine(sim, /^Ready\./m, 60_000).catch((error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}${simErrors}`);
    });
    measure = spawn(
      process.execPath,
      [...runTs(["--conditions=react-server"]), fileURLToPath(import.meta.url), "--measure"],
      {
        cwd: root,
        stdio: "inherit",
        env: {
          ...process.env,
          NODE_EXTRA_CA_CERTS: join(dir, "ca.pem"),
          ECE_DOCTOR_CLOUDS_FILE: join(dir, "clouds.json"),
          ECE_DOCTOR_DNS_SERVERS: `127.0.0.1:${basePort}`,
          BENCH_SIM_BASE_PORT: String(basePort),
          BENCH_SIM_PID: String(sim.pid ?? ""),
          TSX_TSCONFIG_PATH: join(root, "tsconfig.json"),
        },
      },
    );
    return await new Promise<number>((done) => measure?.once("exit", (code) => done(code ?? 1)));
  } finally {
    const exited = new Promise((done) => (sim.exitCode === null ? sim.once("exit", done) : done(null)));
    sim.kill("SIGTERM");
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Child: the measurements.

function passwordToken(upn: string): Promise<string> {
  const body = new URLSearchParams({
    grant_type: "password",
    client_id: APP,
    client_secret: SECRET,
    username: upn,
    password: "sim-user-password",
    scope:
      "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All https://outlook.office.com/SMTP.Send",
  }).toString();
  return new Promise((done, fail) => {
    const req = request(
      {
        host: "127.0.0.1",
        servername: "login.sim.test",
        port: basePort + 1,
        method: "POST",
        path: `/${TENANT}/oauth2/v2.0/token`,
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const json = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { access_token?: string; error?: string };
          if (json.access_token) done(json.access_token);
          else fail(new Error(`password grant: ${json.error ?? res.statusCode}`));
        });
      },
    );
    req.on("error", fail);
    req.end(body);
  });
}

// CPU milliseconds (user and system) a process and its children (tsx runs the script in one) have used so far, from
// /proc (Linux); undefined elsewhere.
type CpuMs = { user: number; system: number };
function cpuMsOf(pid: string | undefined): CpuMs | undefined {
  if (!pid) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // USER_HZ is 100 on Linux
    const own = { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 };
    if (!Number.isFinite(own.user + own.system)) return undefined;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean);
    return children.reduce((sum, child) => {
      const used = cpuMsOf(child);
      return used ? { user: sum.user + used.user, system: sum.system + used.system } : sum;
    }, own);
  } catch {
    return undefined;
  }
}

const ms = (value: number) => `${Math.round(value)} ms`.padStart(8);
const label = (item: ProbeEvidence) =>
  `${item.kind.padEnd(15)} ${"mailbox" in item ? `${item.mailbox} via ` : ""}${item.target}`;

async function measure(): Promise<void> {
  // Imported here, with the environment for the tool already in place.
  const { diagnoseCase } = await import("@/lib/live/probe-and-diagnose");
  const { findProfile } = await import("@/lib/live/profiles");
  const sim = findProfile("sim");
  const silent = findProfile("sim-silent");
  if (!sim || !silent) throw new Error("no sim profiles: is ECE_DOCTOR_CLOUDS_FILE set?");

  const demo = JSON.parse(readFileSync(join(root, "e2e/simulator/demo-case.json"), "utf8")) as CaseFile;
  const shared = (retrieval: "imap" | "pop3"): CaseFile => ({
    ...demo,
    mail: {
      ...demo.mail,
      accessModel: "shared",
      signInAccount: DELEGATE,
      fullAccess: "yes",
      mailboxes: [...MAILBOXES],
      tokenSignedInAs: DELEGATE,
      retrieval,
    },
  });
  const accessToken = await passwordToken(DELEGATE);
  const solo: Record<"imap" | "pop3", number> = { imap: 0, pop3: 0 };
  const secrets = { clientSecret: SECRET, accessToken };

  console.log(
    `Live diagnoses: simulator on 127.0.0.1:${basePort}+ with a ${rttMs} ms round trip per exchange, Node ${process.version}`,
  );
  console.log(
    "\n(a) Full live diagnosis: one tenant, three mailboxes (shared model, delegate@ with Full Access), default timeouts",
  );
  for (const retrieval of ["imap", "pop3"] as const) {
    const file = shared(retrieval);
    await diagnoseCase({ file, profile: sim, secrets, live: true }); // warm-up: module loading, first TLS contexts
    const runs: { wall: number; evidence: ProbeEvidence[]; failing: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      const { findings, evidence } = await diagnoseCase({ file, profile: sim, secrets, live: true });
      runs.push({
        wall: performance.now() - started,
        evidence,
        failing: findings.filter((item) => item.status !== "pass").length,
      });
    }
    const sorted = [...runs].sort((a, b) => a.wall - b.wall);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const slowest = median.evidence.reduce((a, b) => (b.ms > a.ms ? b : a));
    console.log(
      `\n  retrieval ${retrieval.toUpperCase()}: ${median.evidence.length} probes, ${median.failing} results not passing; wall per run: ${runs.map((run) => Math.round(run.wall)).join(", ")} ms`,
    );
    console.log(`  median run (${Math.round(median.wall)} ms), each probe:`);
    for (const item of [...median.evidence].sort((a, b) => b.ms - a.ms))
      console.log(`    ${ms(item.ms)}  ${label(item)}`);
    const handshakes = median.evidence.flatMap((item) =>
      item.transcript.filter((entry) => entry.from === "note" && /^TLS (TLSv|SSLv|\?)/.test(entry.text)),
    ).length;
    const resumed = median.evidence.filter((item) =>
      item.transcript.some((entry) => entry.text.startsWith("TLS session resumed")),
    ).length;
    console.log(`  TLS handshakes: ${handshakes}, of which resumed: ${resumed}`);
    console.log(`  slowest probe: ${Math.round(slowest.ms)} ms (${slowest.kind} ${slowest.target})`);
    console.log(`  wall / slowest: ${(median.wall / Math.max(1, slowest.ms)).toFixed(2)} (target <= 1.2)`);
    solo[retrieval] = median.wall;
  }

  console.log("\n(b) A port that never answers, against its timeout");
  const silentTimeouts = { tlsMs: 2000, greetingMs: 2000 };
  const started = performance.now();
  // No token: the probes stop before authentication anyway, and one mailbox is probed.
  const quiet = await diagnoseCase({
    file: { ...demo, azure: { ...demo.azure, cloud: "sim-silent" } },
    profile: silent,
    secrets: {},
    live: true,
    groups: ["mail"],
    timeouts: silentTimeouts,
  });
  const quietWall = performance.now() - started;
  for (const item of quiet.evidence.filter((entry) => entry.kind === "imap" || entry.kind === "smtp")) {
    const budget =
      item.error?.phase === "tls" ? `tlsMs ${silentTimeouts.tlsMs}` : `greetingMs ${silentTimeouts.greetingMs}`;
    console.log(
      `  silent ${item.kind.padEnd(4)} (${item.error?.code ?? "no error"} in ${item.error?.phase ?? "-"}): ${ms(item.ms)} against ${budget} ms (target: within it + 500 ms)`,
    );
  }
  console.log(
    `  whole diagnosis: ${Math.round(quietWall)} ms; causes: ${[...new Set(quiet.findings.flatMap((item) => (item.status === "fail" ? [item.cause] : [])))].join(", ")}`,
  );

  // The simulator's black hole (e2e/simulator/black-hole.ts): IMAP, POP and SMTP of sim-black-hole all point at it.
  const dropped = findProfile("sim-black-hole");
  if (!dropped) throw new Error("no sim-black-hole profile: is the simulator up to date?");
  const connectMs = 2000;
  const startedDrop = performance.now();
  const result = await diagnoseCase({
    file: { ...demo, azure: { ...demo.azure, cloud: dropped.id } },
    profile: dropped,
    secrets: {},
    live: true,
    groups: ["network"],
    timeouts: { connectMs },
  });
  const dropWall = performance.now() - startedDrop;
  const dropped3 = result.evidence.filter((entry) => entry.kind === "tcp" && entry.target.includes("black-hole"));
  console.log(
    `  SYN dropped, ${dropped3.length} tcp probes to ${dropped3[0]?.target}: ${dropped3.map((item) => Math.round(item.ms)).join(", ")} ms against connectMs ${connectMs} ms (${[...new Set(dropped3.map((item) => item.error?.code ?? "connected"))].join(", ")})`,
  );
  console.log(
    `  whole diagnosis: ${Math.round(dropWall)} ms; causes: ${[...new Set(result.findings.flatMap((item) => (item.status === "fail" ? [item.cause] : [])))].join(", ")}`,
  );

  console.log(`\n(c) ${CONCURRENT} full live diagnoses at once (IMAP, as in (a)), against one alone`);
  const file = shared("imap");
  const alone = await diagnoseCase({ file, profile: sim, secrets, live: true });
  const expected = outcome(alone.findings);
  const walls: number[] = [];
  const problems: string[] = [];
  const simPid = process.env.BENCH_SIM_PID;
  const cpuBefore = { tool: process.cpuUsage(), sim: cpuMsOf(simPid) };
  const startedAll = performance.now();
  const profileClock = () => process.hrtime.bigint() / 1000n; // the clock of a .cpuprofile's timestamps (µs)
  const profiledFrom = profileClock();
  await Promise.all(
    Array.from({ length: CONCURRENT }, async (_, index) => {
      const startedOne = performance.now();
      try {
        const { findings, evidence } = await diagnoseCase({ file, profile: sim, secrets, live: true });
        walls.push(performance.now() - startedOne);
        const got = outcome(findings);
        const errors = evidence.flatMap((item) =>
          item.error ? [`${item.kind} ${item.target}: ${item.error.code} ${item.error.message.slice(0, 80)}`] : [],
        );
        if (got !== expected)
          problems.push(
            `#${index}: ${difference(expected, got)}${errors.length > 0 ? ` (${errors.slice(0, 2).join("; ")})` : ""}`,
          );
      } catch (error) {
        problems.push(`#${index}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  const allWall = performance.now() - startedAll;
  const profiledTo = profileClock();
  const toolCpu = process.cpuUsage(cpuBefore.tool);
  const simCpuAfter = cpuMsOf(simPid);
  walls.sort((a, b) => a - b);
  const at = (q: number) => walls[Math.min(walls.length - 1, Math.ceil(q * walls.length) - 1)] ?? NaN;
  console.log(`  one alone (median of (a)): ${Math.round(solo.imap)} ms`);
  console.log(
    `  ${walls.length} finished in ${Math.round(allWall)} ms: median ${Math.round(at(0.5))} ms, p95 ${Math.round(at(0.95))} ms, slowest ${Math.round(at(1))} ms`,
  );
  console.log(`  p95 / one alone: ${(at(0.95) / Math.max(1, solo.imap)).toFixed(2)} (target <= 3)`);
  const perDiagnosis = (cpuMs: number) => `${(cpuMs / CONCURRENT).toFixed(1)} ms`;
  const split = (cpu: CpuMs) =>
    `${perDiagnosis(cpu.user + cpu.system)} (user ${perDiagnosis(cpu.user)}, system ${perDiagnosis(cpu.system)})`;
  const simCpu =
    simCpuAfter === undefined || cpuBefore.sim === undefined
      ? undefined
      : { user: simCpuAfter.user - cpuBefore.sim.user, system: simCpuAfter.system - cpuBefore.sim.system };
  console.log(
    `  CPU per diagnosis: tool ${split({ user: toolCpu.user / 1000, system: toolCpu.system / 1000 })}${simCpu ? `, simulator ${split(simCpu)}` : ""} (machine load ${loadavg()[0]?.toFixed(1)})`,
  );
  if (profileDir) console.log(`  in the CPU profiles' clock (µs): from ${profiledFrom} to ${profiledTo}`);
  console.log(
    `  errors (a result other than the one alone's): ${problems.length}${problems.length > 0 ? `\n    ${problems.slice(0, 5).join("\n    ")}` : ""}`,
  );
}

// What a diagnosis concluded, to compare a run under load with one alone.
function outcome(findings: { check: string; status: string; target?: string; cause?: string }[]): string {
  return findings
    .map((item) => `${item.check} ${item.target ?? ""} ${item.status} ${item.cause ?? ""}`)
    .sort()
    .join("\n");
}

function difference(expected: string, got: string): string {
  const want = new Set(expected.split("\n"));
  const have = new Set(got.split("\n"));
  return [
    ...[...have].filter((line) => !want.has(line)).map((line) => `+ ${line}`),
    ...[...want].filter((line) => !have.has(line)).map((line) => `- ${line}`),
  ]
    .slice(0, 4)
    .join("; ");
}

if (process.argv.includes("--measure")) {
  measure().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
} else {
  orchestrate().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
