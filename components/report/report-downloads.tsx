"use client";

import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/ui/i18n-provider";
import type { CaseFile } from "@/lib/case/schema";
import type { CheckResult } from "@/lib/catalogue/present";
import { download } from "@/lib/report/download";
import type { ReportMeta } from "@/lib/report/export";

// The exports (and the triage they read the error text with) are loaded when a download is asked for.
const loadExport = () => import("@/lib/report/export");

/** The report as Markdown and as JSON, named by when it was generated: the same on the report and a shared one. */
export function ReportDownloads({ file, results, meta }: { file: CaseFile; results: CheckResult[]; meta: ReportMeta }) {
  const { t } = useI18n();
  const stamp = meta.generatedAt.slice(0, 19).replace(/[:T]/g, "-");
  return (
    <>
      <Button
        variant="secondary"
        onClick={async () => {
          const { toMarkdown } = await loadExport();
          download(`ece-oauth-report-${stamp}.md`, "text/markdown", toMarkdown(file, results, meta, t));
        }}
      >
        {t.report.exportMarkdown}
      </Button>
      <Button
        variant="secondary"
        onClick={async () => {
          const { toReportFile } = await loadExport();
          download(
            `ece-oauth-report-${stamp}.json`,
            "application/json",
            JSON.stringify(toReportFile(file, results, meta), null, 2),
          );
        }}
      >
        {t.report.exportJson}
      </Button>
    </>
  );
}
