// The v2.0 token endpoint: every grant the simulated apps use (research §3.2), answered like Entra.
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { isConsented } from "./directory";
import { type EntraContext, type Sealed, shortResourceName, type TenantRef } from "./entra-context";
import { E } from "./entra-errors";
import { DEFAULT_APP_ROLES, GRAPH_AUDIENCE, OUTLOOK_APP_AUDIENCE } from "./tokens";

export function tokenEndpoint(
  ctx: EntraContext,
  req: IncomingMessage,
  host: string,
  ref: TenantRef,
  form: URLSearchParams,
): Record<string, unknown> {
  const { appFor, devices, directory, foreignAccount, issueDelegated, redeemedCodes, scopesOf, tokens, unseal } = ctx;
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
  // A code or refresh token carries whether it was issued to a single-page app: the request must match it.
  const checkClientKind = (payload: Sealed): boolean => {
    const spa = payload.spa === true;
    if (spa && !origin) throw E.spaNeedsCors();
    if (!spa && origin && clientAuth === "none") throw E.corsNotSpa();
    if (!spa) requirePublicFlow();
    return spa;
  };
  // The user's tokens again, for the scopes asked now or those of the grant.
  const issueForGrant = (payload: Sealed, spa: boolean, nonce?: string) => {
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
      nonce,
      clientInfo,
    });
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
      if (String(payload.cid).toLowerCase() !== app.clientId.toLowerCase() || payload.tid !== tenant.id)
        throw E.malformedGrant();
      const redirectUri = form.get("redirect_uri") ?? "";
      if (redirectUri !== payload.redirectUri) throw E.replyMismatch(redirectUri, String(payload.redirectUri));
      if (typeof payload.challenge === "string") {
        const verifier = form.get("code_verifier") ?? "";
        const computed =
          payload.method === "plain" ? verifier : createHash("sha256").update(verifier).digest("base64url");
        if (verifier === "" || computed !== payload.challenge) throw E.pkce();
      }
      const spa = checkClientKind(payload);
      if (redeemedCodes.has(String(payload.jti))) throw E.codeRedeemed();
      redeemedCodes.add(String(payload.jti));
      return issueForGrant(payload, spa, typeof payload.nonce === "string" ? payload.nonce : undefined);
    }
    case "refresh_token": {
      const rt = form.get("refresh_token");
      if (!rt) throw E.missingParam("refresh_token");
      const payload = unseal("rt", rt);
      if (!payload) throw E.malformedGrant();
      if (String(payload.cid).toLowerCase() !== app.clientId.toLowerCase() || payload.tid !== tenant.id)
        throw E.malformedGrant();
      const now = Math.floor(Date.now() / 1000);
      if (payload.exp <= now) {
        const iat = Number(payload.iat);
        throw E.rtExpired(new Date(iat * 1000), (now - iat) * 1000);
      }
      return issueForGrant(payload, checkClientKind(payload));
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
      return issueDelegated({
        host,
        tenant,
        app,
        user,
        scopes: scopesOf(form.get("scope")),
        amr: ["pwd"],
        clientAuth,
        spa: false,
        clientInfo,
      });
    }
    default:
      throw E.unsupportedGrant(grantType);
  }
}
