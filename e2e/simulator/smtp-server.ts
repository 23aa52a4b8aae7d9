// Exchange Online SMTP client submission look-alike (smtp.office365.com:587: plaintext greeting, STARTTLS, then AUTH).
// Wire texts: research §1.4 and §8.
import { randomBytes } from "node:crypto";
import { createServer, type Server, type Socket } from "node:net";
import type { SecureContext } from "node:tls";
import type { MailServerDeps } from "./imap-server";
import { LineConnection } from "./line-conn";
import { decideMailAccess } from "./mail-auth";

/** The front-end server name in the greeting, EHLO and the bracketed diagnostics. */
export const SMTP_SERVER_FQDN = "SIM1PR01CA0002.outlook.sim.test";

export function hex16(): string {
  return randomBytes(8).toString("hex").toUpperCase();
}

/** "Mon, 27 Mar 2023 18:17:53" (RFC 1123 without the zone; the greeting appends " +0000"). */
export function rfc1123(date = new Date()): string {
  return date.toUTCString().replace(/ GMT$/, "");
}

export function smtpGreeting(fqdn = SMTP_SERVER_FQDN, date = new Date()): string {
  return `220 ${fqdn} Microsoft ESMTP MAIL Service ready at ${rfc1123(date)} +0000 [${hex16()}]`;
}

export function ehloLines(fqdn: string, afterTls: boolean, advertiseStartTls = true): string[] {
  const middle = afterTls ? ["AUTH LOGIN XOAUTH2"] : advertiseStartTls ? ["STARTTLS"] : [];
  const items = [
    `${fqdn} Hello [127.0.0.1]`,
    "SIZE 157286400",
    "PIPELINING",
    "DSN",
    "ENHANCEDSTATUSCODES",
    ...middle,
    "8BITMIME",
    "BINARYMIME",
    "CHUNKING",
    "SMTPUTF8",
  ];
  return items.map((item, i) => `250${i === items.length - 1 ? " " : "-"}${item}`);
}

export const SMTP_AUTH_OK = "235 2.7.0 Authentication successful";

export function smtpAuthFailed(fqdn = SMTP_SERVER_FQDN): string {
  return `535 5.7.3 Authentication unsuccessful [${fqdn} ${new Date().toISOString()} ${hex16()}]`;
}

export function smtpAuthDisabled(level: "Tenant" | "Mailbox", fqdn = SMTP_SERVER_FQDN): string {
  return `535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the ${level}. Visit https://aka.ms/smtp_auth_disabled for more information. [${fqdn}]`;
}

export function smtpBasicAuthDisabled(fqdn = SMTP_SERVER_FQDN): string {
  return `535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [${fqdn}]`;
}

export function smtpUnrecognizedAuth(fqdn = SMTP_SERVER_FQDN): string {
  return `504 5.7.4 Unrecognized authentication type [${fqdn}]`;
}

export type SmtpVariant = {
  /** false: EHLO never offers STARTTLS (hostile "no-starttls"). */
  advertiseStartTls: boolean;
  /** TLS for STARTTLS; "close-mid-handshake" closes the socket when the ClientHello arrives. */
  tls: SecureContext | "close-mid-handshake";
};

type Pending = { kind: "xoauth2" } | { kind: "login-user" } | { kind: "login-pass" } | { kind: "data" } | null;

