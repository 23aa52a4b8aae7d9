import type { CaseFile } from "@/lib/case/schema";
import { mailPermissions } from "@/lib/knowledge/microsoft";
import type { ProbeEvidence } from "@/lib/probes/types";
import { mailboxOfToken } from "@/lib/token/mailbox-match";
import {
  appTokenFindings,
  discoveryFindings,
  dnsFindings,
  imapFindings,
  pop3Findings,
  realmFindings,
  smtpFindings,
  tcpFindings,
  tlsFindings,
  tokenFindings,
} from "./live";
import type { Finding, LiveContext } from "./types";

const networkCauses = new Set(["dns-failed", "port-refused", "port-timeout", "port-unreachable", "address-refused"]);
const transportCauses = new Set([
  ...networkCauses,
  "no-greeting",
  "connection-dropped",
  "tls-untrusted",
  "tls-name-mismatch",
  "tls-expired",
  "tls-too-old",
  "tls-mode-mismatch",
  "starttls-missing",
]);

// One finding per broken path: when DNS or TCP already failed for a host, the TLS and protocol probes that
// failed the same way add nothing but noise.
export function liveFindings(
  file: CaseFile,
  evidence: readonly ProbeEvidence[],
  context: LiveContext,
  cloud = file.azure.cloud,
): Finding[] {
  const findings: Finding[] = [];
  const brokenHosts = new Set<string>();
  const brokenTargets = new Set<string>();
  for (const item of evidence) {
    if (item.kind === "dns" && (item.error || item.addresses.length === 0)) brokenHosts.add(item.host);
    if (item.kind === "tcp" && item.error) brokenTargets.add(item.target);
  }
  const hostOf = (target: string) =>
    target.slice(0, target.lastIndexOf(":") === -1 ? undefined : target.lastIndexOf(":"));
  const redundant = (item: ProbeEvidence, produced: Finding[]) =>
    produced.every((entry) => entry.status !== "pass" && networkCauses.has(entry.cause)) &&
    (brokenHosts.has(hostOf(item.target)) || (item.kind !== "tcp" && brokenTargets.has(item.target)));

  const order = ["dns", "tcp", "tls", "entra-discovery", "entra-realm", "entra-token", "imap", "pop3", "smtp"];
  const sorted = [...evidence].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  const reported = new Set<string>();
  for (const item of sorted) {
    let produced: Finding[] = [];
    switch (item.kind) {
      case "dns":
        produced = dnsFindings(item);
        break;
      case "tcp":
        produced = tcpFindings(item);
        if (brokenHosts.has(item.host) && produced.every((entry) => entry.status !== "pass")) produced = [];
        break;
      case "tls":
        produced = tlsFindings(item);
        break;
      case "imap":
        produced = imapFindings(item, context);
        break;
      case "pop3":
        produced = pop3Findings(item, context);
        break;
      case "smtp":
        produced = smtpFindings(item, context);
        break;
      case "entra-discovery":
        produced = discoveryFindings(item, cloud);
        break;
      case "entra-realm":
        produced = realmFindings(item);
        break;
      case "entra-token":
        produced = appTokenFindings(item, context);
        break;
    }
    if (item.kind !== "dns" && item.kind !== "tcp" && redundant(item, produced)) continue;
    // A TLS or network failure on one endpoint is reported once, not again by each protocol probe that met it.
    for (const entry of produced) {
      const transport = entry.status !== "pass" && transportCauses.has(entry.cause);
      const key = `${transport ? "" : entry.check}|${entry.target ?? ""}|${entry.status === "pass" ? "pass" : entry.cause}`;
      if (entry.status !== "pass" && reported.has(key)) continue;
      reported.add(key);
      findings.push(entry);
    }
  }

  if (context.token) {
    const scopes = mailPermissions(file.mail.retrieval);
    const owner = context.token.expectations.owner || tokenMailbox(file, evidence, context.token.raw);
    const mailPasses = findings.filter(
      (entry) =>
        (entry.check === "imap" || entry.check === "pop3" || entry.check === "smtp") && entry.status === "pass",
    );
    // Shared model: the delegate's token opened the mailboxes; per-mailbox: the token's own mailbox answered.
    const accepted = context.token.expectations.owner
      ? mailPasses.length > 0
      : mailPasses.some((entry) => entry.target?.toLowerCase() === owner.toLowerCase());
    findings.push(...tokenFindings(context, owner, scopes, accepted));
  }
  return findings;
}

// Per-mailbox model (owner ""): each mailbox signs in for itself, so the token is checked against the mailbox it
// belongs to, or against the mailbox probed when it belongs to none (never against "").
function tokenMailbox(file: CaseFile, evidence: readonly ProbeEvidence[], raw: string): string {
  const probed = evidence.flatMap((item) =>
    item.kind === "imap" || item.kind === "pop3" || item.kind === "smtp" ? [item.mailbox] : [],
  );
  const candidates = [...probed, ...file.mail.mailboxes].filter(Boolean);
  return mailboxOfToken(candidates, raw) ?? candidates[0] ?? "";
}
