import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { messagesFor, type Namespace, type PageName, pageNamespaces } from "@/lib/i18n/page-messages";
import { I18nProvider } from "./i18n-provider";

/** The texts of one page, added to the layout's (a server component: the other texts never reach the browser). */
export function PageMessages({
  lang,
  page,
  also = [],
  children,
}: {
  lang: Locale;
  page: PageName;
  also?: readonly Namespace[];
  children: ReactNode;
}) {
  return (
    <I18nProvider locale={lang} messages={messagesFor(messages[lang], [...pageNamespaces[page], ...also])}>
      {children}
    </I18nProvider>
  );
}
