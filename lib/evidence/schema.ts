import "@/lib/zod-jitless";
import * as z from "zod/mini";
import { isIsoDate } from "@/lib/case/fields";

// What a case file keeps of the evidence the admin already had (case@3): only derived facts. A sign-in log export is
// read in the browser; its rows (names, addresses, IPs) never leave it, only these counts, codes, times and masked IPs.

export const powershellCommands = [
  "Get-EXOCasMailbox",
  "Get-TransportConfig",
  "Get-MailboxPermission",
  "Get-Mailbox",
  "Get-MgUserLicenseDetail",
] as const;
export type PowershellCommand = (typeof powershellCommands)[number];

export const serverOrigins = ["services", "application", "other", "unknown"] as const;
export type ServerOrigin = (typeof serverOrigins)[number];

export const policyResults = ["failure", "notSatisfied"] as const;
export type PolicyResult = (typeof policyResults)[number];

// zod/mini, as lib/case/schema.ts: the case schema is also parsed in the browser.
const isoDate = z.string().check(z.refine(isIsoDate, "date"));
const isoTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/, "date"));
const whole = (min: number, max: number) =>
  z.int({ error: "number" }).check(z.gte(min, "number"), z.lte(max, "number"));
const text = (max: number) => z.string().check(z.maxLength(max, "tooLong"));
const upTo = <T extends z.ZodMiniType>(item: T, max: number) => z.array(item).check(z.maxLength(max, "tooMany"));
const count = whole(0, 100_000_000);

export const signInGroupSchema = z.strictObject({
  account: text(320),
  code: whole(1, 99_999_999),
  interactive: z.boolean({ error: "invalidType" }),
  count,
  first: isoTime,
  last: isoTime,
  ips: upTo(text(64), 10),
  origin: z.enum(serverOrigins, { error: "choose" }),
  // Minutes from the last successful interactive sign-in of the same account to the first failure, if there was one.
  afterGoodMinutes: z.nullable(whole(0, Number.MAX_SAFE_INTEGER)),
  policies: upTo(z.strictObject({ name: text(256), result: z.enum(policyResults, { error: "choose" }) }), 10),
});

export const signInEvidenceSchema = z.strictObject({
  readOn: isoDate,
  rows: count,
  matched: count,
  succeeded: count,
  groups: upTo(signInGroupSchema, 50),
});

export const powershellRecordSchema = z.strictObject({
  command: z.enum(powershellCommands, { error: "choose" }),
  pastedOn: isoDate,
  // The mailbox the output is about; null for a tenant setting.
  mailbox: z.nullable(text(320)),
  values: z.record(text(64), text(512)),
});

export const caseEvidenceSchema = z.strictObject({
  signInLogs: z.nullable(signInEvidenceSchema),
  powershell: upTo(powershellRecordSchema, 100),
});

export type SignInGroup = z.infer<typeof signInGroupSchema>;
export type SignInEvidence = z.infer<typeof signInEvidenceSchema>;
export type PowershellRecord = z.infer<typeof powershellRecordSchema>;
export type CaseEvidence = z.infer<typeof caseEvidenceSchema>;
