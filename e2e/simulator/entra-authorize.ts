// Interactive sign-in (authorize): the sign-in pages, SSO, MFA and consent, answered to the redirect URI like Entra.
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { isConsented } from "./directory";
import {
  type EntraContext,
  EXCHANGE_APP_ID,
  escapeHtml,
  html,
  type Res,
  type TenantRef,
  type UserRef,
} from "./entra-context";
import { E, EntraError } from "./entra-errors";
import type { TenantScenario, UserScenario } from "./scenario";
import { accountPicker, loginForm, mfaStep } from "./sign-in-page";

/** Cookie on the login host naming the workstation's signed-in user (Windows SSO); an empty value means none. */
export const WORKSTATION_COOKIE = "sim_workstation";

function cookiesOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq <= 0) continue;
    try {
      out[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // a malformed cookie is ignored
    }
  }
  return out;
}

/** The user logged in to "the workstation" (Windows SSO), for browsers without the sim_workstation cookie. */
export type WorkstationSession = { workstation: string | null };

export function workstationOf(ctx: EntraContext, session: WorkstationSession, req: IncomingMessage): UserRef | null {
  const { directory } = ctx;
  const cookie = cookiesOf(req)[WORKSTATION_COOKIE];
  const upn = cookie !== undefined ? cookie : session.workstation;
  if (!upn) return null;
  const found = directory.userAnywhere(upn);
  return found ? { tenant: found.tenant, user: found.user } : null;
}

export function isFederated(ctx: EntraContext, upn: string | null | undefined): boolean {
  const { directory } = ctx;
  const domain = upn?.split("@")[1];
  return domain ? directory.tenantOfDomain(domain)?.federated === true : false;
}

