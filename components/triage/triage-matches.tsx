"use client";

import { ResultCard } from "@/components/report/result-card";
import { useI18n } from "@/components/ui/i18n-provider";
import type { TriageResponse } from "@/lib/api/contract";
import { format } from "@/lib/i18n/format";

/** The errors a pasted text names, each with its line, excerpt and finding; loaded by TriageForm with the answer. */
export function TriageMatches({ matches }: { matches: TriageResponse["matches"] }) {
  const { t } = useI18n();
  return (
    <>
      <h2 className="mb-4 text-2xl font-bold">{format(t.triage.found, { count: matches.length })}</h2>
      <ol className="space-y-6">
        {matches.map((match) => (
          <li key={`${match.cause}-${match.line}`}>
            <p className="mb-1 text-sm text-muted">{format(t.triage.line, { line: match.line })}</p>
            <pre className="mb-2 overflow-x-auto bg-slate-100 p-2 text-xs" tabIndex={0}>
              {match.excerpt}
            </pre>
            <ResultCard result={match.result} />
          </li>
        ))}
      </ol>
    </>
  );
}
