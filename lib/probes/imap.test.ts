import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { probeImap } from "./imap";
import { type AllowedTarget, allowedTarget } from "./targets";
import { decodeBlob, exchangeImap, imapBackend } from "./test-support/exchange-fakes";
import { type FakeServer, startFake, testProfile } from "./test-support/fake-server";
import { makeTestPki, type TestPki } from "./test-support/pki";
import { buildXoauth2 } from "./xoauth2";

const mailbox = "support@contoso.example";
const token =
  "eyJ0eXAiOiJKV1QiLCJub25jZSI6IkNBTkFSWSJ9.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlLmNvbSJ9.c2lnbmF0dXJlLUNBTkFSWS1JTUFQ";
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

async function imapFake(
  handler: Parameters<typeof startFake>[0]["handler"],
  cert = () => ({ key: pki.leaf.key, cert: pki.leaf.cert }),
) {
  server = await startFake({ tls: cert(), handler });
  return allowedTarget(testProfile({ imap: server.port }), "imap");
}
const trust = () => ({ extraCa: [pki.ca.cert] });
const run = (target: AllowedTarget, extra: Partial<Parameters<typeof probeImap>[0]> = {}) =>
  probeImap({ target, mailbox, accessToken: token, deps: trust(), ...extra });

describe("probeImap against an Exchange-like server", () => {
  it("signs in with SASL-IR on one line, lists INBOX, logs out, and redacts the XOAUTH2 string", async () => {
    const target = await imapFake(exchangeImap());
    const ev = await run(target);
    expect(ev.error).toBeUndefined();
    expect(ev.kind).toBe("imap");
    expect(ev.remoteAddress).toBe("127.0.0.1");
    expect(ev.target).toBe(`localhost:${target.port}`);
    expect(ev.tls?.authorized).toBe(true);
    expect(ev.tls?.protocol).toBe("TLSv1.3");
    expect(ev.backend).toBe(imapBackend);
    expect(ev.saslIr).toBe(true);
    expect(ev.capabilities).toContain("AUTH=XOAUTH2");
    expect(ev.auth).toEqual({ status: "OK", text: "AUTHENTICATE completed." });
    expect(ev.afterAuth).toEqual({ command: 'LIST "" "INBOX"', status: "OK", text: "LIST completed." });
    expect(ev.phases.map((p) => p.phase)).toEqual([
      "dns",
      "tcp",
      "tls",
      "greeting",
      "capability",
      "auth",
      "after-auth",
      "logout",
    ]);
    expect(ev.phases.every((p) => p.outcome === "ok")).toBe(true);
    // The wire had the real string on the AUTHENTICATE line; the transcript has its length only.
    expect(server?.received).toContain(`A2 AUTHENTICATE XOAUTH2 ${blob}`);
    expect(decodeBlob(blob)).toBe(`user=${mailbox}\x01auth=Bearer ${token}\x01\x01`);
    const clientLines = ev.transcript.filter((t) => t.from === "client").map((t) => t.text);
    expect(clientLines).toEqual([
      "A1 CAPABILITY",
      `A2 AUTHENTICATE XOAUTH2 <redacted ${blob.length} chars>`,
      'A3 LIST "" "INBOX"',
      "A4 LOGOUT",
    ]);
    expect(ev.transcript.some((t) => t.from === "note" && t.text.includes(imapBackend))).toBe(true);
    expect(JSON.stringify(ev)).not.toContain(token);
    expect(JSON.stringify(ev)).not.toContain(blob);
  });

  it("without SASL-IR waits for '+' and sends the string on its own line", async () => {
    const target = await imapFake(exchangeImap({ saslIr: false }));
    const ev = await run(target);
    expect(ev.error).toBeUndefined();
    expect(ev.saslIr).toBe(false);
    expect(server?.received.slice(1, 3)).toEqual(["A2 AUTHENTICATE XOAUTH2", blob]);
    const texts = ev.transcript.map((t) => `${t.from}: ${t.text}`);
    const i = texts.indexOf("client: A2 AUTHENTICATE XOAUTH2");
    expect(i).toBeGreaterThan(0);
    expect(texts[i + 1]).toBe("server: + ");
    expect(texts[i + 2]).toBe(`client: <redacted ${blob.length} chars>`);
  });

  it('reports "BAD User is authenticated but not connected." after an OK AUTHENTICATE', async () => {
    const target = await imapFake(exchangeImap({ afterAuthReply: "BAD User is authenticated but not connected." }));
    const ev = await run(target);
    expect(ev.auth?.status).toBe("OK");
    expect(ev.afterAuth).toEqual({
      command: 'LIST "" "INBOX"',
      status: "BAD",
      text: "User is authenticated but not connected.",
    });
    expect(ev.error).toMatchObject({ code: "AFTER_AUTH_FAILED", phase: "after-auth" });
    expect(ev.phases.find((p) => p.phase === "after-auth")?.outcome).toBe("error");
    expect(server?.received.at(-1)).toBe("A4 LOGOUT");
  });

  it('reports "NO AUTHENTICATE failed." and sends no further command but LOGOUT', async () => {
    const target = await imapFake(exchangeImap({ authReply: () => "NO AUTHENTICATE failed." }));
    const ev = await run(target);
    expect(ev.auth).toEqual({ status: "NO", text: "AUTHENTICATE failed." });
    expect(ev.afterAuth).toBeUndefined();
    expect(ev.error).toMatchObject({ code: "AUTH_FAILED", phase: "auth" });
    expect(server?.received.some((l) => l.startsWith("A3"))).toBe(false);
    expect(server?.received.at(-1)).toBe("A4 LOGOUT");
  });

  it("answers an error challenge with an empty line (XOAUTH2) and records the final reply", async () => {
    const challenge = Buffer.from('{"status":"401","schemes":"bearer","scope":"https://mail.example/"}').toString(
      "base64",
    );
    const target = await imapFake(exchangeImap({ challenge, authReply: () => "NO AUTHENTICATE failed." }));
    const ev = await run(target);
    expect(ev.auth?.status).toBe("NO");
    expect(server?.received).toContain("");
  });

  it("without an access token stops after CAPABILITY and says so", async () => {
    const target = await imapFake(exchangeImap());
    const ev = await probeImap({ target, mailbox, deps: trust() });
    expect(ev.error).toBeUndefined();
    expect(ev.auth).toBeUndefined();
    expect(server?.received).toEqual(["A1 CAPABILITY", "A4 LOGOUT"]);
    expect(ev.transcript.some((t) => t.from === "note" && /stopped after CAPABILITY/.test(t.text))).toBe(true);
  });

  it("stops with XOAUTH2_NOT_OFFERED when AUTH=XOAUTH2 is missing", async () => {
    const target = await imapFake(exchangeImap({ xoauth2: false }));
    const ev = await run(target);
    expect(ev.error?.code).toBe("XOAUTH2_NOT_OFFERED");
    expect(server?.received.some((l) => l.includes("AUTHENTICATE"))).toBe(false);
  });
});

