"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useI18n } from "@/components/ui/i18n-provider";
import { Link } from "@/components/ui/link";
import { useCatalogueText } from "@/components/ui/use-catalogue-text";
import { useTriage } from "@/components/ui/use-triage";
import { type FieldError, textOf } from "@/lib/case/fields";
import type * as PresentMatch from "@/lib/triage/present-match";
import { firstIncompleteStep } from "@/lib/wizard/steps";
import { Field, fieldErrorText } from "./field";
import { useHydrated, useWizard } from "./wizard-provider";

/** The start page's first question: what the admin sees decides which steps come first. */
export function SymptomForm() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const hydrated = useHydrated();
  const draft = useWizard((state) => state.draft);
  const setField = useWizard((state) => state.setField);
  const reset = useWizard((state) => state.reset);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [showText, setShowText] = useState(false);
  const text = t.symptom;
  const started = hydrated && Object.keys(draft).some((id) => !id.startsWith("symptom."));
  const symptom = textOf(draft["symptom.id"]);
  const errorText = textOf(draft["symptom.errorText"]);
  const textReady = useCatalogueText(locale, errorText !== "");
  // What the pasted text names is explained from the catalogue, loaded once there is text to explain.
  const [explain, setExplain] = useState<typeof PresentMatch | null>(null);
  useEffect(() => {
    if (errorText !== "" && explain === null) void import("@/lib/triage/present-match").then(setExplain);
  }, [errorText, explain]);
  const triage = useTriage(errorText);
  const named =
    hydrated && textReady && explain && triage
      ? triage.triage(errorText).matches.map((match) => explain.presentMatch(match, locale))
      : [];

  useEffect(() => {
    document.title = `${errors.length > 0 ? t.meta.errorPrefix : ""}${t.appName}`;
  }, [errors.length, t]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldError[] = symptom === "" ? [{ field: "symptom.id", key: "choose" }] : [];
    setErrors(found);
    setAttempt((count) => count + 1);
    if (found.length > 0) return;
    const next = firstIncompleteStep(draft, triage ? triage.causesNamedIn(errorText) : []);
    router.push(next === null ? `/${locale}/check-answers` : `/${locale}/steps/${next}`);
  }

  if (!hydrated)
    return (
      <p aria-busy="true" className="text-muted">
        …
      </p>
    );

  const messageFor = (error: FieldError) => fieldErrorText(t, error);
  const errorOf = (id: string) => errors.find((error) => error.field === id);

  return (
    <div id="symptom">
      <ErrorSummary
        title={t.errors.summaryTitle}
        focusKey={attempt}
        errors={errors.map((error) => ({ href: `#${error.field}`, text: messageFor(error) }))}
      />
      <form noValidate onSubmit={submit} aria-label={text.question}>
        <Field
          id="symptom.id"
          value={draft["symptom.id"]}
          error={errorOf("symptom.id") && messageFor(errorOf("symptom.id")!)}
          onChange={(value) => setField("symptom.id", value)}
        />
        {symptom === "stopped" ? (
          <div className="mb-6 border-l-4 border-line pl-4">
            <Field
              id="symptom.stoppedAfter"
              value={draft["symptom.stoppedAfter"]}
              onChange={(value) => setField("symptom.stoppedAfter", value)}
            />
          </div>
        ) : null}
        <details
          className="mb-6"
          open={showText || errorText !== ""}
          onToggle={(event) => setShowText(event.currentTarget.open)}
        >
          <summary className="cursor-pointer font-semibold">{text.errorTextSummary}</summary>
          <div className="mt-3">
            <p className="mb-2 text-muted">{text.errorTextHint}</p>
            <Field
              id="symptom.errorText"
              value={draft["symptom.errorText"]}
              onChange={(value) => setField("symptom.errorText", value)}
            />
            {named.length > 0 ? (
              <div aria-live="polite" data-testid="symptom-text-causes">
                <p className="font-semibold">{text.textNames}</p>
                <ul className="list-disc pl-6">
                  {named.map((result) => (
                    <li key={result.cause}>
                      {result.title} <code className="text-sm text-muted">{result.cause}</code>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        </details>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{started ? t.start.resumeButton : t.start.startButton}</Button>
          {started ? (
            <Button variant="secondary" onClick={reset}>
              {t.nav.startOver}
            </Button>
          ) : null}
          <Link href={`/${locale}/import`}>{t.start.importLink}</Link>
          <Link href={`/${locale}/triage`}>{t.triage.link}</Link>
        </div>
      </form>
    </div>
  );
}
