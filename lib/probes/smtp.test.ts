import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { probeSmtp } from "./smtp";
import { allowedTarget } from "./targets";
import { exchangeSmtp, type SmtpFakeOptions } from "./test-support/exchange-fakes";
import { type FakeServer, startFake, testProfile } from "./test-support/fake-server";
import { makeTestPki, type TestPki } from "./test-support/pki";
import { buildXoauth2 } from "./xoauth2";

const mailbox = "support@contoso.example";
const token = "eyJ0eXAiOiJKV1QifQ.eyJzY3AiOiJTTVRQLlNlbmQiLCJjYW5hcnkiOiJTTVRQIn0.U01UUC1DQU5BUlktU0lH";
const blob = buildXoauth2(mailbox, token);

let pki: TestPki;
let server: FakeServer | undefined;
beforeAll(() => {
  pki = makeTestPki();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function smtpFake(o: Partial<SmtpFakeOptions> = {}) {
  server = await startFake({ handler: exchangeSmtp({ tls: { key: pki.leaf.key, cert: pki.leaf.cert }, ...o }) });
  return allowedTarget(testProfile({ smtp: server.port }), "smtp");
}
const deps = () => ({ extraCa: [pki.ca.cert] });
const neverSendsMail = () => expect(server?.received.some((l) => /^(MAIL|RCPT|DATA|BDAT)\b/i.test(l))).toBe(false);

describe("probeSmtp", () => {
  it("does EHLO, STARTTLS, EHLO, one-line AUTH XOAUTH2 and QUIT", async () => {
    const target = await smtpFake();
    const ev = await probeSmtp({
      target,
      mailbox,
      accessToken: token,
      deps: deps(),
      ehloName: "ece-services.contoso.example",
    });
    expect(ev.error).toBeUndefined();
    expect(ev.greeting).toMatch(/^220 SC1PR80CA0174\.outlook\.office365\.com Microsoft ESMTP/);
    expect(ev.ehloBeforeTls).toContain("STARTTLS");
    expect(ev.starttls).toBe("ok");
    expect(ev.tls).toMatchObject({ starttls: true, authorized: true, protocol: "TLSv1.3" });
    expect(ev.ehloAfterTls).toContain("AUTH LOGIN XOAUTH2");
    expect(ev.authStyle).toBe("one-line");
    expect(ev.auth).toEqual({ status: "235", text: "2.7.0 Authentication successful" });
    expect(server?.received).toEqual([
      "EHLO ece-services.contoso.example",
      "STARTTLS",
      "EHLO ece-services.contoso.example",
      `AUTH XOAUTH2 ${blob}`,
      "QUIT",
    ]);
    expect(ev.transcript.filter((t) => t.from === "client").map((t) => t.text)).toContain(
      `AUTH XOAUTH2 <redacted ${blob.length} chars>`,
    );
    expect(ev.phases.map((p) => p.phase)).toEqual([
      "dns",
      "tcp",
      "greeting",
      "ehlo",
      "starttls",
      "tls",
      "ehlo-tls",
      "auth",
      "quit",
    ]);
    neverSendsMail();
    expect(JSON.stringify(ev)).not.toContain(token);
  });

  it("two-step AUTH waits for 334 and sends the string alone", async () => {
    const target = await smtpFake();
    const ev = await probeSmtp({ target, mailbox, accessToken: token, deps: deps(), authStyle: "two-step" });
    expect(ev.error).toBeUndefined();
    expect(ev.authStyle).toBe("two-step");
    expect(server?.received.slice(3, 5)).toEqual(["AUTH XOAUTH2", blob]);
    const texts = ev.transcript.map((t) => `${t.from}: ${t.text}`);
    const i = texts.indexOf("client: AUTH XOAUTH2");
    expect(texts.slice(i + 1, i + 3)).toEqual(["server: 334 ", `client: <redacted ${blob.length} chars>`]);
  });

  it.each([
    ["535 5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]"],
    [
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [TY1PR01CA0183.jpnprd01.prod.outlook.com]",
    ],
  ])("records %s as AUTH_FAILED", async (line) => {
    const target = await smtpFake({ authReply: () => [line] });
    const ev = await probeSmtp({ target, mailbox, accessToken: token, deps: deps() });
    expect(ev.auth).toEqual({ status: "535", text: line.slice(4) });
    expect(ev.error).toMatchObject({ code: "AUTH_FAILED", phase: "auth" });
    expect(server?.received.at(-1)).toBe("QUIT");
    neverSendsMail();
  });

  it("joins a multi-line 535 reply", async () => {
    const target = await smtpFake({ authReply: () => ["535-5.7.3 Authentication unsuccessful", "535 5.7.3 [host]"] });
    const ev = await probeSmtp({ target, mailbox, accessToken: token, deps: deps() });
    expect(ev.auth).toEqual({ status: "535", text: "5.7.3 Authentication unsuccessful 5.7.3 [host]" });
  });

  it("answers a 334 error challenge after the string with an empty line", async () => {
    const target = await smtpFake({
      challengeAfterBlob: Buffer.from('{"status":"400"}').toString("base64"),
      authReply: () => ["535 5.7.3 nope"],
    });
    const ev = await probeSmtp({ target, mailbox, accessToken: token, deps: deps() });
    expect(server?.received).toContain("");
    expect(ev.auth?.status).toBe("535");
  });

  it("stops with STARTTLS_MISSING when EHLO does not offer STARTTLS", async () => {
    const target = await smtpFake({ starttls: false });
    const ev = await probeSmtp({ target, mailbox, accessToken: token, deps: deps() });
    expect(ev.starttls).toBe("not-offered");
    expect(ev.error).toMatchObject({ code: "STARTTLS_MISSING", phase: "ehlo" });
    expect(ev.tls).toBeUndefined();
    expect(server?.received.map((l) => l.split(" ")[0])).toEqual(["EHLO", "QUIT"]);
  });

  it("records a refused STARTTLS", async () => {
    const target = await smtpFake({ starttlsReply: "454 4.7.0 TLS not available due to local problem" });
    const ev = await probeSmtp({ target, mailbox, accessToken: token, deps: deps() });
    expect(ev.starttls).toBe("refused");
    expect(ev.error).toMatchObject({ code: "STARTTLS_REFUSED", phase: "starttls" });
  });

  it("without a token stops after STARTTLS and the second EHLO", async () => {
    const target = await smtpFake();
    const ev = await probeSmtp({ target, deps: deps() });
    expect(ev.error).toBeUndefined();
    expect(ev.auth).toBeUndefined();
    expect(ev.ehloAfterTls.length).toBeGreaterThan(0);
    expect(server?.received.map((l) => l.split(" ")[0])).toEqual(["EHLO", "STARTTLS", "EHLO", "QUIT"]);
    expect(ev.transcript.some((t) => t.from === "note" && /stopped after STARTTLS and EHLO/.test(t.text))).toBe(true);
  });

  it("stops with XOAUTH2_NOT_OFFERED when AUTH lacks XOAUTH2 after TLS", async () => {
    const target = await smtpFake({ xoauth2: false });
    const ev = await probeSmtp({ target, mailbox, accessToken: token, deps: deps() });
    expect(ev.error?.code).toBe("XOAUTH2_NOT_OFFERED");
    expect(server?.received.some((l) => l.startsWith("AUTH"))).toBe(false);
  });

  it("an untrusted certificate after STARTTLS stops the probe before EHLO and AUTH", async () => {
    const target = await smtpFake();
    const ev = await probeSmtp({ target, mailbox, accessToken: token });
    expect(ev.starttls).toBe("ok");
    expect(ev.tls).toMatchObject({
      starttls: true,
      authorized: false,
      authorizationError: "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    });
    expect(ev.error).toMatchObject({ code: "UNABLE_TO_VERIFY_LEAF_SIGNATURE", phase: "tls" });
    expect(server?.received.map((l) => l.split(" ")[0])).toEqual(["EHLO", "STARTTLS"]);
  });

  it("a non-SMTP line is a PROTOCOL error", async () => {
    server = await startFake({ handler: (c) => c.send("SSH-2.0-OpenSSH_9.6") });
    const ev = await probeSmtp({ target: allowedTarget(testProfile({ smtp: server.port }), "smtp"), deps: deps() });
    expect(ev.error).toMatchObject({ code: "PROTOCOL", phase: "greeting" });
    expect(ev.starttls).toBe("not-reached");
  });

  it("a 554 greeting is reported with its text", async () => {
    server = await startFake({
      handler: (c) => c.send("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked"),
    });
    const ev = await probeSmtp({ target: allowedTarget(testProfile({ smtp: server.port }), "smtp"), deps: deps() });
    expect(ev.greeting).toBe("554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked");
    expect(ev.error).toMatchObject({ code: "PROTOCOL", phase: "greeting" });
  });
});
