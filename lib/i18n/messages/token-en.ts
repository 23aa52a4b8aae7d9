// The token step: sign-in (browser, device code, paste), the claims panel and the realm answer.
export const tokenEn = {
  step: {
    title: "Whose token is it, and does it work?",
    intro: [
      "Exchange accepts a token only from the account that owns the mailbox, or from a delegate with Full Access to it. Get a token here the right way, see whose it is, and test IMAP or POP3 and SMTP with it.",
      "The token stays in this tab's memory only: it is not saved, exported, shared or put in the report, and it is gone when you reload. The report keeps what the token says (its claims), never the token.",
    ],
  },
  bridge: "Finishing the sign-in… This window closes by itself.",
  incomplete: "Answer the earlier steps first: the cloud, tenant, application ID and mailboxes are needed to sign in.",
  owner: {
    heading: "Whose token is needed",
    mustOwn: "The token must belong to {owner}.",
    perMailbox:
      "Per-mailbox model: each mailbox signs in with its own account, so each needs its own token. Sign in as each mailbox in turn; the live checks test the mailbox the token belongs to.",
    shared:
      "Shared model: the delegate {owner} signs in once, and its token is tried against every mailbox. A mailbox it has no Full Access to fails, which is how missing Full Access shows.",
    mailboxLabel: "Mailbox to get a token for",
  },
  realm: {
    checking: "Asking Entra how {domain} signs in…",
    managed:
      "{domain} is Managed: Entra handles the sign-in and honours the account hint and the prompt below. On a Managed domain, Seamless SSO (Kerberos, the scenario of Cisco TAC's document) and Windows device single sign-on can still sign in the Windows user without asking, so use a private window (InPrivate or incognito) here and when ECE generates its token.",
    federated:
      "{domain} is Federated ({authUrl}): the organisation's own sign-in service ignores the account hint and the prompt and signs in whoever is logged in to Windows.",
    federatedAdvice:
      "Use a private window (InPrivate or incognito) for this sign-in and when ECE generates its token, or sign out of Windows and sign in as {owner}.",
    unknown: "Entra does not know the domain {domain}: check the address.",
    failed: "Entra's realm answer for {domain} could not be read.",
  },
  ways: {
    heading: "Get a token",
    intro: "The way recommended for your situation comes first. The others are one choice away.",
    recommended: "Recommended",
    otherLegend: "Or choose another way",
    other: {
      "case-sign-in": "Sign in here with ECE's own app registration (a change to a production app)",
      device: "Sign in with a code on another device (device code)",
      paste: "Paste a token you already have",
    },
  },
  diagnosisApp: {
    heading: "A separate app registration for diagnosis",
    configured:
      "This wizard has its own app registration for diagnosis, {clientId}, set up by its operator: signing in with it changes nothing in ECE's production app registration.",
    intro:
      "The clean way to get a test token: an app registration used only for diagnosis, so that ECE's production app registration is not touched. Your Microsoft 365 admin creates it; whoever runs this wizard sets ECE_DOCTOR_SIGNIN_CLIENT_ID to its Application (client) ID and restarts the wizard. Then this step signs in with it. It needs:",
    needs: [
      "Supported account types: the mailboxes' organization only, or any organization when one wizard serves several customers (then admin consent in the mailboxes' tenant).",
      "Authentication > Add a platform > Single-page application, redirect URI: {redirectUri}",
      "Authentication > Advanced settings: Allow public client flows = Yes (for the device code).",
      "API permissions, delegated: {scopes} and offline_access, with admin consent granted. No client secret is needed.",
    ],
    cleanup: "Delete it when the case is closed. Until it exists, choose another way below.",
  },
  production: {
    heading: "This changes ECE's production app registration",
    signIn:
      "Signing in here needs a Single-page application redirect URI added to {clientId}, the app registration ECE uses in production. Its owner, your Microsoft 365 admin, must approve that change first and remove the redirect URI when the test is done. The separate app registration above avoids the change.",
    device:
      "The device code needs Allow public client flows switched on in {clientId}, the app registration ECE uses in production. Its owner, your Microsoft 365 admin, must approve that change first and set it back to No when the test is done. The separate app registration above avoids the change.",
  },
  signIn: {
    heading: "Sign in with Microsoft",
    appCase: "The sign-in uses ECE's own app registration {clientId}, so the token is the kind ECE gets.",
    appOperator:
      "The sign-in uses this wizard's own app registration {clientId}, set up by its operator: nothing needs to be added to ECE's app. The token then names that app instead of ECE's.",
    appLegend: "Which app signs in",
    appChoice: {
      operator: "This wizard's app (nothing to change in Azure)",
      case: "ECE's app registration (tests ECE's own registration)",
    },
    redirectHeading: "One redirect URI to add first",
    redirectIntro:
      "In the Azure portal, App registrations > {clientId} > Authentication > Add a platform > Single-page application, add exactly:",
    redirectWhy:
      "Why: Entra sends the sign-in result only to a registered address, and this wizard runs at its own address, not at ECE's. The Single-page application platform lets this browser finish the sign-in without the client secret. ECE's Web redirect URI stays as it is; remove this one when you are done.",
    promptLegend: "How the sign-in page picks the account",
    prompt: {
      login: "Ask for the account and its password (prompt=login, recommended)",
      select_account: "Show the account picker (prompt=select_account)",
      none: "No prompt (what ECE is assumed to send; the wizard cannot confirm it): shows whether single sign-on picks the wrong account",
    },
    button: "Sign in as {owner}",
    redirectButton: "Sign in in this window instead",
    redirectHint: "Use this when pop-ups are blocked: the page leaves for the sign-in and comes back here.",
    running: "Waiting for the sign-in window…",
    popupBlocked: "The browser blocked the sign-in window; continuing in this window.",
    cancelled: "The sign-in window was closed before the sign-in finished.",
    done: "Signed in. The token is in this tab's memory; see below whose it is.",
    failed: "The sign-in failed: {code} {description}",
  },
  device: {
    heading: "Sign in with a code (device code)",
    intro:
      "For when pop-ups or an extra redirect URI are not possible: this wizard's server asks Entra for a code, and you sign in on any device.",
    publicClient:
      "It needs Allow public client flows = Yes on the app (Authentication > Advanced settings); without it Entra answers AADSTS7000218. ECE itself does not need that setting: set it back to No afterwards.",
    button: "Get a code",
    instructions: "Open {uri}, enter the code below, and sign in as {owner}.",
    codeLabel: "Code",
    waiting: "Waiting for the sign-in on the other device…",
    cancel: "Stop waiting",
    done: "Signed in with the code. The token is in this tab's memory; see below whose it is.",
    failed: "The device-code sign-in failed: {code} {description}",
    expired: "The code expired or was already used. Get a new code.",
  },
  paste: {
    heading: "Paste a token",
    intro:
      "Any access token of {owner} for the scope {scope} works: from a tool or script that signs in as that account with an app registration of your tenant (your Microsoft 365 admin may already have one). The access token is the long text that begins with eyJ. Paste it into the field below: it is decoded in this browser, and nothing is sent until you run the live checks.",
    password:
      "A token is a password for about an hour: whoever holds it can read and send this mailbox's mail. Never put it in a ticket, a chat or an e-mail.",
  },
  claims: {
    heading: "The token you have",
    none: "No token yet.",
    ok: "This token belongs to {user} and has what Exchange needs for {owner}.",
    wrongUser:
      "This token belongs to {user}, not to {owner}: most likely the person logged in to this computer, whom single sign-on signed in without asking.",
    wrongUserWia:
      "This token belongs to {user}, the person logged in to this computer (Windows signed them in without asking), not to {owner}.",
    problems: "This token will not work for {owner}. Problems found: {count}",
    malformed: "This is not a readable access token ({reason}).",
    caption: "What the token says, compared with your answers",
    columns: { claim: "Claim", value: "In the token", expected: "Expected", result: "Result" },
    rows: {
      user: "Who (upn, unique_name or preferred_username)",
      tenant: "Tenant (tid)",
      app: "Application (appid or azp)",
      audience: "Audience (aud)",
      scopes: "Scopes or roles (scp, roles)",
      issued: "Issued (iat)",
      expires: "Expires (exp)",
      lifetime: "Lifetime in minutes",
      methods: "Authentication methods (amr)",
    },
    status: { ok: "As expected", problem: "Problem", warn: "Unusual", info: "For information" },
    notes: {
      "operator-app":
        "Issued to this wizard's own app, as chosen: fine for testing the mailbox; ECE's own token comes from its app.",
      wia: "wia: Windows integrated authentication. The computer's Windows session signed the user in, not a typed password.",
      mfa: "mfa: multi-factor authentication was done at sign-in.",
      cae: "Tokens of many hours come from continuous access evaluation (up to 28 hours) or a lifetime policy.",
      "no-user": "No user in the token: an app-only token (client credentials) or not a delegated token.",
      "no-expiry": "No expiry in the token.",
    },
    lifetimeUnusual: "Access tokens normally last 60 to 90 minutes; this one lasts {minutes}.",
    forget: "Forget this token",
  },
};
