import type { CauseId } from "@/lib/catalogue/causes";

// AADSTS error codes (research microsoft.md §3.2) and the cause each one names.
export const aadstsCauses: readonly (readonly [readonly number[], CauseId])[] = [
  [[50011], "redirect-uri-mismatch"],
  [[7000215], "secret-invalid"],
  [[7000222], "secret-expired"],
  [[700016], "app-not-found"],
  [[90002], "tenant-not-found"],
  [[90038], "tenant-wrong-cloud"],
  [[65001], "consent-missing"],
  [[90094, 90093], "consent-missing"],
  [[50076], "mfa-required"],
  [[50079, 50072], "mfa-registration-required"],
  [[53003], "blocked-by-conditional-access"],
  [[530035], "blocked-by-security-defaults"],
  [[50057], "user-disabled"],
  [[50126], "invalid-credentials"],
  [[50034, 50020, 16000], "account-not-in-tenant"],
  [[70011, 1002012], "scope-invalid"],
  [[7000218], "public-client-flows-disabled"],
  [[700025], "public-client-secret-sent"],
  [[500011, 650052], "exchange-not-provisioned"],
  [[650056, 65005], "permission-not-configured"],
  [[50194], "app-not-multitenant"],
  [[90124, 90130, 9001023], "authority-not-supported"],
  [[700082, 50173, 70043, 54005, 70008], "refresh-token-expired"],
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
