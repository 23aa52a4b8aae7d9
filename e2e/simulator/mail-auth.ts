// What the simulated Exchange Online decides for an XOAUTH2 blob (research §1.1, §2.2, §4). Shared by IMAP, POP and SMTP.
import { type Directory, hasMailbox, licenceAllowsImapPop, smtpAuthDisabledFor } from "./directory";
import type { UserScenario } from "./scenario";
import { GRAPH_AUDIENCE, OUTLOOK_AUDIENCES, type TokenService } from "./tokens";

export type MailProtocol = "imap" | "pop" | "smtp";

export type Xoauth2Blob = { user: string; token: string };

/** base64("user=" + user + "\x01auth=Bearer " + token + "\x01\x01") — research §1.1. */
export function encodeXoauth2(user: string, token: string): string {
  return Buffer.from(`user=${user}\x01auth=Bearer ${token}\x01\x01`, "utf8").toString("base64");
}

/**
 * Parses and validates the blob like Microsoft's SmtpClientDiag (Test-SmtpSaslAuthBlob): valid base64, "user=" at
 * index 0, 0x01 before "auth=", "auth=" followed by "Bearer ", ends in 0x01 0x01, user and token not empty.
 */
export function parseXoauth2(b64: string): Xoauth2Blob | null {
  const text = b64.trim();
  if (text.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.replace(/=+$/, "").length % 4 === 1)
    return null;
  const decoded = Buffer.from(text, "base64").toString("utf8");
  const m = /^user=([^\x01]*)\x01auth=Bearer ([^\x01]*)\x01\x01$/.exec(decoded);
  if (!m) return null;
  const user = m[1] ?? "";
  const token = m[2] ?? "";
  if (user.length === 0 || token.length === 0 || /\s/.test(user) || /\s/.test(token)) return null;
  return { user, token };
}

export type MailAuthDecision =
  /** Authenticated and connected to the mailbox. */
  | { outcome: "ok"; mailbox: string; principal: string }
  /** The AUTH succeeds but the mailbox cannot be opened: IMAP/POP refuse the next command ("not connected"). */
  | { outcome: "not-connected"; reason: string; mailbox: string }
  /** The AUTH fails with the protocol's generic failure reply. */
  | { outcome: "fail"; reason: string }
  /** SMTP only: SmtpClientAuthentication disabled (5.7.139). */
  | { outcome: "smtp-disabled"; level: "Tenant" | "Mailbox"; reason: string };

const protocolScope: Record<MailProtocol, string> = {
  imap: "IMAP.AccessAsUser.All",
  pop: "POP.AccessAsUser.All",
  smtp: "SMTP.Send",
};
const protocolRole: Record<MailProtocol, string> = {
  imap: "IMAP.AccessAsApp",
  pop: "POP.AccessAsApp",
  smtp: "SMTP.SendAsApp",
};

/** Clock skew allowed on nbf (assumption: 5 minutes, none on exp). */
const NBF_SKEW_SECONDS = 300;

export function decideMailAccess(
  directory: Directory,
  tokens: TokenService,
  protocol: MailProtocol,
  blobB64: string,
): MailAuthDecision {
  const blob = parseXoauth2(blobB64);
  if (!blob) return { outcome: "fail", reason: "malformed-blob" };
  const verified = tokens.verify(blob.token);
  if (!verified.ok) return { outcome: "fail", reason: verified.reason };
  const c = verified.claims;
  const now = Math.floor(Date.now() / 1000);
  if (typeof c.exp !== "number" || c.exp <= now) return { outcome: "fail", reason: "expired" };
  if (typeof c.nbf === "number" && c.nbf > now + NBF_SKEW_SECONDS) return { outcome: "fail", reason: "not-yet-valid" };
  const aud = typeof c.aud === "string" ? c.aud.replace(/\/$/, "") : "";
  if (!OUTLOOK_AUDIENCES.includes(aud)) {
    return {
      outcome: "fail",
      reason: aud === GRAPH_AUDIENCE || aud === "00000003-0000-0000-c000-000000000000" ? "graph-audience" : "audience",
    };
  }
  const tenant = typeof c.tid === "string" ? directory.tenant(c.tid) : undefined;
  if (!tenant || tenant.id.toLowerCase() !== String(c.tid).toLowerCase())
    return { outcome: "fail", reason: "unknown-tenant" };
  if (c.iss !== `https://sts.windows.net/${tenant.id}/`) return { outcome: "fail", reason: "issuer" };
  const app = typeof c.appid === "string" ? directory.app(tenant, c.appid) : undefined;
  if (!app) return { outcome: "fail", reason: "unknown-app" };

  const mailbox = directory.user(tenant, blob.user);
  const delegated = typeof c.scp === "string";
  let tokenUser: UserScenario | undefined;
  if (delegated) {
    const upn = typeof c.upn === "string" ? c.upn : typeof c.unique_name === "string" ? c.unique_name : "";
    tokenUser = directory.user(tenant, upn);
    if (!tokenUser) return { outcome: "fail", reason: "unknown-user" };
  }
  if (!mailbox || !hasMailbox(mailbox)) return { outcome: "fail", reason: "no-such-mailbox" };

  if (protocol === "smtp") {
    // assumption: the SMTP AUTH setting is checked once the token and the mailbox are known, before scopes and rights.
    const disabled = smtpAuthDisabledFor(tenant, mailbox);
    if (disabled)
      return { outcome: "smtp-disabled", level: disabled, reason: `smtp-auth-disabled-${disabled.toLowerCase()}` };
  }

  if (delegated && tokenUser) {
    const scopes = String(c.scp)
      .split(" ")
      .map((s) => s.toLowerCase());
    if (!scopes.includes(protocolScope[protocol].toLowerCase())) return { outcome: "fail", reason: "missing-scope" };
    const own = tokenUser.upn.toLowerCase() === mailbox.upn.toLowerCase();
    const fullAccess = (tokenUser.fullAccessTo ?? []).some((m) => m.toLowerCase() === mailbox.upn.toLowerCase());
    if (!own && !fullAccess) {
      // assumption: SMTP has no "not connected" state; a token for the wrong mailbox gets 535 5.7.3.
      if (protocol === "smtp") return { outcome: "fail", reason: "no-full-access" };
      return { outcome: "not-connected", reason: "no-full-access", mailbox: mailbox.upn };
    }
  } else {
    const roles = Array.isArray(c.roles) ? c.roles.map((r) => String(r).toLowerCase()) : [];
    if (!roles.includes(protocolRole[protocol].toLowerCase())) return { outcome: "fail", reason: "missing-role" };
    // assumption: every app of the tenant is registered in Exchange (New-ServicePrincipal) with FullAccess on every mailbox.
  }

  if (protocol !== "smtp") {
    // assumption: a Kiosk/frontline licence (F1/F3) behaves like the protocol switched off for the mailbox.
    if (!licenceAllowsImapPop(mailbox)) return { outcome: "not-connected", reason: "licence", mailbox: mailbox.upn };
    if (protocol === "imap" && mailbox.imapEnabled === false)
      return { outcome: "not-connected", reason: "imap-disabled", mailbox: mailbox.upn };
    if (protocol === "pop" && mailbox.popEnabled === false)
      return { outcome: "not-connected", reason: "pop-disabled", mailbox: mailbox.upn };
  }
  return { outcome: "ok", mailbox: mailbox.upn, principal: tokenUser?.upn ?? app.clientId };
}
