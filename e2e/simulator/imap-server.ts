// Exchange Online IMAP4 look-alike (outlook.office365.com:993, implicit TLS). Wire texts: research §1.2 and §8.
import type { Socket } from "node:net";
import { createServer, type Server, type TlsOptions } from "node:tls";
import type { Directory } from "./directory";
import { bannerTag, LineConnection, type Logger, type SocketRegistry } from "./line-conn";
import { decideMailAccess } from "./mail-auth";
import type { TokenService } from "./tokens";

/** The backend server named (UTF-16LE, base64) in the IMAP and POP banners. */
export const MAILBOX_SERVER_FQDN = "SIM1PR01CA0001.SIMPRD01.PROD.OUTLOOK.SIM.TEST";

export const IMAP_CAPABILITY_PRE_AUTH =
  "* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+";
export const IMAP_CAPABILITY_POST_AUTH =
  "* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT CLIENTACCESSRULES CLIENTNETWORKPRESENCELOCATION BACKENDAUTHENTICATE CHILDREN IDLE NAMESPACE LITERAL+";

export function imapGreeting(fqdn = MAILBOX_SERVER_FQDN): string {
  return `* OK The Microsoft Exchange IMAP4 service is ready. [${bannerTag(fqdn)}]`;
}

export type MailServerDeps = {
  directory: Directory;
  tokens: TokenService;
  registry: SocketRegistry;
  log: Logger;
};

// assumption: the folder list of every simulated mailbox (Exchange's default folders, INBOX holds 2 messages).
const folders: { name: string; flags: string; exists: number }[] = [
  { name: "INBOX", flags: "\\Marked \\HasNoChildren", exists: 2 },
  { name: "Archive", flags: "\\HasNoChildren \\Archive", exists: 0 },
  { name: "Deleted Items", flags: "\\HasNoChildren \\Trash", exists: 0 },
  { name: "Drafts", flags: "\\HasNoChildren \\Drafts", exists: 0 },
  { name: "Junk Email", flags: "\\HasNoChildren \\Junk", exists: 0 },
  { name: "Outbox", flags: "\\HasNoChildren", exists: 0 },
  { name: "Sent Items", flags: "\\HasNoChildren \\Sent", exists: 0 },
];

