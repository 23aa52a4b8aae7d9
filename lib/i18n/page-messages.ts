import type { PanelName } from "@/lib/wizard/step-panels";
import type { Messages } from "./messages";

export type Namespace = keyof Messages;

// Each page sends the browser the texts its components read, not both languages' every text (issue #16: the whole
// table was 46 kB in every page's HTML). lib/i18n/page-messages.test.ts walks each page's imports and fails when a
// component reads a namespace its page does not list.
export const layoutNamespaces = ["appName", "meta", "nav"] as const satisfies readonly Namespace[];

export const pageNamespaces = {
  start: ["errors", "fields", "start", "symptom", "triage", "warnings"],
  // A step adds those of the panels it shows (panelNamespaces).
  step: ["errors", "fields", "stepList", "steps", "symptom", "warnings"],
  "check-answers": ["check", "errors", "fields", "stepList", "steps", "symptom", "warnings"],
  import: ["errors", "importCase"],
  report: ["docs", "evidence", "fields", "live", "probe", "report", "share", "steps", "symptom"],
  "shared-report": ["check", "docs", "fields", "live", "report", "share", "steps", "symptom"],
  triage: ["docs", "errors", "evidence", "fields", "probe", "report", "steps", "triage"],
} as const satisfies Record<string, readonly Namespace[]>;

export type PageName = keyof typeof pageNamespaces;

export const panelNamespaces = {
  token: ["docs", "report", "token"],
  powershell: ["evidence"],
  live: ["docs", "live", "report"],
  signInLogs: ["docs", "evidence", "report"],
  serverEvidence: ["probe"],
} as const satisfies Record<PanelName, readonly Namespace[]>;

export function messagesFor(messages: Messages, names: readonly Namespace[]): Partial<Messages> {
  return Object.fromEntries(names.map((name) => [name, messages[name]]));
}
