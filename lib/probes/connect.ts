import "server-only";
import net from "node:net";
import tls from "node:tls";
import { codeOf, ProbeFailure } from "./errors";
import { type Resolve, resolveHost } from "./resolver";
import { ProbeRun } from "./run";
import { type AllowedTarget, assertAllowedTarget } from "./targets";
import type { ProbeTimeouts } from "./timeouts";
import { forgetTlsSession, keepVerifiedSession, tlsSessionKey, verifiedSession } from "./tls-sessions";
import type { CertificateSummary, ProbeBase, TlsEvidence } from "./types";

// The single place that opens sockets. Everything else gets a socket from here.

export type ProbeDeps = {
  // Replaces the resolver (tests); by default ECE_DOCTOR_DNS_SERVERS or the system resolver.
  resolve?: Resolve;
  // DNS servers to use instead of ECE_DOCTOR_DNS_SERVERS.
  dnsServers?: readonly string[];
  // Extra trusted CAs added to Node's store (tests). In production use NODE_EXTRA_CA_CERTS.
  extraCa?: readonly string[];
};

export type TlsInfo = {
  protocol?: string;
  cipher?: string;
  authorized: boolean;
  authorizationError?: string;
  certificate?: CertificateSummary;
  // Set when the session was resumed: when its full handshake verified the certificate (ISO time).
  verifiedAt?: string;
};

export type Connection = {
  socket: net.Socket;
  remoteAddress: string;
  remotePort: number;
  tls?: TlsInfo;
};

export type OpenOptions = {
  target: AllowedTarget;
  tls: "implicit" | "none";
  // SNI and the name the certificate must match; the target's host by default.
  servername?: string;
  signal?: AbortSignal;
  timeouts?: ProbeTimeouts;
  deps?: ProbeDeps;
  // The probe's recorder; without one, a private run bounds the call.
  run?: ProbeRun;
};

// Old servers must be reached, so they can be reported as old instead of failing obscurely.
const clientTlsOptions = { minVersion: "TLSv1", ciphers: "DEFAULT@SECLEVEL=0" } as const;

// One secure context per set of extra CAs, made once: building one parses every root certificate, which cost more CPU
// than the rest of a probe when each connection made its own (50 diagnoses at once waited on it).
// Its trust id keys the TLS sessions verified with it.
const secureContexts = new Map<string, { context: tls.SecureContext; trust: string }>();
function secureContextFor(extraCa: readonly string[] | undefined): { context: tls.SecureContext; trust: string } {
  const key = extraCa?.join("\n") ?? "";
  let entry = secureContexts.get(key);
  if (!entry) {
    entry = {
      context: tls.createSecureContext({
        ...clientTlsOptions,
        ...(key === "" ? {} : { ca: [...tls.rootCertificates, ...(extraCa ?? [])] }),
      }),
      trust: String(secureContexts.size),
    };
    secureContexts.set(key, entry);
  }
  return entry;
}

