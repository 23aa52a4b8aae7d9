import type { CaseFile } from "@/lib/case/schema";
import { latestRecords, licenceOfSkus } from "@/lib/evidence/powershell";
import type { PowershellRecord } from "@/lib/evidence/schema";
import { licenceClass } from "@/lib/knowledge/microsoft";
import { type Finding, finding, pass, type Rule } from "./types";

// Each pasted PowerShell output is evidence in its own right: the report shows where an answer came from and when.
// The answers it gave feed the usual checks (mailbox-protocols, account-model, licence) through the case.
export const powershellOutput: Rule = ({ file }) =>
  latestRecords(file.evidence?.powershell ?? []).map((record): Finding => {
    const params = {
      command: record.command,
      pastedOn: record.pastedOn,
      values: Object.entries(record.values)
        .map(([name, value]) => `${name} ${value === "" ? '""' : value}`)
        .join(", "),
      subject: record.mailbox ?? "tenant",
    };
    const target = record.mailbox ?? undefined;
    if (!showsProblem(record, file)) return { ...pass("powershell-output", params), ...(target ? { target } : {}) };
    return finding("powershell-output", "fail", "powershell-setting-wrong", params, target);
  });

const isTrue = (value: string | undefined) => value?.trim().toLowerCase() === "true";
const isFalse = (value: string | undefined) => value?.trim().toLowerCase() === "false";

function showsProblem(record: PowershellRecord, file: CaseFile): boolean {
  const values = record.values;
  switch (record.command) {
    case "Get-EXOCasMailbox":
      return (
        isFalse(values[file.mail.retrieval === "imap" ? "ImapEnabled" : "PopEnabled"]) ||
        isTrue(values.SmtpClientAuthenticationDisabled)
      );
    case "Get-TransportConfig":
      return isTrue(values.SmtpClientAuthenticationDisabled);
    case "Get-MailboxPermission":
      return !/FullAccess/i.test(values.AccessRights ?? "") || isTrue(values.Deny);
    case "Get-Mailbox":
      return false;
    case "Get-MgUserLicenseDetail": {
      const level = licenceClass[licenceOfSkus(values.SkuPartNumber ?? "")];
      return level === "none" || level === "no-imap-pop";
    }
  }
}