export function serveSmtp(
  socket: Socket,
  deps: MailServerDeps,
  variant: SmtpVariant,
  label: string,
  fqdn = SMTP_SERVER_FQDN,
): void {
  const conn = new LineConnection(socket, deps.registry, deps.log, label);
  let ehloSinceTls = false;
  let authenticated = false;
  let mailFrom = false;
  let pending: Pending = null;

  const xoauth2 = (blob: string): void => {
    const decision = decideMailAccess(deps.directory, deps.tokens, "smtp", blob);
    deps.log(`${label} XOAUTH2 decision: ${decision.outcome}${"reason" in decision ? ` (${decision.reason})` : ""}`);
    if (decision.outcome === "ok") {
      authenticated = true;
      conn.send(SMTP_AUTH_OK);
    } else if (decision.outcome === "smtp-disabled") {
      conn.send(smtpAuthDisabled(decision.level, fqdn));
    } else {
      conn.send(smtpAuthFailed(fqdn));
    }
  };

  conn.setHandler((line) => {
    if (pending) {
      const p = pending;
      pending = null;
      switch (p.kind) {
        case "xoauth2":
          // "*" cancels; assumption: answered like any failed attempt.
          if (line === "*") conn.send(smtpAuthFailed(fqdn));
          else xoauth2(line);
          return;
        case "login-user":
          pending = { kind: "login-pass" };
          conn.send("334 UGFzc3dvcmQ6");
          return;
        case "login-pass":
          conn.send(smtpBasicAuthDisabled(fqdn));
          return;
        case "data":
          if (line === ".") {
            mailFrom = false;
            conn.send(`250 2.0.0 OK <${hex16()}@sim.test> [Hostname=${fqdn}]`); // assumption: the tool never sends mail
          } else {
            pending = p;
          }
          return;
      }
    }
    const sp = line.indexOf(" ");
    const verb = (sp === -1 ? line : line.slice(0, sp)).toUpperCase();
    const arg = sp === -1 ? "" : line.slice(sp + 1).trim();
    switch (verb) {
      case "EHLO":
      case "HELO":
        if (arg === "") {
          conn.send("501 5.5.4 Invalid domain name"); // assumption: exact text
          return;
        }
        ehloSinceTls = conn.isTls;
        authenticated = false;
        mailFrom = false;
        if (verb === "HELO") conn.send(`250 ${fqdn} Hello [127.0.0.1]`);
        else for (const l of ehloLines(fqdn, conn.isTls, variant.advertiseStartTls)) conn.send(l);
        return;
      case "STARTTLS":
        if (conn.isTls || !variant.advertiseStartTls) {
          conn.send("500 5.3.3 Unrecognized command"); // assumption: what a server without STARTTLS answers
          return;
        }
        conn.send("220 2.0.0 SMTP server ready");
        ehloSinceTls = false;
        authenticated = false;
        if (variant.tls === "close-mid-handshake") {
          conn.closeOnClientHello();
        } else {
          conn.startTls(variant.tls);
        }
        return;
      case "AUTH": {
        const [mechRaw = "", initial] = arg.split(" ");
        const mech = mechRaw.toUpperCase();
        if (!conn.isTls) {
          conn.send(smtpUnrecognizedAuth(fqdn)); // research §1.4 [C]: AUTH before STARTTLS
          return;
        }
        if (!ehloSinceTls) {
          conn.send("503 5.5.2 Send hello first"); // assumption: exact text
          return;
        }
        if (authenticated) {
          conn.send("503 5.5.2 Already authenticated"); // assumption: exact text
          return;
        }
        if (mech === "XOAUTH2") {
          if (initial === undefined || initial === "") {
            pending = { kind: "xoauth2" };
            conn.send("334 "); // RFC 4954: "334" and a space
          } else {
            xoauth2(initial);
          }
          return;
        }
        if (mech === "LOGIN") {
          if (initial === undefined || initial === "") {
            pending = { kind: "login-user" };
            conn.send("334 VXNlcm5hbWU6");
          } else {
            pending = { kind: "login-pass" };
            conn.send("334 UGFzc3dvcmQ6");
          }
          return;
        }
        conn.send(smtpUnrecognizedAuth(fqdn));
        return;
      }
      case "MAIL":
        if (!authenticated) {
          conn.send(`530 5.7.57 Client not authenticated to send mail. [${fqdn}]`); // assumption: exact text
          return;
        }
        mailFrom = true;
        conn.send("250 2.1.0 Sender OK");
        return;
      case "RCPT":
        if (!authenticated) {
          conn.send(`530 5.7.57 Client not authenticated to send mail. [${fqdn}]`);
          return;
        }
        conn.send(mailFrom ? "250 2.1.5 Recipient OK" : "503 5.5.1 Bad sequence of commands"); // assumption: 503 text
        return;
      case "DATA":
        if (!authenticated) {
          conn.send(`530 5.7.57 Client not authenticated to send mail. [${fqdn}]`);
          return;
        }
        if (!mailFrom) {
          conn.send("503 5.5.1 Bad sequence of commands");
          return;
        }
        pending = { kind: "data" };
        conn.send("354 Start mail input; end with <CRLF>.<CRLF>");
        return;
      case "RSET":
        mailFrom = false;
        conn.send("250 2.0.0 Resetting"); // assumption: exact text
        return;
      case "NOOP":
        conn.send("250 2.0.0 OK"); // assumption: exact text
        return;
      case "QUIT":
        conn.send("221 2.0.0 Service closing transmission channel");
        conn.close();
        return;
      default:
        conn.send("500 5.3.3 Unrecognized command"); // assumption: exact text
        return;
    }
  });

  conn.send(smtpGreeting(fqdn));
}

export function createSmtpServer(deps: MailServerDeps, variant: SmtpVariant, label: string): Server {
  const server = createServer((socket) => serveSmtp(socket, deps, variant, label));
  server.on("error", (e) => deps.log(`${label} server error: ${e.message}`));
  return server;
}
