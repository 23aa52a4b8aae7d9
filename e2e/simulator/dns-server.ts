// A tiny authoritative DNS server on UDP: every name under sim.test is 127.0.0.1, names under multicast.sim.test are
// 224.0.0.1, names under nx.sim.test and everything else are NXDOMAIN. The tool reaches it through dns.Resolver#setServers(["127.0.0.1:<port>"]).
import { createSocket, type Socket } from "node:dgram";
import dnsPacket from "dns-packet";
import type { Logger } from "./line-conn";

export const SIM_ZONE = "sim.test";
export const NX_ZONE = "nx.sim.test";
/** Names under it resolve to a multicast address: TCP cannot connect there (ENETUNREACH), like a host with no route. */
export const MULTICAST_ZONE = "multicast.sim.test";
export const MULTICAST_ADDRESS = "224.0.0.1";
/** Names under <label>.addr.sim.test answer an address no probe may reach (the SSRF suite): one zone per address. */
export const HOSTILE_ADDRESS_ZONE = "addr.sim.test";
export const hostileAddresses = {
  metadata: { type: "A", address: "169.254.169.254" },
  "mapped-metadata": { type: "AAAA", address: "::ffff:169.254.169.254" },
  unspecified: { type: "A", address: "0.0.0.0" },
  "aws-metadata-v6": { type: "AAAA", address: "fd00:ec2::254" },
  wireserver: { type: "A", address: "168.63.129.16" },
  "nat64-metadata": { type: "AAAA", address: "64:ff9b::a9fe:a9fe" },
  "alibaba-metadata": { type: "A", address: "100.100.100.200" },
} as const satisfies Record<string, { type: "A" | "AAAA"; address: string }>;
export type HostileAddress = keyof typeof hostileAddresses;
const NXDOMAIN = 3;
const SERVFAIL = 2;

function under(name: string, zone: string): boolean {
  return name === zone || name.endsWith(`.${zone}`);
}

function hostileAddressOf(name: string): { type: "A" | "AAAA"; address: string } | undefined {
  const label = /([a-z0-9-]+)\.addr\.sim\.test$/.exec(name)?.[1];
  return label && label in hostileAddresses ? hostileAddresses[label as HostileAddress] : undefined;
}

/** What the simulator's DNS answers for a name: an A address, or null for NXDOMAIN. */
export function resolveSimName(name: string): string | null {
  const n = name.toLowerCase().replace(/\.$/, "");
  if (under(n, NX_ZONE)) return null;
  const hostile = hostileAddressOf(n);
  if (hostile) return hostile.type === "A" ? hostile.address : "";
  if (under(n, MULTICAST_ZONE)) return MULTICAST_ADDRESS;
  return under(n, SIM_ZONE) ? "127.0.0.1" : null;
}

export function answer(query: Buffer): Buffer | null {
  let packet: dnsPacket.DecodedPacket;
  try {
    packet = dnsPacket.decode(query);
  } catch {
    return null; // not DNS: ignore
  }
  if (packet.type !== "query") return null;
  const question = packet.questions?.[0];
  const rd = packet.flags !== undefined ? packet.flags & dnsPacket.RECURSION_DESIRED : 0;
  const base = {
    type: "response" as const,
    id: packet.id ?? 0,
    questions: packet.questions ?? [],
  };
  if (!question) return dnsPacket.encode({ ...base, flags: rd | SERVFAIL });
  const address = resolveSimName(question.name);
  const flags = dnsPacket.AUTHORITATIVE_ANSWER | dnsPacket.RECURSION_AVAILABLE | rd;
  if (address === null) return dnsPacket.encode({ ...base, flags: flags | NXDOMAIN });
  const hostile = hostileAddressOf(question.name.toLowerCase().replace(/\.$/, ""));
  if (hostile?.type === "AAAA") {
    const answers: dnsPacket.Answer[] =
      question.type === "AAAA"
        ? [{ type: "AAAA", name: question.name, ttl: 60, class: "IN", data: hostile.address }]
        : [];
    return dnsPacket.encode({ ...base, flags, answers });
  }
  // assumption: only A records exist; AAAA and other types get NOERROR with no answer (NODATA)
  const answers: dnsPacket.Answer[] =
    question.type === "A" ? [{ type: "A", name: question.name, ttl: 60, class: "IN", data: address }] : [];
  return dnsPacket.encode({ ...base, flags, answers });
}

export function startDnsServer(port: number, log: Logger, delayMs = 0): Promise<Socket> {
  const socket = createSocket("udp4");
  socket.on("message", (msg, rinfo) => {
    let reply: Buffer | null;
    try {
      reply = answer(msg);
    } catch (e) {
      log(`dns: cannot answer a query: ${(e as Error).message}`);
      return;
    }
    if (!reply) return;
    const send = (data: Buffer) =>
      socket.send(data, rinfo.port, rinfo.address, (err) => {
        if (err) log(`dns send failed: ${err.message}`);
      });
    if (delayMs > 0) setTimeout(() => send(reply), delayMs);
    else send(reply);
  });
  socket.on("error", (e) => log(`dns error: ${e.message}`));
  return new Promise((resolve, reject) => {
    socket.once("error", reject);
    socket.bind(port, "127.0.0.1", () => {
      socket.removeListener("error", reject);
      resolve(socket);
    });
  });
}
