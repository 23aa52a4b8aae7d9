import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { ApiError, guard as apiGuard, crossSiteRefusal, jsonRoute } from "@/lib/api/handler";
import { clientKey } from "@/lib/api/rate-limit";
import { fromBase64Url, toBase64Url } from "@/lib/share/base64url";
import {
  type CreatedShare,
  ivBytes,
  maxCiphertextBytes,
  revokeTokenHeader,
  revokeTokenPattern,
  type ShareVersion,
  type StoredShare,
  shareIdPattern,
  shareVersions,
  tagBytes,
} from "@/lib/share/format";
import { defaultLimits, tombstoneMs as defaultTombstoneMs, type ShareLimits, shareTtlMs } from "./config";
import type { ShareStore } from "./store";

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

/** The request body of POST /api/share. The revoke token is made by the server and returned once (see README). */
export const createShareSchema = z.strictObject({
  version: z.number().int(),
  iv: z.string().max(64),
  ciphertext: z.string(),
});

/** Base64url text of the largest accepted ciphertext, plus room for the rest of the body. */
export const maxCreateBodyBytes = Math.ceil((maxCiphertextBytes * 4) / 3) + 4096;

const headers = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow" };

type Action = keyof ShareLimits;

export type ShareApiOptions = {
  store: () => Promise<ShareStore>;
  /** Injected clock (tests); milliseconds since the epoch. */
  now?: () => number;
  ttlMs?: number;
  tombstoneMs?: number;
  limits?: ShareLimits;
};

