// v1-shaped Entra access tokens (RS256, kid from the JWKS), v2 id tokens, and their verification by the mail servers.
import { createPrivateKey, createPublicKey, type KeyObject, randomBytes, randomUUID, sign, verify } from "node:crypto";
import { type Directory, displayNameOf, stableGuid } from "./directory";
import type { Pki } from "./pki";
import type { AppScenario, TenantScenario, UserScenario } from "./scenario";

export const OUTLOOK_DELEGATED_AUDIENCE = "https://outlook.office.com";
export const OUTLOOK_APP_AUDIENCE = "https://outlook.office365.com";
export const GRAPH_AUDIENCE = "https://graph.microsoft.com";
/** Audiences the simulated Exchange accepts (the Exchange Online app id is one of them: assumption, see research §2.2). */
export const OUTLOOK_AUDIENCES = [
  OUTLOOK_DELEGATED_AUDIENCE,
  OUTLOOK_APP_AUDIENCE,
  "00000002-0000-0ff1-ce00-000000000000",
];

export const DEFAULT_DELEGATED_SCOPES = ["IMAP.AccessAsUser.All", "POP.AccessAsUser.All", "SMTP.Send"];
export const DEFAULT_APP_ROLES = ["IMAP.AccessAsApp", "POP.AccessAsApp", "SMTP.SendAsApp"];

export type TokenLifetime = { minMinutes: number; maxMinutes: number };
/** Entra's default: a random value between 60 and 90 minutes. */
export const DEFAULT_TOKEN_LIFETIME: TokenLifetime = { minMinutes: 60, maxMinutes: 90 };

export type JwtClaims = Record<string, unknown>;

export type MintTokenOptions = {
  /** Tenant GUID or domain; default: the scenario's first tenant. An unknown value is used as the tid as is. */
  tenant?: string;
  /** Default: the tenant's first app. */
  clientId?: string;
  /** "delegated" (default when a upn is known) or "app" (client credentials: roles, no upn/scp). */
  kind?: "delegated" | "app";
  /** Delegated user; default the tenant's first user. Need not exist in the scenario. */
  upn?: string;
  /** Short scope names for scp (delegated); default IMAP.AccessAsUser.All POP.AccessAsUser.All SMTP.Send. */
  scopes?: string[];
  /** App roles (app-only); default IMAP.AccessAsApp POP.AccessAsApp SMTP.SendAsApp. */
  roles?: string[];
  /** Default https://outlook.office.com (delegated) or https://outlook.office365.com (app). */
  audience?: string;
  lifetimeMinutes?: number;
  /** iat/nbf/exp all in the past (exp one hour ago). */
  expired?: boolean;
  /** nbf one hour in the future. */
  notYetValid?: boolean;
  /** "wrong-key": signed with a key that is not in the JWKS (same kid); "none": alg none and no signature. */
  signature?: "valid" | "wrong-key" | "none";
  amr?: string[];
  /** Any claim overridden; a value of undefined removes the claim. */
  claims?: JwtClaims;
  /** Header fields overridden. */
  header?: JwtClaims;
};

export type AccessClaimsInput = {
  tenant: TenantScenario;
  app: AppScenario;
  audience: string;
  lifetimeSeconds: number;
  /** Delegated: the signed-in user and the short scope names. */
  user?: UserScenario;
  scopes?: string[];
  /** App-only: roles (omitted when empty, as Entra does). */
  roles?: string[];
  amr?: string[];
  /** "0" public client, "1" client secret. */
  appidacr?: "0" | "1" | "2";
};

export type VerifyResult =
  | { ok: true; header: JwtClaims; claims: JwtClaims }
  | { ok: false; reason: "malformed-jwt" | "bad-algorithm" | "unknown-kid" | "bad-signature" };

function b64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function randomB64(bytes: number): string {
  return randomBytes(bytes).toString("base64url");
}

export class TokenService {
  private readonly key: KeyObject;
  private readonly rogueKey: KeyObject;
  private readonly publicKey: KeyObject;
  readonly kid: string;

