import type { Locale } from "./locales";

// English as in Britain ("2 December 2026"): the US order (12/2/2026) is ambiguous for most readers. Italian as usual.
const intlLocales: Record<Locale, string> = { en: "en-GB", it: "it-IT" };

/** A date and time for people: "2 December 2026 at 09:30" in English, "02/12/2026, 09:30" in Italian. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (locale === "it")
    return date.toLocaleString(intlLocales.it, {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    });
  return date.toLocaleString(intlLocales.en, { dateStyle: "long", timeStyle: "short" });
}

export function intlLocale(locale: Locale): string {
  return intlLocales[locale];
}
