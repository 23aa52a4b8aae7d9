import type { Locale } from "@/lib/i18n/locales";
import { en } from "./en";
import { it } from "./it";
import type { CatalogueText } from "./types";

// On the server, in tests and in the CLI: both languages, at hand at once. (The browser gets ./browser.ts instead:
// package.json "imports", #catalogue-text.)
export const catalogueText: Record<Locale, CatalogueText> = { en, it };

export function catalogueTextLoaded(_locale: Locale): boolean {
  return true;
}

export async function loadCatalogueText(_locale: Locale): Promise<void> {}
