"use client";

import { useRef, useState } from "react";
import { ResultCard } from "@/components/report/result-card";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/ui/i18n-provider";
import { draftToProbeCase, symptomOf, textCausesOf } from "@/lib/wizard/draft";
import { likelyCauses } from "@/lib/symptoms/plan";
import type { Draft } from "@/lib/case/fields";
import type { CheckId } from "@/lib/catalogue/checks";
import type { CheckResult } from "@/lib/catalogue/present";
import { format } from "@/lib/i18n/format";
import type { ProbeEvidence } from "@/lib/probes/types";
import { EvidenceList } from "./evidence-list";

export type LiveGroup = "network" | "entra" | "mail";

const checksOf: Record<LiveGroup, readonly CheckId[]> = {
  network: ["dns", "tcp", "tls"],
  entra: ["entra-tenant", "entra-app", "tls", "tcp", "dns"],
  mail: ["imap", "pop3", "smtp", "access-token", "entra-realm", "tls", "tcp", "dns"],
};

type Line = { type: "probe"; evidence: ProbeEvidence; results: CheckResult[] } | { type: "done"; results: CheckResult[]; evidence: ProbeEvidence[] } | { type: "error"; error: { message: string } };

export function LiveChecks({ group, draft, secrets }: { group: LiveGroup; draft: Draft; secrets: { clientSecret?: string; accessToken?: string } }) {
  const { locale, t } = useI18n();
  const [state, setState] = useState<"idle" | "running" | "done" | "failed">("idle");
  const [evidence, setEvidence] = useState<ProbeEvidence[]>([]);
  const [results, setResults] = useState<CheckResult[]>([]);
  const [message, setMessage] = useState("");
  const abort = useRef<AbortController | null>(null);
  const text = t.live;
  // What the admin described makes some causes likely: a failure among them is named as such and shown first.
  const likely = likelyCauses(symptomOf(draft), textCausesOf(draft));
  const isLikely = (result: CheckResult) => result.status !== "pass" && result.cause !== undefined && likely.includes(result.cause);

  async function run() {
    const parsed = draftToProbeCase(draft);
    if (!parsed.success) {
      setState("failed");
      setMessage(text.incomplete);
      return;
    }
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState("running");
    setEvidence([]);
    setResults([]);
    try {
      const response = await fetch("/api/diagnose?stream=1", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ case: parsed.data, secrets, locale, live: true, probes: [group] }),
        signal: controller.signal,
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? `HTTP ${response.status}`);
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const raw of lines.filter(Boolean)) {
          const line = JSON.parse(raw) as Line;
          if (line.type === "probe") setEvidence((items) => [...items, line.evidence]);
          if (line.type === "done") {
            setEvidence(line.evidence);
            setResults(line.results.filter((result) => checksOf[group].includes(result.check)));
            setState("done");
          }
          if (line.type === "error") throw new Error(line.error.message);
        }
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      setState("failed");
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section aria-labelledby={`live-${group}`} className="no-print mb-8 border-2 border-line p-4" data-testid={`live-${group}`}>
      <h2 id={`live-${group}`} className="mb-2 text-xl font-bold">
        {text.heading}
      </h2>
      <p className="mb-4">{text.intro[group]}</p>
      <div className="mb-4 flex flex-wrap gap-3">
        <Button variant="secondary" onClick={run} disabled={state === "running"}>
          {state === "running" ? text.running : text.run}
        </Button>
        {state === "running" ? (
          <Button variant="secondary" onClick={() => {
              abort.current?.abort();
              setState("idle");
            }}>
            {text.cancel}
          </Button>
        ) : null}
      </div>
      <div aria-live="polite">
        {state === "running" ? <p>{format(text.progress, { count: evidence.length })}</p> : null}
        {state === "failed" ? <p className="font-bold text-fail">{format(text.failed, { message })}</p> : null}
        {state === "done" ? <p className="font-semibold">{format(text.finished, { count: results.filter((result) => result.status === "fail").length })}</p> : null}
      </div>
      {results.length > 0 ? (
        <ul className="mt-4 space-y-4">
          {byLikelihood(results, likely).map((result, index) => (
            <li key={`${result.check}-${result.cause ?? "pass"}-${result.target ?? ""}-${index}`}>
              {isLikely(result) ? (
                <p className="mb-1 font-bold text-fail" data-testid="live-most-likely">
                  {t.symptom.liveLikely}
                </p>
              ) : null}
              <ResultCard result={result} />
            </li>
          ))}
        </ul>
      ) : null}
      {evidence.length > 0 ? <EvidenceList evidence={evidence} /> : null}
    </section>
  );
}

function byLikelihood(results: CheckResult[], likely: readonly string[]): CheckResult[] {
  const rank = (result: CheckResult) => {
    const index = result.status === "pass" || result.cause === undefined ? -1 : likely.indexOf(result.cause);
    return index === -1 ? likely.length : index;
  };
  return results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => rank(a.result) - rank(b.result) || a.index - b.index)
    .map(({ result }) => result);
}
