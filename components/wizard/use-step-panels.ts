"use client";

import { useEffect, useState } from "react";
import type { PanelName } from "@/lib/wizard/step-panels";

// The panels only some steps show (issue #16's budget keeps them out of every page's JavaScript). A step shows its
// answers and its panels together, once both are there: a panel drawn later would push down what is already shown.
const loaders = {
  powershell: () => import("@/components/evidence/powershell-box").then((module) => module.PowershellBox),
  signInLogs: () => import("@/components/evidence/sign-in-logs-panel").then((module) => module.SignInLogsPanel),
  token: () => import("@/components/token/token-step").then((module) => module.default),
  live: () => import("@/components/live/live-checks").then((module) => module.LiveChecks),
  serverEvidence: () => import("@/components/evidence/server-evidence").then((module) => module.ServerEvidence),
};

export type Panels = { [Name in PanelName]?: Awaited<ReturnType<(typeof loaders)[Name]>> };

const loaded: Panels = {};

async function load(name: PanelName): Promise<void> {
  const panel = await loaders[name]();
  (loaded as Record<PanelName, unknown>)[name] = panel;
}

/**
 * The panels `names`, once all are loaded (at once when an earlier step loaded them); null until then. If one cannot
 * be loaded (a lost connection), the step is shown without it rather than never.
 */
export function useStepPanels(names: readonly PanelName[]): Panels | null {
  const key = names.join(" ");
  const [settled, setSettled] = useState<string | null>(null);
  useEffect(() => {
    const wanted = key === "" ? [] : (key.split(" ") as PanelName[]);
    if (wanted.every((name) => loaded[name] !== undefined)) return;
    let current = true;
    void Promise.allSettled(wanted.map(load)).then(() => current && setSettled(key));
    return () => {
      current = false;
    };
  }, [key]);
  if (!names.every((name) => loaded[name] !== undefined) && settled !== key) return null;
  // Only this step's panels: the others loaded on earlier steps stay cached but are not this step's to show.
  return Object.fromEntries(names.map((name) => [name, loaded[name]])) as Panels;
}
