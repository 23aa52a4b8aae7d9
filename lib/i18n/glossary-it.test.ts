import { describe, expect, it } from "vitest";
import { it as catalogueIt } from "@/lib/catalogue/text/it";
import { fullAccessTacTerm, italianGlossary } from "./glossary-it";
import { messages } from "./messages";

// Issue #13, item 21: the Italian texts use the terms of TAC 218453's Italian edition, the same way everywhere.
const strings = (value: unknown, path = ""): [string, string][] =>
  typeof value === "string"
    ? [[path, value]]
    : value && typeof value === "object"
      ? Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key))
      : [];

const italian = [...strings(messages.it, "messages"), ...strings(catalogueIt, "catalogue")];

describe("Italian glossary", () => {
  it.each(italianGlossary.map((entry) => [entry.english, entry] as const))(
    "%s: the preferred term, never the forbidden ones",
    (_english, entry) => {
      const offending = italian
        .filter(([, text]) => entry.forbidden.some((pattern) => pattern.test(text)))
        .map(([path, text]) => `${path}: ${text}`);
      expect(offending).toEqual([]);
      expect(
        italian.some(([, text]) => text.includes(entry.preferred.split(",")[0]!)),
        `"${entry.preferred}" is used`,
      ).toBe(true);
    },
  );

  it("names TAC's 'controllo completo' once, beside 'Accesso completo'", () => {
    const uses = italian.filter(([, text]) => text.includes(fullAccessTacTerm));
    expect(uses).toHaveLength(1);
    expect(uses[0]![1]).toMatch(/Accesso completo \([^)]*controllo completo/);
  });

  it("the Remote Connectivity Analyzer tests have their Italian names", () => {
    const all = italian.map(([, text]) => text).join("\n");
    for (const name of ["Posta elettronica SMTP in uscita", "Posta elettronica POP", "Posta elettronica IMAP"])
      expect(all).toContain(name);
  });

  it("the symptom answers read unambiguously", () => {
    const all = italian.map(([, text]) => text).join("\n");
    expect(all).toContain("Solo la posta in entrata non arriva");
    expect(messages.it.fields["symptom.id"].options["some-mailboxes"]).toBe(
      "Il problema riguarda solo alcune cassette postali",
    );
  });
});
