import type { CaseFile } from "@/lib/case/schema";
import { type CauseId, causes } from "@/lib/catalogue/causes";
import type { CheckId, Status } from "@/lib/catalogue/checks";
import { checkIdsOf } from "@/lib/catalogue/present";
import { likelyCauses } from "@/lib/symptoms/plan";
import { type RankingRule, ruleFor, type Symptom } from "@/lib/symptoms/ranking";

type Result = { check: CheckId; checks?: CheckId[]; status: Status; cause?: CauseId };

export type MostLikely<T extends Result> = {
  symptom: Symptom | null;
  rule: RankingRule | null;
  /** Causes the pasted error text names. */
  fromText: CauseId[];
  /** Failing or warning results whose cause the symptom or the text makes likely, most likely first. */
  confirmed: T[];
  /** Checks of likely causes that no check has decided yet (not answered, not run, or unknown). */
  open: CheckId[];
};

const decisive: readonly Status[] = ["pass", "fail", "warn"];

export function caseSymptom(file: CaseFile): Symptom | null {
  if (!file.symptom) return null;
  return file.symptom.stoppedAfter
    ? { id: file.symptom.id, stoppedAfter: file.symptom.stoppedAfter }
    : { id: file.symptom.id };
}

/** A finding (not a pass) whose cause the symptom or the pasted text makes likely. */
export function isLikely(result: Result, likely: readonly CauseId[]): boolean {
  return result.status !== "pass" && result.cause !== undefined && likely.includes(result.cause);
}

/** The likelihood order: likely findings first, most likely first; then the rest, each group in its given order. */
export function byLikelihood<T extends Result>(results: readonly T[], likely: readonly CauseId[]): T[] {
  const rank = (result: T) => (isLikely(result, likely) ? likely.indexOf(result.cause as CauseId) : likely.length);
  return results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => rank(a.result) - rank(b.result) || a.index - b.index)
    .map(({ result }) => result);
}

/**
 * What the report opens with: null when the case names no symptom and no error text points anywhere. `fromText` is
 * what the triage reads in the case's error text (`causesNamedInCase`): the caller reads it, so that the pages that
 * show this load the triage patterns only when there is a text to read.
 */
export function mostLikely<T extends Result>(
  file: CaseFile,
  results: readonly T[],
  fromText: readonly CauseId[],
): MostLikely<T> | null {
  const symptom = caseSymptom(file);
  const likely = likelyCauses(symptom, fromText);
  if (likely.length === 0) return null;
  const confirmed = byLikelihood(
    results.filter((result) => (result.status === "fail" || result.status === "warn") && isLikely(result, likely)),
    likely,
  );
  const seen = new Set(confirmed.map((result) => result.cause));
  const open = [
    ...new Set(
      likely
        .filter((cause) => !seen.has(cause))
        .map((cause) => causes[cause].check)
        .filter(
          (check) => !results.some((result) => checkIdsOf(result).includes(check) && decisive.includes(result.status)),
        ),
    ),
  ];
  return { symptom, rule: symptom ? (ruleFor(symptom) ?? null) : null, fromText: [...fromText], confirmed, open };
}
