// The probe for the ECE servers (npm run build:probe, dist/probe/), copied alone into an empty folder outside the
// repository and run against the simulator: its report and its evidence file name the same causes as /api/diagnose
// for the same case, and no secret reaches its output or its file. Also: the Windows executable is a PE with the
// blob injected, and (where Debian's wine64 is installed) it runs there.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { liveCheckIds } from "@/lib/catalogue/checks";
import { checksMet } from "@/lib/catalogue/present";
import type { EvidenceFile } from "@/lib/evidence-files/format";
import { readEvidenceFile } from "@/lib/evidence-files/read";
import {
  type Diagnosis,
  ECE_APP_SECRET,
  freshClient,
  mintToken,
  nonPassingLive,
  onCloud,
  simCase,
} from "./live-support";
import { repoRoot, toolEnv } from "./sim-env";

// Playwright's loader needs an import attribute for JSON; read it instead.
const packageJson = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };

const dist = join(repoRoot, "dist", "probe");
const names = {
  js: "ece-oauth-doctor-probe.cjs",
  linux: "ece-oauth-doctor-probe-linux-x64",
  win: "ece-oauth-doctor-probe-win-x64.exe",
};
const built =
  existsSync(join(dist, names.js)) && existsSync(join(dist, names.linux)) && existsSync(join(dist, names.win));

type Secrets = { clientSecret?: string; accessToken?: string };
type Run = { code: number | null; stdout: string; stderr: string; file: EvidenceFile; raw: string };

let folder = "";
test.beforeAll(() => {
  expect(built, "dist/probe is missing: run npm run build:probe (npm test does)").toBe(true);
  folder = mkdtempSync(join(tmpdir(), "ece-probe-"));
  for (const name of [names.js, names.linux]) copyFileSync(join(dist, name), join(folder, name));
  chmodSync(join(folder, names.linux), 0o755);
});

