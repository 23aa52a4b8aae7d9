// The simulated Exchange Online IMAP, POP3 and SMTP servers say the exact texts of research §1 for every cause.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMAP_CAPABILITY_POST_AUTH, IMAP_CAPABILITY_PRE_AUTH, MAILBOX_SERVER_FQDN } from "./imap-server";
import { encodeXoauth2 } from "./mail-auth";
import { LineClient } from "./test-client";
import { CONTOSO, FABRIKAM, FABRIKAM_APP, startTestSimulator, UNCONSENTED_APP } from "./test-support";
import type { MintTokenOptions } from "./tokens";

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;
let sim: Sim;

beforeAll(async () => {
  sim = await startTestSimulator(19500);
}, 20_000);
afterAll(async () => {
  await sim.cleanup();
});

const C = "@contoso.sim.test";
const FQDN = "SIM1PR01CA0002.outlook.sim.test";
const blob = (user: string, token: string) => encodeXoauth2(user, token);
const tokenFor = (upn: string, o: MintTokenOptions = {}) => sim.mintToken({ tenant: CONTOSO, upn, ...o });

// ---------------- IMAP ----------------

async function imap(): Promise<LineClient> {
  const c = await LineClient.tls(sim.ports.imap, { servername: "outlook.sim.test", ca: sim.caCertPem });
  return c;
}

async function imapAuth(user: string, token: string, sasl = true): Promise<{ c: LineClient; reply: string }> {
  const c = await imap();
  await c.readLine();
  if (sasl) {
    c.send(`A1 AUTHENTICATE XOAUTH2 ${blob(user, token)}`);
  } else {
    c.send("A1 AUTHENTICATE XOAUTH2");
    expect(await c.readLine()).toBe("+ ");
    c.send(blob(user, token));
  }
  return { c, reply: await c.readLine() };
}

