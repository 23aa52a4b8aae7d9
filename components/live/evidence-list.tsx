"use client";

import { useI18n } from "@/components/ui/i18n-provider";
import { format } from "@/lib/i18n/format";
import type { ProbeEvidence } from "@/lib/probes/types";

const who = { client: "C:", server: "S:", note: "#" } as const;

export function EvidenceList({ evidence }: { evidence: readonly ProbeEvidence[] }) {
  const { t } = useI18n();
  return (
    <div className="mt-6">
      <h3 className="mb-2 text-lg font-bold">{t.live.evidence}</h3>
      <ul className="space-y-2">
        {evidence.map((item, index) => (
          <li key={`${item.kind}-${item.target}-${index}`} data-probe={item.kind}>
            <details className="border border-line p-2">
              <summary className="cursor-pointer">
                <span className="font-semibold">{item.kind}</span>{" "}
                {"mailbox" in item && item.mailbox ? `${item.mailbox} · ` : ""}
                {item.target} · {format(t.live.took, { ms: item.ms })}
                {item.error ? ` · ${item.error.code}` : ""}
              </summary>
              <p className="mt-2 text-sm">
                {t.live.remote}: {item.remoteAddress ?? "-"} · {t.live.phases}:{" "}
                {item.phases.map((phase) => `${phase.phase} ${phase.ms} ms (${phase.outcome})`).join(", ") || "-"}
              </p>
              {item.error ? (
                <p className="mt-1 text-sm">
                  {t.live.error}: {item.error.code} ({item.error.phase}) {item.error.message}
                </p>
              ) : null}
              {/* biome-ignore lint/a11y/useSemanticElements: a transcript stays a <pre>; named and focusable so keyboard users can scroll it. */}
              <pre
                className="mt-2 max-h-80 overflow-auto bg-slate-100 p-2 text-xs"
                tabIndex={0}
                role="region"
                aria-label={`${t.live.transcript}: ${item.kind} ${item.target}`}
              >
                {item.transcript
                  .map((entry) => `${String(entry.ms).padStart(5)} ${who[entry.from]} ${entry.text}`)
                  .join("\n")}
              </pre>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