export function authorize(
  ctx: EntraContext,
  session: WorkstationSession,
  req: IncomingMessage,
  res: Res,
  host: string,
  ref: TenantRef,
  url: URL,
  correlationId: string,
  form: URLSearchParams | null,
): void {
  const { accessError, appFor, directory, errorBody, foreignAccount, scopesOf, seal, send, unseal } = ctx;
  // A posted sign-in step carries the original request in "q".
  const q = form ? new URLSearchParams(form.get("q") ?? "") : url.searchParams;
  const clientId = q.get("client_id");
  if (!clientId) throw E.missingParam("client_id");
  const { app } = appFor(ref, clientId);
  const redirectUri = q.get("redirect_uri");
  if (!redirectUri) throw E.missingParam("redirect_uri");
  const spa = (app.spaRedirectUris ?? []).includes(redirectUri);
  if (!spa && !(app.redirectUris ?? []).includes(redirectUri)) throw E.redirectMismatch(redirectUri, app.clientId);

  const responseMode = q.get("response_mode") ?? "query";
  const redirectWith = (params: Record<string, string>): void => {
    const state = q.get("state");
    if (state !== null) params.state = state;
    const encoded = new URLSearchParams(params).toString();
    if (responseMode === "form_post") {
      const inputs = Object.entries(params)
        .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
        .join("");
      send(
        res,
        200,
        html(
          "Working...",
          `<form method="POST" name="hiddenform" action="${escapeHtml(redirectUri)}">${inputs}<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit"></noscript></form><script>document.forms[0].submit()</script>`,
        ),
      );
      return;
    }
    const location =
      responseMode === "fragment"
        ? `${redirectUri}#${encoded}`
        : `${redirectUri}${redirectUri.includes("?") ? "&" : "?"}${encoded}`;
    res.writeHead(302, {
      Location: location,
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "no-store, no-cache",
    });
    res.end();
  };
  const redirectError = (e: EntraError): void => {
    const body = errorBody(e, host, correlationId);
    redirectWith({ error: body.error, error_description: body.error_description, error_uri: body.error_uri });
  };

  if (!(q.get("response_type") ?? "").split(" ").includes("code")) {
    redirectError(
      new EntraError(
        400,
        "unsupported_response_type",
        70005,
        "The application requested an unsupported response type.",
      ),
    ); // assumption: code
    return;
  }
  const challenge = q.get("code_challenge");
  const method = q.get("code_challenge_method") ?? (challenge ? "plain" : null);
  if (challenge && method !== "S256" && method !== "plain") {
    redirectError(new EntraError(400, "invalid_request", 50148, "The code_challenge_method is not supported.")); // assumption: text
    return;
  }

  const issueCode = (tenant: TenantScenario, user: UserScenario, amr: string[]): void => {
    const now = Math.floor(Date.now() / 1000);
    const code = seal("code", {
      t: "code",
      jti: randomUUID(),
      tid: tenant.id,
      cid: app.clientId,
      upn: user.upn,
      redirectUri,
      scopes: scopesOf(q.get("scope")),
      challenge: challenge ?? undefined,
      method: method ?? undefined,
      nonce: q.get("nonce") ?? undefined,
      amr,
      spa,
      exp: now + 600,
    });
    const params: Record<string, string> = { code };
    if (q.get("client_info") === "1") {
      params.client_info = Buffer.from(
        JSON.stringify({ uid: directory.userOid(tenant, user), utid: tenant.id }),
      ).toString("base64url");
    }
    params.session_state = randomUUID();
    redirectWith(params);
  };

  const pageContext = { action: url.pathname, query: q.toString(), appName: app.displayName };
  const loginHint = q.get("login_hint");
  const prompt = (q.get("prompt") ?? "").toLowerCase();
  const tenantFor = (upn: string): TenantScenario | undefined =>
    ref.kind === "tenant" ? ref.tenant : directory.tenantOfDomain(upn.split("@")[1] ?? "")?.tenant;

  // The end of every interactive sign-in: the answers Entra gives at the sign-in page itself, returned to the
  // redirect URI like Entra does (assumption: error names; research §3.2 leaves them open).
  const complete = (tenant: TenantScenario, user: UserScenario, amr: string[]): void => {
    if (user.disabled) return redirectError(E.disabled());
    if (user.blockedByConditionalAccess || app.blockedByConditionalAccess) {
      return redirectError(new EntraError(400, "access_denied", 53003, E.blocked().text));
    }
    if (!isConsented(app)) return redirectError(new EntraError(400, "consent_required", 65001, E.consent(app).text));
    const refused = accessError(tenant, app, user, scopesOf(q.get("scope")));
    if (refused) return redirectError(refused);
    if (user.mfaRequired && !amr.includes("mfa")) {
      const ticket = seal("mfa", {
        t: "mfa",
        tid: tenant.id,
        upn: user.upn,
        amr,
        exp: Math.floor(Date.now() / 1000) + 600,
      });
      return send(res, 200, mfaStep(pageContext, user.upn, ticket));
    }
    issueCode(tenant, user, amr);
  };

  const signInWithPassword = (username: string, password: string): void => {
    const tenant = tenantFor(username);
    const user = tenant ? directory.user(tenant, username) : undefined;
    const foreign = tenant && !user ? foreignAccount(tenant, username, password) : null;
    if (foreign) throw foreign;
    if (!tenant || !user || user.password === undefined || user.password !== password) {
      return send(res, 200, loginForm(pageContext, { username, error: `AADSTS50126: ${E.badCredentials().text}` }));
    }
    complete(tenant, user, ["pwd"]);
  };

  const ws = workstationOf(ctx, session, req);
  // Windows integrated authentication: the workstation's Kerberos ticket signs its user in (amr "wia").
  const signInWorkstation = (): void => {
    if (ws) complete(ws.tenant, ws.user, ["wia"]);
  };

  if (form) {
    const action = form.get("action");
    if (action === "password") return signInWithPassword(form.get("username") ?? "", form.get("password") ?? "");
    if (action === "another") return send(res, 200, loginForm(pageContext));
    if (action === "pick") {
      const account = form.get("account") ?? "";
      if (ws && ws.user.upn.toLowerCase() === account.toLowerCase()) return signInWorkstation();
      return send(res, 200, loginForm(pageContext, { username: account }));
    }
    if (action === "mfa-approve" || action === "mfa-decline") {
      const ticket = unseal("mfa", form.get("ticket") ?? "");
      const tenant = ticket ? directory.tenant(String(ticket.tid)) : undefined;
      const user = tenant && ticket ? directory.user(tenant, String(ticket.upn)) : undefined;
      if (!ticket || ticket.exp < Math.floor(Date.now() / 1000) || !tenant || !user)
        return send(res, 200, loginForm(pageContext));
      if (action === "mfa-decline") return redirectError(E.mfa(EXCHANGE_APP_ID));
      return complete(tenant, user, [...(ticket.amr as string[]), "mfa"]);
    }
    return send(res, 200, loginForm(pageContext));
  }

  // research §3.4: a federated IdP (AD FS with Windows integrated auth) ignores login_hint and prompt and signs in
  // whoever is logged in to the workstation.
  if (ws && isFederated(ctx, loginHint ?? ws.user.upn)) return signInWorkstation();
  // Seamless SSO (research §3.2 81012, §3.4): a silent sign-in cannot ask which account to use, so a login_hint naming
  // someone other than the workstation user is refused instead of swapped for the workstation user.
  if (ws && prompt === "none" && loginHint && loginHint.toLowerCase() !== ws.user.upn.toLowerCase())
    return redirectError(E.ssoMismatch());
  if (prompt === "login") return send(res, 200, loginForm(pageContext, { username: loginHint ?? "" }));
  if (prompt === "select_account") {
    const accounts = [
      ...(ws ? [{ upn: ws.user.upn, signedIn: true }] : []),
      ...(loginHint && loginHint.toLowerCase() !== ws?.user.upn.toLowerCase()
        ? [{ upn: loginHint, signedIn: false }]
        : []),
    ];
    return send(res, 200, accountPicker(pageContext, accounts));
  }
  // The SSO trap: with a workstation session and no prompt, Seamless SSO signs in the workstation user silently.
  if (ws) return signInWorkstation();
  if (prompt === "none")
    return redirectError(
      new EntraError(400, "login_required", 50058, "A silent sign-in request was sent but no user is signed in."),
    );
  if (!loginHint) return send(res, 200, loginForm(pageContext));
  // assumption: without a session the stand-in sign-in takes the login_hint account without a password (federated ones
  // too) and shows AADSTS50126 for an account that does not exist; disabled/blocked/MFA/consent are judged at the token
  // endpoint. sim_mfa=done records that MFA was done at sign-in.
  const tenant = tenantFor(loginHint);
  const user = tenant ? directory.user(tenant, loginHint) : undefined;
  if (!tenant || !user) throw (tenant ? foreignAccount(tenant, loginHint) : null) ?? E.badCredentials();
  issueCode(tenant, user, q.get("sim_mfa") === "done" ? ["pwd", "mfa"] : ["pwd"]);
}