  constructor(
    pki: Pki,
    private readonly directory: Directory,
    private readonly lifetime: TokenLifetime = DEFAULT_TOKEN_LIFETIME,
  ) {
    this.key = createPrivateKey(pki.tokenSigning.keyPem);
    this.publicKey = createPublicKey(this.key);
    this.rogueKey = createPrivateKey(pki.rogueKeyPem);
    this.kid = pki.tokenSigning.kid;
  }

  lifetimeSeconds(): number {
    const { minMinutes, maxMinutes } = this.lifetime;
    const minutes = minMinutes + Math.random() * Math.max(0, maxMinutes - minMinutes);
    return Math.round(minutes * 60);
  }

  sign(claims: JwtClaims, opts: { key?: "valid" | "wrong-key" | "none"; header?: JwtClaims } = {}): string {
    const mode = opts.key ?? "valid";
    const header: JwtClaims =
      mode === "none" ? { typ: "JWT", alg: "none" } : { typ: "JWT", alg: "RS256", x5t: this.kid, kid: this.kid };
    Object.assign(header, opts.header ?? {});
    const input = `${b64urlJson(header)}.${b64urlJson(claims)}`;
    if (mode === "none") return `${input}.`;
    const signature = sign("sha256", Buffer.from(input), mode === "wrong-key" ? this.rogueKey : this.key);
    return `${input}.${signature.toString("base64url")}`;
  }

  /** The claims of an Entra v1 access token, as Exchange Online receives them. */
  accessClaims(input: AccessClaimsInput): JwtClaims {
    const now = Math.floor(Date.now() / 1000);
    const { tenant, app, user } = input;
    const claims: JwtClaims = {
      aud: input.audience,
      iss: `https://sts.windows.net/${tenant.id}/`,
      iat: now,
      nbf: now,
      exp: now + input.lifetimeSeconds,
    };
    if (user) {
      claims.acr = "1";
      claims.aio = randomB64(48);
      claims.amr = input.amr ?? ["pwd"];
      claims.app_displayname = app.displayName;
      claims.appid = app.clientId;
      claims.appidacr = input.appidacr ?? "1";
      claims.idtyp = "user";
      claims.ipaddr = "127.0.0.1";
      claims.name = displayNameOf(user.upn);
      claims.oid = this.directory.userOid(tenant, user);
      claims.rh = `0.${randomB64(40)}.`;
      claims.scp = (input.scopes ?? []).join(" ");
      claims.sid = randomUUID();
      claims.sub = randomB64(32);
      claims.tid = tenant.id;
      claims.unique_name = user.upn;
      claims.upn = user.upn;
      claims.uti = randomB64(16);
      claims.ver = "1.0";
    } else {
      claims.aio = randomB64(48);
      claims.app_displayname = app.displayName;
      claims.appid = app.clientId;
      claims.appidacr = input.appidacr ?? "1";
      claims.idp = `https://sts.windows.net/${tenant.id}/`;
      claims.idtyp = "app";
      claims.oid = this.directory.servicePrincipalOid(tenant, app);
      claims.rh = `0.${randomB64(40)}.`;
      if (input.roles && input.roles.length > 0) claims.roles = input.roles;
      claims.sub = claims.oid;
      claims.tid = tenant.id;
      claims.uti = randomB64(16);
      claims.ver = "1.0";
    }
    return claims;
  }

  /** A v2 id token for MSAL (aud = client id, iss on the simulator's login host). */
  idToken(p: {
    issuerBase: string;
    tenant: TenantScenario;
    app: AppScenario;
    user: UserScenario;
    nonce?: string;
  }): string {
    const now = Math.floor(Date.now() / 1000);
    const oid = this.directory.userOid(p.tenant, p.user);
    const claims: JwtClaims = {
      aud: p.app.clientId,
      iss: `${p.issuerBase}/${p.tenant.id}/v2.0`,
      iat: now,
      nbf: now,
      exp: now + 3600,
      name: displayNameOf(p.user.upn),
      oid,
      preferred_username: p.user.upn,
      rh: `0.${randomB64(40)}.`,
      sub: stableGuid("sub", oid, p.app.clientId).replace(/-/g, ""),
      tid: p.tenant.id,
      uti: randomB64(16),
      ver: "2.0",
    };
    if (p.nonce) claims.nonce = p.nonce;
    return this.sign(claims);
  }

