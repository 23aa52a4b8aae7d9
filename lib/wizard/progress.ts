import type { Draft } from "@/lib/case/fields";
import type { CauseId } from "@/lib/catalogue/causes";
import type { Finding } from "@/lib/rules/types";
import { applicableSteps, type StepId, stepDef, validateStep } from "./steps";

export type StepStatus = "done" | "todo" | "problem";

export function stepStatuses(
  draft: Draft,
  textCauses: readonly CauseId[],
  visited: readonly StepId[],
  findings: readonly Finding[] | null,
) {
  const order = applicableSteps(draft, textCauses);
  const firstOpen = order.find((id) => !visited.includes(id) || validateStep(id, draft).length > 0);
  return order.map((id) => {
    const valid = validateStep(id, draft).length === 0;
    const seen = visited.includes(id);
    const checks: readonly string[] = stepDef(id).checks;
    const failed = findings?.some((item) => item.status === "fail" && checks.includes(item.check)) ?? false;
    const status: StepStatus = (seen && !valid) || failed ? "problem" : seen && valid ? "done" : "todo";
    return { id, status, reachable: seen || id === firstOpen };
  });
}
