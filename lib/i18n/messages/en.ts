import { evidenceEn } from "./evidence-en";
import { probeEn } from "./probe-en";
import { shareEn } from "./share-en";
import { symptomEn } from "./symptom-en";
import { tokenEn } from "./token-en";

export const en = {
  appName: "ECE OAuth Doctor",
  meta: { titleSuffix: "ECE OAuth Doctor", errorPrefix: "Error: " },
  nav: {
    skip: "Skip to main content",
    language: "Language",
    languageName: "English",
    otherLanguage: "Italiano",
    startOver: "Start over",
    back: "Back",
    continue: "Continue",
    change: "Change",
    home: "ECE OAuth Doctor home",
  },
  start: {
    title: "Find out why ECE cannot read or send Office 365 mail with OAuth",
    lead: "This wizard walks Cisco Enterprise Chat and Email (ECE) administrators through Cisco TAC's OAuth 2.0 checklist for Office 365 (document 218453), one question at a time. It checks each answer and ends with a report that says what is wrong, how to fix it, and which team must fix it.",
    haveAtHand: "Have at hand:",
    items: [
      "the ECE release and the engineering specials (ES) installed",
      "the ECE partition URL setting and the address you use to open the console",
      "the Azure app registration: directory (tenant) ID, application (client) ID, client secret, redirect URI, API permissions",
      "the mailbox addresses ECE reads and sends from, and how the token was generated",
    ],
    duration:
      "A first run takes about 30 to 45 minutes: about 30 answers to look up in ECE and the Azure portal, and a token to get and test. A case file saved earlier fills in every answer at once; saying first what is happening puts the likely causes first and leaves out the steps it rules out. You can leave and come back in the same browser tab.",
    secrets:
      "Secrets are never stored: the client secret stays in this browser tab's memory and is not saved, exported or shared.",
    startButton: "Start now",
    resumeButton: "Continue where you left off",
    importLink: "Load a case file instead",
    history: {
      heading: "Why this matters now",
      items: [
        "Exchange Online stopped accepting basic authentication for IMAP and POP on 31 December 2022.",
        "SMTP AUTH with basic authentication (a password) works as before until the end of December 2026. Then Microsoft disables it by default in existing tenants (an admin can turn it back on), tenants created after December 2026 do not have it, and the final removal date is to be announced in the second half of 2027. Aliases still sending with a password then fail with 550 5.7.30. Source: Exchange Team, 27 January 2026 (MC786329); reviewed 2 December 2026.",
        "Cisco TAC cannot reproduce the Microsoft side in a lab: fixes in Azure or Microsoft 365 go to your Microsoft 365 admin or to Microsoft support.",
      ],
    },
  },
  stepList: {
    heading: "Checklist",
    done: "Completed",
    todo: "Not yet started",
    problem: "There is a problem",
    current: "Current step",
    checkAnswers: "Check your answers",
    report: "Report",
    stepOf: "Step {n} of {count}",
    neededFirst: '"{step}" needs the answers of this step first. Answer it, then continue.',
  },
  steps: {
    "ece-version": {
      title: "Which ECE release do you run?",
      intro: [
        "OAuth for Office 365 came to ECE as engineering specials (Cisco bug CSCvr86493). The release decides which ES you need and which setting holds the web URL.",
      ],
    },
    "ece-es": {
      title: "Which engineering specials are installed?",
      intro: [
        "Minimum for OAuth: 11.6(1) needs ES12 and ES12_ET1; 12.0(1) needs ES6; 12.5(1) needs ES3; 12.6(1) needs ES1.",
        "Cisco TAC's best practice is the latest ES for your release, and the OAuth documentation of that ES.",
      ],
    },
    "ece-url": {
      title: "Which web address does ECE use?",
      intro: [
        'ECE builds the OAuth redirect URL from the partition setting "{setting}". It is mandatory for OAuth, and it must be the FQDN that agents and admins use to open the console; it also drives SSO and the chat entry-point HTML.',
        'On 11.5 to 12.5: partition setting "Web Server URL or Load Balancer URL". On 12.6 and later: Partition > Apps > General Settings > "External URL of application".',
      ],
    },
    "azure-app": {
      title: "Which Azure app registration does ECE use?",
      intro: ["Copy the values from the Azure portal: App registrations > your app > Overview."],
    },
    "azure-secret": {
      title: "Check the client secret",
      intro: [
        "ECE needs the client secret Value, not the Secret ID. Azure shows both in Certificates & secrets.",
        "The secret you type here stays in this browser tab's memory only: it is not saved, not exported and not shared, and it is gone when you reload.",
      ],
    },
    "azure-redirect": {
      title: "Which redirect URI is registered?",
      intro: [
        "In the Azure portal: App registrations > your app > Authentication. ECE needs a redirect URI under the Web platform on the same FQDN as its URL setting.",
        "The exact path ECE uses depends on the release and ES, so this wizard does not guess it: paste the redirect URL that ECE (or its ES documentation) gives, and it is compared character for character.",
      ],
    },
    "azure-permissions": {
      title: "Which API permissions does the app have?",
      intro: [
        "In the Azure portal: App registrations > your app > API permissions. ECE needs delegated permissions; they are listed under Microsoft Graph.",
      ],
    },
    mailboxes: {
      title: "Which mailboxes does ECE use?",
      intro: ["List the addresses of the ECE aliases that read or send mail through Office 365."],
    },
    delegate: {
      title: "Which account signs in for the token?",
      intro: [
        "In the shared model one account signs in for all mailboxes. The XOAUTH2 user is each mailbox's address; the token is this account's, so it needs Full Access to every mailbox.",
      ],
    },
    "mailbox-protocols": {
      title: "Is IMAP or POP3 enabled for the mailboxes?",
      intro: [
        "Exchange Online checks the mailbox's protocol settings even with OAuth: ECE's Retriever reads with IMAP or POP3, and that protocol must be enabled on each mailbox.",
      ],
    },
    "smtp-auth": {
      title: "Is Authenticated SMTP enabled for the mailboxes?",
      intro: [
        "ECE's Dispatcher sends through SMTP AUTH on port 587. Exchange Online checks the setting for the tenant and for each mailbox, even with OAuth.",
      ],
    },
    licence: {
      title: "Which licence do the mailboxes have?",
      intro: [
        "Cisco TAC says at least E3. Microsoft's plan tables show that F1 and F3 lack IMAP and POP; Microsoft 365 Business Basic, Standard and Premium include Exchange Online Plan 1, with IMAP, POP and SMTP AUTH.",
        "A shared mailbox needs no licence unless it holds more than 50 GB, has an archive or is on hold; in the shared model only the delegate who signs in needs one.",
      ],
    },
    "token-generation": {
      title: "How was the token generated in ECE?",
      intro: [
        "Generate the token in a private (InPrivate or incognito) window, signed in as the mailbox account, or as the delegate in the shared model.",
        "In a normal window on a domain-joined workstation, Kerberos or single sign-on issues the token to whoever is logged in to Windows.",
      ],
    },
    token: tokenEn.step,
    network: {
      title: "Can the ECE servers reach Microsoft?",
      intro: [
        "The services server runs the Retriever and the Dispatcher; the application server generates the first token and sends alarm e-mails. Cisco TAC's document asks that the services server and all application servers reach at least ports 443, 587, 993 and 995: allow the Microsoft 365 mail hosts below (*.office365.com in the worldwide cloud) and {login} through the firewall and proxy from each of them.",
        "Every port listed in the Installation Guide for your ECE release must be open too.",
      ],
      installGuide: "Cisco ECE Installation Guides, by release",
      tableCaption: "Which server needs which port",
      server: "Server",
      purpose: "Purpose",
      destination: "Destination",
      purposes: {
        "retrieval-imap": "Retriever, IMAP",
        "retrieval-pop3": "Retriever, POP3",
        sending: "Dispatcher, SMTP",
        "token-refresh": "Token refresh",
        "first-token": "First token",
        alarms: "Alarm e-mails",
        "tac-imap": "IMAP (required by the TAC document)",
        "tac-pop3": "POP3 (required by the TAC document)",
      },
      tlsNames: { implicit: "TLS", starttls: "STARTTLS" },
      serverNames: { services: "Services server", application: "All application servers" },
      commandsHeading: "Commands to run on each server",
      windows: "Windows PowerShell",
      openssl: "OpenSSL",
      unconfirmedHost:
        "Host names marked * come from third-party configurations for this cloud: verify them against your tenant.",
      rcaLink: "testconnectivity.microsoft.com",
      rcaHeading: "Microsoft Remote Connectivity Analyzer",
      rca: "testconnectivity.microsoft.com is a Microsoft tool. Its Internet Email tests (IMAP, POP, Outbound SMTP) run from Microsoft's cloud, so they show the Microsoft side, not your firewall.",
    },
  },
  fields: {
    "ece.version": {
      label: "ECE release",
      options: {
        "pre-11.6": "Before 11.6",
        "11.6(1)": "11.6(1)",
        "12.0(1)": "12.0(1)",
        "12.5(1)": "12.5(1)",
        "12.6(1)": "12.6(1)",
        later: "A later release (12.6(2), 12.7, 15.x)",
      },
    },
    "ece.installedES": {
      label: "Installed engineering specials",
      hint: "Separate with commas, for example ES12, ES12_ET1. Leave empty if none is installed.",
    },
    "ece.esIsLatest": {
      label: "Is the newest ES installed the latest one available for your release?",
      options: { yes: "Yes", no: "No", unknown: "I don't know" },
    },
    "ece.externalUrl": {
      label: "Value of the URL setting in ECE",
      hint: "For example https://ece.example.com. Leave empty if the setting is empty.",
    },
    "ece.consoleUrl": {
      label: "Address you type to open the ECE console",
      hint: "Copy it from the browser's address bar.",
    },
    "azure.cloud": {
      label: "Microsoft cloud",
      options: {
        worldwide: "Worldwide (commercial)",
        gcc: "US Government GCC",
        "gcc-high": "US Government GCC High",
        dod: "US Government DoD",
        china: "China (21Vianet)",
      },
    },
    "azure.tenant": { label: "Directory (tenant) ID", hint: "A GUID, like 72f988bf-86f1-41af-91ab-2d7cd011db47." },
    "azure.clientId": { label: "Application (client) ID", hint: "A GUID, from the same Overview page." },
    "secrets.clientSecret": {
      label: "Client secret as entered in ECE (optional)",
      hint: "Used only to check that it is not a Secret ID. Not saved.",
    },
    "secrets.accessToken": {
      label: "Access token for the mailbox (optional)",
      hint: "For the live IMAP, POP3 and SMTP checks. A token is a password for about an hour: whoever holds it can read and send this mailbox's mail. Kept in this tab's memory only; not saved, exported or shared.",
    },
    "azure.secretExpires": {
      label: "Expiry date of the client secret (optional)",
      hint: "The Expires column in Certificates & secrets, as YYYY-MM-DD.",
    },
    "azure.redirectUri": {
      label: "Redirect URI registered in Azure",
      hint: "Copy it exactly, including any trailing slash.",
    },
    "azure.redirectPlatform": {
      label: "Platform of that redirect URI",
      options: {
        web: "Web",
        spa: "Single-page application",
        "mobile-desktop": "Mobile and desktop applications",
        unknown: "I don't know",
      },
    },
    "azure.eceRedirectUri": {
      label: "Redirect URL that ECE uses (optional)",
      hint: "From ECE or its ES documentation. Leave empty if you cannot find it.",
    },
    "azure.delegatedPermissions": {
      label: "Delegated permissions granted to the app",
      hint: "Tick every permission listed in API permissions.",
      options: {
        "IMAP.AccessAsUser.All": "IMAP.AccessAsUser.All",
        "POP.AccessAsUser.All": "POP.AccessAsUser.All",
        "SMTP.Send": "SMTP.Send",
        offline_access: "offline_access",
      },
    },
    "azure.adminConsent": {
      label: 'Does the Status column read "Granted" for each permission?',
      options: { yes: "Yes", no: "No", unknown: "I don't know" },
    },
    "azure.accessTokenLifetimeMinutes": {
      label: "Access token lifetime in minutes (optional)",
      hint: "Leave empty if no token lifetime policy is known. Microsoft's default is 60 to 90.",
    },
    "mail.accessModel": {
      label: "How do the mailboxes get their tokens?",
      options: {
        "per-mailbox": "Each mailbox signs in with its own account",
        shared: "One account with Full Access signs in for several mailboxes",
      },
    },
    "mail.mailboxes": { label: "Mailbox addresses", hint: "One per line." },
    "mail.signInAccount": { label: "Account that signs in (the delegate)" },
    "mail.fullAccess": {
      label: "Does this account have Full Access to every mailbox?",
      options: { yes: "Yes", no: "No", unknown: "I don't know" },
    },
    "symptom.id": {
      label: "What is happening?",
      hint: "Your answer decides which checks come first. Choose the closest one.",
      options: {
        "first-setup": "We are setting it up for the first time",
        "signin-error": "The Microsoft sign-in (token generation in ECE) shows an error",
        "no-incoming": "No incoming mail (Retriever)",
        "no-outgoing": "No outgoing mail (Dispatcher)",
        neither: "Neither incoming nor outgoing mail",
        "alarms-not-sent": "Alarm e-mails from the application server are not sent",
        stopped: "It worked, then stopped",
        "some-mailboxes": "Only some mailboxes fail",
      },
    },
    "symptom.stoppedAfter": {
      label: "When did it stop?",
      hint: "How long after generating the token in ECE.",
      options: {
        minutes: "Minutes after generating the token",
        hours: "About one to two hours after",
        weeks: "After weeks or months",
      },
    },
    "symptom.errorText": { label: "Error message" },
    "mail.retrieval": {
      label: "How does ECE read mail?",
      options: { imap: "IMAP (port 993)", pop3: "POP3 (port 995)" },
    },
    "mail.retrievalEnabled": {
      label: "Is that protocol enabled for the mailboxes?",
      options: { yes: "Yes", no: "No", unknown: "I don't know" },
    },
    "mail.authenticatedSmtp": {
      label: "Is Authenticated SMTP enabled for the mailboxes?",
      hint: "It is needed even with OAuth.",
      options: { yes: "Yes", no: "No", unknown: "I don't know" },
    },
    "mail.licence": {
      label: "Licence of the mailbox users",
      options: {
        e5: "Microsoft 365 / Office 365 E5",
        e3: "Microsoft 365 / Office 365 E3",
        e1: "Office 365 E1",
        "exchange-plan-2": "Exchange Online Plan 2",
        "exchange-plan-1": "Exchange Online Plan 1",
        "business-premium": "Microsoft 365 Business Premium",
        "business-standard": "Microsoft 365 Business Standard",
        "business-basic": "Microsoft 365 Business Basic",
        f3: "F3 (frontline)",
        f1: "F1 (frontline)",
        none: "No licence (shared mailboxes usually need none)",
        other: "Another plan",
        unknown: "I don't know",
      },
    },
    "mail.privateWindow": {
      label: "Was the token generated in a private (InPrivate or incognito) window?",
      options: { yes: "Yes", no: "No", unknown: "I don't know" },
    },
    "mail.tokenSignedInAs": {
      label: "Account that signed in on the Microsoft page (optional)",
      hint: "The address shown on the Microsoft sign-in page, if you know it.",
    },
    "network.servicesServer": {
      label: "From the services server",
      options: {
        verified: "Verified: all ports open",
        blocked: "Something is blocked",
        "not-checked": "Not checked yet",
      },
    },
    "network.applicationServer": {
      label: "From the application server",
      options: {
        verified: "Verified: all ports open",
        blocked: "Something is blocked",
        "not-checked": "Not checked yet",
      },
    },
    "network.tlsInspection": {
      label: "Does a proxy inspect (decrypt) TLS traffic to Microsoft?",
      options: { yes: "Yes", no: "No", unknown: "I don't know" },
    },
    evidence: { label: "Evidence from sign-in logs and PowerShell output" },
  },
  errors: {
    summaryTitle: "There is a problem",
    required: 'Enter a value for "{field}"',
    choose: 'Select an answer for "{field}"',
    url: '"{field}" must be a web address starting with https:// or http://',
    email: '"{field}" must be an e-mail address, like support@example.com',
    emailList: '"{field}": enter one e-mail address per line',
    esList: '"{field}": write each ES like ES3 or ES12_ET1',
    number: '"{field}" must be a whole number of minutes from 1 to 1440',
    date: '"{field}" must be a date like 2027-03-31',
    tooLong: '"{field}" is too long',
    tooMany: '"{field}" has too many entries: at most {max}',
    unknownField: '"{field}" is not a field of the case file',
    schema: '"{field}" must be "ece-oauth-doctor/case@3" (files in case@1 and case@2 are read too)',
    missing: '"{field}" is missing',
    invalidType: '"{field}" has the wrong type of value',
  },
  warnings: {
    prefix: "Warning",
    notGuid:
      "This is not a GUID: it has {length} characters, a GUID has 36 (8-4-4-4-12 hexadecimal digits). Copy it again from the app registration's Overview page.",
    domain: 'This looks like a domain name, not a GUID. Copy the "{field}" from the app registration\'s Overview page.',
    sameAsTenant: "This is the Directory (tenant) ID. Copy the Application (client) ID instead.",
    notHttps:
      "This address starts with http://. ECE's OAuth needs https://: Microsoft sends the sign-in result only to https addresses.",
    later: "You can continue: the report lists this too.",
  },
  check: {
    title: "Check your answers",
    intro: "Make sure the answers match ECE and the Azure portal, then run the diagnosis.",
    notProvided: "Not provided",
    secretGiven: "Entered (kept in this tab only)",
    live: "Also run the live checks from this server",
    liveHint:
      "DNS, TCP, TLS, Entra ID and the IMAP/POP3/SMTP sign-in, against the Microsoft hosts of the chosen cloud only. Takes up to a minute.",
    liveWhat:
      "Without it, the report judges your answers only. With it, this wizard's server also connects to Microsoft as ECE would, with the client secret and token you entered (sent to Microsoft only): that confirms or rules out network, secret and mailbox causes. Tick it when this wizard runs on or beside the ECE servers.",
    submit: "Run the diagnosis",
    running: "Running the diagnosis…",
    incomplete: "Some steps are not complete yet.",
    failed: "The diagnosis could not run: {message}",
  },
  report: {
    title: "Report",
    noResults: "There is no report yet.",
    goToCheck: "Check your answers and run the diagnosis",
    summary: "Problems: {fail} · warnings: {warn} · to verify: {info} · passed: {pass}",
    byOwner: "What each team must do",
    owners: { "ece-admin": "ECE admin", "m365-admin": "Microsoft 365 admin", "network-admin": "Network team" },
    ownerIntro: {
      "ece-admin":
        "Settings in ECE, its engineering specials, and how the token is generated. Cisco TAC can help here.",
      "m365-admin":
        "The Azure app registration and the Exchange Online mailboxes. Cisco TAC cannot lab-test these: your Microsoft 365 admin or Microsoft support must fix them.",
      "network-admin": "Firewall, proxy and DNS between the ECE servers and Microsoft.",
    },
    nothingForOwner: "Nothing to do.",
    status: { pass: "Passed", fail: "Problem", warn: "Warning", info: "To verify", skipped: "Not checked" },
    why: "Why",
    fix: "How to fix",
    owner: "Who fixes it",
    docs: "Documentation",
    target: "Applies to",
    passed: "Passed checks: {count}",
    exportMarkdown: "Download Markdown",
    exportJson: "Download JSON",
    exportCase: "Download case file",
    print: "Print",
    generated: "Generated {date}",
    editAnswers: "Change your answers",
  },
  docs: {
    "tac-218453": "Cisco TAC 218453: Troubleshoot ECE OAuth2 Authentication with O365",
    "ms-oauth-imap-pop-smtp": "Microsoft: Authenticate an IMAP, POP or SMTP connection using OAuth",
    "ms-refresh-tokens": "Microsoft Entra: refresh tokens",
    "ms-pop-imap-enable": "Microsoft: enable or disable POP3 or IMAP4 access",
    "ms-smtp-auth": "Microsoft: enable or disable authenticated client SMTP submission",
    "ms-connectivity-analyzer": "Microsoft Remote Connectivity Analyzer",
    "ms-entra-errors": "Microsoft Entra authentication error codes",
    "egain-email-accounts": "eGain: configuring email accounts",
    "cisco-ece-support": "Cisco ECE support and downloads",
    "cisco-ece-install-guides": "Cisco ECE install and upgrade guides",
    "cisco-bug-search": "Cisco Bug Search",
    "ms-shared-mailbox-licence": "Microsoft 365: shared mailbox licences",
    "ms-sign-in-logs": "Microsoft Entra: sign-in logs",
  },
  importCase: {
    title: "Load a case file",
    intro:
      "A case file holds every answer of the wizard as JSON (format ece-oauth-doctor/case@3; case@1 and case@2 files are read too). It never contains secrets.",
    paste: "Paste the case file",
    upload: "Or choose a file",
    submit: "Load the case",
    invalidJson: "The case file is not valid JSON: {message}",
    tooLarge: "The file is larger than 256 KB.",
    notText: '"{name}" is not a text file. Choose the case file (.json) saved from a report.',
    jsonAt: "line {line}, column {column}: {problem}",
    jsonProblems: {
      comma: "expected a comma",
      colon: "expected a colon after the field name",
      name: "expected a field name in double quotes",
      value: "expected a value (text in double quotes, a number, true, false, null, a list or an object)",
      closeBrace: "expected a closing brace }",
      closeBracket: "expected a closing bracket ]",
      end: "expected the end of the file after the closing brace",
      string: "a text value is not closed with a double quote",
      symbol: "unexpected character",
      other: "not valid JSON here",
    },
    issue: "{path}: {message}",
    empty: "Paste a case file or choose one",
    loaded: "Case loaded.",
  },
  triage: {
    title: "I have an error message",
    intro:
      "Paste what you see: an ECE Retriever or Dispatcher log excerpt, a Microsoft sign-in error, a Java stack trace. Each error this wizard recognises is explained with its cause, fix and owner. Tokens in the text are removed before anything is shown or kept.",
    label: "Error text",
    hint: "Up to 200,000 characters. Nothing is stored.",
    submit: "Explain the errors",
    running: "Reading…",
    empty: "Paste an error message first",
    failed: "The text could not be read: {message}",
    none: "No known error was found in this text. Try the full checklist instead.",
    nonePasteIntro: "Paste one of these instead, if you have it:",
    nonePaste: [
      'the ECE Retriever or Dispatcher log lines around the failure, with the whole Java stack trace and every "Caused by" line',
      "the mail server's reply: the line with NO, BAD, -ERR or a three-digit code such as 535",
      "the text of the Microsoft sign-in error page, with its AADSTS code, Trace ID and Correlation ID",
      "the access token, or the XOAUTH2 line that carries it (it is read and removed before anything is shown)",
    ],
    noneChecklist: "Go through the checklist step by step",
    found: "Errors recognised: {count}",
    line: "Line {line}",
    link: "I have an error message",
  },
  live: {
    heading: "Live checks",
    intro: {
      network:
        "Resolve, connect and handshake with the Microsoft hosts of this cloud from the server running this wizard (run it on or beside the ECE services server to see what ECE sees).",
      entra:
        "Look up the tenant in Entra ID and, when you entered the client secret, ask for an app-only token with it: that tells a valid secret from a wrong, expired or Secret ID one. The secret is sent to Microsoft only.",
      mail: "Sign in to each mailbox over IMAP or POP3 and SMTP with XOAUTH2, the way ECE's Retriever and Dispatcher are expected to, with the access token you pasted, and read the mailbox domains' realm. No mail is read or sent.",
    },
    run: "Run live checks",
    running: "Running…",
    cancel: "Stop",
    progress: "Probes finished: {count}",
    finished: "Done. Problems found: {count}",
    failed: "The live checks could not run: {message}",
    incomplete: "Answer the earlier steps first.",
    evidence: "Evidence",
    transcript: "Transcript",
    took: "{ms} ms",
    remote: "Remote address",
    phases: "Phases",
    error: "Error",
  },
  token: tokenEn,
  notFound: { title: "Page not found", body: "This page does not exist.", home: "Go to the start page" },
  share: shareEn,
  symptom: symptomEn,
  evidence: evidenceEn,
  probe: probeEn,
};

export type Messages = typeof en;
