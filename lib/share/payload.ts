// The plaintext of a shared report (ece-oauth-doctor/share@1): the report file's fields plus the
// language-neutral findings and the probe evidence, so that it renders in either language.
import "@/lib/zod-jitless";
import * as z from "zod/mini";
import { type CaseFile, caseSchema } from "@/lib/case/schema";
import { type CauseId, causeIds } from "@/lib/catalogue/causes";
import { checkIds, owners, type Status, statuses } from "@/lib/catalogue/checks";
import { docIds } from "@/lib/catalogue/docs";
import { type CheckResult, present } from "@/lib/catalogue/present";
import { type Locale, locales } from "@/lib/i18n/locales";
import { containsSecret } from "@/lib/probes/redact";
import type { ProbeEvidence } from "@/lib/probes/types";
import type { ReportFile } from "@/lib/report/export";
import type { Finding } from "@/lib/rules/types";
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

// zod/mini: this runs in the browser of whoever opens a shared link.
const text = (max: number) => z.string().check(z.maxLength(max));
const host = z.string().check(z.minLength(1), z.maxLength(253));
const list = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max));
const params = z.optional(z.record(z.string(), text(4096)));
const role = z.enum(["services", "application"]);

// Which ECE server saw a finding, when it came from the probe's evidence file.
const serverSchema = z.optional(
  z.strictObject({ host, role, reachedBy: z.optional(list(z.strictObject({ host, role }), 50)) }),
);

const findingSchema = z.union([
  z.strictObject({
    check: z.enum(checkIds),
    status: z.literal("pass"),
    target: z.optional(text(2048)),
    params,
    server: serverSchema,
  }),
  z.strictObject({
    check: z.enum(checkIds),
    status: z.enum(
      statuses.filter((status) => status !== "pass") as [Exclude<Status, "pass">, ...Exclude<Status, "pass">[]],
    ),
    cause: z.enum(causeIds as [CauseId, ...CauseId[]]),
    target: z.optional(text(2048)),
    params,
    server: serverSchema,
  }),
]);

// Results as the creator's build presented them: used only when this build does not know a finding's ids.
const resultSchema = z.object({
  check: text(200),
  status: z.enum(statuses),
  cause: z.optional(text(200)),
  target: z.optional(text(2048)),
  title: text(4096),
  why: text(16384),
  fix: list(text(16384), 100),
  owner: z.enum(owners),
  docs: list(z.object({ id: z.string(), url: z.string() }), 50),
  checks: z.optional(list(z.enum(checkIds), checkIds.length)),
});

const evidenceSchema = z.looseObject({
  kind: text(100),
  target: text(2048),
  mailbox: z.optional(text(512)),
  remoteAddress: z.optional(text(512)),
  startedAt: z.optional(text(100)),
  ms: z.number(),
  phases: list(z.object({ phase: text(200), ms: z.number(), outcome: text(50) }), 100),
  transcript: list(z.object({ ms: z.number(), from: z.enum(["client", "server", "note"]), text: text(65536) }), 5000),
  error: z.optional(z.object({ code: text(200), message: text(4096), phase: text(200) })),
});

const payloadSchema = z.object({
  schema: z.literal(SHARE_SCHEMA_ID),
  tool: z.object({ name: text(100), version: text(100) }),
  generatedAt: z.iso.datetime(),
  sharedAt: z.iso.datetime(),
  locale: z.enum(locales),
  case: caseSchema,
  results: list(resultSchema, 1000),
  findings: list(z.unknown(), 1000),
  evidence: list(evidenceSchema, 1000),
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
  const payload = {
    ...parsed.data,
    findings: findings.success ? (findings.data as Finding[]) : [],
    evidence: parsed.data.evidence as unknown as ProbeEvidence[],
    results: stored,
  } as SharePayload;
  return {
    payload,
    results: (locale) => (findings.success ? findings.data.map((item) => present(item as Finding, locale)) : stored),
  };
}
