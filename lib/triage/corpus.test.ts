import { describe, expect, it } from "vitest";
import { groupBy, loadCorpus, scoreEntry, tally, unknownExpected } from "./corpus/score";

// The corpus of real error texts from outside this project (lib/triage/corpus/README.md): every text must get exactly
// its expected causes, and "none" texts none. A wrong cause fails at once; below 97% named right fails too.
const corpus = loadCorpus();
const scored = corpus.map(scoreEntry);

describe("triage corpus of real error texts", () => {
  it("has at least 200 sourced texts, each with an http(s) source and known cause ids", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    for (const entry of corpus) expect(entry.source).toMatch(/^https?:\/\//);
    expect(unknownExpected(corpus)).toEqual([]);
    // Texts that must match nothing are part of it, so a pattern that fires on everything cannot pass.
    expect(corpus.filter((entry) => entry.expected.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it("never names a wrong cause", () => {
    const wrong = scored
      .filter((entry) => entry.verdict === "wrong")
      .map((entry) => `${entry.source}: expected ${entry.expected.join(", ") || "none"}, got ${entry.got.join(", ")}`);
    expect(wrong).toEqual([]);
  });

  it("names at least 97% of the texts right (totals printed per batch)", () => {
    const totals = tally(scored);
    for (const [batch, entries] of groupBy(scored, (entry) => entry.batch)) {
      const t = tally(entries);
      console.log(`${batch}: ${t.right}/${t.total} right, ${t.wrong} wrong, ${t.none} none, ${t.partial} partial`);
    }
    console.log(
      `corpus: ${totals.right}/${totals.total} right (${((100 * totals.right) / totals.total).toFixed(1)}%), ${totals.wrong} wrong, ${totals.none} none, ${totals.partial} partial`,
    );
    expect(totals.right / totals.total).toBeGreaterThanOrEqual(0.97);
  });
});
