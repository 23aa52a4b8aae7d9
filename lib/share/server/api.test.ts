import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { toBase64Url } from "@/lib/share/base64url";
import { decryptShare, encryptShare } from "@/lib/share/crypto";
import { samplePayload } from "@/lib/share/fixtures";
import { maxCiphertextBytes, revokeTokenPattern, type ShareEnvelope, shareIdPattern } from "@/lib/share/format";
import { buildSharePayload, secretsIn } from "@/lib/share/payload";
import { createShareApi, maxCreateBodyBytes, type ShareApi } from "./api";
import { defaultLimits, shareTtlMs, storeConfig } from "./config";
import type { ShareStore } from "./store";
import { type Backend, backends, postgresRequired } from "./test-support";

const day = 24 * 60 * 60 * 1000;
const base = "http://127.0.0.1:3000";
let clientCounter = 0;

type Call = { status: number; body: unknown; headers: Headers };

async function answer(response: Response): Promise<Call> {
  const text = await response.text();
  return {
    status: response.status,
    body: text === "" ? null : (JSON.parse(text) as unknown),
    headers: response.headers,
  };
}

if (postgresRequired) {
  it('runs the PostgreSQL half in CI (export TEST_DATABASE_URL="$(bash scripts/ensure-postgres.sh)")', () => {
    expect.fail("TEST_DATABASE_URL is not set in CI");
  });
}

describe("share configuration", () => {
  it("keeps links 30 days unless ECE_DOCTOR_SHARE_TTL_DAYS says otherwise", () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(shareTtlMs({})).toBe(30 * day);
    expect(shareTtlMs({ ECE_DOCTOR_SHARE_TTL_DAYS: "7" })).toBe(7 * day);
    expect(shareTtlMs({ ECE_DOCTOR_SHARE_TTL_DAYS: "0" })).toBe(30 * day);
    expect(shareTtlMs({ ECE_DOCTOR_SHARE_TTL_DAYS: "1.5" })).toBe(30 * day);
    expect(shareTtlMs({ ECE_DOCTOR_SHARE_TTL_DAYS: "forever" })).toBe(30 * day);
    vi.restoreAllMocks();
  });

  it("stores in SQLite under ECE_DOCTOR_DATA_DIR, or on PostgreSQL with DATABASE_URL", () => {
    expect(storeConfig({})).toEqual({
      kind: "sqlite",
      file: expect.stringMatching(/\/data\/share-links\.sqlite$/) as unknown as string,
    });
    expect(storeConfig({ ECE_DOCTOR_DATA_DIR: "/var/lib/ece" })).toEqual({
      kind: "sqlite",
      file: "/var/lib/ece/share-links.sqlite",
    });
    expect(storeConfig({ DATABASE_URL: "postgres://u:p@db/x" })).toEqual({
      kind: "postgres",
      url: "postgres://u:p@db/x",
    });
    expect(storeConfig({ DATABASE_URL: "postgresql://db/x" }).kind).toBe("postgres");
  });
});

