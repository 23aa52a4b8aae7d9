// The Microsoft 365 simulator: DNS, Entra over HTTPS, Exchange IMAP/POP/SMTP and hostile endpoints, all on 127.0.0.1.

import type { Socket as UdpSocket } from "node:dgram";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer as createNetServer, type Server } from "node:net";
import { dirname, join, resolve } from "node:path";
import { createSecureContext } from "node:tls";
import { fileURLToPath } from "node:url";
import { type BlackHole, startBlackHole } from "./black-hole";
import { Directory } from "./directory";
import {
  HOSTILE_ADDRESS_ZONE,
  type HostileAddress,
  hostileAddresses,
  MULTICAST_ZONE,
  startDnsServer,
} from "./dns-server";
import { createEntraServer, type DeviceApproval, type MintRefreshTokenOptions } from "./entra-server";
import {
  createHostileServer,
  type HostileBehaviour,
  hostileApplies,
  type MailProtocolName,
  tlsOptionsFor,
} from "./hostile";
import { createImapServer, type MailServerDeps } from "./imap-server";
import { latencyProxy } from "./latency";
import { type Logger, SocketRegistry } from "./line-conn";
import { loadOrGeneratePki } from "./pki";
import { createPop3Server } from "./pop3-server";
import { endpointBehaviours, type Scenario } from "./scenario";
import { createSmtpServer } from "./smtp-server";
import { type MintTokenOptions, type TokenLifetime, TokenService } from "./tokens";

export const DEFAULT_BASE_PORT = 19400;
export const DEFAULT_SIM_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../.sim");

/** One entry of ECE_DOCTOR_CLOUDS_FILE. */
export type CloudProfile = {
  id: string;
  label: string;
  loginHost: string;
  imap: { host: string; port: number };
  pop: { host: string; port: number };
  smtp: { host: string; port: number };
  outlookResource: string;
  allowPrivateAddresses?: boolean;
};

export const hostileBehaviours = endpointBehaviours.filter((b): b is HostileBehaviour => b !== "normal");

export type PortLayout = {
  dns: number;
  entra: number;
  imap: number;
  pop: number;
  smtp: number;
  hostile: Record<HostileBehaviour, Record<MailProtocolName, number>>;
  /** A listener that never accepts (SYNs dropped): the mail ports of profile sim-black-hole. */
  blackHole: number;
  /** A second cloud's Entra, where the first cloud's tenants get AADSTS90038: profile sim-other-cloud. */
  otherEntra: number;
};

/**
 * Fixed ports from the base (so config files stay the same): base+0 DNS (UDP), +1 Entra (HTTPS), +2 IMAP, +3 POP,
 * +4 SMTP; hostile behaviour i (in scenario.ts order, "normal" left out) uses base+10+3i (IMAP), +11+3i (POP),
 * +12+3i (SMTP); base+40 the black hole, base+41 the second cloud's Entra. The last port used is base+41.
 */
export function portLayout(base = DEFAULT_BASE_PORT): PortLayout {
  const hostile = {} as Record<HostileBehaviour, Record<MailProtocolName, number>>;
  hostileBehaviours.forEach((b, i) => {
    hostile[b] = { imap: base + 10 + 3 * i, pop: base + 11 + 3 * i, smtp: base + 12 + 3 * i };
  });
  return {
    dns: base,
    entra: base + 1,
    imap: base + 2,
    pop: base + 3,
    smtp: base + 4,
    hostile,
    blackHole: base + 40,
    otherEntra: base + 41,
  };
}

const behaviourLabels: Record<HostileBehaviour, string> = {
  closed: "nothing listens on the mail ports",
  silent: "mail servers accept and say nothing",
  garbage: "mail servers send random bytes",
  "huge-line": "mail servers send a 1 MB line without CRLF",
  "close-mid-handshake": "mail servers hang up during the TLS handshake",
  "untrusted-cert": "certificate from an untrusted CA",
  "expired-cert": "expired certificate",
  "wrong-name-cert": "certificate for another name",
  "tls-1.1": "TLS 1.1 only",
  "no-starttls": "SMTP without STARTTLS",
};

