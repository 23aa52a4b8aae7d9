import type { Locale } from "@/lib/i18n/locales";

/** A date and time for people, in the page's language. */
export function formatDate(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: "long", timeStyle: "short" });
}
