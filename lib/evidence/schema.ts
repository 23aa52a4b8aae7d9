import { z } from "zod";
import { isoDate } from "@/lib/case/fields";

// What a case file keeps of the evidence the admin already had (case@3): only derived facts. A sign-in log export is
// read in the browser; its rows (names, addresses, IPs) never leave it, only these counts, codes, times and masked IPs.

export const powershellCommands = ["Get-EXOCasMailbox", "Get-TransportConfig", "Get-MailboxPermission", "Get-Mailbox", "Get-MgUserLicenseDetail"] as const;
export type PowershellCommand = (typeof powershellCommands)[number];

export const serverOrigins = ["services", "application", "other", "unknown"] as const;
export type ServerOrigin = (typeof serverOrigins)[number];

export const policyResults = ["failure", "notSatisfied"] as const;
export type PolicyResult = (typeof policyResults)[number];

const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/, "date");
const count = z.number({ error: "number" }).int("number").min(0, "number").max(100_000_000, "number");

export const signInGroupSchema = z.strictObject({
  account: z.string().max(320, "tooLong"),
  code: z.number({ error: "number" }).int("number").min(1, "number").max(99_999_999, "number"),
  interactive: z.boolean({ error: "invalidType" }),
  count,
  first: isoTime,
  last: isoTime,
  ips: z.array(z.string().max(64, "tooLong")).max(10, "tooMany"),
  origin: z.enum(serverOrigins, { error: "choose" }),
  // Minutes from the last successful interactive sign-in of the same account to the first failure, if there was one.
  afterGoodMinutes: z.number({ error: "number" }).int("number").min(0, "number").nullable(),
  policies: z.array(z.strictObject({ name: z.string().max(256, "tooLong"), result: z.enum(policyResults, { error: "choose" }) })).max(10, "tooMany"),
});

export const signInEvidenceSchema = z.strictObject({
  readOn: isoDate,
  rows: count,
  matched: count,
  succeeded: count,
  groups: z.array(signInGroupSchema).max(50, "tooMany"),
});

export const powershellRecordSchema = z.strictObject({
  command: z.enum(powershellCommands, { error: "choose" }),
  pastedOn: isoDate,
  // The mailbox the output is about; null for a tenant setting.
  mailbox: z.string().max(320, "tooLong").nullable(),
  values: z.record(z.string().max(64, "tooLong"), z.string().max(512, "tooLong")),
});

export const caseEvidenceSchema = z.strictObject({
  signInLogs: signInEvidenceSchema.nullable(),
  powershell: z.array(powershellRecordSchema).max(100, "tooMany"),
});

export type SignInGroup = z.infer<typeof signInGroupSchema>;
export type SignInEvidence = z.infer<typeof signInEvidenceSchema>;
export type PowershellRecord = z.infer<typeof powershellRecordSchema>;
export type CaseEvidence = z.infer<typeof caseEvidenceSchema>;
