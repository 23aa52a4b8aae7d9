import "server-only";

type Bucket = { tokens: number; updated: number };

export type RateLimiter = (client: string, now?: number) => boolean;

// A per-client token bucket in memory: enough for one instance (the share links count in their database instead).
export function createRateLimiter({
  capacity,
  refillPerSecond,
  maxClients = 10_000,
}: {
  capacity: number;
  refillPerSecond: number;
  maxClients?: number;
}): RateLimiter {
  const buckets = new Map<string, Bucket>();
  return function allow(client: string, now = Date.now()): boolean {
    const bucket = buckets.get(client) ?? { tokens: capacity, updated: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.updated) / 1000) * refillPerSecond);
    bucket.updated = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    buckets.delete(client);
    buckets.set(client, bucket);
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value as string);
    return allowed;
  };
}

export const trustedProxiesEnv = "ECE_DOCTOR_TRUSTED_PROXIES";
/** Set by scripts/server.mjs on every request: "<this process's nonce> <socket address>". */
export const peerHeader = "x-ece-doctor-peer";
const peerNonceKey = Symbol.for("ece-oauth-doctor.peer-nonce");

export function trustedProxies(env: Record<string, string | undefined> = process.env): number {
  const raw = env[trustedProxiesEnv]?.trim();
  if (!raw) return 0;
  const count = Number(raw);
  return Number.isInteger(count) && count >= 0 && count <= 10 ? count : 0;
}

// The socket address, as the wizard's own server (scripts/server.mjs) saw it. A client cannot forge the header: it
// must carry the nonce this process made at start-up. Without that server (plain `next start`) it is unknown.
export function peerAddress(request: Request): string | null {
  const nonce = (globalThis as Record<symbol, unknown>)[peerNonceKey];
  const value = request.headers.get(peerHeader);
  if (typeof nonce !== "string" || !value) return null;
  const [given, address] = value.split(" ");
  return given === nonce && address ? address : null;
}

/**
 * Whom a request counts against. By default its socket address; with ECE_DOCTOR_TRUSTED_PROXIES=N (N proxies in
 * front, each appending to X-Forwarded-For) the Nth address from the right of X-Forwarded-For, the one the
 * outermost trusted proxy saw. Anything to its left was written by the client and is never read.
 */
export function clientKey(request: Request, env: Record<string, string | undefined> = process.env): string {
  const proxies = trustedProxies(env);
  if (proxies > 0) {
    const chain = (request.headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    const address = chain[chain.length - proxies];
    // An address, not whatever text a misconfigured proxy passed on (the fence keeps node:net out of here).
    if (address && /^\[?[0-9A-Fa-f:.]{2,45}\]?$/.test(address)) return address;
  }
  // Unknown peers share one allowance: safer than trusting a header any client can write.
  return peerAddress(request) ?? "unknown-peer";
}

/** A ceiling on work in flight across the whole server: waits for a free slot. */
export function createSemaphore(slots: number) {
  let free = slots;
  const waiting: (() => void)[] = [];
  return {
    async run<T>(work: () => Promise<T>): Promise<T> {
      if (free > 0) free--;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await work();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else free++;
      }
    },
    get inFlight() {
      return slots - free;
    },
  };
}
