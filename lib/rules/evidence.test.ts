import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readPowershell } from "@/lib/evidence/powershell";
import { readSignInText } from "@/lib/evidence/read-sign-in-export";
import type { CaseEvidence } from "@/lib/evidence/schema";
import { SignInAccumulator } from "@/lib/evidence/sign-in-logs";
import { messages } from "@/lib/i18n/messages";
import { toMarkdown } from "@/lib/report/export";
import { mostLikely } from "@/lib/report/most-likely";
import { causesNamedInCase } from "@/lib/triage/triage";
import { diagnose } from "./diagnose";
import { healthyCase, healthyEvidence, now } from "./fixtures";

const fixtures = join(__dirname, "..", "evidence", "fixtures");
const signIn = (...names: string[]) => {
  const file = healthyCase();
  const context = {
    clientId: file.azure.clientId,
    tenant: file.azure.tenant,
    knownAccounts: [...file.mail.mailboxes],
    servers: { application: "198.51.100.10", services: "203.0.113.25" },
    today: "2026-12-02",
  };
  const accumulator = new SignInAccumulator(context);
  for (const name of names)
    readSignInText(readFileSync(join(fixtures, "sign-in", name), "utf8"), name, context, accumulator);
  return accumulator.finish(context);
};
const stoppedAfterAnHour = (evidence: CaseEvidence) => ({
  ...healthyCase(),
  symptom: { id: "stopped" as const, stoppedAfter: "hours" as const, errorText: null },
  evidence,
});
const run = (file: ReturnType<typeof healthyCase>, locale: "en" | "it" = "en") =>
  diagnose(file, healthyEvidence(file), { now, locale });

describe("findings from the evidence the admin already has", () => {
  it("puts a refresh failure from the sign-in logs first in Most likely, naming the cause, the account, the server and the policy", () => {
    const file = stoppedAfterAnHour({ signInLogs: signIn("graph-signins-refresh-failing.json"), powershell: [] });
    const results = run(file);
    const summary = mostLikely(file, results, causesNamedInCase(file));
    const top = summary?.confirmed[0];
    expect(top).toMatchObject({
      check: "sign-in-logs",
      cause: "sign-in-refresh-failing",
      target: "support@example.com",
      owner: "m365-admin",
    });
    expect(top?.title).toBe(
      "ECE's token refresh fails for support@example.com with AADSTS53003, from the services server.",
    );
    expect(top?.why).toContain("12 failed non-interactive sign-ins");
    expect(top?.why).toContain("from 2026-12-01 09:02 to 2026-12-01 09:57 UTC, from 203.0.113.x");
    expect(top?.why).toContain("about an hour after a successful interactive sign-in");
    const policy = summary?.confirmed.find((result) => result.cause === "sign-in-policy-blocks");
    expect(policy?.title).toBe(
      "Conditional Access stops the token refresh of support@example.com from the services server: “Block access from outside the corporate network” failed.",
    );
    expect(summary?.confirmed.map((result) => result.cause)).toEqual(expect.arrayContaining(["refresh-token-expired"]));
    const codeCause = results.find(
      (result) => result.check === "sign-in-logs" && result.cause === "blocked-by-conditional-access",
    );
    expect(codeCause?.title).toBe("A Conditional Access policy blocks the sign-in of support@example.com.");
    const markdown = toMarkdown(
      file,
      results,
      { generatedAt: "2026-12-02T09:00:00Z", toolVersion: "test", locale: "en" },
      messages.en,
    );
    expect(markdown).not.toMatch(/203\.0\.113\.25|\{\w+\}/);
  });

  it("reads right in Italian, with the date in Italian", () => {
    const file = stoppedAfterAnHour({
      signInLogs: signIn("NonInteractiveSignIns_secret-expired.json"),
      powershell: [
        {
          command: "Get-EXOCasMailbox",
          pastedOn: "2026-12-02",
          mailbox: "support@example.com",
          values: { ImapEnabled: "True", PopEnabled: "False", SmtpClientAuthenticationDisabled: "" },
        },
      ],
    });
    const results = run(file, "it");
    expect(results.find((result) => result.cause === "sign-in-refresh-failing")?.title).toBe(
      "L'aggiornamento del token di ECE non riesce per support@example.com con AADSTS7000222 (provenienza: il server dei servizi).",
    );
    expect(results.find((result) => result.cause === "secret-expired" && result.check === "sign-in-logs")?.title).toBe(
      "Il segreto client è scaduto il 2028-06-30.",
    );
    const record = results.find((result) => result.check === "powershell-output");
    expect(record).toMatchObject({
      status: "pass",
      target: "support@example.com",
      title:
        'Da Get-EXOCasMailbox, incollato il 2 dicembre 2026: ImapEnabled True, PopEnabled False, SmtpClientAuthenticationDisabled "".',
    });
    for (const result of results)
      expect(`${result.title} ${result.why} ${result.fix.join(" ")}`).not.toMatch(/\{\w+\}|…/);
  });

  it("says when the export has no row for the app, and passes when the app's sign-ins all succeeded", () => {
    const none = run({
      ...healthyCase(),
      evidence: { signInLogs: signIn("InteractiveSignIns_other-apps-only.csv"), powershell: [] },
    });
    expect(none.find((result) => result.check === "sign-in-logs")).toMatchObject({
      status: "info",
      cause: "sign-in-no-rows",
    });
    const good = run({
      ...healthyCase(),
      evidence: {
        signInLogs: { readOn: "2026-12-02", rows: 40, matched: 12, succeeded: 12, groups: [] },
        powershell: [],
      },
    });
    expect(good.find((result) => result.check === "sign-in-logs")).toMatchObject({
      status: "pass",
      title: "The sign-in logs show 12 sign-ins of ECE's app and no failure.",
    });
    expect(
      run(healthyCase()).some((result) => result.check === "sign-in-logs" || result.check === "powershell-output"),
    ).toBe(false);
  });

  it("shows pasted PowerShell output as evidence, dated, and fails the record that shows a blocking setting", () => {
    const reading = readPowershell(
      "Get-EXOCasMailbox",
      readFileSync(join(fixtures, "powershell", "cas-list-one.txt"), "utf8"),
      {
        mailboxes: ["support@example.com"],
        delegate: null,
        today: "2026-12-02",
        chosenMailbox: "support@example.com",
      },
    );
    if (!reading.ok) throw new Error(reading.error);
    const file = { ...healthyCase(), evidence: { signInLogs: null, powershell: reading.records } };
    const record = run(file).find((result) => result.check === "powershell-output");
    expect(record).toMatchObject({ status: "fail", cause: "powershell-setting-wrong", target: "support@example.com" });
    expect(record?.title).toBe(
      'From Get-EXOCasMailbox, pasted 2 December 2026: ImapEnabled False, PopEnabled True, SmtpClientAuthenticationDisabled "".',
    );
  });
});
