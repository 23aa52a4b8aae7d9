// The simulated Entra ID: discovery documents, JWKS, getuserrealm, the token endpoint's grants, and the exact shape and
// codes of its errors (research §3, feasibility §4).
import { createHash, createPublicKey, type JsonWebKey, randomBytes, verify } from "node:crypto";
import { request } from "node:https";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeXoauth2 } from "./mail-auth";
import { LineClient } from "./test-client";
import {
  ASSIGNMENT_APP,
  ASSIGNMENT_APP_SECRET,
  CA_BLOCKED_APP,
  CONTOSO,
  ECE_APP,
  ECE_APP_EXPIRED_SECRET,
  ECE_APP_SECRET,
  ECE_APP_SECRET_ID,
  ECE_REDIRECT,
  FABRIKAM,
  GRAPH_ONLY_APP,
  GRAPH_ONLY_APP_SECRET,
  PUBLIC_APP,
  SINGLE_TENANT_APP,
  SINGLE_TENANT_APP_SECRET,
  startTestSimulator,
  UNCONSENTED_APP,
} from "./test-support";
import { decodeJwtPayload } from "./tokens";

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;
let sim: Sim;
let host: string;

beforeAll(async () => {
  sim = await startTestSimulator(19550);
  host = sim.loginHost;
}, 20_000);
afterAll(async () => {
  await sim.cleanup();
});

type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: Record<string, unknown>;
};

