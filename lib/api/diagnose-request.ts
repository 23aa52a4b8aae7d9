import { z } from "zod";
import { caseSchema } from "@/lib/case/schema";
import { locales } from "@/lib/i18n/locales";

export const diagnoseRequestSchema = z.strictObject({
  case: caseSchema,
  secrets: z.strictObject({ clientSecret: z.string().max(1024).optional() }).optional(),
  locale: z.enum(locales).optional(),
});

export type DiagnoseRequest = z.infer<typeof diagnoseRequestSchema>;
