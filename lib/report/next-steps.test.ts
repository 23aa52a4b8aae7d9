import { describe, expect, it } from "vitest";
import type { CaseFile } from "@/lib/case/schema";
import { present } from "@/lib/catalogue/present";
import { messages } from "@/lib/i18n/messages";
import { findings } from "@/lib/rules/diagnose";
import { healthyCase, healthyEvidence, withChanges } from "@/lib/rules/fixtures";
import { causesNamedInCase } from "@/lib/triage/triage";
import { toMarkdown } from "./export";
import { cannotExplain, nextSteps } from "./next-steps";

// Issue #13, item 18: with nothing confirmed, the report says what to do next for each open cause, in order.
const withSymptom = (symptom: CaseFile["symptom"], file: CaseFile = healthyCase()): CaseFile => ({ ...file, symptom });
const resultsOf = (file: CaseFile) => findings(file, healthyEvidence(file)).map((finding) => present(finding, "en"));
const meta = { generatedAt: "2026-11-28T10:00:00.000Z", toolVersion: "test", locale: "en" as const };

describe("next steps", () => {
  const hours = withSymptom({ id: "stopped", stoppedAfter: "hours", errorText: null });

  it("give, in the ranking's order, the live check to run, where to look in Entra and what to paste", () => {
    const steps = nextSteps(hours, resultsOf(hours), causesNamedInCase(hours));
    expect(steps.map((step) => (step.kind === "run" ? `run:${step.group}` : step.kind))).toEqual([
      "run:network",
      "look",
      "paste",
    ]);
    expect(steps[0]?.causes).toEqual(["port-refused", "port-timeout"]);
    expect(steps[1]).toMatchObject({
      kind: "look",
      account: "support@example.com",
      clientId: hours.azure.clientId,
      causes: ["blocked-by-conditional-access", "refresh-token-expired"],
    });
  });

  it("leave out causes a check decided (offline_access was answered and passed)", () => {
    const causes = nextSteps(hours, resultsOf(hours), causesNamedInCase(hours)).flatMap((step) => step.causes);
    expect(causes).not.toContain("permission-offline-missing");
    const missing = withChanges({ azure: { delegatedPermissions: ["IMAP.AccessAsUser.All", "SMTP.Send"] } });
    const confirmed = withSymptom(hours.symptom, missing);
    expect(
      nextSteps(confirmed, resultsOf(confirmed), causesNamedInCase(confirmed)).flatMap((step) => step.causes),
    ).not.toContain("permission-offline-missing");
  });

  it("name an unanswered step when the answers decide the cause", () => {
    const file = withSymptom(
      { id: "some-mailboxes", stoppedAfter: null, errorText: null },
      withChanges({ mail: { licence: "unknown" } }),
    );
    expect(nextSteps(file, resultsOf(file), causesNamedInCase(file))).toContainEqual({
      kind: "answer",
      step: "licence",
      causes: ["licence-missing", "licence-plan-without-imap-pop"],
    });
  });

  it("replace 'none is confirmed' and a check id by the actions, with the Entra portal path, in Markdown", () => {
    const markdown = toMarkdown(hours, resultsOf(hours), meta, messages.en);
    expect(markdown).not.toContain("None of the likely causes is confirmed");
    expect(markdown).toContain("### What to do next, in order");
    expect(markdown).toContain("Sign-in logs \\> User sign-ins (non-interactive)");
    expect(markdown).toContain(`filtered by the application ${hours.azure.clientId}`);
    expect(markdown).toContain("Retriever or Dispatcher log");
  });

  it("say beside a finding that cannot explain the symptom why it cannot", () => {
    const file = withSymptom(
      { id: "stopped", stoppedAfter: "hours", errorText: null },
      withChanges({ azure: { redirectUri: "https://ece.example.com/other" } }),
    );
    expect(cannotExplain(file).has("redirect-uri-mismatch")).toBe(true);
    expect(cannotExplain(file).has("redirect-not-web-platform")).toBe(false);
    const markdown = toMarkdown(file, resultsOf(file), meta, messages.en);
    expect(markdown).toContain(`> ${messages.en.symptom.report.cannotExplain}`);
    expect(cannotExplain(withSymptom({ id: "signin-error", stoppedAfter: null, errorText: null })).size).toBe(0);
  });
});
