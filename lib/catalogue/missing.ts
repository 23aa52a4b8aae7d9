import type { Locale } from "@/lib/i18n/locales";
import type { Params } from "@/lib/rules/types";

// What a text says where a finding does not know a value (a pasted error names no mailbox, an Entra probe no user):
// a noun phrase in prose, `<name>` inside a command, and nothing at all for a value that only adds detail.
const phrases: Record<Locale, Record<string, string>> = {
  en: {
    addresses: "no address",
    audience: "another resource",
    authUrl: "the organisation's sign-in service",
    clientId: "the app",
    cloud: "this cloud",
    code: "an error",
    console: "the console address",
    days: "a few",
    delegate: "the delegate",
    domain: "the mailbox domain",
    ece: "another redirect URL",
    expectedCloud: "another cloud",
    expected: "the mailbox account",
    expiredAt: "the time the token states",
    expires: "its expiry date",
    external: "the address in the URL setting",
    extra: "ES12_ET1",
    host: "the server",
    imap: "the IMAP host",
    installed: "none given",
    issuer: "an unknown issuer",
    login: "the login host",
    mailboxes: "the mailboxes",
    mailbox: "the mailbox",
    max: "90",
    minutes: "a custom number of",
    min: "60",
    names: "other names",
    path: "a path",
    permissions: "none listed",
    permission: "the permission",
    phase: "the exchange",
    plan: "this",
    platform: "another platform",
    pop: "the POP host",
    port: "the port",
    problems: "see the why",
    protocol: "the protocol",
    reason: "it cannot be decoded",
    registered: "another redirect URI",
    reply: "no reply recorded",
    required: "the engineering special",
    scopes: "none listed",
    scope: "the permission for the protocol",
    seconds: "the time-out",
    server: "ECE",
    setting: "URL",
    signedInAs: "another account",
    smtp: "the SMTP host",
    tenant: "the tenant",
    tokenApp: "another app",
    tokenTenant: "another tenant",
    url: "another address",
    user: "the signed-in account",
    validTo: "its end date",
    value: "the value entered",
    version: "release",
  },
  it: {
    addresses: "nessun indirizzo",
    audience: "un'altra risorsa",
    authUrl: "il servizio di accesso dell'organizzazione",
    clientId: "l'app",
    cloud: "questo cloud",
    code: "un errore",
    console: "l'indirizzo della console",
    days: "pochi",
    delegate: "il delegato",
    domain: "il dominio della cassetta postale",
    ece: "un altro URL di reindirizzamento",
    expectedCloud: "un altro cloud",
    expected: "l'account della cassetta postale",
    expiredAt: "l'ora indicata nel token",
    expires: "la data di scadenza",
    external: "l'indirizzo dell'impostazione URL",
    extra: "ES12_ET1",
    host: "il server",
    imap: "l'host IMAP",
    installed: "nessuno indicato",
    issuer: "un emittente sconosciuto",
    login: "l'host di accesso",
    mailboxes: "le cassette postali",
    mailbox: "la cassetta postale",
    max: "90",
    minutes: "un numero personalizzato di",
    min: "60",
    names: "altri nomi",
    path: "un percorso",
    permissions: "nessuna indicata",
    permission: "l'autorizzazione",
    phase: "dello scambio",
    plan: "questo",
    platform: "un'altra piattaforma",
    pop: "l'host POP",
    port: "la porta",
    problems: "vedi il motivo",
    protocol: "il protocollo",
    reason: "non può essere decodificato",
    registered: "un altro URI di reindirizzamento",
    reply: "nessuna risposta registrata",
    required: "l'engineering special",
    scopes: "nessuna indicata",
    scope: "l'autorizzazione per il protocollo",
    seconds: "il tempo massimo",
    server: "ECE",
    setting: "URL",
    signedInAs: "un altro account",
    smtp: "l'host SMTP",
    tenant: "il tenant",
    tokenApp: "un'altra app",
    tokenTenant: "un altro tenant",
    url: "un altro indirizzo",
    user: "l'account che ha eseguito l'accesso",
    validTo: "la data di fine",
    value: "il valore inserito",
    version: "release",
  },
};

