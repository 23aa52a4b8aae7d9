import "@/lib/zod-jitless";
import { z } from "zod";
import { causeIds } from "@/lib/catalogue/causes";
import { checkIds } from "@/lib/catalogue/checks";
import { probeKinds } from "@/lib/probes/types";
import {
  canonicalJson,
  EVIDENCE_SCHEMA_ID,
  type EvidenceFile,
  PROBE_TOOL_NAME,
  serverRoles,
  sha256Hex,
} from "./format";

const text = (max: number) => z.string().max(max);
const params = z.record(z.string(), text(4096)).optional();
const findingSchema = z.union([
  z.strictObject({ check: z.enum(checkIds), status: z.literal("pass"), target: text(2048).optional(), params }),
  z.strictObject({
    check: z.enum(checkIds),
    status: z.enum(["fail", "warn", "info", "skipped"]),
    cause: z.enum(causeIds as [string, ...string[]]),
    target: text(2048).optional(),
    params,
  }),
]);

const evidenceFileSchema = z.strictObject({
  schema: z.literal(EVIDENCE_SCHEMA_ID),
  tool: z.strictObject({ name: z.literal(PROBE_TOOL_NAME), version: text(40) }),
  role: z.enum(serverRoles),
  host: text(253).min(1),
  os: text(200),
  createdAt: z.iso.datetime(),
  live: z.boolean(),
  proxy: text(2048).nullable(),
  case: z.strictObject({
    cloud: text(64),
    tenant: text(256),
    clientId: text(256),
    retrieval: z.enum(["imap", "pop3"]),
    mailboxes: z.array(text(320)).max(50),
  }),
  findings: z.array(findingSchema).max(1000),
  evidence: z.array(z.looseObject({ kind: z.enum(probeKinds), target: text(2048) })).max(1000),
  integrity: z.strictObject({ algorithm: z.literal("sha256"), value: z.string().regex(/^[0-9a-f]{64}$/) }),
});

export type EvidenceProblem =
  | { key: "json" | "schema" | "tampered" }
  | { key: "shape"; path: string }
  | { key: "older" | "newer"; version: string; expected: string }
  | { key: "otherCase"; field: string; value: string; expected: string };

export type EvidenceRead = { ok: true; file: EvidenceFile } | { ok: false; problem: EvidenceProblem };

type CaseIdentity = { azure: { cloud: string; tenant: string; clientId: string } };

function compareVersions(a: string, b: string): number {
  const parts = (version: string) =>
    version
      .split(/[.+-]/)
      .slice(0, 3)
      .map((part) => Number.parseInt(part, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let index = 0; index < 3; index++)
    if ((x[index] ?? 0) !== (y[index] ?? 0)) return (x[index] ?? 0) - (y[index] ?? 0);
  return 0;
}

// An evidence file is merged only when it is whole, unedited, from this tool version and about this case.
export async function readEvidenceFile(
  raw: string,
  currentCase: CaseIdentity,
  toolVersion: string,
): Promise<EvidenceRead> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, problem: { key: "json" } };
  }
  if (typeof json !== "object" || json === null || (json as { schema?: unknown }).schema !== EVIDENCE_SCHEMA_ID)
    return { ok: false, problem: { key: "schema" } };
  const parsed = evidenceFileSchema.safeParse(json);
  if (!parsed.success)
    return { ok: false, problem: { key: "shape", path: parsed.error.issues[0]?.path.join(".") || "(root)" } };
  const { integrity, ...body } = json as EvidenceFile;
  if ((await sha256Hex(canonicalJson(body))) !== integrity.value) return { ok: false, problem: { key: "tampered" } };
  const file = json as EvidenceFile;
  const order = compareVersions(file.tool.version, toolVersion);
  if (order !== 0)
    return {
      ok: false,
      problem: { key: order < 0 ? "older" : "newer", version: file.tool.version, expected: toolVersion },
    };
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  for (const field of ["cloud", "tenant", "clientId"] as const) {
    if (!same(file.case[field], currentCase.azure[field]))
      return {
        ok: false,
        problem: {
          key: "otherCase",
          field: `azure.${field}`,
          value: file.case[field],
          expected: currentCase.azure[field],
        },
      };
  }
  return { ok: true, file };
}
