"use client";

import dynamic from "next/dynamic";
import { useCloud } from "@/components/ui/config-provider";
import { useI18n } from "@/components/ui/i18n-provider";
import { type Draft, textOf } from "@/lib/case/fields";
import { format } from "@/lib/i18n/format";
import { type EceRelease, urlSettingFor, urlSettingLabel } from "@/lib/knowledge/ece-releases";
import type { StepId } from "@/lib/wizard/steps";

// Only the network step shows the table of hosts and commands and the servers' evidence: the other steps do not load them.
// The evidence panels render in the browser only, once their code is there: a file chosen before hydration is not lost.
const NetworkPlan = dynamic(() => import("./network-plan").then((module) => module.NetworkPlan));
const ServerEvidence = dynamic(
  () => import("@/components/evidence/server-evidence").then((module) => module.ServerEvidence),
  { ssr: false },
);

export function StepIntro({ step, draft }: { step: StepId; draft: Draft }) {
  const { t } = useI18n();
  const cloud = useCloud(textOf(draft["azure.cloud"]) || "worldwide");
  const params = {
    setting: urlSettingLabel[urlSettingFor(textOf(draft["ece.version"]) as EceRelease)],
    login: cloud.loginHost,
  };
  return (
    <div className="mb-8 max-w-3xl space-y-3">
      {t.steps[step].intro.map((paragraph) => (
        <p key={paragraph}>{format(paragraph, params)}</p>
      ))}
      {step === "network" ? (
        <NetworkPlan cloud={cloud} retrieval={textOf(draft["mail.retrieval"]) === "pop3" ? "pop3" : "imap"} />
      ) : null}
      {step === "network" ? <ServerEvidence decideAnswers /> : null}
    </div>
  );
}
