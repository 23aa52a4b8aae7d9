import { describe, expect, it } from "vitest";
import { locales } from "@/lib/i18n/locales";
import { causeDef, causeIds } from "./causes";
import { hasPhrase } from "./missing";
import { present } from "./present";
import { catalogueText } from "./text";

// Issue #13, item 19: every cause must read well with and without each of its values, in both languages, wherever
// it is shown (page, console, Markdown, share link). Values a finding may lack read as words, never "…" or "{x}".
const sample: Record<string, string> = {
  server: "application",
  plan: "e3",
  platform: "spa",
  cloud: "gcc",
  expectedCloud: "china",
  phase: "greeting",
};
const valueFor = (name: string) => sample[name] ?? `x-${name}`;

const danglingEn = /\b(for|to|of|from|on|at|by|with|than)\s*([.,;:)]|$)/gi;
const danglingIt = /\b(per|a|di|da|su|con|tra|verso)\s*([.,;:)]|$)/gi;

// Everything a missing value could leave behind; a fixed text's own "sign-in." or quoted "220 …" is the baseline.
function problems(text: string, locale: "en" | "it"): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/…/g)) found.push(`… at ${match.index}`.replace(/ at \d+/, ""));
  if (/[{}]/.test(text)) found.push("{");
  if (/\bundefined\b/.test(text)) found.push("undefined");
  for (const match of text.matchAll(locale === "en" ? danglingEn : danglingIt)) found.push(`dangling "${match[0]}"`);
  for (const match of text.matchAll(/ {2}(?!;)/g)) found.push(`double space ${match[0]}`);
  return found.sort();
}

const without = (found: string[], baseline: string[]) => {
  const rest = [...baseline];
  return found.filter((item) => {
    const index = rest.indexOf(item);
    if (index === -1) return true;
    rest.splice(index, 1);
    return false;
  });
};

function namesOf(cause: (typeof causeIds)[number]): string[] {
  const names = new Set<string>();
  for (const locale of locales) {
    const text = catalogueText[locale].causes[cause];
    for (const template of [text.title, text.why, ...text.fix])
      for (const match of template.matchAll(/\{(\w+)\}/g)) names.add(match[1]!);
  }
  return [...names];
}

describe.each(locales)("every cause in %s", (locale) => {
  it.each(causeIds)("%s reads well with and without each value", (cause) => {
    const names = namesOf(cause);
    const all = Object.fromEntries(names.map((name) => [name, valueFor(name)]));
    const variants: [string, Record<string, string>][] = [
      ["all values", all],
      ["no values", {}],
      ["values as '-'", Object.fromEntries(names.map((name) => [name, "-"]))],
      ...names.map((name): [string, Record<string, string>] => [
        `without ${name}`,
        Object.fromEntries(Object.entries(all).filter(([key]) => key !== name)),
      ]),
    ];
    const render = (params: Record<string, string>) => {
      const result = present({ check: causeDef(cause).check, status: "fail", cause, params }, locale, "…");
      return [
        ["title", result.title],
        ["why", result.why],
        ...result.fix.map((step, index) => [`fix ${index + 1}`, step]),
      ] as [string, string][];
    };
    const baseline = render(all);
    for (const [part, text] of baseline)
      expect(
        problems(text, locale).filter((item) => item === "{" || item === "undefined"),
        `${cause}, ${part}: ${text}`,
      ).toEqual([]);
    for (const [variant, params] of variants) {
      render(params).forEach(([part, text], index) => {
        expect(
          without(problems(text, locale), problems(baseline[index]![1], locale)),
          `${cause} ${variant}, ${part}: ${text}`,
        ).toEqual([]);
      });
    }
  });
});

