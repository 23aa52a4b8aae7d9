import { formatDateTime } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";

/** A date and time for people, in the page's language. */
export function formatDate(iso: string, locale: Locale): string {
  return formatDateTime(iso, locale);
}
