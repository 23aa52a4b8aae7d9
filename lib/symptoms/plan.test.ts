import { describe, expect, it } from "vitest";
import { type Draft, fields } from "@/lib/case/fields";
import { causeIds, causes } from "@/lib/catalogue/causes";
import { checkIds, evidenceCheckIds } from "@/lib/catalogue/checks";
import { delegate, healthyCase, withChanges } from "@/lib/rules/fixtures";
import { caseToDraft } from "@/lib/wizard/draft";
import {
  applicableSteps,
  nextStep,
  plannedSteps,
  type StepId,
  stepDef,
  stepIds,
  stepsRuledOut,
} from "@/lib/wizard/steps";
import { textCausesOfDraft } from "@/lib/wizard/test-support/text-causes";
import { causesOfStep, planSteps, prerequisites, stepRuledOut, stepsOfCause, stepsOfCheck } from "./plan";
import { type Symptom, stoppedAfterIds, symptomIds } from "./ranking";

const blank = (symptom: Symptom | null, extra: Draft = {}): Draft => ({
  ...(symptom
    ? { "symptom.id": symptom.id, ...(symptom.stoppedAfter ? { "symptom.stoppedAfter": symptom.stoppedAfter } : {}) }
    : {}),
  ...extra,
});
const answered = (symptom: Symptom, file = healthyCase()): Draft => ({ ...caseToDraft(file), ...blank(symptom) });
const allSymptoms: Symptom[] = [
  ...symptomIds.map((id) => ({ id })),
  ...stoppedAfterIds.map((stoppedAfter) => ({ id: "stopped" as const, stoppedAfter })),
];

describe("the step map", () => {
  it("names, for every check, the steps that hold it", () => {
    for (const id of stepIds)
      for (const check of stepDef(id).checks) expect(stepsOfCheck[check], `${check} → ${id}`).toContain(id);
    expect(Object.keys(stepsOfCheck).sort()).toEqual([...checkIds].sort());
  });

  it("puts every cause on at least one step, except the evidence's, which never reorder the steps", () => {
    const evidence = (cause: (typeof causeIds)[number]) =>
      (evidenceCheckIds as readonly string[]).includes(causes[cause].check);
    expect(causeIds.filter((cause) => stepsOfCause(cause).length === 0 && !evidence(cause))).toEqual([]);
  });

  it("puts reading and sending on their own steps", () => {
    expect(causesOfStep("mailbox-protocols")).toContain("retrieval-protocol-disabled");
    expect(causesOfStep("mailbox-protocols")).not.toContain("smtp-auth-disabled");
    expect(causesOfStep("smtp-auth")).toContain("smtp-auth-disabled");
    expect(causesOfStep("smtp-auth")).not.toContain("retrieval-protocol-disabled");
  });
});

