import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { causeIds, type CauseId } from "@/lib/catalogue/causes";
import { causesNamedIn } from "@/lib/triage/triage";

// A real error text from outside this project, as published (secrets and personal addresses replaced by canaries of the
// same shape), where it came from, what printed it, and the causes the triage must name (none for a text that must
// match nothing).
export const corpusEntrySchema = z.strictObject({
  text: z.string().min(1),
  source: z.url({ protocol: /^https?$/ }),
  client: z.string().min(1),
  expected: z.array(z.string()),
});
export type CorpusEntry = z.infer<typeof corpusEntrySchema> & { batch: string };

export const corpusDir = join(process.cwd(), "lib/triage/corpus");

export function loadCorpus(dir = corpusDir): CorpusEntry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => z.array(corpusEntrySchema).parse(JSON.parse(readFileSync(join(dir, name), "utf8"))).map((entry) => ({ ...entry, batch: name.replace(/\.json$/, "") })));
}

export type Verdict = "right" | "wrong" | "none" | "partial";
export type Scored = CorpusEntry & { got: CauseId[]; verdict: Verdict };

// right: exactly the expected causes; wrong: any cause not expected (the one outcome never allowed); none: nothing
// named where something was expected; partial: some expected causes named, none wrong.
export function scoreEntry(entry: CorpusEntry): Scored {
  const got = [...new Set(causesNamedIn(entry.text))];
  const expected = new Set(entry.expected);
  const extra = got.filter((cause) => !expected.has(cause));
  const verdict: Verdict = extra.length > 0 ? "wrong" : got.length === expected.size ? "right" : got.length === 0 ? "none" : "partial";
  return { ...entry, got, verdict };
}

export function unknownExpected(entries: CorpusEntry[]): string[] {
  const known = new Set<string>(causeIds);
  return entries.flatMap((entry) => entry.expected.filter((cause) => !known.has(cause)).map((cause) => `${cause} (${entry.source})`));
}

export type Tally = { total: number; right: number; wrong: number; none: number; partial: number };

export function tally(scored: Scored[]): Tally {
  const count = (verdict: Verdict) => scored.filter((entry) => entry.verdict === verdict).length;
  return { total: scored.length, right: count("right"), wrong: count("wrong"), none: count("none"), partial: count("partial") };
}

export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
