import { describe, expect, it } from "vitest";
import type { Draft, FieldError } from "@/lib/case/fields";
import { type EceRelease, eceReleaseIds } from "@/lib/knowledge/ece-releases";
import { delegate, healthyCase, withChanges } from "@/lib/rules/fixtures";
import { caseToDraft } from "@/lib/wizard/draft";
import { textCausesOfDraft } from "@/lib/wizard/test-support/text-causes";
import {
  applicableSteps,
  firstIncompleteStep,
  missingPrerequisite,
  nextStep,
  previousStep,
  type StepId,
  stepIds,
  stepPosition,
  validateStep,
} from "./steps";

const healthyDraft = (): Draft => caseToDraft(healthyCase());
const sharedDraft = (): Draft =>
  caseToDraft(
    withChanges({
      mail: { accessModel: "shared", signInAccount: delegate, fullAccess: "yes", tokenSignedInAs: delegate },
    }),
  );
const withVersion = (version: EceRelease, draft: Draft = healthyDraft()): Draft => ({
  ...draft,
  "ece.version": version,
});

const esStepShown: [EceRelease, boolean][] = [
  ["pre-11.6", false],
  ["11.6(1)", true],
  ["12.0(1)", true],
  ["12.5(1)", true],
  ["12.6(1)", true],
  ["later", false],
];

describe("applicableSteps", () => {
  it.each(esStepShown)("for %s shows the ES step: %s", (version, shown) => {
    expect(applicableSteps(withVersion(version), textCausesOfDraft(withVersion(version))).includes("ece-es")).toBe(
      shown,
    );
  });

  it("covers every release id", () => {
    expect(esStepShown.map(([version]) => version).sort()).toEqual([...eceReleaseIds].sort());
  });

  it("hides the delegate step in the per-mailbox model and shows it in the shared model", () => {
    expect(applicableSteps(healthyDraft(), textCausesOfDraft(healthyDraft()))).toEqual(
      stepIds.filter((id) => id !== "delegate"),
    );
    expect(applicableSteps(sharedDraft(), textCausesOfDraft(sharedDraft()))).toEqual(stepIds);
  });

  it("hides both conditional steps before the questions that decide them are answered", () => {
    expect(applicableSteps({}, textCausesOfDraft({}))).toEqual(
      stepIds.filter((id) => id !== "ece-es" && id !== "delegate"),
    );
  });

  it("hides both for a pre-11.6 per-mailbox draft", () => {
    expect(applicableSteps(withVersion("pre-11.6"), textCausesOfDraft(withVersion("pre-11.6")))).toEqual(
      stepIds.filter((id) => id !== "ece-es" && id !== "delegate"),
    );
  });
});

describe("nextStep and previousStep", () => {
  it.each<[string, Draft, StepId, StepId | null, StepId | null]>([
    ["12.6(1)", withVersion("12.6(1)"), "ece-version", null, "ece-es"],
    ["pre-11.6", withVersion("pre-11.6"), "ece-version", null, "ece-url"],
    ["later", withVersion("later"), "ece-version", null, "ece-url"],
    ["11.6(1)", withVersion("11.6(1)"), "ece-url", "ece-es", "azure-app"],
    ["later", withVersion("later"), "ece-url", "ece-version", "azure-app"],
    ["per-mailbox", healthyDraft(), "mailboxes", "azure-permissions", "mailbox-protocols"],
    ["shared", sharedDraft(), "mailboxes", "azure-permissions", "delegate"],
    ["per-mailbox", healthyDraft(), "mailbox-protocols", "mailboxes", "smtp-auth"],
    ["shared", sharedDraft(), "mailbox-protocols", "delegate", "smtp-auth"],
    ["per-mailbox", healthyDraft(), "smtp-auth", "mailbox-protocols", "licence"],
    ["shared", sharedDraft(), "delegate", "mailboxes", "mailbox-protocols"],
    ["per-mailbox", healthyDraft(), "token", "token-generation", "network"],
    ["per-mailbox", healthyDraft(), "network", "token", null],
  ])("%s: around %s, previous is %s and next is %s", (_description, draft, id, previous, next) => {
    expect(previousStep(id, draft, textCausesOfDraft(draft))).toBe(previous);
    expect(nextStep(id, draft, textCausesOfDraft(draft))).toBe(next);
  });

  it("walks the applicable steps in order, forwards and backwards", () => {
    for (const draft of [healthyDraft(), sharedDraft(), withVersion("pre-11.6"), {}]) {
      const order = applicableSteps(draft, textCausesOfDraft(draft));
      // Bounded walks, so that a step that points to itself fails instead of looping forever.
      const forwards: StepId[] = [];
      for (
        let id: StepId | null = order[0] ?? null;
        id !== null && forwards.length <= stepIds.length;
        id = nextStep(id, draft, textCausesOfDraft(draft))
      )
        forwards.push(id);
      expect(forwards).toEqual(order);
      const backwards: StepId[] = [];
      for (
        let id: StepId | null = order.at(-1) ?? null;
        id !== null && backwards.length <= stepIds.length;
        id = previousStep(id, draft, textCausesOfDraft(draft))
      )
        backwards.push(id);
      expect(backwards).toEqual([...order].reverse());
    }
  });
});

