import { statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "./sqlite-store";
import type { ShareRecord, ShareStore } from "./store";
import { type Backend, backends, postgresRequired } from "./test-support";

const day = 24 * 60 * 60 * 1000;
const t0 = Date.parse("2026-11-28T12:00:00Z");
let counter = 0;

function record(overrides: Partial<ShareRecord> = {}): ShareRecord {
  counter += 1;
  const id = `id${String(counter).padStart(4, "0")}${"x".repeat(16)}`;
  return {
    id,
    version: 1,
    iv: new Uint8Array(12).fill(counter % 256),
    ciphertext: new TextEncoder().encode(`ciphertext-${id}-${Math.random()}`),
    ciphertextHash: `${counter.toString(16).padStart(8, "0")}${"a".repeat(56)}`,
    revokeTokenHash: "b".repeat(64),
    createdAt: t0,
    expiresAt: t0 + 30 * day,
    ...overrides,
  };
}

const owner = (hash: string) => (stored: string) => stored === hash;

if (postgresRequired) {
  it('runs the PostgreSQL half in CI (export TEST_DATABASE_URL="$(bash scripts/ensure-postgres.sh)")', () => {
    expect.fail("TEST_DATABASE_URL is not set in CI");
  });
}

describe.each(backends().map((make) => [make().name, make] as const))("share store on %s", (_name, make) => {
  let backend: Backend;
  let store: ShareStore;

  beforeAll(async () => {
    backend = make();
    store = await backend.open();
  });
  afterAll(async () => backend.cleanup());

  it("keeps a record and returns it byte for byte", async () => {
    const item = record();
    expect(await store.create(item)).toBe("created");
    const read = await store.read(item.id, t0 + 1000);
    expect(read.status).toBe("found");
    if (read.status !== "found") return;
    expect(Buffer.from(read.record.ciphertext).equals(Buffer.from(item.ciphertext))).toBe(true);
    expect(Buffer.from(read.record.iv).equals(Buffer.from(item.iv))).toBe(true);
    expect(read.record).toMatchObject({
      id: item.id,
      version: 1,
      createdAt: item.createdAt,
      expiresAt: item.expiresAt,
      revokeTokenHash: item.revokeTokenHash,
    });
  });

  it("answers missing for an unknown id", async () => {
    expect(await store.read("nope-nope-nope-nope-no", t0)).toEqual({ status: "missing" });
  });

  it("refuses the same ciphertext twice (a replayed upload)", async () => {
    const item = record();
    expect(await store.create(item)).toBe("created");
    expect(await store.create({ ...record(), ciphertextHash: item.ciphertextHash })).toBe("duplicate");
  });

  it("expires at expiresAt, and purge clears the ciphertext but keeps a tombstone until it is old", async () => {
    const item = record();
    await store.create(item);
    expect((await store.read(item.id, item.expiresAt - 1)).status).toBe("found");
    expect((await store.read(item.id, item.expiresAt)).status).toBe("gone");
    await store.purge(item.expiresAt + 1, 90 * day);
    expect((await backend.dump()).includes(new TextDecoder().decode(item.ciphertext))).toBe(false);
    expect((await store.read(item.id, item.expiresAt + 2)).status).toBe("gone");
    await store.purge(item.expiresAt + 91 * day, 90 * day);
    expect((await store.read(item.id, item.expiresAt + 91 * day)).status).toBe("missing");
  });

  it("does not purge links that have not expired", async () => {
    const item = record({ expiresAt: t0 + 400 * day });
    await store.create(item);
    await store.purge(t0 + 200 * day, 90 * day);
    expect((await store.read(item.id, t0 + 200 * day)).status).toBe("found");
  });

  it("revokes only for the owner, once, and forgets the ciphertext", async () => {
    const item = record({ revokeTokenHash: "c".repeat(64) });
    await store.create(item);
    expect(await store.revoke(item.id, owner("d".repeat(64)), t0 + 10)).toBe("forbidden");
    expect((await store.read(item.id, t0 + 10)).status).toBe("found");
    expect(await store.revoke(item.id, owner("c".repeat(64)), t0 + 20)).toBe("revoked");
    expect((await store.read(item.id, t0 + 30)).status).toBe("gone");
    expect(await store.revoke(item.id, owner("c".repeat(64)), t0 + 40)).toBe("gone");
    expect(await store.revoke("unknown-unknown-unknow", owner("c".repeat(64)), t0)).toBe("missing");
    expect((await backend.dump()).includes(new TextDecoder().decode(item.ciphertext))).toBe(false);
  });

  it("answers gone when revoking an expired link", async () => {
    const item = record();
    await store.create(item);
    expect(await store.revoke(item.id, owner(item.revokeTokenHash), item.expiresAt + 1)).toBe("gone");
  });

  it("counts rate-limit hits per bucket and window, atomically", async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => store.hit("read:client-a", t0)));
    expect(results.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    expect(await store.hits("read:client-a", t0)).toBe(25);
    expect(await store.hit("read:client-a", t0 + 60_000)).toBe(1);
    expect(await store.hit("read:client-b", t0)).toBe(1);
    expect(await store.hits("read:client-c", t0)).toBe(0);
    await store.purge(t0 + 2 * day, 90 * day);
    expect(await store.hits("read:client-a", t0)).toBe(0);
  });

  it("keeps records across a reopen (a second instance on the same database)", async () => {
    const item = record();
    await store.create(item);
    const other = await backend.open();
    expect((await other.read(item.id, t0)).status).toBe("found");
  });
});

describe("SQLite file", () => {
  it("is created on first use with its folder, readable by its owner only", async () => {
    const { sqliteBackend } = await import("./test-support");
    const backend = sqliteBackend();
    try {
      await backend.open();
      const dump = await backend.dump();
      expect(dump.length).toBeGreaterThan(0);
    } finally {
      await backend.cleanup();
    }
    const { mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "ece-share-perm-"));
    const file = join(dir, "nested", "folder", "share-links.sqlite");
    const store = openSqliteStore(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "nested", "folder")).mode & 0o777).toBe(0o700);
    await store.close();
  });

  it("tightens a data folder that already existed with loose permissions", async () => {
    const { chmodSync, mkdirSync, mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = join(mkdtempSync(join(tmpdir(), "ece-share-loose-")), "data");
    mkdirSync(dir);
    chmodSync(dir, 0o755);
    const store = openSqliteStore(join(dir, "share-links.sqlite"));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    await store.close();
  });

  it("adds a given amount to a window (the server's stored-bytes ceiling)", async () => {
    const store = openSqliteStore(":memory:");
    expect(await store.hit("stored-kib", 0, 1024)).toBe(1024);
    expect(await store.hit("stored-kib", 0, 10)).toBe(1034);
    expect(await store.hit("other", 0)).toBe(1);
    await store.close();
  });
});
