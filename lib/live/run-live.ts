import "server-only";
import { setMaxListeners } from "node:events";
import { createSemaphore } from "@/lib/api/rate-limit";
import type { CaseFile } from "@/lib/case/schema";
import type { CloudProfile } from "@/lib/knowledge/clouds";
import { probeDns, probeImap, probePop3, probeSmtp, probeTcp, probeTls } from "@/lib/probes";
import type { ProbeDeps } from "@/lib/probes/connect";
import { resolveOnly } from "@/lib/probes/dns";
import type { ProbeOptions } from "@/lib/probes/probe-common";
import { oneLookupPerHost, resolveHost } from "@/lib/probes/resolver";
import { type AllowedTarget, allowedTargets } from "@/lib/probes/targets";
import type { ProbeTimeouts } from "@/lib/probes/timeouts";
import type { ProbeEvidence } from "@/lib/probes/types";
import { sameId } from "@/lib/token/claims";
import { tokenUser } from "@/lib/token/mailbox-match";
import { probeClientCredentials, probeDiscovery, probeRealm } from "./entra";
import { type ProbeGroup, probeGroups } from "./probe-groups";

export type LiveSecrets = { clientSecret?: string; accessToken?: string };

export type LiveRequest = {
  file: CaseFile;
  profile: CloudProfile;
  secrets: LiveSecrets;
  timeouts?: ProbeTimeouts;
  signal?: AbortSignal;
  onEvidence?: (evidence: ProbeEvidence) => void;
  groups?: readonly ProbeGroup[];
  /** The probes' resolver and extra CAs (tests); production uses ECE_DOCTOR_DNS_SERVERS and NODE_EXTRA_CA_CERTS. */
  deps?: ProbeDeps;
};

export type { ProbeGroup } from "./probe-groups";

/** At most this many exchanges (mail sign-ins, Entra requests) and as many network checks at a time, per diagnosis. */
export const maxConcurrentProbes = 8;
/** Across every diagnosis on this server: probes beyond it wait for a slot. 50 diagnoses at once (about 1,000
 * probes, issue #16) pass through it in two waves; it bounds the sockets the server holds, not the work it accepts. */
export const maxProbesInFlight = 512;
/** The most work one diagnosis may cause; above it the API answers 422 before anything connects. */
export const maxProbesPerDiagnosis = 60;
export const maxDomainsPerDiagnosis = 10;

const inFlight = createSemaphore(maxProbesInFlight);

