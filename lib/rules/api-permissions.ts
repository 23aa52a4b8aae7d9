import { retrievalPermission } from "@/lib/knowledge/microsoft";
import { type Finding, finding, pass, type Rule } from "./types";

export const apiPermissions: Rule = ({ file }) => {
  const { delegatedPermissions, adminConsent } = file.azure;
  const has = (permission: string) => (delegatedPermissions as readonly string[]).includes(permission);
  const retrieval = retrievalPermission(file.mail.retrieval);
  const findings: Finding[] = [];
  if (!has(retrieval))
    findings.push(finding("api-permissions", "fail", "permission-retrieval-missing", { permission: retrieval }));
  if (!has("SMTP.Send"))
    findings.push(finding("api-permissions", "fail", "permission-smtp-missing", { permission: "SMTP.Send" }));
  if (!has("offline_access"))
    findings.push(finding("api-permissions", "fail", "permission-offline-missing", { permission: "offline_access" }));
  if (adminConsent === "no") findings.push(finding("api-permissions", "warn", "consent-missing"));
  if (adminConsent === "unknown") findings.push(finding("api-permissions", "info", "consent-unknown"));
  return findings.length > 0
    ? findings
    : [pass("api-permissions", { permissions: [retrievalPermission, "SMTP.Send", "offline_access"].join(", ") })];
};
