"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { useClouds } from "@/components/ui/config-provider";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useI18n } from "@/components/ui/i18n-provider";
import { Link } from "@/components/ui/link";
import * as api from "@/lib/api/client";
import { type FieldId, textOf } from "@/lib/case/fields";
import { format } from "@/lib/i18n/format";
import { symptomText } from "@/lib/symptoms/symptom-text";
import { symptomOf } from "@/lib/wizard/draft";
import { applicableFields, applicableSteps, validateStep } from "@/lib/wizard/steps";
import type { Secrets } from "@/lib/wizard/store";
import { answerText } from "./answer-text";
import { fieldText } from "./field";
import { StepList } from "./step-list";
import { useDraftTextCauses } from "./use-draft-text-causes";
import { useHydrated, useWizard } from "./wizard-provider";

function given(secrets: Secrets): Partial<Secrets> | undefined {
  const entries = Object.entries(secrets).filter(([, value]) => value.trim() !== "");
  return entries.length > 0 ? (Object.fromEntries(entries) as Partial<Secrets>) : undefined;
}

export function CheckAnswers() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const hydrated = useHydrated();
  const draft = useWizard((state) => state.draft);
  const secrets = useWizard((state) => state.secrets);
  const textCauses = useDraftTextCauses(draft);
  const [live, setLive] = useState(false);
  const setDiagnosis = useWizard((state) => state.setDiagnosis);
  const [problems, setProblems] = useState<{ href: string; text: string }[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    document.title = `${problems.length > 0 ? t.meta.errorPrefix : ""}${t.check.title} – ${t.meta.titleSuffix}`;
  }, [problems.length, t]);

  const clouds = useClouds();
  const cloudLabel = (id: string) => clouds.find((cloud) => cloud.id === id)?.label;
  const order = applicableSteps(draft, textCauses);
  const symptom = symptomOf(draft);

  async function run() {
    setAttempt((count) => count + 1);
    const incomplete = order.filter((id) => validateStep(id, draft).length > 0);
    if (incomplete.length > 0) {
      setProblems(
        incomplete.map((id) => ({
          href: `/${locale}/steps/${id}?return=check-answers`,
          text: `${t.check.incomplete} ${t.steps[id].title}`,
        })),
      );
      return;
    }
    const { draftToCase } = await import("@/lib/wizard/draft-parse");
    const parsed = draftToCase(draft);
    if (!parsed.success) {
      setProblems([
        { href: "#main", text: format(t.check.failed, { message: parsed.error.issues[0]?.path.join(".") ?? "" }) },
      ]);
      return;
    }
    setRunning(true);
    try {
      const body = await api.diagnose({
        case: parsed.data,
        secrets: given(secrets),
        locale,
        ...(live ? { live: true } : {}),
      });
      setDiagnosis({
        findings: body.findings,
        at: new Date().toISOString(),
        ...(body.evidence?.length ? { evidence: body.evidence } : {}),
      });
      router.push(`/${locale}/report`);
    } catch (error) {
      setProblems([
        {
          href: "#run",
          text: format(t.check.failed, { message: error instanceof Error ? error.message : String(error) }),
        },
      ]);
      setRunning(false);
    }
  }

  return (
    <div className="grid gap-10 md:grid-cols-[1fr_16rem]">
      <main id="main" tabIndex={-1} className="min-w-0">
        <ErrorSummary title={t.errors.summaryTitle} errors={problems} focusKey={attempt} />
        <h1 className="mb-4 text-3xl font-bold">{t.check.title}</h1>
        <p className="mb-8">{t.check.intro}</p>
        {hydrated ? (
          <>
            <section className="mb-8" aria-labelledby="section-symptom">
              <h2 id="section-symptom" className="mb-2 text-xl font-bold">
                {t.symptom.yourSymptom}
              </h2>
              <dl className="border-t border-line">
                <AnswerRow id="symptom.id" href={`/${locale}#symptom`}>
                  {symptom ? symptomText(t, symptom) : t.symptom.notGiven}
                </AnswerRow>
                {textOf(draft["symptom.errorText"]) ? (
                  <AnswerRow
                    id="symptom.errorText"
                    href={`/${locale}#symptom`}
                    className="max-h-40 overflow-auto whitespace-pre-wrap break-words font-mono text-sm"
                  >
                    {textOf(draft["symptom.errorText"])}
                  </AnswerRow>
                ) : null}
              </dl>
            </section>
            {order.map((step) => (
              <section key={step} className="mb-8" aria-labelledby={`section-${step}`}>
                <h2 id={`section-${step}`} className="mb-2 text-xl font-bold">
                  {t.steps[step].title}
                </h2>
                <dl className="border-t border-line">
                  {applicableFields(step, draft).map((id) => (
                    <AnswerRow key={id} id={id} href={`/${locale}/steps/${step}?return=check-answers`}>
                      {id === "secrets.clientSecret" || id === "secrets.accessToken"
                        ? secrets[id === "secrets.clientSecret" ? "clientSecret" : "accessToken"]
                          ? t.check.secretGiven
                          : t.check.notProvided
                        : answerText(t, id, draft[id], cloudLabel)}
                    </AnswerRow>
                  ))}
                </dl>
              </section>
            ))}
            <div className="mb-6 flex items-start gap-3">
              <input
                id="live"
                type="checkbox"
                className="mt-1 size-5 shrink-0 accent-ink"
                checked={live}
                onChange={(event) => setLive(event.target.checked)}
                aria-describedby="live-hint live-what"
              />
              <div>
                <label htmlFor="live" className="cursor-pointer font-semibold">
                  {t.check.live}
                </label>
                <p id="live-hint" className="text-muted">
                  {t.check.liveHint}
                </p>
                <p id="live-what" className="mt-1 max-w-2xl" data-testid="live-what">
                  {t.check.liveWhat}
                </p>
              </div>
            </div>
            <Button id="run" type="button" onClick={run} disabled={running}>
              {running ? t.check.running : t.check.submit}
            </Button>
          </>
        ) : (
          <p aria-busy="true">…</p>
        )}
      </main>
      {/* The checklist comes with the answers it reflects: shown earlier, it would move down under them (layout shift). */}
      {hydrated ? (
        <aside>
          <StepList current="check-answers" />
        </aside>
      ) : null}
    </div>
  );
}

function AnswerRow({
  id,
  href,
  className = "whitespace-pre-line [overflow-wrap:anywhere]",
  children,
}: {
  id: FieldId;
  href: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const label = fieldText(t, id).label;
  return (
    <div
      className="grid gap-1 border-b border-line py-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_6rem] sm:gap-4"
      data-answer-row={id}
    >
      <dt className="font-semibold">{label}</dt>
      <dd className={className} data-field={id}>
        {children}
      </dd>
      <dd>
        <Link href={href}>
          {t.nav.change}
          <span className="sr-only"> {label}</span>
        </Link>
      </dd>
    </div>
  );
}
