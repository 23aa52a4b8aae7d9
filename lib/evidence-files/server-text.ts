import type { Locale } from "@/lib/i18n/locales";
import { probeEn } from "@/lib/i18n/messages/probe-en";
import { probeIt } from "@/lib/i18n/messages/probe-it";
import type { ServerTag } from "@/lib/rules/types";

const texts = { en: probeEn, it: probeIt } as const;

export function serverName(server: { host: string; role: ServerTag["role"] }, locale: Locale): string {
  return `${server.host} (${texts[locale][server.role]})`;
}