// Only what an ECE server would have: the simulator's CA, clouds file and resolver, and the secrets in the environment.
function probe(
  program: "js" | "linux",
  caseFile: unknown,
  role: "services" | "application",
  secrets: Secrets,
  name: string,
): Promise<Run> {
  const casePath = join(folder, `${name}.case.json`);
  const out = join(folder, `${name}.evidence.json`);
  writeFileSync(casePath, JSON.stringify(caseFile));
  const env = { PATH: "/usr/bin:/bin", ...toolEnv } as unknown as NodeJS.ProcessEnv;
  if (secrets.clientSecret) env.ECE_DOCTOR_CLIENT_SECRET = secrets.clientSecret;
  if (secrets.accessToken) env.ECE_DOCTOR_ACCESS_TOKEN = secrets.accessToken;
  const [command, args] =
    program === "js" ? [process.execPath, [join(folder, names.js)]] : [join(folder, names.linux), []];
  return new Promise((done, fail) => {
    const child = spawn(command, [...args, "--case", casePath, "--role", role, "--out", out, "--no-prompt"], {
      cwd: folder,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", fail);
    child.on("close", (code) => {
      const raw = readFileSync(out, "utf8");
      done({ code, stdout, stderr, raw, file: JSON.parse(raw) as EvidenceFile });
    });
  });
}

const rowsOf = (file: EvidenceFile): string[][] =>
  file.findings
    .filter((item) => (liveCheckIds as readonly string[]).includes(item.check) && item.status !== "pass")
    .map((item) => [
      checksMet(item).join("+"),
      item.status,
      item.status === "pass" ? "" : item.cause,
      item.target ?? "",
    ])
    .sort((a, b) => a.join("|").localeCompare(b.join("|")));

const scenarios: {
  name: string;
  patch?: Parameters<typeof simCase>[0];
  secrets: () => Promise<Secrets>;
  failing: boolean;
}[] = [
  {
    name: "healthy",
    secrets: async () => ({ clientSecret: ECE_APP_SECRET, accessToken: await mintToken() }),
    failing: false,
  },
  {
    name: "closed-port",
    patch: onCloud("sim-closed"),
    secrets: async () => ({ accessToken: await mintToken() }),
    failing: true,
  },
  {
    name: "untrusted-cert",
    patch: onCloud("sim-untrusted-cert"),
    secrets: async () => ({ accessToken: await mintToken() }),
    failing: true,
  },
  {
    name: "wrong-user",
    secrets: async () => ({ accessToken: await mintToken({ upn: "sales@contoso.sim.test" }) }),
    failing: true,
  },
];

test.describe("the probe for the ECE servers", () => {
  test.describe.configure({ timeout: 90_000 });

  for (const program of ["js", "linux"] as const) {
    for (const scenario of scenarios) {
      test(`${program === "js" ? "bundled file" : "Linux executable"}: ${scenario.name} names the causes /api/diagnose names`, async ({
        request,
      }) => {
        const caseFile = simCase(scenario.patch);
        const secrets = await scenario.secrets();
        const response = await request.post("/api/diagnose", {
          data: { case: caseFile, secrets, live: true },
          headers: freshClient(),
          timeout: 30_000,
        });
        expect(response.status()).toBe(200);
        const api = (await response.json()) as Diagnosis;
        const expected = nonPassingLive(api.results);
        expect(expected.length > 0).toBe(scenario.failing);

        const run = await probe(program, caseFile, "services", secrets, `${program}-${scenario.name}`);
        // Exit 1 exactly when /api/diagnose has a failed check (a wrong-user token is a warning since 0.3.0).
        expect(run.code, run.stderr).toBe(api.results.some((result) => result.status === "fail") ? 1 : 0);
        expect(rowsOf(run.file)).toEqual(expected.map((row) => row.slice(0, 4)));
        for (const [check, , cause, target] of expected)
          expect(run.stdout).toContain(`${check.split("+").join(", ")} / ${cause} (${target})`);
        expect(run.file).toMatchObject({
          schema: "ece-oauth-doctor/evidence@1",
          role: "services",
          tool: { version: packageJson.version },
          live: true,
          proxy: null,
        });
        expect(run.file.evidence.length).toBeGreaterThan(0);
        // The wizard takes the file as it is.
        expect(await readEvidenceFile(run.raw, caseFile, packageJson.version)).toMatchObject({ ok: true });
        // Canaries: neither secret, nor the XOAUTH2 string built from the token, anywhere.
        const canaries = [
          secrets.clientSecret,
          secrets.accessToken,
          secrets.accessToken &&
            Buffer.from(`user=support@contoso.sim.test\x01auth=Bearer ${secrets.accessToken}\x01\x01`).toString(
              "base64",
            ),
        ].filter(Boolean) as string[];
        for (const canary of canaries) {
          for (const text of [run.stdout, run.stderr, run.raw]) expect(text.includes(canary)).toBe(false);
          expect(run.raw.includes(canary.slice(20, 60))).toBe(false);
        }
      });
    }
  }

  test("the application role checks the login host and the mail ports, without a token", async () => {
    const run = await probe(
      "linux",
      simCase(onCloud("sim-closed")),
      "application",
      { clientSecret: ECE_APP_SECRET },
      "application-closed",
    );
    expect(run.code).toBe(1);
    expect(run.file.role).toBe("application");
    expect(new Set(run.file.evidence.map((item) => item.kind))).toEqual(
      new Set(["dns", "tcp", "tls", "entra-discovery", "entra-token"]),
    );
    expect(run.stdout).toMatch(/\(application server\)/);
  });

  test("--help in English and Italian, --version, and secrets refused as arguments", () => {
    const exe = join(folder, names.linux);
    expect(spawnSync(exe, ["--help"], { encoding: "utf8" }).stdout).toContain("--role ROLE");
    expect(spawnSync(exe, ["--help", "--lang", "it"], { encoding: "utf8" }).stdout).toContain(
      "il file del caso scaricato",
    );
    expect(spawnSync(exe, ["--version"], { encoding: "utf8" }).stdout).toBe(
      `ece-oauth-doctor-probe ${packageJson.version} (node v20.20.2)\n`,
    );
    const pasted = spawnSync(exe, ["--case", "x.json", "--role", "services", "eyJhbGciOiJub25lIn0.e30.sig"], {
      encoding: "utf8",
    });
    expect(pasted.status).toBe(2);
    expect(pasted.stderr).not.toContain("eyJhbGci");
  });

  test("the Windows executable is a PE file with the probe's blob injected", () => {
    const exe = readFileSync(join(dist, names.win));
    expect(exe.subarray(0, 2).toString("latin1")).toBe("MZ");
    const pe = exe.readUInt32LE(0x3c);
    expect(exe.subarray(pe, pe + 4).toString("latin1")).toBe("PE\0\0");
    expect(exe.readUInt16LE(pe + 4)).toBe(0x8664);
    // postject flips the fuse's last character from 0 to 1 and adds the NODE_SEA_BLOB resource, which holds the bundle.
    expect(exe.includes("NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1")).toBe(true);
    expect(exe.includes(Buffer.from("NODE_SEA_BLOB", "utf16le"))).toBe(true);
    expect(exe.includes("ece-oauth-doctor/evidence@1")).toBe(true);
  });

  test("the Windows executable runs under wine64 (where Debian's wine64 is installed)", () => {
    test.setTimeout(300_000);
    const wine = ["/usr/bin/wine64", "/usr/bin/wine"].find((path) => existsSync(path));
    test.skip(!wine, "wine64 is not installed here");
    const exe = join(folder, names.win);
    copyFileSync(join(dist, names.win), exe);
    const env = { ...process.env, WINEDEBUG: "-all", WINEPREFIX: join(folder, "wine") };
    // Node refuses the Windows 7 that a fresh prefix reports; and under wine its standard streams must be files.
    spawnSync(wine!, ["winecfg", "-v", "win10"], { env, stdio: "ignore", timeout: 120_000 });
    const inWine = (args: string[]) => {
      const [out, err] = [join(folder, "wine.out"), join(folder, "wine.err")];
      const result = spawnSync(wine!, [exe, ...args], {
        env,
        cwd: folder,
        timeout: 120_000,
        stdio: ["ignore", openSync(out, "w"), openSync(err, "w")],
      });
      return { status: result.status, stdout: readFileSync(out, "utf8"), stderr: readFileSync(err, "utf8") };
    };
    expect(inWine(["--version"]).stdout).toContain(`ece-oauth-doctor-probe ${packageJson.version}`);
    // A built-in cloud: the simulator's clouds file is not needed without live checks.
    writeFileSync(join(folder, "wine-case.json"), JSON.stringify(simCase(onCloud("worldwide"))));
    const offline = inWine([
      "--case",
      "wine-case.json",
      "--role",
      "services",
      "--no-live",
      "--out",
      "wine-evidence.json",
    ]);
    expect(offline.status, offline.stderr).toBe(0);
    expect(offline.stdout).toContain("(services server)");
    expect(JSON.parse(readFileSync(join(folder, "wine-evidence.json"), "utf8"))).toMatchObject({
      schema: "ece-oauth-doctor/evidence@1",
      live: false,
      os: expect.stringMatching(/^Windows_NT /),
    });
  });
});