/** Runs the jobs `limit` at a time, started in `order` (indices, all of them) and answered in the jobs' order. */
export async function runLimited<T>(
  jobs: (() => Promise<T>)[],
  limit: number,
  order: readonly number[] = [...jobs.keys()],
): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < order.length) {
      const index = order[next++] ?? -1;
      const job = jobs[index];
      if (job) results[index] = await job();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

// Which mailboxes a token can speak for: in the per-mailbox model a token belongs to one mailbox, so it is tried
// against that one (or against all when it matches none, which is how a wrong-user token shows).
export function mailboxesForToken(file: CaseFile, accessToken: string | undefined): string[] {
  const mailboxes = file.mail.mailboxes;
  if (!accessToken || file.mail.accessModel === "shared") return mailboxes;
  const user = tokenUser(accessToken);
  const own = user === null ? [] : mailboxes.filter((mailbox) => sameId(mailbox, user));
  return own.length > 0 ? own : mailboxes;
}

function externalHost(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

export function emailDomains(mailboxes: readonly string[]): string[] {
  return [...new Set(mailboxes.map((mailbox) => mailbox.split("@")[1]?.toLowerCase() ?? "").filter(Boolean))];
}

type Job = () => Promise<ProbeEvidence>;

// Network checks (DNS, TCP and TLS of the cloud's hosts) test this server's path to the cloud, the same for every
// diagnosis with the same timeouts and trust: one already running for another diagnosis is joined instead of started
// again (50 diagnoses at once make one set of them, not 50). Never reused once finished. It is cancelled only when
// every diagnosis waiting for it is; each gets its own copy of the evidence.
type RunningCheck = { evidence: Promise<ProbeEvidence>; controller: AbortController; waiting: number };
const runningChecks = new Map<string, RunningCheck>();

export function joinCheck(
  key: string,
  signal: AbortSignal | undefined,
  start: (signal: AbortSignal) => Promise<ProbeEvidence>,
): Promise<ProbeEvidence> {
  let running = runningChecks.get(key);
  if (!running) {
    const controller = new AbortController();
    const started = start(controller.signal);
    const entry: RunningCheck = { controller, waiting: 0, evidence: started };
    entry.evidence = started.finally(() => {
      if (runningChecks.get(key) === entry) runningChecks.delete(key);
    });
    runningChecks.set(key, entry);
    running = entry;
  }
  const entry = running;
  entry.waiting++;
  const leave = () => {
    entry.waiting--;
    if (entry.waiting > 0) return;
    // Cancelled for everyone who waited: nobody joins it any more.
    if (runningChecks.get(key) === entry) runningChecks.delete(key);
    entry.controller.abort(signal?.reason);
  };
  if (signal?.aborted) leave();
  else signal?.addEventListener("abort", leave, { once: true });
  return entry.evidence.then((evidence) => {
    signal?.removeEventListener("abort", leave);
    return structuredClone(evidence);
  });
}

function checkKey(
  kind: string,
  target: AllowedTarget,
  timeouts: ProbeTimeouts | undefined,
  deps: ProbeDeps | undefined,
) {
  return JSON.stringify([
    kind,
    target.service,
    target.host,
    target.port,
    target.tlsMode,
    target.allowPrivateAddresses,
    timeouts ?? null,
    deps?.extraCa ?? null,
    deps?.dnsServers ?? null,
  ]);
}

/** The probes a request would run, and the distinct mail domains it would ask about, without running any. With
 * `sharing`, the network checks of the cloud's hosts join those already running (their deps: no per-diagnosis ones). */
export function planLive(
  request: LiveRequest,
  sharing?: { deps: ProbeDeps | undefined },
): {
  exchanges: Job[];
  checks: Job[];
  domains: string[];
  exchangeOrder: number[];
} {
  const { file, profile, secrets, timeouts, signal, onEvidence, deps, groups = probeGroups } = request;
  const common = { ...(timeouts ? { timeouts } : {}), ...(signal ? { signal } : {}), ...(deps ? { deps } : {}) };
  const targets = allowedTargets(profile);
  const byService = (service: AllowedTarget["service"]) => targets.find((target) => target.service === service);
  const login = byService("login");
  const retrieval = byService(file.mail.retrieval === "imap" ? "imap" : "pop");
  const smtp = byService("smtp");
  const token = secrets.accessToken?.trim() || undefined;
  // Two queues that run side by side: the exchanges (each does its own DNS, TCP and TLS, so it need not wait for the
  // network checks) and the network checks. The longest exchanges, the mailboxes', start first, so that the whole
  // diagnosis takes about as long as its slowest probe rather than the sum of queued ones; the realm look-ups, the
  // shortest, start last (three mailboxes make nine exchanges for eight places).
  const exchanges: (() => Promise<ProbeEvidence>)[] = [];
  const checks: (() => Promise<ProbeEvidence>)[] = [];
  // A joined check takes its place in the server-wide limit once, when it starts, not once per diagnosis waiting.
  const queue =
    (list: (() => Promise<ProbeEvidence>)[]) =>
    (job: () => Promise<ProbeEvidence>, limited = false) =>
      list.push(async () => {
        const evidence = await (limited ? job() : inFlight.run(job));
        onEvidence?.(evidence);
        return evidence;
      });
  const exchange = queue(exchanges);
  const add = queue(checks);

  if (groups.includes("network")) {
    const hosts = new Map(targets.map((target) => [target.host, target]));
    const check = (kind: string, target: AllowedTarget, probe: (options: ProbeOptions) => Promise<ProbeEvidence>) => {
      if (!sharing) return add(() => probe({ target, ...common }));
      const own = { ...(timeouts ? { timeouts } : {}), ...(sharing.deps ? { deps: sharing.deps } : {}) };
      add(
        () =>
          joinCheck(checkKey(kind, target, timeouts, sharing.deps), signal, (shared) =>
            inFlight.run(() => probe({ target, ...own, signal: shared })),
          ),
        true,
      );
    };
    for (const target of hosts.values()) check("dns", target, probeDns);
    const external = externalHost(file.ece.externalUrl);
    if (external && !hosts.has(external)) add(() => resolveOnly(external, common));
    for (const target of targets) {
      check("tcp", target, probeTcp);
      check("tls", target, probeTls);
    }
  }

  const mailboxes = token ? mailboxesForToken(file, token) : [file.mail.mailboxes[0] ?? ""];
  for (const mailbox of groups.includes("mail") ? mailboxes : []) {
    if (retrieval)
      exchange(() =>
        (retrieval.service === "imap" ? probeImap : probePop3)({
          target: retrieval,
          mailbox,
          ...(token ? { accessToken: token } : {}),
          ...common,
        }),
      );
    if (smtp) exchange(() => probeSmtp({ target: smtp, mailbox, ...(token ? { accessToken: token } : {}), ...common }));
  }

  const domains = emailDomains([...(file.mail.signInAccount ? [file.mail.signInAccount] : []), ...file.mail.mailboxes]);
  const startLast = new Set<number>();
  if (login && groups.includes("mail")) {
    for (const domain of domains) {
      startLast.add(exchanges.length);
      exchange(() => probeRealm({ target: login, login: `probe@${domain}`, ...common }));
    }
  }
  if (login && groups.includes("entra")) {
    exchange(() => probeDiscovery({ target: login, tenant: file.azure.tenant, ...common }));
    const clientSecret = secrets.clientSecret?.trim();
    if (clientSecret)
      exchange(() =>
        probeClientCredentials({
          target: login,
          tenant: file.azure.tenant,
          clientId: file.azure.clientId,
          clientSecret,
          profile,
          ...common,
        }),
      );
  }

  const exchangeOrder = [
    ...[...exchanges.keys()].filter((index) => !startLast.has(index)),
    ...[...exchanges.keys()].filter((index) => startLast.has(index)),
  ];
  return { exchanges, checks, domains: groups.includes("mail") ? domains : [], exchangeOrder };
}

/** What a diagnosis may not ask for: too many probes or mail domains (a 422 naming case.mail.mailboxes), or null. */
export function workloadProblem(request: LiveRequest): string | null {
  const { exchanges, checks, domains } = planLive(request);
  const probes = exchanges.length + checks.length;
  if (domains.length > maxDomainsPerDiagnosis)
    return `a live diagnosis checks at most ${maxDomainsPerDiagnosis} mail domains; this one has ${domains.length}: run it for fewer mailboxes at a time.`;
  if (probes > maxProbesPerDiagnosis)
    return `a live diagnosis runs at most ${maxProbesPerDiagnosis} probes; these mailboxes need ${probes}: run it for fewer mailboxes at a time.`;
  return null;
}

export async function runLive(request: LiveRequest): Promise<ProbeEvidence[]> {
  const resolve = oneLookupPerHost(request.deps?.resolve ?? resolveHost, request.signal);
  // A caller's own resolver (tests) makes its checks its own.
  const sharing = request.deps?.resolve ? undefined : { deps: request.deps };
  const { exchanges, checks, exchangeOrder } = planLive({ ...request, deps: { ...request.deps, resolve } }, sharing);
  // Each running probe listens for the diagnosis's abort: up to two queues' worth at once, more than Node's default 10.
  if (request.signal) setMaxListeners(2 * maxConcurrentProbes + 10, request.signal);
  const [network, exchanged] = await Promise.all([
    runLimited(checks, maxConcurrentProbes),
    runLimited(exchanges, maxConcurrentProbes, exchangeOrder),
  ]);
  // The evidence in the order it always had: network checks, then mailboxes, then Entra.
  return [...network, ...exchanged];
}
