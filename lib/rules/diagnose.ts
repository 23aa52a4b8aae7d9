import type { CaseFile } from "@/lib/case/schema";
import { type CheckResult, present } from "@/lib/catalogue/present";
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

/** One finding per check, cause and target: the first (the rules' order, or worst first) wins. A token problem that
 * each mail check meets stays on each of them (the live panels show them per check). */
export function onePerCause(items: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (item.status === "pass") return true;
    const key = `${item.check}|${item.cause}|${item.target ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