describe("IMAP", () => {
  it("greets like Exchange Online, with the UTF-16LE base64 backend name, and lists pre-auth capabilities", async () => {
    const c = await imap();
    const greeting = await c.readLine();
    const m = /^\* OK The Microsoft Exchange IMAP4 service is ready\. \[([A-Za-z0-9+/=]+)\]$/.exec(greeting);
    expect(m).not.toBeNull();
    expect(Buffer.from(m?.[1] ?? "", "base64").toString("utf16le")).toBe(MAILBOX_SERVER_FQDN);
    c.send("A0 CAPABILITY");
    expect(await c.readLine()).toBe(
      "* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+",
    );
    expect(IMAP_CAPABILITY_PRE_AUTH).toBe(
      "* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+",
    );
    expect(await c.readLine()).toBe("A0 OK CAPABILITY completed.");
    c.send("A1 LOGIN support@contoso.sim.test password");
    expect(await c.readLine()).toBe("A1 NO LOGIN failed.");
    c.send("A2 SELECT INBOX");
    expect(await c.readLine()).toBe("A2 BAD Command received in Invalid state.");
    c.close();
  });

  it("authenticates with SASL-IR, then CAPABILITY, LIST, SELECT INBOX and LOGOUT work", async () => {
    const { c, reply } = await imapAuth(`support${C}`, tokenFor(`support${C}`));
    expect(reply).toBe("A1 OK AUTHENTICATE completed.");
    c.send("A2 CAPABILITY");
    expect(await c.readLine()).toBe(
      "* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT CLIENTACCESSRULES CLIENTNETWORKPRESENCELOCATION BACKENDAUTHENTICATE CHILDREN IDLE NAMESPACE LITERAL+",
    );
    expect(IMAP_CAPABILITY_POST_AUTH).toContain("BACKENDAUTHENTICATE");
    expect(await c.readLine()).toBe("A2 OK CAPABILITY completed.");
    c.send('A3 LIST "" *');
    const list = await c.readUntil((l) => l.startsWith("A3 "));
    expect(list).toContain('* LIST (\\Marked \\HasNoChildren) "/" INBOX');
    expect(list).toContain('* LIST (\\HasNoChildren \\Sent) "/" "Sent Items"');
    expect(list.at(-1)).toBe("A3 OK LIST completed.");
    c.send("A4 SELECT INBOX");
    const sel = await c.readUntil((l) => l.startsWith("A4 "));
    expect(sel).toContain("* 2 EXISTS");
    expect(sel.at(-1)).toBe("A4 OK [READ-WRITE] SELECT completed.");
    c.send("A5 LOGOUT");
    expect(await c.readLine()).toBe("* BYE Microsoft Exchange Server IMAP4 server signing off.");
    expect(await c.readLine()).toBe("A5 OK LOGOUT completed.");
    expect(await c.waitClosed()).toBe(true);
  });

  it("accepts AUTHENTICATE XOAUTH2 with the '+ ' continuation", async () => {
    const { c, reply } = await imapAuth(`sales${C}`, tokenFor(`sales${C}`), false);
    expect(reply).toBe("A1 OK AUTHENTICATE completed.");
    c.close();
  });

  it("accepts an app-only token with IMAP.AccessAsApp for any mailbox of the tenant", async () => {
    const { c, reply } = await imapAuth(`support${C}`, sim.mintToken({ tenant: CONTOSO, kind: "app" }));
    expect(reply).toBe("A1 OK AUTHENTICATE completed.");
    c.close();
  });

  it("lets a delegate with Full Access open a shared mailbox", async () => {
    const { c, reply } = await imapAuth(`shared${C}`, tokenFor(`delegate${C}`));
    expect(reply).toBe("A1 OK AUTHENTICATE completed.");
    c.send('A2 LIST "" INBOX');
    expect(await c.readLine()).toBe('* LIST (\\Marked \\HasNoChildren) "/" INBOX');
    c.close();
  });

  it.each([
    ["an expired token", () => blob(`support${C}`, tokenFor(`support${C}`, { expired: true }))],
    ["a token signed by another key", () => blob(`support${C}`, tokenFor(`support${C}`, { signature: "wrong-key" }))],
    ["an unsigned token", () => blob(`support${C}`, tokenFor(`support${C}`, { signature: "none" }))],
    [
      "a Graph-audience token",
      () => blob(`support${C}`, tokenFor(`support${C}`, { audience: "https://graph.microsoft.com" })),
    ],
    [
      "a token without IMAP.AccessAsUser.All",
      () => blob(`support${C}`, tokenFor(`support${C}`, { scopes: ["SMTP.Send"] })),
    ],
    [
      "a token of an unknown tenant",
      () => blob(`support${C}`, tokenFor(`support${C}`, { claims: { tid: "99999999-9999-4999-8999-999999999999" } })),
    ],
    [
      "a token of an unknown app",
      () => blob(`support${C}`, tokenFor(`support${C}`, { claims: { appid: "99999999-9999-4999-8999-999999999999" } })),
    ],
    ["a token whose user is not in the tenant", () => blob(`support${C}`, tokenFor(`ghost${C}`))],
    ["a user= mailbox that does not exist", () => blob(`ghost${C}`, tokenFor(`support${C}`))],
    ["a user without any licence (no mailbox)", () => blob(`nolicence${C}`, tokenFor(`nolicence${C}`))],
    [
      "an app-only token without roles",
      () => blob(`support${C}`, sim.mintToken({ tenant: CONTOSO, clientId: UNCONSENTED_APP, kind: "app", roles: [] })),
    ],
    [
      "a blob with a space after user=",
      () => Buffer.from(`user= support${C}\x01auth=Bearer ${tokenFor(`support${C}`)}\x01\x01`).toString("base64"),
    ],
    [
      "a blob with a literal \\x01A instead of the 0x01 byte",
      () => Buffer.from(`user=support${C}\\x01Aauth=Bearer abc\\x01A\\x01A`).toString("base64"),
    ],
    ["a blob that is not base64", () => "not base64!"],
    [
      "a blob with 'auth=bearer' (lower case)",
      () => Buffer.from(`user=support${C}\x01auth=bearer ${tokenFor(`support${C}`)}\x01\x01`).toString("base64"),
    ],
  ])("answers NO AUTHENTICATE failed. for %s", async (_name, make) => {
    const c = await imap();
    await c.readLine();
    c.send(`A1 AUTHENTICATE XOAUTH2 ${make()}`);
    expect(await c.readLine()).toBe("A1 NO AUTHENTICATE failed.");
    c.send("A2 NOOP");
    expect(await c.readLine()).toBe("A2 OK NOOP completed.");
    c.close();
  });

  it.each([
    ["IMAP disabled for the mailbox", `imapoff${C}`, `imapoff${C}`],
    ["no Full Access to the user= mailbox", `shared${C}`, `nodelegate${C}`],
    ["a token for another user than user=", `sales${C}`, `support${C}`],
    ["an F3 licence", `f3user${C}`, `f3user${C}`],
  ])("authenticates, then refuses the next command when %s", async (_name, mailbox, upn) => {
    const { c, reply } = await imapAuth(mailbox, tokenFor(upn));
    expect(reply).toBe("A1 OK AUTHENTICATE completed.");
    c.send('A2 LIST "" *');
    expect(await c.readLine()).toBe("A2 BAD User is authenticated but not connected.");
    expect(await c.readLine()).toBe("* BYE Connection closed. 14");
    expect(await c.waitClosed()).toBe(true);
  });

  it("accepts long lines (a 40 KB token) and closes the connection on a line over 64 KB", async () => {
    const big = tokenFor(`support${C}`, { claims: { padding: "x".repeat(30_000) } });
    const { c, reply } = await imapAuth(`support${C}`, big);
    expect(reply).toBe("A1 OK AUTHENTICATE completed.");
    c.close();
    const d = await imap();
    await d.readLine();
    d.send(`A1 NOOP ${"y".repeat(70 * 1024)}`);
    expect(await d.waitClosed()).toBe(true);
  });
});