describe("planSteps", () => {
  it("keeps the usual order without a symptom", () => {
    expect(planSteps(stepIds, null).map((step) => step.id)).toEqual(stepIds);
    expect(planSteps(stepIds, { id: "first-setup" }).map((step) => step.id)).toEqual(stepIds);
    expect(planSteps(stepIds, null).every((step) => step.reason.kind === "rest")).toBe(true);
  });

  it.each(allSymptoms)("orders every applicable step once, each after what it needs: %o", (symptom) => {
    for (const draft of [
      blank(symptom),
      answered(symptom),
      answered(symptom, withChanges({ mail: { accessModel: "shared", signInAccount: delegate, fullAccess: "yes" } })),
    ]) {
      const order = applicableSteps(draft, textCausesOfDraft(draft));
      expect(new Set(order).size).toBe(order.length);
      expect([...order].sort()).toEqual(stepIds.filter((id) => order.includes(id)).sort());
      order.forEach((id, index) => {
        for (const needed of prerequisites[id] ?? [])
          if (order.includes(needed)) expect(order.indexOf(needed), `${needed} before ${id}`).toBeLessThan(index);
      });
    }
  });

  it.each<[string, Symptom, StepId[]]>([
    // The first refresh fails: offline_access first (after the app it belongs to), then the services server's network.
    [
      "stopped about an hour after",
      { id: "stopped", stoppedAfter: "hours" },
      ["azure-app", "azure-permissions", "network"],
    ],
    // Wrong user or rights: whose token it is first (it needs the app and the mailboxes), then how it was generated.
    [
      "stopped minutes after",
      { id: "stopped", stoppedAfter: "minutes" },
      ["azure-app", "mailboxes", "token", "token-generation"],
    ],
    [
      "stopped after weeks",
      { id: "stopped", stoppedAfter: "weeks" },
      ["azure-app", "mailboxes", "token", "azure-secret"],
    ],
    ["sign-in error", { id: "signin-error" }, ["ece-url", "azure-app", "azure-redirect"]],
    ["no outgoing mail", { id: "no-outgoing" }, ["mailboxes", "smtp-auth", "azure-app", "token"]],
    ["no incoming mail", { id: "no-incoming" }, ["mailboxes", "mailbox-protocols", "azure-app", "token"]],
    ["alarms not sent", { id: "alarms-not-sent" }, ["azure-app", "network"]],
    ["some mailboxes", { id: "some-mailboxes" }, ["mailboxes", "delegate", "mailbox-protocols", "smtp-auth"]],
    ["neither", { id: "neither" }, ["azure-app", "mailboxes", "token", "azure-secret", "network"]],
  ])("%s: starts with the steps that can show the likely causes", (_description, symptom, first) => {
    const draft = symptom.id === "some-mailboxes" ? blank(symptom, { "mail.accessModel": "shared" }) : blank(symptom);
    expect(applicableSteps(draft, textCausesOfDraft(draft)).slice(0, first.length)).toEqual(first);
  });

  it("says why each step is there", () => {
    const planned = plannedSteps(
      blank({ id: "stopped", stoppedAfter: "hours" }),
      textCausesOfDraft(blank({ id: "stopped", stoppedAfter: "hours" })),
    );
    expect(planned[0]).toEqual({ id: "azure-app", reason: { kind: "needed-for", step: "azure-permissions" } });
    expect(planned[1]).toEqual({
      id: "azure-permissions",
      reason: { kind: "likely", causes: ["permission-offline-missing"] },
    });
    expect(planned.find((step) => step.id === "ece-version")?.reason).toEqual({ kind: "rest" });
    const minutes = plannedSteps(
      blank({ id: "stopped", stoppedAfter: "minutes" }),
      textCausesOfDraft(blank({ id: "stopped", stoppedAfter: "minutes" })),
    );
    expect(minutes.find((step) => step.id === "mailboxes")?.reason).toEqual({ kind: "needed-for", step: "token" });
  });

  it("puts the causes named by the pasted error text first", () => {
    const draft = blank(
      { id: "neither" },
      {
        "symptom.errorText":
          "2026-11-20 10:01 Retriever: refresh failed\nAADSTS7000222: The provided client secret keys for app are expired.",
      },
    );
    const planned = plannedSteps(draft, textCausesOfDraft(draft));
    expect(planned.slice(0, 2).map((step) => step.id)).toEqual(["azure-app", "azure-secret"]);
    expect(planned[1]?.reason).toMatchObject({ kind: "likely", causes: expect.arrayContaining(["secret-expired"]) });
  });
});

describe("steps the symptom rules out", () => {
  it.each<[Symptom, StepId[]]>([
    [{ id: "no-outgoing" }, ["mailbox-protocols"]],
    [{ id: "alarms-not-sent" }, ["mailbox-protocols"]],
    [{ id: "no-incoming" }, ["smtp-auth"]],
    [{ id: "neither" }, []],
    [{ id: "stopped", stoppedAfter: "hours" }, []],
  ])("%o leaves out %o", (symptom, skipped) => {
    expect(stepIds.filter((id) => stepRuledOut(id, symptom))).toEqual(skipped);
    const draft = blank(symptom);
    expect(stepsRuledOut(draft)).toEqual(skipped);
    for (const id of skipped) expect(applicableSteps(draft, textCausesOfDraft(draft))).not.toContain(id);
  });

  it.each(allSymptoms)("leaves out, in the wizard, every step the ranking rules out: %o", (symptom) => {
    expect(stepsRuledOut(blank(symptom))).toEqual(stepIds.filter((id) => stepRuledOut(id, symptom)));
  });

  it('only leaves out questions that can be answered "I don\'t know", so the case stays complete', () => {
    for (const symptom of allSymptoms) {
      for (const id of stepIds.filter((step) => stepRuledOut(step, symptom))) {
        for (const field of stepDef(id).fields)
          expect(fields[field], `${field} of ${id}`).toMatchObject({ options: expect.arrayContaining(["unknown"]) });
      }
    }
  });

  it("brings a left-out step back once it is answered, and continues from it in order", () => {
    const draft = blank({ id: "no-outgoing" }, { "mail.retrievalEnabled": "no" });
    expect(stepsRuledOut(draft)).toEqual([]);
    expect(applicableSteps(draft, textCausesOfDraft(draft))).toContain("mailbox-protocols");
    const skipped = blank({ id: "no-outgoing" });
    expect(nextStep("mailbox-protocols", skipped, textCausesOfDraft(skipped))).not.toBeNull();
  });
});
