import { type Finding, finding, pass, type Rule } from "./types";

export const mailboxProtocols: Rule = ({ file }) => {
  const { retrieval, retrievalEnabled, authenticatedSmtp, mailboxes } = file.mail;
  const protocol = retrieval === "imap" ? "IMAP" : "POP3";
  const params = {
    protocol,
    setting: retrieval === "imap" ? "ImapEnabled" : "PopEnabled",
    mailbox: mailboxes[0] ?? "",
  };
  const findings: Finding[] = [];
  if (retrievalEnabled === "no")
    findings.push(finding("mailbox-protocols", "fail", "retrieval-protocol-disabled", params));
  if (authenticatedSmtp === "no") findings.push(finding("mailbox-protocols", "fail", "smtp-auth-disabled", params));
  if (retrievalEnabled === "unknown" || authenticatedSmtp === "unknown")
    findings.push(finding("mailbox-protocols", "info", "protocols-unknown", params));
  return findings.length > 0 ? findings : [pass("mailbox-protocols", params)];
};
