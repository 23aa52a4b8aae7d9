import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { probePop3 } from "./pop3";
import { allowedTarget } from "./targets";
import { exchangePop, type PopFakeOptions, popBackend } from "./test-support/exchange-fakes";
import { type FakeServer, startFake, testProfile } from "./test-support/fake-server";
import { makeTestPki, type TestPki } from "./test-support/pki";
import { buildXoauth2 } from "./xoauth2";

const mailbox = "sales@contoso.example";
const token = "EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA-CANARY-POP";
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

async function popFake(o: PopFakeOptions = {}) {
  server = await startFake({ tls: { key: pki.leaf.key, cert: pki.leaf.cert }, handler: exchangePop(o) });
  return allowedTarget(testProfile({ pop: server.port }), "pop");
}
const deps = () => ({ extraCa: [pki.ca.cert] });

describe("probePop3", () => {
  it("authenticates with the two-line AUTH XOAUTH2 Exchange requires, then STAT and QUIT", async () => {
    const target = await popFake();
    const ev = await probePop3({ target, mailbox, accessToken: token, deps: deps() });
    expect(ev.error).toBeUndefined();
    expect(ev.backend).toBe(popBackend);
    expect(ev.capabilities).toEqual(["TOP", "UIDL", "SASL PLAIN XOAUTH2", "USER"]);
    expect(ev.authStyle).toBe("two-line");
    expect(ev.auth).toEqual({ status: "+OK", text: "User successfully authenticated." });
    expect(ev.stat).toEqual({ status: "+OK", text: "2 3021" });
    expect(server?.received).toEqual(["CAPA", "AUTH XOAUTH2", blob, "STAT", "QUIT"]);
    expect(ev.transcript.filter((t) => t.from === "client").map((t) => t.text)).toEqual([
      "CAPA",
      "AUTH XOAUTH2",
      `<redacted ${blob.length} chars>`,
      "STAT",
      "QUIT",
    ]);
    expect(ev.phases.map((p) => p.phase)).toEqual(["dns", "tcp", "tls", "greeting", "capa", "auth", "stat", "quit"]);
    expect(JSON.stringify(ev)).not.toContain(token);
  });

  it("records -ERR on AUTH as AUTH_FAILED and skips STAT", async () => {
    const target = await popFake({
      authReply: () => "-ERR Authentication failure: unknown user name or bad password.",
    });
    const ev = await probePop3({ target, mailbox, accessToken: token, deps: deps() });
    expect(ev.auth).toEqual({ status: "-ERR", text: "Authentication failure: unknown user name or bad password." });
    expect(ev.error).toMatchObject({ code: "AUTH_FAILED", phase: "auth" });
    expect(ev.stat).toBeUndefined();
    expect(server?.received.at(-1)).toBe("QUIT");
  });

  it("records a refused STAT after a good AUTH", async () => {
    const target = await popFake({ statReply: "-ERR Logon failure: unknown user name or bad password." });
    const ev = await probePop3({ target, mailbox, accessToken: token, deps: deps() });
    expect(ev.auth?.status).toBe("+OK");
    expect(ev.error).toMatchObject({ code: "AFTER_AUTH_FAILED", phase: "stat" });
  });

  it("without a token stops after CAPA", async () => {
    const target = await popFake();
    const ev = await probePop3({ target, deps: deps() });
    expect(ev.error).toBeUndefined();
    expect(server?.received).toEqual(["CAPA", "QUIT"]);
    expect(ev.transcript.some((t) => t.from === "note" && /stopped after CAPA/.test(t.text))).toBe(true);
  });

  it("stops with XOAUTH2_NOT_OFFERED when the SASL line lacks XOAUTH2", async () => {
    const target = await popFake({ xoauth2: false });
    const ev = await probePop3({ target, mailbox, accessToken: token, deps: deps() });
    expect(ev.error?.code).toBe("XOAUTH2_NOT_OFFERED");
    expect(server?.received).toEqual(["CAPA", "QUIT"]);
  });

  it("a -ERR greeting is a PROTOCOL error", async () => {
    server = await startFake({
      tls: { key: pki.leaf.key, cert: pki.leaf.cert },
      handler: (c) => c.send("-ERR go away"),
    });
    const ev = await probePop3({ target: allowedTarget(testProfile({ pop: server.port }), "pop"), deps: deps() });
    expect(ev.error).toMatchObject({ code: "PROTOCOL", phase: "greeting" });
  });
});

describe("probePop3 one-line mode (JavaMail's default)", () => {
  it("sends the string on the AUTH line and records Exchange's refusal", async () => {
    const target = await popFake({ oneLineReply: "-ERR Protocol error. 14" });
    const ev = await probePop3({ target, mailbox, accessToken: token, deps: deps(), authStyle: "one-line" });
    expect(ev.authStyle).toBe("one-line");
    expect(server?.received[1]).toBe(`AUTH XOAUTH2 ${blob}`);
    expect(ev.auth).toEqual({ status: "-ERR", text: "Protocol error. 14" });
    expect(ev.error?.code).toBe("AUTH_FAILED");
    expect(ev.transcript.some((t) => t.text === `AUTH XOAUTH2 <redacted ${blob.length} chars>`)).toBe(true);
  });
});
