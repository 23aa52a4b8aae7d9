// Decodes an access token locally for diagnosis. No signature check: Exchange does that; we only read
// what the token claims so that a rejection can be explained.

export type TokenClaims = {
  audience: string | null;
  issuer: string | null;
  tenant: string | null;
  app: string | null;
  user: string | null;
  name: string | null;
  scopes: string[];
  roles: string[];
  issuedAt: number | null;
  expiresAt: number | null;
  version: string | null;
  authMethods: string[];
};

export type DecodedToken =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: "not-a-jwt" | "encrypted" | "bad-json" };

// atob and TextDecoder, not Buffer: the token step decodes tokens in the browser too.
function base64UrlJson(segment: string): unknown {
  const base64 = segment.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  const text = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  return JSON.parse(text);
}

const str = (value: unknown): string | null => (typeof value === "string" && value.length > 0 ? value : null);
const num = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);
const list = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string")
    : typeof value === "string"
      ? value.split(" ").filter(Boolean)
      : [];

export function decodeToken(token: string): DecodedToken {
  const parts = token.trim().split(".");
  if (parts.length === 5) return { ok: false, reason: "encrypted" };
  if (parts.length !== 3 || !parts[0]?.startsWith("eyJ")) return { ok: false, reason: "not-a-jwt" };
  let payload: Record<string, unknown>;
  try {
    const parsed = base64UrlJson(parts[1] ?? "");
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      return { ok: false, reason: "bad-json" };
    payload = parsed as Record<string, unknown>;
  } catch {
    return { ok: false, reason: "bad-json" };
  }
  return {
    ok: true,
    claims: {
      audience: str(payload.aud),
      issuer: str(payload.iss),
      tenant: str(payload.tid),
      app: str(payload.appid) ?? str(payload.azp),
      user: str(payload.upn) ?? str(payload.unique_name) ?? str(payload.preferred_username) ?? str(payload.email),
      name: str(payload.name),
      scopes: list(payload.scp),
      roles: list(payload.roles),
      issuedAt: num(payload.iat),
      expiresAt: num(payload.exp),
      version: str(payload.ver),
      authMethods: list(payload.amr),
    },
  };
}

// Exchange accepts tokens for the Outlook resource under either host name, with or without a trailing slash.
export function audienceMatches(audience: string | null, outlookResource: string): boolean {
  if (audience === null) return false;
  const normalise = (value: string) => value.toLowerCase().replace(/\/+$/, "");
  const accepted = new Set([
    normalise(outlookResource),
    "https://outlook.office.com",
    "https://outlook.office365.com",
    "00000002-0000-0ff1-ce00-000000000000",
  ]);
  // A national cloud's Exchange accepts only its own resource: a worldwide token (either host) is the wrong cloud.
  if (outlookResource.includes(".us") || outlookResource.includes(".cn")) {
    accepted.delete("https://outlook.office.com");
    accepted.delete("https://outlook.office365.com");
  }
  return accepted.has(normalise(audience));
}

export type TokenExpectations = {
  tenant: string;
  clientId: string;
  owner: string;
  mailbox: string;
  scope: string;
  outlookResource: string;
  now: Date;
};

export type TokenProblem =
  | { cause: "token-malformed"; params: { reason: string } }
  | { cause: "token-expired"; params: { expiredAt: string } }
  | { cause: "token-wrong-audience"; params: { audience: string; expected: string } }
  | { cause: "token-wrong-user"; params: { user: string; mailbox: string } }
  | { cause: "token-wrong-tenant"; params: { tokenTenant: string; tenant: string } }
  | { cause: "token-wrong-app"; params: { tokenApp: string; clientId: string } }
  | { cause: "token-scope-missing"; params: { scope: string; scopes: string } };

/** Addresses and ids compare without surrounding spaces and without case (Entra's claims and the answers differ in both). */
export const sameId = (a: string | null | undefined, b: string | null | undefined): boolean =>
  Boolean(a && b && a.trim().toLowerCase() === b.trim().toLowerCase());

export function tokenProblems(decoded: DecodedToken, expected: TokenExpectations): TokenProblem[] {
  if (!decoded.ok) return [{ cause: "token-malformed", params: { reason: decoded.reason } }];
  const { claims } = decoded;
  const problems: TokenProblem[] = [];
  if (claims.expiresAt !== null && claims.expiresAt * 1000 <= expected.now.getTime()) {
    problems.push({ cause: "token-expired", params: { expiredAt: new Date(claims.expiresAt * 1000).toISOString() } });
  }
  if (!audienceMatches(claims.audience, expected.outlookResource)) {
    problems.push({
      cause: "token-wrong-audience",
      params: { audience: claims.audience ?? "-", expected: expected.outlookResource },
    });
  }
  if (claims.user !== null && !sameId(claims.user, expected.owner)) {
    problems.push({ cause: "token-wrong-user", params: { user: claims.user, mailbox: expected.owner } });
  }
  if (claims.tenant !== null && !sameId(claims.tenant, expected.tenant)) {
    problems.push({ cause: "token-wrong-tenant", params: { tokenTenant: claims.tenant, tenant: expected.tenant } });
  }
  if (claims.app !== null && !sameId(claims.app, expected.clientId)) {
    problems.push({ cause: "token-wrong-app", params: { tokenApp: claims.app, clientId: expected.clientId } });
  }
  const granted = [...claims.scopes, ...claims.roles].map((scope) => scope.toLowerCase());
  if (!granted.includes(expected.scope.toLowerCase())) {
    problems.push({
      cause: "token-scope-missing",
      params: { scope: expected.scope, scopes: [...claims.scopes, ...claims.roles].join(" ") || "-" },
    });
  }
  return problems;
}
