"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { useCloud } from "@/components/ui/config-provider";
import { useI18n } from "@/components/ui/i18n-provider";
import { type Draft, textOf } from "@/lib/case/fields";
import { format } from "@/lib/i18n/format";
import { type EceRelease, urlSettingFor, urlSettingLabel } from "@/lib/knowledge/ece-releases";
import type { StepId } from "@/lib/wizard/steps";

// Only the network step shows the table of hosts and commands: the other steps do not load it.
const NetworkPlan = dynamic(() => import("./network-plan").then((module) => module.NetworkPlan));

/** The step's introduction; `children` (the network step's evidence panel) follow it. */
export function StepIntro({ step, draft, children }: { step: StepId; draft: Draft; children?: ReactNode }) {
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
      {children}
    </div>
  );
}
