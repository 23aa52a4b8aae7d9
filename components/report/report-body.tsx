"use client";

import { EvidenceList } from "@/components/live/evidence-list";
import { useI18n } from "@/components/ui/i18n-provider";
import { owners } from "@/lib/catalogue/checks";
import type { CheckResult } from "@/lib/catalogue/present";
import { format } from "@/lib/i18n/format";
import type { ProbeEvidence } from "@/lib/probes/types";
import { resultsByOwner } from "@/lib/report/counts";
import { ResultCard } from "./result-card";

/** The report's body, as on /[lang]/report: per owner worst first, passed checks collapsed, then the evidence. */
export function ReportBody({
  results,
  evidence,
  cannotExplain,
}: {
  results: CheckResult[];
  evidence: readonly ProbeEvidence[];
  cannotExplain?: ReadonlySet<string>;
}) {
  const { t } = useI18n();
  const grouped = resultsByOwner(results);
  const passed = results.filter((result) => result.status === "pass");
  return (
    <>
      <h2 className="mb-4 text-2xl font-bold">{t.report.byOwner}</h2>
      {owners.map((owner) => (
        <section key={owner} aria-labelledby={`owner-${owner}`} className="mb-10" data-owner={owner}>
          <h3 id={`owner-${owner}`} className="text-xl font-bold">
            {t.report.owners[owner]}
          </h3>
          <p className="mb-4 text-muted">{t.report.ownerIntro[owner]}</p>
          {grouped[owner].length === 0 ? (
            <p>{t.report.nothingForOwner}</p>
          ) : (
            <ol className="space-y-4">
              {grouped[owner].map((result, index) => (
                <li key={`${result.check}-${result.cause ?? "pass"}-${result.target ?? ""}-${index}`}>
                  <ResultCard
                    result={result}
                    note={result.cause && cannotExplain?.has(result.cause) ? t.symptom.report.cannotExplain : undefined}
                  />
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
      <details className="mb-8 border-t border-line pt-4">
        <summary className="cursor-pointer text-xl font-bold">
          {format(t.report.passed, { count: passed.length })}
        </summary>
        <ul className="mt-4 space-y-4">
          {passed.map((result, index) => (
            <li key={`${result.check}-${result.target ?? ""}-${index}`}>
              <ResultCard result={result} />
            </li>
          ))}
        </ul>
      </details>
      {evidence.length > 0 ? <EvidenceList evidence={evidence} /> : null}
    </>
  );
}