export function createShareApi(options: ShareApiOptions) {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? shareTtlMs();
  const tombstone = options.tombstoneMs ?? defaultTombstoneMs;
  const limits = options.limits ?? defaultLimits;
  let lastPurge = Number.NEGATIVE_INFINITY;

  // Rate-limit buckets hold a hash of the client address, not the address.
  const bucket = (action: Action, request: Request) =>
    `${action}:${sha256(`ece-oauth-doctor/share-rate:${clientKey(request)}`).slice(0, 32)}`;
  const windowOf = (action: Action, at: number) => Math.floor(at / limits[action].windowMs) * limits[action].windowMs;
  const over = async (store: ShareStore, action: Action, request: Request, at: number) =>
    (await store.hit(bucket(action, request), windowOf(action, at))) > limits[action].limit;
  const tooMany = (what: string) =>
    new ApiError("rate_limit_exceeded", `Too many ${what} from this client; wait a few minutes and try again.`);

  async function purge(store: ShareStore, at: number) {
    if (at - lastPurge < 60_000) return;
    lastPurge = at;
    await store.purge(at, tombstone);
  }

  const notFound = () =>
    new ApiError("not_found", "No shared report has this id. Check that the whole link was copied.");
  const gone = () => new ApiError("gone", "This shared report was revoked or has expired.");

  /** Counts a request for an id that does not exist; a client past the limit gets 429 instead of 404. */
  async function miss(store: ShareStore, request: Request, at: number): Promise<never> {
    if (await over(store, "miss", request, at)) throw tooMany("requests for unknown links");
    throw notFound();
  }

  // The one error guard of lib/api, with this API's robots header; and browsers from other sites are refused.
  const guard = (request: Request, run: () => Promise<Response>) =>
    apiGuard(
      () => {
        const refused = crossSiteRefusal(request);
        if (refused) throw refused;
        return run();
      },
      { "X-Robots-Tag": headers["X-Robots-Tag"] },
    );

  const createWithBody = jsonRoute(createShareSchema, { maxBytes: maxCreateBodyBytes }, async ({ body }) => {
    if (!(shareVersions as readonly number[]).includes(body.version)) {
      throw new ApiError(
        "unprocessable_entity",
        `"version" ${body.version} is not supported: this server stores version ${shareVersions.join(", ")}.`,
        [{ path: "version", message: "unsupported version" }],
      );
    }
    const iv = fromBase64Url(body.iv);
    if (!iv || iv.length !== ivBytes) {
      throw new ApiError("unprocessable_entity", `"iv" must be ${ivBytes} bytes in base64url.`, [
        { path: "iv", message: "invalid" },
      ]);
    }
    const ciphertext = fromBase64Url(body.ciphertext);
    if (!ciphertext)
      throw new ApiError("unprocessable_entity", `"ciphertext" must be base64url without padding.`, [
        { path: "ciphertext", message: "invalid" },
      ]);
    if (ciphertext.length > maxCiphertextBytes)
      throw new ApiError("payload_too_large", `The ciphertext is larger than ${maxCiphertextBytes} bytes.`);
    if (ciphertext.length <= tagBytes)
      throw new ApiError("unprocessable_entity", `"ciphertext" is too short to hold a report.`, [
        { path: "ciphertext", message: "too short" },
      ]);

    const store = await options.store();
    const at = now();
    // A ceiling for the whole server, so that no number of clients can fill the disk.
    if (
      (await store.hit("stored-kib", windowOf("storedKiB", at), Math.ceil(ciphertext.length / 1024))) >
      limits.storedKiB.limit
    ) {
      throw new ApiError(
        "rate_limit_exceeded",
        "This server has stored as many shared reports as it accepts in a day; try again tomorrow, or send the report file instead.",
      );
    }
    const id = toBase64Url(randomBytes(16));
    const revokeToken = toBase64Url(randomBytes(32));
    const result = await store.create({
      id,
      version: body.version as ShareVersion,
      iv,
      ciphertext,
      ciphertextHash: sha256(ciphertext),
      revokeTokenHash: sha256(revokeToken),
      createdAt: at,
      expiresAt: at + ttlMs,
    });
    if (result === "duplicate")
      throw new ApiError(
        "conflict",
        "This ciphertext was already uploaded: encrypt the report again to make a new link.",
      );
    await purge(store, at);
    const answer: CreatedShare = {
      id,
      createdAt: new Date(at).toISOString(),
      expiresAt: new Date(at + ttlMs).toISOString(),
      revokeToken,
    };
    return Response.json(answer, { status: 201, headers: { ...headers, Location: `/api/share/${id}` } });
  });

  return {
    /** POST /api/share */
    async create(request: Request): Promise<Response> {
      return guard(request, async () => {
        const store = await options.store();
        if (await over(store, "create", request, now())) throw tooMany("shared links");
        const response = await createWithBody(request);
        response.headers.set("X-Robots-Tag", headers["X-Robots-Tag"]);
        return response;
      });
    },

    /** GET /api/share/{id} */
    async read(request: Request, id: string): Promise<Response> {
      return guard(request, async () => {
        const store = await options.store();
        const at = now();
        if ((await store.hits(bucket("miss", request), windowOf("miss", at))) >= limits.miss.limit)
          throw tooMany("requests for unknown links");
        if (await over(store, "read", request, at)) throw tooMany("requests for shared links");
        if (!shareIdPattern.test(id)) return miss(store, request, at);
        const found = await store.read(id, at);
        if (found.status === "missing") return miss(store, request, at);
        if (found.status === "gone") throw gone();
        const { record } = found;
        const answer: StoredShare = {
          id: record.id,
          version: record.version as ShareVersion,
          iv: toBase64Url(record.iv),
          ciphertext: toBase64Url(record.ciphertext),
          createdAt: new Date(record.createdAt).toISOString(),
          expiresAt: new Date(record.expiresAt).toISOString(),
        };
        return Response.json(answer, { headers });
      });
    },

    /** DELETE /api/share/{id}, with the revoke token in the X-Revoke-Token header. */
    async revoke(request: Request, id: string): Promise<Response> {
      return guard(request, async () => {
        const store = await options.store();
        const at = now();
        if (await over(store, "revoke", request, at)) throw tooMany("revocations");
        const token = request.headers.get(revokeTokenHeader)?.trim() ?? "";
        if (token === "")
          throw new ApiError("bad_request", `Send the revoke token in the ${revokeTokenHeader} header.`);
        if (!shareIdPattern.test(id)) return miss(store, request, at);
        const offered = Buffer.from(sha256(revokeTokenPattern.test(token) ? token : `invalid:${token}`), "hex");
        const result = await store.revoke(
          id,
          (stored) => stored.length === 64 && timingSafeEqual(Buffer.from(stored, "hex"), offered),
          at,
        );
        if (result === "missing") return miss(store, request, at);
        if (result === "gone") throw gone();
        if (result === "forbidden") throw new ApiError("forbidden", "This revoke token does not belong to this link.");
        return new Response(null, { status: 204, headers });
      });
    },
  };
}

export type ShareApi = ReturnType<typeof createShareApi>;
