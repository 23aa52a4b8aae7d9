import { type Status, statuses } from "@/lib/catalogue/checks";

// Apart from diagnose.ts, so that the report page can order findings without loading every rule.
export function sortWorstFirst<T extends { status: Status }>(results: T[]): T[] {
  return results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => statuses.indexOf(a.result.status) - statuses.indexOf(b.result.status) || a.index - b.index)
    .map(({ result }) => result);
}
