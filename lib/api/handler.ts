import "server-only";
import { z } from "zod";
import { describeCaseError } from "@/lib/case/issues";

export const errorStatus = {
  bad_request: 400,
  target_not_allowed: 400,
  invalid_json: 400,
  unprocessable_entity: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  rate_limit_exceeded: 429,
  internal_server_error: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function errorResponse(code: ErrorCode, message: string, details?: unknown): Response {
  return Response.json(
    { error: { code, message, ...(details === undefined ? {} : { details }) } },
    { status: errorStatus[code], headers: { "Cache-Control": "no-store" } },
  );
}

export const maxBodyBytes = 256 * 1024;

async function readJson(request: Request, maxBytes = maxBodyBytes): Promise<unknown> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().includes("application/json")) {
    throw new ApiError("unsupported_media_type", "Send the body as application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new ApiError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
  const reader = request.body?.getReader();
  if (!reader) throw new ApiError("bad_request", "The body is empty.");
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new ApiError("payload_too_large", `The body is larger than ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new ApiError("invalid_json", "The body is not valid JSON.");
  }
}

export function withJsonBody<S extends z.ZodType>(
  schema: S,
  handler: (body: z.infer<S>, request: Request) => Promise<Response> | Response,
  { maxBytes = maxBodyBytes, refuse }: { maxBytes?: number; refuse?: (raw: unknown) => ApiError | null } = {},
) {
  return async (request: Request): Promise<Response> => {
    try {
      const raw = await readJson(request, maxBytes);
      const refused = refuse?.(raw);
      if (refused) throw refused;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const issues = describeCaseError(parsed.error);
        return errorResponse("unprocessable_entity", issues.map((issue) => issue.message).slice(0, 5).join("; "), issues);
      }
      return await handler(parsed.data, request);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error.code, error.message, error.details);
      // Unhandled errors may carry request data, secrets included: log only the error's name.
      console.error(`api: unhandled ${error instanceof Error ? error.name : typeof error}`);
      return errorResponse("internal_server_error", "Something went wrong on the server.");
    }
  };
}
