import { powershellOfStep, signInLogsStep } from "@/lib/evidence/steps";
import type { ProbeGroup } from "@/lib/live/probe-groups";
import type { StepId } from "./step-table";

/** The panels only some steps show; components/wizard/use-step-panels.ts loads them. */
export const panelNames = ["token", "powershell", "live", "signInLogs", "serverEvidence"] as const;
export type PanelName = (typeof panelNames)[number];

export const liveGroupOf: Partial<Record<StepId, ProbeGroup>> = {
  network: "network",
  "azure-secret": "entra",
  token: "mail",
};

export const panelsOf = (step: StepId): PanelName[] => [
  ...(step === "token" ? (["token"] as const) : []),
  ...((powershellOfStep[step] ?? []).length > 0 ? (["powershell"] as const) : []),
  ...(liveGroupOf[step] ? (["live"] as const) : []),
  ...(step === signInLogsStep ? (["signInLogs"] as const) : []),
  ...(step === "network" ? (["serverEvidence"] as const) : []),
];
