import type { StepId } from "@/lib/wizard/steps";
import type { PowershellCommand } from "./schema";

// The command whose output answers each step's questions (the list; fixtures README has the sources).
export const powershellOfStep: Partial<Record<StepId, readonly PowershellCommand[]>> = {
  mailboxes: ["Get-Mailbox"],
  delegate: ["Get-MailboxPermission"],
  "mailbox-protocols": ["Get-EXOCasMailbox"],
  "smtp-auth": ["Get-EXOCasMailbox", "Get-TransportConfig"],
  licence: ["Get-MgUserLicenseDetail"],
};

/** The step that asks for the servers' addresses reads the sign-in logs too. */
export const signInLogsStep: StepId = "network";
