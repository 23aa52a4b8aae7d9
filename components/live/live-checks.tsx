"use client";

import { useRef, useState } from "react";
import { ResultCard } from "@/components/report/result-card";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/ui/i18n-provider";
import { useDraftTextCauses } from "@/components/wizard/use-draft-text-causes";
import { diagnoseStream } from "@/lib/api/diagnose-stream";
import type { Draft } from "@/lib/case/fields";
import type { CheckResult } from "@/lib/catalogue/present";
import { format } from "@/lib/i18n/format";
import { type ProbeGroup, resultsOfProbeGroup } from "@/lib/live/probe-groups";
import type { ProbeEvidence } from "@/lib/probes/types";
import { byLikelihood, isLikely } from "@/lib/report/most-likely";
import { likelyCauses } from "@/lib/symptoms/plan";
import { symptomOf } from "@/lib/wizard/draft";
import { EvidenceList } from "./evidence-list";

export function LiveChecks({
  group,
  draft,
  secrets,
}: {
  group: ProbeGroup;
  draft: Draft;
  secrets: { clientSecret?: string; accessToken?: string };
}) {
  const { locale, t } = useI18n();
  const [state, setState] = useState<"idle" | "running" | "done" | "failed">("idle");
  const [evidence, setEvidence] = useState<ProbeEvidence[]>([]);
  const [results, setResults] = useState<CheckResult[]>([]);
  const [message, setMessage] = useState("");
  const abort = useRef<AbortController | null>(null);
  const text = t.live;
  // What the admin described makes some causes likely: a failure among them is named as such and shown first.
  const likely = likelyCauses(symptomOf(draft), useDraftTextCauses(draft));

  async function run() {
    const { draftToProbeCase } = await import("@/lib/wizard/draft-parse");
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
      const diagnosis = await diagnoseStream(
        { case: parsed.data, secrets, locale, live: true, probes: [group] },
        { signal: controller.signal, onEvidence: (item) => setEvidence((items) => [...items, item]) },
      );
      setEvidence(diagnosis.evidence);
      setResults(byLikelihood(resultsOfProbeGroup(group, diagnosis.results), likely));
      setState("done");
    } catch (error) {
      if (controller.signal.aborted) return;
      setState("failed");
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section
      aria-labelledby={`live-${group}`}
      className="no-print mb-8 border-2 border-line p-4"
      data-testid={`live-${group}`}
    >
      <h2 id={`live-${group}`} className="mb-2 text-xl font-bold">
        {text.heading}
      </h2>
      <p className="mb-4">{text.intro[group]}</p>
      <div className="mb-4 flex flex-wrap gap-3">
        <Button variant="secondary" onClick={run} disabled={state === "running"}>
          {state === "running" ? text.running : text.run}
        </Button>
        {state === "running" ? (
          <Button
            variant="secondary"
            onClick={() => {
              abort.current?.abort();
              setState("idle");
            }}
          >
            {text.cancel}
          </Button>
        ) : null}
      </div>
      <div aria-live="polite">
        {state === "running" ? <p>{format(text.progress, { count: evidence.length })}</p> : null}
        {state === "failed" ? <p className="font-bold text-fail">{format(text.failed, { message })}</p> : null}
        {state === "done" ? (
          <p className="font-semibold">
            {format(text.finished, { count: results.filter((result) => result.status === "fail").length })}
          </p>
        ) : null}
      </div>
      {results.length > 0 ? (
        <ul className="mt-4 space-y-4">
          {results.map((result, index) => (
            <li key={`${result.check}-${result.cause ?? "pass"}-${result.target ?? ""}-${index}`}>
              {isLikely(result, likely) ? (
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
