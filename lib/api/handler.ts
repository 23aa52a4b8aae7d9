import "server-only";
import type { z } from "zod";
import { describeCaseError } from "@/lib/case/issues";
import type { CloudProfile } from "@/lib/knowledge/clouds";
import { findProfile } from "@/lib/live/profiles";
import { ApiError, errorResponse } from "./errors";
import { clientKey, type RateLimiter, trustedProxies } from "./rate-limit";

export { ApiError, type ErrorCode, errorResponse, errorStatus } from "./errors";

export const maxBodyBytes = 256 * 1024;
/** A body that has not fully arrived by then is answered 408 (scripts/server.mjs also closes such connections). */
export const bodyTimeoutMs = 10_000;

// "application/json" as the media type, parsed: a substring match would let "text/plain; charset=application/json",
// which any web page may send without a preflight, through.
export function isJsonMediaType(header: string | null): boolean {
  if (!header) return false;
  const [type = "", ...parameters] = header.split(";");
  if (type.trim().toLowerCase() !== "application/json") return false;
  return parameters.every((parameter) => {
    const [name = "", value = ""] = parameter.split("=").map((part) => part.trim().toLowerCase());
    return name !== "charset" || value.replace(/^"|"$/g, "") === "utf-8";
  });
}

// Browsers say where a request comes from; the CLI and API clients send no Origin and pass.
export function crossSiteRefusal(request: Request): ApiError | null {
  if (request.headers.get("sec-fetch-site")?.toLowerCase() === "cross-site")
    return new ApiError(
      "forbidden",
      "Cross-site requests are refused: use the wizard's own pages, or call the API without a browser.",
    );
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  const hosts = [request.headers.get("host"), new URL(request.url).host];
  if (trustedProxies() > 0) hosts.push(request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? null);
  let host: string | null = null;
  try {
    host = origin === "null" ? null : new URL(origin).host;
  } catch {
    host = null;
  }
  return host !== null && hosts.includes(host)
    ? null
    : new ApiError(
        "forbidden",
        `Requests from ${origin.slice(0, 100)} are refused: only the wizard's own pages may call this API from a browser.`,
      );
}

function readTimeout(): ApiError {
  return new ApiError("request_timeout", `The request body did not arrive within ${bodyTimeoutMs / 1000} seconds.`);
}

export async function readJson(request: Request, maxBytes = maxBodyBytes, timeoutMs = bodyTimeoutMs): Promise<unknown> {
  if (!isJsonMediaType(request.headers.get("content-type")))
    throw new ApiError("unsupported_media_type", "Send the body as application/json (UTF-8).");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new ApiError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
  const reader = request.body?.getReader();
  if (!reader) throw new ApiError("bad_request", "The body is empty.");
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(readTimeout()), timeoutMs);
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), timedOut]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw new ApiError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    if (error instanceof ApiError) throw error;
    // The client went away mid-body: nobody to answer, nothing to log as a server fault.
    throw new ApiError("bad_request", "The request body ended before it was complete.");
  } finally {
    clearTimeout(timer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new ApiError("invalid_json", "The body is not valid JSON.");
  }
}

/** One error guard for every route: ApiError becomes the envelope; anything else a bare 500, logged by name only. */
export async function guard(
  work: () => Promise<Response> | Response,
  headers: Record<string, string> = {},
): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error.code, error.message, error.details, headers);
    // Unhandled errors may carry request data, secrets included: log only the error's name.
    console.error(`api: unhandled ${error instanceof Error ? error.name : typeof error}`);
    return errorResponse("internal_server_error", "Something went wrong on the server.", undefined, headers);
  }
}

export function profileFor(id: string, path: string): CloudProfile {
  const profile = findProfile(id);
  if (!profile)
    throw new ApiError("unprocessable_entity", `"${path}": no cloud profile "${id}" on this server.`, [
      { path, message: "unknown cloud profile" },
    ]);
  return profile;
}

/** Which per-client limiter a request counts against (a route may pick one by its body, e.g. live or not). */
type Limit<B> = { by: (body: B) => RateLimiter; message?: string };

export type ApiContext<B> = { body: B; request: Request; client: string; profile: CloudProfile };

type RouteOptions<B> = {
  limit?: Limit<B>;
  /** Where the body names its cloud profile: looked up before the handler runs (422 naming the field). */
  cloud?: (body: B) => { id: string; path: string };
  headers?: Record<string, string>;
  /** Public downloads that any page may link to; every other route refuses cross-site browsers. */
  crossSite?: "allow";
};

function contextFor<B>(body: B, request: Request, options: RouteOptions<B>): ApiContext<B> {
  const client = clientKey(request);
  if (options.limit && !options.limit.by(body)(client)) {
    throw new ApiError(
      "rate_limit_exceeded",
      options.limit.message ?? "Too many requests from this client; wait a minute and try again.",
    );
  }
  const cloud = options.cloud?.(body);
  const profile = cloud ? profileFor(cloud.id, cloud.path) : undefined;
  return {
    body,
    request,
    client,
    get profile(): CloudProfile {
      if (!profile) throw new Error("This route names no cloud profile.");
      return profile;
    },
  };
}

/** A route without a body (GET, DELETE): the cross-site check, the rate limit and the error envelope. `segment` is
 * Next's second argument (the dynamic segments' params). */
export function route<Segment = unknown>(
  options: RouteOptions<undefined>,
  handler: (context: ApiContext<undefined>, segment: Segment) => Promise<Response> | Response,
) {
  return (request: Request, segment?: Segment): Promise<Response> =>
    guard(() => {
      const refused = options.crossSite === "allow" ? null : crossSiteRefusal(request);
      if (refused) throw refused;
      return handler(contextFor(undefined, request, options), segment as Segment);
    }, options.headers);
}

/** A JSON route: the cross-site check, media type, bounded and timed body, target-field policy, schema (422 naming the
 * field), rate limit, cloud profile and the error envelope, in that order. */
export function jsonRoute<S extends z.ZodType>(
  schema: S,
  options: RouteOptions<z.infer<S>> & {
    maxBytes?: number;
    bodyTimeoutMs?: number;
    refuse?: (raw: unknown) => ApiError | null;
  },
  handler: (context: ApiContext<z.infer<S>>) => Promise<Response> | Response,
) {
  return (request: Request): Promise<Response> =>
    guard(async () => {
      const refused = crossSiteRefusal(request);
      if (refused) throw refused;
      const raw = await readJson(request, options.maxBytes, options.bodyTimeoutMs);
      const named = options.refuse?.(raw);
      if (named) throw named;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const issues = describeCaseError(parsed.error);
        throw new ApiError(
          "unprocessable_entity",
          issues
            .map((issue) => issue.message)
            .slice(0, 5)
            .join("; "),
          issues,
        );
      }
      return handler(contextFor(parsed.data, request, options));
    }, options.headers);
}