describe("probeImap against hostile or broken servers", () => {
  it("a silent server ends in TIMEOUT within the greeting timeout", async () => {
    const target = await imapFake(() => new Promise(() => undefined));
    const ev = await run(target, { timeouts: { greetingMs: 500 } });
    expect(ev.error).toMatchObject({ code: "TIMEOUT", phase: "greeting" });
    expect(ev.phases.at(-1)).toMatchObject({ phase: "greeting", outcome: "timeout" });
    expect(ev.ms).toBeLessThan(500 + 1500);
  });

  it("the whole-probe timeout bounds a server that drips lines slowly", async () => {
    const target = await imapFake(async (c) => {
      c.send("* OK ready");
      await c.readLine();
      const drip = setInterval(() => c.send("* CAPABILITY IMAP4rev1"), 100);
      await c.readLine();
      clearInterval(drip);
    });
    const ev = await run(target, { timeouts: { totalMs: 700, commandMs: 5_000 } });
    expect(ev.error).toMatchObject({ code: "TIMEOUT", phase: "capability" });
    expect(ev.ms).toBeLessThan(700 + 1500);
  });

  it("garbage instead of a greeting is a PROTOCOL error", async () => {
    const target = await imapFake((c) => c.send("HTTP/1.1 400 Bad Request"));
    const ev = await run(target);
    expect(ev.error).toMatchObject({ code: "PROTOCOL", phase: "greeting" });
    expect(ev.greeting).toBe("HTTP/1.1 400 Bad Request");
  });

  it("a 1 MB line without a newline ends in LINE_TOO_LONG quickly", async () => {
    const target = await imapFake((c) => c.write(Buffer.alloc(1024 * 1024, 0x41)));
    const ev = await run(target, { timeouts: { greetingMs: 5_000 } });
    expect(ev.error).toMatchObject({ code: "LINE_TOO_LONG", phase: "greeting" });
    expect(ev.ms).toBeLessThan(2_000);
  });

  it("a server closing after the greeting gives CLOSED", async () => {
    const target = await imapFake(async (c) => {
      c.send("* OK ready");
      await c.readLine();
      c.destroy();
    });
    const ev = await run(target);
    expect(ev.error?.code).toMatch(/^(CLOSED|ECONNRESET)$/);
    expect(ev.error?.phase).toBe("capability");
  });

  it("an untrusted certificate is recorded and the probe stops before any IMAP command", async () => {
    const target = await imapFake(exchangeImap(), () => ({ key: pki.leaf.key, cert: pki.leaf.cert + pki.ca.cert }));
    const ev = await probeImap({ target, mailbox, accessToken: token });
    expect(ev.error).toMatchObject({ code: "SELF_SIGNED_CERT_IN_CHAIN", phase: "tls" });
    expect(ev.tls).toMatchObject({
      authorized: false,
      authorizationError: "SELF_SIGNED_CERT_IN_CHAIN",
      protocol: "TLSv1.3",
    });
    expect(ev.tls?.certificate?.altNames).toEqual(["DNS:localhost"]);
    expect(ev.tls?.certificate?.chain).toEqual([
      "O=ECE OAuth Doctor tests, CN=localhost",
      "O=ECE OAuth Doctor tests, CN=ECE Doctor Test Root CA",
    ]);
    expect(ev.phases.find((p) => p.phase === "tls")?.outcome).toBe("error");
    expect(server?.received).toEqual([]);
  });

  it("a BYE followed by a close is quoted in the CLOSED error", async () => {
    const target = await imapFake(async (c) => {
      c.send("* OK ready");
      await c.readLine();
      c.send("* BYE Connection closed. 14");
      c.end();
    });
    const ev = await run(target);
    expect(ev.error).toMatchObject({ code: "CLOSED", phase: "capability" });
    expect(ev.error?.message).toContain("* BYE Connection closed. 14");
  });

  it("a caller's abort ends the probe with ABORTED", async () => {
    const target = await imapFake(() => new Promise(() => undefined));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const ev = await run(target, { signal: controller.signal });
    expect(ev.error).toMatchObject({ code: "ABORTED", phase: "greeting" });
  });

  it("a forged target never opens a socket", async () => {
    const forged = { host: "127.0.0.1", port: 993, service: "imap", tlsMode: "implicit" } as unknown as AllowedTarget;
    const ev = await run(forged);
    expect(ev.error).toMatchObject({ code: "REFUSED_TARGET", phase: "target" });
    expect(ev.phases).toEqual([]);
  });
});
