import type { z } from "zod";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { caseIssues, type CaseIssue } from "./schema";

export function issueText(issue: CaseIssue, locale: Locale): string {
  const errors = messages[locale].errors as Record<string, string>;
  return format(errors[issue.key] ?? errors.invalidType ?? "{field}", { field: issue.path, ...(issue.max === undefined ? {} : { max: issue.max }) });
}

export function describeCaseError(error: z.ZodError, locale: Locale = "en"): { path: string; message: string }[] {
  return caseIssues(error).map((issue) => ({ path: issue.path, message: issueText(issue, locale) }));
}
