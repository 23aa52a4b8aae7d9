import type { Licence } from "@/lib/knowledge/microsoft";
import { type PsObject, readPowershellObjects, sameValue } from "./powershell-text";
import type { PowershellCommand, PowershellRecord } from "./schema";

// The exact commands each step shows (research: Microsoft's Exchange Online PowerShell and Graph PowerShell
// references; sample outputs and their sources in lib/evidence/fixtures/README.md).
export const powershellCommandText: Record<PowershellCommand, string> = {
  "Get-EXOCasMailbox":
    "Get-EXOCasMailbox -Identity <mailbox> -Properties ImapEnabled,PopEnabled,SmtpClientAuthenticationDisabled",
  "Get-TransportConfig": "Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled",
  "Get-MailboxPermission": "Get-MailboxPermission -Identity <mailbox> -User <delegate>",
  "Get-Mailbox":
    "Get-Mailbox -Identity <mailbox> | Format-List RecipientTypeDetails,UserPrincipalName,PrimarySmtpAddress,EmailAddresses",
  "Get-MgUserLicenseDetail": "Get-MgUserLicenseDetail -UserId <mailbox> | Format-List SkuPartNumber",
};

export function commandFor(command: PowershellCommand, mailbox: string, delegate: string): string {
  return powershellCommandText[command]
    .replace("<mailbox>", mailbox || "<mailbox>")
    .replace("<delegate>", delegate || "<delegate>");
}

// The properties that tell one command's output from another's, and the ones it must show to answer.
const spec: Record<PowershellCommand, { marks: string[]; keep: string[] }> = {
  "Get-EXOCasMailbox": {
    marks: ["ImapEnabled", "PopEnabled"],
    keep: ["ImapEnabled", "PopEnabled", "SmtpClientAuthenticationDisabled"],
  },
  "Get-TransportConfig": { marks: ["SmtpClientAuthenticationDisabled"], keep: ["SmtpClientAuthenticationDisabled"] },
  "Get-MailboxPermission": { marks: ["AccessRights"], keep: ["User", "AccessRights", "IsInherited", "Deny"] },
  "Get-Mailbox": {
    marks: ["RecipientTypeDetails"],
    keep: ["RecipientTypeDetails", "UserPrincipalName", "PrimarySmtpAddress"],
  },
  "Get-MgUserLicenseDetail": { marks: ["SkuPartNumber"], keep: ["SkuPartNumber"] },
};

const identityProps = ["PrimarySmtpAddress", "UserPrincipalName", "Identity", "Name", "Alias", "WindowsEmailAddress"];

export type PowershellContext = { mailboxes: string[]; delegate: string | null; today: string; chosenMailbox: string };

export type PowershellReading =
  | { ok: true; records: PowershellRecord[] }
  | { ok: false; error: "empty" | "unreadable" | "otherCommand" | "otherMailbox" | "otherDelegate"; found?: string };

const has = (object: PsObject, name: string) =>
  Object.keys(object).some((key) => key.toLowerCase() === name.toLowerCase());
const get = (object: PsObject, name: string) =>
  Object.entries(object).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

function commandOf(object: PsObject, expected: PowershellCommand): PowershellCommand | null {
  // "Get-CASMailbox … | Format-List SmtpClientAuthenticationDisabled" prints what Get-TransportConfig prints.
  if (
    expected === "Get-EXOCasMailbox" &&
    Object.keys(object).length === 1 &&
    has(object, "SmtpClientAuthenticationDisabled")
  )
    return expected;
  if (spec["Get-EXOCasMailbox"].marks.some((mark) => has(object, mark))) return "Get-EXOCasMailbox";
  if (has(object, "AccessRights")) return "Get-MailboxPermission";
  if (has(object, "RecipientTypeDetails")) return "Get-Mailbox";
  if (has(object, "SkuPartNumber")) return "Get-MgUserLicenseDetail";
  if (has(object, "SmtpClientAuthenticationDisabled"))
    return identityProps.some((prop) => has(object, prop)) ? "Get-EXOCasMailbox" : "Get-TransportConfig";
  return null;
}

const localPart = (address: string) => address.split("@")[0] ?? address;

