import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CONTOSO,
  ECE_APP,
  ECE_APP_EXPIRED_SECRET,
  ECE_APP_SECRET,
  startTestSimulator,
} from "@/e2e/simulator/test-support";
import type { CaseFile } from "@/lib/case/schema";
import type { CloudProfile } from "@/lib/knowledge/clouds";
import { dnsServersEnv } from "@/lib/probes/resolver";
import { ProbeRun } from "@/lib/probes/run";
import { allowedTarget } from "@/lib/probes/targets";
import type { ProbeEvidence } from "@/lib/probes/types";
import { healthyCase } from "@/lib/rules/fixtures";
import { probeClientCredentials, probeDiscovery, probeRealm } from "./entra";
import { httpsRequest } from "./https-client";
import { diagnoseCase } from "./probe-and-diagnose";
import { probeGroups } from "./probe-groups";
import { loadProfiles } from "./profiles";
import { joinCheck, maxConcurrentProbes, planLive, runLimited, runLive } from "./run-live";

// lib/live against the Microsoft 365 simulator started in this process: its DNS answers for *.sim.test. Its CA is
// trusted only where a test passes `deps`; elsewhere the probes meet an untrusted certificate, and the orchestration
// tests count on that.
type Sim = Awaited<ReturnType<typeof startTestSimulator>>;
let sim: Sim;
let profile: CloudProfile;
// The probes' resolver and trust (0.3.0: Entra calls use the probes' connect path, not node:https's global agent).
let deps: { extraCa: string[]; dnsServers: string[] };
const savedDns = process.env[dnsServersEnv];

beforeAll(async () => {
  sim = await startTestSimulator(Number(process.env.LIVE_TEST_SIM_BASE_PORT ?? 19300));
  process.env[dnsServersEnv] = sim.dnsServer;
  const found = loadProfiles(sim.cloudsFilePath).profiles.find((candidate) => candidate.id === "sim");
  if (!found) throw new Error('the simulator wrote no "sim" profile');
  profile = found;
  deps = { extraCa: [sim.caCertPem], dnsServers: [sim.dnsServer] };
}, 30_000);

afterAll(async () => {
  if (savedDns === undefined) delete process.env[dnsServersEnv];
  else process.env[dnsServersEnv] = savedDns;
  await sim?.cleanup();
});

const simCase = (patch: { mailboxes?: string[]; accessModel?: "per-mailbox" | "shared" } = {}): CaseFile => {
  const file = healthyCase();
  return {
    ...file,
    azure: { ...file.azure, cloud: "sim", tenant: CONTOSO, clientId: ECE_APP },
    mail: {
      ...file.mail,
      mailboxes: patch.mailboxes ?? ["support@contoso.sim.test"],
      accessModel: patch.accessModel ?? "per-mailbox",
      signInAccount: null,
      fullAccess: null,
    },
  };
};

describe("Entra probes", () => {
  it("reads the tenant's OpenID configuration", async () => {
    const evidence = await probeDiscovery({ target: allowedTarget(profile, "login"), tenant: CONTOSO, deps });
    expect(evidence.error).toBeUndefined();
    expect(evidence.entraError).toBeUndefined();
    expect(evidence.issuer).toContain(CONTOSO);
  });

  it("names Entra's error for a tenant that does not exist", async () => {
    const evidence = await probeDiscovery({
      target: allowedTarget(profile, "login"),
      tenant: "99999999-9999-4999-8999-999999999999",
      deps,
    });
    expect(evidence.entraError?.httpStatus).toBeGreaterThanOrEqual(400);
    expect(evidence.entraError?.aadsts).toBeTypeOf("number");
  });

  it("asks getuserrealm whether a domain is managed", async () => {
    const evidence = await probeRealm({
      target: allowedTarget(profile, "login"),
      login: "probe@contoso.sim.test",
      deps,
    });
    expect(evidence.error).toBeUndefined();
    expect(evidence.domain).toBe("contoso.sim.test");
    expect(evidence.namespaceType).toBe("Managed");
  });

  it("gets an app-only token with the secret's value, and the secret never reaches the transcript", async () => {
    const evidence = await probeClientCredentials({
      target: allowedTarget(profile, "login"),
      tenant: CONTOSO,
      clientId: ECE_APP,
      clientSecret: ECE_APP_SECRET,
      profile,
      deps,
    });
    expect(evidence.ok).toBe(true);
    expect(JSON.stringify(evidence)).not.toContain(ECE_APP_SECRET);
  });

  it("reports AADSTS7000222 for an expired secret", async () => {
    const evidence = await probeClientCredentials({
      target: allowedTarget(profile, "login"),
      tenant: CONTOSO,
      clientId: ECE_APP,
      clientSecret: ECE_APP_EXPIRED_SECRET,
      profile,
      deps,
    });
    expect(evidence.ok).toBe(false);
    expect(evidence.entraError?.aadsts).toBe(7000222);
    expect(JSON.stringify(evidence)).not.toContain(ECE_APP_EXPIRED_SECRET);
  });
});

