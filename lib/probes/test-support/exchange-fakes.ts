// Fakes that answer like Exchange Online (shared/research/microsoft.md §1.2–1.4), with switches for the failures.
import type { FakeConn } from "./fake-server";

export const imapGreeting =
  "* OK The Microsoft Exchange IMAP4 service is ready. [TQBSADEAUAAyADYANABDAEEAMAAxADQANgAuAEYAUgBBAFAAMgA2ADQALgBQAFIATwBEAC4ATwBVAFQATABPAE8ASwAuAEMATwBNAA==]";
export const imapBackend = "MR1P264CA0146.FRAP264.PROD.OUTLOOK.COM";
export const popGreeting =
  "+OK The Microsoft Exchange POP3 service is ready. [UwBDADEAUABSADgAMABDAEEAMAAxADAANQAuAGwAYQBtAHAAcgBkADgAMAAuAHAAcgBvAGQALgBvAHUAdABsAG8AbwBrAC4AYwBvAG0A]";
export const popBackend = "SC1PR80CA0105.lamprd80.prod.outlook.com";

export const decodeBlob = (b64: string) => Buffer.from(b64, "base64").toString("utf8");

export type ImapFakeOptions = {
  saslIr?: boolean;
  xoauth2?: boolean;
  authReply?: (blob: string) => string;
  afterAuthReply?: string;
  // Sent after AUTHENTICATE instead of the tagged reply (an error challenge).
  challenge?: string;
};

export function exchangeImap(o: ImapFakeOptions = {}) {
  return async (c: FakeConn) => {
    c.send(imapGreeting);
    for (;;) {
      const line = await c.readLine();
      if (line === null) return;
      const [tag = "", verb = "", ...rest] = line.split(" ");
      switch (verb.toUpperCase()) {
        case "CAPABILITY":
          c.send(
            `* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN${o.xoauth2 === false ? "" : " AUTH=XOAUTH2"}${o.saslIr === false ? "" : " SASL-IR"} UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+`,
          );
          c.send(`${tag} OK CAPABILITY completed.`);
          break;
        case "AUTHENTICATE": {
          let blob = rest[1];
          if (blob === undefined) {
            c.send("+ ");
            blob = (await c.readLine()) ?? "";
          }
          if (o.challenge) {
            c.send(`+ ${o.challenge}`);
            await c.readLine();
          }
          c.send(`${tag} ${o.authReply ? o.authReply(blob) : "OK AUTHENTICATE completed."}`);
          break;
        }
        case "LIST":
          if (o.afterAuthReply) c.send(`${tag} ${o.afterAuthReply}`);
          else {
            c.send('* LIST (\\Marked \\HasNoChildren) "/" INBOX');
            c.send(`${tag} OK LIST completed.`);
          }
          break;
        case "LOGOUT":
          c.send("* BYE Microsoft Exchange Server IMAP4 server signing off.");
          c.send(`${tag} OK LOGOUT completed.`);
          c.end();
          return;
        default:
          c.send(`${tag} BAD Command Error. 12`);
      }
    }
  };
}

export type PopFakeOptions = {
  xoauth2?: boolean;
  authReply?: (blob: string) => string;
  statReply?: string;
  oneLineReply?: string;
};

export function exchangePop(o: PopFakeOptions = {}) {
  return async (c: FakeConn) => {
    c.send(popGreeting);
    for (;;) {
      const line = await c.readLine();
      if (line === null) return;
      const [verb = "", ...rest] = line.split(" ");
      switch (verb.toUpperCase()) {
        case "CAPA":
          c.send("+OK");
          c.send("TOP");
          c.send("UIDL");
          c.send(o.xoauth2 === false ? "SASL PLAIN" : "SASL PLAIN XOAUTH2");
          c.send("USER");
          c.send(".");
          break;
        case "AUTH": {
          if (rest.length > 1) {
            // Exchange Online needs two lines; an initial response on the AUTH line fails.
            c.send(o.oneLineReply ?? "-ERR Protocol error. 14");
            break;
          }
          c.send("+ ");
          const blob = (await c.readLine()) ?? "";
          c.send(o.authReply ? o.authReply(blob) : "+OK User successfully authenticated.");
          break;
        }
        case "STAT":
          c.send(o.statReply ?? "+OK 2 3021");
          break;
        case "QUIT":
          c.send("+OK Microsoft Exchange Server POP3 server signing off.");
          c.end();
          return;
        default:
          c.send("-ERR Command is not valid in this state.");
      }
    }
  };
}

export type SmtpFakeOptions = {
  tls: { key: string; cert: string };
  starttls?: boolean;
  starttlsReply?: string;
  xoauth2?: boolean;
  // Multi-line replies are given as several lines.
  authReply?: (blob: string) => string[];
  challengeAfterBlob?: string;
};

const ehloBefore = (starttls: boolean) => [
  "250-SC1PR80CA0174.outlook.office365.com Hello [192.0.2.10]",
  "250-SIZE 157286400",
  "250-PIPELINING",
  "250-DSN",
  "250-ENHANCEDSTATUSCODES",
  ...(starttls ? ["250-STARTTLS"] : []),
  "250-8BITMIME",
  "250-BINARYMIME",
  "250-CHUNKING",
  "250 SMTPUTF8",
];
const ehloAfter = (xoauth2: boolean) => [
  "250-SC1PR80CA0174.outlook.office365.com Hello [192.0.2.10]",
  "250-SIZE 157286400",
  "250-PIPELINING",
  "250-DSN",
  "250-ENHANCEDSTATUSCODES",
  xoauth2 ? "250-AUTH LOGIN XOAUTH2" : "250-AUTH LOGIN",
  "250-8BITMIME",
  "250-BINARYMIME",
  "250-CHUNKING",
  "250 SMTPUTF8",
];

export function exchangeSmtp(o: SmtpFakeOptions) {
  return async (c: FakeConn) => {
    let secure = false;
    c.send(
      "220 SC1PR80CA0174.outlook.office365.com Microsoft ESMTP MAIL Service ready at Mon, 27 Mar 2023 18:17:53 +0000",
    );
    for (;;) {
      const line = await c.readLine();
      if (line === null) return;
      const [verb = "", ...rest] = line.split(" ");
      switch (verb.toUpperCase()) {
        case "EHLO":
          for (const l of secure ? ehloAfter(o.xoauth2 !== false) : ehloBefore(o.starttls !== false)) c.send(l);
          break;
        case "STARTTLS":
          if (o.starttlsReply) {
            c.send(o.starttlsReply);
            break;
          }
          c.send("220 2.0.0 SMTP server ready");
          await c.startTls(o.tls);
          secure = true;
          break;
        case "AUTH": {
          if (!secure) {
            c.send("504 5.7.4 Unrecognized authentication type [SC1PR80CA0174.lamprd80.prod.outlook.com]");
            break;
          }
          let blob = rest[1];
          if (blob === undefined) {
            c.send("334 ");
            blob = (await c.readLine()) ?? "";
          }
          if (o.challengeAfterBlob) {
            c.send(`334 ${o.challengeAfterBlob}`);
            await c.readLine();
          }
          for (const l of o.authReply ? o.authReply(blob) : ["235 2.7.0 Authentication successful"]) c.send(l);
          break;
        }
        case "QUIT":
          c.send("221 2.0.0 Service closing transmission channel");
          c.end();
          return;
        default:
          c.send("500 5.3.3 Unrecognized command");
      }
    }
  };
}
