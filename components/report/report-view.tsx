"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/ui/i18n-provider";
import { Link } from "@/components/ui/link";
import { useCatalogueText } from "@/components/ui/use-catalogue-text";
import { useHydrated, useWizard } from "@/components/wizard/wizard-provider";
import type { draftToCase } from "@/lib/wizard/draft-parse";
import type { ReportContent } from "./report-content";

type Loaded = { parsed: ReturnType<typeof draftToCase>; Content: typeof ReportContent };

export function ReportView({ toolVersion }: { toolVersion: string }) {
  const { locale, t } = useI18n();
  const hydrated = useHydrated();
  const draft = useWizard((state) => state.draft);
  const diagnosis = useWizard((state) => state.diagnosis);
  // The report's code, the catalogue texts and the case schema (to check the answers that the downloads and the share
  // link carry) load together, and only when the tab holds a report: an empty report page loads none of them.
  const hasDiagnosis = diagnosis !== null;
  const textReady = useCatalogueText(locale, hasDiagnosis);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!hasDiagnosis) return;
    let current = true;
    void Promise.all([import("@/lib/wizard/draft-parse"), import("./report-content")]).then(
      ([parse, content]) => current && setLoaded({ parsed: parse.draftToCase(draft), Content: content.ReportContent }),
    );
    return () => {
      current = false;
    };
  }, [draft, hasDiagnosis]);

  if (!hydrated || (diagnosis && (!textReady || !loaded)))
    return (
      <main id="main" tabIndex={-1} aria-busy="true">
        <h1 className="mb-4 text-3xl font-bold">{t.report.title}</h1>
      </main>
    );

  if (!diagnosis || !loaded?.parsed.success) {
    return (
      <main id="main" tabIndex={-1}>
        <h1 className="mb-4 text-3xl font-bold">{t.report.title}</h1>
        <p className="mb-4">{t.report.noResults}</p>
        <Link href={`/${locale}/check-answers`}>{t.report.goToCheck}</Link>
      </main>
    );
  }

  return <loaded.Content file={loaded.parsed.data} diagnosis={diagnosis} toolVersion={toolVersion} />;
}
