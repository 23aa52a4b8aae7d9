import type { z } from "zod";
import type { DiagnoseResponse, ErrorEnvelope, ProbeDownloadsResponse, TriageResponse } from "./contract";
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

export async function send(path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
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

export async function call<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  return (await (await send(path, init)).json()) as T;
}

// One export an endpoint (import * as api from "@/lib/api/client"). The streamed diagnosis (./diagnose-stream.ts) and
// the token step's calls (./token-client.ts) are apart, so that the pages that do not make them do not load them.

export const diagnose = (body: DiagnoseRequest, signal?: AbortSignal) =>
  call<DiagnoseResponse>("/api/diagnose", { json: body, ...(signal ? { signal } : {}) });

export const triage = (body: TriageRequest) => call<TriageResponse>("/api/triage", { json: body });

export const probeDownloads = () => call<ProbeDownloadsResponse>("/api/probe");
