"use client";

import { useEffect, useState } from "react";
import { catalogueTextLoaded, loadCatalogueText } from "@/lib/catalogue/text";
import type { Locale } from "@/lib/i18n/locales";

/** True once this locale's catalogue texts (findings' titles, why, fix) can be read; false during hydration. */
export function useCatalogueText(locale: Locale): boolean {
  const [ready, setReady] = useState<Locale | null>(null);
  useEffect(() => {
    let current = true;
    if (catalogueTextLoaded(locale)) setReady(locale);
    else void loadCatalogueText(locale).then(() => current && setReady(locale));
    return () => {
      current = false;
    };
  }, [locale]);
  return ready === locale;
}
