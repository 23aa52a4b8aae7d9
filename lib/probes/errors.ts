import type { ProbeError, ProbeErrorCode } from "./types";

// Internal error carrying a stable code; probes turn it into ProbeError evidence instead of throwing.
export class ProbeFailure extends Error {
  constructor(
    readonly code: ProbeErrorCode,
    message: string,
    public phase?: string,
  ) {
    super(message);
    this.name = "ProbeFailure";
  }
}

// Node's own code (ECONNREFUSED, CERT_HAS_EXPIRED, ERR_SSL_WRONG_VERSION_NUMBER, ...) is the evidence.
export function codeOf(err: unknown): string | undefined {
  if (err && typeof err === "object" && "code" in err && typeof err.code === "string" && err.code !== "")
    return err.code;
  return undefined;
}

export function toProbeFailure(err: unknown, phase: string): ProbeFailure {
  if (err instanceof ProbeFailure) {
    err.phase ??= phase;
    return err;
  }
  const message = err instanceof Error ? err.message : String(err);
  return new ProbeFailure(codeOf(err) ?? "INTERNAL", message, phase);
}

export function toProbeError(err: unknown, phase: string): ProbeError {
  const f = toProbeFailure(err, phase);
  return { code: f.code, message: f.message, phase: f.phase ?? phase };
}
