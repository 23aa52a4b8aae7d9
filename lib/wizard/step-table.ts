import type { FieldId } from "@/lib/case/fields";
import type { CheckId } from "@/lib/catalogue/checks";

// The wizard's pages and what each asks: a leaf module, so that the case model, the plan and the draft can all name steps.
export type StepDef = { id: string; fields: readonly FieldId[]; checks: readonly CheckId[] };

export const steps = [
  { id: "ece-version", fields: ["ece.version"], checks: ["ece-version"] },
  { id: "ece-es", fields: ["ece.installedES", "ece.esIsLatest"], checks: ["ece-version"] },
  { id: "ece-url", fields: ["ece.externalUrl", "ece.consoleUrl"], checks: ["external-url"] },
  { id: "azure-app", fields: ["azure.cloud", "azure.tenant", "azure.clientId"], checks: ["app-ids"] },
  { id: "azure-secret", fields: ["secrets.clientSecret", "azure.secretExpires"], checks: ["client-secret"] },
  {
    id: "azure-redirect",
    fields: ["azure.redirectUri", "azure.redirectPlatform", "azure.eceRedirectUri"],
    checks: ["redirect-uri"],
  },
  {
    id: "azure-permissions",
    fields: ["azure.delegatedPermissions", "azure.adminConsent", "azure.accessTokenLifetimeMinutes"],
    checks: ["api-permissions", "token-lifetime"],
  },
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
  {
    id: "network",
    fields: ["network.servicesServer", "network.applicationServer", "network.tlsInspection"],
    checks: ["network-plan"],
  },
] as const satisfies readonly StepDef[];

export type StepId = (typeof steps)[number]["id"];
export const stepIds = steps.map((step) => step.id) as StepId[];

export function isStepId(value: string): value is StepId {
  return (stepIds as string[]).includes(value);
}

export function stepDef(id: StepId): StepDef {
  return steps.find((step) => step.id === id) as StepDef;
}
