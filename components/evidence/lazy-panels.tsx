"use client";

import dynamic from "next/dynamic";

// Evidence panels are loaded by the pages that show them, not with every page (issue #16's budget), and render in the
// browser only, once their code is there: a file chosen before hydration is not lost. (The steps load theirs with
// components/wizard/use-step-panels.ts, which shows them together with the answers.)
export const SignInLogsPanel = dynamic(
  () => import("@/components/evidence/sign-in-logs-panel").then((module) => module.SignInLogsPanel),
  { ssr: false },
);

export const ServerEvidence = dynamic(
  () => import("@/components/evidence/server-evidence").then((module) => module.ServerEvidence),
  { ssr: false },
);
