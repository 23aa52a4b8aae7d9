import type { Locale } from "@/lib/i18n/locales";
import type { Finding, Params, ServerTag } from "@/lib/rules/types";
import { type CauseId, causeDef } from "./causes";
import { type CheckId, checkIds, checkOwner, type Owner, type Status } from "./checks";
import { type DocLink, docLink } from "./docs";
import { fillTemplate } from "./missing";
import { catalogueText } from "./text";

export type CheckResult = {
  check: CheckId;
  status: Status;
  cause?: CauseId;
  target?: string;
  server?: Finding["server"];
  title: string;
  why: string;
  fix: string[];
  owner: Owner;
  docs: DocLink[];
  /** Every check that met this finding, own first, when more than one did (one finding per cause and target). */
  checks?: CheckId[];
};

/** The checks that met a finding: its own, then the others merged into it by onePerCause. */
export function checksMet(item: Pick<Finding, "check" | "params">): CheckId[] {
  const listed = (item.params?.checks ?? "")
    .split(",")
    .filter((id): id is CheckId => id !== "" && (checkIds as readonly string[]).includes(id));
  return [item.check, ...listed.filter((id) => id !== item.check)];
}

/** The check ids to show beside a result, for support: "imap, smtp, access-token". */
export const checkIdsOf = (result: Pick<CheckResult, "check" | "checks">): CheckId[] => result.checks ?? [result.check];

export function interpolate(template: string, params: Params = {}, missing?: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? missing ?? whole);
}

// Evidence dates read as the reader's language writes them: "pasted 2 December 2026", "incollato il 2 dicembre 2026".
const dayParams = new Set(["pastedOn", "readOn"]);

function displayParams(
  params: Params | undefined,
  values: Record<string, Record<string, string>>,
  locale: Locale,
): Params | undefined {
  if (params === undefined) return undefined;
  const lookup = (name: string) => values[name === "expectedCloud" ? "cloud" : name];
  const shown = (name: string, value: string) =>
    dayParams.has(name) && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? new Date(`${value}T00:00:00Z`).toLocaleDateString(locale === "it" ? "it-IT" : "en-GB", {
          day: "numeric",
          month: "long",
          year: "numeric",
          timeZone: "UTC",
        })
      : (lookup(name)?.[value] ?? value);
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, shown(name, value)]));
}

// A value a finding cannot know (a pasted error names no mailbox) reads as a phrase of its own (lib/catalogue/missing.ts);
// `missing` is kept for callers that still pass a stand-in, which is no longer shown.
export function present(raw: Finding, locale: Locale, missing?: string): CheckResult {
  void missing;
  const fill = (template: string, params?: Params) => fillTemplate(template, params, locale);
  const text = catalogueText[locale];
  const item = { ...raw, params: displayParams(raw.params, text.values, locale) } as Finding;
  const base = {
    ...(item.target === undefined ? {} : { target: item.target }),
    ...(item.server ? { server: item.server } : {}),
  };
  const title = (template: string) => serverTitle(fill(template, item.params), item.server, locale);
  if (item.status === "pass") {
    const check = text.checks[item.check];
    return {
      check: item.check,
      status: "pass",
      ...base,
      title: title(check.passTitle),
      why: fill(check.passWhy, item.params),
      fix: [],
      owner: checkOwner[item.check],
      docs: [],
    };
  }
  const def = causeDef(item.cause);
  const cause = text.causes[item.cause];
  const met = checksMet(raw);
  return {
    check: item.check,
    status: item.status,
    cause: item.cause,
    ...base,
    title: title(cause.title),
    why: fill(cause.why, item.params),
    fix: cause.fix.map((step) => fill(step, item.params)),
    // The cause decides who fixes it, as docs/catalogue.md lists it: a network cause met by the IMAP probe is still
    // the network team's, and a token cause is the same owner's on the imap, smtp and access-token checks.
    owner: def.owner ?? checkOwner[def.check],
    docs: def.docs.map((id) => docLink(id, locale)),
    ...(met.length > 1 ? { checks: met } : {}),
  };
}

const fillNamed = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

// "ece-svc01 (services server): <finding>; ece-app01 (application server) can" when another server reached it.
export function serverTitle(title: string, server: ServerTag | undefined, locale: Locale): string {
  if (!server) return title;
  const t = catalogueText[locale].serverTag;
  const name = (tag: { host: string; role: ServerTag["role"] }) => `${tag.host} (${t[tag.role]})`;
  const own = fillNamed(t.saw, { server: name(server), title });
  const others = server.reachedBy ?? [];
  return others.length === 0
    ? own
    : fillNamed(t.othersCan, { title: own.replace(/\.$/, ""), servers: others.map(name).join(", ") });
}