/** A DNS label for a behaviour ("tls-1.1" → "tls-1-1": a dot would add a label and escape the *.sim.test wildcard). */
export function hostLabel(behaviour: HostileBehaviour): string {
  return behaviour.replace(/\./g, "-");
}

/** The second cloud's login host: one label under sim.test, so the *.sim.test certificate and DNS cover it. */
export const OTHER_CLOUD_LOGIN = "login-other-cloud.sim.test";
/** The first cloud's name in the second cloud's AADSTS90038 text. */
export const SIM_CLOUD_NAME = "SimCloud";

export function buildProfiles(ports: PortLayout): CloudProfile[] {
  const loginHost = `login.sim.test:${ports.entra}`;
  const normal = { imap: ports.imap, pop: ports.pop, smtp: ports.smtp };
  // One profile: its IMAP and POP share the "outlook" host, as Exchange Online's do.
  const profile = (
    id: string,
    label: string,
    hosts: { outlook: string; smtp: string },
    mail = normal,
    login = loginHost,
  ): CloudProfile => ({
    id,
    label,
    loginHost: login,
    imap: { host: hosts.outlook, port: mail.imap },
    pop: { host: hosts.outlook, port: mail.pop },
    smtp: { host: hosts.smtp, port: mail.smtp },
    outlookResource: "https://outlook.office.com",
    // The simulator listens on 127.0.0.1: an operator's profile must say so to reach loopback.
    allowPrivateAddresses: true,
  });
  const blackHole = { imap: ports.blackHole, pop: ports.blackHole, smtp: ports.blackHole };
  return [
    profile("sim", "Simulator", { outlook: "outlook.sim.test", smtp: "smtp.sim.test" }),
    ...hostileBehaviours.map((b) => {
      const h = hostLabel(b);
      const port = (p: MailProtocolName) => (hostileApplies(b, p) ? ports.hostile[b][p] : normal[p]);
      return profile(
        `sim-${b}`,
        `Simulator: ${behaviourLabels[b]}`,
        { outlook: `outlook-${h}.sim.test`, smtp: `smtp-${h}.sim.test` },
        { imap: port("imap"), pop: port("pop"), smtp: port("smtp") },
      );
    }),
    profile("sim-nxdomain", "Simulator: mail host names do not exist (NXDOMAIN)", {
      outlook: "outlook.nx.sim.test",
      smtp: "smtp.nx.sim.test",
    }),
    profile(
      "sim-black-hole",
      "Simulator: mail ports never answer (SYNs dropped, like a firewall)",
      { outlook: "outlook-black-hole.sim.test", smtp: "smtp-black-hole.sim.test" },
      blackHole,
    ),
    profile("sim-unreachable", "Simulator: mail host names resolve to a multicast address (no route)", {
      outlook: `outlook.${MULTICAST_ZONE}`,
      smtp: `smtp.${MULTICAST_ZONE}`,
    }),
    // Every service, the login host included, resolves to an address no probe may reach: nothing must connect.
    ...(Object.keys(hostileAddresses) as HostileAddress[]).map((key) =>
      profile(
        `sim-addr-${key}`,
        `Simulator: every host resolves to ${hostileAddresses[key].address}`,
        { outlook: `outlook.${key}.${HOSTILE_ADDRESS_ZONE}`, smtp: `smtp.${key}.${HOSTILE_ADDRESS_ZONE}` },
        normal,
        `login.${key}.${HOSTILE_ADDRESS_ZONE}:${ports.entra}`,
      ),
    ),
    // Its own names for the normal mail servers: only the login host tells the clouds apart here.
    profile(
      "sim-other-cloud",
      "Simulator: a second national cloud, which has none of the simulator's tenants",
      { outlook: "outlook-other-cloud.sim.test", smtp: "smtp-other-cloud.sim.test" },
      normal,
      `${OTHER_CLOUD_LOGIN}:${ports.otherEntra}`,
    ),
  ];
}

export type StartSimulatorOptions = {
  scenario: Scenario;
  basePort?: number;
  /** Where ca.pem, clouds.json, env.sh and pki.json go; default /work/main/.sim (the repository's .sim/). */
  dir?: string;
  /** Where the generated PKI is kept and reused; default <dir>/pki.json. */
  pkiFile?: string;
  /** Access-token lifetime; default Entra's 60–90 minutes. */
  tokenLifetime?: TokenLifetime;
  /** Protocol and request log (default: silent). */
  log?: Logger;
  /** A round trip added to every exchange (e2e/simulator/latency.ts); default 0, loopback speed. */
  rttMs?: number;
};

