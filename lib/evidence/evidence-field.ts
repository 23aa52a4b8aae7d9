import type { Draft } from "@/lib/case/fields";

// What the evidence panels need before anything is read: no schema and no rules (issue #16: the triage page shows the
// sign-in log panel from the start). lib/evidence/draft-evidence.ts reads the evidence field with the schema.

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

export function isIpAddress(text: string): boolean {
  const value = text.trim();
  return ipv4.test(value) || (/^[0-9a-f:]+$/i.test(value) && value.includes(":") && value.split(":").length <= 8);
}

/** Whether the draft's evidence field holds a sign-in log reading (to offer forgetting it). */
export function draftHoldsSignInLogs(draft: Draft): boolean {
  const json = typeof draft.evidence === "string" ? draft.evidence : "";
  if (json === "") return false;
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === "object" && parsed !== null && "signInLogs" in parsed && parsed.signInLogs !== null;
  } catch {
    return false;
  }
}
