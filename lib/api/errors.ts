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
  request_timeout: 408,
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

export function errorResponse(
  code: ErrorCode,
  message: string,
  details?: unknown,
  headers: Record<string, string> = {},
): Response {
  return Response.json(
    { error: { code, message, ...(details === undefined ? {} : { details }) } },
    { status: errorStatus[code], headers: { "Cache-Control": "no-store", ...headers } },
  );
}
