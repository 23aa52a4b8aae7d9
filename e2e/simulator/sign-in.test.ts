// The simulated sign-in page: the SSO trap (a workstation session signs in its user unless prompt forces a choice),
// prompt=login and select_account, federated domains, and the consent, MFA and Conditional Access answers returned to
// the redirect URI like Entra (research §3.2, §3.4).
import { request } from "node:https";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ASSIGNMENT_APP,
  CA_BLOCKED_APP,
  CONTOSO,
  ECE_APP,
  FABRIKAM,
  FABRIKAM_APP,
  GRAPH_ONLY_APP,
  SINGLE_TENANT_APP,
  startTestSimulator,
  UNCONSENTED_APP,
} from "./test-support";
import { decodeJwtPayload } from "./tokens";

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;
let sim: Sim;

beforeAll(async () => {
  sim = await startTestSimulator(19700);
}, 20_000);
afterAll(async () => {
  await sim.cleanup();
});

const SPA_REDIRECT = "http://127.0.0.1:3100/auth/redirect";
const FABRIKAM_SPA_REDIRECT = SPA_REDIRECT;
const scope =
  "https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/SMTP.Send offline_access openid profile";

type Reply = { status: number; location: string; text: string };

function call(path: string, opts: { form?: Record<string, string>; cookie?: string } = {}): Promise<Reply> {
  const body = opts.form ? new URLSearchParams(opts.form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: sim.ports.entra,
        servername: "login.sim.test",
        ca: sim.caCertPem,
        path,
        method: body === undefined ? "GET" : "POST",
        headers: {
          Host: sim.loginHost,
          ...(opts.cookie ? { Cookie: opts.cookie } : {}),
          ...(body === undefined
            ? {}
            : {
                "Content-Type": "application/x-www-form-urlencoded",
                "Content-Length": String(Buffer.byteLength(body)),
              }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            location: String(res.headers.location ?? ""),
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

const authorizeQuery = (params: Record<string, string>) =>
  new URLSearchParams({
    client_id: ECE_APP,
    response_type: "code",
    redirect_uri: SPA_REDIRECT,
    scope,
    state: "st",
    response_mode: "fragment",
    ...params,
  }).toString();
const authorizePath = (tenant = CONTOSO) => `/${tenant}/oauth2/v2.0/authorize`;
const authorize = (params: Record<string, string>, cookie?: string, tenant = CONTOSO) =>
  call(`${authorizePath(tenant)}?${authorizeQuery(params)}`, cookie ? { cookie } : {});
const post = (params: Record<string, string>, form: Record<string, string>, cookie?: string, tenant = CONTOSO) =>
  call(authorizePath(tenant), { form: { q: authorizeQuery(params), ...form }, ...(cookie ? { cookie } : {}) });

function fragment(reply: Reply): URLSearchParams {
  expect(reply.status).toBe(302);
  expect(reply.location.startsWith(`${SPA_REDIRECT}#`)).toBe(true);
  return new URLSearchParams(reply.location.split("#")[1]);
}

async function redeem(reply: Reply, tenant = CONTOSO, clientId = ECE_APP): Promise<Record<string, unknown>> {
  const params = fragment(reply);
  expect(params.get("state")).toBe("st");
  const code = params.get("code");
  expect(code).toBeTruthy();
  const token = await new Promise<string>((resolve, reject) => {
    const body = new URLSearchParams({
      client_id: clientId,
      grant_type: "authorization_code",
      code: code ?? "",
      redirect_uri: SPA_REDIRECT,
    }).toString();
    const req = request(
      {
        host: "127.0.0.1",
        port: sim.ports.entra,
        servername: "login.sim.test",
        ca: sim.caCertPem,
        path: `/${tenant}/oauth2/v2.0/token`,
        method: "POST",
        headers: {
          Host: sim.loginHost,
          Origin: "http://127.0.0.1:3100",
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Length": String(Buffer.byteLength(body)),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
  return decodeJwtPayload(String((JSON.parse(token) as { access_token?: string }).access_token));
}

const workstation = "sim_workstation=admin%40contoso.sim.test";

describe("the SSO trap", () => {
  it("signs in the workstation user silently when no prompt is sent, whatever login_hint says", async () => {
    const claims = await redeem(await authorize({ login_hint: "support@contoso.sim.test" }, workstation));
    expect(claims.upn).toBe("admin@contoso.sim.test");
    expect(claims.amr).toEqual(["wia"]);
  });

  it("prompt=login asks for the account: the login_hint account signs in with its password", async () => {
    const page = await authorize({ login_hint: "support@contoso.sim.test", prompt: "login" }, workstation);
    expect(page.status).toBe(200);
    expect(page.text).toContain('id="username"');
    expect(page.text).toContain('value="support@contoso.sim.test"');
    expect(page.text).not.toContain("<script");
    const wrong = await post(
      { login_hint: "support@contoso.sim.test", prompt: "login" },
      { action: "password", username: "support@contoso.sim.test", password: "nope" },
      workstation,
    );
    expect(wrong.status).toBe(200);
    expect(wrong.text).toContain("AADSTS50126");
    const claims = await redeem(
      await post(
        { prompt: "login" },
        { action: "password", username: "support@contoso.sim.test", password: "sim-user-password" },
        workstation,
      ),
    );
    expect(claims.upn).toBe("support@contoso.sim.test");
    expect(claims.amr).toEqual(["pwd"]);
  });

  it("prompt=select_account lists the workstation account and the hinted one; picking the workstation account needs no password", async () => {
    const page = await authorize({ login_hint: "support@contoso.sim.test", prompt: "select_account" }, workstation);
    expect(page.text).toContain('data-account="admin@contoso.sim.test"');
    expect(page.text).toContain('data-account="support@contoso.sim.test"');
    expect(page.text).toContain("Use another account");
    const picked = await post(
      { prompt: "select_account" },
      { action: "pick", account: "admin@contoso.sim.test" },
      workstation,
    );
    expect((await redeem(picked)).upn).toBe("admin@contoso.sim.test");
    const other = await post(
      { prompt: "select_account" },
      { action: "pick", account: "support@contoso.sim.test" },
      workstation,
    );
    expect(other.status).toBe(200);
    expect(other.text).toContain('id="password"');
  });

  it("a workstation set through POST /sim/workstation applies to requests without the cookie; an empty cookie means none", async () => {
    expect((await call("/sim/workstation", { form: { upn: "admin@contoso.sim.test" } })).text).toContain(
      "admin@contoso.sim.test",
    );
    try {
      expect((await redeem(await authorize({ login_hint: "support@contoso.sim.test" }))).upn).toBe(
        "admin@contoso.sim.test",
      );
      expect((await redeem(await authorize({ login_hint: "support@contoso.sim.test" }, "sim_workstation="))).upn).toBe(
        "support@contoso.sim.test",
      );
    } finally {
      await call("/sim/workstation", { form: { upn: "" } });
    }
    expect((await redeem(await authorize({ login_hint: "sales@contoso.sim.test" }))).upn).toBe(
      "sales@contoso.sim.test",
    );
  });

  it("a federated domain ignores login_hint and prompt and signs in the workstation user", async () => {
    const claims = await redeem(
      await authorize(
        {
          client_id: FABRIKAM_APP,
          login_hint: "support@fabrikam.sim.test",
          prompt: "login",
          redirect_uri: FABRIKAM_SPA_REDIRECT,
        },
        "sim_workstation=admin%40fabrikam.sim.test",
        FABRIKAM,
      ),
      FABRIKAM,
      FABRIKAM_APP,
    );
    expect(claims.upn).toBe("admin@fabrikam.sim.test");
  });

  it("without a session and without login_hint, the login form is shown; prompt=none answers login_required", async () => {
    const page = await authorize({});
    expect(page.status).toBe(200);
    expect(page.text).toContain('id="password"');
    const none = fragment(await authorize({ prompt: "none" }));
    expect(none.get("error")).toBe("login_required");
    expect(none.get("error_description")).toMatch(/^AADSTS50058: /);
  });
});

describe("answers at the sign-in page", () => {
  const signIn = (upn: string, params: Record<string, string> = {}) =>
    post({ prompt: "login", ...params }, { action: "password", username: upn, password: "sim-user-password" });

  it("MFA: the page asks for it; declining returns AADSTS50076, approving gives a token with amr pwd+mfa", async () => {
    const step = await signIn("mfa@contoso.sim.test");
    expect(step.status).toBe(200);
    expect(step.text).toContain('id="mfa-approve"');
    const ticket = /name="ticket" value="([^"]+)"/.exec(step.text)?.[1] ?? "";
    const declined = fragment(await post({ prompt: "login" }, { action: "mfa-decline", ticket }));
    expect(declined.get("error")).toBe("invalid_grant");
    expect(declined.get("error_description")).toMatch(/^AADSTS50076: Due to a configuration change/);
    const claims = await redeem(await post({ prompt: "login" }, { action: "mfa-approve", ticket }));
    expect(claims.upn).toBe("mfa@contoso.sim.test");
    expect(claims.amr).toEqual(["pwd", "mfa"]);
  });

  it("Conditional Access (AADSTS53003) for a blocked user or app, consent (AADSTS65001) for an unconsented app", async () => {
    const blocked = fragment(await signIn("blocked@contoso.sim.test"));
    expect(blocked.get("error")).toBe("access_denied");
    expect(blocked.get("error_description")).toMatch(
      /^AADSTS53003: Access has been blocked by Conditional Access policies\./,
    );
    expect(
      fragment(await signIn("support@contoso.sim.test", { client_id: CA_BLOCKED_APP })).get("error_description"),
    ).toMatch(/^AADSTS53003/);
    const consent = fragment(await signIn("support@contoso.sim.test", { client_id: UNCONSENTED_APP }));
    expect(consent.get("error")).toBe("consent_required");
    expect(consent.get("error_description")).toMatch(
      new RegExp(
        `^AADSTS65001: The user or administrator has not consented to use the application with ID '${UNCONSENTED_APP}'`,
      ),
    );
    expect(consent.get("state")).toBe("st");
  });

  it("refuses a redirect URI that is not registered for the app (AADSTS50011 page)", async () => {
    const page = await authorize({
      redirect_uri: "http://127.0.0.1:3999/auth/redirect",
      login_hint: "support@contoso.sim.test",
    });
    expect(page.status).toBe(400);
    expect(page.text).toContain("AADSTS50011");
  });
});

describe("sign-in errors of the registration, the user and the authority", () => {
  const signIn = (upn: string, params: Record<string, string> = {}) =>
    post({ prompt: "login", ...params }, { action: "password", username: upn, password: "sim-user-password" });

  it("prompt=none with a workstation session and a login_hint for another user answers AADSTS81012; the session's own user signs in", async () => {
    const mismatch = fragment(await authorize({ prompt: "none", login_hint: "support@contoso.sim.test" }, workstation));
    expect(mismatch.get("error")).toBe("interaction_required");
    expect(mismatch.get("error_description")).toMatch(
      /^AADSTS81012: The user trying to sign in to Microsoft Entra ID is different from the user signed into the device\./,
    );
    expect(mismatch.get("state")).toBe("st");
    expect(
      (await redeem(await authorize({ prompt: "none", login_hint: "ADMIN@contoso.sim.test" }, workstation))).upn,
    ).toBe("admin@contoso.sim.test");
    // Without prompt=none the SSO trap stays silent: the workstation user is signed in whatever the hint says.
    expect((await redeem(await authorize({ login_hint: "support@contoso.sim.test" }, workstation))).upn).toBe(
      "admin@contoso.sim.test",
    );
  });

  it("an account of another tenant gets the AADSTS50020 page, with the login form and with login_hint alone", async () => {
    const form = await signIn("support@fabrikam.sim.test");
    expect(form.status).toBe(400);
    expect(form.text).toContain(
      `AADSTS50020: User account &#39;support@fabrikam.sim.test&#39; from identity provider &#39;https://sts.windows.net/${FABRIKAM}/&#39; does not exist in tenant &#39;Contoso&#39;`,
    );
    const hinted = await authorize({ login_hint: "support@fabrikam.sim.test" });
    expect(hinted.status).toBe(400);
    expect(hinted.text).toContain("AADSTS50020");
  });

  it("MFA not registered (AADSTS50072), user not assigned (AADSTS50105) and Exchange permission missing (AADSTS650056) are returned to the redirect URI", async () => {
    expect(fragment(await signIn("mfareg@contoso.sim.test")).get("error_description")).toMatch(
      /^AADSTS50072: User needs to enroll for second factor authentication/,
    );
    expect(
      fragment(await signIn("sales@contoso.sim.test", { client_id: ASSIGNMENT_APP })).get("error_description"),
    ).toMatch(/^AADSTS50105: /);
    expect(fragment(await signIn("support@contoso.sim.test", { client_id: ASSIGNMENT_APP })).get("code")).toBeTruthy();
    const permission = fragment(await signIn("support@contoso.sim.test", { client_id: GRAPH_ONLY_APP }));
    expect(permission.get("error")).toBe("invalid_client");
    expect(permission.get("error_description")).toMatch(
      /^AADSTS650056: Misconfigured application\. [\s\S]*'Office 365 Exchange Online'/,
    );
  });

  it("a single-tenant app on /common gets the AADSTS50194 page, any app on /consumers the AADSTS90130 page", async () => {
    const common = await authorize(
      { client_id: SINGLE_TENANT_APP, login_hint: "support@contoso.sim.test" },
      undefined,
      "common",
    );
    expect(common.status).toBe(400);
    expect(common.text).toContain(
      `AADSTS50194: Application &#39;${SINGLE_TENANT_APP}&#39;(ECE (single tenant)) isn&#39;t configured as a multitenant application.`,
    );
    expect(
      fragment(await authorize({ client_id: SINGLE_TENANT_APP, login_hint: "support@contoso.sim.test" })).get("code"),
    ).toBeTruthy();
    const consumers = await authorize({ login_hint: "support@contoso.sim.test" }, undefined, "consumers");
    expect(consumers.status).toBe(400);
    expect(consumers.text).toContain(
      "AADSTS90130: The application isn&#39;t supported over the /common or /consumers endpoints.",
    );
  });
});