// Issue #13, item 19 follow-up: without its values a text must still read as a person wrote it. These are the marks a
// stand-in phrase leaves when it lands in the wrong place: two articles in a row ("the delegated the permission",
// "ECE's the app", "nel il tenant"), a word twice ("the this cloud cloud"), a stand-in in quotes, a code prefix glued to
// a phrase ("AADSTSan error"), a unit after a phrase ("the time-out seconds"), the generic "the value" of a value that
// has no phrase of its own, and a pointer to another part ("see the why").
const stiff: Record<"en" | "it", RegExp[]> = {
  en: [
    /\b(?:the|a|an|its|ECE's)\s+(?:the|this|another|an?|its)\b/gi,
    /\b(\w+) \1\b/gi,
    /"(?:the|a|an|another|this|its|no|none)\b[^"]*"/gi,
    /AADSTS[a-z]/g,
    /\bthe time-out seconds\b/g,
    /\bsee the why\b/gi,
    /(?<!\b(?:[Tt]his|[Yy]our|the) )\bECE release\b/g,
  ],
  it: [
    /\b(?:il|lo|la|i|gli|le|un|una|al|del|dal|nel|sul|alla|della|dalla|nella|sulla)\s+(?:il|lo|la|l'|un|un'|una|questo|questa)\b/gi,
    /(?:^|\s)(\p{L}+) \1(?=\s|[.,;:)]|$)/giu,
    /"(?:il|lo|la|l'|un|un'|una|un altro|un'altra|questo|nessun)[^"]*"/gi,
    /AADSTS[a-z]/g,
    /\bil tempo massimo secondi\b/g,
    /\bvedi il motivo\b/gi,
    /\bECE release\b/g,
  ],
};

it("gives every value a catalogue text names a stand-in phrase of its own, in both languages (never 'the value')", () => {
  const names = [...new Set(causeIds.flatMap((cause) => namesOf(cause)))];
  for (const locale of locales)
    expect(
      names.filter((name) => !hasPhrase(name, locale)),
      locale,
    ).toEqual([]);
});

describe.each(locales)("every cause in %s without its values", (locale) => {
  it.each(causeIds)("%s reads as written by a person", (cause) => {
    for (const params of [{}, Object.fromEntries(namesOf(cause).map((name) => [name, "-"]))]) {
      const result = present({ check: causeDef(cause).check, status: "fail", cause, params }, locale);
      for (const [part, text] of [
        ["title", result.title],
        ["why", result.why],
        ...result.fix.map((step, index) => [`fix ${index + 1}`, step]),
      ] as [string, string][]) {
        const found = stiff[locale].flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[0]));
        expect(found, `${cause}, ${part}: ${text}`).toEqual([]);
      }
    }
  });
});

describe("the examples the issue quotes", () => {
  it("name the missing value in words", () => {
    const secret = present(
      { check: "entra-app", status: "fail", cause: "secret-invalid", params: { clientId: "-", user: "-" } },
      "en",
      "…",
    );
    expect(secret.title).not.toContain("…");
    const redirect = present({ check: "redirect-uri", status: "fail", cause: "redirect-uri-mismatch" }, "en", "…");
    expect(redirect.title).toBe("ECE sends another redirect URL, but Azure has another redirect URI.");
    const imap = present({ check: "imap", status: "fail", cause: "imap-auth-failed" }, "en", "…");
    expect(imap.title).toBe("IMAP refused the token for the mailbox.");
    const it = present({ check: "imap", status: "fail", cause: "imap-auth-failed" }, "it", "…");
    expect(it.title).not.toMatch(/…|\{/);
  });

  it("translate a value such as {phase} into Italian", () => {
    const finding = {
      check: "tcp",
      status: "fail",
      cause: "connection-dropped",
      params: { host: "outlook.office365.com", port: "993", phase: "greeting" },
    } as const;
    expect(present(finding, "it").title).toContain("messaggio di benvenuto");
    expect(present(finding, "it").title).not.toContain("greeting");
    expect(present(finding, "en").title).toContain("greeting");
  });

  it("keep <name> inside commands when the value is missing", () => {
    const fix = present({ check: "access-token", status: "warn", cause: "token-wrong-user" }, "en").fix.join("\n");
    expect(fix).toContain("Get-Mailbox <mailbox> | fl UserPrincipalName,PrimarySmtpAddress,EmailAddresses");
  });
});
