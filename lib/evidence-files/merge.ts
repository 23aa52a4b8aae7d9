import { liveCheckIds } from "@/lib/catalogue/checks";
import { sortWorstFirst } from "@/lib/rules/order";
import type { Finding } from "@/lib/rules/types";
import type { EvidenceFile, ServerRole } from "./format";

const pathChecks: readonly string[] = ["dns", "tcp", "tls"];
const answerField = { services: "network.servicesServer", application: "network.applicationServer" } as const;

const sameServer = (a: EvidenceFile, b: EvidenceFile) =>
  a.role === b.role && a.host.toLowerCase() === b.host.toLowerCase();

// The network answers the evidence decides: a role is "blocked" when any of its servers failed a DNS, TCP or TLS
// check, "verified" when all of them passed them all.
export function networkAnswers(
  files: readonly EvidenceFile[],
): Partial<Record<(typeof answerField)[ServerRole], "verified" | "blocked">> {
  const answers: Partial<Record<(typeof answerField)[ServerRole], "verified" | "blocked">> = {};
  for (const role of ["services", "application"] as const) {
    const mine = files.filter((file) => file.role === role && file.live);
    if (mine.length === 0) continue;
    const blocked = mine.some((file) =>
      file.findings.some((item) => pathChecks.includes(item.check) && item.status === "fail"),
    );
    answers[answerField[role]] = blocked ? "blocked" : "verified";
  }
  return answers;
}

// Findings as the probe on each server concluded them, tagged with that server; a path one server cannot take says
// which other servers can. The case's own "not verified / blocked" answer for a role the evidence covers gives way.
export function mergeServerEvidence(findings: readonly Finding[], files: readonly EvidenceFile[]): Finding[] {
  const covered = new Set(files.filter((file) => file.live).map((file) => file.role));
  const base = findings.filter(
    (item) =>
      item.server === undefined &&
      !(item.check === "network-plan" && item.status !== "pass" && covered.has(item.target as ServerRole)),
  );
  const tagged: Finding[] = [];
  for (const file of files) {
    for (const item of file.findings) {
      if (!(liveCheckIds as readonly string[]).includes(item.check)) continue;
      const reachedBy =
        item.status === "fail" && pathChecks.includes(item.check)
          ? files
              .filter(
                (other) =>
                  !sameServer(other, file) &&
                  other.findings.some(
                    (entry) => entry.check === item.check && entry.target === item.target && entry.status === "pass",
                  ),
              )
              .map((other) => ({ host: other.host, role: other.role }))
          : [];
      tagged.push({
        ...item,
        server: { host: file.host, role: file.role, ...(reachedBy.length > 0 ? { reachedBy } : {}) },
      });
    }
  }
  return sortWorstFirst([...base, ...tagged]);
}

export function addEvidenceFile(
  files: readonly EvidenceFile[],
  file: EvidenceFile,
): { ok: true; files: EvidenceFile[] } | { ok: false; duplicate: EvidenceFile } {
  const duplicate = files.find((other) => sameServer(other, file));
  return duplicate ? { ok: false, duplicate } : { ok: true, files: [...files, file] };
}
