"use client";

import { useI18n } from "@/components/ui/i18n-provider";
import { Link } from "@/components/ui/link";
import { format } from "@/lib/i18n/format";
import type { StepReason } from "@/lib/symptoms/plan";
import { symptomText } from "@/lib/symptoms/symptom-text";
import { symptomOf } from "@/lib/wizard/draft";
import { type StepStatus, stepStatuses } from "@/lib/wizard/progress";
import { plannedSteps, type StepId, stepsRuledOut } from "@/lib/wizard/steps";
import { useDraftTextCauses } from "./use-draft-text-causes";
import { useWizard } from "./wizard-provider";

const badge: Record<StepStatus, string> = {
  done: "bg-pass text-white",
  todo: "bg-slate-200 text-ink",
  problem: "bg-fail text-white",
};

export function StepList({ current }: { current: StepId | "check-answers" }) {
  const { locale, t } = useI18n();
  const draft = useWizard((state) => state.draft);
  const visited = useWizard((state) => state.visited);
  const diagnosis = useWizard((state) => state.diagnosis);
  const textCauses = useDraftTextCauses(draft);
  const items = stepStatuses(draft, textCauses, visited, diagnosis?.findings ?? null);
  const reasons = new Map(plannedSteps(draft, textCauses).map((step) => [step.id, step.reason]));
  const ruledOut = stepsRuledOut(draft);
  const symptom = symptomOf(draft);
  const text = t.symptom.stepList;

  const ordered = symptom !== null && symptom.id !== "first-setup";
  // Where the symptom's steps end and the rest of the checklist, in its usual order, begins.
  const firstRest = ordered ? items.findIndex(({ id }, index) => index > 0 && reasons.get(id)?.kind === "rest") : -1;
  const reasonText = (reason: StepReason | undefined) => {
    if (!ordered || !reason) return null;
    if (reason.kind === "likely") return text.likely;
    if (reason.kind === "needed-for") return format(text.neededFor, { step: t.steps[reason.step].title });
    return null;
  };

  return (
    <nav aria-labelledby="step-list-title" className="no-print">
      <h2 id="step-list-title" className="mb-2 text-lg font-bold">
        {t.stepList.heading}
      </h2>
      {symptom ? (
        <p className="mb-2 text-sm text-muted" data-testid="step-list-symptom">
          {format(text.orderedFor, { symptom: symptomText(t, symptom) })}{" "}
          <Link href={`/${locale}#symptom`}>{t.symptom.change}</Link>
        </p>
      ) : null}
      <ol className="space-y-1 text-sm">
        {items.map(({ id, status, reachable }, index) => {
          const isCurrent = id === current;
          const label = t.steps[id].title;
          const why = reasonText(reasons.get(id));
          return (
            <li
              key={id}
              className={`flex items-start justify-between gap-2 border-b border-line py-1.5 ${index === firstRest ? "mt-3 border-t-4" : ""}`}
              data-step={id}
            >
              <span className="min-w-0 [overflow-wrap:anywhere]">
                {index === firstRest ? (
                  <span className="block text-xs font-semibold text-muted" data-testid="step-list-rest">
                    {text.rest}
                  </span>
                ) : null}
                {reachable && !isCurrent ? (
                  <Link href={`/${locale}/steps/${id}`}>{label}</Link>
                ) : (
                  <span aria-current={isCurrent ? "step" : undefined} className={isCurrent ? "font-bold" : ""}>
                    {label}
                  </span>
                )}
                {why ? <span className="block text-xs text-muted">{why}</span> : null}
              </span>
              <span
                className={`max-w-[45%] shrink-0 rounded-sm px-1.5 py-0.5 text-right text-xs font-semibold ${badge[status]}`}
              >
                {t.stepList[status]}
              </span>
            </li>
          );
        })}
        <li className="py-1.5">
          {current === "check-answers" ? (
            <span aria-current="step" className="font-bold">
              {t.stepList.checkAnswers}
            </span>
          ) : (
            <Link href={`/${locale}/check-answers`}>{t.stepList.checkAnswers}</Link>
          )}
        </li>
      </ol>
      {ruledOut.length > 0 ? (
        <details className="mt-4 text-sm" open={ruledOut.includes(current as StepId)}>
          <summary className="cursor-pointer">{format(text.ruledOut, { count: ruledOut.length })}</summary>
          <p className="mt-1 text-muted">{text.ruledOutHint}</p>
          <ul className="mt-1 space-y-1">
            {ruledOut.map((id) => (
              <li key={id}>
                {id === current ? (
                  <span aria-current="step">{t.steps[id].title}</span>
                ) : (
                  <Link href={`/${locale}/steps/${id}`}>{t.steps[id].title}</Link>
                )}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </nav>
  );
}
