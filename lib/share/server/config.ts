import "server-only";
import { join, resolve } from "node:path";

export const defaultTtlDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

/** Link lifetime from ECE_DOCTOR_SHARE_TTL_DAYS (whole days, 1 to 365; default 30). */
export function shareTtlMs(env: Record<string, string | undefined> = process.env): number {
  const raw = env.ECE_DOCTOR_SHARE_TTL_DAYS?.trim();
  if (raw === undefined || raw === "") return defaultTtlDays * dayMs;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > 365) {
    console.warn(
      `share links: ECE_DOCTOR_SHARE_TTL_DAYS must be a whole number of days from 1 to 365; using ${defaultTtlDays}.`,
    );
    return defaultTtlDays * dayMs;
  }
  return days * dayMs;
}

/** How long an expired or revoked link keeps answering 410 (its tombstone, which holds no ciphertext) before it is deleted. */
export const tombstoneMs = 90 * dayMs;

export type StoreConfig = { kind: "postgres"; url: string } | { kind: "sqlite"; file: string };

export function storeConfig(env: Record<string, string | undefined> = process.env): StoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//i.test(url)) return { kind: "postgres", url };
  const dir = env.ECE_DOCTOR_DATA_DIR?.trim() || "./data";
  // A path chosen by the operator at run time: nothing to trace at build time.
  return { kind: "sqlite", file: join(resolve(/*turbopackIgnore: true*/ dir), "share-links.sqlite") };
}

/** Rate limits per client (fixed windows, counted in the store so that instances on one database share them). */
export type RateLimit = { limit: number; windowMs: number };
export type ShareLimits = {
  create: RateLimit;
  read: RateLimit;
  miss: RateLimit;
  revoke: RateLimit;
  storedKiB: RateLimit;
};

export const defaultLimits: ShareLimits = {
  create: { limit: 20, windowMs: 10 * 60 * 1000 },
  read: { limit: 60, windowMs: 60 * 1000 },
  // Unknown ids: a client that guesses is stopped for the rest of the window, even for ids that exist.
  miss: { limit: 20, windowMs: 10 * 60 * 1000 },
  revoke: { limit: 30, windowMs: 10 * 60 * 1000 },
  // For the whole server, not per client: KiB of ciphertext stored per day (512 MiB), whoever sends it.
  storedKiB: { limit: 512 * 1024, windowMs: dayMs },
};
