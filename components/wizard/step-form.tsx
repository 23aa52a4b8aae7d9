"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useI18n } from "@/components/ui/i18n-provider";
import { Link } from "@/components/ui/link";
import type { FieldError } from "@/lib/case/fields";
import { textOf } from "@/lib/case/fields";
import { powershellOfStep } from "@/lib/evidence/steps";
import { format } from "@/lib/i18n/format";
import { symptomText } from "@/lib/symptoms/symptom-text";
import { symptomOf } from "@/lib/wizard/draft";
import { liveGroupOf, panelsOf } from "@/lib/wizard/step-panels";
import {
  applicableFields,
  missingPrerequisite,
  nextStep,
  previousStep,
  type StepId,
  stepApplies,
  stepDef,
  stepPosition,
  stepsRuledOut,
  validateStep,
} from "@/lib/wizard/steps";
import type { Secrets } from "@/lib/wizard/store";
import { Field, fieldErrorText } from "./field";
import { StepIntro } from "./step-intro";
import { StepList } from "./step-list";
import { useDraftTextCauses } from "./use-draft-text-causes";
import { useStepPanels } from "./use-step-panels";
import { useHydrated, useWizard } from "./wizard-provider";

const secretName = (id: "secrets.clientSecret" | "secrets.accessToken") =>
  id === "secrets.clientSecret" ? "clientSecret" : "accessToken";

function nonEmpty(secrets: Secrets): Partial<Secrets> {
  return Object.fromEntries(Object.entries(secrets).filter(([, value]) => value.trim() !== "")) as Partial<Secrets>;
}

// Set once a step page has shown in this tab's JavaScript: later step pages came by client-side navigation.
let movedWithinTab = false;
const loadedByBrowser = () => performance.getEntriesByType("navigation")[0]?.name === window.location.href;

