import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { answersFrom, type PowershellContext, readPowershell } from "./powershell";
import type { PowershellCommand } from "./schema";

const sample = (name: string) => readFileSync(join(__dirname, "fixtures", "powershell", name), "utf8");
const three = ["support@example.com", "sales@example.com", "billing@example.com"];
const context = (mailboxes = three): PowershellContext => ({
  mailboxes,
  delegate: "ece.delegate@example.com",
  today: "2026-12-02",
  chosenMailbox: mailboxes[0] ?? "",
});
const read = (command: PowershellCommand, name: string, mailboxes = three) =>
  readPowershell(command, sample(name), context(mailboxes));
const records = (command: PowershellCommand, name: string, mailboxes = three) => {
  const reading = read(command, name, mailboxes);
  if (!reading.ok) throw new Error(`${name}: ${reading.error} ${reading.found ?? ""}`);
  return reading.records;
};

describe("PowerShell output read as evidence", () => {
  it("reads Get-EXOCasMailbox in the default list view for one mailbox, with a blank SMTP AUTH value", () => {
    const [record] = records("Get-EXOCasMailbox", "cas-list-one.txt", ["support@example.com"]);
    expect(record).toEqual({
      command: "Get-EXOCasMailbox",
      pastedOn: "2026-12-02",
      mailbox: "support@example.com",
      values: { ImapEnabled: "False", PopEnabled: "True", SmtpClientAuthenticationDisabled: "" },
    });
    expect(answersFrom([record!], { mailboxes: ["support@example.com"], retrieval: "imap", delegate: null })).toEqual({
      "mail.retrievalEnabled": "no",
    });
    expect(answersFrom([record!], { mailboxes: ["support@example.com"], retrieval: "pop3", delegate: null })).toEqual({
      "mail.retrievalEnabled": "yes",
    });
  });

  it("reads Format-Table for three mailboxes, a truncated address included", () => {
    const found = records("Get-EXOCasMailbox", "cas-table-three.txt");
    expect(
      found.map((record) => [record.mailbox, record.values.PopEnabled, record.values.SmtpClientAuthenticationDisabled]),
    ).toEqual([
      ["support@example.com", "True", ""],
      ["sales@example.com", "False", "True"],
      ["billing@example.com", "True", "False"],
    ]);
    expect(answersFrom(found, { mailboxes: three, retrieval: "imap", delegate: null })).toEqual({
      "mail.retrievalEnabled": "yes",
      "mail.authenticatedSmtp": "no",
    });
    expect(answersFrom(found, { mailboxes: three, retrieval: "pop3", delegate: null })["mail.retrievalEnabled"]).toBe(
      "no",
    );
  });

  it("reads Get-TransportConfig as a list and as a table; a blank mailbox value follows the tenant", () => {
    const list = records("Get-TransportConfig", "transport-list.txt");
    const table = records("Get-TransportConfig", "transport-table.txt");
    expect(list).toEqual([
      {
        command: "Get-TransportConfig",
        pastedOn: "2026-12-02",
        mailbox: null,
        values: { SmtpClientAuthenticationDisabled: "True" },
      },
    ]);
    expect(table[0]?.values).toEqual({ SmtpClientAuthenticationDisabled: "False" });
    const cas = records("Get-EXOCasMailbox", "cas-list-one.txt", ["support@example.com"]);
    const one = { mailboxes: ["support@example.com"], retrieval: "imap" as const, delegate: null };
    expect(answersFrom([...cas, ...table], one)["mail.authenticatedSmtp"]).toBe("yes");
    expect(answersFrom([...cas, ...list], one)["mail.authenticatedSmtp"]).toBe("no");
    expect(answersFrom(cas, one)["mail.authenticatedSmtp"]).toBeUndefined();
  });

  it("reads Get-MailboxPermission in the default table for one mailbox and as a list for three", () => {
    const one = records("Get-MailboxPermission", "permission-table-one.txt");
    expect(one).toEqual([
      {
        command: "Get-MailboxPermission",
        pastedOn: "2026-12-02",
        mailbox: "support@example.com",
        values: { User: "ece.delegate@exam...", AccessRights: "{FullAccess}", IsInherited: "False", Deny: "False" },
      },
    ]);
    const shared = { mailboxes: three, retrieval: "imap" as const, delegate: "ece.delegate@example.com" };
    expect(answersFrom(one, { ...shared, mailboxes: ["support@example.com"] })).toEqual({ "mail.fullAccess": "yes" });
    const list = records("Get-MailboxPermission", "permission-list-three.txt");
    expect(list.map((record) => record.mailbox)).toEqual(three);
    expect(answersFrom(list, shared)).toEqual({ "mail.fullAccess": "no" });
  });

  it("reads Get-Mailbox with a wrapped address list and a wrapped table cell", () => {
    const [record] = records("Get-Mailbox", "mailbox-list-one.txt");
    expect(record?.values).toMatchObject({
      RecipientTypeDetails: "SharedMailbox",
      PrimarySmtpAddress: "support@example.com",
    });
    expect(record?.values.EmailAddresses).toContain("smtp:support@contoso.onmicrosoft.com");
    const table = records("Get-Mailbox", "mailbox-table-three.txt");
    expect(
      table.map((item) => [item.mailbox, item.values.RecipientTypeDetails, item.values.UserPrincipalName]),
    ).toEqual([
      ["support@example.com", "SharedMailbox", "support@contoso.onmicrosoft.com"],
      ["sales@example.com", "UserMailbox", "sales@example.com"],
      ["billing@example.com", "SharedMailbox", "billing@contoso.onmicrosoft.com"],
    ]);
  });

  it("reads the licence from Get-MgUserLicenseDetail as a list (several SKUs) and as the default table", () => {
    const list = records("Get-MgUserLicenseDetail", "licence-list-one.txt");
    expect(list).toEqual([
      {
        command: "Get-MgUserLicenseDetail",
        pastedOn: "2026-12-02",
        mailbox: "support@example.com",
        values: { SkuPartNumber: "ENTERPRISEPACK, FLOW_FREE" },
      },
    ]);
    expect(answersFrom(list, { mailboxes: three, retrieval: "imap", delegate: null })).toEqual({
      "mail.licence": "e3",
    });
    const table = records("Get-MgUserLicenseDetail", "licence-table-one.txt", ["sales@example.com"]);
    expect(answersFrom(table, { mailboxes: ["sales@example.com"], retrieval: "imap", delegate: null })).toEqual({
      "mail.licence": "f3",
    });
  });

  it("says so when the output is another command's, another mailbox's, another delegate's or not PowerShell output", () => {
    expect(read("Get-EXOCasMailbox", "transport-list.txt")).toEqual({
      ok: false,
      error: "otherCommand",
      found: "get-transportconfig",
    });
    expect(read("Get-TransportConfig", "mailbox-list-one.txt")).toMatchObject({ ok: false, error: "otherCommand" });
    expect(
      readPowershell(
        "Get-Mailbox",
        "RecipientTypeDetails : UserMailbox\nPrimarySmtpAddress : x@example.com\n",
        context(),
      ),
    ).toEqual({ ok: false, error: "otherMailbox", found: "x@example.com" });
    expect(readPowershell("Get-Mailbox", sample("cas-list-one.txt").replace(/^PS.*$/m, ""), context())).toEqual({
      ok: false,
      error: "otherCommand",
      found: "Get-EXOCasMailbox",
    });
    expect(read("Get-EXOCasMailbox", "cas-other-mailbox.txt")).toEqual({
      ok: false,
      error: "otherMailbox",
      found: "marketing@example.com",
    });
    expect(
      readPowershell("Get-MailboxPermission", sample("permission-table-one.txt"), {
        ...context(),
        delegate: "someone@example.com",
      }),
    ).toMatchObject({ ok: false, error: "otherDelegate" });
    expect(readPowershell("Get-EXOCasMailbox", "   \n", context())).toEqual({ ok: false, error: "empty" });
    expect(
      readPowershell(
        "Get-EXOCasMailbox",
        "The term 'Get-EXOCasMailbox' is not recognized as a name of a cmdlet",
        context(),
      ),
    ).toEqual({ ok: false, error: "unreadable" });
  });
});