/** The case mailbox an object is about, "none" when it names none, or the name it gives when that is another one. */
export function mailboxOf(
  object: PsObject,
  mailboxes: readonly string[],
): { mailbox: string } | { other: string } | "none" {
  const named = identityProps
    .map((prop) => get(object, prop))
    .filter((value): value is string => value !== undefined && value !== "");
  const addresses = (get(object, "EmailAddresses") ?? "")
    .replace(/[{}]/g, "")
    .split(/[,\s]+/)
    .map((entry) => entry.replace(/^smtp:/i, ""))
    .filter((entry) => entry.includes("@"));
  if (named.length === 0 && addresses.length === 0) return "none";
  for (const mailbox of mailboxes) {
    if (addresses.some((address) => sameValue(address, mailbox))) return { mailbox };
    if (named.some((value) => sameValue(value, mailbox) || sameValue(value, localPart(mailbox)))) return { mailbox };
  }
  return { other: named[0] ?? addresses[0] ?? "" };
}

export function readPowershell(
  command: PowershellCommand,
  text: string,
  context: PowershellContext,
): PowershellReading {
  if (text.trim() === "") return { ok: false, error: "empty" };
  const { objects, commands } = readPowershellObjects(text);
  const otherPrompt = commands.find((name) => name !== command.toLowerCase());
  if (otherPrompt) return { ok: false, error: "otherCommand", found: otherPrompt };
  if (objects.length === 0) return { ok: false, error: "unreadable" };
  const kinds = objects.map((object) => commandOf(object, command));
  const wrong = kinds.find((kind) => kind !== command);
  if (wrong !== undefined)
    return { ok: false, error: wrong === null ? "unreadable" : "otherCommand", ...(wrong ? { found: wrong } : {}) };
  const records: PowershellRecord[] = [];
  for (const object of objects) {
    const values = Object.fromEntries(
      spec[command].keep
        .filter((name) => has(object, name))
        .map((name) => [name, (get(object, name) ?? "").slice(0, 512)]),
    );
    if (command === "Get-TransportConfig") {
      records.push({ command, pastedOn: context.today, mailbox: null, values });
      continue;
    }
    const about =
      command === "Get-MailboxPermission"
        ? mailboxOf({ Identity: get(object, "Identity") ?? "" }, context.mailboxes)
        : mailboxOf(object, context.mailboxes);
    if (about !== "none" && "other" in about) return { ok: false, error: "otherMailbox", found: about.other };
    const target = about === "none" ? context.chosenMailbox : about.mailbox;
    if (command === "Get-MailboxPermission") {
      const user = get(object, "User") ?? "";
      if (
        context.delegate &&
        user !== "" &&
        !sameValue(user, context.delegate) &&
        !sameValue(user, localPart(context.delegate))
      )
        return { ok: false, error: "otherDelegate", found: user };
    }
    if (command === "Get-Mailbox" && has(object, "EmailAddresses"))
      values.EmailAddresses = (get(object, "EmailAddresses") ?? "").slice(0, 512);
    records.push({ command, pastedOn: context.today, mailbox: target, values });
  }
  return { ok: true, records: mergeLicences(records) };
}

// One licence record per mailbox: Get-MgUserLicenseDetail prints one object per assigned SKU.
function mergeLicences(records: PowershellRecord[]): PowershellRecord[] {
  const others = records.filter((record) => record.command !== "Get-MgUserLicenseDetail");
  const byMailbox = new Map<string, PowershellRecord>();
  for (const record of records.filter((item) => item.command === "Get-MgUserLicenseDetail")) {
    const key = record.mailbox ?? "";
    const before = byMailbox.get(key);
    const sku = record.values.SkuPartNumber ?? "";
    byMailbox.set(
      key,
      before ? { ...before, values: { SkuPartNumber: `${before.values.SkuPartNumber}, ${sku}` } } : record,
    );
  }
  return [...others, ...byMailbox.values()];
}

// SkuPartNumber values from Microsoft's "Product names and service plan identifiers for licensing" (fixtures README).
const skuLicence: Record<string, Licence> = {
  SPE_E5: "e5",
  ENTERPRISEPREMIUM: "e5",
  ENTERPRISEPREMIUM_NOPSTNCONF: "e5",
  SPE_E3: "e3",
  ENTERPRISEPACK: "e3",
  STANDARDPACK: "e1",
  EXCHANGEENTERPRISE: "exchange-plan-2",
  EXCHANGESTANDARD: "exchange-plan-1",
  SPE_F1: "f3",
  DESKLESSPACK: "f3",
  M365_F1_COMM: "f1",
};

