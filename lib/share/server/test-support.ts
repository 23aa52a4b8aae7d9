import "server-only";
// Test-only: the store back ends that one suite runs against. PostgreSQL joins when TEST_DATABASE_URL or
// DATABASE_URL is set (scripts/ensure-postgres.sh starts one); each suite gets its own schema, dropped afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openPostgresStore } from "./postgres-store";
import { openSqliteStore } from "./sqlite-store";
import type { ShareStore } from "./store";

export type Backend = {
  name: "sqlite" | "postgres";
  open(): Promise<ShareStore>;
  /** Every byte the back end holds, as text, for "the secret never reached the database" checks. */
  dump(): Promise<string>;
  cleanup(): Promise<void>;
};

export const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || "";

export function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), "ece-share-"));
  const file = join(dir, "data", "share-links.sqlite");
  const opened: ShareStore[] = [];
  return {
    name: "sqlite",
    async open() {
      const store = openSqliteStore(file);
      opened.push(store);
      return store;
    },
    async dump() {
      const { readdirSync, readFileSync } = await import("node:fs");
      const folder = join(dir, "data");
      return readdirSync(folder)
        .map((name) => readFileSync(join(folder, name)).toString("latin1"))
        .join("\n");
    },
    async cleanup() {
      for (const store of opened.splice(0)) await store.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function postgresBackend(url: string): Backend {
  const schema = `share_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const opened: ShareStore[] = [];
  const admin = () => new pg.Client({ connectionString: url });
  return {
    name: "postgres",
    async open() {
      const store = openPostgresStore(url, { schema });
      opened.push(store);
      return store;
    },
    async dump() {
      const client = admin();
      await client.connect();
      try {
        const tables = await client.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = $1",
          [schema],
        );
        const parts: string[] = [];
        for (const { table_name } of tables.rows) {
          const rows = await client.query(`SELECT * FROM ${schema}.${table_name}`);
          parts.push(
            JSON.stringify(rows.rows, (_key, value: unknown) =>
              value && typeof value === "object" && (value as { type?: string }).type === "Buffer"
                ? Buffer.from((value as { data: number[] }).data).toString("latin1")
                : value,
            ),
          );
        }
        return parts.join("\n");
      } finally {
        await client.end();
      }
    },
    async cleanup() {
      for (const store of opened.splice(0)) await store.close().catch(() => undefined);
      const client = admin();
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/** sqlite always; postgres when a URL is set. */
export function backends(): (() => Backend)[] {
  return [sqliteBackend, ...(postgresUrl ? [() => postgresBackend(postgresUrl)] : [])];
}

/** In CI the PostgreSQL half must run: a missing URL there is a failure, not a skip. */
export const postgresRequired = Boolean(process.env.CI) && !postgresUrl;
