import "server-only";
import { storeConfig } from "./config";
import type { ShareStore } from "./store";

let store: Promise<ShareStore> | null = null;

/** The process's store, opened on first use: PostgreSQL with DATABASE_URL=postgres://…, else SQLite under ECE_DOCTOR_DATA_DIR. */
export function getShareStore(): Promise<ShareStore> {
  store ??= (async () => {
    const config = storeConfig();
    if (config.kind === "postgres") return (await import("./postgres-store")).openPostgresStore(config.url);
    return (await import("./sqlite-store")).openSqliteStore(config.file);
  })().catch((error: unknown) => {
    store = null;
    throw error;
  });
  return store;
}
