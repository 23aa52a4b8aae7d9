import { describe, expect, it } from "vitest";
import {
  b64url,
  dummySignature,
  makeJwt,
  testClientId,
  testNowSeconds,
  testTenant,
  v1Claims,
  without,
} from "@/lib/testing/jwt";
import { audienceMatches, decodeToken, type TokenExpectations, type TokenProblem, tokenProblems } from "./claims";

const now = new Date(testNowSeconds * 1000);

const expectations = (overrides: Partial<TokenExpectations> = {}): TokenExpectations => ({
  tenant: testTenant,
  clientId: testClientId,
  owner: "support@example.com",
  mailbox: "support@example.com",
  scope: "IMAP.AccessAsUser.All",
  outlookResource: "https://outlook.office.com",
  now,
  ...overrides,
});

const problemsOf = (claims: Record<string, unknown>, expected: Partial<TokenExpectations> = {}): TokenProblem[] =>
  tokenProblems(decodeToken(makeJwt(claims)), expectations(expected));
const causesOf = (claims: Record<string, unknown>, expected: Partial<TokenExpectations> = {}) =>
  problemsOf(claims, expected).map((problem) => problem.cause);

describe("decodeToken", () => {
  it("reads every v1 claim the diagnosis uses", () => {
    const decoded = decodeToken(makeJwt(v1Claims({ roles: ["IMAP.AccessAsApp"] })));
    expect(decoded).toEqual({
      ok: true,
      claims: {
        audience: "https://outlook.office.com",
        issuer: `https://sts.windows.net/${testTenant}/`,
        tenant: testTenant,
        app: testClientId,
        user: "support@example.com",
        name: "Support",
        scopes: ["IMAP.AccessAsUser.All", "POP.AccessAsUser.All", "SMTP.Send"],
        roles: ["IMAP.AccessAsApp"],
        issuedAt: testNowSeconds - 600,
        expiresAt: testNowSeconds + 3600,
        version: "1.0",
        authMethods: ["pwd", "mfa"],
      },
    });
  });

  it.each<[string, Record<string, unknown>, string | null]>([
    [
      "upn first",
      v1Claims({ upn: "a@example.com", unique_name: "b@example.com", preferred_username: "c@example.com" }),
      "a@example.com",
    ],
    [
      "unique_name without upn",
      without(v1Claims({ unique_name: "b@example.com", preferred_username: "c@example.com" }), "upn"),
      "b@example.com",
    ],
    [
      "preferred_username (v2) without upn and unique_name",
      without(v1Claims({ preferred_username: "c@example.com" }), "upn", "unique_name"),
      "c@example.com",
    ],
    ["empty upn is skipped", v1Claims({ upn: "", unique_name: "b@example.com" }), "b@example.com"],
    ["app-only token: no user", without(v1Claims({ roles: ["IMAP.AccessAsApp"] }), "upn", "unique_name", "scp"), null],
  ])("user claim: %s", (_label, claims, user) => {
    const decoded = decodeToken(makeJwt(claims));
    expect(decoded.ok && decoded.claims.user).toBe(user);
  });

  it("takes azp as the app when appid is absent (v2 token)", () => {
    const decoded = decodeToken(
      makeJwt(without(v1Claims({ azp: "11111111-2222-3333-4444-555555555555", ver: "2.0" }), "appid")),
    );
    expect(decoded.ok && decoded.claims.app).toBe("11111111-2222-3333-4444-555555555555");
  });

  it("accepts surrounding white space (a pasted token)", () => {
    expect(decodeToken(`  ${makeJwt(v1Claims())}\r\n`).ok).toBe(true);
  });

  it("reads payloads that need base64url's - and _ characters", () => {
    // "?>" and "~~~" encode to base64 with / and + respectively, i.e. _ and - in base64url.
    const decoded = decodeToken(makeJwt(v1Claims({ name: "?>?>?>~~~" })));
    expect(b64url(JSON.stringify(v1Claims({ name: "?>?>?>~~~" })))).toMatch(/[-_]/);
    expect(decoded.ok && decoded.claims.name).toBe("?>?>?>~~~");
  });

  it.each<[string, string, "not-a-jwt" | "encrypted" | "bad-json"]>([
    [
      "a 5-part JWE",
      `${b64url('{"alg":"RSA-OAEP","enc":"A256GCM"}')}.${b64url("key")}.${b64url("iv")}.${b64url("ciphertext")}.${b64url("tag")}`,
      "encrypted",
    ],
    ["an opaque Microsoft account token", "EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA", "not-a-jwt"],
    ["garbage", "hello world", "not-a-jwt"],
    ["empty", "", "not-a-jwt"],
    ["two parts only", `${b64url('{"alg":"none"}')}.${b64url('{"aud":"x"}')}`, "not-a-jwt"],
    ["four parts", `${makeJwt(v1Claims())}.extra`, "not-a-jwt"],
    ["three parts whose header is not JSON", `abc.${b64url('{"aud":"x"}')}.${dummySignature}`, "not-a-jwt"],
    ["a refresh-token-like value with dots", "0.AXoA1234.abcdef", "not-a-jwt"],
    ["payload that is not JSON", makeJwt("this is not json"), "bad-json"],
    ["payload that is a JSON array", makeJwt('["aud","x"]'), "bad-json"],
    ["payload that is JSON null", makeJwt("null"), "bad-json"],
    ["payload that is a JSON string", makeJwt('"aud"'), "bad-json"],
    [
      "payload cut short",
      `${makeJwt(v1Claims()).split(".")[0]}.${b64url(JSON.stringify(v1Claims())).slice(0, 40)}.${dummySignature}`,
      "bad-json",
    ],
  ])("%s → %s", (_label, token, reason) => {
    expect(decodeToken(token)).toEqual({ ok: false, reason });
  });

  it("ignores claims of the wrong type", () => {
    const decoded = decodeToken(
      makeJwt({ aud: 42, exp: "soon", upn: ["a@example.com"], scp: 7, roles: [1, "Mail.Read"], iat: Number.NaN }),
    );
    expect(decoded).toMatchObject({
      ok: true,
      claims: { audience: null, expiresAt: null, user: null, scopes: [], roles: ["Mail.Read"], issuedAt: null },
    });
  });
});

