import { fieldApplies, symptomOf, textCausesOf } from "@/lib/case/draft";
import { planSteps, stepRuledOut, type PlannedStep } from "@/lib/symptoms/plan";
import { validateField, type Draft, type FieldError, type FieldId } from "@/lib/case/fields";
import type { CheckId } from "@/lib/catalogue/checks";

export type StepDef = { id: string; fields: readonly FieldId[]; checks: readonly CheckId[] };

export const steps = [
  { id: "ece-version", fields: ["ece.version"], checks: ["ece-version"] },
  { id: "ece-es", fields: ["ece.installedES", "ece.esIsLatest"], checks: ["ece-version"] },
  { id: "ece-url", fields: ["ece.externalUrl", "ece.consoleUrl"], checks: ["external-url"] },
  { id: "azure-app", fields: ["azure.cloud", "azure.tenant", "azure.clientId"], checks: ["app-ids"] },
  { id: "azure-secret", fields: ["secrets.clientSecret", "azure.secretExpires"], checks: ["client-secret"] },
  { id: "azure-redirect", fields: ["azure.redirectUri", "azure.redirectPlatform", "azure.eceRedirectUri"], checks: ["redirect-uri"] },
  { id: "azure-permissions", fields: ["azure.delegatedPermissions", "azure.adminConsent", "azure.accessTokenLifetimeMinutes"], checks: ["api-permissions", "token-lifetime"] },
  { id: "mailboxes", fields: ["mail.mailboxes", "mail.accessModel", "mail.retrieval"], checks: [] },
  { id: "delegate", fields: ["mail.signInAccount", "mail.fullAccess"], checks: ["account-model"] },
  // Reading and sending are separate steps so that a symptom on one side can leave the other out.
  { id: "mailbox-protocols", fields: ["mail.retrievalEnabled"], checks: ["mailbox-protocols"] },
  { id: "smtp-auth", fields: ["mail.authenticatedSmtp"], checks: ["mailbox-protocols"] },
  { id: "licence", fields: ["mail.licence"], checks: ["licence"] },
  { id: "token-generation", fields: ["mail.privateWindow", "mail.tokenSignedInAs"], checks: ["token-generation"] },
  // Whose token is it, and does it work: sign-in (MSAL popup/redirect, device code) or a pasted token, its claims and
  // the live mail checks with it. The token itself is memory-only (store.secrets.accessToken).
  { id: "token", fields: ["secrets.accessToken"], checks: ["access-token"] },
  { id: "network", fields: ["network.servicesServer", "network.applicationServer", "network.tlsInspection"], checks: ["network-plan"] },
] as const satisfies readonly StepDef[];

export type StepId = (typeof steps)[number]["id"];
export const stepIds = steps.map((step) => step.id) as StepId[];

export function isStepId(value: string): value is StepId {
  return (stepIds as string[]).includes(value);
}

export function stepDef(id: StepId): StepDef {
  return steps.find((step) => step.id === id) as StepDef;
}

export function applicableFields(id: StepId, draft: Draft): FieldId[] {
  return stepDef(id).fields.filter((field) => fieldApplies(field, draft));
}

export function stepApplies(id: StepId, draft: Draft): boolean {
  return applicableFields(id, draft).length > 0;
}

/** The steps to go through, in the order the symptom and the pasted error text make most useful. */
export function plannedSteps(draft: Draft): PlannedStep[] {
  return planSteps(
    stepIds.filter((id) => stepApplies(id, draft)),
    symptomOf(draft),
    textCausesOf(draft),
  );
}

export function applicableSteps(draft: Draft): StepId[] {
  return plannedSteps(draft).map((step) => step.id);
}

/** Steps left out because the symptom rules out every cause they could show; they can still be opened. */
export function stepsRuledOut(draft: Draft): StepId[] {
  const symptom = symptomOf(draft);
  return stepIds.filter((id) => !stepApplies(id, draft) && stepRuledOut(id, symptom));
}

export function validateStep(id: StepId, draft: Draft): FieldError[] {
  return applicableFields(id, draft).flatMap((field) => {
    const key = validateField(field, draft[field]);
    return key === null ? [] : [{ field, key }];
  });
}

// A step outside the plan (opened from "show all steps", or one that stopped applying) continues where it
// would sit in the usual order.
function positionIn(order: readonly StepId[], id: StepId): number {
  const index = order.indexOf(id);
  if (index !== -1) return index;
  const later = order.findIndex((candidate) => stepIds.indexOf(candidate) > stepIds.indexOf(id));
  return (later === -1 ? order.length : later) - 0.5;
}

export function nextStep(id: StepId, draft: Draft): StepId | null {
  const order = applicableSteps(draft);
  return order[Math.floor(positionIn(order, id)) + 1] ?? null;
}

export function previousStep(id: StepId, draft: Draft): StepId | null {
  const order = applicableSteps(draft);
  return order[Math.ceil(positionIn(order, id)) - 1] ?? null;
}

export function firstIncompleteStep(draft: Draft): StepId | null {
  return applicableSteps(draft).find((id) => validateStep(id, draft).length > 0) ?? null;
}

/** "Step n of N" for the steps the admin goes through now (N follows the branches); null for a step outside the plan. */
export function stepPosition(id: StepId, draft: Draft): { n: number; count: number } | null {
  const order = applicableSteps(draft);
  const index = order.indexOf(id);
  return index === -1 ? null : { n: index + 1, count: order.length };
}

// The steps whose answers a step cannot do without: which ES (the release), whose token (the app and the mailboxes).
const prerequisites: Partial<Record<StepId, readonly StepId[]>> = {
  "ece-es": ["ece-version"],
  delegate: ["mailboxes"],
  token: ["azure-app", "mailboxes", "delegate"],
};

/** The first step to answer before `id` makes sense, when `id` is opened directly without its prerequisites. */
export function missingPrerequisite(id: StepId, draft: Draft): StepId | null {
  const needed = (prerequisites[id] ?? []).filter((step) => (step === "delegate" ? stepApplies(step, draft) : true));
  return needed.find((step) => validateStep(step, draft).length > 0 || !stepApplies(step, draft)) ?? null;
}
