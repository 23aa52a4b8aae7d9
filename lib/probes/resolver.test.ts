import { afterEach, describe, expect, it } from "vitest";
import { probeDns } from "./dns";
import { ProbeFailure } from "./errors";
import { dnsServersEnv, ipv4First, oneLookupPerHost, parseDnsServers, resolveHost } from "./resolver";
import { allowedTarget } from "./targets";
import { probeTcp } from "./tcp";
import { type FakeDns, startFakeDns } from "./test-support/fake-dns";
import { startFake, testProfile } from "./test-support/fake-server";

let dns: FakeDns | undefined;
afterEach(async () => {
  await dns?.close();
  dns = undefined;
  delete process.env[dnsServersEnv];
});

describe("parseDnsServers", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["10.0.0.53", ["10.0.0.53"]],
    [" 10.0.0.53:5353 , 192.0.2.1 ", ["10.0.0.53:5353", "192.0.2.1"]],
    ["[2001:db8::53]:53,2001:db8::54", ["[2001:db8::53]:53", "2001:db8::54"]],
  ])("%j → %j", (input, expected) => {
    expect(parseDnsServers(input)).toEqual(expected);
  });

  it.each(["dns.example", "10.0.0.53:99999", "10.0.0", "10.0.0.53;rm -rf"])("refuses %j with DNS_CONFIG", (input) => {
    expect(() => parseDnsServers(input)).toThrow(ProbeFailure);
    try {
      parseDnsServers(input);
    } catch (e) {
      expect((e as ProbeFailure).code).toBe("DNS_CONFIG");
    }
  });
});

describe("resolveHost", () => {
  it("uses the given DNS servers (ip:port) instead of the system resolver", async () => {
    dns = await startFakeDns({ "outlook.office365.com": "127.0.0.9" });
    const r = await resolveHost("outlook.office365.com", { timeoutMs: 2_000, servers: [dns.server] });
    expect(r.addresses).toEqual(["127.0.0.9"]);
    expect(r.via).toBe(`dns servers ${dns.server}`);
    expect(dns.queries).toContain("outlook.office365.com/1");
  });

  it("reads ECE_DOCTOR_DNS_SERVERS from the environment", async () => {
    dns = await startFakeDns({ "smtp.office365.com": "127.0.0.7" });
    process.env[dnsServersEnv] = dns.server;
    const r = await resolveHost("smtp.office365.com", { timeoutMs: 2_000 });
    expect(r.addresses).toEqual(["127.0.0.7"]);
  });

  it("keeps Node's ENOTFOUND for NXDOMAIN", async () => {
    dns = await startFakeDns({});
    await expect(resolveHost("nowhere.example", { timeoutMs: 2_000, servers: [dns.server] })).rejects.toMatchObject({
      code: "ENOTFOUND",
      phase: "dns",
    });
  });

  it("a silent DNS server ends within the timeout", async () => {
    dns = await startFakeDns({}, { silent: true });
    const t0 = Date.now();
    await expect(resolveHost("outlook.office365.com", { timeoutMs: 600, servers: [dns.server] })).rejects.toMatchObject(
      {
        code: expect.stringMatching(/^E?TIMEOUT$/),
      },
    );
    expect(Date.now() - t0).toBeLessThan(600 + 1000);
  });

  it("resolves localhost with the system resolver", async () => {
    const r = await resolveHost("localhost", { timeoutMs: 2_000 });
    expect(r.via).toBe("system resolver");
    expect(r.addresses[0]).toBe("127.0.0.1");
  });

  it("orders IPv4 before IPv6, as Java does by default", () => {
    expect(ipv4First(["::1", "127.0.0.1", "2001:db8::1", "192.0.2.1"])).toEqual([
      "127.0.0.1",
      "192.0.2.1",
      "::1",
      "2001:db8::1",
    ]);
  });
});

