import type { Locale } from "@/lib/i18n/locales";
import type { CatalogueText } from "./types";

// In the browser each page loads one language's catalogue texts, and only when it shows a finding
// (components/ui/use-catalogue-text.ts); they are not part of any page's first-load JavaScript.
const loaded: Partial<Record<Locale, CatalogueText>> = {};
const loaders: Record<Locale, () => Promise<CatalogueText>> = {
  en: () => import("./en").then((module) => module.en),
  it: () => import("./it").then((module) => module.it),
};

export const catalogueText = new Proxy({} as Record<Locale, CatalogueText>, {
  get(_target, locale) {
    const text = loaded[locale as Locale];
    if (!text) throw new Error(`catalogue text for "${String(locale)}" read before loadCatalogueText`);
    return text;
  },
});

export function catalogueTextLoaded(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

export async function loadCatalogueText(locale: Locale): Promise<void> {
  loaded[locale] ??= await loaders[locale]();
}