// ---------------- POP3 ----------------

async function pop(): Promise<LineClient> {
  const c = await LineClient.tls(sim.ports.pop, { servername: "outlook.sim.test", ca: sim.caCertPem });
  return c;
}

async function popAuth(user: string, token: string): Promise<{ c: LineClient; reply: string }> {
  const c = await pop();
  await c.readLine();
  c.send("AUTH XOAUTH2");
  expect(await c.readLine()).toBe("+ ");
  c.send(blob(user, token));
  return { c, reply: await c.readLine() };
}

describe("POP3", () => {
  it("greets like Exchange Online and answers CAPA", async () => {
    const c = await pop();
    const greeting = await c.readLine();
    const m = /^\+OK The Microsoft Exchange POP3 service is ready\. \[([A-Za-z0-9+/=]+)\]$/.exec(greeting);
    expect(Buffer.from(m?.[1] ?? "", "base64").toString("utf16le")).toBe(MAILBOX_SERVER_FQDN);
    c.send("CAPA");
    expect(await c.readUntil((l) => l === ".")).toEqual(["+OK", "TOP", "UIDL", "SASL PLAIN XOAUTH2", "USER", "."]);
    c.close();
  });

  it("authenticates with the two-line AUTH XOAUTH2, then STAT and QUIT", async () => {
    const { c, reply } = await popAuth(`support${C}`, tokenFor(`support${C}`));
    expect(reply).toBe("+OK User successfully authenticated.");
    c.send("STAT");
    expect(await c.readLine()).toMatch(/^\+OK 2 \d+$/);
    c.send("QUIT");
    expect(await c.readLine()).toBe("+OK Microsoft Exchange Server POP3 server signing off.");
    expect(await c.waitClosed()).toBe(true);
  });

  it("refuses the one-line AUTH XOAUTH2 <blob> form (assumption)", async () => {
    const c = await pop();
    await c.readLine();
    c.send(`AUTH XOAUTH2 ${blob(`support${C}`, tokenFor(`support${C}`))}`);
    expect(await c.readLine()).toBe("-ERR Authentication failure: unknown user name or bad password.");
    c.close();
  });

  it.each([
    ["an expired token", `support${C}`, () => tokenFor(`support${C}`, { expired: true })],
    [
      "a Graph-audience token",
      `support${C}`,
      () => tokenFor(`support${C}`, { audience: "https://graph.microsoft.com" }),
    ],
    [
      "a token without POP.AccessAsUser.All",
      `support${C}`,
      () => tokenFor(`support${C}`, { scopes: ["IMAP.AccessAsUser.All"] }),
    ],
  ])("fails AUTH for %s", async (_n, user, make) => {
    const { c, reply } = await popAuth(user, make());
    expect(reply).toBe("-ERR Authentication failure: unknown user name or bad password.");
    c.close();
  });

  it("authenticates, then refuses STAT when POP is disabled for the mailbox (assumption)", async () => {
    const { c, reply } = await popAuth(`popoff${C}`, tokenFor(`popoff${C}`));
    expect(reply).toBe("+OK User successfully authenticated.");
    c.send("STAT");
    expect(await c.readLine()).toBe("-ERR User is authenticated but not connected.");
    expect(await c.waitClosed()).toBe(true);
  });
});

