import { describe, expect, it } from "vitest";
import { formatDateTime } from "@/lib/i18n/dates";
import { redactAndCut } from "./cut-text";
import { fieldWarning } from "./field-warnings";
import { decodeTextFile, locateJsonError } from "./json-errors";

const tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

describe("field warnings shown beside the field", () => {
  it.each([
    ["azure.tenant", tenant.slice(0, 35), { key: "notGuid", length: 35 }],
    ["azure.tenant", "contoso.onmicrosoft.com", { key: "domain" }],
    ["azure.clientId", "contoso.com", { key: "domain" }],
    ["azure.clientId", tenant, { key: "sameAsTenant" }],
    ["azure.clientId", "0b7e6b8c-0c5e-4a6e-9a39-5f6c0f1e2d3a", null],
    ["ece.externalUrl", "http://ece.example.com", { key: "notHttps" }],
    ["azure.redirectUri", "HTTP://ece.example.com/cb", { key: "notHttps" }],
    ["ece.consoleUrl", "https://ece.example.com", null],
    ["azure.tenant", "", null],
  ] as const)("%s = %j", (id, value, expected) => {
    expect(fieldWarning(id, value, tenant)).toEqual(expected);
  });
});

describe("pasted error text over the limit", () => {
  const token = `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${"a".repeat(400)}.${"b".repeat(300)}`;

  it("is redacted before it is cut, and cut on a line boundary", () => {
    const line = "x".repeat(99);
    const pasted = `${Array.from({ length: 3 }, () => line).join("\n")}\nAUTHENTICATE XOAUTH2 ${token}\n${line}`;
    const result = redactAndCut(pasted, 330);
    expect(result.text).not.toContain("eyJ0eX");
    expect(result.text.endsWith(line)).toBe(true);
    expect(result.text.split("\n")).toHaveLength(3);
    expect(result.cut).toEqual({ kept: result.text.length, total: expect.any(Number) });
    expect(result.cut!.total).toBeGreaterThan(330);
  });

  it("leaves text within the limit alone", () => {
    expect(redactAndCut("short\ntext", 100)).toEqual({ text: "short\ntext", cut: null });
  });
});

describe("import: where the JSON goes wrong", () => {
  it("names the line, the column and what was expected", () => {
    const text = '{\n  "schema": "ece-oauth-doctor/case@2",\n  "symptom": null\n  "ece": {}\n}';
    expect(locateJsonError(text)).toEqual({ line: 4, column: 3, problem: "comma" });
  });

  it.each([
    ['{"a" 1}', "colon"],
    ['{"a": }', "value"],
    ['{"a": 1', "closeBrace"],
    ['{"a": 1,}', "name"],
    ['{"a": 1} {}', "end"],
  ])("%s → %s", (text, problem) => {
    expect(locateJsonError(text)?.problem).toBe(problem);
  });

  it("says nothing for valid JSON", () => {
    expect(locateJsonError('{"a": [1, 2]}')).toBeNull();
  });

  it("refuses binary files", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(decodeTextFile(png.buffer)).toBeNull();
    expect(decodeTextFile(new TextEncoder().encode('{"a": "è"}').buffer as ArrayBuffer)).toBe('{"a": "è"}');
  });
});

describe("dates for people", () => {
  it("are unambiguous in English and as usual in Italian", () => {
    const at = new Date(2026, 11, 2, 9, 30).toISOString();
    expect(formatDateTime(at, "en")).toMatch(/^2 December 2026/);
    expect(formatDateTime(at, "it")).toMatch(/^02\/12\/2026/);
  });
});

describe("wording that read as a machine's (issue 17)", () => {
  it("has no 'days left:' and no raw IMAP reply glued into a sentence", async () => {
    const { catalogueText } = await import("@/lib/catalogue/text");
    for (const locale of ["en", "it"] as const) {
      const text = JSON.stringify(catalogueText[locale]);
      expect(text).not.toMatch(/days left:|giorni rimanenti:/);
      expect(text).not.toMatch(/OK AUTHENTICATE completed\. (and|e) /);
    }
  });

  it("cites Oracle's note only as another product's documentation, and not where Cisco's checklist is the source", async () => {
    const { ruleFor } = await import("@/lib/symptoms/ranking");
    const { messages } = await import("@/lib/i18n/messages");
    expect(ruleFor({ id: "stopped", stoppedAfter: "minutes" })?.sources).toEqual(["tac-218453"]);
    expect(messages.en.symptom.sourceNames["oracle-12532"]).toContain("another product");
    expect(messages.it.symptom.sourceNames["oracle-12532"]).toContain("un altro prodotto");
  });

  it("says the limit when a case file has too many mailboxes", async () => {
    const { issueText } = await import("./issues");
    expect(issueText({ path: "mail.mailboxes", key: "tooMany", max: 50 }, "en")).toBe(
      '"mail.mailboxes" has too many entries: at most 50',
    );
  });
});
