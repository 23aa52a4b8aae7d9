import { redactSecrets } from "@/lib/probes/redact";

export type CutText = { text: string; cut: { kept: number; total: number } | null };

/** Pasted text for the store: secrets redacted first (so a cut never leaves half a token), then cut to max on a line boundary. */
export function redactAndCut(pasted: string, max: number): CutText {
  const redacted = redactSecrets(pasted);
  if (redacted.length <= max) return { text: redacted, cut: null };
  const lastBreak = redacted.lastIndexOf("\n", max);
  const text = redacted.slice(0, lastBreak > 0 ? lastBreak : max);
  return { text, cut: { kept: text.length, total: redacted.length } };
}
