import type { Locale } from "@/lib/i18n/locales";
import { probeEn } from "@/lib/i18n/messages/probe-en";
import { probeIt } from "@/lib/i18n/messages/probe-it";
import type { ServerTag } from "@/lib/rules/types";

const texts = { en: probeEn, it: probeIt } as const;

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

export function serverName(server: { host: string; role: ServerTag["role"] }, locale: Locale): string {
  return `${server.host} (${texts[locale][server.role]})`;
}

// "ece-svc01 (services server): <finding>; ece-app01 (application server) can" when another server reached it.
export function serverTitle(title: string, server: ServerTag | undefined, locale: Locale): string {
  if (!server) return title;
  const t = texts[locale];
  const own = fill(t.serverSaw, { server: serverName(server, locale), title });
  const others = server.reachedBy ?? [];
  return others.length === 0
    ? own
    : fill(t.othersCan, {
        title: own.replace(/\.$/, ""),
        servers: others.map((other) => serverName(other, locale)).join(", "),
      });
}