// ---------------- SMTP ----------------

const ehloPlain = [
  `250-${FQDN} Hello [127.0.0.1]`,
  "250-SIZE 157286400",
  "250-PIPELINING",
  "250-DSN",
  "250-ENHANCEDSTATUSCODES",
  "250-STARTTLS",
  "250-8BITMIME",
  "250-BINARYMIME",
  "250-CHUNKING",
  "250 SMTPUTF8",
];
const ehloTls = ehloPlain.map((l) => (l === "250-STARTTLS" ? "250-AUTH LOGIN XOAUTH2" : l));
const failed573 = new RegExp(
  `^535 5\\.7\\.3 Authentication unsuccessful \\[${FQDN.replace(/\./g, "\\.")} \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z [0-9A-F]{16}\\]$`,
);

async function smtpTls(): Promise<LineClient> {
  const c = await LineClient.plain(sim.ports.smtp);
  await c.readLine();
  c.send("EHLO probe.sim.test");
  await c.readUntil((l) => l.startsWith("250 "));
  c.send("STARTTLS");
  expect(await c.readLine()).toBe("220 2.0.0 SMTP server ready");
  await c.upgrade({ servername: "smtp.sim.test", ca: sim.caCertPem });
  c.send("EHLO probe.sim.test");
  expect(await c.readUntil((l) => l.startsWith("250 "))).toEqual(ehloTls);
  return c;
}

async function smtpAuth(user: string, token: string, oneLine = true): Promise<string> {
  const c = await smtpTls();
  if (oneLine) {
    c.send(`AUTH XOAUTH2 ${blob(user, token)}`);
  } else {
    c.send("auth xoauth2");
    expect(await c.readLine()).toBe("334 ");
    c.send(blob(user, token));
  }
  const reply = await c.readLine();
  c.close();
  return reply;
}