describe("validateStep", () => {
  it.each<[StepId, Draft, FieldError[]]>([
    ["ece-version", {}, [{ field: "ece.version", key: "choose" }]],
    ["ece-es", { "ece.version": "12.6(1)" }, [{ field: "ece.esIsLatest", key: "choose" }]],
    ["ece-url", {}, [{ field: "ece.consoleUrl", key: "required" }]],
    [
      "azure-app",
      {},
      [
        { field: "azure.cloud", key: "choose" },
        { field: "azure.tenant", key: "required" },
        { field: "azure.clientId", key: "required" },
      ],
    ],
    ["azure-secret", {}, []],
    [
      "azure-redirect",
      {},
      [
        { field: "azure.redirectUri", key: "required" },
        { field: "azure.redirectPlatform", key: "choose" },
      ],
    ],
    ["azure-permissions", {}, [{ field: "azure.adminConsent", key: "choose" }]],
    [
      "mailboxes",
      {},
      [
        { field: "mail.mailboxes", key: "required" },
        { field: "mail.accessModel", key: "choose" },
        { field: "mail.retrieval", key: "choose" },
      ],
    ],
    [
      "delegate",
      { "mail.accessModel": "shared" },
      [
        { field: "mail.signInAccount", key: "required" },
        { field: "mail.fullAccess", key: "choose" },
      ],
    ],
    ["mailbox-protocols", {}, [{ field: "mail.retrievalEnabled", key: "choose" }]],
    ["smtp-auth", {}, [{ field: "mail.authenticatedSmtp", key: "choose" }]],
    ["licence", {}, [{ field: "mail.licence", key: "choose" }]],
    ["token-generation", {}, [{ field: "mail.privateWindow", key: "choose" }]],
    // The token is optional: the step never blocks Continue.
    ["token", {}, []],
    [
      "network",
      {},
      [
        { field: "network.servicesServer", key: "choose" },
        { field: "network.applicationServer", key: "choose" },
        { field: "network.tlsInspection", key: "choose" },
      ],
    ],
  ])("reports the missing required fields of %s", (id, draft, expected) => {
    expect(validateStep(id, draft)).toEqual(expected);
  });

  it("does not validate the fields of a hidden step", () => {
    expect(validateStep("delegate", { "mail.accessModel": "per-mailbox" })).toEqual([]);
    expect(validateStep("ece-es", { "ece.version": "pre-11.6", "ece.installedES": "SP3" })).toEqual([]);
  });

  it("reports invalid values, not only missing ones", () => {
    expect(validateStep("ece-url", { ...healthyDraft(), "ece.externalUrl": "ece.example.com" })).toEqual([
      { field: "ece.externalUrl", key: "url" },
    ]);
    expect(validateStep("ece-es", { ...healthyDraft(), "ece.installedES": "ES1, SP3" })).toEqual([
      { field: "ece.installedES", key: "esList" },
    ]);
    expect(validateStep("azure-secret", { ...healthyDraft(), "azure.secretExpires": "2027-02-30" })).toEqual([
      { field: "azure.secretExpires", key: "date" },
    ]);
  });

  it("accepts every applicable step of the healthy and shared drafts", () => {
    for (const draft of [healthyDraft(), sharedDraft()]) {
      expect(applicableSteps(draft, textCausesOfDraft(draft)).flatMap((id) => validateStep(id, draft))).toEqual([]);
      expect(firstIncompleteStep(draft, textCausesOfDraft(draft))).toBeNull();
    }
  });

  it.each<[string, Draft, StepId | null]>([
    ["empty draft", {}, "ece-version"],
    ["healthy but no licence", { ...healthyDraft(), "mail.licence": "" }, "licence"],
    ["shared without a delegate", { ...sharedDraft(), "mail.signInAccount": "" }, "delegate"],
    ["ES release without the latest answer", { ...healthyDraft(), "ece.esIsLatest": "" }, "ece-es"],
  ])("finds the first incomplete step of the %s", (_description, draft, expected) => {
    expect(firstIncompleteStep(draft, textCausesOfDraft(draft))).toBe(expected);
  });
});

describe("progress and prerequisites (issue 17)", () => {
  it("counts the steps of the current branch", () => {
    const perMailbox = { "ece.version": "12.6(1)", "mail.accessModel": "per-mailbox" } as const;
    const shared = { ...perMailbox, "mail.accessModel": "shared" } as const;
    const a = stepPosition("mailboxes", perMailbox, textCausesOfDraft(perMailbox));
    const b = stepPosition("mailboxes", shared, textCausesOfDraft(shared));
    expect(a?.count).toBe(applicableSteps(perMailbox, textCausesOfDraft(perMailbox)).length);
    expect(b!.count).toBe(a!.count + 1);
    expect(stepPosition("ece-version", perMailbox, textCausesOfDraft(perMailbox))).toEqual({ n: 1, count: a!.count });
  });

  it("sends a step opened without its prerequisites to the first missing one", () => {
    expect(missingPrerequisite("ece-es", {})).toBe("ece-version");
    expect(missingPrerequisite("ece-es", { "ece.version": "11.6(1)" })).toBeNull();
    expect(missingPrerequisite("token", { "ece.version": "12.6(1)" })).toBe("azure-app");
    expect(missingPrerequisite("ece-url", {})).toBeNull();
  });
});
