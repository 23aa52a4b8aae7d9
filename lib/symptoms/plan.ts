import { type CauseId, causeIds, causes } from "@/lib/catalogue/causes";
import type { CheckId } from "@/lib/catalogue/checks";
import type { StepId } from "@/lib/wizard/step-table";
import { ruleFor, type Symptom } from "./ranking";

// Which wizard steps can confirm or rule out a check. Live checks belong to the step whose panel runs them.
export const stepsOfCheck: Record<CheckId, readonly StepId[]> = {
  "ece-version": ["ece-version", "ece-es"],
  "external-url": ["ece-url"],
  "redirect-uri": ["azure-redirect"],
  "app-ids": ["azure-app"],
  "client-secret": ["azure-secret"],
  "api-permissions": ["azure-permissions"],
  "token-lifetime": ["azure-permissions"],
  "account-model": ["delegate"],
  "mailbox-protocols": ["mailbox-protocols", "smtp-auth"],
  licence: ["licence"],
  "token-generation": ["token-generation"],
  "network-plan": ["network"],
  dns: ["network"],
  tcp: ["network"],
  tls: ["network"],
  "entra-tenant": ["azure-secret"],
  "entra-app": ["azure-secret"],
  "entra-realm": ["token"],
  "entra-sign-in": ["token"],
  "access-token": ["token"],
  imap: ["token"],
  pop3: ["token"],
  smtp: ["token"],
  // Evidence is read on the steps and the report whatever the plan; it never reorders the steps.
  "sign-in-logs": [],
  "powershell-output": [],
};

// Where a cause's own answer is asked, when that is narrower than its check's steps.
const stepsOfCauseOverride: Partial<Record<CauseId, readonly StepId[]>> = {
  "retrieval-protocol-disabled": ["mailbox-protocols"],
  "smtp-auth-disabled": ["smtp-auth"],
  "secret-is-secret-id": ["azure-secret"],
  "secret-not-given": ["azure-secret"],
  // The setting's own question first, then the live check that confirms it.
  "imap-disabled-or-no-access": ["mailbox-protocols", "token"],
  "smtp-auth-disabled-mailbox": ["smtp-auth", "token"],
  "smtp-auth-disabled-tenant": ["smtp-auth", "token"],
};

export function stepsOfCause(cause: CauseId): readonly StepId[] {
  return stepsOfCauseOverride[cause] ?? stepsOfCheck[causes[cause].check];
}

// A step whose answers another step needs first (the cloud and app for sign-in, the mailboxes for their settings).
export const prerequisites: Partial<Record<StepId, readonly StepId[]>> = {
  "ece-es": ["ece-version"],
  "azure-secret": ["azure-app"],
  "azure-redirect": ["ece-url", "azure-app"],
  "azure-permissions": ["azure-app"],
  delegate: ["mailboxes"],
  "mailbox-protocols": ["mailboxes"],
  "smtp-auth": ["mailboxes"],
  licence: ["mailboxes"],
  "token-generation": ["mailboxes", "delegate"],
  token: ["azure-app", "mailboxes", "delegate"],
  network: ["azure-app"],
};

// "Don't know" answers are not evidence either way, so they never keep a step in.
const isUnknownCause = (cause: CauseId) => cause.endsWith("-unknown") || cause === "auth-not-tested";

export function causesOfStep(step: StepId): CauseId[] {
  return causeIds.filter((cause) => stepsOfCause(cause).includes(step));
}

/** The causes to look at first: those named by the pasted error text, then the symptom's ranking. */
export function likelyCauses(symptom: Symptom | null, textCauses: readonly CauseId[] = []): CauseId[] {
  const rule = symptom ? ruleFor(symptom) : undefined;
  return [...new Set([...textCauses, ...(rule?.causes ?? [])])];
}

/** Steps the symptom rules out: every cause they can show is one the symptom excludes. */
export function stepRuledOut(step: StepId, symptom: Symptom | null): boolean {
  const rulesOut = symptom ? (ruleFor(symptom)?.rulesOut ?? []) : [];
  if (rulesOut.length === 0) return false;
  const decisive = causesOfStep(step).filter((cause) => !isUnknownCause(cause));
  return decisive.length > 0 && decisive.every((cause) => rulesOut.includes(cause));
}

export type StepReason =
  | { kind: "likely"; causes: CauseId[] }
  | { kind: "needed-for"; step: StepId }
  | { kind: "rest" }
  | { kind: "ruled-out" };

export type PlannedStep = { id: StepId; reason: StepReason };

/**
 * Orders the steps that apply: the steps that can show the likely causes first (most likely first, each preceded by
 * what it needs), then the rest of the checklist in its usual order. Without a symptom or error text, the usual order.
 */
export function planSteps(
  applicable: readonly StepId[],
  symptom: Symptom | null,
  textCauses: readonly CauseId[] = [],
): PlannedStep[] {
  const likely = likelyCauses(symptom, textCauses);
  const placed = new Map<StepId, StepReason>();
  const place = (step: StepId, fallback: StepReason) => {
    if (placed.has(step) || !applicable.includes(step)) return;
    for (const needed of prerequisites[step] ?? []) place(needed, { kind: "needed-for", step });
    const shows = likely.filter((cause) => stepsOfCause(cause).includes(step));
    placed.set(step, shows.length > 0 ? { kind: "likely", causes: shows } : fallback);
  };
  for (const cause of likely) for (const step of stepsOfCause(cause)) place(step, { kind: "rest" });
  for (const step of applicable) place(step, { kind: "rest" });
  return [...placed].map(([id, reason]) => ({ id, reason }));
}