export function StepForm({
  step,
  returnTo,
  neededFor,
}: {
  step: StepId;
  returnTo: "check-answers" | null;
  neededFor: StepId | null;
}) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const hydrated = useHydrated();
  const panels = useStepPanels(panelsOf(step));
  // The answers, the panels and the checklist appear together, so that nothing shown moves down (layout shift).
  const shown = hydrated && panels !== null;
  const {
    token: TokenStep,
    powershell: PowershellBox,
    live: LiveChecks,
    signInLogs: SignInLogsPanel,
    serverEvidence: ServerEvidence,
  } = panels ?? {};
  const draft = useWizard((state) => state.draft);
  const secrets = useWizard((state) => state.secrets);
  const setField = useWizard((state) => state.setField);
  const textCauses = useDraftTextCauses(draft);
  const setSecret = useWizard((state) => state.setSecret);
  const markVisited = useWizard((state) => state.markVisited);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const title = t.steps[step].title;
  // A step the symptom leaves out can still be opened from the checklist and answered.
  const ruledOut = stepsRuledOut(draft).includes(step);
  const symptom = symptomOf(draft);
  const shownFields = ruledOut ? stepDef(step).fields : applicableFields(step, draft);
  const position = stepPosition(step, draft, textCauses);
  const missing = hydrated ? missingPrerequisite(step, draft) : null;

  // Opened directly without what it needs (a bookmark, a typed URL): go to the first missing step and say why.
  useEffect(() => {
    if (missing) router.replace(`/${locale}/steps/${missing}?needed-for=${step}`);
  }, [missing, step, locale, router]);

  // GOV.UK's pattern for a new page in a single-page flow: focus its h1, so that screen readers start there and Tab
  // goes on to the first question. Not on a page the browser itself loaded (a reload, a bookmark): there the skip link
  // comes first as usual. The h1 is not a control: it gets no focus box (globals.css).
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new step's h1 takes focus, so the step re-runs it.
  useEffect(() => {
    if (!hydrated || missing) return;
    if (movedWithinTab || !loadedByBrowser()) heading.current?.focus();
    movedWithinTab = true;
  }, [hydrated, missing, step]);

  useEffect(() => {
    document.title = `${errors.length > 0 ? t.meta.errorPrefix : ""}${title} – ${t.meta.titleSuffix}`;
  }, [errors.length, title, t]);

  const stepHref = (id: StepId | null) =>
    id === null || returnTo ? `/${locale}/check-answers` : `/${locale}/steps/${id}`;
  const back = returnTo ? `/${locale}/check-answers` : previousStep(step, draft, textCauses);
  const backHref = back === null ? `/${locale}` : back.startsWith("/") ? back : `/${locale}/steps/${back}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateStep(step, draft);
    setErrors(found);
    setAttempt((count) => count + 1);
    if (found.length > 0) return;
    markVisited(step);
    router.push(stepHref(nextStep(step, draft, textCauses)));
  }

  const messageFor = (error: FieldError) => fieldErrorText(t, error);
  const errorOf = (id: string) => errors.find((error) => error.field === id);

  if (missing)
    return (
      <p aria-busy="true" className="text-muted">
        …
      </p>
    );

  if (hydrated && !stepApplies(step, draft) && !ruledOut) {
    return (
      <main id="main" tabIndex={-1}>
        <h1 ref={heading} tabIndex={-1} className="mb-6 text-3xl font-bold">
          {title}
        </h1>
        <p className="mb-6">{t.stepList.todo}</p>
        <Link href={stepHref(nextStep(step, draft, textCauses))}>{t.nav.continue}</Link>
      </main>
    );
  }

  return (
    <div className="grid gap-10 md:grid-cols-[1fr_16rem]">
      <div className="min-w-0">
        <Link href={backHref} className="no-print mb-6 inline-block">
          ‹ {t.nav.back}
        </Link>
        <main id="main" tabIndex={-1}>
          <ErrorSummary
            title={t.errors.summaryTitle}
            focusKey={attempt}
            errors={errors.map((error) => ({ href: `#${error.field}`, text: messageFor(error) }))}
          />
          {/* Its line is kept while the answers load, so that the title does not move down when it appears. */}
          {!shown ? (
            <p className="mb-1 text-lg" aria-hidden="true">
              &nbsp;
            </p>
          ) : position ? (
            <p className="mb-1 text-lg text-muted" data-testid="step-position">
              {format(t.stepList.stepOf, position)}
            </p>
          ) : null}
          <h1 ref={heading} tabIndex={-1} className="mb-6 text-3xl font-bold">
            {title}
          </h1>
          {shown && neededFor && neededFor !== step ? (
            <p
              className="mb-6 border-l-4 border-brand bg-slate-50 p-3 font-semibold"
              role="status"
              data-testid="needed-first"
            >
              {format(t.stepList.neededFirst, { step: t.steps[neededFor].title })}
            </p>
          ) : null}
          {shown && ruledOut && symptom ? (
            <p className="mb-6 border-l-4 border-brand bg-slate-50 p-3" data-testid="ruled-out-note">
              {format(t.symptom.ruledOutStep, { symptom: symptomText(t, symptom) })}
            </p>
          ) : null}
          <StepIntro step={step} draft={draft}>
            {shown && ServerEvidence ? <ServerEvidence decideAnswers /> : null}
          </StepIntro>
          {shown && TokenStep ? <TokenStep /> : null}
          {shown && PowershellBox
            ? (powershellOfStep[step] ?? []).map((command) => <PowershellBox key={command} command={command} />)
            : null}
          {shown ? (
            <form noValidate onSubmit={submit} aria-label={title}>
              {shownFields.map((id) =>
                id === "secrets.clientSecret" || id === "secrets.accessToken" ? (
                  <Field
                    key={id}
                    id={id}
                    value={secrets[secretName(id)]}
                    error={errorOf(id) && messageFor(errorOf(id)!)}
                    onChange={(value) => setSecret(secretName(id), String(value))}
                  />
                ) : (
                  <Field
                    key={id}
                    id={id}
                    value={draft[id]}
                    tenant={textOf(draft["azure.tenant"])}
                    error={errorOf(id) && messageFor(errorOf(id)!)}
                    onChange={(value) => setField(id, value)}
                  />
                ),
              )}
              {/* Live checks come before Continue, where they cannot be missed; their buttons do not submit. */}
              {liveGroupOf[step] && LiveChecks ? (
                <div className="mb-8">
                  <LiveChecks group={liveGroupOf[step]} draft={draft} secrets={nonEmpty(secrets)} />
                </div>
              ) : null}
              <Button type="submit">{t.nav.continue}</Button>
            </form>
          ) : (
            <p aria-busy="true" className="text-muted">
              …
            </p>
          )}
          {shown && SignInLogsPanel ? <SignInLogsPanel /> : null}
        </main>
      </div>
      {shown ? (
        <aside>
          <StepList current={step} />
        </aside>
      ) : null}
    </div>
  );
}