function call(
  path: string,
  opts: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const body = opts.form ? new URLSearchParams(opts.form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: sim.ports.entra,
        servername: "login.sim.test",
        ca: sim.caCertPem,
        path,
        method: opts.method ?? (body === undefined ? "GET" : "POST"),
        headers: {
          Host: host,
          ...(body === undefined
            ? {}
            : {
                "Content-Type": "application/x-www-form-urlencoded",
                "Content-Length": String(Buffer.byteLength(body)),
              }),
          ...(opts.headers ?? {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: Record<string, unknown> = {};
          try {
            json = JSON.parse(text) as Record<string, unknown>;
          } catch {
            // HTML
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const token = (tenant: string, form: Record<string, string>, headers?: Record<string, string>) =>
  call(`/${tenant}/oauth2/v2.0/token`, { form, headers });

const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

function expectEntraError(r: Reply, status: number, error: string, code: number, textStart?: string): void {
  expect(r.status).toBe(status);
  expect(r.headers["access-control-allow-origin"]).toBe("*");
  const b = r.json;
  expect(b.error).toBe(error);
  expect(b.error_codes).toEqual([code]);
  expect(typeof (b.error_codes as unknown[])[0]).toBe("number");
  expect(b.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
  expect(b.trace_id).toMatch(new RegExp(`^${uuid}$`));
  expect(b.correlation_id).toMatch(new RegExp(`^${uuid}$`));
  expect(b.error_uri).toBe(`https://${host}/error?code=${code}`);
  const d = String(b.error_description);
  expect(d).toMatch(
    new RegExp(
      `^AADSTS${code}: [^]*\\r\\nTrace ID: ${b.trace_id}\\r\\nCorrelation ID: ${b.correlation_id}\\r\\nTimestamp: ${b.timestamp}$`,
    ),
  );
  if (textStart) expect(d.startsWith(`AADSTS${code}: ${textStart}`)).toBe(true);
}

const cc = (extra: Record<string, string> = {}) => ({
  client_id: ECE_APP,
  client_secret: ECE_APP_SECRET,
  grant_type: "client_credentials",
  scope: "https://outlook.office365.com/.default",
  ...extra,
});

describe("discovery", () => {
  it("serves the v2.0 OpenID configuration with the issuer on the authority's origin (by GUID and by domain)", async () => {
    for (const t of [CONTOSO, "contoso.sim.test"]) {
      const r = await call(`/${t}/v2.0/.well-known/openid-configuration`);
      expect(r.status).toBe(200);
      expect(r.headers["access-control-allow-origin"]).toBe("*");
      expect(r.json.issuer).toBe(`https://${host}/${CONTOSO}/v2.0`);
      expect(r.json.token_endpoint).toBe(`https://${host}/${CONTOSO}/oauth2/v2.0/token`);
      expect(r.json.authorization_endpoint).toBe(`https://${host}/${CONTOSO}/oauth2/v2.0/authorize`);
      expect(r.json.jwks_uri).toBe(`https://${host}/${CONTOSO}/discovery/v2.0/keys`);
    }
    const common = await call("/common/v2.0/.well-known/openid-configuration");
    expect(common.json.issuer).toBe(`https://${host}/{tenantid}/v2.0`);
  });

  it("answers an unknown tenant with 400 invalid_tenant AADSTS90002", async () => {
    const r = await call("/nosuchtenant.sim.test/v2.0/.well-known/openid-configuration");
    expectEntraError(
      r,
      400,
      "invalid_tenant",
      90002,
      "Tenant 'nosuchtenant.sim.test' not found. Check to make sure you have the correct tenant ID",
    );
  });

  it("serves instance discovery, the health check and CORS preflight", async () => {
    const r = await call(
      `/common/discovery/instance?api-version=1.1&authorization_endpoint=https://${host}/${CONTOSO}/oauth2/v2.0/authorize`,
    );
    expect(r.json).toEqual({
      tenant_discovery_endpoint: `https://${host}/${CONTOSO}/v2.0/.well-known/openid-configuration`,
      "api-version": "1.1",
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    });
    expect((await call("/sim/health")).status).toBe(200);
    const pre = await call(`/${CONTOSO}/oauth2/v2.0/token`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://127.0.0.1:3000",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers["access-control-allow-origin"]).toBe("*");
    expect(pre.headers["access-control-allow-headers"]).toBe("content-type");
  });

  it("answers getuserrealm.srf for managed, federated and unknown domains", async () => {
    const managed = await call("/getuserrealm.srf?login=support@contoso.sim.test");
    expect(managed.json).toMatchObject({
      NameSpaceType: "Managed",
      DomainName: "contoso.sim.test",
      Login: "support@contoso.sim.test",
      FederationBrandName: "Contoso",
    });
    expect(managed.json.AuthURL).toBeUndefined();
    const fed = await call("/getuserrealm.srf?login=support@fabrikam.sim.test");
    expect(fed.json).toMatchObject({ NameSpaceType: "Federated", DomainName: "fabrikam.sim.test" });
    expect(String(fed.json.AuthURL)).toMatch(
      /^https:\/\/sts\.fabrikam\.sim\.test\/adfs\/ls\/\?username=support%40fabrikam\.sim\.test&wa=wsignin1\.0/,
    );
    const unknown = await call("/getuserrealm.srf?login=someone@elsewhere.sim.test");
    expect(unknown.json.NameSpaceType).toBe("Unknown");
  });
});

describe("client credentials", () => {
  it("issues a v1 app-only token for the Outlook resource that verifies against the JWKS and opens IMAP", async () => {
    const r = await token(CONTOSO, cc());
    expect(r.status).toBe(200);
    expect(r.json.token_type).toBe("Bearer");
    const at = String(r.json.access_token);
    const c = decodeJwtPayload(at);
    expect(c).toMatchObject({
      aud: "https://outlook.office365.com",
      iss: `https://sts.windows.net/${CONTOSO}/`,
      tid: CONTOSO,
      appid: ECE_APP,
      roles: ["IMAP.AccessAsApp", "POP.AccessAsApp", "SMTP.SendAsApp"],
      ver: "1.0",
    });
    expect(c.scp).toBeUndefined();
    const life = Number(c.exp) - Number(c.iat);
    expect(life).toBeGreaterThanOrEqual(3600);
    expect(life).toBeLessThanOrEqual(5400);
    expect(Number(r.json.expires_in)).toBe(life);

    const jwks = await call(`/${CONTOSO}/discovery/v2.0/keys`);
    const [h, p, s] = at.split(".") as [string, string, string];
    const header = JSON.parse(Buffer.from(h, "base64url").toString()) as { kid: string; alg: string };
    const jwk = (jwks.json.keys as (JsonWebKey & { kid: string })[]).find((k) => k.kid === header.kid);
    expect(header.alg).toBe("RS256");
    expect(jwk).toBeDefined();
    const key = createPublicKey({ key: jwk as JsonWebKey, format: "jwk" });
    expect(verify("sha256", Buffer.from(`${h}.${p}`), key, Buffer.from(s, "base64url"))).toBe(true);

    const imap = await LineClient.tls(sim.ports.imap, { servername: "outlook.sim.test", ca: sim.caCertPem });
    await imap.readLine();
    imap.send(`A1 AUTHENTICATE XOAUTH2 ${encodeXoauth2("sales@contoso.sim.test", at)}`);
    expect(await imap.readLine()).toBe("A1 OK AUTHENTICATE completed.");
    imap.close();
  });

  it("accepts HTTP Basic client authentication", async () => {
    const r = await token(
      CONTOSO,
      { grant_type: "client_credentials", scope: "https://outlook.office365.com/.default" },
      { Authorization: `Basic ${Buffer.from(`${ECE_APP}:${ECE_APP_SECRET}`).toString("base64")}` },
    );
    expect(r.status).toBe(200);
  });

  it("gives an unconsented app a token without roles", async () => {
    const r = await token(
      CONTOSO,
      cc({ client_id: UNCONSENTED_APP, client_secret: "sim-unconsented-secret-value-0123456789" }),
    );
    expect(r.status).toBe(200);
    expect(decodeJwtPayload(String(r.json.access_token)).roles).toBeUndefined();
  });

  it("AADSTS7000215 (401) for the secret ID instead of the value", async () => {
    const r = await token(CONTOSO, cc({ client_secret: ECE_APP_SECRET_ID }));
    expectEntraError(
      r,
      401,
      "invalid_client",
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${ECE_APP}'.`,
    );
  });

  it("AADSTS7000222 (401) for an expired secret", async () => {
    const r = await token(CONTOSO, cc({ client_secret: ECE_APP_EXPIRED_SECRET }));
    expectEntraError(
      r,
      401,
      "invalid_client",
      7000222,
      `The provided client secret keys for app '${ECE_APP}' are expired.`,
    );
  });

  it("AADSTS700016 for an unknown client id, AADSTS90002 for an unknown tenant", async () => {
    const r = await token(CONTOSO, cc({ client_id: "99999999-9999-4999-8999-999999999999" }));
    expectEntraError(
      r,
      400,
      "unauthorized_client",
      700016,
      "Application with identifier '99999999-9999-4999-8999-999999999999' was not found in the directory 'Contoso'.",
    );
    const t = await token("nosuchtenant.sim.test", cc());
    expectEntraError(t, 400, "invalid_request", 90002, "Tenant 'nosuchtenant.sim.test' not found.");
  });

  it("AADSTS1002012 for a scope without /.default", async () => {
    const r = await token(CONTOSO, cc({ scope: "https://outlook.office365.com/IMAP.AccessAsApp" }));
    expectEntraError(
      r,
      400,
      "invalid_scope",
      1002012,
      "The provided value for scope https://outlook.office365.com/IMAP.AccessAsApp is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).",
    );
  });

  it("AADSTS7000218 without a secret, AADSTS53003 for an app blocked by Conditional Access", async () => {
    const { client_secret: _s, ...noSecret } = cc();
    expectEntraError(
      await token(CONTOSO, noSecret),
      400,
      "invalid_client",
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    );
    const r = await token(
      CONTOSO,
      cc({ client_id: CA_BLOCKED_APP, client_secret: "sim-blocked-app-secret-value-0123456789" }),
    );
    expectEntraError(r, 400, "invalid_grant", 53003, "Access has been blocked by Conditional Access policies.");
  });
});

describe("delegated grants", () => {
  const scope =
    "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access openid profile";

  async function authorize(params: Record<string, string>): Promise<Reply> {
    return call(`/${CONTOSO}/oauth2/v2.0/authorize?${new URLSearchParams(params).toString()}`);
  }

  function pkce(): { verifier: string; challenge: string } {
    const verifier = randomBytes(32).toString("base64url");
    return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
  }

  async function codeFor(upn: string, extra: Record<string, string> = {}, challenge?: string): Promise<string> {
    const r = await authorize({
      client_id: ECE_APP,
      response_type: "code",
      redirect_uri: ECE_REDIRECT,
      scope,
      state: "st-1",
      login_hint: upn,
      ...(challenge ? { code_challenge: challenge, code_challenge_method: "S256" } : {}),
      ...extra,
    });
    expect(r.status).toBe(302);
    const location = new URL(String(r.headers.location));
    expect(`${location.origin}${location.pathname}`).toBe(ECE_REDIRECT);
    expect(location.searchParams.get("state")).toBe("st-1");
    return location.searchParams.get("code") ?? "";
  }

  const redeem = (code: string, extra: Record<string, string> = {}) =>
    token(CONTOSO, {
      client_id: ECE_APP,
      client_secret: ECE_APP_SECRET,
      grant_type: "authorization_code",
      code,
      redirect_uri: ECE_REDIRECT,
      scope,
      ...extra,
    });

  it("runs authorization code + PKCE, then refresh; tokens carry Outlook audience and short scopes", async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor("support@contoso.sim.test", {}, challenge);
    const r = await redeem(code, { code_verifier: verifier, client_info: "1" });
    expect(r.status).toBe(200);
    const c = decodeJwtPayload(String(r.json.access_token));
    expect(c).toMatchObject({
      aud: "https://outlook.office.com",
      scp: "IMAP.AccessAsUser.All SMTP.Send",
      upn: "support@contoso.sim.test",
      unique_name: "support@contoso.sim.test",
      tid: CONTOSO,
      appid: ECE_APP,
      amr: ["pwd"],
      ver: "1.0",
    });
    expect(typeof c.oid).toBe("string");
    expect(typeof c.name).toBe("string");
    expect(String(r.json.scope)).toBe(
      "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access openid profile",
    );
    expect(decodeJwtPayload(String(r.json.id_token))).toMatchObject({
      aud: ECE_APP,
      iss: `https://${host}/${CONTOSO}/v2.0`,
      preferred_username: "support@contoso.sim.test",
    });
    expect(JSON.parse(Buffer.from(String(r.json.client_info), "base64url").toString())).toEqual({
      uid: c.oid,
      utid: CONTOSO,
    });

    expectEntraError(await redeem(code, { code_verifier: verifier }), 400, "invalid_grant", 54005);

    const refreshed = await token(CONTOSO, {
      client_id: ECE_APP,
      client_secret: ECE_APP_SECRET,
      grant_type: "refresh_token",
      refresh_token: String(r.json.refresh_token),
    });
    expect(refreshed.status).toBe(200);
    expect(decodeJwtPayload(String(refreshed.json.access_token)).scp).toBe("IMAP.AccessAsUser.All SMTP.Send");
  });

  it("checks PKCE (AADSTS50148) and refuses an unregistered redirect URI with an AADSTS50011 page", async () => {
    const { challenge } = pkce();
    const code = await codeFor("support@contoso.sim.test", {}, challenge);
    expectEntraError(
      await redeem(code, { code_verifier: "wrong-verifier-wrong-verifier-wrong-verifier" }),
      400,
      "invalid_grant",
      50148,
    );
    const bad = await authorize({
      client_id: ECE_APP,
      response_type: "code",
      redirect_uri: "https://ece.contoso.sim.test/wrong",
      scope,
      login_hint: "support@contoso.sim.test",
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain(
      `AADSTS50011: The redirect URI &#39;https://ece.contoso.sim.test/wrong&#39; specified in the request does not match the redirect URIs configured for the application &#39;${ECE_APP}&#39;.`,
    );
  });

  it("redirects with the code in the fragment for response_mode=fragment", async () => {
    const r = await authorize({
      client_id: ECE_APP,
      response_type: "code",
      redirect_uri: ECE_REDIRECT,
      scope,
      login_hint: "sales@contoso.sim.test",
      response_mode: "fragment",
      state: "s",
    });
    expect(r.status).toBe(302);
    const location = String(r.headers.location);
    expect(location.startsWith(`${ECE_REDIRECT}#code=`)).toBe(true);
    expect(location).toContain("&state=s");
  });

  it("AADSTS7000218 when a confidential app redeems a code without a secret; public clients need none", async () => {
    const code = await codeFor("support@contoso.sim.test");
    expectEntraError(
      await token(CONTOSO, { client_id: ECE_APP, grant_type: "authorization_code", code, redirect_uri: ECE_REDIRECT }),
      400,
      "invalid_client",
      7000218,
    );
    const pub = await call(
      `/${CONTOSO}/oauth2/v2.0/authorize?${new URLSearchParams({ client_id: PUBLIC_APP, response_type: "code", redirect_uri: "http://localhost", scope, login_hint: "support@contoso.sim.test" })}`,
    );
    const pubCode = new URL(String(pub.headers.location)).searchParams.get("code") ?? "";
    const r = await token(CONTOSO, {
      client_id: PUBLIC_APP,
      grant_type: "authorization_code",
      code: pubCode,
      redirect_uri: "http://localhost",
    });
    expect(r.status).toBe(200);
    expect(decodeJwtPayload(String(r.json.access_token)).appidacr).toBe("0");
  });

  it("AADSTS50076 for an MFA user unless MFA was done at sign-in; the MFA token has amr pwd+mfa", async () => {
    const code = await codeFor("mfa@contoso.sim.test");
    const r = await redeem(code);
    expectEntraError(
      r,
      400,
      "invalid_grant",
      50076,
      "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000002-0000-0ff1-ce00-000000000000'.",
    );
    expect(r.json.suberror).toBe("basic_action");
    expect(typeof r.json.claims).toBe("string");
    const ok = await redeem(await codeFor("mfa@contoso.sim.test", { sim_mfa: "done" }));
    expect(ok.status).toBe(200);
    expect(decodeJwtPayload(String(ok.json.access_token)).amr).toEqual(["pwd", "mfa"]);
    const rt = sim.mintRefreshToken({ tenant: CONTOSO, clientId: ECE_APP, upn: "mfa@contoso.sim.test" });
    expectEntraError(
      await token(CONTOSO, {
        client_id: ECE_APP,
        client_secret: ECE_APP_SECRET,
        grant_type: "refresh_token",
        refresh_token: rt,
      }),
      400,
      "invalid_grant",
      50076,
    );
  });

  it("AADSTS700082 for an expired refresh token", async () => {
    const rt = sim.mintRefreshToken({
      tenant: CONTOSO,
      clientId: ECE_APP,
      upn: "support@contoso.sim.test",
      expired: true,
    });
    const r = await token(CONTOSO, {
      client_id: ECE_APP,
      client_secret: ECE_APP_SECRET,
      grant_type: "refresh_token",
      refresh_token: rt,
    });
    expectEntraError(
      r,
      400,
      "invalid_grant",
      700082,
      "The refresh token has expired due to inactivity. The token was issued on ",
    );
  });

  it("AADSTS65001 (unconsented app), 53003 (blocked user), 50057 (disabled user), 50126 (unknown user / bad password)", async () => {
    const ropc = (upn: string, extra: Record<string, string> = {}) =>
      token(CONTOSO, {
        client_id: PUBLIC_APP,
        grant_type: "password",
        username: upn,
        password: "sim-user-password",
        scope,
        ...extra,
      });
    const consent = await token(CONTOSO, {
      client_id: UNCONSENTED_APP,
      client_secret: "sim-unconsented-secret-value-0123456789",
      grant_type: "password",
      username: "support@contoso.sim.test",
      password: "sim-user-password",
      scope,
    });
    expectEntraError(
      consent,
      400,
      "invalid_grant",
      65001,
      `The user or administrator has not consented to use the application with ID '${UNCONSENTED_APP}' named 'ECE (no admin consent)'.`,
    );
    expect(consent.json.suberror).toBe("consent_required");
    expectEntraError(await ropc("blocked@contoso.sim.test"), 400, "invalid_grant", 53003);
    expectEntraError(
      await ropc("disabled@contoso.sim.test"),
      400,
      "invalid_grant",
      50057,
      "The user account is disabled.",
    );
    expectEntraError(
      await ropc("ghost@contoso.sim.test"),
      400,
      "invalid_grant",
      50126,
      "Error validating credentials due to invalid username or password.",
    );
    expectEntraError(await ropc("support@contoso.sim.test", { password: "wrong" }), 400, "invalid_grant", 50126);
    expectEntraError(await ropc("mfa@contoso.sim.test"), 400, "invalid_grant", 50076);
    expect((await ropc("support@contoso.sim.test")).status).toBe(200);
  });

  it("runs the device code flow: pending (70016), approval, token; 7000218 for a confidential app", async () => {
    const dc = await call(`/${CONTOSO}/oauth2/v2.0/devicecode`, { form: { client_id: PUBLIC_APP, scope } });
    expect(dc.status).toBe(200);
    expect(dc.json.verification_uri).toBe(`https://${host}/devicelogin`);
    expect(String(dc.json.message)).toContain(String(dc.json.user_code));
    const poll = () =>
      token(CONTOSO, {
        client_id: PUBLIC_APP,
        grant_type: "urn:ietf:params:oauth:grant-type:device_code",
        device_code: String(dc.json.device_code),
      });
    expectEntraError(await poll(), 400, "authorization_pending", 70016);
    const page = await call(
      `/devicelogin?${new URLSearchParams({ user_code: String(dc.json.user_code), login_hint: "sales@contoso.sim.test" })}`,
    );
    expect(page.status).toBe(200);
    const r = await poll();
    expect(r.status).toBe(200);
    expect(decodeJwtPayload(String(r.json.access_token)).upn).toBe("sales@contoso.sim.test");

    const conf = await call(`/${CONTOSO}/oauth2/v2.0/devicecode`, { form: { client_id: ECE_APP, scope } });
    expect(sim.approveDeviceCode(String(conf.json.user_code), "mfa@contoso.sim.test", { mfa: true })).toEqual({
      ok: true,
    });
    expectEntraError(
      await token(CONTOSO, {
        client_id: ECE_APP,
        grant_type: "urn:ietf:params:oauth:grant-type:device_code",
        device_code: String(conf.json.device_code),
      }),
      400,
      "invalid_client",
      7000218,
    );
  });

  it("gives Graph audience to Graph scopes and outlook.office365.com to delegated .default", async () => {
    const ropc = (s: string) =>
      token(CONTOSO, {
        client_id: PUBLIC_APP,
        grant_type: "password",
        username: "support@contoso.sim.test",
        password: "sim-user-password",
        scope: s,
      });
    const graph = decodeJwtPayload(String((await ropc("IMAP.AccessAsUser.All offline_access")).json.access_token));
    expect(graph.aud).toBe("https://graph.microsoft.com");
    expect(graph.scp).toBe("IMAP.AccessAsUser.All");
    const def = decodeJwtPayload(String((await ropc("https://outlook.office365.com/.default")).json.access_token));
    expect(def.aud).toBe("https://outlook.office365.com");
    expect(def.scp).toBe("IMAP.AccessAsUser.All POP.AccessAsUser.All SMTP.Send");
  });
});

describe("sign-in errors of the registration, the user and the authority", () => {
  const scope = "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access";
  const ropc = (upn: string, extra: Record<string, string> = {}, tenant = CONTOSO) =>
    token(tenant, {
      client_id: ECE_APP,
      client_secret: ECE_APP_SECRET,
      grant_type: "password",
      username: upn,
      password: "sim-user-password",
      scope,
      ...extra,
    });

  it("AADSTS50072 for a user who has not registered MFA, on every delegated grant", async () => {
    expectEntraError(
      await ropc("mfareg@contoso.sim.test"),
      400,
      "invalid_grant",
      50072,
      "User needs to enroll for second factor authentication",
    );
    const rt = sim.mintRefreshToken({
      tenant: CONTOSO,
      clientId: ECE_APP,
      upn: "mfareg@contoso.sim.test",
      amr: ["pwd", "mfa"],
    });
    expectEntraError(
      await token(CONTOSO, {
        client_id: ECE_APP,
        client_secret: ECE_APP_SECRET,
        grant_type: "refresh_token",
        refresh_token: rt,
      }),
      400,
      "invalid_grant",
      50072,
    );
  });

  it("AADSTS530035 when security defaults apply: the password grant only, a refresh token still works", async () => {
    expectEntraError(
      await ropc("secdefaults@contoso.sim.test"),
      400,
      "invalid_grant",
      530035,
      "Access has been blocked by security defaults. This is due to the request using legacy auth",
    );
    // Wrong password first: the credentials are checked before the policy.
    expectEntraError(await ropc("secdefaults@contoso.sim.test", { password: "wrong" }), 400, "invalid_grant", 50126);
    const rt = sim.mintRefreshToken({ tenant: CONTOSO, clientId: ECE_APP, upn: "secdefaults@contoso.sim.test" });
    expect(
      (
        await token(CONTOSO, {
          client_id: ECE_APP,
          client_secret: ECE_APP_SECRET,
          grant_type: "refresh_token",
          refresh_token: rt,
        })
      ).status,
    ).toBe(200);
  });

  it("AADSTS50020 for an account of another tenant with its right password; 50126 with a wrong one or at its own tenant's unknown user", async () => {
    expectEntraError(
      await ropc("support@fabrikam.sim.test"),
      400,
      "invalid_grant",
      50020,
      `User account 'support@fabrikam.sim.test' from identity provider 'https://sts.windows.net/${FABRIKAM}/' does not exist in tenant 'Contoso' and cannot access the application.`,
    );
    expectEntraError(await ropc("support@fabrikam.sim.test", { password: "wrong" }), 400, "invalid_grant", 50126);
    expectEntraError(await ropc("ghost@fabrikam.sim.test"), 400, "invalid_grant", 50126);
  });

  it("AADSTS50105 for a user not assigned to an app that requires assignment; the assigned user gets a token", async () => {
    const assigned = (upn: string) => ropc(upn, { client_id: ASSIGNMENT_APP, client_secret: ASSIGNMENT_APP_SECRET });
    expectEntraError(
      await assigned("sales@contoso.sim.test"),
      400,
      "invalid_grant",
      50105,
      "The signed in user isn't assigned to a role for the signed in app.",
    );
    expect((await assigned("support@contoso.sim.test")).status).toBe(200);
  });

  it("AADSTS650056 when the app does not list Exchange under its API permissions; its Graph scopes still work", async () => {
    const graphOnly = (s: string) =>
      ropc("support@contoso.sim.test", { client_id: GRAPH_ONLY_APP, client_secret: GRAPH_ONLY_APP_SECRET, scope: s });
    expectEntraError(
      await graphOnly(scope),
      400,
      "invalid_client",
      650056,
      "Misconfigured application. This could be due to one of the following: the client has not listed any permissions for 'Office 365 Exchange Online' in the requested permissions",
    );
    expect((await graphOnly("User.Read offline_access")).status).toBe(200);
  });

  it("AADSTS50194 for a single-tenant app on /common and /organizations, AADSTS90130 for any app on /consumers", async () => {
    const single = cc({ client_id: SINGLE_TENANT_APP, client_secret: SINGLE_TENANT_APP_SECRET });
    for (const authority of ["common", "organizations"]) {
      expectEntraError(
        await token(authority, single),
        400,
        "invalid_request",
        50194,
        `Application '${SINGLE_TENANT_APP}'(ECE (single tenant)) isn't configured as a multitenant application. Usage of the /common endpoint isn't supported`,
      );
    }
    expect((await token(CONTOSO, single)).status).toBe(200);
    expect((await token("common", cc())).status).toBe(200);
    expectEntraError(
      await token("consumers", cc()),
      400,
      "invalid_request",
      90130,
      "The application isn't supported over the /common or /consumers endpoints.",
    );
    const dc = await call("/consumers/oauth2/v2.0/devicecode", { form: { client_id: PUBLIC_APP, scope } });
    expectEntraError(dc, 400, "invalid_request", 90130);
  });
});
