// Entra ID (login.microsoftonline.com) look-alike over HTTPS: discovery, JWKS, getuserrealm, authorize, device code and
// the v2.0 token endpoint with Entra-shaped errors (research §3, feasibility §4). CORS "*" on every answer. The server
// routes; the endpoints live beside it: entra-token.ts, entra-device.ts, entra-authorize.ts, with what they share in
// entra-context.ts (look-ups, grants, token issuing) and Entra's error texts in entra-errors.ts.

import type { IncomingMessage } from "node:http";
import { createServer, type Server } from "node:https";
import type { Socket } from "node:net";
import type { TlsOptions } from "node:tls";
import type { Directory } from "./directory";
import { authorize, type WorkstationSession } from "./entra-authorize";
import { entraContext, escapeHtml, html, REFRESH_TOKEN_DAYS, type Res } from "./entra-context";
import { approveDeviceCode, deviceCodeEndpoint } from "./entra-device";
import { EntraError } from "./entra-errors";
import { tokenEndpoint } from "./entra-token";
import type { Logger, SocketRegistry } from "./line-conn";
import { type Pki, tokenJwk } from "./pki";
import {
  DEFAULT_DELEGATED_SCOPES,
  type MintTokenOptions,
  OUTLOOK_DELEGATED_AUDIENCE,
  type TokenService,
} from "./tokens";

export { type EntraErrorBody, entraTimestamp } from "./entra-errors";

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

export { WORKSTATION_COOKIE } from "./entra-authorize";
export type { EntraContext, TenantRef } from "./entra-context";

export function createEntraServer(deps: EntraDeps): EntraServer {
  const ctx = entraContext(deps);
  const {
    directory,
    tokens,
    pki,
    log,
    seal,
    hostOf,
    correlationOf,
    send,
    errorBody,
    errorPage,
    unknownTenant,
    resolveTenant,
    openidConfiguration,
  } = ctx;
  const session: WorkstationSession = { workstation: null };

  // ---------- handlers ----------

  // ---------- interactive sign-in (authorize) ----------
  // Simulator extensions: a "workstation session" (cookie sim_workstation=<upn> on the login host, or POST
  // /sim/workstation) stands for Windows single sign-on (Kerberos / Seamless SSO) on a domain-joined computer.

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
          session.workstation = upn === "" ? null : upn;
        }
        return send(res, 200, { workstation: session.workstation });
      }
      // Test fixture only (the simulator listens on loopback): any token the tests need, expired or odd ones included.
      if (url.pathname === "/sim/mint" && req.method === "POST") {
        const form = await readForm(req);
        return send(res, 200, {
          access_token: tokens.mint(JSON.parse(form.get("options") ?? "{}") as MintTokenOptions),
        });
      }
      // A refresh token as ECE would hold it (expired: never used for longer than Entra keeps it), for the tests that
      // redeem one; the simulator's own Entra signs it, so it works only here.
      if (url.pathname === "/sim/mint-refresh" && req.method === "POST") {
        const form = await readForm(req);
        return send(res, 200, {
          refresh_token: mintRefreshToken(JSON.parse(form.get("options") ?? "{}") as MintRefreshTokenOptions),
        });
      }
      if (url.pathname === "/error") {
        const code = url.searchParams.get("code") ?? "";
        return send(
          res,
          200,
          html(`AADSTS${code}`, `<p>Simulated error lookup page for AADSTS${escapeHtml(code)}.</p>`),
        );
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
        const result = approveDeviceCode(ctx, userCode, upn, { mfa: url.searchParams.get("sim_mfa") === "done" });
        return result.ok
          ? send(
              res,
              200,
              html(
                "You're signed in",
                "<p>You have signed in to the application on your device. You may now close this window.</p>",
              ),
            )
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
        return send(
          res,
          200,
          html("You signed out of your account", "<p>It's a good idea to close all browser windows.</p>"),
        );
      }
      if (rest === "oauth2/v2.0/authorize") {
        try {
          if (!ref) throw unknownTenant(segment);
          authorize(
            ctx,
            session,
            req,
            res,
            host,
            ref,
            url,
            correlationId,
            method === "POST" ? await readForm(req) : null,
          );
        } catch (e) {
          if (e instanceof EntraError) return errorPage(res, e, correlationId);
          throw e;
        }
        return;
      }
      if (method !== "POST") return send(res, 405, { error: "method_not_allowed" });
      const form = await readForm(req);
      if (!ref) return jsonError(unknownTenant(segment));
      const body =
        rest === "oauth2/v2.0/token"
          ? tokenEndpoint(ctx, req, host, ref, form)
          : deviceCodeEndpoint(ctx, host, ref, form);
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
      scopes: options.scopes ?? [
        ...DEFAULT_DELEGATED_SCOPES.map((s) => `${OUTLOOK_DELEGATED_AUDIENCE}/${s}`),
        "offline_access",
      ],
      amr: options.amr ?? ["pwd"],
      spa: options.spa === true,
      iat,
      exp: options.expired ? now - 86400 : now + REFRESH_TOKEN_DAYS * 86400,
    });
  };

  return {
    server,
    approveDeviceCode: (userCode, upn, opts) => approveDeviceCode(ctx, userCode, upn, opts),
    mintRefreshToken,
  };
}
