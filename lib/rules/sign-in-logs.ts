import type { CaseFile } from "@/lib/case/schema";
import type { CauseId } from "@/lib/catalogue/causes";
import type { SignInGroup } from "@/lib/evidence/schema";
import { causeForAadsts } from "@/lib/knowledge/aadsts";
import { type Finding, finding, type Params, pass, type Rule } from "./types";

// What the admin's sign-in log export showed (read in the browser; the case keeps the derived groups only).
export const signInLogs: Rule = ({ file }) => {
  const logs = file.evidence?.signInLogs;
  if (!logs) return [];
  const ids = { clientId: file.azure.clientId, tenant: file.azure.tenant, rows: String(logs.rows) };
  if (logs.matched === 0) return [finding("sign-in-logs", "info", "sign-in-no-rows", ids)];
  const failures = logs.groups;
  if (failures.length === 0)
    return [pass("sign-in-logs", { matched: String(logs.matched), rows: String(logs.rows), readOn: logs.readOn })];
  const named = new Set<string>();
  return failures.flatMap((group) => {
    const params = groupParams(group);
    const codeCause = causeForAadsts(group.code);
    const codeParams = codeCause ? codeCauseParams(codeCause, group, file) : null;
    const findings: Finding[] = [
      finding(
        "sign-in-logs",
        "fail",
        group.interactive ? "sign-in-interactive-failing" : "sign-in-refresh-failing",
        { ...params, codeNote: codeParams ? "named" : "unnamed" },
        group.account,
      ),
    ];
    if (codeCause && codeParams && !named.has(`${codeCause}|${group.account}`)) {
      named.add(`${codeCause}|${group.account}`);
      findings.push(finding("sign-in-logs", "fail", codeCause, codeParams, group.account));
    }
    for (const policy of group.policies) {
      findings.push(
        finding(
          "sign-in-logs",
          "fail",
          "sign-in-policy-blocks",
          { ...params, policy: policy.name === "" ? "" : `“${policy.name}”`, policyResult: policy.result },
          group.account,
        ),
      );
    }
    return findings;
  });
};

function groupParams(group: SignInGroup): Params {
  const timing =
    group.afterGoodMinutes === null
      ? "no-good"
      : group.afterGoodMinutes >= 45 && group.afterGoodMinutes <= 150
        ? "hour-after"
        : "after-good";
  return {
    account: group.account,
    code: String(group.code),
    count: String(group.count),
    first: group.first.replace("T", " ").replace("Z", ""),
    last: group.last.replace("T", " ").replace("Z", ""),
    ips: group.ips.join(", "),
    origin: group.origin,
    timing,
    kind: group.interactive ? "sign-in" : "refresh",
  };
}

// The catalogue's own finding for the code, when every value its text names is known; otherwise the summary's
// note sends the reader to Microsoft's reference instead of printing a sentence with a hole in it.
function codeCauseParams(cause: CauseId, group: SignInGroup, file: CaseFile): Params | null {
  const known: Params = {
    user: group.account,
    clientId: file.azure.clientId,
    tenant: file.azure.tenant,
    cloud: file.azure.cloud,
  };
  if (file.azure.secretExpires) known.expires = file.azure.secretExpires;
  if (file.azure.eceRedirectUri) known.ece = file.azure.eceRedirectUri;
  known.registered = file.azure.redirectUri;
  const needs: Partial<Record<CauseId, string[]>> = {
    "secret-expired": ["expires"],
    "redirect-uri-mismatch": ["ece"],
    "scope-invalid": ["scope"],
    "tenant-wrong-cloud": ["expectedCloud"],
  };
  return (needs[cause] ?? []).every((name) => known[name] !== undefined) ? known : null;
}