// Expands an IPv6 address to its 8 groups; the IPv4 tail of "::ffff:1.2.3.4" becomes two groups.
function ipv6Groups(ip: string): number[] | null {
  let text = ip.toLowerCase().split("%")[0] ?? "";
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted[1].split(".").map(Number);
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  if (fill < 0) return null;
  const groups = [...left, ...Array<string>(fill).fill("0"), ...right].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

// The IPv4 address an IPv6 address carries: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) or NAT64 (64:ff9b::/96).
function embeddedIpv4(groups: readonly number[]): string | null {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const zeros = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  const mapped = zeros && (g5 === 0xffff || (g5 === 0 && g6 !== 0));
  const nat64 = g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0;
  return mapped || nat64 ? `${g6 >> 8}.${g6 & 0xff}.${g7 >> 8}.${g7 & 0xff}` : null;
}

// Cloud metadata and platform endpoints: AWS/GCP/Azure IMDS, Azure WireServer, Alibaba's metadata, AWS IMDS over IPv6.
const metadataIpv4 = new Set(["169.254.169.254", "168.63.129.16", "100.100.100.200"]);
const metadataIpv6 = "fd00:ec2:0:0:0:0:0:254";

export type AddressVerdict = { refused: false } | { refused: true; reason: string };

// Why a probe never connects to an address even when DNS says so. Unspecified, link-local, multicast, reserved and the
// metadata addresses are never Microsoft's; private and loopback ones only for an operator's profile that says so.
export function addressVerdict(ip: string, allowPrivateAddresses: boolean): AddressVerdict {
  const refuse = (reason: string): AddressVerdict => ({ refused: true, reason });
  if (net.isIP(ip) === 4) {
    const [a = 0, b = 0] = ip.split(".").map(Number);
    if (metadataIpv4.has(ip)) return refuse("a cloud metadata or platform address");
    if (a === 0) return refuse("an unspecified address");
    if (a === 169 && b === 254) return refuse("a link-local address");
    if (a >= 224) return refuse("a multicast or reserved address");
    const isPrivate =
      a === 10 ||
      a === 127 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127);
    if (isPrivate && !allowPrivateAddresses)
      return refuse("a private or loopback address, which Microsoft's endpoints never have");
    return { refused: false };
  }
  const groups = net.isIP(ip) === 6 ? ipv6Groups(ip) : null;
  if (!groups) return refuse("not an IP address");
  const inner = embeddedIpv4(groups);
  if (inner) return addressVerdict(inner, allowPrivateAddresses);
  const full = groups.map((g) => g.toString(16)).join(":");
  const [g0 = 0] = groups;
  if (full === metadataIpv6) return refuse("a cloud metadata address");
  if (groups.every((g) => g === 0)) return refuse("an unspecified address");
  if ((g0 & 0xffc0) === 0xfe80) return refuse("a link-local address");
  if ((g0 & 0xff00) === 0xff00) return refuse("a multicast address");
  const isPrivate = full === "0:0:0:0:0:0:0:1" || (g0 & 0xfe00) === 0xfc00 || (g0 & 0xffc0) === 0xfec0;
  if (isPrivate && !allowPrivateAddresses)
    return refuse("a private or loopback address, which Microsoft's endpoints never have");
  return { refused: false };
}

// Multicast, reserved (240/4) and broadcast addresses carry no TCP connection: the kernel refuses the connect at once
// with "Network is unreachable", and so would ECE's Java. The probe still never tries (they stay refused above), but
// names what ECE meets, so a DNS answer like that reads as port-unreachable and not as a silent gap in the report.
function unroutableAddress(ip: string): boolean {
  if (net.isIP(ip) === 4) return Number(ip.split(".")[0]) >= 224;
  const groups = net.isIP(ip) === 6 ? ipv6Groups(ip) : null;
  const inner = groups ? embeddedIpv4(groups) : null;
  return inner ? unroutableAddress(inner) : ((groups?.[0] ?? 0) & 0xff00) === 0xff00;
}

function abortReason(signal: AbortSignal): ProbeFailure {
  const reason: unknown = signal.reason;
  return reason instanceof ProbeFailure ? reason : new ProbeFailure("ABORTED", "The probe was cancelled.");
}

function tcpConnect(ip: string, port: number, timeoutMs: number, signal: AbortSignal): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    const socket = net.connect({ host: ip, port, noDelay: true });
    const finish = (err?: ProbeFailure) => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      socket.off("connect", onConnect);
      socket.off("error", onError);
      if (err) {
        socket.destroy();
        reject(err);
      } else {
        // Until a reader attaches: a late error must never be an unhandled 'error' event.
        socket.on("error", () => undefined);
        resolve(socket);
      }
    };
    const timer = setTimeout(
      () => finish(new ProbeFailure("TIMEOUT", `No TCP answer from ${ip}:${port} within ${timeoutMs} ms.`, "tcp")),
      timeoutMs,
    );
    const onAbort = () => finish(abortReason(signal));
    const onConnect = () => finish();
    const onError = (e: Error) => finish(new ProbeFailure(codeOf(e) ?? "TCP_ERROR", e.message, "tcp"));
    signal.addEventListener("abort", onAbort, { once: true });
    socket.once("connect", onConnect);
    socket.once("error", onError);
  });
}