describe("audienceMatches", () => {
  it.each<[string, string | null, string, boolean]>([
    ["worldwide: outlook.office.com", "https://outlook.office.com", "https://outlook.office.com", true],
    [
      "worldwide: outlook.office365.com (the .default resource)",
      "https://outlook.office365.com",
      "https://outlook.office.com",
      true,
    ],
    ["worldwide: trailing slash", "https://outlook.office.com/", "https://outlook.office.com", true],
    ["worldwide: office365 with trailing slash", "https://outlook.office365.com/", "https://outlook.office.com", true],
    ["worldwide: upper case", "HTTPS://Outlook.Office365.COM", "https://outlook.office.com", true],
    [
      "worldwide: resource given with a trailing slash",
      "https://outlook.office.com",
      "https://outlook.office.com/",
      true,
    ],
    ["worldwide: Exchange Online app id", "00000002-0000-0ff1-ce00-000000000000", "https://outlook.office.com", true],
    ["worldwide: Graph", "https://graph.microsoft.com", "https://outlook.office.com", false],
    ["worldwide: Graph app id", "00000003-0000-0000-c000-000000000000", "https://outlook.office.com", false],
    ["worldwide: GCC High resource", "https://outlook.office365.us", "https://outlook.office.com", false],
    [
      "worldwide: a host that only starts like Outlook",
      "https://outlook.office.com.evil.example",
      "https://outlook.office.com",
      false,
    ],
    ["worldwide: no audience", null, "https://outlook.office.com", false],
    ["worldwide: empty audience", "", "https://outlook.office.com", false],
    ["gcc-high: its own resource", "https://outlook.office365.us", "https://outlook.office365.us", true],
    [
      "gcc-high: own resource, trailing slash and case",
      "HTTPS://OUTLOOK.OFFICE365.US/",
      "https://outlook.office365.us",
      true,
    ],
    [
      "gcc-high: worldwide outlook.office.com refused",
      "https://outlook.office.com",
      "https://outlook.office365.us",
      false,
    ],
    [
      "gcc-high: worldwide outlook.office365.com refused",
      "https://outlook.office365.com",
      "https://outlook.office365.us",
      false,
    ],
    ["gcc-high: Graph US refused", "https://graph.microsoft.us", "https://outlook.office365.us", false],
    ["dod: its own resource", "https://outlook-dod.office365.us", "https://outlook-dod.office365.us", true],
    ["dod: worldwide refused", "https://outlook.office.com", "https://outlook-dod.office365.us", false],
    ["china: its own resource", "https://partner.outlook.cn", "https://partner.outlook.cn", true],
    ["china: worldwide refused", "https://outlook.office365.com", "https://partner.outlook.cn", false],
  ])("%s", (_label, audience, resource, accepted) => {
    expect(audienceMatches(audience, resource)).toBe(accepted);
  });
});

