import tls from "node:tls";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { allowedTarget } from "./targets";
import { exchangeSmtp } from "./test-support/exchange-fakes";
import { type FakeServer, startFake, testProfile } from "./test-support/fake-server";
import { type Issued, makeTestPki, type TestPki } from "./test-support/pki";
import { probeTls } from "./tls";

let pki: TestPki;
let server: FakeServer | undefined;
beforeAll(() => {
  pki = makeTestPki();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// Can this Node/OpenSSL build serve and speak TLS 1.1 at all? Decided once, before the tests are declared.
async function tls11Possible(): Promise<boolean> {
  const p = makeTestPki();
  const s = tls.createServer(
    { key: p.leaf.key, cert: p.leaf.cert, minVersion: "TLSv1.1", maxVersion: "TLSv1.1", ciphers: "DEFAULT@SECLEVEL=0" },
    (c) => c.end(),
  );
  s.on("tlsClientError", () => undefined);
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as { port: number }).port;
  const ok = await new Promise<boolean>((resolve) => {
    const c = tls.connect({
      host: "127.0.0.1",
      port,
      servername: "localhost",
      rejectUnauthorized: false,
      minVersion: "TLSv1",
      ciphers: "DEFAULT@SECLEVEL=0",
    });
    c.once("secureConnect", () => {
      resolve(c.getProtocol() === "TLSv1.1");
      c.destroy();
    });
    c.once("error", () => resolve(false));
  });
  await new Promise<void>((r) => s.close(() => r()));
  return ok;
}
const canTls11 = await tls11Possible();

const serving =
  (leaf: () => Issued, chain = false) =>
  async () => {
    const cert = leaf();
    server = await startFake({
      tls: { key: cert.key, cert: chain ? cert.cert + pki.ca.cert : cert.cert },
      handler: () => undefined,
    });
    return allowedTarget(testProfile({ imap: server.port }), "imap");
  };

describe("probeTls certificate verdicts (recorded, never thrown)", () => {
  it.each([
    ["expired leaf", () => pki.expired, false, true, "CERT_HAS_EXPIRED"],
    ["leaf for another name", () => pki.wrongName, false, true, "ERR_TLS_CERT_ALTNAME_INVALID"],
    ["self-signed leaf", () => pki.selfSigned, false, true, "DEPTH_ZERO_SELF_SIGNED_CERT"],
    ["untrusted root sent in the chain", () => pki.leaf, true, false, "SELF_SIGNED_CERT_IN_CHAIN"],
    ["untrusted issuer not sent", () => pki.leaf, false, false, "UNABLE_TO_VERIFY_LEAF_SIGNATURE"],
  ] as const)("%s → %s", async (_name, leaf, chain, trustCa, code) => {
    const target = await serving(leaf, chain)();
    const ev = await probeTls({ target, ...(trustCa ? { deps: { extraCa: [pki.ca.cert] } } : {}) });
    expect(ev.authorized).toBe(false);
    expect(ev.authorizationError).toBe(code);
    expect(ev.error).toMatchObject({ code, phase: "tls" });
    expect(ev.certificate?.subject).toContain("CN=");
    expect(ev.protocol).toBe("TLSv1.3");
    expect(ev.phases.find((p) => p.phase === "tls")?.outcome).toBe("error");
  });

  it("a trusted certificate: authorized, SAN, validity, chain up to the root, SNI name", async () => {
    let sni: string | undefined;
    server = await startFake({
      tls: {
        key: pki.leaf.key,
        cert: pki.leaf.cert,
        SNICallback: (name, cb) => {
          sni = name;
          cb(null, tls.createSecureContext({ key: pki.leaf.key, cert: pki.leaf.cert }));
        },
      },
      handler: () => undefined,
    });
    const target = allowedTarget(testProfile({ imap: server.port }), "imap");
    const ev = await probeTls({ target, deps: { extraCa: [pki.ca.cert] } });
    expect(ev.error).toBeUndefined();
    expect(sni).toBe("localhost");
    expect(ev).toMatchObject({
      kind: "tls",
      host: "localhost",
      port: server.port,
      starttls: false,
      authorized: true,
      remoteAddress: "127.0.0.1",
    });
    expect(ev.certificate).toMatchObject({
      subject: "O=ECE OAuth Doctor tests, CN=localhost",
      issuer: "O=ECE OAuth Doctor tests, CN=ECE Doctor Test Root CA",
      altNames: ["DNS:localhost"],
      chain: ["O=ECE OAuth Doctor tests, CN=localhost", "O=ECE OAuth Doctor tests, CN=ECE Doctor Test Root CA"],
    });
    expect(Date.parse(ev.certificate?.validTo ?? "")).toBeGreaterThan(Date.now());
    expect(ev.certificate?.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  it("on the SMTP target it does EHLO and STARTTLS first", async () => {
    server = await startFake({ handler: exchangeSmtp({ tls: { key: pki.leaf.key, cert: pki.leaf.cert } }) });
    const ev = await probeTls({
      target: allowedTarget(testProfile({ smtp: server.port }), "smtp"),
      deps: { extraCa: [pki.ca.cert] },
    });
    expect(ev.error).toBeUndefined();
    expect(ev).toMatchObject({ starttls: true, authorized: true, protocol: "TLSv1.3" });
    expect(server.received.map((l) => l.split(" ")[0])).toEqual(["EHLO", "STARTTLS", "QUIT"]);
  });

  it("a server that drops the connection during the handshake gives ECONNRESET in phase tls", async () => {
    server = await startFake({ handler: () => undefined, raw: (s) => s.once("data", () => s.destroy()) });
    const ev = await probeTls({ target: allowedTarget(testProfile({ imap: server.port }), "imap") });
    expect(ev.error).toMatchObject({ code: "ECONNRESET", phase: "tls" });
    expect(ev.authorized).toBe(false);
    expect(ev.protocol).toBeUndefined();
  });

  it("a plain-text server on an implicit-TLS port is an OpenSSL error, not a hang", async () => {
    server = await startFake({ handler: (c) => c.send("220 smtp.example ESMTP ready, and this is not TLS at all") });
    const ev = await probeTls({
      target: allowedTarget(testProfile({ imap: server.port }), "imap"),
      timeouts: { tlsMs: 2_000 },
    });
    expect(ev.error?.phase).toBe("tls");
    expect(ev.error?.code).toMatch(/^ERR_SSL_/);
  });

  it("a server that never answers the ClientHello times out in phase tls", async () => {
    server = await startFake({ handler: () => undefined, raw: () => undefined });
    const ev = await probeTls({
      target: allowedTarget(testProfile({ imap: server.port }), "imap"),
      timeouts: { tlsMs: 500 },
    });
    expect(ev.error).toMatchObject({ code: "TIMEOUT", phase: "tls" });
    expect(ev.ms).toBeLessThan(500 + 1500);
  });

  it.skipIf(!canTls11)(
    "reports an old server's TLS 1.1 instead of failing (skipped when this OpenSSL cannot serve TLS 1.1)",
    async () => {
      server = await startFake({
        tls: {
          key: pki.leaf.key,
          cert: pki.leaf.cert,
          minVersion: "TLSv1.1",
          maxVersion: "TLSv1.1",
          ciphers: "DEFAULT@SECLEVEL=0",
        },
        handler: () => undefined,
      });
      const ev = await probeTls({
        target: allowedTarget(testProfile({ imap: server.port }), "imap"),
        deps: { extraCa: [pki.ca.cert] },
      });
      expect(ev.protocol).toBe("TLSv1.1");
      expect(ev.authorized).toBe(true);
    },
  );
});
