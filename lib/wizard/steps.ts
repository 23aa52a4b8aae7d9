import { type Draft, type FieldError, type FieldId, validateField } from "@/lib/case/fields";
import type { CauseId } from "@/lib/catalogue/causes";
import { type PlannedStep, planSteps, stepRuledOut } from "@/lib/symptoms/plan";
import { fieldApplies, symptomOf } from "./draft";
import { type StepId, stepDef, stepIds } from "./step-table";

export { isStepId, type StepDef, type StepId, stepDef, stepIds, steps } from "./step-table";

export function applicableFields(id: StepId, draft: Draft): FieldId[] {
  return stepDef(id).fields.filter((field) => fieldApplies(field, draft));
}

export function stepApplies(id: StepId, draft: Draft): boolean {
  return applicableFields(id, draft).length > 0;
}

/**
 * The steps to go through, in the order the symptom and the pasted error text make most useful. `textCauses`: the
 * causes the draft's error text names (the triage's `causesNamedIn`, which the pages load only when there is a text).
 */
export function plannedSteps(draft: Draft, textCauses: readonly CauseId[]): PlannedStep[] {
  return planSteps(
    stepIds.filter((id) => stepApplies(id, draft)),
    symptomOf(draft),
    textCauses,
  );
}

export function applicableSteps(draft: Draft, textCauses: readonly CauseId[]): StepId[] {
  return plannedSteps(draft, textCauses).map((step) => step.id);
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

export function nextStep(id: StepId, draft: Draft, textCauses: readonly CauseId[]): StepId | null {
  const order = applicableSteps(draft, textCauses);
  return order[Math.floor(positionIn(order, id)) + 1] ?? null;
}

export function previousStep(id: StepId, draft: Draft, textCauses: readonly CauseId[]): StepId | null {
  const order = applicableSteps(draft, textCauses);
  return order[Math.ceil(positionIn(order, id)) - 1] ?? null;
}

export function firstIncompleteStep(draft: Draft, textCauses: readonly CauseId[]): StepId | null {
  return applicableSteps(draft, textCauses).find((id) => validateStep(id, draft).length > 0) ?? null;
}

/** "Step n of N" for the steps the admin goes through now (N follows the branches); null for a step outside the plan. */
export function stepPosition(
  id: StepId,
  draft: Draft,
  textCauses: readonly CauseId[],
): { n: number; count: number } | null {
  const order = applicableSteps(draft, textCauses);
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
