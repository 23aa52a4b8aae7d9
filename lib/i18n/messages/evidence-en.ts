export const evidenceEn = {
  signIn: {
    heading: "Entra sign-in logs",
    intro:
      "Microsoft records every sign-in of ECE's app, including the token refreshes that no check here can see. In the Entra admin center, Identity > Monitoring & health > Sign-in logs, add the filter Application ID = {clientId} and a date range that covers the failure, then download User sign-ins (interactive) and User sign-ins (non-interactive) as CSV or JSON. The JSON of Get-MgAuditLogSignIn works too.",
    privacy:
      "The files are read in this browser and never sent to the server. Only what is derived from them (counts, error codes, first and last times, masked IP addresses) goes into the report, the case file and share links.",
    servers: "Which server is which",
    serversHint:
      "The public IP address each ECE server reaches Microsoft from (ask the network team). It is asked once, used in this browser to tell the servers apart, and not kept in the case.",
    application: "IP address of the application server",
    services: "IP address of the services server",
    badAddress: '"{field}" must be an IPv4 or IPv6 address',
    files: "Sign-in log files (CSV or JSON)",
    filesHint: "You can choose the interactive and the non-interactive download together.",
    read: "Read the files",
    reading: "Reading {file}: {rows} rows so far",
    done: "Read {rows} rows: {matched} are sign-ins of ECE's app, {succeeded} of them succeeded; failures found: {groups}. The findings are in the report.",
    noFile: "Choose at least one sign-in log file",
    noApp: "Answer the application (client) ID first, on the step “{step}”",
    notSignInLog:
      "“{file}” is not an Entra sign-in log: it has no column {missing}. Download the sign-in logs from the Entra admin center (CSV or JSON) and choose that file",
    unreadable: "“{file}” could not be read as CSV or JSON",
    empty: "“{file}” is empty",
    forget: "Forget the sign-in log findings",
  },
  powershell: {
    heading: "Answer from PowerShell output",
    exchange:
      "Run this command in Exchange Online PowerShell (after Connect-ExchangeOnline) and paste what it prints. The answer is then taken from the output, and the report says where it came from.",
    graph:
      "Run this command in Microsoft Graph PowerShell (after Connect-MgGraph -Scopes User.Read.All) and paste what it prints. The answer is then taken from the output, and the report says where it came from.",
    mailbox: "Mailbox",
    output: "Output of {command}",
    outputHint: "List or table output, for one or several mailboxes; wrapped lines and shortened columns are fine.",
    use: "Use this output",
    used: "Read from {command}: {count} result(s). {answers}",
    answered: "Answers filled in: {fields}.",
    notAnswered: "No answer could be filled in from it yet (every mailbox of the case is needed for a yes).",
    empty: "Paste the output of {command} first",
    unreadable:
      "This is not output of {command} that the wizard can read: paste what the command printed, from its first property to its last",
    otherCommand: "This is the output of {found}, not of {command}: run the command shown and paste its output",
    otherMailbox:
      "This output is about {found}, which is not a mailbox of this case ({mailboxes}): run the command for one of the case's mailboxes",
    otherDelegate: "This output is about the account {found}, not the delegate {delegate}",
    recorded: "Evidence recorded",
    record: "from {command}, pasted {date}",
  },
};
