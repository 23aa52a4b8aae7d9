import { isGuid } from "@/lib/rules/guid";
import type { FieldId } from "./fields";

// Small checks shown beside a field as it is answered, so the admin need not wait for the report (which still
// lists each of them as a finding). Deliberately a few lines: the rules engine stays on the server.
export type FieldWarning = { key: "notGuid" | "domain" | "sameAsTenant" | "notHttps"; length?: number };

const looksLikeDomain = (value: string) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(value);
const urlFields: readonly FieldId[] = [
  "ece.externalUrl",
  "ece.consoleUrl",
  "azure.redirectUri",
  "azure.eceRedirectUri",
];

export function fieldWarning(id: FieldId, value: string, tenant = ""): FieldWarning | null {
  const text = value.trim();
  if (text === "") return null;
  if (id === "azure.tenant" || id === "azure.clientId") {
    if (isGuid(text))
      return id === "azure.clientId" && text.toLowerCase() === tenant.trim().toLowerCase()
        ? { key: "sameAsTenant" }
        : null;
    if (looksLikeDomain(text) && !/^[0-9a-f.-]+$/i.test(text)) return { key: "domain" };
    return { key: "notGuid", length: text.length };
  }
  if (urlFields.includes(id) && /^http:\/\//i.test(text)) return { key: "notHttps" };
  return null;
}
