"use client";

import { type FormEvent, useEffect, useState } from "react";
import { SignInLogsPanel } from "@/components/evidence/lazy-panels";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useI18n } from "@/components/ui/i18n-provider";
import { Link } from "@/components/ui/link";
import * as api from "@/lib/api/client";
import type { TriageResponse } from "@/lib/api/contract";
import { format } from "@/lib/i18n/format";
import { stepIds } from "@/lib/wizard/step-table";
import type { TriageMatches } from "./triage-matches";

type Answer = { matches: TriageResponse["matches"]; Matches: typeof TriageMatches };

export function TriageForm() {
  const { locale, t } = useI18n();
  const text = t.triage;
  const [value, setValue] = useState("");
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${errors.length > 0 ? t.meta.errorPrefix : ""}${text.title} – ${t.meta.titleSuffix}`;
  }, [errors.length, t, text.title]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (value.trim() === "") {
      setErrors([text.empty]);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      // The findings' cards and the catalogue they read load with the answer, not with the page.
      const [body, view] = await Promise.all([api.triage({ text: value, locale }), import("./triage-matches")]);
      setAnswer({ matches: body.matches, Matches: view.TriageMatches });
    } catch (error) {
      setErrors([format(text.failed, { message: error instanceof Error ? error.message : String(error) })]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" tabIndex={-1} className="max-w-3xl">
      <ErrorSummary
        title={t.errors.summaryTitle}
        focusKey={attempt}
        errors={errors.map((message) => ({ href: "#triage-text", text: message }))}
      />
      <h1 className="mb-4 text-3xl font-bold">{text.title}</h1>
      <p className="mb-6">{text.intro}</p>
      <form noValidate onSubmit={submit} aria-label={text.title}>
        <label htmlFor="triage-text" className="block text-lg font-bold">
          {text.label}
        </label>
        <p id="triage-hint" className="mt-1 text-muted">
          {text.hint}
        </p>
        <textarea
          id="triage-text"
          rows={10}
          spellCheck={false}
          aria-describedby="triage-hint"
          className="mb-6 mt-1 block w-full border-2 border-ink p-2 font-mono text-sm"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <Button type="submit" disabled={busy}>
          {busy ? text.running : text.submit}
        </Button>
      </form>
      <div aria-live="polite" className="mt-8">
        {answer === null ? null : answer.matches.length === 0 ? (
          <div data-testid="triage-none">
            <p className="mb-2">{text.none}</p>
            <p className="mb-2">{text.nonePasteIntro}</p>
            <ul className="mb-4 list-disc pl-6">
              {text.nonePaste.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <Link href={`/${locale}/steps/${stepIds[0]}`} className="underline">
              {text.noneChecklist}
            </Link>
          </div>
        ) : (
          <answer.Matches matches={answer.matches} />
        )}
      </div>
      <SignInLogsPanel />
    </main>
  );
}
