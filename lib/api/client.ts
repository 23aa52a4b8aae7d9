import type { z } from "zod";
import type { DevicePoll, DeviceStart, DeviceStartRequest, RealmRequest } from "@/lib/token/api";
import type {
  DiagnoseResponse,
  DiagnoseStreamLine,
  ErrorEnvelope,
  ProbeDownloadsResponse,
  RealmResponse,
  TokenConfigResponse,
  TriageResponse,
} from "./contract";
import type { DiagnoseRequest, triageRequestSchema } from "./diagnose-request";

type TriageRequest = z.input<typeof triageRequestSchema>;

// The browser's one way to the HTTP API: typed answers, and one error (the envelope's code and message) for any failure.

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function failure(response: Response): Promise<ApiRequestError> {
  const body = (await response.json().catch(() => null)) as Partial<ErrorEnvelope> | null;
  return new ApiRequestError(
    response.status,
    body?.error?.code ?? "http_error",
    body?.error?.message ?? `HTTP ${response.status}`,
  );
}

async function send(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const { json, ...rest } = init;
  const response = await fetch(path, {
    cache: "no-store",
    ...rest,
    ...(json === undefined
      ? {}
      : { method: rest.method ?? "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(json) }),
  });
  if (!response.ok) throw await failure(response);
  return response;
}

async function call<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  return (await (await send(path, init)).json()) as T;
}

/** Splits a byte stream into JSON lines; a line cut by the end of the stream is parsed when it is whole. */
export async function* ndjsonLines<T>(body: ReadableStream<Uint8Array>): AsyncGenerator<T> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    buffer += decoder.decode(value, { stream: !done });
    const lines = buffer.split("\n");
    buffer = done ? "" : (lines.pop() ?? "");
    for (const line of lines) if (line.trim()) yield JSON.parse(line) as T;
    if (done) return;
  }
}

export const api = {
  diagnose: (body: DiagnoseRequest, signal?: AbortSignal) =>
    call<DiagnoseResponse>("/api/diagnose", { json: body, ...(signal ? { signal } : {}) }),

  /** The streamed diagnosis: each probe's evidence as it ends (onEvidence), then the whole diagnosis. */
  async diagnoseStream(
    body: DiagnoseRequest,
    options: {
      signal?: AbortSignal;
      onEvidence?: (line: Extract<DiagnoseStreamLine, { type: "probe" }>["evidence"]) => void;
    } = {},
  ): Promise<DiagnoseResponse> {
    const response = await send("/api/diagnose?stream=1", {
      json: body,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!response.body) throw new ApiRequestError(response.status, "empty_response", `HTTP ${response.status}`);
    for await (const line of ndjsonLines<DiagnoseStreamLine>(response.body)) {
      if (line.type === "probe") options.onEvidence?.(line.evidence);
      if (line.type === "error") throw new ApiRequestError(500, line.error.code, line.error.message);
      if (line.type === "done") {
        const { type: _type, ...diagnosis } = line;
        return diagnosis;
      }
    }
    throw new ApiRequestError(response.status, "incomplete_stream", "The diagnosis ended before its result.");
  },

  triage: (body: TriageRequest) => call<TriageResponse>("/api/triage", { json: body }),

  tokenConfig: () => call<TokenConfigResponse>("/api/token/config"),

  probeDownloads: () => call<ProbeDownloadsResponse>("/api/probe"),

  realm: (body: RealmRequest) => call<RealmResponse>("/api/token/realm", { json: body }),

  /** Entra's own refusals come back as `{ ok: false, error }`; only a failure of the API itself throws. */
  startDeviceSignIn: (body: DeviceStartRequest) => call<DeviceStart>("/api/token/device", { json: body }),

  pollDeviceSignIn: (id: string) => call<DevicePoll>(`/api/token/device?id=${encodeURIComponent(id)}`),

  cancelDeviceSignIn: (id: string) =>
    send(`/api/token/device?id=${encodeURIComponent(id)}`, { method: "DELETE" }).then(() => undefined),
};
