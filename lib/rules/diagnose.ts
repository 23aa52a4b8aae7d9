import type { CaseFile } from "@/lib/case/schema";
import { present, type CheckResult } from "@/lib/catalogue/present";
import type { Locale } from "@/lib/i18n/locales";
import { builtInProfile, cloudProfiles, type CloudProfile } from "@/lib/knowledge/clouds";
import { accountModel } from "./account-model";
import { apiPermissions } from "./api-permissions";
import { appIds } from "./app-ids";
import { clientSecret } from "./client-secret";
import { eceVersion } from "./ece-version";
import { externalUrl } from "./external-url";
import { licence } from "./licence";
import { mailboxProtocols } from "./mailbox-protocols";
import { networkPlan } from "./network-plan";
import { powershellOutput } from "./powershell-output";
import { redirectUri } from "./redirect-uri";
import { signInLogs } from "./sign-in-logs";
import { tokenGeneration } from "./token-generation";
import { tokenLifetime } from "./token-lifetime";
import { sortWorstFirst } from "./order";
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

export function findings(file: CaseFile, evidence: Evidence = {}, now = new Date(), profile?: CloudProfile): Finding[] {
  const context = { file, evidence, now, profile: profile ?? builtInProfile(file.azure.cloud) ?? cloudProfiles.worldwide };
  return onePerCause(rules.flatMap((rule) => rule(context)));
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

export function diagnose(file: CaseFile, evidence: Evidence = {}, options: DiagnoseOptions = {}): CheckResult[] {
  const locale = options.locale ?? "en";
  return sortWorstFirst(findings(file, evidence, options.now, options.profile).map((item) => present(item, locale)));
}

export { sortWorstFirst } from "./order";
