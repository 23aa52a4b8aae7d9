// The plaintext of a shared report (ece-oauth-doctor/share@1): the report file's fields plus the
// language-neutral findings and the probe evidence, so that it renders in either language.
import { z } from "zod";
import { caseSchema, type CaseFile } from "@/lib/case/schema";
import { causeIds, type CauseId } from "@/lib/catalogue/causes";
import { checkIds, owners, statuses } from "@/lib/catalogue/checks";
import { docIds } from "@/lib/catalogue/docs";
import { present, type CheckResult } from "@/lib/catalogue/present";
import { locales, type Locale } from "@/lib/i18n/locales";
import type { ProbeEvidence } from "@/lib/probes/types";
import type { ReportFile } from "@/lib/report/export";
import type { Finding } from "@/lib/rules/types";
import { containsSecret } from "@/lib/probes/redact";
import { SHARE_SCHEMA_ID } from "./format";

export type SharePayload = Omit<ReportFile, "schema" | "mostLikely"> & {
  schema: typeof SHARE_SCHEMA_ID;
  /** When the link was made (generatedAt is when the diagnosis ran). */
  sharedAt: string;
  findings: Finding[];
  evidence: ProbeEvidence[];
};

export type ShareInput = {
  file: CaseFile;
  findings: readonly Finding[];
  evidence?: readonly ProbeEvidence[];
  results: readonly CheckResult[];
  generatedAt: string;
  toolVersion: string;
  locale: Locale;
  now?: Date;
};

export function buildSharePayload(input: ShareInput): SharePayload {
  return {
    schema: SHARE_SCHEMA_ID,
    tool: { name: "ece-oauth-doctor", version: input.toolVersion },
    generatedAt: input.generatedAt,
    sharedAt: (input.now ?? new Date()).toISOString(),
    locale: input.locale,
    case: input.file,
    results: [...input.results],
    findings: [...input.findings],
    evidence: [...(input.evidence ?? [])],
  };
}

/** Every string in a JSON-like value, object keys included. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      yield key;
      yield* strings(item);
    }
  }
}

/**
 * Names of the secrets that appear in `value` (belt and braces: nothing should ever put them there).
 * A secret counts when any string holds it (or a cut part of it) in any encoding redaction knows (raw, percent- and
 * form-encoded, JSON-escaped, base64); a secret shorter than 4 characters only when a string equals it.
 */
export function secretsIn<Name extends string>(value: unknown, secrets: Partial<Record<Name, string>>): Name[] {
  const wanted = (Object.entries(secrets) as [Name, string | undefined][])
    .map(([name, secret]) => [name, (secret ?? "").trim()] as const)
    .filter(([, secret]) => secret !== "");
  if (wanted.length === 0) return [];
  const found = new Set<Name>();
  for (const text of strings(value)) {
    for (const [name, secret] of wanted) {
      if (containsSecret(text, secret)) found.add(name);
    }
  }
  return [...found];
}

// ---- Reading a decrypted payload (which anyone holding the key could have written: check everything). ----

// Which ECE server saw a finding, when it came from the probe's evidence file.
const serverSchema = z
  .strictObject({
    host: z.string().min(1).max(253),
    role: z.enum(["services", "application"]),
    reachedBy: z.array(z.strictObject({ host: z.string().min(1).max(253), role: z.enum(["services", "application"]) })).max(50).optional(),
  })
  .optional();

const findingSchema = z.union([
  z.strictObject({ check: z.enum(checkIds), status: z.literal("pass"), target: z.string().max(2048).optional(), params: z.record(z.string(), z.string().max(4096)).optional(), server: serverSchema }),
  z.strictObject({
    check: z.enum(checkIds),
    status: z.enum(statuses).exclude(["pass"]),
    cause: z.enum(causeIds as [CauseId, ...CauseId[]]),
    target: z.string().max(2048).optional(),
    params: z.record(z.string(), z.string().max(4096)).optional(),
    server: serverSchema,
  }),
]);

// Results as the creator's build presented them: used only when this build does not know a finding's ids.
const resultSchema = z.object({
  check: z.string().max(200),
  status: z.enum(statuses),
  cause: z.string().max(200).optional(),
  target: z.string().max(2048).optional(),
  title: z.string().max(4096),
  why: z.string().max(16384),
  fix: z.array(z.string().max(16384)).max(100),
  owner: z.enum(owners),
  docs: z.array(z.object({ id: z.string(), url: z.string() })).max(50),
  checks: z.array(z.enum(checkIds)).max(checkIds.length).optional(),
});

const evidenceSchema = z.looseObject({
  kind: z.string().max(100),
  target: z.string().max(2048),
  mailbox: z.string().max(512).optional(),
  remoteAddress: z.string().max(512).optional(),
  startedAt: z.string().max(100).optional(),
  ms: z.number(),
  phases: z.array(z.object({ phase: z.string().max(200), ms: z.number(), outcome: z.string().max(50) })).max(100),
  transcript: z.array(z.object({ ms: z.number(), from: z.enum(["client", "server", "note"]), text: z.string().max(65536) })).max(5000),
  error: z.object({ code: z.string().max(200), message: z.string().max(4096), phase: z.string().max(200) }).optional(),
});

const payloadSchema = z.object({
  schema: z.literal(SHARE_SCHEMA_ID),
  tool: z.object({ name: z.string().max(100), version: z.string().max(100) }),
  generatedAt: z.iso.datetime(),
  sharedAt: z.iso.datetime(),
  locale: z.enum(locales),
  case: caseSchema,
  results: z.array(resultSchema).max(1000),
  findings: z.array(z.unknown()).max(1000),
  evidence: z.array(evidenceSchema).max(1000),
});

export type SharedReport = {
  payload: SharePayload;
  /** The results in `locale`: from the findings when this build knows every id, else the creator's presented results. */
  results(locale: Locale): CheckResult[];
};

const knownDocs = new Set<string>(docIds);

export function readSharePayload(json: unknown): SharedReport | null {
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) return null;
  const findings = z.array(findingSchema).safeParse(parsed.data.findings);
  const stored = parsed.data.results.map(
    (result) =>
      ({
        ...result,
        // Only https links to documentation this build knows: the text of a link comes from the catalogue.
        docs: result.docs.filter((doc) => knownDocs.has(doc.id) && doc.url.startsWith("https://")),
      }) as CheckResult,
  );
  const payload = { ...parsed.data, findings: findings.success ? (findings.data as Finding[]) : [], evidence: parsed.data.evidence as unknown as ProbeEvidence[], results: stored } as SharePayload;
  return {
    payload,
    results: (locale) => (findings.success ? findings.data.map((item) => present(item as Finding, locale)) : stored),
  };
}
