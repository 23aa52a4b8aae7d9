// Each hostile endpoint misbehaves in exactly its own way, and none of them hurts the simulator.
import { connect as netConnect } from "node:net";
import { type ConnectionOptions, connect as tlsConnect } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HUGE_LINE_BYTES } from "./hostile";
import { LineClient } from "./test-client";
import { startTestSimulator } from "./test-support";

type Sim = Awaited<ReturnType<typeof startTestSimulator>>;
let sim: Sim;

beforeAll(async () => {
  sim = await startTestSimulator(19650);
}, 20_000);
afterAll(async () => {
  await sim.cleanup();
});

const port = (behaviour: keyof Sim["ports"]["hostile"], p: "imap" | "pop" | "smtp") => sim.ports.hostile[behaviour][p];

/** TLS connect: resolves "ok:<protocol>" or the error code/message. */
function tlsOutcome(p: number, options: ConnectionOptions, timeoutMs = 1500): Promise<string> {
  return new Promise((resolve) => {
    const s = tlsConnect({ host: "127.0.0.1", port: p, ca: sim.caCertPem, ...options }, () => {
      resolve(`ok:${s.getProtocol() ?? "?"}`);
      s.destroy();
    });
    s.on("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    setTimeout(() => {
      resolve("timeout");
      s.destroy();
    }, timeoutMs);
  });
}

/** Plain TCP: collects what the server sends for `ms`. */
function collect(
  p: number,
  ms: number,
  maxBytes = Infinity,
): Promise<{ error?: string; data: Buffer; closed: boolean }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let closed = false;
    const s = netConnect({ host: "127.0.0.1", port: p });
    const finish = (error?: string) => {
      s.destroy();
      resolve({ error, data: Buffer.concat(chunks), closed });
    };
    s.on("data", (d: Buffer) => {
      chunks.push(d);
      size += d.length;
      if (size >= maxBytes) finish();
    });
    s.on("close", () => {
      closed = true;
    });
    s.on("error", (e: NodeJS.ErrnoException) => finish(e.code));
    setTimeout(() => finish(), ms);
  });
}

async function smtpUntilStartTls(p: number): Promise<LineClient> {
  const c = await LineClient.plain(p);
  expect(await c.readLine()).toMatch(/^220 /);
  c.send("EHLO probe.sim.test");
  await c.readUntil((l) => l.startsWith("250 "));
  c.send("STARTTLS");
  expect(await c.readLine()).toBe("220 2.0.0 SMTP server ready");
  return c;
}

