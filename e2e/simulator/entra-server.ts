// Entra ID (login.microsoftonline.com) look-alike over HTTPS: discovery, JWKS, getuserrealm, authorize, device code and
// the v2.0 token endpoint with Entra-shaped errors (research §3, feasibility §4). CORS "*" on every answer.
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:https";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { TlsOptions } from "node:tls";
import { type Directory, isConsented } from "./directory";
import { E, EntraError, type EntraErrorBody, entraTimestamp } from "./entra-errors";
import type { Logger, SocketRegistry } from "./line-conn";
import { tokenJwk, type Pki } from "./pki";
import type { AppScenario, TenantScenario, UserScenario } from "./scenario";
import { accountPicker, loginForm, mfaStep } from "./sign-in-page";
import {
  DEFAULT_APP_ROLES,
  DEFAULT_DELEGATED_SCOPES,
  GRAPH_AUDIENCE,
  OUTLOOK_APP_AUDIENCE,
  OUTLOOK_DELEGATED_AUDIENCE,
  type MintTokenOptions,
  type TokenService,
} from "./tokens";

const OIDC_SCOPES = ["openid", "profile", "email", "offline_access"];
const EXCHANGE_APP_ID = "00000002-0000-0ff1-ce00-000000000000";
const GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
const REFRESH_TOKEN_DAYS = 90;
const SPA_REFRESH_TOKEN_HOURS = 24;
/** Cookie on the login host naming the workstation's signed-in user (Windows SSO); an empty value means none. */
export const WORKSTATION_COOKIE = "sim_workstation";

type UserRef = { tenant: TenantScenario; user: UserScenario };

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

export { type EntraErrorBody, entraTimestamp } from "./entra-errors";

type Sealed = Record<string, unknown> & { t: string; exp: number };

type DeviceEntry = {
  deviceCode: string;
  userCode: string;
  tenantId: string | null;
  clientId: string;
  scopes: string[];
  expiresAt: number;
  approved: { upn: string; tenantId: string; amr: string[] } | null;
};

export type DeviceApproval = { ok: true } | { ok: false; error: string };

export type MintRefreshTokenOptions = {
  tenant?: string;
  clientId?: string;
  upn?: string;
  /** Scopes the refresh token was granted for (full form); default the three Outlook protocol scopes + offline_access. */
  scopes?: string[];
  amr?: string[];
  /** Already expired through inactivity (AADSTS700082 on use). */
  expired?: boolean;
  /** Issued to a single-page app (redeemable only cross-origin). */
  spa?: boolean;
};

export type EntraServer = {
  server: Server;
  approveDeviceCode(userCode: string, upn: string, opts?: { mfa?: boolean }): DeviceApproval;
  mintRefreshToken(options?: MintRefreshTokenOptions): string;
};

export type EntraDeps = {
  directory: Directory;
  tokens: TokenService;
  pki: Pki;
  registry: SocketRegistry;
  log: Logger;
  /** "login.sim.test:<port>" */
  loginHost: string;
  port: number;
  tls: TlsOptions;
  /** Another national cloud's directory: its tenants get AADSTS90038 here instead of AADSTS90002 (a second cloud). */
  foreignCloud?: { directory: Directory; name: string };
};

