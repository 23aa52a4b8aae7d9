"use client";

import { useState } from "react";
import { ResultCard } from "@/components/report/result-card";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/ui/i18n-provider";
import { useCatalogueText } from "@/components/ui/use-catalogue-text";
import { useWizard } from "@/components/wizard/wizard-provider";
import { splitLines, textOf } from "@/lib/case/fields";
import { present } from "@/lib/catalogue/present";
import { draftHoldsSignInLogs, isIpAddress, todayUtc } from "@/lib/evidence/evidence-field";
import type { SignInEvidence } from "@/lib/evidence/schema";
import { SignInAccumulator } from "@/lib/evidence/sign-in-logs";
import { format } from "@/lib/i18n/format";
import type { Finding } from "@/lib/rules/types";

// The export reader (a CSV parser), the case schema and the sign-in rules are loaded when files are read: the panel
// sits on the triage page and the report, which show it from the start. They are loaded before anything is saved, so
// that saving stays synchronous: the evidence and the report's findings change in one render (an await between them
// lost the result).
const loadReading = () =>
  Promise.all([
    import("@/lib/evidence/read-sign-in-export"),
    import("@/lib/wizard/draft-parse"),
    import("@/lib/evidence/draft-evidence"),
  ]).then(([exports, parse, evidence]) => ({ ...exports, ...parse, ...evidence }));
type Reading = Awaited<ReturnType<typeof loadReading>>;

// The server addresses are the company's, not the export's: kept for this tab so they are asked once.
const serversKey = "ece-oauth-doctor/servers";

function storedServers(): { application: string; services: string } {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(serversKey) ?? "{}") as {
      application?: unknown;
      services?: unknown;
    };
    return {
      application: typeof parsed.application === "string" ? parsed.application : "",
      services: typeof parsed.services === "string" ? parsed.services : "",
    };
  } catch {
    return { application: "", services: "" };
  }
}

type Problem = { field: "sign-in-files" | "server-application" | "server-services"; text: string };