describe("hostile endpoints", () => {
  it("closed: nothing listens", async () => {
    for (const p of ["imap", "pop", "smtp"] as const)
      expect((await collect(port("closed", p), 500)).error).toBe("ECONNREFUSED");
  });

  it("silent: accepts and says nothing", async () => {
    expect(await tlsOutcome(port("silent", "imap"), { servername: "outlook-silent.sim.test" }, 400)).toBe("timeout");
    const smtp = await collect(port("silent", "smtp"), 400);
    expect(smtp.error).toBeUndefined();
    expect(smtp.data.length).toBe(0);
  });

  it("garbage: random bytes, then quiet", async () => {
    const smtp = await collect(port("garbage", "smtp"), 300);
    expect(smtp.data.length).toBe(1024);
    expect(await tlsOutcome(port("garbage", "pop"), { servername: "outlook-garbage.sim.test" })).not.toMatch(/^ok/);
  });

  it("huge-line: 1 MB without CRLF (SMTP in clear, IMAP inside TLS)", async () => {
    const smtp = await collect(port("huge-line", "smtp"), 4000, HUGE_LINE_BYTES);
    expect(smtp.data.length).toBe(HUGE_LINE_BYTES);
    expect(smtp.data.subarray(0, 4).toString()).toBe("220 ");
    expect(smtp.data.includes(0x0a)).toBe(false);
    const got = await new Promise<number>((resolve) => {
      let n = 0;
      const s = tlsConnect({
        host: "127.0.0.1",
        port: port("huge-line", "imap"),
        servername: "outlook-huge-line.sim.test",
        ca: sim.caCertPem,
      });
      s.on("data", (d: Buffer) => {
        expect(d.includes(0x0a)).toBe(false);
        n += d.length;
        if (n >= HUGE_LINE_BYTES) {
          s.destroy();
          resolve(n);
        }
      });
      setTimeout(() => {
        s.destroy();
        resolve(n);
      }, 4000);
    });
    expect(got).toBe(HUGE_LINE_BYTES);
  });

  it("close-mid-handshake: hangs up on the ClientHello (implicit TLS and STARTTLS)", async () => {
    expect(
      await tlsOutcome(port("close-mid-handshake", "imap"), { servername: "outlook-close-mid-handshake.sim.test" }),
    ).toBe("ECONNRESET");
    const c = await smtpUntilStartTls(port("close-mid-handshake", "smtp"));
    await expect(
      c.upgrade({ servername: "smtp-close-mid-handshake.sim.test", ca: sim.caCertPem }),
    ).rejects.toMatchObject({ code: "ECONNRESET" });
  });

  it("untrusted, expired and wrong-name certificates fail verification but speak the protocol when ignored", async () => {
    expect(await tlsOutcome(port("untrusted-cert", "imap"), { servername: "outlook-untrusted-cert.sim.test" })).toBe(
      "SELF_SIGNED_CERT_IN_CHAIN",
    );
    expect(await tlsOutcome(port("expired-cert", "pop"), { servername: "outlook-expired-cert.sim.test" })).toBe(
      "CERT_HAS_EXPIRED",
    );
    expect(await tlsOutcome(port("wrong-name-cert", "imap"), { servername: "outlook-wrong-name-cert.sim.test" })).toBe(
      "ERR_TLS_CERT_ALTNAME_INVALID",
    );
    const ignoring = await LineClient.tls(port("untrusted-cert", "imap"), {
      servername: "outlook-untrusted-cert.sim.test",
      rejectUnauthorized: false,
    });
    expect(await ignoring.readLine()).toMatch(/^\* OK The Microsoft Exchange IMAP4 service is ready\./);
    ignoring.close();
    const c = await smtpUntilStartTls(port("expired-cert", "smtp"));
    await expect(c.upgrade({ servername: "smtp-expired-cert.sim.test", ca: sim.caCertPem })).rejects.toMatchObject({
      code: "CERT_HAS_EXPIRED",
    });
  });

  it("tls-1.1: refused by a default client, accepted by a client allowing TLS 1.1", async () => {
    const opts = { servername: "outlook-tls-1-1.sim.test" };
    expect(await tlsOutcome(port("tls-1.1", "imap"), opts)).toMatch(/^ERR_SSL_/);
    expect(
      await tlsOutcome(port("tls-1.1", "imap"), { ...opts, minVersion: "TLSv1", ciphers: "DEFAULT@SECLEVEL=0" }),
    ).toBe("ok:TLSv1.1");
    const c = await smtpUntilStartTls(port("tls-1.1", "smtp"));
    await c.upgrade({
      servername: "smtp-tls-1-1.sim.test",
      ca: sim.caCertPem,
      minVersion: "TLSv1",
      ciphers: "DEFAULT@SECLEVEL=0",
    });
    expect(c.tlsSocket.getProtocol()).toBe("TLSv1.1");
    c.close();
  });

  it("no-starttls: EHLO has no STARTTLS, STARTTLS and AUTH are refused", async () => {
    const c = await LineClient.plain(port("no-starttls", "smtp"));
    await c.readLine();
    c.send("EHLO probe.sim.test");
    const ehlo = await c.readUntil((l) => l.startsWith("250 "));
    expect(ehlo.some((l) => l.includes("STARTTLS"))).toBe(false);
    expect(ehlo.some((l) => l.includes("AUTH"))).toBe(false);
    c.send("STARTTLS");
    expect(await c.readLine()).toBe("500 5.3.3 Unrecognized command");
    c.send("AUTH XOAUTH2");
    expect(await c.readLine()).toBe("504 5.7.4 Unrecognized authentication type [SIM1PR01CA0002.outlook.sim.test]");
    c.close();
  });

  it("survives abusive clients on the normal servers", async () => {
    // Garbage instead of a ClientHello, a half handshake, and a reset in the middle of SMTP.
    await collect(sim.ports.imap, 100);
    const raw = netConnect({ host: "127.0.0.1", port: sim.ports.pop });
    raw.on("error", () => undefined);
    raw.write(Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 1, 2, 3]));
    raw.destroy();
    const smtp = await LineClient.plain(sim.ports.smtp);
    smtp.send(`EHLO ${"x".repeat(70 * 1024)}`);
    expect(await smtp.waitClosed()).toBe(true);
    const ok = await LineClient.tls(sim.ports.imap, { servername: "outlook.sim.test", ca: sim.caCertPem });
    expect(await ok.readLine()).toMatch(/^\* OK /);
    ok.close();
  });
});