describe("HTTPS client", () => {
  it("talks only to the cloud's login host", async () => {
    const run = new ProbeRun({});
    const refused = await Promise.resolve()
      .then(() => httpsRequest(run, allowedTarget(profile, "imap"), "GET", "/"))
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: "REFUSED_TARGET" });
  });

  it("answers with the status, the headers and the body", async () => {
    const run = new ProbeRun({});
    const response = await httpsRequest(
      run,
      allowedTarget(profile, "login"),
      "GET",
      `/${CONTOSO}/v2.0/.well-known/openid-configuration`,
      { deps },
    );
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toContain("json");
    expect(JSON.parse(response.body)).toHaveProperty("issuer");
  });
});

describe("network checks joined across diagnoses", () => {
  const evidence = (target: string) =>
    ({
      kind: "tcp",
      target,
      startedAt: "",
      ms: 1,
      phases: [],
      transcript: [],
      host: "h",
      port: 1,
      connected: true,
    }) satisfies ProbeEvidence;

  it("a check already running is joined, each diagnosis gets its own copy, and a finished one is never reused", async () => {
    let started = 0;
    let finish: (value: ProbeEvidence) => void = () => undefined;
    const start = () => {
      started++;
      return new Promise<ProbeEvidence>((done) => {
        finish = done;
      });
    };
    const first = joinCheck("k", undefined, start);
    const second = joinCheck("k", undefined, start);
    finish(evidence("a:1"));
    const [one, two] = await Promise.all([first, second]);
    expect(started).toBe(1);
    expect(one).toEqual(two);
    expect(one).not.toBe(two);
    const third = joinCheck("k", undefined, start);
    finish(evidence("a:2"));
    expect((await third).target).toBe("a:2");
    expect(started).toBe(2);
  });

  it("is cancelled only when every diagnosis waiting for it is, and then nobody joins it", async () => {
    const signals: AbortSignal[] = [];
    const finishers: ((value: ProbeEvidence) => void)[] = [];
    const start = (signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<ProbeEvidence>((done) => finishers.push(done));
    };
    const a = new AbortController();
    const b = new AbortController();
    const first = joinCheck("c", a.signal, start);
    const second = joinCheck("c", b.signal, start);
    a.abort();
    expect(signals[0]?.aborted).toBe(false);
    b.abort();
    expect(signals[0]?.aborted).toBe(true);
    const later = joinCheck("c", undefined, start);
    expect(signals).toHaveLength(2);
    for (const [index, done] of finishers.entries()) done(evidence(`c:${index}`));
    expect((await first).target).toBe("c:0");
    expect((await second).target).toBe("c:0");
    expect((await later).target).toBe("c:1");
  });

  it("two diagnoses at once get the same network results", async () => {
    const file = simCase();
    const [one, two] = await Promise.all(
      [0, 1].map(() => runLive({ file, profile, secrets: {}, groups: ["network"] })),
    );
    // The same checks, run once: the same evidence to the millisecond. ECE's own address is each case's, resolved apart.
    const cloudChecks = (evidence: ProbeEvidence[] | undefined) =>
      evidence?.filter((item) => !(item.kind === "dns" && item.resolveOnly));
    expect(cloudChecks(two)).toEqual(cloudChecks(one));
    expect(
      one
        ?.filter((item) => item.kind === "tls")
        .map((item) => item.target)
        .sort(),
    ).toEqual(
      [
        profile.loginHost,
        `${profile.imap.host}:${profile.imap.port}`,
        `${profile.pop.host}:${profile.pop.port}`,
        `${profile.smtp.host}:${profile.smtp.port}`,
      ].sort(),
    );
  }, 30_000);
});