function formatName(name: unknown): string {
  if (!name || typeof name !== "object") return "";
  return Object.entries(name as Record<string, unknown>)
    .map(([k, v]) => (Array.isArray(v) ? v.map((x) => `${k}=${String(x)}`).join(", ") : `${k}=${String(v)}`))
    .join(", ");
}

function isoDate(value: string | undefined): string {
  if (!value) return "";
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? value : d.toISOString();
}

export function summarizeCertificate(peer: tls.DetailedPeerCertificate): CertificateSummary | undefined {
  if (!peer?.raw) return undefined;
  const chain: string[] = [];
  let cert: tls.DetailedPeerCertificate | undefined = peer;
  const seen = new Set<string>();
  // issuerCertificate points to itself at a self-signed root.
  while (cert?.raw && !seen.has(cert.fingerprint256) && chain.length < 10) {
    seen.add(cert.fingerprint256);
    chain.push(formatName(cert.subject));
    cert = cert.issuerCertificate;
  }
  return {
    subject: formatName(peer.subject),
    altNames: (peer.subjectaltname ?? "")
      .split(/,\s*/)
      .map((s) => s.trim())
      .filter((s) => s !== ""),
    issuer: formatName(peer.issuer),
    validFrom: isoDate(peer.valid_from),
    validTo: isoDate(peer.valid_to),
    chain,
    fingerprint256: peer.fingerprint256,
  };
}

function tlsHandshake(
  socket: net.Socket,
  servername: string,
  timeoutMs: number,
  signal: AbortSignal,
  extraCa: readonly string[] | undefined,
  peer: { host: string; port: number } | undefined,
): Promise<{ socket: tls.TLSSocket; info: TlsInfo }> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    const { context, trust } = secureContextFor(extraCa);
    const sessionKey = peer ? tlsSessionKey(trust, servername, peer.host, peer.port) : undefined;
    const offered = sessionKey ? verifiedSession(sessionKey) : undefined;
    const secure = tls.connect({
      socket,
      servername,
      ...clientTlsOptions,
      secureContext: context,
      ...(offered ? { session: offered.session } : {}),
      // Verify, but never abort here: the evidence records why, the caller decides to stop.
      rejectUnauthorized: false,
      // Node would check the name too; we do it once, below, with tls.checkServerIdentity.
      checkServerIdentity: () => undefined,
    });
    // Sessions (TLS 1.3 tickets come after the handshake, TLS 1.2 ones before its end) are kept once verified.
    // A resumed connection only renews a session still kept: one forgotten after a failed full handshake stays so.
    let verified: { certificate: CertificateSummary | undefined; verifiedAt: number; renewal: boolean } | undefined;
    let latestSession: Buffer | undefined;
    const keep = () => {
      if (!sessionKey || !verified || !latestSession) return;
      if (verified.renewal && !verifiedSession(sessionKey)) return;
      keepVerifiedSession(sessionKey, {
        session: latestSession,
        certificate: verified.certificate,
        verifiedAt: verified.verifiedAt,
      });
    };
    if (sessionKey)
      secure.on("session", (session: Buffer) => {
        latestSession = session;
        keep();
      });
    const finish = (err?: ProbeFailure) => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
      secure.off("secureConnect", onSecure);
      secure.off("error", onError);
      if (err) {
        secure.destroy();
        socket.destroy();
        return reject(err);
      }
      secure.on("error", () => undefined);
      const protocol = secure.getProtocol() ?? undefined;
      const cipher = secure.getCipher()?.name;
      // A resumed session was verified (trust, expiry and the name, under the same trust settings and SNI name) on the
      // full handshake that issued it: that handshake's certificate facts stand for this connection.
      if (offered && secure.isSessionReused() && secure.authorized) {
        verified = { certificate: offered.certificate, verifiedAt: offered.verifiedAt, renewal: true };
        keep();
        return resolve({
          socket: secure,
          info: {
            authorized: true,
            ...(protocol === undefined ? {} : { protocol }),
            ...(cipher === undefined ? {} : { cipher }),
            ...(offered.certificate === undefined ? {} : { certificate: offered.certificate }),
            verifiedAt: new Date(offered.verifiedAt).toISOString(),
          },
        });
      }
      const peerCertificate = secure.getPeerCertificate(true);
      const certificate = summarizeCertificate(peerCertificate);
      let authorized = secure.authorized;
      let authorizationError: string | undefined = secure.authorized
        ? undefined
        : String(secure.authorizationError ?? "UNKNOWN");
      if (authorized) {
        const identityError = tls.checkServerIdentity(servername, peerCertificate);
        if (identityError) {
          authorized = false;
          authorizationError = codeOf(identityError) ?? "ERR_TLS_CERT_ALTNAME_INVALID";
        }
      }
      if (sessionKey && authorized && certificate) {
        verified = { certificate, verifiedAt: Date.now(), renewal: false };
        keep();
      } else if (sessionKey) forgetTlsSession(sessionKey);
      resolve({
        socket: secure,
        info: {
          authorized,
          ...(authorizationError === undefined ? {} : { authorizationError }),
          ...(protocol === undefined ? {} : { protocol }),
          ...(cipher === undefined ? {} : { cipher }),
          ...(certificate === undefined ? {} : { certificate }),
        },
      });
    };
    const timer = setTimeout(
      () => finish(new ProbeFailure("TIMEOUT", `No TLS handshake with ${servername} within ${timeoutMs} ms.`, "tls")),
      timeoutMs,
    );
    const onAbort = () => finish(abortReason(signal));
    const onSecure = () => finish();
    const onError = (e: Error) => finish(new ProbeFailure(codeOf(e) ?? "TLS_ERROR", e.message, "tls"));
    signal.addEventListener("abort", onAbort, { once: true });
    secure.once("secureConnect", onSecure);
    secure.once("error", onError);
  });
}

