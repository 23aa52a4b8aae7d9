// npm run bench:triage: how the triage does on the corpus of real error texts (lib/triage/corpus), per batch and per
// client: named right, wrong cause, none, partial. Figures only; the corpus test is what fails.
import { groupBy, loadCorpus, type Scored, scoreEntry, type Tally, tally } from "@/lib/triage/corpus/score";
import { maxTriageChars, triage } from "@/lib/triage/triage";

const percent = (part: number, whole: number) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)}%`);
const row = (name: string, t: Tally) =>
  `${name.padEnd(44)} ${String(t.total).padStart(4)} ${String(t.right).padStart(6)} ${String(t.wrong).padStart(6)} ${String(t.none).padStart(5)} ${String(t.partial).padStart(8)}  ${percent(t.right, t.total)}`;
const header = `${"".padEnd(44)} ${"texts".padStart(4)} ${"right".padStart(6)} ${"wrong".padStart(6)} ${"none".padStart(5)} ${"partial".padStart(8)}  named right`;

const only = process.argv[2];
const scored: Scored[] = loadCorpus()
  .filter((entry) => !only || entry.batch === only)
  .map(scoreEntry);
console.log(`Triage corpus: ${scored.length} texts${only ? ` (batch ${only})` : ""}\n`);
console.log(`Per batch\n${header}`);
for (const [batch, entries] of groupBy(scored, (entry) => entry.batch)) console.log(row(batch, tally(entries)));
console.log(`\nPer client\n${header}`);
for (const [client, entries] of [...groupBy(scored, (entry) => entry.client)].sort((a, b) => b[1].length - a[1].length))
  console.log(row(client.slice(0, 44), tally(entries)));
console.log(`\n${row("All", tally(scored))}`);
const misses = scored.filter((entry) => entry.verdict !== "right");
if (misses.length > 0) console.log(`\nNot named right:`);
for (const entry of misses)
  console.log(
    `  [${entry.verdict}] expected ${JSON.stringify(entry.expected)} got ${JSON.stringify(entry.got)}  ${entry.source}`,
  );

// Speed on the largest text the triage accepts, including inputs built to make a careless pattern backtrack.
const size = maxTriageChars;
const adversarial: [string, string][] = [
  [
    "a 200,000-character Retriever log",
    "2026-11-28 10:00:00 INFO Retriever polling support@example.com\n".repeat(size / 62),
  ],
  ["one long word", "a".repeat(size)],
  ["entity prefixes", "&".repeat(size)],
  ["backslashes", "\\".repeat(size)],
  ["repeated AADSTS codes", "AADSTS70000 ".repeat(size / 12)],
  ["repeated AUTHENTICATE PLAIN", "AUTHENTICATE PLAIN x ".repeat(size / 21)],
  ["a base64 run", "QUJD".repeat(size / 4)],
];
console.log(`\nSpeed (${size.toLocaleString("en")} characters, best of 3)`);
for (const [name, text] of adversarial) {
  const runs = [0, 1, 2].map(() => {
    const started = performance.now();
    triage(text);
    return performance.now() - started;
  });
  console.log(`  ${name.padEnd(40)} ${Math.min(...runs).toFixed(0)} ms`);
}
