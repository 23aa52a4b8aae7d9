"use client";

import { useMemo } from "react";
import { ServerEvidence, SignInLogsPanel } from "@/components/evidence/lazy-panels";
import { ReportDownloads } from "@/components/report/report-downloads";
import { ShareLink } from "@/components/share/share-link";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/ui/i18n-provider";
import { Link } from "@/components/ui/link";
import { useWizard } from "@/components/wizard/wizard-provider";
import type { CaseFile } from "@/lib/case/schema";
import { type CheckResult, present } from "@/lib/catalogue/present";
import { mergeServerEvidence } from "@/lib/evidence-files/merge";
import { formatDateTime } from "@/lib/i18n/dates";
import { format } from "@/lib/i18n/format";
import { countByStatus } from "@/lib/report/counts";
import { download } from "@/lib/report/download";
import { cannotExplain } from "@/lib/report/next-steps";
import type { Diagnosis } from "@/lib/wizard/store";
import { MostLikelySection } from "./most-likely";
import { ReportBody } from "./report-body";

/** The report of a diagnosis, loaded by ReportView only when the tab holds one. */
export function ReportContent({
  file,
  diagnosis,
  toolVersion,
}: {
  file: CaseFile;
  diagnosis: Diagnosis;
  toolVersion: string;
}) {
  const { locale, t } = useI18n();
  const serverEvidence = useWizard((state) => state.serverEvidence);
  // What each ECE server's probe saw joins the wizard's own findings, named by server.
  const findings = useMemo(() => mergeServerEvidence(diagnosis.findings, serverEvidence), [diagnosis, serverEvidence]);
  const results: CheckResult[] = useMemo(() => findings.map((item) => present(item, locale)), [findings, locale]);
  const meta = { generatedAt: diagnosis.at, toolVersion, locale };
  const stamp = diagnosis.at.slice(0, 19).replace(/[:T]/g, "-");

  return (
    <main id="main" tabIndex={-1}>
      <h1 className="mb-2 text-3xl font-bold">{t.report.title}</h1>
      <p className="mb-4 text-muted">{format(t.report.generated, { date: formatDateTime(diagnosis.at, locale) })}</p>
      <MostLikelySection file={file} results={results} />
      <p className="mb-6 text-xl font-semibold" data-testid="report-summary">
        {format(t.report.summary, countByStatus(results))}
      </p>
      <div className="no-print mb-10 flex flex-wrap gap-3">
        <ReportDownloads file={file} results={results} meta={meta} />
        <Button
          variant="secondary"
          onClick={() => download(`ece-oauth-case-${stamp}.json`, "application/json", JSON.stringify(file, null, 2))}
        >
          {t.report.exportCase}
        </Button>
        <ShareLink file={file} findings={findings} results={results} meta={meta} />
        <Button variant="secondary" onClick={() => window.print()}>
          {t.report.print}
        </Button>
        <Link href={`/${locale}/check-answers`} className="self-center">
          {t.report.editAnswers}
        </Link>
      </div>
      <div className="no-print mb-10">
        <SignInLogsPanel onReport />
      </div>
      <ReportBody results={results} evidence={diagnosis.evidence ?? []} cannotExplain={cannotExplain(file)} />
      <ServerEvidence decideAnswers={false} />
    </main>
  );
}
