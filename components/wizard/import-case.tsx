"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useI18n } from "@/components/ui/i18n-provider";
import { issueMessage } from "@/lib/case/issue-text";
import { decodeTextFile, locateJsonError } from "@/lib/case/json-errors";
import { format } from "@/lib/i18n/format";
import { caseToDraft } from "@/lib/wizard/draft";
import { useWizard } from "./wizard-provider";

const maxBytes = 256 * 1024;

export function ImportCase() {
  const { locale, t } = useI18n();
  const router = useRouter();
  const loadDraft = useWizard((state) => state.loadDraft);
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    document.title = `${errors.length > 0 ? t.meta.errorPrefix : ""}${t.importCase.title} – ${t.meta.titleSuffix}`;
  }, [errors.length, t]);

  function fail(messages: string[]) {
    setErrors(messages);
    setAttempt((count) => count + 1);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void check();
  }

  // The case schema is loaded when a file is imported, not with the page.
  async function check() {
    if (text.trim() === "") return fail([t.importCase.empty]);
    if (new Blob([text]).size > maxBytes) return fail([t.importCase.tooLarge]);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // JSON.parse's own message differs per browser and gives at most a character offset: say where, in words.
      const where = locateJsonError(text);
      const problem = where
        ? format(t.importCase.jsonAt, {
            line: where.line,
            column: where.column,
            problem: t.importCase.jsonProblems[where.problem],
          })
        : t.importCase.jsonProblems.other;
      return fail([format(t.importCase.invalidJson, { message: problem })]);
    }
    const { caseIssues, caseSchema } = await import("@/lib/case/schema");
    const parsed = caseSchema.safeParse(json);
    if (!parsed.success) return fail(caseIssues(parsed.error).map((issue) => issueMessage(issue, t.errors)));
    loadDraft(caseToDraft(parsed.data));
    router.push(`/${locale}/check-answers`);
  }

  return (
    <main id="main" tabIndex={-1} className="max-w-3xl">
      <ErrorSummary
        title={t.errors.summaryTitle}
        focusKey={attempt}
        errors={errors.map((message) => ({ href: "#case-text", text: message }))}
      />
      <h1 className="mb-4 text-3xl font-bold">{t.importCase.title}</h1>
      <p className="mb-6">{t.importCase.intro}</p>
      <form noValidate onSubmit={submit} aria-label={t.importCase.title}>
        <div className={`mb-6 ${errors.length > 0 ? "border-l-4 border-fail pl-4" : ""}`}>
          <label htmlFor="case-text" className="block text-lg font-bold">
            {t.importCase.paste}
          </label>
          <textarea
            id="case-text"
            rows={12}
            spellCheck={false}
            aria-invalid={errors.length > 0 || undefined}
            className="mt-1 block w-full border-2 border-ink p-2 font-mono text-sm"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="mb-6">
          <label htmlFor="case-file" className="block text-lg font-bold">
            {t.importCase.upload}
          </label>
          <input
            id="case-file"
            type="file"
            accept="application/json,.json"
            className="mt-1 block max-w-full"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              if (file.size > maxBytes) return fail([t.importCase.tooLarge]);
              const content = decodeTextFile(await file.arrayBuffer());
              if (content === null) return fail([format(t.importCase.notText, { name: file.name })]);
              setErrors([]);
              setText(content);
            }}
          />
        </div>
        <Button type="submit">{t.importCase.submit}</Button>
      </form>
    </main>
  );
}
