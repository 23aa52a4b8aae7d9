import { causeDef } from "@/lib/catalogue/causes";
import { type CheckResult, present } from "@/lib/catalogue/present";
import type { Locale } from "@/lib/i18n/locales";
import type { TriageMatch } from "./triage";

// One recognised error as a report entry (cause, owner, why, fix); shared by POST /api/triage and npm run doctor -- --triage.
// A recognised error is a failure: triage only knows texts that mean something went wrong.
export function presentMatch(match: TriageMatch, locale: Locale): CheckResult {
  return present(
    {
      check: causeDef(match.cause).check,
      status: "fail",
      cause: match.cause,
      params: { reply: match.excerpt, ...match.params },
    },
    locale,
    "…",
  );
}
