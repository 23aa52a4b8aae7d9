"use client";

import { createContext, type ReactNode, useContext, useMemo } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

const I18nContext = createContext<{ locale: Locale; t: Messages } | null>(null);

/**
 * The layout gives the texts every page shows and each page adds its own (components/ui/page-messages.tsx). `t` is
 * typed whole: lib/i18n/page-messages.test.ts checks that every namespace a page's components read is given.
 */
export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Partial<Messages>;
  children: ReactNode;
}) {
  const outer = useContext(I18nContext);
  const value = useMemo(() => ({ locale, t: { ...outer?.t, ...messages } as Messages }), [locale, messages, outer]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n() {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useI18n must be used inside I18nProvider");
  return context;
}
