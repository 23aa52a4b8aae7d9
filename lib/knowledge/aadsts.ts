import type { CauseId } from "@/lib/catalogue/causes";

// AADSTS error codes (research microsoft.md §3.2) and the cause each one names. Sources for the ones below:
// https://learn.microsoft.com/entra/identity-platform/reference-error-codes (50053, 50055, 50057, 54005, 700084),
// https://learn.microsoft.com/entra/identity/enterprise-apps/application-sign-in-unexpected-user-consent-error
// (90093, 90094: "needs admin approval"), https://learn.microsoft.com/entra/identity-platform/refresh-tokens (a
// refresh token sent to a redirect URI registered as spa expires after 24 hours: AADSTS700084).
export const aadstsCauses: readonly (readonly [readonly number[], CauseId])[] = [
  [[50011], "redirect-uri-mismatch"],
  [[7000215], "secret-invalid"],
  [[7000222], "secret-expired"],
  [[700016], "app-not-found"],
  [[90002], "tenant-not-found"],
  [[90038], "tenant-wrong-cloud"],
  [[65001, 90093, 90094], "consent-missing"],
  [[50076], "mfa-required"],
  [[50079, 50072], "mfa-registration-required"],
  [[53003], "blocked-by-conditional-access"],
  [[530035], "blocked-by-security-defaults"],
  [[50057], "user-disabled"],
  [[50055], "password-expired"],
  [[50053], "account-locked"],
  [[50126], "invalid-credentials"],
  [[50034, 50020, 16000], "account-not-in-tenant"],
  [[70011, 1002012], "scope-invalid"],
  [[7000218], "public-client-flows-disabled"],
  [[700025], "public-client-secret-sent"],
  [[500011, 650052], "exchange-not-provisioned"],
  [[650056, 65005], "permission-not-configured"],
  [[50194], "app-not-multitenant"],
  [[90124, 90130, 9001023], "authority-not-supported"],
  [[700082, 70043, 70008], "refresh-token-expired"],
  [[50173], "refresh-token-revoked"],
  [[700084], "redirect-not-web-platform"],
  [[54005], "auth-code-redeemed"],
  [[50105], "user-not-assigned"],
  [[81012], "sso-user-mismatch"],
  [[50058], "interaction-required"],
];

export function causeForAadsts(code: number): CauseId | undefined {
  return aadstsCauses.find(([codes]) => codes.includes(code))?.[1];
}

export function aadstsCode(text: string): number | undefined {
  const match = /\bAADSTS(\d{5,7})\b/i.exec(text);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

export type EntraErrorBody = { error?: string; aadsts?: number; description?: string };

/** Entra's JSON error body (error, the first line of error_description, error_codes[0] or the AADSTS code in the text). */
export function parseEntraErrorBody(body: string): EntraErrorBody | null {
  try {
    const json = JSON.parse(body) as { error?: unknown; error_description?: unknown; error_codes?: unknown };
    if (typeof json !== "object" || json === null) return null;
    const description =
      typeof json.error_description === "string" ? json.error_description.split("\r\n")[0] : undefined;
    const codes = Array.isArray(json.error_codes) ? json.error_codes : [];
    const aadsts = typeof codes[0] === "number" ? codes[0] : description ? aadstsCode(description) : undefined;
    return {
      ...(typeof json.error === "string" ? { error: json.error } : {}),
      ...(aadsts === undefined ? {} : { aadsts }),
      ...(description ? { description } : {}),
    };
  } catch {
    return null;
  }
}
