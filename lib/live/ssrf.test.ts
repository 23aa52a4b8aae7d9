import type { Socket } from "node:dgram";
import net, { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type HostileAddress, hostileAddresses, startDnsServer } from "@/e2e/simulator/dns-server";
import type { CloudProfile } from "@/lib/knowledge/clouds";
import { addressVerdict } from "@/lib/probes/connect";
import { healthyCase, secretValue } from "@/lib/rules/fixtures";
import { diagnoseCase } from "./probe-and-diagnose";

// The simulator's DNS, started here, answers the hostile addresses; a loopback listener on every port counts what
// reaches it, and net.connect is watched: no connection may be made to anything the policy refuses.
let dns: Socket;
let listener: Server;
let port = 0;
let accepted = 0;
const savedServers = process.env.ECE_DOCTOR_DNS_SERVERS;

beforeAll(async () => {
  dns = await startDnsServer(0, () => undefined);
  process.env.ECE_DOCTOR_DNS_SERVERS = `127.0.0.1:${dns.address().port}`;
  listener = createServer((socket) => {
    accepted++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
  port = (listener.address() as { port: number }).port;
});

afterAll(async () => {
  if (savedServers === undefined) delete process.env.ECE_DOCTOR_DNS_SERVERS;
  else process.env.ECE_DOCTOR_DNS_SERVERS = savedServers;
  dns.close();
  await new Promise((resolve) => listener.close(resolve));
});

function profileUnder(zone: string, allowPrivateAddresses: boolean): CloudProfile {
  return {
    id: "ssrf-test",
    loginHost: `login.${zone}:${port}`,
    imap: { host: `outlook.${zone}`, port, confirmed: true },
    pop: { host: `outlook.${zone}`, port, confirmed: true },
    smtp: { host: `smtp.${zone}`, port, confirmed: true },
    outlookResource: "https://outlook.office.com",
    allowPrivateAddresses,
  };
}

const token = `eyJ0eXAiOiJKV1QifQ.${Buffer.from(JSON.stringify({ upn: "support@example.com", aud: "https://outlook.office.com" })).toString("base64url")}.c2ln`;

async function diagnoseAgainst(profile: CloudProfile) {
  const connect = vi.spyOn(net, "connect");
  const before = accepted;
  const { findings, evidence } = await diagnoseCase({
    file: healthyCase(),
    profile,
    secrets: { clientSecret: secretValue, accessToken: token },
    live: true,
    timeouts: { dnsMs: 2000, connectMs: 1000, totalMs: 5000 },
  });
  const calls = connect.mock.calls.length;
  connect.mockRestore();
  return { findings, evidence, connects: calls, accepted: accepted - before };
}

describe("SSRF: no probe and no Entra request connects to an address the policy refuses", () => {
  for (const key of Object.keys(hostileAddresses) as HostileAddress[]) {
    it(`every host resolving to ${hostileAddresses[key].address} (IMAP, POP, SMTP and the login host): nothing connects, the finding says why`, async () => {
      const run = await diagnoseAgainst(profileUnder(`${key}.addr.sim.test`, true));
      expect(run.connects).toBe(0);
      expect(run.accepted).toBe(0);
      const refused = run.findings.filter(
        (finding) => finding.status !== "pass" && "cause" in finding && finding.cause === "address-refused",
      );
      // One finding per broken path (the Entra probes on the login host add nothing to its TCP finding).
      const zone = `${key}.addr.sim.test`;
      expect(new Set(refused.map((finding) => finding.target))).toEqual(
        new Set([`outlook.${zone}:${port}`, `smtp.${zone}:${port}`, `login.${zone}:${port}`]),
      );
      expect(refused.every((finding) => finding.params?.address === hostileAddresses[key].address)).toBe(true);
      const entra = run.evidence.filter((item) => item.kind.startsWith("entra"));
      expect(entra.length).toBeGreaterThanOrEqual(3);
      for (const item of entra) expect(item.error?.code).toBe("REFUSED_TARGET");
    });
  }

  it("loopback is refused for a profile that does not allow private addresses, and reached when one does", async () => {
    const refused = await diagnoseAgainst(profileUnder("sim.test", false));
    expect(refused.connects).toBe(0);
    expect(refused.accepted).toBe(0);
    expect(
      refused.findings.some(
        (finding) =>
          "cause" in finding && finding.cause === "address-refused" && finding.params?.address === "127.0.0.1",
      ),
    ).toBe(true);
    // The control: the same profile with the flag reaches the listener, so the counters above can count.
    const allowed = await diagnoseAgainst(profileUnder("sim.test", true));
    expect(allowed.connects).toBeGreaterThan(0);
    expect(allowed.accepted).toBeGreaterThan(0);
  });
});

describe("the address policy", () => {
  it.each([
    ["169.254.169.254", true],
    ["::ffff:169.254.169.254", true],
    ["::ffff:a9fe:a9fe", true],
    ["64:ff9b::a9fe:a9fe", true],
    ["64:ff9b::169.254.169.254", true],
    ["0.0.0.0", true],
    ["::", true],
    ["fd00:ec2::254", true],
    ["168.63.129.16", true],
    ["100.100.100.200", true],
    ["fe80::1", true],
    ["ff02::1", true],
    ["224.0.0.1", true],
    ["127.0.0.1", false],
    ["::1", false],
    ["10.1.2.3", false],
    ["192.168.1.1", false],
    ["fd12::1", false],
    ["::ffff:127.0.0.1", false],
  ])("%s: refused for every profile = %s; private and loopback only without allowPrivateAddresses", (ip, always) => {
    expect(addressVerdict(ip, true).refused).toBe(always);
    expect(addressVerdict(ip, false).refused).toBe(true);
  });

  it("lets Microsoft's public addresses through", () => {
    for (const ip of ["40.99.10.2", "52.96.0.1", "2603:1026::1", "20.190.128.1"])
      expect(addressVerdict(ip, false)).toEqual({ refused: false });
  });
});