describe("profiles for causes loopback alone cannot show", () => {
  it("sim-black-hole: the listener never accepts, so a connect gets no answer at all (not a refusal)", async () => {
    const outcome = await new Promise<string>((resolve) => {
      const s = netConnect(sim.ports.blackHole, "127.0.0.1");
      s.once("connect", () => (resolve("connected"), s.destroy()));
      s.once("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      setTimeout(() => (resolve("timeout"), s.destroy()), 1500);
    });
    expect(outcome).toBe("timeout");
    expect(sim.profiles.find((p) => p.id === "sim-black-hole")?.smtp).toEqual({
      host: "smtp-black-hole.sim.test",
      port: sim.ports.blackHole,
    });
  });

  it("sim-unreachable: its mail hosts resolve to 224.0.0.1, to which TCP fails at once with ENETUNREACH", async () => {
    const { Resolver } = await import("node:dns/promises");
    const resolver = new Resolver({ timeout: 1000, tries: 1 });
    resolver.setServers([sim.dnsServer]);
    const profile = sim.profiles.find((p) => p.id === "sim-unreachable");
    expect(await resolver.resolve4(profile?.imap.host ?? "-")).toEqual(["224.0.0.1"]);
    const started = Date.now();
    const outcome = await new Promise<string>((resolve) => {
      const s = netConnect(993, "224.0.0.1");
      s.once("connect", () => (resolve("connected"), s.destroy()));
      s.once("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      setTimeout(() => (resolve("timeout"), s.destroy()), 1500);
    });
    expect(outcome).toBe("ENETUNREACH");
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("sim-other-cloud: the first cloud's tenant gets AADSTS90038 at discovery and at the token endpoint", async () => {
    const { request } = await import("node:https");
    const profile = sim.profiles.find((p) => p.id === "sim-other-cloud");
    const [host = "", port = ""] = (profile?.loginHost ?? "").split(":");
    expect(Number(port)).toBe(sim.ports.otherEntra);
    const tenant = "11111111-1111-4111-8111-111111111111";
    const call = (method: string, path: string, body?: string) =>
      new Promise<{ status: number; json: { error?: string; error_codes?: number[]; error_description?: string } }>(
        (resolve, reject) => {
          const req = request(
            {
              host: "127.0.0.1",
              servername: host,
              port: Number(port),
              method,
              path,
              ca: sim.caCertPem,
              headers: body ? { "Content-Type": "application/x-www-form-urlencoded" } : {},
            },
            (res) => {
              const chunks: Buffer[] = [];
              res.on("data", (c: Buffer) => chunks.push(c));
              res.on("end", () =>
                resolve({
                  status: res.statusCode ?? 0,
                  json: JSON.parse(Buffer.concat(chunks).toString("utf8")) as never,
                }),
              );
            },
          );
          req.on("error", reject);
          req.setTimeout(3000, () => req.destroy(new Error("timeout")));
          req.end(body);
        },
      );
    for (const reply of [
      await call("GET", `/${tenant}/v2.0/.well-known/openid-configuration`),
      await call(
        "POST",
        `/${tenant}/oauth2/v2.0/token`,
        "grant_type=client_credentials&client_id=22222222-2222-4222-8222-222222222222&client_secret=x&scope=https%3A%2F%2Foutlook.office365.com%2F.default",
      ),
    ]) {
      expect(reply.status).toBe(400);
      expect(reply.json.error_codes).toEqual([90038]);
      expect(reply.json.error_description).toMatch(
        new RegExp(
          `^AADSTS90038: The specified tenant '${tenant}' belongs to the National Cloud 'SimCloud'\\.\\r\\nTrace ID: `,
        ),
      );
    }
    // A tenant no cloud knows is still AADSTS90002 there.
    expect(
      (await call("GET", "/nosuchtenant.sim.test/v2.0/.well-known/openid-configuration")).json.error_codes,
    ).toEqual([90002]);
  });
});