  /** The test helper behind RunningSimulator.mintToken: any claim can be overridden. */
  mint(options: MintTokenOptions = {}): string {
    const tenant =
      (options.tenant ? this.directory.tenant(options.tenant) : this.directory.tenants[0]) ??
      ({
        id: options.tenant ?? stableGuid("tenant", "unknown"),
        displayName: "Unknown",
        domains: [],
        apps: [],
        users: [],
      } as TenantScenario);
    const app: AppScenario = (options.clientId ? this.directory.app(tenant, options.clientId) : tenant.apps[0]) ?? {
      clientId: options.clientId ?? stableGuid("app", "unknown"),
      displayName: "Unknown app",
      secrets: [],
    };
    const kind = options.kind ?? (options.upn !== undefined || tenant.users.length > 0 ? "delegated" : "app");
    let user: UserScenario | undefined;
    if (kind === "delegated") {
      const upn = options.upn ?? tenant.users[0]?.upn ?? "nobody@unknown.sim.test";
      user = this.directory.user(tenant, upn) ?? { upn };
    }
    const lifetimeSeconds = Math.round((options.lifetimeMinutes ?? 75) * 60);
    const claims = this.accessClaims({
      tenant,
      app,
      user,
      audience: options.audience ?? (kind === "delegated" ? OUTLOOK_DELEGATED_AUDIENCE : OUTLOOK_APP_AUDIENCE),
      lifetimeSeconds,
      scopes: options.scopes ?? DEFAULT_DELEGATED_SCOPES,
      roles: options.roles ?? DEFAULT_APP_ROLES,
      amr: options.amr,
    });
    const now = Math.floor(Date.now() / 1000);
    if (options.expired) {
      claims.iat = now - lifetimeSeconds - 3600;
      claims.nbf = claims.iat;
      claims.exp = now - 3600;
    }
    if (options.notYetValid) claims.nbf = now + 3600;
    for (const [k, v] of Object.entries(options.claims ?? {})) {
      if (v === undefined) delete claims[k];
      else claims[k] = v;
    }
    return this.sign(claims, { key: options.signature ?? "valid", header: options.header });
  }

  /** Signature check against the simulator's own key (what Exchange does with Entra's keys). */
  verify(token: string): VerifyResult {
    const parts = token.split(".");
    if (parts.length !== 3) return { ok: false, reason: "malformed-jwt" };
    const [h, p, s] = parts as [string, string, string];
    let header: JwtClaims;
    let claims: JwtClaims;
    try {
      header = JSON.parse(Buffer.from(h, "base64url").toString("utf8")) as JwtClaims;
      claims = JSON.parse(Buffer.from(p, "base64url").toString("utf8")) as JwtClaims;
      if (typeof header !== "object" || header === null || typeof claims !== "object" || claims === null) {
        return { ok: false, reason: "malformed-jwt" };
      }
    } catch {
      return { ok: false, reason: "malformed-jwt" };
    }
    if (header.alg !== "RS256") return { ok: false, reason: "bad-algorithm" };
    if (header.kid !== this.kid) return { ok: false, reason: "unknown-kid" };
    const good = verify("sha256", Buffer.from(`${h}.${p}`), this.publicKey, Buffer.from(s, "base64url"));
    if (!good) return { ok: false, reason: "bad-signature" };
    return { ok: true, header, claims };
  }
}

/** Decodes a JWT's payload without checking anything (for tests and logs). */
export function decodeJwtPayload(token: string): JwtClaims {
  const part = token.split(".")[1] ?? "";
  return JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as JwtClaims;
}