// Italian joins a preposition with the article that follows: di + il = del, a + l' = all', ...
const contractions: Record<string, Record<string, string>> = {
  di: {
    "il ": "del ",
    "lo ": "dello ",
    "la ": "della ",
    "l'": "dell'",
    "i ": "dei ",
    "gli ": "degli ",
    "le ": "delle ",
    "un ": "di un ",
    "un'": "di un'",
  },
  a: { "il ": "al ", "lo ": "allo ", "la ": "alla ", "l'": "all'", "i ": "ai ", "gli ": "agli ", "le ": "alle " },
  da: {
    "il ": "dal ",
    "lo ": "dallo ",
    "la ": "dalla ",
    "l'": "dall'",
    "i ": "dai ",
    "gli ": "dagli ",
    "le ": "dalle ",
  },
  su: {
    "il ": "sul ",
    "lo ": "sullo ",
    "la ": "sulla ",
    "l'": "sull'",
    "i ": "sui ",
    "gli ": "sugli ",
    "le ": "sulle ",
  },
  in: {
    "il ": "nel ",
    "lo ": "nello ",
    "la ": "nella ",
    "l'": "nell'",
    "i ": "nei ",
    "gli ": "negli ",
    "le ": "nelle ",
  },
};

const isMissing = (value: string | undefined): value is undefined =>
  value === undefined || value.trim() === "" || value.trim() === "-";

// A placeholder inside a command (after a -Parameter, a Verb-Noun cmdlet, s_client -connect, a URL or a flag dash).
function inCommand(before: string): boolean {
  return /(?:\s-[A-Za-z][\w-]*\s|\b[A-Z][a-z]+-[A-Z][A-Za-z]+\s|\bnslookup\s|[-/=<])$/.test(before);
}

function joinItalian(before: string, phrase: string): { before: string; phrase: string } {
  const match = /(^|[\s(])(di|a|da|su|in) $/i.exec(before);
  if (!match) return { before, phrase };
  const preposition = match[2]!.toLowerCase();
  const article = Object.keys(contractions[preposition]!).find((key) => phrase.startsWith(key));
  if (!article) return { before, phrase };
  return {
    before: before.slice(0, before.length - preposition.length - 1),
    phrase: contractions[preposition]![article]! + phrase.slice(article.length),
  };
}

const articles = new Set(["the", "a", "an", "il", "lo", "la", "l'", "i", "gli", "le", "un", "una", "un'"]);
const noun = (word: string) => word.toLowerCase().replace(/^.*'/, "");

// Fits a stand-in phrase to the words around it: "the account {user}" → "the account", "for port {port}" →
// "for the port", "L'account {user}" → "L'account che ha eseguito l'accesso", and a capital at a sentence start.
function fitPhrase(before: string, phrase: string, locale: Locale): { before: string; value: string } {
  const words = phrase.split(" ");
  const previous = /(\S+) $/.exec(before)?.[1] ?? "";
  const beforePrevious = /(\S+) \S+ $/.exec(before)?.[1] ?? "";
  let value = phrase;
  if (previous && noun(previous) === noun(words[words.length - 1]!)) {
    const hasArticle = articles.has(beforePrevious.toLowerCase()) || /'/.test(previous);
    if (hasArticle || words.length === 1) return { before: before.replace(/ $/, ""), value: "" };
    before = before.slice(0, before.length - previous.length - 1);
  } else if (previous && words.length > 1 && noun(previous) === noun(words[0]!)) {
    value = words.slice(1).join(" ");
  }
  if (locale === "it") ({ before, phrase: value } = joinItalian(before, value));
  if (before === "" || /[.!?]\s$/.test(before)) value = value.charAt(0).toUpperCase() + value.slice(1);
  return { before, value };
}

/** Fills `{name}` from params; a missing value reads as a phrase of its own in the text's language, never "…". */
export function fillTemplate(template: string, params: Params = {}, locale: Locale = "en"): string {
  const known = (name: string) => !isMissing(params[name]);
  const phrase = (name: string) => phrases[locale][name] ?? (locale === "it" ? "il valore" : "the value");
  let text = template
    // "…, not OAuth: {reply}" and "… ({code})": a detail that only adds to the sentence goes with its value.
    .replace(/: \{(\w+)\}$/g, (whole, name: string) => (known(name) ? whole : "."))
    .replace(/ \(\{(\w+)\}\)/g, (whole, name: string) => (known(name) ? whole : ""))
    // host:port reads as one server when either is missing.
    .replace(/\{(\w+)\}:\{(\w+)\}/g, (whole, host: string, port: string, offset: number, all: string) => {
      if (known(host) && known(port)) return whole;
      if (inCommand(all.slice(0, offset)))
        return `${known(host) ? `{${host}}` : `<${host}>`}:${known(port) ? `{${port}}` : `<${port}>`}`;
      return `{${host}}`;
    });
  let out = "";
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    let before = out + text.slice(last, match.index);
    let value: string;
    if (known(name)) value = params[name]!;
    else if (inCommand(before)) value = `<${name}>`;
    else ({ before, value } = fitPhrase(before, phrase(name), locale));
    out = before + value;
    last = (match.index ?? 0) + match[0].length;
  }
  text = out + text.slice(last);
  return text;
}
