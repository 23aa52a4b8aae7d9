// What the simulated Entra's endpoints share: the tenant and app look-up, sealed grants (codes, refresh tokens),
// token issuing and the error answers. The endpoints (entra-token.ts, entra-device.ts, entra-authorize.ts) take it.
import { createHash, createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isConsented } from "./directory";
import { E, type EntraError, type EntraErrorBody, entraTimestamp } from "./entra-errors";
import type { EntraDeps } from "./entra-server";
import type { AppScenario, TenantScenario, UserScenario } from "./scenario";
import { DEFAULT_DELEGATED_SCOPES, GRAPH_AUDIENCE, OUTLOOK_APP_AUDIENCE, OUTLOOK_DELEGATED_AUDIENCE } from "./tokens";

export type Res = ServerResponse;

export type UserRef = { tenant: TenantScenario; user: UserScenario };

export const OIDC_SCOPES = ["openid", "profile", "email", "offline_access"];
export const EXCHANGE_APP_ID = "00000002-0000-0ff1-ce00-000000000000";
export const GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";
export const REFRESH_TOKEN_DAYS = 90;
export const SPA_REFRESH_TOKEN_HOURS = 24;

export type Sealed = Record<string, unknown> & { t: string; exp: number };

export type DeviceEntry = {
  deviceCode: string;
  userCode: string;
  tenantId: string | null;
  clientId: string;
  scopes: string[];
  expiresAt: number;
  approved: { upn: string; tenantId: string; amr: string[] } | null;
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function html(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

export function shortResourceName(resource: string): "outlook" | "graph" | null {
  const r = resource.toLowerCase().replace(/\/+$/, "");
  if (
    ["https://outlook.office.com", "https://outlook.office365.com", "https://ps.outlook.com", EXCHANGE_APP_ID].includes(
      r,
    )
  )
    return "outlook";
  if (["https://graph.microsoft.com", GRAPH_APP_ID].includes(r)) return "graph";
  return null;
}

export type TenantRef =
  | { kind: "tenant"; tenant: TenantScenario; segment: string }
  | { kind: "multi"; segment: string };

export type Resolved = { audience: string; shortScopes: string[]; responseScopes: string[]; resourceAppId: string };

export type DelegatedGrant = {
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

export function entraContext(deps: EntraDeps) {
  const { directory, tokens, pki, log } = deps;
  const grantKey = createHash("sha256").update(pki.tokenSigning.keyPem).update("sim-grants").digest();
  const redeemedCodes = new Set<string>();
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
    deps.foreignCloud?.directory.tenant(segment)
      ? E.otherCloud(segment, deps.foreignCloud.name)
      : E.tenantNotFound(segment);

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
    const found =
      ref.kind === "tenant"
        ? inTenant
          ? { tenant: ref.tenant, app: inTenant }
          : undefined
        : directory.appAnywhere(clientId);
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
      claims_supported: [
        "sub",
        "iss",
        "aud",
        "exp",
        "iat",
        "auth_time",
        "acr",
        "nonce",
        "preferred_username",
        "name",
        "tid",
        "ver",
        "at_hash",
        "c_hash",
        "email",
      ],
      tenant_region_scope: ref.kind === "tenant" ? "NA" : null, // assumption: every simulated tenant is in NA
      cloud_instance_name: "microsoftonline.com",
      cloud_graph_host_name: "graph.windows.net",
      msgraph_host: "graph.microsoft.com",
      rbac_url: "https://pas.windows.net",
    };
  };

  // ---------- token issuing ----------

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
      return {
        audience,
        shortScopes,
        responseScopes: [...shortScopes.map((n) => `${audience}/${n}`), ...oidc],
        resourceAppId: EXCHANGE_APP_ID,
      };
    }
    const shortScopes = names.includes(".default") ? ["User.Read"] : names;
    return {
      audience: GRAPH_AUDIENCE,
      shortScopes,
      responseScopes: [...shortScopes.map((n) => `${GRAPH_AUDIENCE}/${n}`), ...oidc],
      resourceAppId: GRAPH_APP_ID,
    };
  };

  // Refusals that depend on the app's registration and on who signed in, judged once the user is known, at the token
  // endpoint and on the sign-in page alike (research §3.2).
  const accessError = (
    tenant: TenantScenario,
    app: AppScenario,
    user: UserScenario,
    scopes: string[],
  ): EntraError | null => {
    if (user.mfaRegistrationRequired) return E.mfaRegistration();
    const upn = user.upn.toLowerCase();
    if (app.assignedUsers && !app.assignedUsers.some((assigned) => assigned.toLowerCase() === upn))
      return E.notAssigned();
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
      body.client_info = Buffer.from(
        JSON.stringify({ uid: directory.userOid(tenant, user), utid: tenant.id }),
      ).toString("base64url");
    }
    return body;
  };

  const scopesOf = (value: string | null): string[] => (value ?? "").split(/\s+/).filter((s) => s.length > 0);

  return {
    deps,
    directory,
    tokens,
    pki,
    log,
    grantKey,
    redeemedCodes,
    devices,
    seal,
    unseal,
    hostOf,
    correlationOf,
    send,
    errorBody,
    errorPage,
    unknownTenant,
    resolveTenant,
    appFor,
    authorityError,
    openidConfiguration,
    resolveDelegatedScopes,
    accessError,
    foreignAccount,
    issueDelegated,
    scopesOf,
  };
}

export type EntraContext = ReturnType<typeof entraContext>;
