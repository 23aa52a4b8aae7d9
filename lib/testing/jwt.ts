// Test helper: unsigned-looking v1 access tokens shaped like the ones Entra issues for Exchange Online
// (research microsoft.md §2.2). The signature is a dummy; nothing here verifies it.

export const b64url = (value: string | Buffer): string => Buffer.from(value).toString("base64url");

export const dummySignature = b64url("not-a-real-signature-but-long-enough-to-look-like-one-0123456789");

/** header.payload.signature with the given payload object (or raw payload text). */
export function makeJwt(
  payload: Record<string, unknown> | string,
  header: Record<string, unknown> = { typ: "JWT", alg: "RS256", x5t: "abc", kid: "abc" },
): string {
  const body = typeof payload === "string" ? payload : JSON.stringify(payload);
  return `${b64url(JSON.stringify(header))}.${b64url(body)}.${dummySignature}`;
}

export const testTenant = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f";
export const testClientId = "9a8b7c6d-1e2f-4a3b-8c5d-6e7f8a9b0c1d";
/** 2026-11-28T12:00:00Z, the "now" of the rule tests. */
export const testNowSeconds = Date.UTC(2026, 10, 28, 12, 0, 0) / 1000;

/** A delegated v1 token for the Outlook resource, valid an hour around `testNowSeconds`. */
export function v1Claims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    aud: "https://outlook.office.com",
    iss: `https://sts.windows.net/${testTenant}/`,
    iat: testNowSeconds - 600,
    nbf: testNowSeconds - 600,
    exp: testNowSeconds + 3600,
    amr: ["pwd", "mfa"],
    appid: testClientId,
    appidacr: "1",
    name: "Support",
    scp: "IMAP.AccessAsUser.All POP.AccessAsUser.All SMTP.Send",
    tid: testTenant,
    unique_name: "support@example.com",
    upn: "support@example.com",
    ver: "1.0",
    ...overrides,
  };
}

/** The claims without the named keys (for tokens that lack a claim entirely). */
export function without(claims: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(claims).filter(([key]) => !keys.includes(key)));
}
