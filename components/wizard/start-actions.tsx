"use client";

import Link from "next/link";
import { useI18n } from "@/components/ui/i18n-provider";
import { Button, ButtonLink } from "@/components/ui/button";
import { firstIncompleteStep, stepIds } from "@/lib/wizard/steps";
import { useHydrated, useWizard } from "./wizard-provider";

export function StartActions() {
  const { locale, t } = useI18n();
  const hydrated = useHydrated();
  const draft = useWizard((state) => state.draft);
  const reset = useWizard((state) => state.reset);
  const started = hydrated && Object.keys(draft).length > 0;
  const resumeAt = firstIncompleteStep(draft);
  const resumeHref = resumeAt === null ? `/${locale}/check-answers` : `/${locale}/steps/${resumeAt}`;

  return (
    <div className="flex flex-wrap items-center gap-4">
      {started ? (
        <>
          <ButtonLink href={resumeHref}>{t.start.resumeButton}</ButtonLink>
          <Button variant="secondary" onClick={reset}>
            {t.nav.startOver}
          </Button>
        </>
      ) : (
        <ButtonLink href={`/${locale}/steps/${stepIds[0]}`}>{t.start.startButton}</ButtonLink>
      )}
      <Link href={`/${locale}/import`}>{t.start.importLink}</Link>
      <Link href={`/${locale}/triage`}>{t.triage.link}</Link>
    </div>
  );
}
