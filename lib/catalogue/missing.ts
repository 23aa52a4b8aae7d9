import type { Locale } from "@/lib/i18n/locales";
import type { Params } from "@/lib/rules/types";
import { catalogueText } from "./text";

// What a text says where a finding does not know a value (a pasted error names no mailbox, an Entra probe no user):
// a noun phrase in prose, `<name>` inside a command, and nothing at all for a value that only adds detail.
const phrases = (locale: Locale): Readonly<Record<string, string>> => catalogueText[locale].missing;

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

const articulated: Record<string, string> = { del: "di", dal: "da", al: "a", nel: "in", sul: "su" };

function joinItalian(before: string, phrase: string): { before: string; phrase: string } {
  // "prima del {expires}" with "la data di scadenza": the template's "del" becomes "della".
  const joined = /(^|[\s(])(del|dal|al|nel|sul) $/i.exec(before);
  if (joined && /^(?:il |lo |la |l'|i |gli |le )/.test(phrase))
    before = `${before.slice(0, before.length - joined[2]!.length - 1)}${articulated[joined[2]!.toLowerCase()]} `;
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

const articles = new Set([
  ...["the", "a", "an", "its", "ece's", "this"],
  ...["il", "lo", "la", "l'", "i", "gli", "le", "un", "una", "un'"],
  // Italian prepositions joined with an article: "sulla porta {port}" is "sulla porta" without the value.
  ...[
    "al",
    "allo",
    "alla",
    "ai",
    "agli",
    "alle",
    "del",
    "dello",
    "della",
    "dei",
    "degli",
    "delle",
    "dal",
    "dallo",
    "dalla",
    "dai",
    "dagli",
    "dalle",
  ],
  ...["nel", "nello", "nella", "nei", "negli", "nelle", "sul", "sullo", "sulla", "sui", "sugli", "sulle"],
]);
// A possessive ("the mailboxes' tenant", "the mailbox's address") determines its noun as an article does.
const isArticle = (word: string) =>
  articles.has(word.toLowerCase()) || /^(?:all|dell|dall|nell|sull)'$/i.test(word) || /\p{L}(?:'s|s')$/iu.test(word);
const noun = (word: string) => word.toLowerCase().replace(/^.*'/, "");

// Fits a stand-in phrase to the words around it: "the account {user}" → "the account", "for port {port}" →
// "for the port", "L'account {user}" → "L'account che ha eseguito l'accesso", and a capital at a sentence start.
function fitPhrase(before: string, phrase: string, locale: Locale): { before: string; value: string } {
  const words = phrase.split(" ");
  const previous = /(\S+) $/.exec(before)?.[1] ?? "";
  const beforePrevious = /(\S+) \S+ $/.exec(before)?.[1] ?? "";
  let value = phrase;
  // "in engineering special {required}" with "the engineering special": the words are already there.
  const bare = phrase.replace(/^(?:the|a|an|il|lo|la|i|gli|le|un|una) |^(?:l|un)'/i, "");
  if (bare.includes(" ") && before.toLowerCase().endsWith(`${bare.toLowerCase()} `))
    return { before: before.replace(/ $/, ""), value: "" };
  // "the tenant {tenant}", "ECE's app {clientId}": a name in apposition to its noun goes when it is missing.
  // A phrase that is a complement ("dello scambio") still completes its noun.
  const apposition =
    (/^\p{L}[\p{L}-]*$/u.test(previous) && isArticle(beforePrevious)) ||
    /^(?:l|all|dell|dall|nell|sull)'\p{L}/iu.test(previous);
  if (previous && apposition && !/^(?:di|del|dello|della|dei|degli|delle|dell'|of)\b/i.test(phrase))
    return { before: before.replace(/ $/, ""), value: "" };
  if (previous && noun(previous) === noun(words[words.length - 1]!)) {
    const hasArticle = isArticle(beforePrevious) || /'/.test(previous);
    if (hasArticle || words.length === 1) return { before: before.replace(/ $/, ""), value: "" };
    before = before.slice(0, before.length - previous.length - 1);
  } else if (previous && words.length > 1 && noun(previous) === noun(words[0]!)) {
    value = words.slice(1).join(" ");
  }
  if (locale === "it") ({ before, phrase: value } = joinItalian(before, value));
  if (before === "" || /[.!?]\s$/.test(before)) value = value.charAt(0).toUpperCase() + value.slice(1);
  return { before, value };
}

/** Whether a value has a stand-in phrase of its own in `locale` (else it reads as "the value"). */
export const hasPhrase = (name: string, locale: Locale): boolean => name in phrases(locale);

/** Fills `{name}` from params; a missing value reads as a phrase of its own in the text's language, never "…". */
export function fillTemplate(template: string, params: Params = {}, locale: Locale = "en"): string {
  const known = (name: string) => !isMissing(params[name]);
  const phrase = (name: string) => phrases(locale)[name] ?? (locale === "it" ? "il valore" : "the value");
  let text = template
    // A date, a time span, an origin: a detail that only adds to the sentence goes with its preposition.
    .replace(/,? (?:from|dal) \{first\} (?:to|al) \{last\} UTC/g, (whole) =>
      known("first") && known("last") ? whole : "",
    )
    .replace(/,? (?:on|at|from|il|alle|dal|da) \{(expires|validTo|expiredAt|origin|ips)\}/g, (whole, name: string) =>
      known(name) ? whole : "",
    )
    // "…, not OAuth: {reply}", "… ({code})", "(AADSTS{code})", a quoted value: the same.
    .replace(/,? (?:pasted|incollato il) \{pastedOn\}/g, (whole) => (known("pastedOn") ? whole : ""))
    .replace(/: \{(\w+)\}(?: \{\w+\})*\.?$/g, (whole, name: string) => (known(name) || name === "values" ? whole : "."))
    .replace(/ \(([^(){}]*)\{(\w+)\}([^(){}]*)\)/g, (whole, _before: string, name: string) =>
      known(name) ? whole : "",
    )
    .replace(/ (["'])\{(\w+)\}\1/g, (whole, _quote: string, name: string) =>
      known(name) || !phrase(name).includes(" ") ? whole : "",
    )
    .replace(/AADSTS\{(\w+)\}/g, (whole, name: string) => (known(name) ? whole : `{${name}}`))
    // "in the {cloud} cloud" and "within {seconds} seconds" read "in this cloud" and "within the time-out".
    .replace(/\bthe \{(cloud|expectedCloud)\} cloud\b/g, (whole, name: string) => (known(name) ? whole : `{${name}}`))
    .replace(/\b(nel|al|del|dal) cloud \{(cloud|expectedCloud)\}/g, (whole, preposition: string, name: string) =>
      known(name) ? whole : `${articulated[preposition]} {${name}}`,
    )
    .replace(/\b(?:for|within|per|entro) \{seconds\} (?:seconds|secondi)\b/g, (whole) =>
      known("seconds") ? whole : `${locale === "it" ? "entro" : "within"} {seconds}`,
    )
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
  // A value with no words of its own ("{timing}", "{version}") leaves no double space behind.
  return text
    .replace(/ {2,}/g, " ")
    .replace(/ ([.,;:])/g, "$1")
    .trim();
}
