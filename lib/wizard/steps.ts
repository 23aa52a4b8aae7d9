import { fieldApplies } from "@/lib/case/draft";
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
  { id: "mailboxes", fields: ["mail.mailboxes", "mail.accessModel"], checks: [] },
  { id: "delegate", fields: ["mail.signInAccount", "mail.fullAccess"], checks: ["account-model"] },
  { id: "mailbox-protocols", fields: ["mail.retrieval", "mail.retrievalEnabled", "mail.authenticatedSmtp"], checks: ["mailbox-protocols"] },
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

export function applicableSteps(draft: Draft): StepId[] {
  return stepIds.filter((id) => stepApplies(id, draft));
}

export function validateStep(id: StepId, draft: Draft): FieldError[] {
  return applicableFields(id, draft).flatMap((field) => {
    const key = validateField(field, draft[field]);
    return key === null ? [] : [{ field, key }];
  });
}

export function nextStep(id: StepId, draft: Draft): StepId | null {
  const order = applicableSteps(draft);
  const after = stepIds.slice(stepIds.indexOf(id) + 1);
  return after.find((candidate) => order.includes(candidate)) ?? null;
}

export function previousStep(id: StepId, draft: Draft): StepId | null {
  const order = applicableSteps(draft);
  const before = stepIds.slice(0, stepIds.indexOf(id)).reverse();
  return before.find((candidate) => order.includes(candidate)) ?? null;
}

export function firstIncompleteStep(draft: Draft): StepId | null {
  return applicableSteps(draft).find((id) => validateStep(id, draft).length > 0) ?? null;
}