export function SignInLogsPanel({ onReport = false }: { onReport?: boolean }) {
  const { locale, t } = useI18n();
  const [found, setFound] = useState<Finding[]>([]);
  const textReady = useCatalogueText(locale, found.length > 0);
  const text = t.evidence.signIn;
  const draft = useWizard((state) => state.draft);
  const diagnosis = useWizard((state) => state.diagnosis);
  const setField = useWizard((state) => state.setField);
  const setDiagnosis = useWizard((state) => state.setDiagnosis);
  const [servers, setServers] = useState(storedServers);
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [progress, setProgress] = useState("");
  const [busy, setBusy] = useState(false);
  const clientId = textOf(draft["azure.clientId"]);
  const holdsSignInLogs = draftHoldsSignInLogs(draft);

  function changeServer(name: "application" | "services", value: string) {
    const next = { ...servers, [name]: value };
    setServers(next);
    sessionStorage.setItem(serversKey, JSON.stringify(next));
  }

  function save(signInLogs: SignInEvidence | null, reading: Reading) {
    const { draftToCase, draftToProbeCase, evidenceJson, withEvidenceFindings, signInFindings } = reading;
    const next = { ...reading.evidenceOfDraft(draft), signInLogs };
    setField("evidence", evidenceJson(next));
    // On the report, the findings change with the evidence and the rest of the diagnosis stays.
    if (onReport && diagnosis) {
      const parsed = draftToCase({ ...draft, evidence: evidenceJson(next) });
      if (parsed.success)
        setDiagnosis({ ...diagnosis, findings: withEvidenceFindings(diagnosis.findings, parsed.data) });
      return;
    }
    // On a step or the triage page the wizard may not be finished: the findings are shown here, from the answers so far.
    const partial = draftToProbeCase({ ...draft, evidence: evidenceJson(next) });
    setFound(partial.success ? signInFindings(partial.data) : []);
  }

  async function read() {
    setProgress("");
    if (clientId === "")
      return setProblem({ field: "sign-in-files", text: format(text.noApp, { step: t.steps["azure-app"].title }) });
    for (const name of ["application", "services"] as const) {
      if (servers[name].trim() !== "" && !isIpAddress(servers[name]))
        return setProblem({ field: `server-${name}`, text: format(text.badAddress, { field: text[name] }) });
    }
    if (files.length === 0) return setProblem({ field: "sign-in-files", text: text.noFile });
    setProblem(null);
    setBusy(true);
    const target = { clientId, tenant: textOf(draft["azure.tenant"]) };
    const accumulator = new SignInAccumulator(target);
    try {
      const reading = await loadReading();
      for (const file of files) {
        const result = await reading.readSignInFile(
          file,
          target,
          (rows) => setProgress(format(text.reading, { file: file.name, rows: rows.toLocaleString(locale) })),
          accumulator,
        );
        if (!result.ok) {
          const message =
            result.error === "notSignInLog"
              ? text.notSignInLog
              : result.error === "empty"
                ? text.empty
                : text.unreadable;
          setProgress("");
          return setProblem({
            field: "sign-in-files",
            text: format(message, {
              file: file.name,
              missing: (result.missing ?? []).map((name) => `“${name}”`).join(", "),
            }),
          });
        }
      }
      const known = [
        ...splitLines(textOf(draft["mail.mailboxes"])),
        textOf(draft["mail.signInAccount"]),
        textOf(draft["mail.tokenSignedInAs"]),
      ].filter(Boolean);
      const summary = accumulator.finish({ ...target, knownAccounts: known, servers, today: todayUtc() });
      save(summary, reading);
      setProgress(
        format(text.done, {
          rows: summary.rows.toLocaleString(locale),
          matched: summary.matched.toLocaleString(locale),
          succeeded: summary.succeeded.toLocaleString(locale),
          groups: summary.groups.length,
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  const described = (id: Problem["field"], hint?: string) =>
    [hint, problem?.field === id ? `${id}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const errorLine = (id: Problem["field"]) =>
    problem?.field === id ? (
      <p id={`${id}-error`} role="alert" className="mt-1 font-bold text-fail">
        {problem.text}
      </p>
    ) : null;
  const input = "mt-1 block w-full max-w-md border-2 border-ink px-2 py-1.5 text-base";

  return (
    <section
      aria-labelledby="sign-in-logs-heading"
      className="mt-10 border-t-2 border-slate-200 pt-6"
      data-testid="sign-in-logs"
    >
      <h2 id="sign-in-logs-heading" className="mb-3 text-2xl font-bold">
        {text.heading}
      </h2>
      <p className="mb-3">{format(text.intro, { clientId: clientId || t.fields["azure.clientId"].label })}</p>
      <p className="mb-6 border-l-4 border-brand bg-slate-50 p-3" data-testid="sign-in-privacy">
        {text.privacy}
      </p>
      <fieldset className="mb-6">
        <legend className="text-lg font-bold">{text.servers}</legend>
        <p id="servers-hint" className="mt-1 text-muted">
          {text.serversHint}
        </p>
        {(["application", "services"] as const).map((name) => (
          <div key={name} className="mt-3">
            <label htmlFor={`server-${name}`} className="block font-semibold">
              {text[name]}
            </label>
            <input
              id={`server-${name}`}
              className={input}
              value={servers[name]}
              inputMode="decimal"
              autoComplete="off"
              aria-describedby={described(`server-${name}`, "servers-hint")}
              onChange={(event) => changeServer(name, event.target.value)}
            />
            {errorLine(`server-${name}`)}
          </div>
        ))}
      </fieldset>
      <label htmlFor="sign-in-files" className="block text-lg font-bold">
        {text.files}
      </label>
      <p id="sign-in-files-hint" className="mt-1 text-muted">
        {text.filesHint}
      </p>
      <input
        id="sign-in-files"
        type="file"
        multiple
        accept=".csv,.json,text/csv,application/json"
        className="mt-2 block w-full max-w-full"
        aria-describedby={described("sign-in-files", "sign-in-files-hint")}
        onChange={(event) => setFiles([...(event.target.files ?? [])])}
      />
      {errorLine("sign-in-files")}
      <div className="mt-4 flex flex-wrap gap-3">
        <Button onClick={read} disabled={busy} aria-disabled={busy}>
          {text.read}
        </Button>
        {holdsSignInLogs ? (
          <Button variant="secondary" onClick={async () => save(null, await loadReading())}>
            {text.forget}
          </Button>
        ) : null}
      </div>
      <p role="status" className="mt-3" data-testid="sign-in-progress">
        {progress}
      </p>
      {found.length > 0 && textReady ? (
        <ul className="mt-4 space-y-4" data-testid="sign-in-findings">
          {found.map((item, index) => (
            <li key={index}>
              <ResultCard result={present(item, locale)} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
