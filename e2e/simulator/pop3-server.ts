// Exchange Online POP3 look-alike (outlook.office365.com:995, implicit TLS). Wire texts: research §1.3 and §8.
import type { Socket } from "node:net";
import { createServer, type Server, type TlsOptions } from "node:tls";
import { MAILBOX_SERVER_FQDN, type MailServerDeps } from "./imap-server";
import { bannerTag, LineConnection } from "./line-conn";
import { decideMailAccess } from "./mail-auth";

export const POP_AUTH_OK = "+OK User successfully authenticated.";
export const POP_AUTH_FAILED = "-ERR Authentication failure: unknown user name or bad password.";
export const POP_CAPA = ["+OK", "TOP", "UIDL", "SASL PLAIN XOAUTH2", "USER", "."];

export function popGreeting(fqdn = MAILBOX_SERVER_FQDN): string {
  return `+OK The Microsoft Exchange POP3 service is ready. [${bannerTag(fqdn)}]`;
}

// assumption: every simulated mailbox holds the same two small messages.
const messages = [1, 2].map((n) =>
  [
    `From: Simulator <noreply@sim.test>`,
    `To: mailbox@sim.test`,
    `Subject: Simulated message ${n}`,
    `Message-ID: <sim-${n}@sim.test>`,
    `Date: Mon, 01 Jan 2024 00:00:0${n} +0000`,
    ``,
    `This is simulated message ${n}.`,
  ].join("\r\n"),
);

type PopState = "authorization" | "transaction" | "not-connected";

export function servePop3(socket: Socket, deps: MailServerDeps, label: string, fqdn = MAILBOX_SERVER_FQDN): void {
  const conn = new LineConnection(socket, deps.registry, deps.log, label);
  let state: PopState = "authorization";
  let pending: { mechanism: string } | null = null;

  const sendMultiline = (first: string, lines: string[]): void => {
    conn.send(first);
    for (const l of lines) conn.send(l.startsWith(".") ? `.${l}` : l);
    conn.send(".");
  };

  conn.setHandler((line) => {
    if (pending) {
      const { mechanism } = pending;
      pending = null;
      if (mechanism !== "XOAUTH2" || line === "*") {
        conn.send(POP_AUTH_FAILED); // basic auth (PLAIN) is off; "*" cancels (assumption: same failure reply)
        return;
      }
      const decision = decideMailAccess(deps.directory, deps.tokens, "pop", line);
      deps.log(`${label} XOAUTH2 decision: ${decision.outcome}${"reason" in decision ? ` (${decision.reason})` : ""}`);
      if (decision.outcome === "ok") {
        state = "transaction";
        conn.send(POP_AUTH_OK);
      } else if (decision.outcome === "not-connected") {
        // assumption (research §1.3 [U]): like IMAP, POP disabled / no FullAccess / F-licence lets AUTH succeed and
        // refuses the next command with "-ERR User is authenticated but not connected." before closing.
        state = "not-connected";
        conn.send(POP_AUTH_OK);
      } else {
        conn.send(POP_AUTH_FAILED);
      }
      return;
    }
    const [verbRaw = "", ...args] = line.split(" ");
    const verb = verbRaw.toUpperCase();

    if (state === "not-connected") {
      conn.send("-ERR User is authenticated but not connected."); // assumption, see above
      conn.close();
      return;
    }
    if (verb === "CAPA") {
      for (const l of POP_CAPA) conn.send(l);
      return;
    }
    if (verb === "QUIT") {
      conn.send("+OK Microsoft Exchange Server POP3 server signing off."); // assumption: exact text
      conn.close();
      return;
    }
    if (verb === "NOOP") {
      conn.send("+OK");
      return;
    }
    if (state === "authorization") {
      switch (verb) {
        case "AUTH": {
          const mechanism = (args[0] ?? "").toUpperCase();
          if (mechanism === "") {
            sendMultiline("+OK", ["PLAIN", "XOAUTH2"]); // assumption: the mechanism list
            return;
          }
          if (mechanism !== "XOAUTH2" && mechanism !== "PLAIN") {
            conn.send("-ERR Unrecognized authentication type."); // assumption: exact text
            return;
          }
          if (args.length > 1) {
            // Research §1.3: Exchange Online requires AUTH XOAUTH2 on two lines. What it answers to the one-line
            // (SASL-IR) form is not captured. assumption: the generic authentication failure.
            conn.send(POP_AUTH_FAILED);
            return;
          }
          pending = { mechanism };
          conn.send("+ ");
          return;
        }
        case "USER":
          conn.send("+OK");
          return;
        case "PASS":
          conn.send("-ERR Logon failure: unknown user name or bad password."); // assumption: basic auth refused
          return;
        case "STAT":
        case "LIST":
        case "UIDL":
        case "RETR":
        case "TOP":
        case "DELE":
        case "RSET":
          conn.send("-ERR Command is not valid in this state."); // assumption: exact text
          return;
        default:
          conn.send("-ERR Protocol error. 14"); // assumption: unknown command
          return;
      }
    }
    // transaction state
    const sizes = messages.map((m) => Buffer.byteLength(m));
    const total = sizes.reduce((a, b) => a + b, 0);
    const pick = (arg: string | undefined): number | null => {
      const n = Number(arg);
      return Number.isInteger(n) && n >= 1 && n <= messages.length ? n : null;
    };
    switch (verb) {
      case "STAT":
        conn.send(`+OK ${messages.length} ${total}`);
        return;
      case "LIST":
        if (args[0] !== undefined) {
          const n = pick(args[0]);
          conn.send(n ? `+OK ${n} ${sizes[n - 1]}` : "-ERR No such message.");
          return;
        }
        sendMultiline(
          `+OK ${messages.length} ${total}`,
          sizes.map((s, i) => `${i + 1} ${s}`),
        );
        return;
      case "UIDL":
        sendMultiline(
          "+OK",
          messages.map((_, i) => `${i + 1} AAAAAAAAAAAAAAAAAAAAAA${i + 1}`),
        );
        return;
      case "RETR":
      case "TOP": {
        const n = pick(args[0]);
        const m = n ? messages[n - 1] : undefined;
        if (!m) {
          conn.send("-ERR No such message.");
          return;
        }
        const lines = m.split("\r\n");
        if (verb === "TOP") {
          const blank = lines.indexOf("");
          const keep = Math.max(0, Number(args[1] ?? 0) || 0);
          sendMultiline("+OK", lines.slice(0, blank + 1 + keep));
        } else {
          sendMultiline(`+OK ${Buffer.byteLength(m)} octets`, lines);
        }
        return;
      }
      case "DELE":
      case "RSET":
        conn.send("+OK");
        return;
      case "AUTH":
      case "USER":
      case "PASS":
        conn.send("-ERR Command is not valid in this state.");
        return;
      default:
        conn.send("-ERR Protocol error. 14");
        return;
    }
  });

  conn.send(popGreeting(fqdn));
}

export function createPop3Server(deps: MailServerDeps, tls: TlsOptions, label: string): Server {
  const server = createServer(tls, (socket) => servePop3(socket, deps, label));
  server.on("tlsClientError", (e) => deps.log(`${label} TLS handshake failed: ${e.message}`));
  server.on("error", (e) => deps.log(`${label} server error: ${e.message}`));
  return server;
}