describe.each(backends().map((make) => [make().name, make] as const))("share API on %s", (_name, make) => {
  let backend: Backend;
  let store: ShareStore;
  let clock: number;
  let api: ShareApi;
  let client: string;

  beforeAll(async () => {
    backend = make();
    store = await backend.open();
  });
  afterAll(async () => backend.cleanup());
  beforeEach(() => {
    // These tests stand for clients behind one proxy, each with its own address.
    vi.stubEnv("ECE_DOCTOR_TRUSTED_PROXIES", "1");
    clock = Date.parse("2026-11-28T12:00:00Z");
    api = createShareApi({ store: async () => store, now: () => clock });
    clientCounter += 1;
    client = `198.51.100.${clientCounter}`;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  const headers = (extra: Record<string, string> = {}) => ({ "x-forwarded-for": client, ...extra });
  const post = async (body: unknown, extra: Record<string, string> = {}) =>
    answer(
      await api.create(
        new Request(`${base}/api/share`, {
          method: "POST",
          headers: headers({ "content-type": "application/json", ...extra }),
          body: typeof body === "string" ? body : JSON.stringify(body),
        }),
      ),
    );
  const get = async (id: string) =>
    answer(await api.read(new Request(`${base}/api/share/${id}`, { headers: headers() }), id));
  const del = async (id: string, token?: string) =>
    answer(
      await api.revoke(
        new Request(`${base}/api/share/${id}`, {
          method: "DELETE",
          headers: headers(token === undefined ? {} : { "x-revoke-token": token }),
        }),
        id,
      ),
    );

  async function share(): Promise<{
    envelope: ShareEnvelope;
    key: string;
    id: string;
    revokeToken: string;
    expiresAt: string;
  }> {
    const { envelope, key } = await encryptShare(samplePayload());
    const created = await post(envelope);
    expect(created.status).toBe(201);
    const body = created.body as { id: string; revokeToken: string; expiresAt: string };
    return { envelope, key, ...body };
  }

  const errorCode = (call: Call) => (call.body as { error: { code: string; message: string } }).error.code;

  it("stops storing for everyone once the server's daily allowance is used, whatever address each client has", async () => {
    // A day of its own: the other tests' uploads count in theirs.
    clock += 400 * defaultLimits.storedKiB.windowMs;
    const kib = Math.ceil(Math.ceil(((await encryptShare(samplePayload())).envelope.ciphertext.length * 3) / 4) / 1024);
    api = createShareApi({
      store: async () => store,
      now: () => clock,
      limits: { ...defaultLimits, storedKiB: { limit: 3 * kib, windowMs: defaultLimits.storedKiB.windowMs } },
    });
    const statuses: number[] = [];
    for (let index = 0; index < 6; index++) {
      client = `203.0.113.${100 + index}`;
      statuses.push((await post((await encryptShare(samplePayload())).envelope)).status);
    }
    expect(statuses.slice(0, 3)).toEqual([201, 201, 201]);
    expect(statuses.slice(3)).toEqual([429, 429, 429]);
  });

  it("refuses a browser post from another site with 403 in the envelope", async () => {
    const created = await post((await encryptShare(samplePayload())).envelope, { origin: "https://attacker.example" });
    expect([created.status, errorCode(created)]).toEqual([403, "forbidden"]);
    const plain = await post((await encryptShare(samplePayload())).envelope, {
      "content-type": "text/plain; charset=application/json",
    });
    expect([plain.status, errorCode(plain)]).toEqual([415, "unsupported_media_type"]);
  });

  it("creates a link (201), returns it (200) and it decrypts to the report", async () => {
    const { envelope, key } = await encryptShare(samplePayload());
    const created = await post(envelope);
    expect(created.status).toBe(201);
    const body = created.body as { id: string; createdAt: string; expiresAt: string; revokeToken: string };
    expect(body.id).toMatch(shareIdPattern);
    expect(body.revokeToken).toMatch(revokeTokenPattern);
    expect(Date.parse(body.expiresAt) - Date.parse(body.createdAt)).toBe(30 * day);
    expect(created.headers.get("location")).toBe(`/api/share/${body.id}`);
    expect(created.headers.get("cache-control")).toBe("no-store");

    const read = await get(body.id);
    expect(read.status).toBe(200);
    expect(read.headers.get("cache-control")).toBe("no-store");
    expect(read.headers.get("x-robots-tag")).toContain("noindex");
    const stored = read.body as ShareEnvelope & { createdAt: string; expiresAt: string; id: string };
    expect(stored).toEqual({
      id: body.id,
      version: 1,
      iv: envelope.iv,
      ciphertext: envelope.ciphertext,
      createdAt: body.createdAt,
      expiresAt: body.expiresAt,
    });
    expect(await decryptShare(stored, key)).toEqual(samplePayload());
  });

  it("uses the operator's lifetime", async () => {
    api = createShareApi({ store: async () => store, now: () => clock, ttlMs: 2 * day });
    const { expiresAt } = await share();
    expect(Date.parse(expiresAt)).toBe(clock + 2 * day);
  });

  it("refuses a replayed upload with 409", async () => {
    const { envelope } = await share();
    const again = await post(envelope);
    expect(again.status).toBe(409);
    expect(errorCode(again)).toBe("conflict");
  });

  it("refuses oversized uploads with 413", async () => {
    const big = toBase64Url(new Uint8Array(maxCiphertextBytes + 1));
    const tooBig = await post({ version: 1, iv: toBase64Url(new Uint8Array(12)), ciphertext: big });
    expect(tooBig.status).toBe(413);
    expect(errorCode(tooBig)).toBe("payload_too_large");
    const huge = await post({
      version: 1,
      iv: toBase64Url(new Uint8Array(12)),
      ciphertext: "A".repeat(maxCreateBodyBytes),
    });
    expect(huge.status).toBe(413);
  });

  it("refuses malformed uploads with a clear 4xx in the error envelope", async () => {
    const iv = toBase64Url(new Uint8Array(12));
    const ciphertext = toBase64Url(new Uint8Array(64).fill(7));
    const cases: [unknown, number, string, Record<string, string>?][] = [
      ["{ not json", 400, "invalid_json"],
      [{ version: 1, iv, ciphertext }, 415, "unsupported_media_type", { "content-type": "text/plain" }],
      [{ version: 1, iv, ciphertext, revokeTokenHash: "x" }, 422, "unprocessable_entity"],
      [{ version: 1, iv }, 422, "unprocessable_entity"],
      [{ version: 2, iv, ciphertext }, 422, "unprocessable_entity"],
      [{ version: "1", iv, ciphertext }, 422, "unprocessable_entity"],
      [{ version: 1, iv: toBase64Url(new Uint8Array(16)), ciphertext }, 422, "unprocessable_entity"],
      [{ version: 1, iv, ciphertext: "not base64url!" }, 422, "unprocessable_entity"],
      [{ version: 1, iv, ciphertext: `${ciphertext}==` }, 422, "unprocessable_entity"],
      [{ version: 1, iv, ciphertext: toBase64Url(new Uint8Array(16)) }, 422, "unprocessable_entity"],
      [[], 422, "unprocessable_entity"],
    ];
    for (const [body, status, code, extra] of cases) {
      const call = await post(body, extra);
      expect.soft(call.status, JSON.stringify(body)).toBe(status);
      expect.soft(errorCode(call)).toBe(code);
      expect.soft((call.body as { error: { message: string } }).error.message.length).toBeGreaterThan(10);
    }
  });

  it("answers 404 for unknown and malformed ids", async () => {
    for (const id of [toBase64Url(new Uint8Array(16).fill(9)), "short", "../../etc/passwd", "x".repeat(200)]) {
      const call = await get(id);
      expect(call.status).toBe(404);
      expect(errorCode(call)).toBe("not_found");
    }
  });

  it("expires: 410 after expiresAt (injected clock), 404 once the tombstone is purged", async () => {
    const { id, expiresAt } = await share();
    clock = Date.parse(expiresAt) - 1;
    expect((await get(id)).status).toBe(200);
    clock = Date.parse(expiresAt);
    const expired = await get(id);
    expect(expired.status).toBe(410);
    expect(errorCode(expired)).toBe("gone");
    clock += 100 * day;
    await share(); // creating triggers the purge
    expect((await get(id)).status).toBe(404);
  });

  it("revokes with the creator's token only: 400 without it, 403 with another, 204, then 410", async () => {
    const { id, revokeToken } = await share();
    const other = await share();
    expect((await del(id)).status).toBe(400);
    expect((await del(id, other.revokeToken)).status).toBe(403);
    expect((await del(id, "garbage")).status).toBe(403);
    expect((await get(id)).status).toBe(200);
    const revoked = await del(id, revokeToken);
    expect(revoked.status).toBe(204);
    expect(revoked.body).toBeNull();
    expect((await get(id)).status).toBe(410);
    expect((await del(id, revokeToken)).status).toBe(410);
    expect((await del(toBase64Url(new Uint8Array(16).fill(3)), revokeToken)).status).toBe(404);
    expect((await get(other.id)).status).toBe(200);
  });

  it("stops enumeration: unknown ids answer 404 until the limit, then 429 for every id", async () => {
    const { id } = await share();
    const answers: number[] = [];
    for (let index = 0; index < defaultLimits.miss.limit + 3; index++) {
      answers.push((await get(toBase64Url(crypto.getRandomValues(new Uint8Array(16))))).status);
    }
    expect(answers.slice(0, defaultLimits.miss.limit)).toEqual(Array(defaultLimits.miss.limit).fill(404));
    expect(answers.slice(defaultLimits.miss.limit)).toEqual([429, 429, 429]);
    const blocked = await get(id);
    expect(blocked.status).toBe(429);
    expect(errorCode(blocked)).toBe("rate_limit_exceeded");
    client = "203.0.113.250";
    expect((await get(id)).status).toBe(200);
    clock += defaultLimits.miss.windowMs;
    client = `198.51.100.${clientCounter}`;
    expect((await get(id)).status).toBe(200);
  });

  it("limits how often one client fetches and creates links", async () => {
    const { id } = await share();
    const reads: number[] = [];
    for (let index = 0; index < defaultLimits.read.limit + 1; index++) reads.push((await get(id)).status);
    expect(reads.filter((status) => status === 200)).toHaveLength(defaultLimits.read.limit);
    expect(reads.at(-1)).toBe(429);

    const creates: number[] = [];
    for (let index = 0; index < defaultLimits.create.limit; index++) {
      const { envelope } = await encryptShare({ n: index });
      creates.push((await post(envelope)).status);
    }
    // share() above used one.
    expect(creates.filter((status) => status === 201)).toHaveLength(defaultLimits.create.limit - 1);
    expect(creates.at(-1)).toBe(429);
  });

  it("never lets a canary secret typed in the wizard reach the database, the server log or the payload", async () => {
    const secrets = {
      clientSecret: "Canary~ClientSecret-7f3a9c1e5b2d4f60",
      accessToken: "eyJ0eXAiOiJKV1QiLCJjYW5hcnkiOnRydWV9.canary-access-token-payload.c2lnbmF0dXJl",
    };
    const logged: string[] = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation(
        (...args: unknown[]) => void logged.push(args.map(String).join(" ")),
      );
    }
    const sample = samplePayload();
    // What the report button does: build from the store's state (the secrets stay out), check, encrypt.
    const payload = buildSharePayload({
      file: sample.case,
      findings: sample.findings,
      evidence: sample.evidence,
      results: sample.results,
      generatedAt: sample.generatedAt,
      toolVersion: "0.1.0",
      locale: "en",
    });
    expect(secretsIn(payload, secrets)).toEqual([]);
    expect(JSON.stringify(payload)).not.toContain(secrets.clientSecret);
    const { envelope, key } = await encryptShare(payload);
    const created = await post(envelope);
    const { id, revokeToken } = created.body as { id: string; revokeToken: string };
    await get(id);
    await get("unknown-id-unknown-id1");
    await post("{ broken");
    await del(id, revokeToken);
    const everything = [
      await backend.dump(),
      logged.join("\n"),
      JSON.stringify(created.body),
      key,
      JSON.stringify(envelope),
    ].join("\n");
    for (const secret of Object.values(secrets)) {
      expect(everything.includes(secret)).toBe(false);
      expect(everything.includes(Buffer.from(secret).toString("base64"))).toBe(false);
    }
    expect((await backend.dump()).includes(id)).toBe(true);
  });

  it("answers 500 without details when the store fails, and logs only the error's name", async () => {
    const logged: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
    api = createShareApi({
      store: async () => {
        throw new Error("connection to postgres://user:hunter2@db failed");
      },
      now: () => clock,
    });
    const call = await get(toBase64Url(new Uint8Array(16)));
    expect(call.status).toBe(500);
    expect(errorCode(call)).toBe("internal_server_error");
    expect(logged.join("\n")).not.toContain("hunter2");
  });
});
