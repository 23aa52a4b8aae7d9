"use client";

import { useEffect, useState } from "react";
import { catalogueTextLoaded, loadCatalogueText } from "@/lib/catalogue/text";
import type { Locale } from "@/lib/i18n/locales";

/**
 * True once this locale's catalogue texts (findings' titles, why, fix) can be read; false during hydration. They are
 * loaded once `wanted` (a page that shows no finding yet does not load them).
 */
export function useCatalogueText(locale: Locale, wanted = true): boolean {
  const [ready, setReady] = useState<Locale | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    if (catalogueTextLoaded(locale)) setReady(locale);
    else void loadCatalogueText(locale).then(() => current && setReady(locale));
    return () => {
      current = false;
    };
  }, [locale, wanted]);
  return ready === locale;
}
