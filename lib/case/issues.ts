import type * as z from "zod/mini";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { issueMessage } from "./issue-text";
import { type CaseIssue, caseIssues } from "./schema";

export function issueText(issue: CaseIssue, locale: Locale): string {
  return issueMessage(issue, messages[locale].errors);
}

export function describeCaseError(error: z.core.$ZodError, locale: Locale = "en"): { path: string; message: string }[] {
  return caseIssues(error).map((issue) => ({ path: issue.path, message: issueText(issue, locale) }));
}
