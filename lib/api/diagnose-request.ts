import { z } from "zod";
import { caseSchema } from "@/lib/case/schema";
import { locales } from "@/lib/i18n/locales";
import { probeGroups } from "@/lib/live/probe-groups";

const milliseconds = z.number().int().min(500).max(60_000);

export const diagnoseRequestSchema = z.strictObject({
  case: caseSchema,
  secrets: z
    .strictObject({
      clientSecret: z.string().max(1024).optional(),
      accessToken: z.string().max(16_384).optional(),
    })
    .optional(),
  locale: z.enum(locales).optional(),
  live: z.boolean().optional(),
  // Which live probes to run; all when absent. "network": DNS, TCP, TLS; "entra": tenant and client secret; "mail": IMAP/POP3, SMTP and the mailbox domains' realm.
  probes: z.array(z.enum(probeGroups)).min(1).max(3).optional(),
  timeouts: z
    .strictObject({
      dnsMs: milliseconds.optional(),
      connectMs: milliseconds.optional(),
      tlsMs: milliseconds.optional(),
      greetingMs: milliseconds.optional(),
      commandMs: milliseconds.optional(),
      totalMs: milliseconds.optional(),
    })
    .optional(),
});

export type DiagnoseRequest = z.infer<typeof diagnoseRequestSchema>;

export const maxTriageTextChars = 200_000;
// The documented 200,000 characters of any kind must fit: JSON writes a control character as \uXXXX (6 bytes).
export const maxTriageBodyBytes = maxTriageTextChars * 6 + 4096;

export const triageRequestSchema = z.strictObject({
  text: z.string().min(1).max(maxTriageTextChars),
  locale: z.enum(locales).optional(),
});
