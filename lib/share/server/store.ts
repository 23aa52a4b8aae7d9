import "server-only";

// What the server keeps of a shared report: the ciphertext and its metadata, never the key.
export type ShareRecord = {
  id: string;
  version: number;
  iv: Uint8Array;
  ciphertext: Uint8Array;
  /** SHA-256 of the ciphertext, hex: refuses the same upload twice. */
  ciphertextHash: string;
  /** SHA-256 of the revoke token, hex: the token itself stays with its creator. */
  revokeTokenHash: string;
  createdAt: number;
  expiresAt: number;
};

export type ReadResult = { status: "found"; record: ShareRecord } | { status: "missing" } | { status: "gone" };
export type RevokeResult = "revoked" | "missing" | "gone" | "forbidden";

/**
 * Both back ends (SQLite and PostgreSQL) implement this and pass one test suite (store.test.ts).
 * Times are milliseconds since the epoch and always passed in, so tests can move the clock.
 * After expiry or revocation a row keeps only a tombstone (id, times, hashes) so that its id answers
 * 410 rather than 404, until `purge` deletes it `tombstoneMs` after its expiry.
 */
export interface ShareStore {
  readonly kind: "sqlite" | "postgres";
  /** "duplicate" when a row with the same ciphertext hash exists (a replayed upload). */
  create(record: ShareRecord): Promise<"created" | "duplicate">;
  read(id: string, now: number): Promise<ReadResult>;
  /** `isOwner` compares the stored revoke-token hash in constant time. */
  revoke(id: string, isOwner: (revokeTokenHash: string) => boolean, now: number): Promise<RevokeResult>;
  /** Clears the ciphertext of expired rows, deletes tombstones older than tombstoneMs and old rate-limit windows. */
  purge(now: number, tombstoneMs: number): Promise<void>;
  /** Adds `amount` hits (1 by default) to a fixed window and returns the hits in it so far (shared by every instance on the same database). */
  hit(bucket: string, windowStart: number, amount?: number): Promise<number>;
  /** The hits in a window so far, without adding one. */
  hits(bucket: string, windowStart: number): Promise<number>;
  close(): Promise<void>;
}
