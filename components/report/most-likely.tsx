"use client";

import { useI18n } from "@/components/ui/i18n-provider";
import { symptomText } from "@/lib/symptoms/symptom-text";
import type { CaseFile } from "@/lib/case/schema";
import { causeDef } from "@/lib/catalogue/causes";
import type { CheckResult } from "@/lib/catalogue/present";
import { catalogueText } from "@/lib/catalogue/text";
import { format } from "@/lib/i18n/format";
import { mostLikely } from "@/lib/report/most-likely";
import { sourceLink } from "@/lib/symptoms/ranking";
import { ResultCard } from "./result-card";

/** The report's opening: the likely causes the checks confirmed, those not yet ruled out, and why they are likely. */
export function MostLikelySection({ file, results }: { file: CaseFile; results: CheckResult[] }) {
  const { locale, t } = useI18n();
  const summary = mostLikely(file, results);
  if (!summary) return null;
  const text = t.symptom.report;
  const checks = catalogueText[locale].checks;
  const sources = summary.rule?.sources ?? [];

  return (
    <section aria-labelledby="most-likely-title" className="mb-10 border-l-4 border-fail pl-4" data-testid="most-likely">
      <h2 id="most-likely-title" className="mb-3 text-2xl font-bold">
        {text.heading}
      </h2>
      {summary.confirmed.length > 0 ? (
        <ol className="mb-6 space-y-4" aria-label={text.confirmed}>
          {summary.confirmed.map((result, index) => (
            <li key={`${result.check}-${result.cause ?? ""}-${result.target ?? ""}-${index}`}>
              <ResultCard result={result} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="mb-4 font-semibold">{text.noneConfirmed}</p>
      )}
      {summary.open.length > 0 ? (
        <>
          <h3 className="text-lg font-bold">{text.open}</h3>
          <p className="mb-1">{text.openHint}</p>
          <ul className="mb-4 list-disc pl-6" data-testid="most-likely-open">
            {summary.open.map((check) => (
              <li key={check}>
                {checks[check].name} <code className="text-sm text-muted">{check}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {summary.symptom && summary.rule ? (
        <p className="mb-2">
          {format(text.youSaid, { symptom: symptomText(t, summary.symptom) })} {t.symptom.reasons[summary.rule.reason]}
        </p>
      ) : null}
      {summary.fromText.length > 0 ? (
        <p className="mb-2">
          {t.symptom.textNames}{" "}
          {summary.fromText.map((cause, index) => (
            <span key={cause}>
              {index > 0 ? " · " : ""}
              {checks[causeDef(cause).check].name} <code className="text-sm text-muted">{cause}</code>
            </span>
          ))}
        </p>
      ) : null}
      {sources.length > 0 ? (
        <p className="text-sm">
          {t.symptom.sources}{" "}
          {sources.map((source, index) => {
            const link = sourceLink(source, locale);
            return (
              <span key={source}>
                {index > 0 ? " · " : ""}
                <a href={link.url} rel="noreferrer">
                  {link.doc ? t.docs[link.doc] : t.symptom.sourceNames["oracle-12532"]}
                </a>
              </span>
            );
          })}
        </p>
      ) : null}
    </section>
  );
}
