import "server-only";
import { chmodSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { ReadResult, RevokeResult, ShareRecord, ShareStore } from "./store";

const schema = `
CREATE TABLE IF NOT EXISTS share_links (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  iv BLOB,
  ciphertext BLOB,
  ciphertext_sha256 TEXT NOT NULL UNIQUE,
  revoke_token_sha256 TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked_at INTEGER
);
CREATE INDEX IF NOT EXISTS share_links_expires_at ON share_links (expires_at);
CREATE TABLE IF NOT EXISTS share_rate_limits (
  bucket TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
`;

type Row = {
  id: string;
  version: number;
  iv: Buffer | null;
  ciphertext: Buffer | null;
  ciphertext_sha256: string;
  revoke_token_sha256: string;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
};

/** The store in one SQLite file (created with its folder on first use, readable by this user only). */
export function openSqliteStore(file: string): ShareStore {
  if (file !== ":memory:") {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // mkdir's mode applies only to a folder it creates: one that already existed keeps loose permissions otherwise.
    chmodSync(dirname(file), 0o700);
  }
  const db = new Database(file);
  if (file !== ":memory:") chmodSync(file, 0o600);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  // Overwrite deleted content (revoked and expired ciphertexts) instead of leaving it in free pages.
  db.pragma("secure_delete = ON");
  db.exec(schema);

  const insert = db.prepare(
    `INSERT INTO share_links (id, version, iv, ciphertext, ciphertext_sha256, revoke_token_sha256, created_at, expires_at)
     VALUES (@id, @version, @iv, @ciphertext, @ciphertextHash, @revokeTokenHash, @createdAt, @expiresAt)
     ON CONFLICT (ciphertext_sha256) DO NOTHING`,
  );
  const select = db.prepare<[string], Row>("SELECT * FROM share_links WHERE id = ?");
  const clear = db.prepare<[number | null, string]>(
    "UPDATE share_links SET iv = NULL, ciphertext = NULL, revoked_at = COALESCE(?, revoked_at) WHERE id = ?",
  );
  const clearExpired = db.prepare<[number]>(
    "UPDATE share_links SET iv = NULL, ciphertext = NULL WHERE expires_at <= ? AND ciphertext IS NOT NULL",
  );
  const deleteOld = db.prepare<[number]>("DELETE FROM share_links WHERE expires_at <= ?");
  const deleteWindows = db.prepare<[number]>("DELETE FROM share_rate_limits WHERE window_start < ?");
  const hit = db.prepare<[string, number, number], { hits: number }>(
    `INSERT INTO share_rate_limits (bucket, window_start, hits) VALUES (?, ?, ?)
     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = hits + excluded.hits RETURNING hits`,
  );

  const peek = db.prepare<[string, number], { hits: number }>(
    "SELECT hits FROM share_rate_limits WHERE bucket = ? AND window_start = ?",
  );

  // Old page images of a cleared ciphertext live on in the write-ahead log until a checkpoint: write them back
  // (secure_delete zeroes the freed space) and empty the log.
  const checkpoint = () => {
    try {
      db.pragma("wal_checkpoint(TRUNCATE)");
    } catch {
      // Busy readers: the next checkpoint will do it.
    }
  };

  const revoke = db.transaction((id: string, isOwner: (hash: string) => boolean, now: number): RevokeResult => {
    const row = select.get(id);
    if (!row) return "missing";
    if (row.revoked_at !== null || row.expires_at <= now) return "gone";
    if (!isOwner(row.revoke_token_sha256)) return "forbidden";
    clear.run(now, id);
    return "revoked";
  });

  return {
    kind: "sqlite",
    async create(record: ShareRecord) {
      const result = insert.run({ ...record, iv: Buffer.from(record.iv), ciphertext: Buffer.from(record.ciphertext) });
      return result.changes === 1 ? "created" : "duplicate";
    },
    async read(id: string, now: number): Promise<ReadResult> {
      const row = select.get(id);
      if (!row) return { status: "missing" };
      if (row.revoked_at !== null || row.expires_at <= now || !row.ciphertext || !row.iv) {
        if (row.ciphertext) clear.run(null, id);
        return { status: "gone" };
      }
      return {
        status: "found",
        record: {
          id: row.id,
          version: row.version,
          iv: new Uint8Array(row.iv),
          ciphertext: new Uint8Array(row.ciphertext),
          ciphertextHash: row.ciphertext_sha256,
          revokeTokenHash: row.revoke_token_sha256,
          createdAt: row.created_at,
          expiresAt: row.expires_at,
        },
      };
    },
    async revoke(id, isOwner, now) {
      const result = revoke.immediate(id, isOwner, now);
      if (result === "revoked") checkpoint();
      return result;
    },
    async purge(now, tombstoneMs) {
      const changed = db.transaction(() => clearExpired.run(now).changes + deleteOld.run(now - tombstoneMs).changes)();
      deleteWindows.run(now - 24 * 60 * 60 * 1000);
      if (changed > 0) checkpoint();
    },
    async hit(bucket, windowStart, amount = 1) {
      return hit.get(bucket, windowStart, amount)?.hits ?? Number.POSITIVE_INFINITY;
    },
    async hits(bucket, windowStart) {
      return peek.get(bucket, windowStart)?.hits ?? 0;
    },
    async close() {
      db.close();
    },
  };
}