describe("probes through a custom DNS", () => {
  it("probeDns returns the addresses and keeps the error code", async () => {
    dns = await startFakeDns({ localhost: "127.0.0.1" });
    const profile = testProfile({ imap: 993 });
    const ok = await probeDns({ target: allowedTarget(profile, "imap"), deps: { dnsServers: [dns.server] } });
    expect(ok).toMatchObject({ kind: "dns", host: "localhost", addresses: ["127.0.0.1"] });
    expect(ok.error).toBeUndefined();
    await dns.close();
    dns = await startFakeDns({});
    const bad = await probeDns({ target: allowedTarget(profile, "imap"), deps: { dnsServers: [dns.server] } });
    expect(bad.error).toMatchObject({ code: "ENOTFOUND", phase: "dns" });
  });

  it("connects to the address the custom DNS gave, not to what the system would", async () => {
    const fake = await startFake({ handler: () => undefined });
    dns = await startFakeDns({ localhost: "127.0.0.1" });
    try {
      const ev = await probeTcp({
        target: allowedTarget(testProfile({ imap: fake.port }), "imap"),
        deps: { dnsServers: [dns.server] },
      });
      expect(ev.connected).toBe(true);
      expect(ev.transcript[0]?.text).toBe(`localhost resolved by dns servers ${dns.server}: 127.0.0.1`);
    } finally {
      await fake.close();
    }
  });

  it("refuses to connect when DNS points an allowed name at a link-local (metadata) address", async () => {
    dns = await startFakeDns({ localhost: "169.254.169.254" });
    const ev = await probeTcp({
      target: allowedTarget(testProfile({ imap: 993 }), "imap"),
      deps: { dnsServers: [dns.server] },
    });
    expect(ev.connected).toBe(false);
    expect(ev.error).toMatchObject({ code: "REFUSED_TARGET", phase: "tcp" });
  });

  it.each(["224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255"])(
    "names a multicast or reserved answer (%s) ENETUNREACH at once, as ECE would meet it, without connecting",
    async (address) => {
      dns = await startFakeDns({ localhost: address });
      const ev = await probeTcp({
        target: allowedTarget(testProfile({ imap: 993 }), "imap"),
        deps: { dnsServers: [dns.server] },
      });
      expect(ev.connected).toBe(false);
      expect(ev.error).toMatchObject({ code: "ENETUNREACH", phase: "tcp" });
      expect(ev.transcript.map((line) => line.text).join("\n")).toContain("not tried");
      expect(ev.ms).toBeLessThan(1000);
    },
  );
});

describe("oneLookupPerHost", () => {
  it("asks once per host for a whole diagnosis, and a probe's cancel stops only that probe's wait", async () => {
    const asked: string[] = [];
    let answer: (value: { addresses: string[]; via: string }) => void = () => undefined;
    const shared = oneLookupPerHost(async (host) => {
      asked.push(host);
      return host === "outlook.office365.com"
        ? new Promise((done) => {
            answer = done;
          })
        : { addresses: ["192.0.2.9"], via: "test" };
    });
    const cancelled = new AbortController();
    const first = shared("outlook.office365.com", { timeoutMs: 5_000, signal: cancelled.signal });
    const second = shared("OUTLOOK.office365.com", { timeoutMs: 5_000 });
    const other = await shared("smtp.office365.com", { timeoutMs: 5_000 });
    cancelled.abort(new ProbeFailure("ABORTED", "The probe was cancelled.", "dns"));
    await expect(first).rejects.toMatchObject({ code: "ABORTED" });
    answer({ addresses: ["192.0.2.1"], via: "test" });
    expect(await second).toEqual({ addresses: ["192.0.2.1"], via: "test" });
    expect(other.addresses).toEqual(["192.0.2.9"]);
    expect(asked).toEqual(["outlook.office365.com", "smtp.office365.com"]);
  });

  it("shares a failure too: every probe of the diagnosis reads the same answer", async () => {
    let calls = 0;
    const shared = oneLookupPerHost(async (host) => {
      calls++;
      throw new ProbeFailure("ENOTFOUND", `${host} could not be resolved (ENOTFOUND).`, "dns");
    });
    await expect(shared("outlook.office365.com", { timeoutMs: 1_000 })).rejects.toMatchObject({ code: "ENOTFOUND" });
    await expect(shared("outlook.office365.com", { timeoutMs: 1_000 })).rejects.toMatchObject({ code: "ENOTFOUND" });
    expect(calls).toBe(1);
  });
});
