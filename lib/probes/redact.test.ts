import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeImap } from "./imap";
import { probePop3 } from "./pop3";
import { redactDeep, redactSecrets } from "./redact";
import { probeSmtp } from "./smtp";
import { allowedTarget } from "./targets";
import { exchangeImap, exchangePop, exchangeSmtp } from "./test-support/exchange-fakes";
import { type FakeServer, startFake, testProfile } from "./test-support/fake-server";
import { makeTestPki, type TestPki } from "./test-support/pki";
import type { ProbeEvidence } from "./types";
import { buildXoauth2 } from "./xoauth2";

const jwt = "eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlLmNvbSJ9.QUJDREVGRw-_";

describe("redactSecrets", () => {
  it("replaces each given secret with its length", () => {
    expect(redactSecrets("token=abcd1234 again abcd1234", ["abcd1234"])).toBe(
      "token=<redacted 8 chars> again <redacted 8 chars>",
    );
  });

  it("redacts an XOAUTH2 blob it was not told about", () => {
    const blob = buildXoauth2("a@b.example", "opaque-token-1");
    expect(redactSecrets(`A1 AUTHENTICATE XOAUTH2 ${blob}`)).toBe(
      `A1 AUTHENTICATE XOAUTH2 <redacted ${blob.length} chars>`,
    );
  });

  it("redacts JWT-looking strings and keeps the surrounding text", () => {
    expect(redactSecrets(`token ${jwt} end`)).toBe(`token <redacted ${jwt.length} chars> end`);
  });

  it('redacts "Bearer <token>" keeping the word', () => {
    expect(redactSecrets("Authorization: Bearer EwBAAl3BAAUFFpUAo7J3Ve0bjLBW")).toBe(
      "Authorization: Bearer <redacted 28 chars>",
    );
  });

  it("redacts base64 that decodes to a bearer credential", () => {
    const b = Buffer.from("auth=Bearer opaque-token-xyz\x01\x01").toString("base64");
    expect(redactSecrets(`C: ${b}`)).toBe(`C: <redacted ${b.length} chars>`);
  });

  it("leaves ordinary protocol lines, Exchange's base64 greeting and short secrets alone", () => {
    const greeting =
      "* OK The Microsoft Exchange IMAP4 service is ready. [TQBSADEAUAAyADYANABDAEEAMAAxADQANgAuAEYAUgBBAFAAMgA2ADQALgBQAFIATwBEAC4ATwBVAFQATABPAE8ASwAuAEMATwBNAA==]";
    expect(redactSecrets(greeting, ["OK"])).toBe(greeting);
    expect(redactSecrets("535 5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]")).toBe(
      "535 5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]",
    );
  });

  it("is idempotent", () => {
    const once = redactSecrets(`Bearer ${jwt} ${buildXoauth2("a@b", "t0k3n")}`, ["t0k3n"]);
    expect(redactSecrets(once, ["t0k3n"])).toBe(once);
  });

  it("redactDeep reaches nested strings", () => {
    expect(redactDeep({ a: [{ b: "x SECRET1 y" }], n: 1 }, ["SECRET1"])).toEqual({
      a: [{ b: "x <redacted 7 chars> y" }],
      n: 1,
    });
  });
});

// Servers that echo whatever they receive, in every reply: the canaries must still never appear.
describe("canary tokens never survive in any transcript entry or evidence field", () => {
  // An opaque (non-JWT) token: only the explicit-secret rule can catch it when echoed raw.
  const canary = "CANARY0paqueT0ken-9f8e7d6c5b4a";
  const canaryJwt = `eyJ0eXAiOiJKV1QifQ.eyJjYW5hcnkiOiJ5ZXMifQ.Q0FOQVJZ${"x".repeat(20)}`;
  const mailbox = "canary@contoso.example";
  let pki: TestPki;
  const servers: FakeServer[] = [];
  beforeAll(() => {
    pki = makeTestPki();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });
  const tlsOpts = () => ({ key: pki.leaf.key, cert: pki.leaf.cert });
  const deps = () => ({ extraCa: [pki.ca.cert] });

  function assertClean(ev: ProbeEvidence, token: string) {
    const blob = buildXoauth2(mailbox, token);
    const decodedTokenB64 = Buffer.from(token).toString("base64");
    for (const entry of ev.transcript) {
      expect(entry.text).not.toContain(token);
      expect(entry.text).not.toContain(blob);
      expect(entry.text).not.toContain(blob.slice(0, 40));
      expect(entry.text).not.toContain(decodedTokenB64);
    }
    const all = JSON.stringify(ev);
    expect(all).not.toContain(token);
    expect(all).not.toContain(blob.slice(0, 40));
    expect(ev.transcript.some((t) => t.from === "client" && t.text.includes(`<redacted ${blob.length} chars>`))).toBe(
      true,
    );
  }

  it.each([canary, canaryJwt])("IMAP with token %#", async (token) => {
    const s = await startFake({
      tls: tlsOpts(),
      handler: exchangeImap({
        authReply: (blob) =>
          `NO AUTHENTICATE failed. you sent ${blob} = ${Buffer.from(blob, "base64").toString("latin1")} token ${token} Bearer ${token}`,
      }),
    });
    servers.push(s);
    const ev = await probeImap({
      target: allowedTarget(testProfile({ imap: s.port }), "imap"),
      mailbox,
      accessToken: token,
      deps: deps(),
    });
    expect(ev.auth?.status).toBe("NO");
    assertClean(ev, token);
    expect(ev.auth?.text).toContain("<redacted");
    expect(ev.error?.message).not.toContain(token);
  });

  it.each([canary, canaryJwt])("POP3 with token %#", async (token) => {
    const s = await startFake({
      tls: tlsOpts(),
      handler: exchangePop({ authReply: (blob) => `-ERR bad ${blob} ${token}` }),
    });
    servers.push(s);
    const ev = await probePop3({
      target: allowedTarget(testProfile({ pop: s.port }), "pop"),
      mailbox,
      accessToken: token,
      deps: deps(),
    });
    expect(ev.auth?.status).toBe("-ERR");
    assertClean(ev, token);
  });

  it.each([canary, canaryJwt])("SMTP with token %#", async (token) => {
    const s = await startFake({
      handler: exchangeSmtp({
        tls: tlsOpts(),
        authReply: (blob) => [`535-5.7.3 you sent ${blob}`, `535 5.7.3 token ${token}`],
      }),
    });
    servers.push(s);
    const ev = await probeSmtp({
      target: allowedTarget(testProfile({ smtp: s.port }), "smtp"),
      mailbox,
      accessToken: token,
      deps: deps(),
    });
    expect(ev.auth?.status).toBe("535");
    assertClean(ev, token);
  });

  it("a token with surrounding white space is redacted in both forms", async () => {
    const s = await startFake({ tls: tlsOpts(), handler: exchangeImap({ authReply: () => `NO echo ${canary}` }) });
    servers.push(s);
    const ev = await probeImap({
      target: allowedTarget(testProfile({ imap: s.port }), "imap"),
      mailbox,
      accessToken: ` ${canary}\n`,
      deps: deps(),
    });
    assertClean(ev, canary);
  });
});
