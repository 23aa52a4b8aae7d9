"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/ui/i18n-provider";
import { useWizard } from "@/components/wizard/wizard-provider";
import { type FieldId, splitLines, textOf } from "@/lib/case/fields";
import { evidenceJson, evidenceOfDraft } from "@/lib/evidence/draft-evidence";
import { todayUtc } from "@/lib/evidence/evidence-field";
import { addRecords, answersFrom, commandFor, readPowershell } from "@/lib/evidence/powershell";
import type { PowershellCommand } from "@/lib/evidence/schema";
import { format } from "@/lib/i18n/format";

type Message = { kind: "error" | "done"; text: string };

export function PowershellBox({ command }: { command: PowershellCommand }) {
  const { locale, t } = useI18n();
  const text = t.evidence.powershell;
  const id = useId().replace(/:/g, "");
  const draft = useWizard((state) => state.draft);
  const setField = useWizard((state) => state.setField);
  const mailboxes = splitLines(textOf(draft["mail.mailboxes"]));
  const delegate = textOf(draft["mail.signInAccount"]);
  const [chosen, setChosen] = useState(mailboxes[0] ?? "");
  const [output, setOutput] = useState("");
  const [message, setMessage] = useState<Message | null>(null);
  const perMailbox = command !== "Get-TransportConfig";
  const mailbox = mailboxes.includes(chosen) ? chosen : (mailboxes[0] ?? "");
  const evidence = evidenceOfDraft(draft);
  const recorded = evidence.powershell.filter((record) => record.command === command);

  function use() {
    const reading = readPowershell(command, output, {
      mailboxes,
      delegate: delegate || null,
      today: todayUtc(),
      chosenMailbox: mailbox,
    });
    if (!reading.ok) {
      const template = text[reading.error];
      return setMessage({
        kind: "error",
        text: format(template, { command, found: reading.found ?? "", mailboxes: mailboxes.join(", "), delegate }),
      });
    }
    const records = addRecords(evidence.powershell, reading.records);
    setField("evidence", evidenceJson({ ...evidence, powershell: records }));
    const retrieval = textOf(draft["mail.retrieval"]) === "pop3" ? "pop3" : "imap";
    const answers = answersFrom(records, { mailboxes, retrieval, delegate: delegate || null });
    const filled = Object.entries(answers) as [FieldId, string][];
    for (const [field, value] of filled) setField(field, value);
    const labels = filled.map(([field, value]) => {
      const fieldText = t.fields[field] as { label: string; options?: Record<string, string> };
      return `${fieldText.label} ${fieldText.options?.[value] ?? value}`;
    });
    setMessage({
      kind: "done",
      text: format(text.used, {
        command,
        count: reading.records.length,
        answers: labels.length > 0 ? format(text.answered, { fields: labels.join("; ") }) : text.notAnswered,
      }),
    });
  }

  const day = (iso: string) =>
    new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale === "it" ? "it-IT" : "en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="mb-8 border-l-4 border-slate-300 pl-4"
      data-testid={`powershell-${command}`}
    >
      <h2 id={`${id}-heading`} className="mb-2 text-xl font-bold">
        {text.heading}: {command}
      </h2>
      <p className="mb-3">{command === "Get-MgUserLicenseDetail" ? text.graph : text.exchange}</p>
      {perMailbox && mailboxes.length > 1 ? (
        <div className="mb-3">
          <label htmlFor={`${id}-mailbox`} className="block font-semibold">
            {text.mailbox}
          </label>
          <select
            id={`${id}-mailbox`}
            className="mt-1 border-2 border-ink px-2 py-1"
            value={mailbox}
            onChange={(event) => setChosen(event.target.value)}
          >
            {mailboxes.map((address) => (
              <option key={address} value={address}>
                {address}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <pre
        className="mb-3 overflow-x-auto whitespace-pre-wrap break-all bg-slate-100 p-3 font-mono text-sm"
        data-testid="powershell-command"
      >
        {commandFor(command, mailbox, delegate)}
      </pre>
      <label htmlFor={`${id}-output`} className="block font-semibold">
        {format(text.output, { command })}
      </label>
      <p id={`${id}-hint`} className="mt-1 text-muted">
        {text.outputHint}
      </p>
      <textarea
        id={`${id}-output`}
        rows={6}
        spellCheck={false}
        className="mt-1 block w-full max-w-2xl border-2 border-ink px-2 py-1.5 font-mono text-sm"
        value={output}
        aria-describedby={[`${id}-hint`, message ? `${id}-message` : ""].filter(Boolean).join(" ")}
        onChange={(event) => setOutput(event.target.value)}
      />
      <Button variant="secondary" className="mt-3" onClick={use}>
        {text.use}
      </Button>
      {message ? (
        <p
          id={`${id}-message`}
          role={message.kind === "error" ? "alert" : "status"}
          className={`mt-2 ${message.kind === "error" ? "font-bold text-fail" : ""}`}
          data-testid="powershell-message"
        >
          {message.text}
        </p>
      ) : null}
      {recorded.length > 0 ? (
        <div className="mt-3">
          <h3 className="font-semibold">{text.recorded}</h3>
          <ul className="list-disc pl-6" data-testid="powershell-recorded">
            {recorded.map((record) => (
              <li key={`${record.mailbox ?? ""}-${record.values.User ?? ""}`}>
                {[record.mailbox, format(text.record, { command: record.command, date: day(record.pastedOn) })]
                  .filter(Boolean)
                  .join(": ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
