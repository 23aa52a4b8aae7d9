import type { CaseFile } from "@/lib/case/schema";
import { type CauseId, causes } from "@/lib/catalogue/causes";
import type { CheckId, Status } from "@/lib/catalogue/checks";
import { checkIdsOf } from "@/lib/catalogue/present";
import { likelyCauses, stepsOfCause } from "@/lib/symptoms/plan";
import { ruleFor } from "@/lib/symptoms/ranking";
import type { StepId } from "@/lib/wizard/steps";
import { caseSymptom } from "./most-likely";

export type LiveGroup = "network" | "entra" | "mail";

/** What to do next about open likely causes: run a live check, look in Entra's sign-in logs, paste a log line, or answer a step. */
export type NextStep =
  | { kind: "run"; group: LiveGroup; step: StepId; causes: CauseId[] }
  | { kind: "look"; account: string; clientId: string; causes: CauseId[] }
  | { kind: "paste"; causes: CauseId[] }
  | { kind: "answer"; step: StepId; causes: CauseId[] };

type Result = { check: CheckId; checks?: CheckId[]; status: Status; cause?: string };

const liveGroupOfCheck: Partial<Record<CheckId, LiveGroup>> = {
  "network-plan": "network",
  dns: "network",
  tcp: "network",
  tls: "network",
  "entra-tenant": "entra",
  "entra-app": "entra",
  "entra-realm": "mail",
  "access-token": "mail",
  imap: "mail",
  pop3: "mail",
  smtp: "mail",
};
const stepOfGroup: Record<LiveGroup, StepId> = { network: "network", entra: "azure-secret", mail: "token" };

const decisive: readonly Status[] = ["pass", "fail", "warn"];

// A refresh that Entra refuses shows only in its non-interactive sign-in logs and in ECE's own logs: no live check
// here can repeat ECE's refresh, which needs its refresh token.
const actionsFor = (file: CaseFile, cause: CauseId): NextStep[] => {
  const check = causes[cause].check;
  if (check === "entra-sign-in") {
    const account =
      file.mail.accessModel === "shared"
        ? (file.mail.signInAccount ?? file.mail.mailboxes[0] ?? "")
        : (file.mail.mailboxes[0] ?? "");
    return [
      { kind: "look", account, clientId: file.azure.clientId, causes: [cause] },
      { kind: "paste", causes: [cause] },
    ];
  }
  const group = liveGroupOfCheck[check];
  if (group) return [{ kind: "run", group, step: stepOfGroup[group], causes: [cause] }];
  const step = stepsOfCause(cause)[0];
  return step ? [{ kind: "answer", step, causes: [cause] }] : [];
};

const keyOf = (step: NextStep) =>
  step.kind === "run" ? `run:${step.group}` : step.kind === "answer" ? `answer:${step.step}` : step.kind;

/**
 * The next action for each likely cause that no check has decided, most likely first; causes sharing an action share
 * one entry. `fromText`: the causes the case's error text names (`causesNamedInCase`).
 */
export function nextSteps(file: CaseFile, results: readonly Result[], fromText: readonly CauseId[]): NextStep[] {
  const likely = likelyCauses(caseSymptom(file), fromText);
  const open = likely.filter(
    (cause) =>
      !results.some((result) => result.cause === cause && (result.status === "fail" || result.status === "warn")) &&
      !results.some((result) => checkIdsOf(result).includes(causes[cause].check) && decisive.includes(result.status)),
  );
  const steps: NextStep[] = [];
  for (const cause of open) {
    for (const action of actionsFor(file, cause)) {
      const existing = steps.find((step) => keyOf(step) === keyOf(action));
      if (existing) existing.causes.push(cause);
      else steps.push(action);
    }
  }
  return steps;
}

/** Causes that the case's symptom rules out as an explanation, though they may be real (shown beside the finding). */
export function cannotExplain(file: CaseFile): ReadonlySet<string> {
  const symptom = caseSymptom(file);
  return new Set(symptom ? (ruleFor(symptom)?.cannotExplain ?? []) : []);
}
