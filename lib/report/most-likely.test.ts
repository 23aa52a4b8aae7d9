import { describe, expect, it } from "vitest";
import type { CaseFile } from "@/lib/case/schema";
import { present } from "@/lib/catalogue/present";
import { messages } from "@/lib/i18n/messages";
import { findings } from "@/lib/rules/diagnose";
import { dayFromNow, healthyCase, healthyEvidence, withChanges } from "@/lib/rules/fixtures";
import type { Finding } from "@/lib/rules/types";
import { causesNamedInCase } from "@/lib/triage/triage";
import { toMarkdown, toReportFile } from "./export";
import { byLikelihood, isLikely, mostLikely } from "./most-likely";

const withSymptom = (symptom: CaseFile["symptom"], file: CaseFile = healthyCase()): CaseFile => ({ ...file, symptom });
const resultsOf = (file: CaseFile, extra: Finding[] = []) =>
  [...findings(file, healthyEvidence(file)), ...extra].map((finding) => present(finding, "en"));
const meta = { generatedAt: "2026-11-28T10:00:00.000Z", toolVersion: "test", locale: "en" as const };

describe("mostLikely", () => {
  it("is absent without a symptom or error text, and for a first setup", () => {
    expect(mostLikely(healthyCase(), resultsOf(healthyCase()), causesNamedInCase(healthyCase()))).toBeNull();
    const setup = withSymptom({ id: "first-setup", stoppedAfter: null, errorText: null });
    expect(mostLikely(setup, resultsOf(setup), causesNamedInCase(setup))).toBeNull();
  });

  it("puts the confirmed likely cause first, ahead of failures the symptom does not point to", () => {
    const file = withSymptom(
      { id: "stopped", stoppedAfter: "weeks", errorText: null },
      withChanges({ azure: { secretExpires: dayFromNow(-3) }, ece: { externalUrl: null } }),
    );
    const results = resultsOf(file);
    expect(results.some((result) => result.cause === "url-missing")).toBe(true);
    const summary = mostLikely(file, results, causesNamedInCase(file))!;
    expect(summary.confirmed.map((result) => result.cause)).toEqual(["secret-expired"]);
    expect(summary.rule?.reason).toBe("long-after");
  });

  it("lists the likely causes' checks that nothing decided yet, and not those that passed", () => {
    const file = withSymptom({ id: "stopped", stoppedAfter: "hours", errorText: null });
    const summary = mostLikely(file, resultsOf(file), causesNamedInCase(file))!;
    expect(summary.confirmed).toEqual([]);
    // Without the live checks the network path and Entra's answer to the refresh were never tried.
    expect(summary.open).toEqual(expect.arrayContaining(["tcp", "entra-sign-in"]));
    expect(summary.open).not.toContain("api-permissions");
    expect(summary.open).not.toContain("network-plan");
  });

  it("takes the causes named in the pasted error text first", () => {
    const file = withSymptom({
      id: "neither",
      stoppedAfter: null,
      errorText: "AADSTS7000222: The provided client secret keys for app '0b7e' are expired.",
    });
    const live: Finding = { check: "entra-app", status: "fail", cause: "secret-expired" };
    const summary = mostLikely(file, resultsOf(file, [live]), causesNamedInCase(file))!;
    expect(summary.fromText).toEqual(["secret-expired"]);
    expect(summary.confirmed[0]?.cause).toBe("secret-expired");
  });
});

describe("the report opens with the most likely causes", () => {
  const file = withSymptom(
    { id: "stopped", stoppedAfter: "weeks", errorText: null },
    withChanges({ azure: { secretExpires: dayFromNow(-3) } }),
  );
  const results = resultsOf(file);

  it("in Markdown, before the summary", () => {
    const markdown = toMarkdown(file, results, meta, messages.en);
    const heading = markdown.indexOf("## Most likely");
    expect(heading).toBeGreaterThan(-1);
    expect(heading).toBeLessThan(markdown.indexOf("Problems: "));
    expect(heading).toBeLessThan(markdown.indexOf(`## ${messages.en.report.byOwner}`));
    expect(markdown.slice(heading).split("\n")[2]).toContain("`secret-expired`");
    expect(markdown).toContain(messages.en.symptom.reasons["long-after"]);
  });

  it("in the JSON report", () => {
    const report = toReportFile(file, results, meta);
    expect(report.schema).toBe("ece-oauth-doctor/report@2");
    expect(report.mostLikely?.confirmed).toEqual([{ cause: "secret-expired", check: "client-secret" }]);
    expect(toReportFile(healthyCase(), resultsOf(healthyCase()), meta).mostLikely).toBeNull();
  });
});

describe("byLikelihood", () => {
  const result = (cause: string | undefined, status: "pass" | "fail" | "info" = "fail") =>
    ({ check: "client-secret", status, ...(cause ? { cause } : {}) }) as Parameters<typeof isLikely>[0];
  it("puts likely findings first, most likely first, and keeps the rest in their order", () => {
    const likely = ["secret-expired", "token-expired"] as const;
    const items = [
      result("url-missing"),
      result(undefined, "pass"),
      result("token-expired", "info"),
      result("secret-expired"),
    ];
    expect(byLikelihood(items, [...likely]).map((item) => item.cause ?? item.status)).toEqual([
      "secret-expired",
      "token-expired",
      "url-missing",
      "pass",
    ]);
    expect(isLikely(result("secret-expired", "pass"), [...likely])).toBe(false);
  });
});