const licenceRank: Licence[] = ["e5", "e3", "exchange-plan-2", "e1", "exchange-plan-1", "f3", "f1", "other"];

export function licenceOfSkus(skus: string): Licence {
  const found = skus
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((sku) => skuLicence[sku.toUpperCase()] ?? "other");
  return licenceRank.find((licence) => found.includes(licence)) ?? "other";
}

export type Answers = Partial<
  Record<"mail.retrievalEnabled" | "mail.authenticatedSmtp" | "mail.fullAccess" | "mail.licence", string>
>;

export type AnswerContext = { mailboxes: string[]; retrieval: "imap" | "pop3"; delegate: string | null };

const isTrue = (value: string | undefined) => value?.trim().toLowerCase() === "true";
const isFalse = (value: string | undefined) => value?.trim().toLowerCase() === "false";

/** The answers the pasted outputs give: an answer for every case mailbox, or a "no" that one mailbox is enough for. */
export function answersFrom(records: readonly PowershellRecord[], context: AnswerContext): Answers {
  const answers: Answers = {};
  const latest = latestRecords(records);
  const covers = (items: PowershellRecord[]) =>
    context.mailboxes.every((mailbox) => items.some((record) => record.mailbox === mailbox));
  const cas = latest.filter(
    (record) => record.command === "Get-EXOCasMailbox" && context.mailboxes.includes(record.mailbox ?? ""),
  );
  const setting = context.retrieval === "imap" ? "ImapEnabled" : "PopEnabled";
  const withSetting = cas.filter((record) => record.values[setting] !== undefined);
  if (withSetting.some((record) => isFalse(record.values[setting]))) answers["mail.retrievalEnabled"] = "no";
  else if (
    withSetting.length > 0 &&
    covers(withSetting) &&
    withSetting.every((record) => isTrue(record.values[setting]))
  )
    answers["mail.retrievalEnabled"] = "yes";
  const tenant = latest.find((record) => record.command === "Get-TransportConfig")?.values
    .SmtpClientAuthenticationDisabled;
  const smtp = context.mailboxes.map((mailbox) => {
    const own = cas.find((record) => record.mailbox === mailbox)?.values.SmtpClientAuthenticationDisabled;
    // A blank per-mailbox value follows the tenant's setting (Microsoft's SMTP AUTH article).
    const effective = own !== undefined && own.trim() !== "" ? own : tenant;
    return isTrue(effective) ? "no" : isFalse(effective) ? "yes" : null;
  });
  if (smtp.includes("no")) answers["mail.authenticatedSmtp"] = "no";
  else if (smtp.every((answer) => answer === "yes")) answers["mail.authenticatedSmtp"] = "yes";
  if (context.delegate) {
    const permissions = latest.filter((record) => record.command === "Get-MailboxPermission");
    const full = (mailbox: string) =>
      permissions.some(
        (record) =>
          record.mailbox === mailbox &&
          /FullAccess/i.test(record.values.AccessRights ?? "") &&
          !isTrue(record.values.Deny),
      );
    if (permissions.length > 0) {
      if (context.mailboxes.every(full)) answers["mail.fullAccess"] = "yes";
      else if (
        permissions.some(
          (record) => !/FullAccess/i.test(record.values.AccessRights ?? "") || isTrue(record.values.Deny),
        )
      )
        answers["mail.fullAccess"] = "no";
    }
  }
  const licences = latest
    .filter((record) => record.command === "Get-MgUserLicenseDetail")
    .map((record) => licenceOfSkus(record.values.SkuPartNumber ?? ""));
  if (licences.length > 0)
    answers["mail.licence"] = [...licenceRank].reverse().find((licence) => licences.includes(licence)) ?? "other";
  return answers;
}

/** A newer paste of the same command for the same mailbox replaces the older one. */
export function latestRecords(records: readonly PowershellRecord[]): PowershellRecord[] {
  const key = (record: PowershellRecord) =>
    `${record.command}|${record.mailbox ?? ""}|${record.command === "Get-MailboxPermission" ? (record.values.User ?? "") : ""}`;
  const seen = new Map<string, PowershellRecord>();
  for (const record of records) seen.set(key(record), record);
  return [...seen.values()];
}

export function addRecords(
  before: readonly PowershellRecord[],
  added: readonly PowershellRecord[],
): PowershellRecord[] {
  return latestRecords([...before, ...added]);
}
