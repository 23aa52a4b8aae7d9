import type { CaseFile } from "@/lib/case/schema";
import { type CheckResult, checksMet, present } from "@/lib/catalogue/present";
import type { Locale } from "@/lib/i18n/locales";
import { builtInProfile, type CloudProfile, cloudProfiles } from "@/lib/knowledge/clouds";
import { accountModel } from "./account-model";
import { apiPermissions } from "./api-permissions";
import { appIds } from "./app-ids";
import { clientSecret } from "./client-secret";
import { eceVersion } from "./ece-version";
import { externalUrl } from "./external-url";
import { licence } from "./licence";
import { liveFindings } from "./live-findings";
import { mailboxProtocols } from "./mailbox-protocols";
import { networkPlan } from "./network-plan";
import { sortWorstFirst } from "./order";
import { powershellOutput } from "./powershell-output";
import { redirectUri } from "./redirect-uri";
import { signInLogs } from "./sign-in-logs";
import { tokenGeneration } from "./token-generation";
import { tokenLifetime } from "./token-lifetime";
import type { Evidence, Finding, Rule } from "./types";

export const rules: readonly Rule[] = [
  eceVersion,
  externalUrl,
  appIds,
  clientSecret,
  redirectUri,
  apiPermissions,
  tokenLifetime,
  accountModel,
  mailboxProtocols,
  licence,
  tokenGeneration,
  networkPlan,
  signInLogs,
  powershellOutput,
];

export type DiagnoseOptions = { locale?: Locale; now?: Date; profile?: CloudProfile };

/** The answers' findings, then the live checks' when there is live evidence, in rule order. */
export function findings(file: CaseFile, evidence: Evidence = {}, now = new Date(), profile?: CloudProfile): Finding[] {
  const context = {
    file,
    evidence,
    now,
    profile: profile ?? builtInProfile(file.azure.cloud) ?? cloudProfiles.worldwide,
  };
  const live = evidence.live ? liveFindings(file, evidence.live.probes, evidence.live.context, context.profile.id) : [];
  return [...onePerCause(rules.flatMap((rule) => rule(context))), ...live];
}

/** One finding per cause and target: the first (the rules' order, or worst first) wins. A token problem that the IMAP or
 * POP, SMTP and access-token checks each meet is one finding; the checks that met it are kept in `params.checks`
 * (own check first, comma-separated ids), so the report still says which exchanges it explains. */
export function onePerCause(items: readonly Finding[]): Finding[] {
  const kept = new Map<string, Finding & { status: Exclude<Finding["status"], "pass"> }>();
  const result: Finding[] = [];
  for (const item of items) {
    if (item.status === "pass") {
      result.push(item);
      continue;
    }
    const key = `${item.cause}|${item.target ?? ""}|${item.server?.host ?? ""}`;
    const first = kept.get(key);
    if (!first) {
      const copy = { ...item, ...(item.params ? { params: { ...item.params } } : {}) };
      kept.set(key, copy);
      result.push(copy);
      continue;
    }
    const met = checksMet(first);
    if (met.includes(item.check)) continue;
    first.params = { ...first.params, checks: [...met, item.check].join(",") };
  }
  return result;
}

export type Diagnosis = { findings: Finding[]; results: CheckResult[] };

/** One pass, worst first: the language-neutral findings (for share links) and the same findings as results. */
export function diagnosis(file: CaseFile, evidence: Evidence = {}, options: DiagnoseOptions = {}): Diagnosis {
  const ordered = onePerCause(sortWorstFirst(findings(file, evidence, options.now, options.profile)));
  const locale = options.locale ?? "en";
  return { findings: ordered, results: ordered.map((item) => present(item, locale)) };
}

export function diagnose(file: CaseFile, evidence: Evidence = {}, options: DiagnoseOptions = {}): CheckResult[] {
  return diagnosis(file, evidence, options).results;
}

export { sortWorstFirst } from "./order";