export type EndpointInfo = { name: string; address: string };

export type RunningSimulator = {
  dir: string;
  caCertPath: string;
  caCertPem: string;
  /** "127.0.0.1:<port>" for dns.Resolver#setServers and ECE_DOCTOR_DNS_SERVERS. */
  dnsServer: string;
  cloudsFilePath: string;
  profiles: CloudProfile[];
  ports: PortLayout;
  /** "login.sim.test:<port>" */
  loginHost: string;
  /** The environment the tool needs: NODE_EXTRA_CA_CERTS, ECE_DOCTOR_CLOUDS_FILE, ECE_DOCTOR_DNS_SERVERS. */
  env: Record<string, string>;
  endpoints: EndpointInfo[];
  /** An access token signed by the simulator (or deliberately not); see MintTokenOptions. */
  mintToken(options?: MintTokenOptions): string;
  /** A refresh token the simulated Entra accepts (or rejects as expired). */
  mintRefreshToken(options?: MintRefreshTokenOptions): string;
  /** What the user does on /devicelogin: approves a device code as `upn` (mfa: completed MFA). */
  approveDeviceCode(userCode: string, upn: string, opts?: { mfa?: boolean }): DeviceApproval;
  stop(): Promise<void>;
};

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const onError = (e: Error) => reject(new Error(`simulator: cannot listen on 127.0.0.1:${port}: ${e.message}`));
    server.once("error", onError);
    server.listen(port, "127.0.0.1", () => {
      server.removeListener("error", onError);
      resolvePromise();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((r) => server.close(() => r()));
}

/** "Closed": make sure the port is free (reserve it, then let it go), so nothing answers there. */
async function reserveAndRelease(port: number): Promise<void> {
  const probe = createNetServer();
  await listen(probe, port);
  await closeServer(probe);
}

export async function startSimulator(options: StartSimulatorOptions): Promise<RunningSimulator> {
  const basePort = options.basePort ?? DEFAULT_BASE_PORT;
  const dir = resolve(options.dir ?? DEFAULT_SIM_DIR);
  const log: Logger = options.log ?? (() => undefined);
  mkdirSync(dir, { recursive: true });

  const pki = await loadOrGeneratePki(options.pkiFile ?? join(dir, "pki.json"));
  const directory = new Directory(options.scenario);
  const tokens = new TokenService(pki, directory, options.tokenLifetime);
  const registry = new SocketRegistry();
  const deps: MailServerDeps = { directory, tokens, registry, log };
  const ports = portLayout(basePort);
  const loginHost = `login.sim.test:${ports.entra}`;
  const normalTls = tlsOptionsFor(pki, "normal");

  const servers: Server[] = [];
  let dns: UdpSocket | null = null;
  let blackHole: BlackHole | null = null;
  const stop = async (): Promise<void> => {
    blackHole?.close();
    blackHole = null;
    registry.destroyAll();
    await Promise.all(servers.map(closeServer));
    servers.length = 0;
    if (dns) {
      const s = dns;
      dns = null;
      await new Promise<void>((r) => s.close(() => r()));
    }
  };

  const entra = createEntraServer({
    directory,
    tokens,
    pki,
    registry,
    log,
    loginHost,
    port: ports.entra,
    tls: normalTls,
  });
  // The second cloud has no tenant of its own; it only knows that the scenario's tenants live in the first one.
  const otherDirectory = new Directory({ tenants: [] });
  const otherEntra = createEntraServer({
    directory: otherDirectory,
    tokens: new TokenService(pki, otherDirectory, options.tokenLifetime),
    pki,
    registry,
    log,
    loginHost: `${OTHER_CLOUD_LOGIN}:${ports.otherEntra}`,
    port: ports.otherEntra,
    tls: normalTls,
    foreignCloud: { directory, name: SIM_CLOUD_NAME },
  });
  const rttMs = options.rttMs ?? 0;
  const start = async (server: Server, port: number): Promise<void> => {
    server.on("connection", (socket) => registry.track(socket));
    servers.push(server);
    if (rttMs <= 0) return listen(server, port);
    // The server on a port of its own, the proxy that adds the round trip on the advertised one.
    await listen(server, 0);
    const inner = server.address();
    if (inner === null || typeof inner === "string")
      throw new Error("simulator: no port for a server behind the latency proxy");
    const proxy = latencyProxy(inner.port, rttMs, registry);
    servers.push(proxy);
    await listen(proxy, port);
  };

  // Written before anything listens: a tool started as soon as the health check answers reads NODE_EXTRA_CA_CERTS
  // once, at its start (a fresh checkout has no ca.pem from an earlier run to fall back on).
  const profiles = buildProfiles(ports);
  const caCertPath = join(dir, "ca.pem");
  const cloudsFilePath = join(dir, "clouds.json");
  const dnsServer = `127.0.0.1:${ports.dns}`;
  writeFileSync(caCertPath, pki.caCertPem);
  writeFileSync(cloudsFilePath, `${JSON.stringify(profiles, null, 2)}\n`);
  const env = {
    NODE_EXTRA_CA_CERTS: caCertPath,
    ECE_DOCTOR_CLOUDS_FILE: cloudsFilePath,
    ECE_DOCTOR_DNS_SERVERS: dnsServer,
  };
  writeFileSync(
    join(dir, "env.sh"),
    `${Object.entries(env)
      .map(([k, v]) => `export ${k}='${v}'`)
      .join("\n")}\n`,
  );

  const endpoints: EndpointInfo[] = [];
  try {
    dns = await startDnsServer(ports.dns, log, rttMs);
    endpoints.push({
      name: "dns",
      address: `udp 127.0.0.1:${ports.dns} (*.sim.test → 127.0.0.1; nx.sim.test → NXDOMAIN)`,
    });
    endpoints.push({
      name: "entra",
      address: `https://${loginHost} (health: https://127.0.0.1:${ports.entra}/sim/health)`,
    });
    await start(createImapServer(deps, normalTls, "imap"), ports.imap);
    endpoints.push({ name: "imap", address: `outlook.sim.test:${ports.imap} (implicit TLS)` });
    await start(createPop3Server(deps, normalTls, "pop"), ports.pop);
    endpoints.push({ name: "pop", address: `outlook.sim.test:${ports.pop} (implicit TLS)` });
    await start(
      createSmtpServer(deps, { advertiseStartTls: true, tls: createSecureContext(normalTls) }, "smtp"),
      ports.smtp,
    );
    endpoints.push({ name: "smtp", address: `smtp.sim.test:${ports.smtp} (STARTTLS)` });
    for (const b of hostileBehaviours) {
      for (const p of ["imap", "pop", "smtp"] as const) {
        if (!hostileApplies(b, p)) continue;
        const port = ports.hostile[b][p];
        const host = `${p === "smtp" ? "smtp" : "outlook"}-${hostLabel(b)}.sim.test:${port}`;
        const server = createHostileServer(b, p, deps, pki);
        if (server) await start(server, port);
        else await reserveAndRelease(port);
        endpoints.push({ name: `${p}/${b}`, address: host });
      }
    }
    blackHole = await startBlackHole(ports.blackHole);
    endpoints.push({
      name: "black-hole",
      address: `outlook-black-hole.sim.test:${ports.blackHole} (never accepts: SYNs dropped)`,
    });
    await start(otherEntra.server, ports.otherEntra);
    endpoints.push({
      name: "entra/other-cloud",
      address: `https://${OTHER_CLOUD_LOGIN}:${ports.otherEntra} (AADSTS90038 for the simulator's tenants)`,
    });
    // Last, because it answers the health check: everything else already listens when it says ready.
    await start(entra.server, ports.entra);
  } catch (e) {
    await stop();
    throw e;
  }

  return {
    dir,
    caCertPath,
    caCertPem: pki.caCertPem,
    dnsServer,
    cloudsFilePath,
    profiles,
    ports,
    loginHost,
    env,
    endpoints,
    mintToken: (o) => tokens.mint(o),
    mintRefreshToken: (o) => entra.mintRefreshToken(o),
    approveDeviceCode: (code, upn, o) => entra.approveDeviceCode(code, upn, o),
    stop,
  };
}
