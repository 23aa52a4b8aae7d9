import { describe, expect, it } from "vitest";
import { makeJwt, testClientId, testNowSeconds, testTenant, v1Claims } from "@/lib/testing/jwt";
import { delegatedScopes, type InspectContext, inspectToken, type TokenInspection, tokenOwner } from "./inspect";

const context = (overrides: Partial<InspectContext> = {}): InspectContext => ({
  tenant: testTenant,
  clientId: testClientId,
  owner: "support@example.com",
  retrieval: "imap",
  outlookResource: "https://outlook.office.com",
  now: new Date(testNowSeconds * 1000),
  ...overrides,
});

const inspect = (claims: Record<string, unknown>, overrides: Partial<InspectContext> = {}) =>
  inspectToken(makeJwt(claims), context(overrides));
const ok = (inspection: TokenInspection) => {
  if (!inspection.ok) throw new Error(`not decoded: ${inspection.reason}`);
  return inspection;
};
const statusOf = (inspection: TokenInspection, key: string) =>
  ok(inspection).rows.find((row) => row.key === key)?.status;
const causes = (inspection: TokenInspection) => inspection.problems.map((problem) => problem.cause);

describe("inspectToken", () => {
  it("passes the mailbox's own Outlook token on every row", () => {
    const result = ok(inspect(v1Claims({ iat: testNowSeconds - 600, exp: testNowSeconds - 600 + 75 * 60 })));
    expect(result.problems).toEqual([]);
    expect(result.rows.map((row) => [row.key, row.status])).toEqual([
      ["user", "ok"],
      ["tenant", "ok"],
      ["app", "ok"],
      ["audience", "ok"],
      ["scopes", "ok"],
      ["issued", "info"],
      ["expires", "ok"],
      ["lifetime", "ok"],
      ["methods", "info"],
    ]);
    expect(result.lifetimeMinutes).toBe(75);
    expect(result.rows.find((row) => row.key === "methods")?.note).toBe("mfa");
  });

  it("names the workstation user of a Windows single sign-on token first (token-wrong-user, amr wia)", () => {
    const result = ok(inspect(v1Claims({ upn: "admin@example.com", unique_name: "admin@example.com", amr: ["wia"] })));
    expect(causes(result)).toEqual(["token-wrong-user"]);
    expect(result.problems[0]?.params).toEqual({ user: "admin@example.com", mailbox: "support@example.com" });
    expect(result.windowsSso).toBe(true);
    expect(statusOf(result, "user")).toBe("problem");
    expect(statusOf(result, "methods")).toBe("problem");
  });

  it("flags a Graph token once, however many protocol scopes it is checked for", () => {
    const result = inspect(v1Claims({ aud: "https://graph.microsoft.com" }));
    expect(causes(result)).toEqual(["token-wrong-audience"]);
    expect(statusOf(result, "audience")).toBe("problem");
  });

  it("checks the POP3 scope for a POP3 case and SMTP.Send always", () => {
    expect(causes(inspect(v1Claims({ scp: "IMAP.AccessAsUser.All SMTP.Send" }), { retrieval: "pop3" }))).toEqual([
      "token-scope-missing",
    ]);
    const both = inspect(v1Claims({ scp: "IMAP.AccessAsUser.All" }), { retrieval: "pop3" });
    expect(both.problems.map((problem) => (problem.params as { scope?: string }).scope)).toEqual([
      "POP.AccessAsUser.All",
      "SMTP.Send",
    ]);
  });

  it("reports the wrong tenant, app and an expired token", () => {
    const result = inspect(
      v1Claims({
        tid: "00000000-0000-4000-8000-000000000000",
        appid: "11111111-0000-4000-8000-000000000000",
        exp: testNowSeconds - 1,
      }),
    );
    expect(causes(result)).toEqual(["token-wrong-tenant", "token-wrong-app", "token-expired"]);
    expect(statusOf(result, "expires")).toBe("problem");
  });

  it("accepts the operator's own sign-in app as expected, not as token-wrong-app", () => {
    const operator = "66666666-6666-4666-8666-666666666666";
    const result = ok(inspect(v1Claims({ appid: operator }), { signInClientId: operator }));
    expect(result.problems).toEqual([]);
    expect(result.rows.find((row) => row.key === "app")).toMatchObject({
      status: "info",
      note: "operator-app",
      expected: operator,
    });
    expect(causes(inspect(v1Claims({ appid: operator })))).toEqual(["token-wrong-app"]);
  });

  it.each<[string, number, number | null, "ok" | "warn"]>([
    ["60 minutes", 60, null, "ok"],
    ["90 minutes", 90, null, "ok"],
    ["10 minutes without a policy", 10, null, "warn"],
    ["10 minutes with a 10-minute policy", 10, 10, "ok"],
    ["24 hours (CAE)", 24 * 60, null, "warn"],
    ["75 minutes with a 60-minute answer (Entra's range still)", 75, 60, "ok"],
  ])("lifetime %s", (_label, minutes, configured, status) => {
    const result = ok(
      inspect(v1Claims({ iat: testNowSeconds - 60, exp: testNowSeconds - 60 + minutes * 60 }), {
        configuredLifetimeMinutes: configured,
      }),
    );
    expect(statusOf(result, "lifetime")).toBe(status);
    expect(result.problems).toEqual([]);
  });

  it("marks a CAE-length token with its note", () => {
    const result = ok(inspect(v1Claims({ iat: testNowSeconds - 60, exp: testNowSeconds - 60 + 28 * 3600 })));
    expect(result.rows.find((row) => row.key === "lifetime")?.note).toBe("cae");
  });

  it("explains an unreadable token", () => {
    expect(inspectToken("not a token", context())).toEqual({
      ok: false,
      reason: "not-a-jwt",
      problems: [{ cause: "token-malformed", params: { reason: "not-a-jwt" } }],
    });
  });
});

describe("helpers", () => {
  it("asks for the protocol scopes on the cloud's Outlook resource, plus offline_access", () => {
    expect(delegatedScopes("https://outlook.office.com", "imap")).toEqual([
      "https://outlook.office.com/IMAP.AccessAsUser.All",
      "https://outlook.office.com/SMTP.Send",
      "offline_access",
    ]);
    expect(delegatedScopes("https://outlook.office365.us/", "pop3")).toEqual([
      "https://outlook.office365.us/POP.AccessAsUser.All",
      "https://outlook.office365.us/SMTP.Send",
      "offline_access",
    ]);
  });

  it("takes the delegate as owner in the shared model, the mailbox otherwise", () => {
    expect(tokenOwner("shared", " delegate@example.com ", "support@example.com")).toBe("delegate@example.com");
    expect(tokenOwner("shared", "", "support@example.com")).toBe("support@example.com");
    expect(tokenOwner("per-mailbox", "delegate@example.com", "support@example.com")).toBe("support@example.com");
  });
});
