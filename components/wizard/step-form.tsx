"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useI18n } from "@/components/ui/i18n-provider";
import { Button } from "@/components/ui/button";
import type { FieldError } from "@/lib/case/fields";
import { format } from "@/lib/i18n/format";
import { applicableFields, nextStep, previousStep, stepApplies, stepDef, stepsRuledOut, validateStep, type StepId } from "@/lib/wizard/steps";
import { symptomOf } from "@/lib/case/draft";
import { symptomText } from "@/lib/symptoms/symptom-text";
import { Field, fieldText } from "./field";
import { StepIntro } from "./step-intro";
import { StepList } from "./step-list";
import { useHydrated, useWizard } from "./wizard-provider";
import type { LiveGroup } from "@/components/live/live-checks";
import type { Secrets } from "@/lib/wizard/store";

const liveGroupOf: Partial<Record<StepId, LiveGroup>> = { network: "network", "azure-secret": "entra", token: "mail" };

// The token step's sign-in panels carry MSAL: loaded on that step only, never in the other steps' bundles.
const TokenStep = dynamic(() => import("@/components/token/token-step"), { ssr: false });
// Only the network, Entra and mailbox steps offer live checks: the other steps do not load them.
const LiveChecks = dynamic(() => import("@/components/live/live-checks").then((module) => module.LiveChecks), { ssr: false });

const secretName = (id: "secrets.clientSecret" | "secrets.accessToken") => (id === "secrets.clientSecret" ? "clientSecret" : "accessToken");

function nonEmpty(secrets: Secrets): Partial<Secrets> {
  return Object.fromEntries(Object.entries(secrets).filter(([, value]) => value.trim() !== "")) as Partial<Secrets>;
}

export function StepForm({ step, returnTo }: { step: StepId; returnTo: "check-answers" | null }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const hydrated = useHydrated();
  const draft = useWizard((state) => state.draft);
  const secrets = useWizard((state) => state.secrets);
  const setField = useWizard((state) => state.setField);
  const setSecret = useWizard((state) => state.setSecret);
  const markVisited = useWizard((state) => state.markVisited);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const title = t.steps[step].title;
  // A step the symptom leaves out can still be opened from the checklist and answered.
  const ruledOut = stepsRuledOut(draft).includes(step);
  const symptom = symptomOf(draft);
  const shownFields = ruledOut ? stepDef(step).fields : applicableFields(step, draft);

  useEffect(() => {
    document.title = `${errors.length > 0 ? t.meta.errorPrefix : ""}${title} – ${t.meta.titleSuffix}`;
  }, [errors.length, title, t]);

  const stepHref = (id: StepId | null) => (id === null || returnTo ? `/${locale}/check-answers` : `/${locale}/steps/${id}`);
  const back = returnTo ? `/${locale}/check-answers` : previousStep(step, draft);
  const backHref = back === null ? `/${locale}` : back.startsWith("/") ? back : `/${locale}/steps/${back}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateStep(step, draft);
    setErrors(found);
    setAttempt((count) => count + 1);
    if (found.length > 0) return;
    markVisited(step);
    router.push(stepHref(nextStep(step, draft)));
  }

  const messageFor = (error: FieldError) => format(t.errors[error.key], { field: fieldText(t, error.field).label });
  const errorOf = (id: string) => errors.find((error) => error.field === id);

  if (hydrated && !stepApplies(step, draft) && !ruledOut) {
    return (
      <main id="main" tabIndex={-1}>
        <h1 className="mb-6 text-3xl font-bold">{title}</h1>
        <p className="mb-6">{t.stepList.todo}</p>
        <Link href={stepHref(nextStep(step, draft))}>{t.nav.continue}</Link>
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
          <h1 className="mb-6 text-3xl font-bold">{title}</h1>
          {hydrated && ruledOut && symptom ? (
            <p className="mb-6 border-l-4 border-brand bg-slate-50 p-3" data-testid="ruled-out-note">
              {format(t.symptom.ruledOutStep, { symptom: symptomText(t, symptom) })}
            </p>
          ) : null}
          <StepIntro step={step} draft={draft} />
          {hydrated && step === "token" ? <TokenStep /> : null}
          {hydrated ? (
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
                  <Field key={id} id={id} value={draft[id]} error={errorOf(id) && messageFor(errorOf(id)!)} onChange={(value) => setField(id, value)} />
                ),
              )}
              <Button type="submit">{t.nav.continue}</Button>
            </form>
          ) : (
            <p aria-busy="true" className="text-muted">
              …
            </p>
          )}
          {hydrated && liveGroupOf[step] ? (
            <div className="mt-10">
              <LiveChecks group={liveGroupOf[step]} draft={draft} secrets={nonEmpty(secrets)} />
            </div>
          ) : null}
        </main>
      </div>
      <aside>
        <StepList current={step} />
      </aside>
    </div>
  );
}
