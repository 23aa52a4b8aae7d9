"use client";

import Link from "next/link";
import { useI18n } from "@/components/ui/i18n-provider";
import { stepStatuses, type StepStatus } from "@/lib/wizard/progress";
import type { StepId } from "@/lib/wizard/steps";
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
  const items = stepStatuses(draft, visited, diagnosis?.findings ?? null);

  return (
    <nav aria-labelledby="step-list-title" className="no-print">
      <h2 id="step-list-title" className="mb-2 text-lg font-bold">
        {t.stepList.heading}
      </h2>
      <ol className="space-y-1 text-sm">
        {items.map(({ id, status, reachable }) => {
          const isCurrent = id === current;
          const label = t.steps[id].title;
          return (
            <li key={id} className="flex items-start justify-between gap-2 border-b border-line py-1.5">
              {reachable && !isCurrent ? (
                <Link href={`/${locale}/steps/${id}`}>{label}</Link>
              ) : (
                <span aria-current={isCurrent ? "step" : undefined} className={isCurrent ? "font-bold" : ""}>
                  {label}
                </span>
              )}
              <span className={`shrink-0 rounded-sm px-1.5 py-0.5 text-xs font-semibold ${badge[status]}`}>{t.stepList[status]}</span>
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
    </nav>
  );
}
