// The Italian terms of Cisco TAC document 218453's own Italian edition
// (https://www.cisco.com/c/it_it/support/docs/contact-center/enterprise-chat-email-1261/218453-troubleshoot-ece-oauth2-authentication-w.html)
// and of the Italian Remote Connectivity Analyzer, used the same way in every Italian text. glossary-it.test.ts checks
// lib/i18n/messages/*-it.ts, it.ts and lib/catalogue/text/it.ts against it.
export type GlossaryEntry = { english: string; preferred: string; forbidden: readonly RegExp[] };

export const italianGlossary: readonly GlossaryEntry[] = [
  { english: "application server", preferred: "server delle applicazioni", forbidden: [/server applicativ[oi]/i] },
  { english: "checklist", preferred: "elenco di controllo", forbidden: [/checklist/i, /lista di controllo/i] },
  { english: "refresh token", preferred: "token di aggiornamento", forbidden: [/refresh token/i, /token di refresh/i] },
  { english: "live checks", preferred: "verifiche in tempo reale", forbidden: [/dal vivo/i, /\blive\b/i] },
  { english: "single sign-on", preferred: "Single Sign-On (SSO)", forbidden: [/accesso singolo/i, /single sign-on/] },
  {
    english: "Remote Connectivity Analyzer tests",
    preferred: "Posta elettronica SMTP in uscita, Posta elettronica POP, Posta elettronica IMAP",
    forbidden: [/Outbound SMTP/i, /Internet Email/i],
  },
  {
    english: "Only incoming mail does not arrive",
    preferred: "Solo la posta in entrata non arriva",
    forbidden: [/Non arriva solo/i],
  },
  {
    english: "Only some mailboxes fail",
    preferred: "Il problema riguarda solo alcune cassette postali",
    forbidden: [/Non funzionano solo alcune/i],
  },
  { english: "Full Access", preferred: "Accesso completo", forbidden: [/accesso totale/i] },
];

/** TAC's Italian edition says "controllo completo" for Full Access: named once, beside "Accesso completo". */
export const fullAccessTacTerm = "controllo completo";
