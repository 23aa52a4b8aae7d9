import type { CaseFile } from "@/lib/case/schema";
import { owners, type Owner } from "@/lib/catalogue/checks";
import type { CheckResult } from "@/lib/catalogue/present";
import { format } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

export const REPORT_SCHEMA_ID = "ece-oauth-doctor/report@1";

export type ReportMeta = { generatedAt: string; toolVersion: string; locale: Locale };

export type ReportFile = {
  schema: typeof REPORT_SCHEMA_ID;
  tool: { name: "ece-oauth-doctor"; version: string };
  generatedAt: string;
  locale: Locale;
  case: CaseFile;
  results: CheckResult[];
};

export function toReportFile(file: CaseFile, results: CheckResult[], meta: ReportMeta): ReportFile {
  return {
    schema: REPORT_SCHEMA_ID,
    tool: { name: "ece-oauth-doctor", version: meta.toolVersion },
    generatedAt: meta.generatedAt,
    locale: meta.locale,
    case: file,
    results,
  };
}

export function countByStatus(results: readonly CheckResult[]) {
  const count = (status: CheckResult["status"]) => results.filter((result) => result.status === status).length;
  return { fail: count("fail"), warn: count("warn"), info: count("info") + count("skipped"), pass: count("pass") };
}

export function resultsByOwner(results: readonly CheckResult[]): Record<Owner, CheckResult[]> {
  return Object.fromEntries(owners.map((owner) => [owner, results.filter((result) => result.owner === owner && result.status !== "pass")])) as Record<
    Owner,
    CheckResult[]
  >;
}

const escape = (text: string) => text.replace(/([\\`*_[\]<>|])/g, "\\$1");

export function toMarkdown(file: CaseFile, results: readonly CheckResult[], meta: ReportMeta, t: Messages): string {
  const lines: string[] = [];
  lines.push(`# ${t.appName}: ${t.report.title}`, "");
  lines.push(format(t.report.generated, { date: meta.generatedAt }) + ` · ${meta.toolVersion} · ${REPORT_SCHEMA_ID}`, "");
  lines.push(format(t.report.summary, countByStatus(results)), "");
  lines.push(`- ECE: ${file.ece.version} ${file.ece.installedES.join(", ")}`.trimEnd());
  lines.push(`- Tenant: ${file.azure.tenant} (${file.azure.cloud}) · App: ${file.azure.clientId}`);
  lines.push(`- Mailboxes: ${file.mail.mailboxes.join(", ")} · ${file.mail.retrieval.toUpperCase()} · ${file.mail.accessModel}`, "");
  const grouped = resultsByOwner(results);
  lines.push(`## ${t.report.byOwner}`, "");
  for (const owner of owners) {
    lines.push(`### ${t.report.owners[owner]}`, "");
    const items = grouped[owner];
    if (items.length === 0) lines.push(t.report.nothingForOwner, "");
    for (const result of items) {
      lines.push(`#### [${t.report.status[result.status]}] ${escape(result.title)}`, "");
      lines.push(`\`${result.check}\` · \`${result.cause ?? ""}\`${result.target ? ` · ${escape(result.target)}` : ""}`, "");
      lines.push(`**${t.report.why}:** ${escape(result.why)}`, "");
      if (result.fix.length > 0) {
        lines.push(`**${t.report.fix}:**`, "");
        result.fix.forEach((step, index) => lines.push(`${index + 1}. ${escape(step)}`));
        lines.push("");
      }
      if (result.docs.length > 0) lines.push(`**${t.report.docs}:** ${result.docs.map((doc) => `<${doc.url}>`).join(" · ")}`, "");
    }
  }
  const passed = results.filter((result) => result.status === "pass");
  lines.push(`## ${format(t.report.passed, { count: passed.length })}`, "");
  for (const result of passed) lines.push(`- \`${result.check}\`: ${escape(result.title)}`);
  return lines.join("\n").trimEnd() + "\n";
}
