"use client";

import { useClouds } from "@/components/ui/config-provider";
import { useI18n } from "@/components/ui/i18n-provider";
import { answerText } from "@/components/wizard/answer-text";
import { fieldIds } from "@/lib/case/fields";
import type { CaseFile } from "@/lib/case/schema";
import { caseToDraft, fieldApplies } from "@/lib/wizard/draft";

/** Every answer of a shared case (secrets are never part of a case file). */
export function CaseSummary({ file }: { file: CaseFile }) {
  const { t } = useI18n();
  const clouds = useClouds();
  const draft = caseToDraft(file);
  const shown = fieldIds.filter((id) => !id.startsWith("secrets.") && id !== "evidence" && fieldApplies(id, draft));
  return (
    <section aria-labelledby="shared-case" className="mb-10">
      <h2 id="shared-case" className="mb-2 text-2xl font-bold">
        {t.share.viewer.caseHeading}
      </h2>
      <dl className="border-t border-line" data-testid="shared-case">
        {shown.map((id) => (
          <div key={id} className="grid grid-cols-1 gap-1 border-b border-line py-2 sm:grid-cols-2 sm:gap-4">
            <dt className="min-w-0 font-semibold [overflow-wrap:anywhere]">
              {(t.fields[id] as { label: string }).label}
            </dt>
            <dd className="min-w-0 whitespace-pre-line [overflow-wrap:anywhere]" data-field={id}>
              {answerText(t, id, draft[id], (cloud) => clouds.find((profile) => profile.id === cloud)?.label)}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
