import { format } from "@/lib/i18n/format";
import type { CaseIssue } from "./schema";

// Takes one locale's error texts, so that a page in the browser does not load every language's messages to say it.
export function issueMessage(issue: CaseIssue, errors: Readonly<Record<string, string>>): string {
  return format(errors[issue.key] ?? errors.invalidType ?? "{field}", {
    field: issue.path,
    ...(issue.max === undefined ? {} : { max: issue.max }),
  });
}
