import { isGuid, isTenantDomain } from "./guid";
import { type Finding, finding, pass, type Rule } from "./types";

export const appIds: Rule = ({ file, evidence }) => {
  const { tenant, clientId } = file.azure;
  const findings: Finding[] = [];
  // Entra also accepts a verified domain of the tenant in place of its ID: it works, but the ID is the stable value.
  if (isTenantDomain(tenant)) findings.push(finding("app-ids", "warn", "tenant-is-domain", { value: tenant.trim() }));
  else if (!isGuid(tenant)) findings.push(finding("app-ids", "fail", "tenant-id-malformed", { value: tenant }));
  if (!isGuid(clientId)) findings.push(finding("app-ids", "fail", "client-id-malformed", { value: clientId }));
  else if (clientId.trim().toLowerCase() === tenant.trim().toLowerCase())
    findings.push(finding("app-ids", "fail", "client-id-is-tenant-id", { value: clientId }));

  const secret = evidence.clientSecret;
  if (secret === undefined || !secret.provided) findings.push(finding("app-ids", "skipped", "secret-not-given"));
  else if (secret.looksLikeGuid || secret.equalsClientId)
    findings.push(finding("app-ids", "fail", "secret-is-secret-id"));

  return findings.length > 0 ? findings : [pass("app-ids", { tenant, clientId })];
};