describe("SMTP", () => {
  it("greets, advertises STARTTLS and no AUTH before TLS, and refuses AUTH and MAIL there", async () => {
    const c = await LineClient.plain(sim.ports.smtp);
    expect(await c.readLine()).toMatch(
      new RegExp(
        `^220 ${FQDN.replace(/\./g, "\\.")} Microsoft ESMTP MAIL Service ready at (Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d:\\d\\d \\+0000 \\[[0-9A-F]{16}\\]$`,
      ),
    );
    c.send("EHLO probe.sim.test");
    expect(await c.readUntil((l) => l.startsWith("250 "))).toEqual(ehloPlain);
    c.send(`AUTH XOAUTH2 ${blob(`support${C}`, tokenFor(`support${C}`))}`);
    expect(await c.readLine()).toBe(`504 5.7.4 Unrecognized authentication type [${FQDN}]`);
    c.send("MAIL FROM:<support@contoso.sim.test>");
    expect(await c.readLine()).toBe(`530 5.7.57 Client not authenticated to send mail. [${FQDN}]`);
    c.send("QUIT");
    expect(await c.readLine()).toBe("221 2.0.0 Service closing transmission channel");
    c.close();
  });

  it("authenticates XOAUTH2 in one line and with the 334 continuation (verb in any case)", async () => {
    expect(await smtpAuth(`support${C}`, tokenFor(`support${C}`))).toBe("235 2.7.0 Authentication successful");
    expect(await smtpAuth(`support${C}`, tokenFor(`support${C}`), false)).toBe("235 2.7.0 Authentication successful");
  });

  it("accepts app-only tokens with SMTP.SendAsApp, delegates with Full Access and F3 users", async () => {
    expect(await smtpAuth(`support${C}`, sim.mintToken({ tenant: CONTOSO, kind: "app" }))).toBe(
      "235 2.7.0 Authentication successful",
    );
    expect(await smtpAuth(`shared${C}`, tokenFor(`delegate${C}`))).toBe("235 2.7.0 Authentication successful");
    expect(await smtpAuth(`f3user${C}`, tokenFor(`f3user${C}`))).toBe("235 2.7.0 Authentication successful");
  });

  it.each([
    ["an expired token", `support${C}`, () => tokenFor(`support${C}`, { expired: true })],
    ["a wrong signature", `support${C}`, () => tokenFor(`support${C}`, { signature: "wrong-key" })],
    ["a Graph audience", `support${C}`, () => tokenFor(`support${C}`, { audience: "https://graph.microsoft.com" })],
    ["no SMTP.Send scope", `support${C}`, () => tokenFor(`support${C}`, { scopes: ["IMAP.AccessAsUser.All"] })],
    ["no Full Access to the mailbox", `shared${C}`, () => tokenFor(`nodelegate${C}`)],
    ["another user's token", `sales${C}`, () => tokenFor(`support${C}`)],
    [
      "an app token without SMTP.SendAsApp",
      `support${C}`,
      () => sim.mintToken({ tenant: CONTOSO, kind: "app", roles: ["IMAP.AccessAsApp"] }),
    ],
  ])("answers 535 5.7.3 for %s", async (_n, user, make) => {
    expect(await smtpAuth(user, make())).toMatch(failed573);
  });

  it("answers 535 5.7.3 to a malformed blob", async () => {
    const c = await smtpTls();
    c.send(`AUTH XOAUTH2 ${Buffer.from("user=x auth=Bearer y").toString("base64")}`);
    expect(await c.readLine()).toMatch(failed573);
    c.close();
  });

  it("answers 5.7.139 when SMTP AUTH is disabled for the mailbox or the tenant; the mailbox setting wins", async () => {
    expect(await smtpAuth(`smtpoff${C}`, tokenFor(`smtpoff${C}`))).toBe(
      `535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [${FQDN}]`,
    );
    const fab = (upn: string) => sim.mintToken({ tenant: FABRIKAM, clientId: FABRIKAM_APP, upn });
    expect(await smtpAuth("support@fabrikam.sim.test", fab("support@fabrikam.sim.test"))).toBe(
      `535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [${FQDN}]`,
    );
    expect(await smtpAuth("smtpon@fabrikam.sim.test", fab("smtpon@fabrikam.sim.test"))).toBe(
      "235 2.7.0 Authentication successful",
    );
  });

  it("refuses AUTH LOGIN (basic authentication) with 5.7.139", async () => {
    const c = await smtpTls();
    c.send("AUTH LOGIN");
    expect(await c.readLine()).toBe("334 VXNlcm5hbWU6");
    c.send(Buffer.from(`support${C}`).toString("base64"));
    expect(await c.readLine()).toBe("334 UGFzc3dvcmQ6");
    c.send(Buffer.from("password").toString("base64"));
    expect(await c.readLine()).toBe(
      `535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [${FQDN}]`,
    );
    c.send("AUTH PLAIN AHVzZXIAcGFzcw==");
    expect(await c.readLine()).toBe(`504 5.7.4 Unrecognized authentication type [${FQDN}]`);
    c.close();
  });
});
