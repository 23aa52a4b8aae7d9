"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/ui/i18n-provider";
import { useWizard } from "@/components/wizard/wizard-provider";
import * as api from "@/lib/api/client";
import type { ProbeDownloadsResponse } from "@/lib/api/contract";
import { textOf } from "@/lib/case/fields";
import type { EvidenceFile } from "@/lib/evidence-files/format";
import { addEvidenceFile, networkAnswers } from "@/lib/evidence-files/merge";
import { type EvidenceProblem, readEvidenceFile } from "@/lib/evidence-files/read";
import { serverName } from "@/lib/evidence-files/server-text";
import { format } from "@/lib/i18n/format";

const roles = ["services", "application"] as const;

// Downloads of the probe with their sums and commands, and the evidence files each ECE server wrote. On the network
// step the evidence also answers the two "can the server reach Microsoft" questions.
export function ServerEvidence({ decideAnswers }: { decideAnswers: boolean }) {
  const { t, locale } = useI18n();
  const text = t.probe.files;
  const id = useId();
  const draft = useWizard((state) => state.draft);
  const files = useWizard((state) => state.serverEvidence);
  const setFiles = useWizard((state) => state.setServerEvidence);
  const setField = useWizard((state) => state.setField);
  const [manifest, setManifest] = useState<ProbeDownloadsResponse | "loading" | "failed">("loading");
  const [attempt, setAttempt] = useState(0);
  const [pasted, setPasted] = useState("");
  const [errors, setErrors] = useState<string[]>([]);

  const downloadsHeading = useRef<HTMLHeadingElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each attempt asks again
  useEffect(() => {
    let current = true;
    setManifest("loading");
    api.probeDownloads().then(
      (loaded) => current && setManifest(loaded),
      () => current && setManifest("failed"),
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  // Try again removes its own button: focus goes to where the answer is, not to the top of the page.
  useEffect(() => {
    if (attempt > 0 && manifest !== "loading") downloadsHeading.current?.focus();
  }, [attempt, manifest]);
  const loaded = typeof manifest === "object" ? manifest : null;

  const identity = {
    azure: {
      cloud: textOf(draft["azure.cloud"]),
      tenant: textOf(draft["azure.tenant"]),
      clientId: textOf(draft["azure.clientId"]),
    },
  };
  const explain = (name: string, problem: EvidenceProblem) => format(t.probe.errors[problem.key], { name, ...problem });

  async function add(sources: { name: string; text: string }[]) {
    if (!loaded) return;
    let next: EvidenceFile[] = files;
    const problems: string[] = [];
    for (const source of sources) {
      const read = await readEvidenceFile(source.text, identity, loaded.version);
      if (!read.ok) {
        problems.push(explain(source.name, read.problem));
        continue;
      }
      const added = addEvidenceFile(next, read.file);
      if (added.ok) next = added.files;
      else
        problems.push(
          format(t.probe.errors.duplicate, { name: source.name, server: serverName(added.duplicate, locale) }),
        );
    }
    setErrors(problems);
    if (next !== files) update(next);
  }

  function update(next: EvidenceFile[]) {
    setFiles(next);
    if (!decideAnswers) return;
    for (const [field, value] of Object.entries(networkAnswers(next)))
      setField(field as "network.servicesServer" | "network.applicationServer", value);
  }

  const program = (name: string) =>
    name.endsWith(".exe") ? name : name.endsWith(".cjs") ? `node ${name}` : `./${name}`;
  const windows =
    loaded?.files.find((file) => file.name.endsWith(".exe"))?.name ?? "ece-oauth-doctor-probe-win-x64.exe";

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="no-print mb-10 max-w-3xl space-y-4"
      data-testid="server-evidence"
    >
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {text.heading}
      </h2>
      <p>{text.intro}</p>

      <h3 ref={downloadsHeading} tabIndex={-1} className="text-xl font-bold">
        {text.downloads}
      </h3>
      <p>{text.downloadsIntro}</p>
      {manifest === "failed" ? (
        <div role="alert" className="border-4 border-fail p-4" data-testid="probe-manifest-failed">
          <p>{text.manifestFailed}</p>
          <Button variant="secondary" className="mt-2" onClick={() => setAttempt((count) => count + 1)}>
            {text.retry}
          </Button>
        </div>
      ) : manifest === "loading" ? null : manifest.files.length > 0 ? (
        <ul className="space-y-2" data-testid="probe-downloads">
          {manifest.files.map((file) => (
            <li key={file.name}>
              <a href={`/api/probe/${file.name}`} download className="font-semibold">
                {file.name}
              </a>
              <span className="block break-all font-mono text-sm">
                {text.sha256} {file.sha256}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{text.notBuilt}</p>
      )}
      <p>{text.caseFile}</p>
      <p>{text.commands}</p>
      {roles.map((role) => (
        <div key={role}>
          <p className="font-semibold">{role === "services" ? text.commandServices : text.commandApplication}</p>
          <pre
            className="overflow-x-auto bg-slate-100 p-2 text-sm"
            tabIndex={0}
          >{`${program(windows)} --case case.json --role ${role}`}</pre>
        </div>
      ))}

      <div>
        <label htmlFor={`${id}-files`} className="block font-semibold">
          {text.filesLabel}
        </label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept=".json,application/json"
          disabled={!loaded}
          className="mt-1 block max-w-full"
          onChange={async (event) => {
            const chosen = Array.from(event.target.files ?? []);
            event.target.value = "";
            await add(await Promise.all(chosen.map(async (file) => ({ name: file.name, text: await file.text() }))));
          }}
        />
      </div>
      <div>
        <label htmlFor={`${id}-paste`} className="block font-semibold">
          {text.paste}
        </label>
        <textarea
          id={`${id}-paste`}
          rows={4}
          className="mt-1 block w-full border-2 border-ink p-2 font-mono text-sm"
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
        />
        <Button
          variant="secondary"
          className="mt-2"
          disabled={!loaded || pasted.trim() === ""}
          onClick={async () => {
            await add([{ name: text.paste, text: pasted }]);
            setPasted("");
          }}
        >
          {text.add}
        </Button>
      </div>
      {errors.length > 0 ? (
        <div role="alert" className="border-4 border-fail p-4" data-testid="evidence-errors">
          <h3 className="mb-2 font-bold">{text.errorsTitle}</h3>
          <ul className="space-y-1">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <h3 className="text-xl font-bold">{text.list}</h3>
      {files.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul className="space-y-2" data-testid="evidence-files">
          {files.map((file, index) => (
            <li key={`${file.role}-${file.host}`} className="flex flex-wrap items-center gap-3">
              <span>
                {format(text.loaded, {
                  server: serverName(file, locale),
                  version: file.tool.version,
                  date: new Date(file.createdAt).toLocaleString(locale),
                })}
              </span>
              <Button
                variant="secondary"
                aria-label={`${text.remove}: ${serverName(file, locale)}`}
                onClick={() => update(files.filter((_, other) => other !== index))}
              >
                {text.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
