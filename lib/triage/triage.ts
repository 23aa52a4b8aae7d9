import type { CaseFile } from "@/lib/case/schema";
import type { CauseId } from "@/lib/catalogue/causes";
import { redactSecrets } from "@/lib/probes/redact";
import { validateXoauth2Blob } from "@/lib/probes/xoauth2";
import { normalise } from "./normalise";
import { triagePatterns } from "./patterns";
import { latin1FromBase64, tokensIn } from "./tokens";

export type TriageMatch = {
  cause: CauseId;
  pattern: string;
  excerpt: string;
  line: number;
  params?: Record<string, string>;
};
type Found = TriageMatch & { at: number; generic?: readonly string[]; family: string };

export const maxTriageChars = 200_000;

// A more specific cause explains a generic refusal found in the same text: a malformed XOAUTH2 string, a one-line POP
// AUTH or a token with a wrong claim is why Exchange answered "authentication failed", so the refusal alone would
// only send the reader astray.
const tokenCauses: CauseId[] = [
  "xoauth2-malformed",
  "token-expired",
  "token-wrong-audience",
  "token-wrong-user",
  "token-scope-missing",
];
const explainedBy: Partial<Record<CauseId, CauseId[]>> = {
  "pop-auth-failed": ["pop-one-line-auth", "basic-auth-used", ...tokenCauses],
  "imap-auth-failed": ["basic-auth-used", ...tokenCauses],
  "smtp-auth-failed": ["basic-auth-used", ...tokenCauses],
};

export type TriageOptions = { now?: Date };

// The patterns read a normalised copy (whitespace folded, escapes and HTML entities undone); each match is mapped back
// to the redacted original for its line and excerpt. Every distinct cause is named once, at its first occurrence, and
// the list is in the order the errors appear.
export function triage(input: string, options: TriageOptions = {}): { text: string; matches: TriageMatch[] } {
  const raw = input.slice(0, maxTriageChars);
  const text = redactSecrets(raw, []);
  const lineStarts = lineStartsOf(text);
  const lineOf = (offset: number) => lineAt(lineStarts, offset);
  const { text: folded, offsets } = normalise(text);
  // Some logs hard-wrap at a fixed width, in the middle of a word ("SmtpClie" / "ntAuthentication"): a second view
  // joins the lines without a space, read only for the patterns the first one did not find.
  let joined: ReturnType<typeof normalise> | undefined;
  const found: Found[] = [];
  const malformed = malformedXoauth2(raw, text);
  if (malformed) found.push({ ...malformed, at: lineStarts[malformed.line - 1] ?? 0, family: "token" });
  for (const problem of tokensIn(raw, folded, options.now)) {
    const at = lineStarts[problem.line - 1] ?? 0;
    found.push({
      cause: problem.cause,
      pattern: "jwt-claims",
      excerpt: lineText(text, lineStarts, problem.line),
      line: problem.line,
      params: problem.params,
      at,
      family: "token",
    });
  }
  const seen = new Set<CauseId>(found.map((match) => match.cause));
  for (const { id, cause, pattern, family, generic, params } of triagePatterns) {
    if (seen.has(cause)) continue;
    let view: ReturnType<typeof normalise> = { text: folded, offsets };
    let match = pattern.exec(folded);
    if (!match && text.includes("\n")) {
      joined ??= normalise(text, { joinLines: true });
      view = joined;
      match = pattern.exec(joined.text);
    }
    if (!match) continue;
    seen.add(cause);
    const start = view.offsets[match.index] ?? 0;
    const end = view.offsets[Math.min(match.index + match[0].length, view.offsets.length - 1)] ?? text.length;
    found.push({
      cause,
      pattern: id,
      excerpt: excerptAround(text, start, end),
      line: lineOf(start),
      at: start,
      family,
      ...(generic ? { generic } : {}),
      ...(params ? { params: params(match) } : {}),
    });
  }
  const kept = found
    .filter((match) => !(explainedBy[match.cause] ?? []).some((specific) => seen.has(specific)))
    .filter(
      (match) => !match.generic || !found.some((other) => other !== match && match.generic?.includes(other.family)),
    );
  return {
    text,
    matches: kept.sort((a, b) => a.at - b.at).map(({ at: _at, generic: _generic, family: _family, ...match }) => match),
  };
}

// Any base64 run that decodes to an XOAUTH2 string (user=… or auth=…), checked by Microsoft's own rules. It runs on the
// raw text because redaction hides the very string to check; only the problem list and the redacted line leave here.
const base64Run = /[A-Za-z0-9+/]{16,}={0,2}/g;

function malformedXoauth2(raw: string, redacted: string): TriageMatch | undefined {
  for (const found of raw.matchAll(base64Run)) {
    if (!/user=|auth=/.test(latin1FromBase64(found[0]))) continue;
    const problems = validateXoauth2Blob(found[0]);
    if (problems.length === 0) continue;
    const line = raw.slice(0, found.index).split("\n").length;
    // Redaction never adds or removes a line break, so the same line of the redacted text is the excerpt.
    const excerpt = (redacted.split("\n")[line - 1] ?? "").trim().slice(0, 400);
    return {
      cause: "xoauth2-malformed",
      pattern: "xoauth2-blob",
      excerpt,
      line,
      params: { problems: problems.map((problem) => problem.message.replace(/\.$/, "")).join("; ") },
    };
  }
  return undefined;
}

/** The causes a text names, in the order they appear. */
export function causesNamedIn(text: string, options: TriageOptions = {}): CauseId[] {
  return text === "" ? [] : triage(text, options).matches.map((match) => match.cause);
}

/** The causes a case's pasted error text names. */
export function causesNamedInCase(file: CaseFile): CauseId[] {
  return causesNamedIn(file.symptom?.errorText ?? "");
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) starts.push(index + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

function lineText(text: string, starts: number[], line: number): string {
  const start = starts[line - 1] ?? 0;
  const end = starts[line] ?? text.length;
  return text.slice(start, end).trim().slice(0, 400);
}

function excerptAround(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf("\n", start - 1) + 1, start - 160);
  const lineEnd = text.indexOf("\n", end);
  const to = Math.min(text.length, lineEnd === -1 ? text.length : lineEnd, end + 160);
  return text.slice(from, to).trim();
}
