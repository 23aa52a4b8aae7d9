import type { ReasonId } from "@/lib/symptoms/ranking";

// Messages for starting from the symptom (start page question, step order, the report's "Most likely").
export const symptomEn = {
  question: "What is happening?",
  errorTextSummary: "Paste the error message (optional)",
  errorTextHint:
    "From the ECE Retriever or Dispatcher log, the sign-in window, or an alarm e-mail. Tokens and passwords in it are removed as you paste.",
  textNames: "Your error text points to:",
  errorTextCut:
    "The text was longer than {max} characters, so it was cut: {kept} of its {total} characters are kept (whole lines from the start, after tokens were removed).",
  yourSymptom: "What is happening",
  change: "Change",
  notGiven: "Not answered: the whole checklist, in the usual order",
  reasons: {
    setup: "First-time setup: every step of the checklist, in the usual order.",
    "at-once":
      "Failing right after the token was generated points to the token itself (issued to the wrong user, often by single sign-on in a window that was not private), to missing Full Access, or to a disabled protocol.",
    "refresh-fails":
      "One to two hours after generating the token is when ECE first refreshes it (access tokens last 60 to 90 minutes). ECE already used the same client secret for the first token, so a wrong or expired secret would have failed at once. What fails at the first refresh: offline_access missing, the services server unable to reach the Microsoft sign-in host on 443 (refreshes run there, the first token on the application server), Conditional Access blocking the non-interactive refresh from the services server's address, a sign-in frequency policy, or a single-page-application redirect (AADSTS700084 after 24 hours).",
    "long-after":
      "Failing after weeks or months points to a refresh token that died (about 90 days unused: AADSTS700082) or was revoked (a password change or reset: AADSTS50173), a client secret past its expiry (ECE sends it at every refresh), the account disabled, Conditional Access or MFA required at refresh (AADSTS50076), or the protocol switched off for the mailbox.",
    stopped:
      "It worked and then stopped: most often the token refresh fails (expired secret, dead refresh token, offline_access missing) or the token belongs to someone else.",
    signin:
      "An error on the Microsoft sign-in page comes from the app registration or the sign-in itself: redirect URI, consent, tenant or application ID, MFA or Conditional Access.",
    "incoming-only":
      "Only incoming mail fails, so sending works: look at IMAP or POP for the mailboxes, the reading permission and the licence. The sending questions are left out.",
    "outgoing-only":
      "Only outgoing mail fails, so reading works: look at SMTP AUTH (tenant and mailbox), the SMTP.Send permission and STARTTLS. The IMAP and POP questions are left out.",
    both: "Neither direction works: look first at what both share: the token's user, the client secret, the network, the ES and the URL setting.",
    alarms:
      "Alarm e-mails are sent by the application server, not the services server: check that it reaches Office 365 on port 587 and that SMTP AUTH is allowed. The IMAP and POP questions are left out.",
    "per-mailbox":
      "Only some mailboxes fail, so the app and the network are fine: look at what differs per mailbox: Full Access, protocols, SMTP AUTH for the mailbox, licence, and whose token each one has.",
  } satisfies Record<ReasonId, string>,
  sources: "Source:",
  liveLikely: "The most likely cause of what you described:",
  sourceNames: {
    "oracle-12532":
      "Oracle B2C Service documentation, Answer 12532 (another product: how its OAuth mailboxes fail, not Cisco's text)",
  },
  stepList: {
    orderedFor: "Ordered for: {symptom}",
    likely: "Checks a likely cause",
    rest: "Then the rest of the checklist",
    neededFor: "Needed for “{step}”",
    ruledOut: "Not needed for what you described ({count})",
    ruledOutHint: "Open one to answer it anyway.",
  },
  ruledOutStep: "You said “{symptom}”, so this step is usually not needed. Answer it if you want it checked anyway.",
  report: {
    heading: "Most likely",
    youSaid: "You said: {symptom}.",
    confirmed: "Confirmed by the checks",
    open: "Not yet ruled out",
    openHint: "No check has decided these yet. Look at them next:",
    noneConfirmed: "No check has confirmed a likely cause yet. Do this next, in order:",
    next: "What to do next, in order",
    run: {
      network:
        "Run the network checks (DNS, TCP and TLS to Microsoft's hosts) on the network step, from the server ECE runs on.",
      entra: "Run the Entra checks (the tenant, and the client secret when you enter it) on the client secret step.",
      mail: "Get a token for the mailbox on the token step and run the IMAP or POP3 and SMTP checks with it.",
    },
    runButton: "Open the live checks",
    look: "Look at Entra's non-interactive sign-in logs for {account}, filtered by the application {clientId}: Microsoft Entra admin center > Identity > Monitoring & health > Sign-in logs > User sign-ins (non-interactive). ECE's token refreshes are listed there; the failure's AADSTS code names the cause.",
    paste:
      "Paste the error line from the ECE Retriever or Dispatcher log (or the alarm e-mail) on the error page: the wizard names its cause.",
    pasteButton: "Paste an error",
    answer: "Answer “{step}”.",
    answerButton: "Go to the step",
    decides: "Decides:",
    cannotExplain:
      "This cannot explain what you described: once ECE has a token, it refreshes it without the redirect URI or the URL setting. Fix it anyway before the token is generated again.",
    markdownHeading: "Most likely",
  },
};
