import "server-only";
import pg from "pg";
import type { ReadResult, ShareRecord, ShareStore } from "./store";

const schemaSql = `
CREATE TABLE IF NOT EXISTS share_links (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  iv BYTEA,
  ciphertext BYTEA,
  ciphertext_sha256 TEXT NOT NULL UNIQUE,
  revoke_token_sha256 TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  revoked_at BIGINT
);
CREATE INDEX IF NOT EXISTS share_links_expires_at ON share_links (expires_at);
CREATE TABLE IF NOT EXISTS share_rate_limits (
  bucket TEXT NOT NULL,
  window_start BIGINT NOT NULL,
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
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
};

/**
 * The store on PostgreSQL (DATABASE_URL=postgres://…), so that several instances share links and rate limits.
 * `schema` (tests only) puts the tables in their own schema, created when missing.
 */
export function openPostgresStore(connectionString: string, { schema }: { schema?: string } = {}): ShareStore {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error("invalid schema name");
  const pool = new pg.Pool({
    connectionString,
    max: 5,
    idleTimeoutMillis: 30_000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // A failed idle connection must not crash the process; the next query reports the problem.
  pool.on("error", (error) => console.error(`share store: postgres ${error.name}`));

  let ready: Promise<void> | null = null;
  const migrate = async () => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      // Several instances may start at once: one creates the tables, the others wait.
      await client.query("SELECT pg_advisory_xact_lock(4242001)");
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(schemaSql);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const db = async () => {
    ready ??= migrate().catch((error: unknown) => {
      ready = null;
      throw error;
    });
    await ready;
    return pool;
  };

  return {
    kind: "postgres",
    async create(record: ShareRecord) {
      const result = await (await db()).query(
        `INSERT INTO share_links (id, version, iv, ciphertext, ciphertext_sha256, revoke_token_sha256, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (ciphertext_sha256) DO NOTHING`,
        [
          record.id,
          record.version,
          Buffer.from(record.iv),
          Buffer.from(record.ciphertext),
          record.ciphertextHash,
          record.revokeTokenHash,
          record.createdAt,
          record.expiresAt,
        ],
      );
      return result.rowCount === 1 ? "created" : "duplicate";
    },
    async read(id: string, now: number): Promise<ReadResult> {
      const pool = await db();
      const row = (await pool.query<Row>("SELECT * FROM share_links WHERE id = $1", [id])).rows[0];
      if (!row) return { status: "missing" };
      if (row.revoked_at !== null || Number(row.expires_at) <= now || !row.ciphertext || !row.iv) {
        if (row.ciphertext) await pool.query("UPDATE share_links SET iv = NULL, ciphertext = NULL WHERE id = $1", [id]);
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
          createdAt: Number(row.created_at),
          expiresAt: Number(row.expires_at),
        },
      };
    },
    async revoke(id, isOwner, now) {
      const client = await (await db()).connect();
      try {
        await client.query("BEGIN");
        const row = (await client.query<Row>("SELECT * FROM share_links WHERE id = $1 FOR UPDATE", [id])).rows[0];
        let result: Awaited<ReturnType<ShareStore["revoke"]>>;
        if (!row) result = "missing";
        else if (row.revoked_at !== null || Number(row.expires_at) <= now) result = "gone";
        else if (!isOwner(row.revoke_token_sha256)) result = "forbidden";
        else {
          await client.query("UPDATE share_links SET iv = NULL, ciphertext = NULL, revoked_at = $2 WHERE id = $1", [
            id,
            now,
          ]);
          result = "revoked";
        }
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async purge(now, tombstoneMs) {
      const pool = await db();
      await pool.query(
        "UPDATE share_links SET iv = NULL, ciphertext = NULL WHERE expires_at <= $1 AND ciphertext IS NOT NULL",
        [now],
      );
      await pool.query("DELETE FROM share_links WHERE expires_at <= $1", [now - tombstoneMs]);
      await pool.query("DELETE FROM share_rate_limits WHERE window_start < $1", [now - 24 * 60 * 60 * 1000]);
    },
    async hit(bucket, windowStart, amount = 1) {
      const result = await (await db()).query<{ hits: number }>(
        `INSERT INTO share_rate_limits (bucket, window_start, hits) VALUES ($1, $2, $3)
         ON CONFLICT (bucket, window_start) DO UPDATE SET hits = share_rate_limits.hits + EXCLUDED.hits RETURNING hits`,
        [bucket, windowStart, amount],
      );
      return result.rows[0]?.hits ?? Number.POSITIVE_INFINITY;
    },
    async hits(bucket, windowStart) {
      const result = await (await db()).query<{ hits: number }>(
        "SELECT hits FROM share_rate_limits WHERE bucket = $1 AND window_start = $2",
        [bucket, windowStart],
      );
      return result.rows[0]?.hits ?? 0;
    },
    async close() {
      await pool.end();
    },
  };
}
