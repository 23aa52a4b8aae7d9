import type { Locale } from "@/lib/i18n/locales";
import type { Finding, Params } from "@/lib/rules/types";
import { serverTitle } from "@/lib/evidence-files/server-text";
import { causeDef, type CauseId } from "./causes";
import { checkOwner, type CheckId, type Owner, type Status } from "./checks";
import { docLink, type DocLink } from "./docs";
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
};

export function interpolate(template: string, params: Params = {}, missing?: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? missing ?? whole);
}

function displayParams(params: Params | undefined, values: Record<string, Record<string, string>>): Params | undefined {
  if (params === undefined) return undefined;
  const lookup = (name: string) => values[name === "expectedCloud" ? "cloud" : name];
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, lookup(name)?.[value] ?? value]));
}

// `missing` stands in for values a finding cannot know (a pasted error names no mailbox).
export function present(raw: Finding, locale: Locale, missing?: string): CheckResult {
  const text = catalogueText[locale];
  const item = { ...raw, params: displayParams(raw.params, text.values) } as Finding;
  const base = { ...(item.target === undefined ? {} : { target: item.target }), ...(item.server ? { server: item.server } : {}) };
  const title = (template: string) => serverTitle(interpolate(template, item.params, missing), item.server, locale);
  if (item.status === "pass") {
    const check = text.checks[item.check];
    return {
      check: item.check,
      status: "pass",
      ...base,
      title: title(check.passTitle),
      why: interpolate(check.passWhy, item.params, missing),
      fix: [],
      owner: checkOwner[item.check],
      docs: [],
    };
  }
  const def = causeDef(item.cause);
  const cause = text.causes[item.cause];
  return {
    check: item.check,
    status: item.status,
    cause: item.cause,
    ...base,
    title: title(cause.title),
    why: interpolate(cause.why, item.params, missing),
    fix: cause.fix.map((step) => interpolate(step, item.params, missing)),
    // The cause decides who fixes it, as docs/catalogue.md lists it: a network cause met by the IMAP probe is still
    // the network team's, and a token cause is the same owner's on the imap, smtp and access-token checks.
    owner: def.owner ?? checkOwner[def.check],
    docs: def.docs.map((id) => docLink(id, locale)),
  };
}
