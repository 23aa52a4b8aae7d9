"use client";

import { useI18n } from "@/components/ui/i18n-provider";
import { useTextCauses } from "@/components/ui/use-triage";
import type { CaseFile } from "@/lib/case/schema";
import { causeDef } from "@/lib/catalogue/causes";
import type { CheckResult } from "@/lib/catalogue/present";
import { catalogueText } from "@/lib/catalogue/text";
import { format } from "@/lib/i18n/format";
import { mostLikely } from "@/lib/report/most-likely";
import { type NextStep, nextSteps } from "@/lib/report/next-steps";
import { sourceLink } from "@/lib/symptoms/ranking";
import { symptomText } from "@/lib/symptoms/symptom-text";
import { ResultCard } from "./result-card";

/** The report's opening: the likely causes the checks confirmed, those not yet ruled out, and why they are likely. */
export function MostLikelySection({ file, results }: { file: CaseFile; results: CheckResult[] }) {
  const { locale, t } = useI18n();
  const fromText = useTextCauses(file.symptom?.errorText ?? "");
  const summary = mostLikely(file, results, fromText);
  if (!summary) return null;
  const text = t.symptom.report;
  const checks = catalogueText[locale].checks;
  const sources = summary.rule?.sources ?? [];
  const steps = nextSteps(file, results, fromText);

  return (
    <section
      aria-labelledby="most-likely-title"
      className="mb-10 border-l-4 border-fail pl-4"
      data-testid="most-likely"
    >
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
        <p className="mb-4 font-semibold" data-testid="most-likely-none">
          {text.noneConfirmed}
        </p>
      )}
      {steps.length > 0 ? (
        <>
          <h3 className="text-lg font-bold">{text.next}</h3>
          <ol className="mb-4 list-decimal space-y-3 pl-6" data-testid="most-likely-next">
            {steps.map((step) => (
              <li key={`${step.kind}-${"step" in step ? step.step : ""}`} data-kind={step.kind}>
                <NextStepItem step={step} />
              </li>
            ))}
          </ol>
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

const buttonClass = "inline-block border-2 border-ink bg-white px-3 py-1 text-sm font-semibold no-underline";

/** One next action: what to run (with a button to the live checks), where to look, what to paste or which step to answer. */
function NextStepItem({ step }: { step: NextStep }) {
  const { locale, t } = useI18n();
  const text = t.symptom.report;
  const ids = (
    <span className="block text-sm text-muted">
      {text.decides}{" "}
      {step.causes.map((cause) => (
        <code key={cause} className="mr-2">
          {cause}
        </code>
      ))}
    </span>
  );
  switch (step.kind) {
    case "run":
      return (
        <>
          <p>{text.run[step.group]}</p>
          <a className={buttonClass} href={`/${locale}/steps/${step.step}`} data-testid="next-run">
            {text.runButton}
          </a>
          {ids}
        </>
      );
    case "look":
      return (
        <>
          <p>{format(text.look, { account: step.account, clientId: step.clientId })}</p>
          {ids}
        </>
      );
    case "paste":
      return (
        <>
          <p>{text.paste}</p>
          <a className={buttonClass} href={`/${locale}/triage`}>
            {text.pasteButton}
          </a>
          {ids}
        </>
      );
    case "answer":
      return (
        <>
          <p>{format(text.answer, { step: t.steps[step.step].title })}</p>
          <a className={buttonClass} href={`/${locale}/steps/${step.step}`}>
            {text.answerButton}
          </a>
          {ids}
        </>
      );
  }
}