describe("tokenProblems", () => {
  it("finds nothing wrong with a good delegated token", () => {
    expect(problemsOf(v1Claims())).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, Partial<TokenExpectations>, TokenProblem[]]>([
    [
      "expired an hour ago",
      v1Claims({ exp: testNowSeconds - 3600 }),
      {},
      [{ cause: "token-expired", params: { expiredAt: "2026-11-28T11:00:00.000Z" } }],
    ],
    [
      "exp exactly now counts as expired",
      v1Claims({ exp: testNowSeconds }),
      {},
      [{ cause: "token-expired", params: { expiredAt: "2026-11-28T12:00:00.000Z" } }],
    ],
    ["exp one second after now is still valid", v1Claims({ exp: testNowSeconds + 1 }), {}, []],
    [
      "Graph audience",
      v1Claims({ aud: "https://graph.microsoft.com" }),
      {},
      [
        {
          cause: "token-wrong-audience",
          params: { audience: "https://graph.microsoft.com", expected: "https://outlook.office.com" },
        },
      ],
    ],
    [
      "no audience at all",
      without(v1Claims(), "aud"),
      {},
      [{ cause: "token-wrong-audience", params: { audience: "-", expected: "https://outlook.office.com" } }],
    ],
    ["outlook.office365.com/ for the worldwide resource", v1Claims({ aud: "https://outlook.office365.com/" }), {}, []],
    ["OUTLOOK.OFFICE.COM in capitals", v1Claims({ aud: "HTTPS://OUTLOOK.OFFICE.COM" }), {}, []],
    [
      "gcc-high token for the gcc-high resource",
      v1Claims({ aud: "https://outlook.office365.us" }),
      { outlookResource: "https://outlook.office365.us" },
      [],
    ],
    [
      "worldwide token for the gcc-high resource",
      v1Claims({ aud: "https://outlook.office.com" }),
      { outlookResource: "https://outlook.office365.us" },
      [
        {
          cause: "token-wrong-audience",
          params: { audience: "https://outlook.office.com", expected: "https://outlook.office365.us" },
        },
      ],
    ],
    [
      "token of another user",
      v1Claims({ upn: "admin@example.com", unique_name: "admin@example.com" }),
      {},
      [{ cause: "token-wrong-user", params: { user: "admin@example.com", mailbox: "support@example.com" } }],
    ],
    ["user compared without case", v1Claims({ upn: "Support@Example.COM" }), {}, []],
    ["owner given with other case and spaces", v1Claims(), { owner: " SUPPORT@example.com " }, []],
    [
      "shared model: a token of the mailbox itself is not the delegate's",
      v1Claims(),
      { owner: "ece-delegate@example.com", mailbox: "support@example.com" },
      [{ cause: "token-wrong-user", params: { user: "support@example.com", mailbox: "ece-delegate@example.com" } }],
    ],
    [
      "shared model: the delegate's token for a shared mailbox",
      v1Claims({ upn: "ece-delegate@example.com" }),
      { owner: "ece-delegate@example.com", mailbox: "support@example.com" },
      [],
    ],
    [
      "app-only token (no user claim) is not a wrong user",
      without(v1Claims({ roles: ["IMAP.AccessAsUser.All"] }), "upn", "unique_name"),
      {},
      [],
    ],
    [
      "token of another tenant",
      v1Claims({ tid: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee" }),
      {},
      [
        {
          cause: "token-wrong-tenant",
          params: { tokenTenant: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", tenant: testTenant },
        },
      ],
    ],
    ["tenant compared without case", v1Claims({ tid: testTenant.toUpperCase() }), {}, []],
    [
      "token of another app",
      v1Claims({ appid: "d3590ed6-52b3-4102-aeff-aad2292ab01c" }),
      {},
      [
        {
          cause: "token-wrong-app",
          params: { tokenApp: "d3590ed6-52b3-4102-aeff-aad2292ab01c", clientId: testClientId },
        },
      ],
    ],
    [
      "missing scope",
      v1Claims({ scp: "SMTP.Send offline_access" }),
      {},
      [
        {
          cause: "token-scope-missing",
          params: { scope: "IMAP.AccessAsUser.All", scopes: "SMTP.Send offline_access" },
        },
      ],
    ],
    [
      "no scp and no roles",
      without(v1Claims(), "scp"),
      {},
      [{ cause: "token-scope-missing", params: { scope: "IMAP.AccessAsUser.All", scopes: "-" } }],
    ],
    ["scope compared without case", v1Claims({ scp: "imap.accessasuser.all" }), {}, []],
    ["scope given as an array", v1Claims({ scp: ["SMTP.Send", "IMAP.AccessAsUser.All"] }), {}, []],
    ["roles count as granted", without(v1Claims({ roles: ["IMAP.AccessAsUser.All"] }), "scp"), {}, []],
    [
      "roles are listed with scopes when the scope is missing",
      v1Claims({ scp: "SMTP.Send", roles: ["POP.AccessAsApp"] }),
      {},
      [
        {
          cause: "token-scope-missing",
          params: { scope: "IMAP.AccessAsUser.All", scopes: "SMTP.Send POP.AccessAsApp" },
        },
      ],
    ],
    [
      "a scope that only contains the name is not the scope",
      v1Claims({ scp: "IMAP.AccessAsUser.All.Extra" }),
      {},
      [
        {
          cause: "token-scope-missing",
          params: { scope: "IMAP.AccessAsUser.All", scopes: "IMAP.AccessAsUser.All.Extra" },
        },
      ],
    ],
  ])("%s", (_label, claims, expected, problems) => {
    expect(problemsOf(claims, expected)).toEqual(problems);
  });

  it("reports several problems at once", () => {
    const claims = v1Claims({
      aud: "https://graph.microsoft.com",
      exp: testNowSeconds - 60,
      upn: "admin@example.com",
      tid: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
      appid: "d3590ed6-52b3-4102-aeff-aad2292ab01c",
      scp: "User.Read",
    });
    expect(causesOf(claims).sort()).toEqual(
      [
        "token-expired",
        "token-scope-missing",
        "token-wrong-app",
        "token-wrong-audience",
        "token-wrong-tenant",
        "token-wrong-user",
      ].sort(),
    );
  });

  it.each<["not-a-jwt" | "encrypted" | "bad-json", string]>([
    ["not-a-jwt", "garbage"],
    ["encrypted", "a.b.c.d.e"],
    ["bad-json", makeJwt("{not json")],
  ])("an unreadable token (%s) gives token-malformed only", (reason, token) => {
    expect(tokenProblems(decodeToken(token), expectations())).toEqual([
      { cause: "token-malformed", params: { reason } },
    ]);
  });
});
