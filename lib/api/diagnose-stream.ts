import { ApiRequestError, send } from "./client";
import type { DiagnoseResponse, DiagnoseStreamLine } from "./contract";
import type { DiagnoseRequest } from "./diagnose-request";

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

/** The streamed diagnosis: each probe's evidence as it ends (onEvidence), then the whole diagnosis. */
export async function diagnoseStream(
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
}