function describeTls(run: ProbeRun, info: TlsInfo): void {
  const cert = info.certificate;
  run.note(`TLS ${info.protocol ?? "?"} ${info.cipher ?? ""}`.trim());
  if (info.verifiedAt)
    run.note(
      `TLS session resumed: the certificate was verified on this server's full handshake at ${info.verifiedAt}.`,
    );
  if (cert)
    run.note(
      `Certificate: ${cert.subject}; issuer ${cert.issuer}; valid ${cert.validFrom} to ${cert.validTo}; names ${cert.altNames.join(", ")}`,
    );
  run.note(
    info.authorized
      ? "Certificate trusted and valid for the host name."
      : `Certificate NOT accepted: ${info.authorizationError ?? "unknown reason"}.`,
  );
}

function withRun<T>(
  options: { run?: ProbeRun; signal?: AbortSignal; timeouts?: ProbeTimeouts },
  work: (run: ProbeRun) => Promise<T>,
): Promise<T> {
  if (options.run) return work(options.run);
  const run = new ProbeRun({
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
  });
  return work(run).finally(() => run.dispose());
}

export function openConnection(options: OpenOptions): Promise<Connection> {
  // Checked at run time too: a cast or a hand-made object never reaches net.connect.
  assertAllowedTarget(options.target);
  const { target } = options;
  const servername = options.servername ?? target.host;
  return withRun(options, async (run) => {
    const resolve = options.deps?.resolve ?? resolveHost;
    const { addresses, via } = await run.phase("dns", () =>
      resolve(target.host, {
        timeoutMs: run.timeouts.dnsMs,
        signal: run.signal,
        ...(options.deps?.dnsServers ? { servers: options.deps.dnsServers } : {}),
      }),
    );
    run.note(`${target.host} resolved by ${via}: ${addresses.join(", ")}`);

    const socket = await run.phase("tcp", async () => {
      const deadline = Date.now() + run.timeouts.connectMs;
      let last: ProbeFailure | undefined;
      for (const ip of addresses) {
        if (unroutableAddress(ip)) {
          last = new ProbeFailure(
            "ENETUNREACH",
            `${target.host} resolved to ${ip}, a multicast or reserved address: no TCP connection can reach it (ECE gets "Network is unreachable"); not tried.`,
            "tcp",
          );
          run.note(last.message);
          continue;
        }
        const verdict = addressVerdict(ip, target.allowPrivateAddresses);
        if (verdict.refused) {
          last = new ProbeFailure(
            "REFUSED_TARGET",
            `${target.host} resolved to ${ip}, ${verdict.reason}: the wizard never connects there; not tried.`,
            "tcp",
          );
          run.note(last.message);
          continue;
        }
        const left = deadline - Date.now();
        if (left <= 0) break;
        run.remoteAddress = ip;
        try {
          return await tcpConnect(ip, target.port, left, run.signal);
        } catch (err) {
          last = err instanceof ProbeFailure ? err : new ProbeFailure(codeOf(err) ?? "TCP_ERROR", String(err), "tcp");
          run.note(`TCP to ${ip}:${target.port} failed: ${last.code}`);
          if (last.code === "ABORTED" || run.signal.aborted) break;
        }
      }
      throw last ?? new ProbeFailure("TIMEOUT", `No TCP connection within ${run.timeouts.connectMs} ms.`, "tcp");
    });
    run.note(`TCP connected to ${run.remoteAddress ?? "?"}:${target.port}`);

    if (options.tls === "none") return { socket, remoteAddress: run.remoteAddress ?? "", remotePort: target.port };
    const upgraded = await startTls(socket, servername, {
      run,
      port: target.port,
      host: target.host,
      ...(options.deps ? { deps: options.deps } : {}),
    });
    return {
      socket: upgraded.socket,
      remoteAddress: run.remoteAddress ?? "",
      remotePort: target.port,
      tls: upgraded.tls,
    };
  });
}

