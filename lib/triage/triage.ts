import type { CauseId } from "@/lib/catalogue/causes";
import { redactSecrets } from "@/lib/probes/redact";
import { validateXoauth2Blob } from "@/lib/probes/xoauth2";
import { triagePatterns } from "./patterns";

export type TriageMatch = { cause: CauseId; pattern: string; excerpt: string; line: number; params?: Record<string, string> };

export const maxTriageChars = 200_000;

// A more specific cause explains a generic refusal found in the same text: a malformed XOAUTH2 string or a one-line
// POP AUTH is why Exchange answered "authentication failed", so the generic cause would only send the reader astray.
const explainedBy: Partial<Record<CauseId, CauseId[]>> = {
  "pop-auth-failed": ["pop-one-line-auth", "xoauth2-malformed"],
  "imap-auth-failed": ["xoauth2-malformed"],
  "smtp-auth-failed": ["xoauth2-malformed"],
};

// Line breaks inside a wrapped log message must not hide a match, so matching runs on a copy with whitespace
// folded; the excerpt is cut from the redacted original around the match.
export function triage(input: string): { text: string; matches: TriageMatch[] } {
  const raw = input.slice(0, maxTriageChars);
  const text = redactSecrets(raw, []);
  const folded = text.replace(/\s+/g, " ");
  const offsets = foldedOffsets(text);
  const matches: TriageMatch[] = [];
  const malformed = malformedXoauth2(raw, text);
  if (malformed) matches.push(malformed);
  const seen = new Set<CauseId>(matches.map((match) => match.cause));
  for (const { id, cause, pattern } of triagePatterns) {
    const match = pattern.exec(folded);
    if (!match || match.index === undefined || seen.has(cause)) continue;
    seen.add(cause);
    const start = offsets[match.index] ?? 0;
    const end = offsets[Math.min(match.index + match[0].length, offsets.length - 1)] ?? text.length;
    matches.push({ cause, pattern: id, excerpt: excerptAround(text, start, end), line: text.slice(0, start).split("\n").length });
  }
  const kept = matches.filter((match) => !(explainedBy[match.cause] ?? []).some((specific) => seen.has(specific)));
  return { text, matches: kept.sort((a, b) => a.line - b.line) };
}

// Any base64 run that decodes to an XOAUTH2 string (user=… or auth=…), checked by Microsoft's own rules. It runs on the
// raw text because redaction hides the very string to check; only the problem list and the redacted line leave here.
const base64Run = /[A-Za-z0-9+/]{16,}={0,2}/g;

function malformedXoauth2(raw: string, redacted: string): TriageMatch | undefined {
  for (const found of raw.matchAll(base64Run)) {
    if (!/user=|auth=/.test(Buffer.from(found[0], "base64").toString("latin1"))) continue;
    const problems = validateXoauth2Blob(found[0]);
    if (problems.length === 0) continue;
    const line = raw.slice(0, found.index).split("\n").length;
    // Redaction never adds or removes a line break, so the same line of the redacted text is the excerpt.
    const excerpt = (redacted.split("\n")[line - 1] ?? "").trim().slice(0, 400);
    return { cause: "xoauth2-malformed", pattern: "xoauth2-blob", excerpt, line, params: { problems: problems.map((problem) => problem.message.replace(/\.$/, "")).join("; ") } };
  }
  return undefined;
}

/** The causes a text names, in the order they appear. */
export function causesNamedIn(text: string): CauseId[] {
  return text === "" ? [] : triage(text).matches.map((match) => match.cause);
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
