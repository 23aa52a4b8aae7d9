"use client";

import { useI18n } from "@/components/ui/i18n-provider";
import type { Status } from "@/lib/catalogue/checks";
import { type CheckResult, checkIdsOf } from "@/lib/catalogue/present";

const statusStyle: Record<Status, string> = {
  fail: "border-fail",
  warn: "border-warn",
  info: "border-info",
  skipped: "border-line",
  pass: "border-pass",
};

const badgeStyle: Record<Status, string> = {
  fail: "bg-fail text-white",
  warn: "bg-warn text-white",
  info: "bg-info text-white",
  skipped: "bg-slate-200 text-ink",
  pass: "bg-pass text-white",
};

/** A finding: its title first; the status beside it; the check and cause ids small, for support. `note` says why it cannot explain the symptom. */
export function ResultCard({ result, note }: { result: CheckResult; note?: string }) {
  const { t } = useI18n();
  return (
    <article
      className={`break-words border-l-8 ${statusStyle[result.status]} bg-slate-50 p-4`}
      data-check={result.check}
      data-checks={checkIdsOf(result).join(" ")}
      data-cause={result.cause ?? ""}
      data-status={result.status}
    >
      <h4 className="mb-1 text-lg font-bold">{result.title}</h4>
      <p className="mb-2 text-sm">
        <span className={`rounded-sm px-2 py-0.5 font-bold ${badgeStyle[result.status]}`}>
          {t.report.status[result.status]}
        </span>
      </p>
      {note ? (
        <p className="mb-2 border-l-4 border-warn pl-2 text-sm" data-testid="cannot-explain">
          {note}
        </p>
      ) : null}
      {result.target ? (
        <p className="mb-2 text-sm">
          <span className="font-semibold">{t.report.target}:</span> {result.target}
        </p>
      ) : null}
      <p className="mb-2">
        <span className="font-semibold">{t.report.why}:</span> {result.why}
      </p>
      {result.fix.length > 0 ? (
        <div className="mb-2">
          <p className="font-semibold">{t.report.fix}:</p>
          <ol className="list-decimal space-y-1 pl-6">
            {result.fix.map((step) => (
              <li key={step} className="break-words">
                {step}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {result.status !== "pass" ? (
        <p className="mb-2 text-sm">
          <span className="font-semibold">{t.report.owner}:</span> {t.report.owners[result.owner]}
        </p>
      ) : null}
      <p className="mb-2 text-xs text-muted" data-testid="result-ids">
        {checkIdsOf(result).map((check, index) => (
          <code key={check} className={index > 0 ? "ml-2" : undefined}>
            {check}
          </code>
        ))}
        {result.cause ? <code className="ml-2">{result.cause}</code> : null}
      </p>
      {result.docs.length > 0 ? (
        <div className="text-sm">
          <p className="font-semibold">{t.report.docs}:</p>
          <ul className="list-disc pl-6">
            {result.docs.map((doc) => (
              <li key={doc.id}>
                <a href={doc.url} target="_blank" rel="noreferrer">
                  {t.docs[doc.id]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}