function quoteMailbox(name: string): string {
  return /[\s"\\()]/.test(name) ? `"${name.replace(/["\\]/g, "\\$&")}"` : name;
}

/** Splits IMAP arguments: atoms and quoted strings. */
export function imapArgs(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === " ") {
      i++;
      continue;
    }
    if (text[i] === '"') {
      let value = "";
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === "\\" && i + 1 < text.length) i++;
        value += text[i];
        i++;
      }
      i++;
      out.push(value);
    } else {
      const end = text.indexOf(" ", i);
      out.push(end === -1 ? text.slice(i) : text.slice(i, end));
      i = end === -1 ? text.length : end;
    }
  }
  return out;
}

function listPattern(reference: string, pattern: string): RegExp {
  const full = reference + pattern;
  const re = full
    .split("")
    .map((ch) => (ch === "*" ? ".*" : ch === "%" ? "[^/]*" : ch.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${re}$`, "i");
}

type ImapState = "not-authenticated" | "authenticated" | "selected" | "not-connected";

/** Runs the IMAP dialogue on an already-secured socket. */
export function serveImap(socket: Socket, deps: MailServerDeps, label: string, fqdn = MAILBOX_SERVER_FQDN): void {
  const conn = new LineConnection(socket, deps.registry, deps.log, label);
  let state: ImapState = "not-authenticated";
  /** A command waiting for a continuation line (AUTHENTICATE without SASL-IR). */
  let pending: { tag: string; mechanism: string } | null = null;

  const authenticate = (tag: string, mechanism: string, response: string): void => {
    if (mechanism !== "XOAUTH2") {
      // Basic authentication (AUTHENTICATE PLAIN) is off in Exchange Online.
      conn.send(`${tag} NO AUTHENTICATE failed.`);
      return;
    }
    const decision = decideMailAccess(deps.directory, deps.tokens, "imap", response);
    deps.log(`${label} XOAUTH2 decision: ${decision.outcome}${"reason" in decision ? ` (${decision.reason})` : ""}`);
    if (decision.outcome === "ok") {
      state = "authenticated";
      conn.send(`${tag} OK AUTHENTICATE completed.`);
    } else if (decision.outcome === "not-connected") {
      state = "not-connected";
      conn.send(`${tag} OK AUTHENTICATE completed.`);
    } else {
      conn.send(`${tag} NO AUTHENTICATE failed.`);
    }
  };

  conn.setHandler((line) => {
    if (pending) {
      const { tag, mechanism } = pending;
      pending = null;
      // "*" cancels (RFC 3501); assumption: answered like any failed attempt.
      if (line === "*") conn.send(`${tag} NO AUTHENTICATE failed.`);
      else authenticate(tag, mechanism, line);
      return;
    }
    if (line.trim() === "") return;
    const sp = line.indexOf(" ");
    const tag = sp === -1 ? line : line.slice(0, sp);
    const rest = sp === -1 ? "" : line.slice(sp + 1);
    const sp2 = rest.indexOf(" ");
    const command = (sp2 === -1 ? rest : rest.slice(0, sp2)).toUpperCase();
    const argText = sp2 === -1 ? "" : rest.slice(sp2 + 1);

    if (state === "not-connected") {
      // research §1.2 [C]: authenticated, then refused on the next command, then the connection is closed.
      // assumption: BYE follows the first refused command (captures show it after the second).
      conn.send(`${tag} BAD User is authenticated but not connected.`);
      conn.send("* BYE Connection closed. 14");
      conn.close();
      return;
    }
    if (command === "") {
      conn.send(`${tag} BAD Command Error. 10`); // assumption: Exchange's text for an unparsable command
      return;
    }
    const authed = state === "authenticated" || state === "selected";
    switch (command) {
      case "CAPABILITY":
        conn.send(authed ? IMAP_CAPABILITY_POST_AUTH : IMAP_CAPABILITY_PRE_AUTH);
        conn.send(`${tag} OK CAPABILITY completed.`);
        return;
      case "NOOP":
        conn.send(`${tag} OK NOOP completed.`);
        return;
      case "ID":
        conn.send("* ID NIL"); // assumption
        conn.send(`${tag} OK ID completed.`);
        return;
      case "LOGOUT":
        conn.send("* BYE Microsoft Exchange Server IMAP4 server signing off."); // assumption: exact BYE text
        conn.send(`${tag} OK LOGOUT completed.`);
        conn.close();
        return;
      case "LOGIN":
        if (authed) break;
        conn.send(`${tag} NO LOGIN failed.`); // research §1.2 [C]: basic LOGIN refused
        return;
      case "AUTHENTICATE": {
        if (authed) break;
        const [mech = "", initial] = argText.split(" ");
        const mechanism = mech.toUpperCase();
        if (mechanism !== "XOAUTH2" && mechanism !== "PLAIN") {
          conn.send(`${tag} NO AUTHENTICATE failed.`); // assumption: unknown mechanism answered like a failure
          return;
        }
        if (initial === undefined || initial === "") {
          pending = { tag, mechanism };
          conn.send("+ "); // RFC 3501 continuation: "+" and a space
          return;
        }
        authenticate(tag, mechanism, initial === "=" ? "" : initial);
        return;
      }
      case "NAMESPACE":
        if (!authed) break;
        conn.send('* NAMESPACE (("" "/")) NIL NIL');
        conn.send(`${tag} OK NAMESPACE completed.`);
        return;
      case "LIST":
      case "LSUB": {
        if (!authed) break;
        const [reference = "", pattern = ""] = imapArgs(argText);
        if (command === "LIST" && pattern === "") {
          conn.send('* LIST (\\Noselect \\HasChildren) "/" ""');
        } else {
          const re = listPattern(reference, pattern);
          for (const f of folders)
            if (re.test(f.name)) conn.send(`* ${command} (${f.flags}) "/" ${quoteMailbox(f.name)}`);
        }
        conn.send(`${tag} OK ${command} completed.`);
        return;
      }
      case "SELECT":
      case "EXAMINE": {
        if (!authed) break;
        const [name = ""] = imapArgs(argText);
        const folder = folders.find((f) => f.name.toLowerCase() === name.toLowerCase());
        if (!folder) {
          state = "authenticated";
          conn.send(`${tag} NO Mailbox doesn't exist: ${name}`); // assumption: exact text
          return;
        }
        conn.send(`* ${folder.exists} EXISTS`);
        conn.send("* 0 RECENT");
        conn.send("* FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft $MDNSent)");
        conn.send("* OK [PERMANENTFLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft $MDNSent)] Permanent flags");
        conn.send("* OK [UIDVALIDITY 14] UIDVALIDITY value");
        conn.send(`* OK [UIDNEXT ${folder.exists + 1}] The next unique identifier value`);
        state = "selected";
        conn.send(
          command === "SELECT"
            ? `${tag} OK [READ-WRITE] SELECT completed.`
            : `${tag} OK [READ-ONLY] EXAMINE completed.`,
        );
        return;
      }
      case "CLOSE":
      case "UNSELECT":
        if (state !== "selected") break;
        state = "authenticated";
        conn.send(`${tag} OK ${command} completed.`);
        return;
      default:
        conn.send(`${tag} BAD Command Error. 10`); // assumption: Exchange's unknown-command text
        return;
    }
    conn.send(`${tag} BAD Command received in Invalid state.`); // assumption: Exchange's wrong-state text
  });

  conn.send(imapGreeting(fqdn));
}

/** An implicit-TLS IMAP server; `tls` decides the certificate and versions (hostile variants reuse it). */
export function createImapServer(deps: MailServerDeps, tls: TlsOptions, label: string): Server {
  const server = createServer(tls, (socket) => serveImap(socket, deps, label));
  server.on("tlsClientError", (e) => deps.log(`${label} TLS handshake failed: ${e.message}`));
  server.on("error", (e) => deps.log(`${label} server error: ${e.message}`));
  return server;
}