export type StartTlsOptions = {
  run?: ProbeRun;
  signal?: AbortSignal;
  timeouts?: ProbeTimeouts;
  deps?: ProbeDeps;
  // The allowed target's host and port: with them, a session verified there is resumed (lib/probes/tls-sessions.ts).
  host?: string;
  port?: number;
};

// TLS on an open socket: implicit TLS right after connect, or after SMTP's "220" to STARTTLS.
export function startTls(
  socket: net.Socket,
  servername: string,
  options: StartTlsOptions = {},
): Promise<{ socket: tls.TLSSocket; tls: TlsInfo }> {
  return withRun(options, async (run) => {
    const result = await run.phase("tls", () =>
      tlsHandshake(
        socket,
        servername,
        run.timeouts.tlsMs,
        run.signal,
        options.deps?.extraCa,
        options.host !== undefined && options.port !== undefined
          ? { host: options.host, port: options.port }
          : undefined,
      ),
    );
    describeTls(run, result.info);
    if (!result.info.authorized) run.markLastPhase("error");
    return { socket: result.socket, tls: result.info };
  });
}

// The probe stops here, after recording the certificate, when the certificate was not accepted.
export function certificateFailure(info: TlsInfo, host: string): ProbeFailure | undefined {
  if (info.authorized) return undefined;
  const code = info.authorizationError ?? "CERT_UNTRUSTED";
  return new ProbeFailure(
    code,
    `The certificate presented for ${host} was not accepted by this server's trust store (${code}).`,
    "tls",
  );
}

export function tlsEvidenceFields(
  target: AllowedTarget,
  starttls: boolean,
  info: TlsInfo | undefined,
): Omit<TlsEvidence, "kind" | keyof ProbeBase> {
  return {
    host: target.host,
    port: target.port,
    starttls,
    authorized: info?.authorized ?? false,
    ...(info?.protocol === undefined ? {} : { protocol: info.protocol }),
    ...(info?.cipher === undefined ? {} : { cipher: info.cipher }),
    ...(info?.authorizationError === undefined ? {} : { authorizationError: info.authorizationError }),
    ...(info?.certificate === undefined ? {} : { certificate: info.certificate }),
  };
}
