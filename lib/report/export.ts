import type { CaseFile } from "@/lib/case/schema";
import type { CauseId } from "@/lib/catalogue/causes";
import { type CheckId, owners } from "@/lib/catalogue/checks";
import { type CheckResult, checkIdsOf } from "@/lib/catalogue/present";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { symptomText } from "@/lib/symptoms/symptom-text";
import { causesNamedInCase } from "@/lib/triage/triage";
import { countByStatus, resultsByOwner } from "./counts";
import { mostLikely } from "./most-likely";
import { cannotExplain, type NextStep, nextSteps } from "./next-steps";

// report@2 added mostLikely (and carries case@2, with the symptom).
export const REPORT_SCHEMA_ID = "ece-oauth-doctor/report@2";

export type ReportMeta = { generatedAt: string; toolVersion: string; locale: Locale };

export type ReportFile = {
  schema: typeof REPORT_SCHEMA_ID;
  tool: { name: "ece-oauth-doctor"; version: string };
  generatedAt: string;
  locale: Locale;
  case: CaseFile;
  mostLikely: { confirmed: { cause: CauseId; check: CheckId; target?: string }[]; open: CheckId[] } | null;
  results: CheckResult[];
};

export function toReportFile(file: CaseFile, results: CheckResult[], meta: ReportMeta): ReportFile {
  return {
    schema: REPORT_SCHEMA_ID,
    tool: { name: "ece-oauth-doctor", version: meta.toolVersion },
    generatedAt: meta.generatedAt,
    locale: meta.locale,
    case: file,
    mostLikely: likelySummary(file, results),
    results,
  };
}

function likelySummary(file: CaseFile, results: readonly CheckResult[]): ReportFile["mostLikely"] {
  const summary = mostLikely(file, results, causesNamedInCase(file));
  if (!summary) return null;
  return {
    confirmed: summary.confirmed.map((result) => ({
      cause: result.cause as CauseId,
      check: result.check,
      ...(result.target ? { target: result.target } : {}),
    })),
    open: summary.open,
  };
}

const escapeMarkdown = (text: string) => text.replace(/([\\`*_[\]<>|])/g, "\\$1");

function mostLikelyMarkdown(file: CaseFile, results: readonly CheckResult[], t: Messages): string[] {
  const fromText = causesNamedInCase(file);
  const summary = mostLikely(file, results, fromText);
  if (!summary) return [];
  const text = t.symptom.report;
  const lines = [`## ${text.heading}`, ""];
  if (summary.confirmed.length === 0) lines.push(text.noneConfirmed, "");
  summary.confirmed.forEach((result, index) => {
    lines.push(
      `${index + 1}. [${t.report.status[result.status]}] ${escapeMarkdown(result.title)} (\`${result.cause ?? ""}\`${result.target ? `, ${escapeMarkdown(result.target)}` : ""}) · ${t.report.owners[result.owner]}`,
    );
    if (result.fix[0]) lines.push(`   ${t.report.fix}: ${escapeMarkdown(result.fix[0])}`);
  });
  if (summary.confirmed.length > 0) lines.push("");
  const steps = nextSteps(file, results, fromText);
  if (steps.length > 0) {
    lines.push(`### ${text.next}`, "");
    steps.forEach((step, index) => {
      lines.push(
        `${index + 1}. ${escapeMarkdown(nextStepText(step, t))} (${step.causes.map((cause) => `\`${cause}\``).join(", ")})`,
      );
    });
    lines.push("");
  }
  if (summary.symptom && summary.rule) {
    lines.push(
      `${format(text.youSaid, { symptom: symptomText(t, summary.symptom) })} ${t.symptom.reasons[summary.rule.reason]}`,
      "",
    );
  }
  return lines;
}

/** A next step as one sentence, for the Markdown report and the console (no buttons there: the step is named). */
export function nextStepText(step: NextStep, t: Messages): string {
  const text = t.symptom.report;
  switch (step.kind) {
    case "run":
      return text.run[step.group];
    case "look":
      return format(text.look, { account: step.account, clientId: step.clientId });
    case "paste":
      return text.paste;
    case "answer":
      return format(text.answer, { step: t.steps[step.step].title });
  }
}

export function toMarkdown(file: CaseFile, results: readonly CheckResult[], meta: ReportMeta, t: Messages): string {
  const lines: string[] = [];
  lines.push(`# ${t.appName}: ${t.report.title}`, "");
  lines.push(
    `${format(t.report.generated, { date: meta.generatedAt })} · ${meta.toolVersion} · ${REPORT_SCHEMA_ID}`,
    "",
  );
  lines.push(...mostLikelyMarkdown(file, results, t));
  lines.push(format(t.report.summary, countByStatus(results)), "");
  lines.push(`- ECE: ${file.ece.version} ${file.ece.installedES.join(", ")}`.trimEnd());
  lines.push(`- Tenant: ${file.azure.tenant} (${file.azure.cloud}) · App: ${file.azure.clientId}`);
  lines.push(
    `- Mailboxes: ${file.mail.mailboxes.join(", ")} · ${file.mail.retrieval.toUpperCase()} · ${file.mail.accessModel}`,
    "",
  );
  const grouped = resultsByOwner(results);
  const unexplained = cannotExplain(file);
  lines.push(`## ${t.report.byOwner}`, "");
  for (const owner of owners) {
    lines.push(`### ${t.report.owners[owner]}`, "");
    const items = grouped[owner];
    if (items.length === 0) lines.push(t.report.nothingForOwner, "");
    for (const result of items) {
      lines.push(`#### [${t.report.status[result.status]}] ${escapeMarkdown(result.title)}`, "");
      lines.push(
        `${checkIdsOf(result)
          .map((check) => `\`${check}\``)
          .join(", ")} · \`${result.cause ?? ""}\`${result.target ? ` · ${escapeMarkdown(result.target)}` : ""}`,
        "",
      );
      if (result.cause && unexplained.has(result.cause))
        lines.push(`> ${escapeMarkdown(t.symptom.report.cannotExplain)}`, "");
      lines.push(`**${t.report.why}:** ${escapeMarkdown(result.why)}`, "");
      if (result.fix.length > 0) {
        lines.push(`**${t.report.fix}:**`, "");
        result.fix.forEach((step, index) => {
          lines.push(`${index + 1}. ${escapeMarkdown(step)}`);
        });
        lines.push("");
      }
      if (result.docs.length > 0)
        lines.push(`**${t.report.docs}:** ${result.docs.map((doc) => `<${doc.url}>`).join(" · ")}`, "");
    }
  }
  const passed = results.filter((result) => result.status === "pass");
  lines.push(`## ${format(t.report.passed, { count: passed.length })}`, "");
  for (const result of passed) lines.push(`- \`${result.check}\`: ${escapeMarkdown(result.title)}`);
  return `${lines.join("\n").trimEnd()}\n`;
}
