import { once } from "node:events";
import type { AddressInfo } from "node:net";
import tls from "node:tls";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Connection, openConnection } from "./connect";
import { allowedTarget } from "./targets";
import { testProfile } from "./test-support/fake-server";
import { type Issued, makeTestPki, type TestPki } from "./test-support/pki";
import {
  clearTlsSessions,
  keepVerifiedSession,
  maxTlsSessions,
  tlsSessionCount,
  tlsSessionKey,
  tlsSessionLifetimeMs,
  verifiedSession,
} from "./tls-sessions";
import type { CertificateSummary } from "./types";

let pki: TestPki;
const servers: tls.Server[] = [];
beforeAll(() => {
  pki = makeTestPki();
});
beforeEach(() => clearTlsSessions());
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((done) => server.close(done));
  clearTlsSessions();
});

// A TLS server that greets and records, per connection, whether the client resumed a session.
async function serve(leaf: Issued): Promise<{ port: number; resumed: boolean[] }> {
  const resumed: boolean[] = [];
  const server = tls.createServer({ key: leaf.key, cert: leaf.cert + pki.ca.cert }, (socket) => {
    resumed.push(socket.isSessionReused());
    socket.on("error", () => undefined);
    socket.write("* OK ready\r\n");
  });
  server.on("tlsClientError", () => undefined);
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { port: (server.address() as AddressInfo).port, resumed };
}

const trusted = { extraCa: [] as string[] };
// Connects and reads the server's greeting, written once the server has the connection (and knows if it resumed).
async function connect(port: number, deps: { extraCa?: string[] } = trusted): Promise<Connection> {
  const connection = await openConnection({
    target: allowedTarget(testProfile({ imap: port }), "imap"),
    tls: "implicit",
    deps,
  });
  await once(connection.socket, "data");
  return connection;
}

// The server's session ticket reaches the client after the handshake (here after the greeting); the probe keeps it on
// that same event. Waits for it, or a second if it came earlier.
async function afterTicket(connection: Connection): Promise<void> {
  await Promise.race([once(connection.socket, "session"), new Promise((done) => setTimeout(done, 1000))]);
  connection.socket.destroy();
}

describe("TLS session resumption per host", () => {
  beforeAll(() => {
    trusted.extraCa = [pki.ca.cert];
  });

  it("a second connection to the same host and port resumes and reports the full handshake's certificate", async () => {
    const server = await serve(pki.leaf);
    const first = await connect(server.port);
    expect(first.tls?.verifiedAt).toBeUndefined();
    await afterTicket(first);
    expect(tlsSessionCount()).toBe(1);

    const second = await connect(server.port);
    second.socket.destroy();
    expect(server.resumed).toEqual([false, true]);
    expect(second.tls).toMatchObject({ authorized: true, protocol: first.tls?.protocol });
    expect(second.tls?.authorizationError).toBeUndefined();
    expect(second.tls?.certificate).toEqual(first.tls?.certificate);
    expect(second.tls?.certificate?.chain).toEqual([
      "O=ECE OAuth Doctor tests, CN=localhost",
      "O=ECE OAuth Doctor tests, CN=ECE Doctor Test Root CA",
    ]);
    expect(Date.parse(second.tls?.verifiedAt ?? "")).toBeLessThanOrEqual(Date.now());
  });

  it("another trust setting or another port does not reuse the session, and untrusted certificates stay untrusted", async () => {
    const server = await serve(pki.leaf);
    await afterTicket(await connect(server.port));

    const withoutTestCa = await connect(server.port, {});
    withoutTestCa.socket.destroy();
    expect(withoutTestCa.tls).toMatchObject({ authorized: false, authorizationError: "SELF_SIGNED_CERT_IN_CHAIN" });
    expect(withoutTestCa.tls?.verifiedAt).toBeUndefined();

    const other = await serve(pki.leaf);
    const otherPort = await connect(other.port);
    otherPort.socket.destroy();
    expect(otherPort.tls?.verifiedAt).toBeUndefined();
    expect(server.resumed).toEqual([false, false]);
    expect(other.resumed).toEqual([false]);
  });

  it("keeps no session from a handshake whose certificate was not accepted", async () => {
    const server = await serve(pki.wrongName);
    const first = await connect(server.port);
    expect(first.tls).toMatchObject({ authorized: false, authorizationError: "ERR_TLS_CERT_ALTNAME_INVALID" });
    await afterTicket(first);
    expect(tlsSessionCount()).toBe(0);

    const second = await connect(server.port);
    second.socket.destroy();
    expect(second.tls).toMatchObject({ authorized: false, authorizationError: "ERR_TLS_CERT_ALTNAME_INVALID" });
    expect(server.resumed).toEqual([false, false]);
  });
});

describe("the session store", () => {
  const certificate = (validTo: string): CertificateSummary => ({
    subject: "CN=outlook.office365.com",
    altNames: ["DNS:outlook.office365.com"],
    issuer: "CN=Some CA",
    validFrom: "2026-01-01T00:00:00.000Z",
    validTo,
    chain: ["CN=outlook.office365.com", "CN=Some CA"],
  });
  const key = tlsSessionKey("0", "outlook.office365.com", "outlook.office365.com", 993);
  const now = Date.parse("2026-06-01T00:00:00.000Z");

  it("forgets a session a minute after its full handshake, or once the certificate has expired", () => {
    keepVerifiedSession(key, {
      session: Buffer.from("s"),
      certificate: certificate("2027-01-01T00:00:00.000Z"),
      verifiedAt: now,
    });
    expect(verifiedSession(key, now + tlsSessionLifetimeMs - 1)?.verifiedAt).toBe(now);
    expect(verifiedSession(key, now + tlsSessionLifetimeMs)).toBeUndefined();
    expect(tlsSessionCount()).toBe(0);

    keepVerifiedSession(key, {
      session: Buffer.from("s"),
      certificate: certificate("2026-06-01T00:00:10.000Z"),
      verifiedAt: now,
    });
    expect(verifiedSession(key, now + 9_000)).toBeDefined();
    expect(verifiedSession(key, now + 10_000)).toBeUndefined();
  });

  it("keys by trust, SNI name, host and port, and holds at most maxTlsSessions", () => {
    expect(
      new Set([
        key,
        tlsSessionKey("1", "outlook.office365.com", "outlook.office365.com", 993),
        tlsSessionKey("0", "outlook.office.com", "outlook.office365.com", 993),
        tlsSessionKey("0", "outlook.office365.com", "outlook.office365.com", 995),
      ]).size,
    ).toBe(4);
    for (let port = 1; port <= maxTlsSessions + 10; port++)
      keepVerifiedSession(tlsSessionKey("0", "h", "h", port), {
        session: Buffer.from("s"),
        certificate: certificate("2027-01-01T00:00:00.000Z"),
        verifiedAt: now,
      });
    expect(tlsSessionCount()).toBe(maxTlsSessions);
    expect(verifiedSession(tlsSessionKey("0", "h", "h", 1), now)).toBeUndefined();
    expect(verifiedSession(tlsSessionKey("0", "h", "h", maxTlsSessions + 10), now)).toBeDefined();
  });
});
