import type { CauseId } from "@/lib/catalogue/causes";
import { decodeToken, type TokenClaims } from "@/lib/token/claims";

// A token pasted with the error (on its own, after "Bearer", or inside an XOAUTH2 string) is read before redaction
// hides it, and its claims are checked as the token step does, as far as a pasted text allows: audience, scopes, the
// XOAUTH2 user against the token's user, and expiry. The tenant and app cannot be compared: the text does not say which
// they should be. Only causes and claim values leave here, never the token.
export type TokenFinding = { cause: CauseId; line: number; params: Record<string, string> };

const jwtPattern = /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*/g;
const xoauth2Pattern = /dXNlcj[A-Za-z0-9+/]{20,}={0,2}/g;
const maxTokens = 20;

const outlookAudience =
  /^(?:https:\/\/(?:outlook\.office(?:365)?\.(?:com|us)|partner\.outlook\.cn|outlook\.office365\.us)\/?|00000002-0000-0ff1-ce00-000000000000)$/i;
const graphAudience =
  /^(?:https:\/\/(?:graph\.microsoft\.(?:com|us)|microsoftgraph\.chinacloudapi\.cn|dod-graph\.microsoft\.us)\/?|00000003-0000-0000-c000-000000000000)$/i;
const mailScopes = [
  "imap.accessasuser.all",
  "pop.accessasuser.all",
  "smtp.send",
  "imap.accessasapp",
  "pop.accessasapp",
  "smtp.sendasapp",
  "full_access_as_app",
  "ews.accessasuser.all",
];
// A Graph or EWS call in the text: the token was meant for that API, not for IMAP, POP or SMTP.
const graphContext = /graph\.microsoft\.com|InvalidAuthenticationToken|Microsoft Graph|\/ews\/exchange\.asmx/i;
const timestamp = /\b(20\d\d)-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)/;

type Candidate = { token: string; user: string | null; line: number };

// atob, not Buffer: the start page runs the triage in the browser.
export function latin1FromBase64(b64: string): string {
  const bare = b64.replace(/=+$/, "");
  try {
    return atob(bare.length % 4 === 1 ? bare.slice(0, -1) : bare);
  } catch {
    return "";
  }
}

function candidates(raw: string): Candidate[] {
  const lineOf = (offset: number) => {
    let line = 1;
    for (let index = raw.indexOf("\n"); index !== -1 && index < offset; index = raw.indexOf("\n", index + 1)) line++;
    return line;
  };
  const found: Candidate[] = [];
  for (const match of raw.matchAll(xoauth2Pattern)) {
    if (found.length >= maxTokens) break;
    const decoded = latin1FromBase64(match[0]);
    const token = /auth=Bearer\s*(eyJ[A-Za-z0-9_.-]+)/.exec(decoded)?.[1];
    const user = /user=\s*([^\x01\s\\]+)/.exec(decoded)?.[1] ?? null;
    if (token) found.push({ token, user, line: lineOf(match.index) });
  }
  for (const match of raw.matchAll(jwtPattern)) {
    if (found.length >= maxTokens) break;
    if (!found.some((known) => known.token === match[0]))
      found.push({ token: match[0], user: null, line: lineOf(match.index) });
  }
  return found;
}

// The time of the error, not of the reading: a log line's timestamp beside the token when there is one.
function timeOfLine(raw: string, line: number, fallback: Date): Date {
  const lines = raw.split("\n", line + 5).slice(line - 1);
  for (const text of lines) {
    const parts = timestamp.exec(text);
    if (parts)
      return new Date(
        Date.UTC(
          Number(parts[1]),
          Number(parts[2]) - 1,
          Number(parts[3]),
          Number(parts[4]),
          Number(parts[5]),
          Number(parts[6]),
        ),
      );
  }
  return fallback;
}

export function tokensIn(raw: string, folded: string, now: Date = new Date()): TokenFinding[] {
  const graph = graphContext.test(folded);
  const findings: TokenFinding[] = [];
  for (const { token, user, line } of candidates(raw)) {
    const decoded = decodeToken(token);
    if (!decoded.ok) continue;
    findings.push(
      ...problems(decoded.claims, user, graph, timeOfLine(raw, line, now)).map((problem) => ({ ...problem, line })),
    );
  }
  return findings;
}

function problems(claims: TokenClaims, user: string | null, graph: boolean, at: Date): Omit<TokenFinding, "line">[] {
  const found: Omit<TokenFinding, "line">[] = [];
  const audience = claims.audience ?? "";
  // Only an audience the token states is judged; a national or test cloud's own Outlook host counts as Outlook.
  const wrongAudience =
    audience !== "" &&
    (graph ? !graphAudience.test(audience) : !outlookAudience.test(audience) && !/outlook/i.test(audience));
  if (wrongAudience) {
    found.push({
      cause: "token-wrong-audience",
      params: {
        audience: audience || "-",
        expected: graph ? "https://graph.microsoft.com" : "https://outlook.office.com",
      },
    });
  } else if (!graph) {
    const granted = [...claims.scopes, ...claims.roles];
    if (granted.length > 0 && !granted.some((scope) => mailScopes.includes(scope.toLowerCase()))) {
      found.push({
        cause: "token-scope-missing",
        params: { scope: "IMAP.AccessAsUser.All, POP.AccessAsUser.All or SMTP.Send", scopes: granted.join(" ") },
      });
    }
  }
  if (user !== null && claims.user !== null && user.toLowerCase() !== claims.user.toLowerCase()) {
    found.push({ cause: "token-wrong-user", params: { user: claims.user, mailbox: user } });
  }
  if (claims.expiresAt !== null && claims.expiresAt * 1000 <= at.getTime()) {
    found.push({ cause: "token-expired", params: { expiredAt: new Date(claims.expiresAt * 1000).toISOString() } });
  }
  return found;
}
