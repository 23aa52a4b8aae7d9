import type { CheckResult } from "@/lib/catalogue/present";
import type { ProbeEvidence } from "@/lib/probes/types";
import type { Finding } from "@/lib/rules/types";
import type { RealmAnswer } from "@/lib/token/inspect";
import type { TriageMatch } from "@/lib/triage/triage";

// The answers of the HTTP API (README "HTTP API"), shared by the routes, the typed client and the CLI.
// Request bodies are the routes' zod schemas (lib/api/diagnose-request.ts, lib/token/api.ts).

export const RESULTS_SCHEMA_ID = "ece-oauth-doctor/results@1";
export const TRIAGE_SCHEMA_ID = "ece-oauth-doctor/triage@1";

export type ErrorEnvelope = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

export type DiagnoseResponse = {
  schema: typeof RESULTS_SCHEMA_ID;
  findings: Finding[];
  results: CheckResult[];
  evidence: ProbeEvidence[];
};

/** One line of `POST /api/diagnose?stream=1`: each probe's evidence as it ends, then the whole diagnosis. */
export type DiagnoseStreamLine =
  | { type: "probe"; evidence: ProbeEvidence }
  | ({ type: "done" } & DiagnoseResponse)
  | ({ type: "error" } & ErrorEnvelope);

export type TriageResponse = { schema: typeof TRIAGE_SCHEMA_ID; matches: (TriageMatch & { result: CheckResult })[] };

export type RealmResponse = RealmAnswer & { error?: { code: string; message: string } };

export type TokenConfigResponse = { signInClientId: string | null };

/** `GET /api/probe`: the probe downloads and their sums (files is empty where npm run build:probe has not run). */
export type ProbeDownloadsResponse = {
  version: string;
  node: string | null;
  files: { name: string; sha256: string; bytes: number }[];
};
