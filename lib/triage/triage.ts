import type { CauseId } from "@/lib/catalogue/causes";
import { redactSecrets } from "@/lib/probes/redact";
import { triagePatterns } from "./patterns";

export type TriageMatch = { cause: CauseId; pattern: string; excerpt: string; line: number };

export const maxTriageChars = 200_000;

// Line breaks inside a wrapped log message must not hide a match, so matching runs on a copy with whitespace
// folded; the excerpt is cut from the redacted original around the match.
export function triage(raw: string): { text: string; matches: TriageMatch[] } {
  const text = redactSecrets(raw.slice(0, maxTriageChars), []);
  const folded = text.replace(/\s+/g, " ");
  const offsets = foldedOffsets(text);
  const seen = new Set<CauseId>();
  const matches: TriageMatch[] = [];
  for (const { id, cause, pattern } of triagePatterns) {
    const match = pattern.exec(folded);
    if (!match || match.index === undefined || seen.has(cause)) continue;
    seen.add(cause);
    const start = offsets[match.index] ?? 0;
    const end = offsets[Math.min(match.index + match[0].length, offsets.length - 1)] ?? text.length;
    matches.push({ cause, pattern: id, excerpt: excerptAround(text, start, end), line: text.slice(0, start).split("\n").length });
  }
  return { text, matches: matches.sort((a, b) => a.line - b.line) };
}

function foldedOffsets(text: string): number[] {
  const offsets: number[] = [];
  let inSpace = false;
  for (let index = 0; index < text.length; index++) {
    const space = /\s/.test(text[index] ?? "");
    if (space && inSpace) continue;
    offsets.push(index);
    inSpace = space;
  }
  offsets.push(text.length);
  return offsets;
}

function excerptAround(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf("\n", start - 1) + 1, start - 160);
  const lineEnd = text.indexOf("\n", end);
  const to = Math.min(text.length, lineEnd === -1 ? text.length : lineEnd, end + 160);
  return text.slice(from, to).trim();
}