type Res = ServerResponse;

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function html(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

function shortResourceName(resource: string): "outlook" | "graph" | null {
  const r = resource.toLowerCase().replace(/\/+$/, "");
  if (["https://outlook.office.com", "https://outlook.office365.com", "https://ps.outlook.com", EXCHANGE_APP_ID].includes(r)) return "outlook";
  if (["https://graph.microsoft.com", GRAPH_APP_ID].includes(r)) return "graph";
  return null;
}

export function createEntraServer(deps: EntraDeps): EntraServer {
  const { directory, tokens, pki, log } = deps;
  const grantKey = createHash("sha256").update(pki.tokenSigning.keyPem).update("sim-grants").digest();
  const redeemedCodes = new Set<string>();
  let workstation: string | null = null;
  const devices = new Map<string, DeviceEntry>();

  const seal = (prefix: string, payload: Sealed): string => {
    const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
    const mac = createHmac("sha256", grantKey).update(`${prefix}.${body}`).digest("base64url");
    return `${prefix}.${body}.${mac}`;
  };
  const unseal = (prefix: string, value: string): Sealed | null => {
    const [p, body, mac] = value.split(".");
    if (p !== prefix || !body || !mac) return null;
    const expected = createHmac("sha256", grantKey).update(`${prefix}.${body}`).digest();
    const got = Buffer.from(mac, "base64url");
    if (got.length !== expected.length || !timingSafeEqual(got, expected)) return null;
    try {
      const payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Sealed;
      return payload.t === prefix ? payload : null;
    } catch {
      return null;
    }
  };

  const hostOf = (req: IncomingMessage): string => {
    const h = (req.headers.host ?? "").toLowerCase();
    const name = deps.loginHost.split(":")[0]?.replace(/\./g, "\\.") ?? "";
    const ok = new RegExp(`^(${name}|127\\.0\\.0\\.1|localhost):${deps.port}$`);
    return ok.test(h) ? h : deps.loginHost;
  };

  const correlationOf = (req: IncomingMessage, url: URL): string => {
    const c = url.searchParams.get("client-request-id") ?? req.headers["client-request-id"];
    const v = Array.isArray(c) ? c[0] : c;
    return v && /^[0-9a-f-]{36}$/i.test(v) ? v : randomUUID();
  };

  const send = (res: Res, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    res.writeHead(status, {
      "Content-Type": typeof body === "string" ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
      "Cache-Control": "no-store, no-cache",
      Pragma: "no-cache",
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Expose-Headers": "*",
      ...headers,
    });
    res.end(text);
  };

  const errorBody = (e: EntraError, host: string, correlationId: string): EntraErrorBody => {
    const traceId = randomUUID();
    const ts = entraTimestamp();
    const body: EntraErrorBody = {
      error: e.error,
      error_description: `AADSTS${e.code}: ${e.text}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${ts}`,
      error_codes: [e.code],
      timestamp: ts,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://${host}/error?code=${e.code}`,
    };
    if (e.extra.suberror) body.suberror = e.extra.suberror;
    if (e.extra.claims) body.claims = e.extra.claims;
    return body;
  };

  const errorPage = (res: Res, e: EntraError, correlationId: string): void => {
    const ts = entraTimestamp();
    send(
      res,
      e.status === 401 ? 400 : e.status,
      html(
        "Sign in to your account",
        `<p id="error">AADSTS${e.code}: ${escapeHtml(e.text)}</p><p>Request Id: ${randomUUID()}<br>Correlation Id: ${correlationId}<br>Timestamp: ${ts}<br>Message: AADSTS${e.code}</p>`,
      ),
    );
  };

  // Entra knows every cloud's tenants: one that lives in another national cloud is sent there (research §3.2, §5).
  const unknownTenant = (segment: string): EntraError =>
    deps.foreignCloud?.directory.tenant(segment) ? E.otherCloud(segment, deps.foreignCloud.name) : E.tenantNotFound(segment);

  type TenantRef = { kind: "tenant"; tenant: TenantScenario; segment: string } | { kind: "multi"; segment: string };
  const resolveTenant = (segment: string): TenantRef | null => {
    const s = segment.toLowerCase();
    if (s === "common" || s === "organizations" || s === "consumers") return { kind: "multi", segment: s };
    const tenant = directory.tenant(segment);
    return tenant ? { kind: "tenant", tenant, segment } : null;
  };

  // The multi-tenant authorities an app may not use (research §3.2). Every simulated app is for work accounts, so
  // /consumers (personal accounts) is refused for all of them (assumption: with 90130, the code whose fix is "use
  // /organizations or /{tenant}"); a single-tenant app is refused on /common and /organizations (assumption: on
  // /organizations too, since it is as multi-tenant as /common).
  // The app a request names: in the URL's tenant, or on /common and /organizations in its own tenant (assumption: no
  // app is consented in another tenant); refused the way Entra refuses that authority for it.
  const appFor = (ref: TenantRef, clientId: string): { tenant: TenantScenario; app: AppScenario } => {
    const inTenant = ref.kind === "tenant" ? directory.app(ref.tenant, clientId) : undefined;
    const found = ref.kind === "tenant" ? (inTenant ? { tenant: ref.tenant, app: inTenant } : undefined) : directory.appAnywhere(clientId);
    if (!found) throw E.appNotFound(clientId, ref.kind === "tenant" ? ref.tenant.displayName : ref.segment);
    const refused = authorityError(ref, found.app);
    if (refused) throw refused;
    return found;
  };

  const authorityError = (ref: TenantRef, app: AppScenario): EntraError | null => {
    if (ref.kind !== "multi") return null;
    if (ref.segment === "consumers") return E.consumersNotSupported();
    return app.singleTenant === true ? E.notMultitenant(app) : null;
  };

  const openidConfiguration = (host: string, ref: TenantRef): Record<string, unknown> => {
    const base = `https://${host}`;
    const t = ref.kind === "tenant" ? ref.tenant.id : ref.segment;
    const issuerTenant = ref.kind === "tenant" ? ref.tenant.id : "{tenantid}";
    return {
      token_endpoint: `${base}/${t}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ["client_secret_post", "private_key_jwt", "client_secret_basic"],
      jwks_uri: `${base}/${t}/discovery/v2.0/keys`,
      response_modes_supported: ["query", "fragment", "form_post"],
      subject_types_supported: ["pairwise"],
      id_token_signing_alg_values_supported: ["RS256"],
      response_types_supported: ["code", "id_token", "code id_token", "id_token token"],
      scopes_supported: ["openid", "profile", "email", "offline_access"],
      issuer: `${base}/${issuerTenant}/v2.0`,
      request_uri_parameter_supported: false,
      authorization_endpoint: `${base}/${t}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/${t}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${base}/${t}/oauth2/v2.0/logout`,
      claims_supported: ["sub", "iss", "aud", "exp", "iat", "auth_time", "acr", "nonce", "preferred_username", "name", "tid", "ver", "at_hash", "c_hash", "email"],
      tenant_region_scope: ref.kind === "tenant" ? "NA" : null, // assumption: every simulated tenant is in NA
      cloud_instance_name: "microsoftonline.com",
      cloud_graph_host_name: "graph.windows.net",
      msgraph_host: "graph.microsoft.com",
      rbac_url: "https://pas.windows.net",
    };
  };

  // ---------- token issuing ----------

  type Resolved = { audience: string; shortScopes: string[]; responseScopes: string[]; resourceAppId: string };

  const resolveDelegatedScopes = (requested: string[], tenant: TenantScenario): Resolved => {
    const resources = new Map<string, string[]>();
    for (const s of requested) {
      if (OIDC_SCOPES.includes(s.toLowerCase())) continue;
      const slash = s.lastIndexOf("/");
      const resource = slash > 0 ? s.slice(0, slash) : "https://graph.microsoft.com"; // bare names are Graph's
      const name = slash > 0 ? s.slice(slash + 1) : s;
      const kind = shortResourceName(resource);
      if (!kind) throw E.unknownResource(resource, tenant.displayName);
      resources.set(kind, [...(resources.get(kind) ?? []), name]);
    }
    if (resources.size > 1) throw E.multipleResources();
    const oidc = requested.filter((s) => OIDC_SCOPES.includes(s.toLowerCase()));
    const [kind, names] = [...resources.entries()][0] ?? ["graph", ["User.Read"]];
    if (kind === "outlook") {
      const isDefault = names.includes(".default");
      const audience = isDefault ? OUTLOOK_APP_AUDIENCE : OUTLOOK_DELEGATED_AUDIENCE;
      // assumption: ".default" grants the three protocol scopes (what the ECE app is consented to)
      const shortScopes = isDefault ? DEFAULT_DELEGATED_SCOPES : names;
      return { audience, shortScopes, responseScopes: [...shortScopes.map((n) => `${audience}/${n}`), ...oidc], resourceAppId: EXCHANGE_APP_ID };
    }
    const shortScopes = names.includes(".default") ? ["User.Read"] : names;
    return { audience: GRAPH_AUDIENCE, shortScopes, responseScopes: [...shortScopes.map((n) => `${GRAPH_AUDIENCE}/${n}`), ...oidc], resourceAppId: GRAPH_APP_ID };
  };

  // Refusals that depend on the app's registration and on who signed in, judged once the user is known, at the token
  // endpoint and on the sign-in page alike (research §3.2).
  const accessError = (tenant: TenantScenario, app: AppScenario, user: UserScenario, scopes: string[]): EntraError | null => {
    if (user.mfaRegistrationRequired) return E.mfaRegistration();
    const upn = user.upn.toLowerCase();
    if (app.assignedUsers && !app.assignedUsers.some((assigned) => assigned.toLowerCase() === upn)) return E.notAssigned();
    if (!app.apiPermissions) return null;
    const outlook = resolveDelegatedScopes(scopes, tenant).resourceAppId === EXCHANGE_APP_ID;
    if (app.apiPermissions.includes(outlook ? "outlook" : "graph")) return null;
    return E.permissionMissing(outlook ? "Office 365 Exchange Online" : "Microsoft Graph");
  };

  // The simulator has no guests, so an account of another tenant cannot sign in at this one (research §3.2, 50020). Its
  // own password is checked first, as its home tenant would; undefined means the stand-in sign-in, which asks none.
  const foreignAccount = (tenant: TenantScenario, upn: string, password?: string): EntraError | null => {
    const home = directory.userAnywhere(upn);
    if (!home || home.tenant.id === tenant.id) return null;
    if (password !== undefined && home.user.password !== password) return null;
    return E.notInTenant(home.user.upn, home.tenant.id, tenant.displayName);
  };

  type DelegatedGrant = {
    host: string;
    tenant: TenantScenario;
    app: AppScenario;
    user: UserScenario;
    scopes: string[];
    amr: string[];
    clientAuth: "secret" | "none";
    spa: boolean;
    nonce?: string;
    clientInfo: boolean;
  };

  const issueDelegated = (g: DelegatedGrant): Record<string, unknown> => {
    const { tenant, app, user } = g;
    if (user.disabled) throw E.disabled();
    if (user.blockedByConditionalAccess || app.blockedByConditionalAccess) throw E.blocked();
    if (!isConsented(app)) throw E.consent(app);
    const refused = accessError(tenant, app, user, g.scopes);
    if (refused) throw refused;
    const resolved = resolveDelegatedScopes(g.scopes, tenant);
    // assumption: MFA is enforced on every delegated grant (code, refresh, device, password) unless the grant records
    // that MFA was done at sign-in (authorize or /devicelogin with sim_mfa=done); the resource in the text is its app id.
    if (user.mfaRequired && !g.amr.includes("mfa")) throw E.mfa(resolved.resourceAppId);
    const lifetime = tokens.lifetimeSeconds();
    const access = tokens.sign(
      tokens.accessClaims({
        tenant,
        app,
        user,
        audience: resolved.audience,
        lifetimeSeconds: lifetime,
        scopes: resolved.shortScopes,
        amr: g.amr,
        appidacr: g.clientAuth === "secret" ? "1" : "0",
      }),
    );
    const body: Record<string, unknown> = {
      token_type: "Bearer",
      scope: resolved.responseScopes.join(" "),
      expires_in: lifetime,
      ext_expires_in: lifetime,
      access_token: access,
    };
    const lower = g.scopes.map((s) => s.toLowerCase());
    if (lower.includes("offline_access")) {
      const now = Math.floor(Date.now() / 1000);
      body.refresh_token = seal("rt", {
        t: "rt",
        tid: tenant.id,
        cid: app.clientId,
        upn: user.upn,
        scopes: g.scopes,
        amr: g.amr,
        spa: g.spa,
        iat: now,
        exp: now + (g.spa ? SPA_REFRESH_TOKEN_HOURS * 3600 : REFRESH_TOKEN_DAYS * 86400),
      });
    }
    if (lower.includes("openid")) {
      body.id_token = tokens.idToken({ issuerBase: `https://${g.host}`, tenant, app, user, nonce: g.nonce });
    }
    if (g.clientInfo) {
      body.client_info = Buffer.from(JSON.stringify({ uid: directory.userOid(tenant, user), utid: tenant.id })).toString("base64url");
    }
    return body;
  };

  const scopesOf = (value: string | null): string[] => (value ?? "").split(/\s+/).filter((s) => s.length > 0);

  // ---------- handlers ----------

  const tokenEndpoint = (req: IncomingMessage, host: string, ref: TenantRef, form: URLSearchParams): Record<string, unknown> => {
    let clientId = form.get("client_id");
    let secret = form.get("client_secret");
    const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? "");
    if (basic?.[1]) {
      const decoded = Buffer.from(basic[1], "base64").toString("utf8");
      const colon = decoded.indexOf(":");
      if (colon > 0) {
        clientId = clientId ?? decodeURIComponent(decoded.slice(0, colon));
        secret = secret ?? decodeURIComponent(decoded.slice(colon + 1));
      }
    }
    const grantType = form.get("grant_type");
    if (!grantType) throw E.missingParam("grant_type");
    if (!clientId) throw E.missingParam("client_id");
    const { tenant, app } = appFor(ref, clientId);
    if (form.get("client_assertion")) throw E.assertionNotSupported();
    let clientAuth: "secret" | "none" = "none";
    if (secret) {
      if (app.secrets.length === 0) throw E.publicClientWithSecret();
      const match = app.secrets.find((s) => s.value === secret);
      if (!match) throw E.badSecret(app.clientId);
      if (Date.parse(match.expires) <= Date.now()) throw E.expiredSecret(app.clientId);
      clientAuth = "secret";
    }
    const origin = req.headers.origin;
    const clientInfo = form.get("client_info") === "1";
    const requirePublicFlow = (): void => {
      if (clientAuth === "none" && app.publicClient !== true) throw E.secretRequired();
    };

    switch (grantType) {
      case "client_credentials": {
        if (clientAuth === "none") throw E.secretRequired();
        const scopeText = form.get("scope");
        if (!scopeText) throw E.missingParam("scope");
        const scopes = scopesOf(scopeText);
        if (scopes.length === 0 || scopes.some((s) => !s.endsWith("/.default"))) throw E.ccScope(scopeText);
        if (app.blockedByConditionalAccess) throw E.blocked();
        const resource = (scopes[0] ?? "").slice(0, -"/.default".length);
        const kind = shortResourceName(resource);
        if (!kind) throw E.unknownResource(resource, tenant.displayName);
        const lifetime = tokens.lifetimeSeconds();
        // assumption: an admin-consented app holds the three Exchange app roles; an unconsented one gets a token without roles
        const roles = kind === "outlook" && isConsented(app) ? DEFAULT_APP_ROLES : [];
        const access = tokens.sign(
          tokens.accessClaims({
            tenant,
            app,
            audience: kind === "outlook" ? OUTLOOK_APP_AUDIENCE : GRAPH_AUDIENCE,
            lifetimeSeconds: lifetime,
            roles,
          }),
        );
        return { token_type: "Bearer", expires_in: lifetime, ext_expires_in: lifetime, access_token: access };
      }
      case "authorization_code": {
        const code = form.get("code");
        if (!code) throw E.missingParam("code");
        const payload = unseal("code", code);
        if (!payload) throw E.malformedGrant();
        if (payload.exp < Math.floor(Date.now() / 1000)) throw E.codeExpired();
        if (String(payload.cid).toLowerCase() !== app.clientId.toLowerCase() || payload.tid !== tenant.id) throw E.malformedGrant();
        const redirectUri = form.get("redirect_uri") ?? "";
        if (redirectUri !== payload.redirectUri) throw E.replyMismatch(redirectUri, String(payload.redirectUri));
        if (typeof payload.challenge === "string") {
          const verifier = form.get("code_verifier") ?? "";
          const computed = payload.method === "plain" ? verifier : createHash("sha256").update(verifier).digest("base64url");
          if (verifier === "" || computed !== payload.challenge) throw E.pkce();
        }
        const spa = payload.spa === true;
        if (spa && !origin) throw E.spaNeedsCors();
        if (!spa && origin && clientAuth === "none") throw E.corsNotSpa();
        if (!spa) requirePublicFlow();
        if (redeemedCodes.has(String(payload.jti))) throw E.codeRedeemed();
        redeemedCodes.add(String(payload.jti));
        const user = directory.user(tenant, String(payload.upn));
        if (!user) throw E.badCredentials();
        return issueDelegated({
          host,
          tenant,
          app,
          user,
          scopes: form.get("scope") ? scopesOf(form.get("scope")) : (payload.scopes as string[]),
          amr: payload.amr as string[],
          clientAuth,
          spa,
          nonce: typeof payload.nonce === "string" ? payload.nonce : undefined,
          clientInfo,
        });
      }
      case "refresh_token": {
        const rt = form.get("refresh_token");
        if (!rt) throw E.missingParam("refresh_token");
        const payload = unseal("rt", rt);
        if (!payload) throw E.malformedGrant();
        if (String(payload.cid).toLowerCase() !== app.clientId.toLowerCase() || payload.tid !== tenant.id) throw E.malformedGrant();
        const now = Math.floor(Date.now() / 1000);
        if (payload.exp <= now) {
          const iat = Number(payload.iat);
          throw E.rtExpired(new Date(iat * 1000), (now - iat) * 1000);
        }
        const spa = payload.spa === true;
        if (spa && !origin) throw E.spaNeedsCors();
        if (!spa && origin && clientAuth === "none") throw E.corsNotSpa();
        if (!spa) requirePublicFlow();
        const user = directory.user(tenant, String(payload.upn));
        if (!user) throw E.badCredentials();
        return issueDelegated({
          host,
          tenant,
          app,
          user,
          scopes: form.get("scope") ? scopesOf(form.get("scope")) : (payload.scopes as string[]),
          amr: payload.amr as string[],
          clientAuth,
          spa,
          clientInfo,
        });
      }
      case "urn:ietf:params:oauth:grant-type:device_code":
      case "device_code": {
        const deviceCode = form.get("device_code");
        if (!deviceCode) throw E.missingParam("device_code");
        const entry = devices.get(deviceCode);
        if (!entry || entry.clientId.toLowerCase() !== app.clientId.toLowerCase()) throw E.badDeviceCode();
        requirePublicFlow();
        if (entry.expiresAt <= Date.now()) {
          devices.delete(deviceCode);
          throw E.deviceExpired();
        }
        if (!entry.approved) throw E.pending();
        devices.delete(deviceCode);
        const approvedTenant = directory.tenant(entry.approved.tenantId);
        const user = approvedTenant ? directory.user(approvedTenant, entry.approved.upn) : undefined;
        if (!approvedTenant || !user) throw E.badCredentials();
        return issueDelegated({
          host,
          tenant: approvedTenant,
          app,
          user,
          scopes: entry.scopes,
          amr: entry.approved.amr,
          clientAuth,
          spa: false,
          clientInfo,
        });
      }
      case "password": {
        const username = form.get("username");
        const password = form.get("password");
        if (!username) throw E.missingParam("username");
        if (!password) throw E.missingParam("password");
        requirePublicFlow();
        const user = directory.user(tenant, username);
        if (!user) throw foreignAccount(tenant, username, password) ?? E.badCredentials();
        // assumption: federated domains behave like managed ones for ROPC
        if (user.password === undefined || user.password !== password) throw E.badCredentials();
        // Security defaults refuse the password grant, the legacy-style sign-in that cannot do MFA (research §3.2
        // 530035: "the request using legacy auth"); assumption: only this grant, interactive sign-ins pass.
        if (user.blockedBySecurityDefaults) throw E.securityDefaults();
        return issueDelegated({ host, tenant, app, user, scopes: scopesOf(form.get("scope")), amr: ["pwd"], clientAuth, spa: false, clientInfo });
      }
      default:
        throw E.unsupportedGrant(grantType);
    }
  };

  const deviceCodeEndpoint = (host: string, ref: TenantRef, form: URLSearchParams): Record<string, unknown> => {
    const clientId = form.get("client_id");
    if (!clientId) throw E.missingParam("client_id");
    const found = appFor(ref, clientId);
    const scopeText = form.get("scope");
    if (!scopeText) throw E.missingParam("scope");
    const alphabet = "BCDFGHJKLMNPQRSTVWXZ23456789";
    const userCode = Array.from(randomBytes(9), (b) => alphabet[b % alphabet.length]).join("");
    const deviceCode = `sim-dc.${randomBytes(32).toString("base64url")}`;
    const expiresIn = 900;
    devices.set(deviceCode, {
      deviceCode,
      userCode,
      tenantId: ref.kind === "tenant" ? ref.tenant.id : null,
      clientId: found.app.clientId,
      scopes: scopesOf(scopeText),
      expiresAt: Date.now() + expiresIn * 1000,
      approved: null,
    });
    const verificationUri = `https://${host}/devicelogin`;
    return {
      user_code: userCode,
      device_code: deviceCode,
      verification_uri: verificationUri,
      expires_in: expiresIn,
      interval: 5,
      message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${userCode} to authenticate.`,
    };
  };

  const approveDeviceCode = (userCode: string, upn: string, opts: { mfa?: boolean } = {}): DeviceApproval => {
    const entry = [...devices.values()].find((d) => d.userCode === userCode.trim().toUpperCase());
    if (!entry || entry.expiresAt <= Date.now()) return { ok: false, error: "AADSTS70019: Verification code expired." };
    const domain = upn.split("@")[1] ?? "";
    const tenant = entry.tenantId ? directory.tenant(entry.tenantId) : directory.tenantOfDomain(domain)?.tenant;
    const user = tenant ? directory.user(tenant, upn) : undefined;
    if (!tenant || !user) return { ok: false, error: "AADSTS50126: Error validating credentials due to invalid username or password." };
    entry.approved = { upn: user.upn, tenantId: tenant.id, amr: opts.mfa ? ["pwd", "mfa"] : ["pwd"] };
    return { ok: true };
  };

  // ---------- interactive sign-in (authorize) ----------
  // Simulator extensions: a "workstation session" (cookie sim_workstation=<upn> on the login host, or POST
  // /sim/workstation) stands for Windows single sign-on (Kerberos / Seamless SSO) on a domain-joined computer.

  const workstationOf = (req: IncomingMessage): UserRef | null => {
    const cookie = cookiesOf(req)[WORKSTATION_COOKIE];
    const upn = cookie !== undefined ? cookie : workstation;
    if (!upn) return null;
    const found = directory.userAnywhere(upn);
    return found ? { tenant: found.tenant, user: found.user } : null;
  };

  const isFederated = (upn: string | null | undefined): boolean => {
    const domain = upn?.split("@")[1];
    return domain ? directory.tenantOfDomain(domain)?.federated === true : false;
  };

  const authorize = (req: IncomingMessage, res: Res, host: string, ref: TenantRef, url: URL, correlationId: string, form: URLSearchParams | null): void => {
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
          html("Working...", `<form method="POST" name="hiddenform" action="${escapeHtml(redirectUri)}">${inputs}<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit"></noscript></form><script>document.forms[0].submit()</script>`),
        );
        return;
      }
      const location = responseMode === "fragment" ? `${redirectUri}#${encoded}` : `${redirectUri}${redirectUri.includes("?") ? "&" : "?"}${encoded}`;
      res.writeHead(302, { Location: location, "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store, no-cache" });
      res.end();
    };
    const redirectError = (e: EntraError): void => {
      const body = errorBody(e, host, correlationId);
      redirectWith({ error: body.error, error_description: body.error_description, error_uri: body.error_uri });
    };

    if (!(q.get("response_type") ?? "").split(" ").includes("code")) {
      redirectError(new EntraError(400, "unsupported_response_type", 70005, "The application requested an unsupported response type.")); // assumption: code
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
        params.client_info = Buffer.from(JSON.stringify({ uid: directory.userOid(tenant, user), utid: tenant.id })).toString("base64url");
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
        const ticket = seal("mfa", { t: "mfa", tid: tenant.id, upn: user.upn, amr, exp: Math.floor(Date.now() / 1000) + 600 });
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

    const ws = workstationOf(req);
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
        if (!ticket || ticket.exp < Math.floor(Date.now() / 1000) || !tenant || !user) return send(res, 200, loginForm(pageContext));
        if (action === "mfa-decline") return redirectError(E.mfa(EXCHANGE_APP_ID));
        return complete(tenant, user, [...(ticket.amr as string[]), "mfa"]);
      }
      return send(res, 200, loginForm(pageContext));
    }

    // research §3.4: a federated IdP (AD FS with Windows integrated auth) ignores login_hint and prompt and signs in
    // whoever is logged in to the workstation.
    if (ws && isFederated(loginHint ?? ws.user.upn)) return signInWorkstation();
    // Seamless SSO (research §3.2 81012, §3.4): a silent sign-in cannot ask which account to use, so a login_hint naming
    // someone other than the workstation user is refused instead of swapped for the workstation user.
    if (ws && prompt === "none" && loginHint && loginHint.toLowerCase() !== ws.user.upn.toLowerCase()) return redirectError(E.ssoMismatch());
    if (prompt === "login") return send(res, 200, loginForm(pageContext, { username: loginHint ?? "" }));
    if (prompt === "select_account") {
      const accounts = [
        ...(ws ? [{ upn: ws.user.upn, signedIn: true }] : []),
        ...(loginHint && loginHint.toLowerCase() !== ws?.user.upn.toLowerCase() ? [{ upn: loginHint, signedIn: false }] : []),
      ];
      return send(res, 200, accountPicker(pageContext, accounts));
    }
    // The SSO trap: with a workstation session and no prompt, Seamless SSO signs in the workstation user silently.
    if (ws) return signInWorkstation();
    if (prompt === "none") return redirectError(new EntraError(400, "login_required", 50058, "A silent sign-in request was sent but no user is signed in."));
    if (!loginHint) return send(res, 200, loginForm(pageContext));
    // assumption: without a session the stand-in sign-in takes the login_hint account without a password (federated ones
    // too) and shows AADSTS50126 for an account that does not exist; disabled/blocked/MFA/consent are judged at the token
    // endpoint. sim_mfa=done records that MFA was done at sign-in.
    const tenant = tenantFor(loginHint);
    const user = tenant ? directory.user(tenant, loginHint) : undefined;
    if (!tenant || !user) throw (tenant ? foreignAccount(tenant, loginHint) : null) ?? E.badCredentials();
    issueCode(tenant, user, q.get("sim_mfa") === "done" ? ["pwd", "mfa"] : ["pwd"]);
  };

  const getUserRealm = (url: URL): Record<string, unknown> => {
    const login = url.searchParams.get("login") ?? "";
    const domain = (login.includes("@") ? login.split("@")[1] : login) ?? "";
    const found = directory.tenantOfDomain(domain);
    if (!found) return { State: 4, UserState: 1, Login: login, NameSpaceType: "Unknown" };
    const common = {
      Login: login,
      DomainName: domain,
      FederationBrandName: found.tenant.displayName,
      CloudInstanceName: "microsoftonline.com",
      CloudInstanceIssuerUri: "urn:federation:MicrosoftOnline",
    };
    if (!found.federated) return { State: 4, UserState: 1, ...common, NameSpaceType: "Managed" };
    // assumption: State 3 / UserState 2 for federated domains; the STS lives at sts.<domain> (nothing listens there)
    return {
      State: 3,
      UserState: 2,
      Login: login,
      NameSpaceType: "Federated",
      DomainName: domain,
      FederationGlobalVersion: -1,
      AuthURL: `https://sts.${domain}/adfs/ls/?username=${encodeURIComponent(login)}&wa=wsignin1.0&wtrealm=urn%3afederation%3aMicrosoftOnline&wctx=`,
      FederationBrandName: found.tenant.displayName,
      CloudInstanceName: "microsoftonline.com",
      CloudInstanceIssuerUri: "urn:federation:MicrosoftOnline",
    };
  };

  const readForm = (req: IncomingMessage): Promise<URLSearchParams> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on("data", (c: Buffer) => {
        size += c.length;
        if (size > 1024 * 1024) {
          reject(new Error("body too large"));
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      req.on("end", () => resolve(new URLSearchParams(Buffer.concat(chunks).toString("utf8"))));
      req.on("error", reject);
    });

  const handle = async (req: IncomingMessage, res: Res): Promise<void> => {
    const host = hostOf(req);
    const url = new URL(req.url ?? "/", `https://${host}`);
    const correlationId = correlationOf(req, url);
    const method = req.method ?? "GET";
    const parts = url.pathname.split("/").filter((p) => p.length > 0);
    log(`entra ${method} ${url.pathname}`);

    if (method === "OPTIONS") {
      res.writeHead(204, {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": req.headers["access-control-request-headers"] ?? "*",
        "Access-Control-Max-Age": "86400",
      });
      res.end();
      return;
    }
    const jsonError = (e: EntraError) => send(res, e.status, errorBody(e, host, correlationId));

    try {
      if (url.pathname === "/sim/health") return send(res, 200, { status: "ok" });
      // Simulator only: the user logged in to "the workstation" (Windows SSO), for every browser without the
      // sim_workstation cookie. POST upn=<upn> sets it, an empty upn clears it; GET reads it.
      if (url.pathname === "/sim/workstation") {
        if (method === "POST") {
          const upn = (await readForm(req)).get("upn")?.trim() ?? "";
          workstation = upn === "" ? null : upn;
        }
        return send(res, 200, { workstation });
      }
      // Test fixture only (the simulator listens on loopback): any token the tests need, expired or odd ones included.
      if (url.pathname === "/sim/mint" && req.method === "POST") {
        const form = await readForm(req);
        return send(res, 200, { access_token: tokens.mint(JSON.parse(form.get("options") ?? "{}") as MintTokenOptions) });
      }
      // A refresh token as ECE would hold it (expired: never used for longer than Entra keeps it), for the tests that
      // redeem one; the simulator's own Entra signs it, so it works only here.
      if (url.pathname === "/sim/mint-refresh" && req.method === "POST") {
        const form = await readForm(req);
        return send(res, 200, { refresh_token: mintRefreshToken(JSON.parse(form.get("options") ?? "{}") as MintRefreshTokenOptions) });
      }
      if (url.pathname === "/error") {
        const code = url.searchParams.get("code") ?? "";
        return send(res, 200, html(`AADSTS${code}`, `<p>Simulated error lookup page for AADSTS${escapeHtml(code)}.</p>`));
      }
      if (url.pathname.toLowerCase() === "/getuserrealm.srf") return send(res, 200, getUserRealm(url));
      if (url.pathname === "/devicelogin") {
        const userCode = url.searchParams.get("user_code");
        const upn = url.searchParams.get("login_hint");
        if (!userCode || !upn) {
          return send(
            res,
            200,
            html(
              "Enter code",
              `<form method="GET"><label for="user_code">Code</label> <input id="user_code" name="user_code" required> <label for="login_hint">Account (simulator)</label> <input id="login_hint" name="login_hint" type="email" required> <label><input type="checkbox" name="sim_mfa" value="done"> Complete MFA</label> <button type="submit">Next</button></form>`,
            ),
          );
        }
        const result = approveDeviceCode(userCode, upn, { mfa: url.searchParams.get("sim_mfa") === "done" });
        return result.ok
          ? send(res, 200, html("You're signed in", "<p>You have signed in to the application on your device. You may now close this window.</p>"))
          : send(res, 400, html("Sign in to your account", `<p id="error">${escapeHtml(result.error)}</p>`));
      }
      if (parts[0] === "common" && parts[1] === "discovery" && parts[2] === "instance") {
        const authEndpoint = url.searchParams.get("authorization_endpoint");
        let tenant = "common";
        try {
          if (authEndpoint) tenant = new URL(authEndpoint).pathname.split("/").filter(Boolean)[0] ?? "common";
        } catch {
          // keep common
        }
        return send(res, 200, {
          tenant_discovery_endpoint: `https://${host}/${tenant}/v2.0/.well-known/openid-configuration`,
          "api-version": "1.1",
          metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
        });
      }
      const segment = parts[0];
      if (!segment) return send(res, 404, { error: "not_found" });
      const rest = parts.slice(1).join("/");
      const known = [
        "v2.0/.well-known/openid-configuration",
        ".well-known/openid-configuration",
        "discovery/v2.0/keys",
        "discovery/keys",
        "oauth2/v2.0/token",
        "oauth2/v2.0/authorize",
        "oauth2/v2.0/devicecode",
        "oauth2/v2.0/logout",
      ];
      if (!known.includes(rest)) return send(res, 404, { error: "not_found" });
      const ref = resolveTenant(segment);

      if (rest.endsWith("openid-configuration")) {
        if (!ref) {
          // research §3.3 [C]: unknown tenant → 400 invalid_tenant
          const e = unknownTenant(segment);
          const body = errorBody(e, host, correlationId);
          return send(res, 400, { ...body, error: e.code === 90002 ? "invalid_tenant" : body.error });
        }
        return send(res, 200, openidConfiguration(host, ref));
      }
      if (rest.startsWith("discovery/")) {
        if (!ref) return jsonError(unknownTenant(segment));
        const issuerTenant = ref.kind === "tenant" ? ref.tenant.id : "{tenantid}";
        return send(res, 200, { keys: [tokenJwk(pki, `https://${host}/${issuerTenant}/v2.0`)] });
      }
      if (rest === "oauth2/v2.0/logout") {
        const target = url.searchParams.get("post_logout_redirect_uri");
        if (target) {
          res.writeHead(302, { Location: target, "Access-Control-Allow-Origin": "*" });
          res.end();
          return;
        }
        return send(res, 200, html("You signed out of your account", "<p>It's a good idea to close all browser windows.</p>"));
      }
      if (rest === "oauth2/v2.0/authorize") {
        try {
          if (!ref) throw unknownTenant(segment);
          authorize(req, res, host, ref, url, correlationId, method === "POST" ? await readForm(req) : null);
        } catch (e) {
          if (e instanceof EntraError) return errorPage(res, e, correlationId);
          throw e;
        }
        return;
      }
      if (method !== "POST") return send(res, 405, { error: "method_not_allowed" });
      const form = await readForm(req);
      if (!ref) return jsonError(unknownTenant(segment));
      const body = rest === "oauth2/v2.0/token" ? tokenEndpoint(req, host, ref, form) : deviceCodeEndpoint(host, ref, form);
      return send(res, 200, body, { "client-request-id": correlationId });
    } catch (e) {
      if (e instanceof EntraError) return jsonError(e);
      log(`entra internal error: ${(e as Error).stack ?? String(e)}`);
      if (!res.headersSent) send(res, 500, { error: "server_error", error_description: "Simulator internal error." });
      else res.destroy();
    }
  };

  const server = createServer(deps.tls, (req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.on("tlsClientError", (e) => log(`entra TLS handshake failed: ${e.message}`));
  server.on("error", (e) => log(`entra server error: ${e.message}`));
  server.on("connection", (socket: Socket) => deps.registry.track(socket));

  const mintRefreshToken = (options: MintRefreshTokenOptions = {}): string => {
    const tenant = (options.tenant ? directory.tenant(options.tenant) : directory.tenants[0]) ?? directory.tenants[0];
    const app = tenant ? (options.clientId ? directory.app(tenant, options.clientId) : tenant.apps[0]) : undefined;
    const now = Math.floor(Date.now() / 1000);
    const iat = options.expired ? now - (REFRESH_TOKEN_DAYS + 1) * 86400 : now;
    return seal("rt", {
      t: "rt",
      tid: tenant?.id ?? options.tenant ?? "",
      cid: app?.clientId ?? options.clientId ?? "",
      upn: options.upn ?? tenant?.users[0]?.upn ?? "",
      scopes: options.scopes ?? [...DEFAULT_DELEGATED_SCOPES.map((s) => `${OUTLOOK_DELEGATED_AUDIENCE}/${s}`), "offline_access"],
      amr: options.amr ?? ["pwd"],
      spa: options.spa === true,
      iat,
      exp: options.expired ? now - 86400 : now + REFRESH_TOKEN_DAYS * 86400,
    });
  };

  return { server, approveDeviceCode, mintRefreshToken };
}

