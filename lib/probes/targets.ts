import { type CloudProfile, isBuiltInCloud } from "@/lib/knowledge/clouds";

// The only hosts and ports a probe may reach: those of a cloud profile. Keeps the probe API from
// becoming an open TCP relay (SSRF) towards 127.0.0.1, 169.254.169.254 or the customer's LAN.

export type TargetService = "imap" | "pop" | "smtp" | "login";

declare const allowedBrand: unique symbol;

export type AllowedTarget = {
  readonly host: string;
  readonly port: number;
  readonly service: TargetService;
  // How ECE's peer speaks TLS there: implicit (993, 995, 443) or STARTTLS (SMTP 587).
  readonly tlsMode: "implicit" | "starttls";
  // Private and loopback addresses are refused unless an operator's profile says "allowPrivateAddresses": true.
  readonly allowPrivateAddresses: boolean;
  readonly [allowedBrand]: true;
};

export class RefusedTargetError extends Error {
  readonly code = "REFUSED_TARGET";
  constructor(message: string) {
    super(message);
    this.name = "RefusedTargetError";
  }
}

// Runtime proof of origin: types can be forged with a cast, this set cannot.
const issued = new WeakSet<object>();

// A DNS name whose last label is alphabetic: rules out IPv4/IPv6 literals and the numeric forms
// getaddrinfo also accepts ("2130706433", "0x7f.1", "127.1").
const labelPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
export function isDnsName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, "");
  if (name.length === 0 || name.length > 253) return false;
  const labels = name.split(".");
  if (!labels.every((l) => labelPattern.test(l))) return false;
  const tld = labels[labels.length - 1] ?? "";
  return /^[a-z][a-z-]*$/.test(tld);
}

function isPort(port: number): boolean {
  return Number.isInteger(port) && port >= 1 && port <= 65535;
}

export function parseHostPort(value: string, defaultPort: number): { host: string; port: number } {
  const m = /^([^:]+)(?::(\d{1,5}))?$/.exec(value.trim());
  if (!m || m[1] === undefined) throw new RefusedTargetError(`"${value}" is not a host name with an optional port.`);
  return { host: m[1], port: m[2] === undefined ? defaultPort : Number(m[2]) };
}

function issue(host: string, port: number, service: TargetService, allowPrivateAddresses: boolean): AllowedTarget {
  if (!isDnsName(host)) throw new RefusedTargetError(`"${host}" is not a DNS host name; IP literals are refused.`);
  if (!isPort(port)) throw new RefusedTargetError(`${port} is not a TCP port.`);
  const target = Object.freeze({
    host: host.toLowerCase(),
    port,
    service,
    tlsMode: service === "smtp" ? "starttls" : "implicit",
    allowPrivateAddresses,
  }) as AllowedTarget;
  issued.add(target);
  return target;
}

export function allowedTargets(profile: CloudProfile): AllowedTarget[] {
  const login = parseHostPort(profile.loginHost, 443);
  // The built-in clouds never reach private addresses, whatever a profile object says.
  const allowPrivate = profile.allowPrivateAddresses === true && !isBuiltInCloud(profile.id);
  return [
    issue(profile.imap.host, profile.imap.port, "imap", allowPrivate),
    issue(profile.pop.host, profile.pop.port, "pop", allowPrivate),
    issue(profile.smtp.host, profile.smtp.port, "smtp", allowPrivate),
    issue(login.host, login.port, "login", allowPrivate),
  ];
}

export function allowedTarget(profile: CloudProfile, service: TargetService): AllowedTarget {
  const found = allowedTargets(profile).find((t) => t.service === service);
  if (!found) throw new RefusedTargetError(`No ${service} endpoint in this profile.`);
  return found;
}

// For callers that receive host and port from a request: only a profile's own endpoints pass.
export function findAllowedTarget(
  profile: CloudProfile,
  host: string,
  port: number,
  service?: TargetService,
): AllowedTarget {
  const wanted = host.toLowerCase().replace(/\.$/, "");
  const found = allowedTargets(profile).find(
    (t) => t.host === wanted && t.port === port && (service === undefined || t.service === service),
  );
  if (!found) throw new RefusedTargetError(`${host}:${port} is not an endpoint of the ${profile.id} cloud.`);
  return found;
}

export function isAllowedTarget(value: unknown): value is AllowedTarget {
  return typeof value === "object" && value !== null && issued.has(value);
}

export function assertAllowedTarget(value: unknown): asserts value is AllowedTarget {
  if (!isAllowedTarget(value)) throw new RefusedTargetError("The target was not created by allowedTargets(profile).");
  // Frozen, but check again: nothing else may ever open a socket.
  if (!isDnsName(value.host) || !isPort(value.port))
    throw new RefusedTargetError("The target is not a DNS name and port.");
}

export function describeTarget(value: unknown): string {
  if (typeof value === "object" && value !== null && "host" in value && "port" in value) {
    return `${String(value.host).slice(0, 255)}:${String(value.port).slice(0, 8)}`;
  }
  return "(invalid target)";
}