describe("concurrency limit", () => {
  it("runs at most the limit at once and keeps the results in the jobs' order", async () => {
    let running = 0;
    let most = 0;
    const jobs = Array.from({ length: 20 }, (_, index) => async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, (index % 3) * 5));
      running--;
      return index;
    });
    expect(await runLimited(jobs, 8)).toEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(most).toBe(8);
    expect(await runLimited([], 8)).toEqual([]);
    expect(maxConcurrentProbes).toBe(8);
  });

  it("starts the realm look-ups after the other exchanges, so the longest ones do not wait for a place", () => {
    const file = simCase({
      mailboxes: ["support@contoso.sim.test", "sales@contoso.sim.test", "info@contoso.sim.test"],
    });
    const { exchanges, exchangeOrder } = planLive({
      file: { ...file, mail: { ...file.mail, accessModel: "shared", signInAccount: "delegate@contoso.sim.test" } },
      profile,
      secrets: { clientSecret: ECE_APP_SECRET, accessToken: "a-token" },
    });
    // Three mailboxes (IMAP and SMTP each), discovery and the secret's token, then the one domain's realm.
    expect(exchanges).toHaveLength(9);
    expect(exchangeOrder).toEqual([0, 1, 2, 3, 4, 5, 7, 8, 6]);
  });

  it("starts the jobs in the order given and answers in the jobs' order", async () => {
    const started: number[] = [];
    const jobs = Array.from({ length: 5 }, (_, index) => async () => {
      started.push(index);
      return index;
    });
    expect(await runLimited(jobs, 1, [4, 0, 1, 2, 3])).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([4, 0, 1, 2, 3]);
  });
});

describe("orchestration", () => {
  const kinds = (evidence: { kind: string }[]) => [...new Set(evidence.map((item) => item.kind))].sort();

  it("runs each group's probes and tells about each as it ends", async () => {
    const seen: string[] = [];
    const network = await runLive({
      file: simCase(),
      profile,
      secrets: {},
      groups: ["network"],
      onEvidence: (item) => seen.push(item.kind),
    });
    expect(kinds(network)).toEqual(["dns", "tcp", "tls"]);
    expect(seen.sort()).toEqual(network.map((item) => item.kind).sort());

    const entra = await runLive({
      file: simCase(),
      profile,
      secrets: { clientSecret: ECE_APP_SECRET },
      groups: ["entra"],
    });
    expect(kinds(entra)).toEqual(["entra-discovery", "entra-token"]);
    expect(kinds(await runLive({ file: simCase(), profile, secrets: {}, groups: ["entra"] }))).toEqual([
      "entra-discovery",
    ]);

    const mail = await runLive({
      file: simCase({ mailboxes: ["support@contoso.sim.test", "sales@fabrikam.sim.test"] }),
      profile,
      secrets: {},
      groups: ["mail"],
    });
    expect(kinds(mail)).toEqual(["entra-realm", "imap", "smtp"]);
    // Without a token only the first mailbox is probed; the realm is asked once per mail domain.
    expect(mail.filter((item) => item.kind === "imap")).toHaveLength(1);
    expect(
      mail
        .filter((item) => item.kind === "entra-realm")
        .map((item) => (item as { domain: string }).domain)
        .sort(),
    ).toEqual(["contoso.sim.test", "fabrikam.sim.test"]);
  }, 60_000);

  it("with every group, connects only to the cloud profile's hosts (ECE's own address is only resolved)", async () => {
    const file = simCase();
    const evidence = await runLive({ file, profile, secrets: {}, groups: probeGroups });
    const hosts = new Set([profile.loginHost.split(":")[0], profile.imap.host, profile.pop.host, profile.smtp.host]);
    const elsewhere = evidence.filter((item) => !hosts.has(item.target.slice(0, item.target.lastIndexOf(":"))));
    expect(elsewhere.map((item) => [item.kind, item.target.split(":")[0]])).toEqual([
      ["dns", new URL(file.ece.externalUrl!).hostname],
    ]);
    expect(kinds(evidence)).toEqual(["dns", "entra-discovery", "entra-realm", "imap", "smtp", "tcp", "tls"]);
  }, 60_000);

  it("diagnoses the case with what the probes saw, in one pass", async () => {
    const streamed: string[] = [];
    const diagnosis = await diagnoseCase({
      file: simCase(),
      profile,
      secrets: { clientSecret: ECE_APP_EXPIRED_SECRET },
      live: true,
      groups: ["entra"],
      locale: "it",
      deps,
      onEvidence: (item) => streamed.push(item.kind),
    });
    expect(streamed.sort()).toEqual(diagnosis.evidence.map((item) => item.kind).sort());
    const secret = diagnosis.findings.find((item) => item.check === "entra-app");
    expect(secret).toMatchObject({ status: "fail", cause: "secret-expired" });
    expect(diagnosis.results.map((result) => [result.check, result.status])).toEqual(
      diagnosis.findings.map((item) => [item.check, item.status]),
    );
    expect(JSON.stringify(diagnosis)).not.toContain(ECE_APP_EXPIRED_SECRET);

    const still = await diagnoseCase({
      file: simCase(),
      profile,
      secrets: { clientSecret: ECE_APP_EXPIRED_SECRET },
      live: false,
    });
    expect(still.evidence).toEqual([]);
    expect(still.findings.some((item) => item.check === "entra-app")).toBe(false);
  }, 60_000);
});
