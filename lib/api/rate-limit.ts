import "server-only";

type Bucket = { tokens: number; updated: number };

// A per-client token bucket in memory: enough for one instance; a shared store comes with the share-link issue.
export function createRateLimiter({ capacity, refillPerSecond, maxClients = 10_000 }: { capacity: number; refillPerSecond: number; maxClients?: number }) {
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

export function clientKey(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || "local";
}
