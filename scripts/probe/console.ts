// The console report by owner and the hidden prompt, shared by npm run doctor and the ECE-server probe.
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import type { CaseFile } from "@/lib/case/schema";
import { owners } from "@/lib/catalogue/checks";
import { type CheckResult, checkIdsOf } from "@/lib/catalogue/present";
import { format } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { countByStatus } from "@/lib/report/counts";
import { nextStepText } from "@/lib/report/export";
import { mostLikely } from "@/lib/report/most-likely";
import { nextSteps } from "@/lib/report/next-steps";
import { symptomText } from "@/lib/symptoms/symptom-text";
import { causesNamedInCase } from "@/lib/triage/triage";

// The report's "Most likely" section, first, as on the web report.
function mostLikelyLines(file: CaseFile, results: CheckResult[], t: Messages): string[] {
  const fromText = causesNamedInCase(file);
  const summary = mostLikely(file, results, fromText);
  if (!summary) return [];
  const lines = [`== ${t.symptom.report.heading} ==`];
  if (summary.confirmed.length === 0) lines.push(t.symptom.report.noneConfirmed);
  for (const result of summary.confirmed)
    lines.push(
      `[${t.report.status[result.status]}] ${result.check} / ${result.cause ?? ""}${result.target ? ` (${result.target})` : ""}: ${result.title}`,
    );
  const steps = nextSteps(file, results, fromText);
  if (steps.length > 0)
    lines.push(
      `${t.symptom.report.next}:`,
      ...steps.map((step, index) => `  ${index + 1}. ${nextStepText(step, t)} (${step.causes.join(", ")})`),
    );
  if (summary.symptom && summary.rule)
    lines.push(
      `${format(t.symptom.report.youSaid, { symptom: symptomText(t, summary.symptom) })} ${t.symptom.reasons[summary.rule.reason]}`,
    );
  return [...lines, ""];
}

export function resultLines(result: { title: string; why: string; fix: string[] }, why: string): string[] {
  return [
    `  ${result.title}`,
    `  ${why}: ${result.why}`,
    ...result.fix.map((step, index) => `  ${index + 1}. ${step}`),
    "",
  ];
}

export function reportLines(file: CaseFile, results: CheckResult[], t: Messages): string[] {
  const lines = [
    `${t.appName}: ${t.report.title}`,
    ...mostLikelyLines(file, results, t),
    format(t.report.summary, countByStatus(results)),
    "",
  ];
  for (const owner of owners) {
    const mine = results.filter((result) => result.owner === owner && result.status !== "pass");
    if (mine.length === 0) continue;
    lines.push(`== ${t.report.owners[owner]} ==`);
    for (const result of mine) {
      lines.push(
        `[${t.report.status[result.status]}] ${checkIdsOf(result).join(", ")} / ${result.cause ?? ""}${result.target ? ` (${result.target})` : ""}`,
        ...resultLines(result, t.report.why),
      );
    }
  }
  lines.push(format(t.report.passed, { count: results.filter((result) => result.status === "pass").length }));
  return lines;
}

export async function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) return "";
  let muted = false;
  const output = new Writable({
    write: (chunk, _encoding, callback) => (muted ? undefined : process.stderr.write(chunk), callback()),
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  process.stderr.write(question);
  muted = true;
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stderr.write("\n");
  return answer.trim();
}
