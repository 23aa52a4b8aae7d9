import type { CheckId } from "@/lib/catalogue/checks";

// The live checks run in three groups, each from the wizard step whose panel starts it (and all three from the API
// and the CLI when no group is named). Not server-only: the panels name their group and show its checks.
export const probeGroups = ["network", "entra", "mail"] as const;

export type ProbeGroup = (typeof probeGroups)[number];

/** The checks whose results a group's panel shows: its own, and the transport checks its probes pass through. */
export const checksOfProbeGroup: Record<ProbeGroup, readonly CheckId[]> = {
  network: ["dns", "tcp", "tls"],
  entra: ["entra-tenant", "entra-app", "tls", "tcp", "dns"],
  mail: ["imap", "pop3", "smtp", "access-token", "entra-realm", "tls", "tcp", "dns"],
};

export function resultsOfProbeGroup<T extends { check: CheckId }>(group: ProbeGroup, results: readonly T[]): T[] {
  return results.filter((result) => checksOfProbeGroup[group].includes(result.check));
}
