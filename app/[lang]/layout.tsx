import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import "../globals.css";
import { ConfigProvider } from "@/components/ui/config-provider";
import { I18nProvider } from "@/components/ui/i18n-provider";
import { SiteHeader } from "@/components/ui/site-header";
import { WizardProvider } from "@/components/wizard/wizard-provider";
import { isLocale, locales } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { layoutNamespaces, messagesFor } from "@/lib/i18n/page-messages";
import { loadProfiles } from "@/lib/live/profiles";

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: LayoutProps<"/[lang]">): Promise<Metadata> {
  const { lang } = await params;
  const t = messages[isLocale(lang) ? lang : "en"];
  return { title: { default: t.appName, template: `%s – ${t.meta.titleSuffix}` } };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = messages[lang];
  // Rendered per request: the operator's cloud profiles (ECE_DOCTOR_CLOUDS_FILE) are read when the server runs, not at build time.
  await connection();
  return (
    <html lang={lang}>
      <body className="min-h-screen bg-white text-ink">
        <I18nProvider locale={lang} messages={messagesFor(t, layoutNamespaces)}>
          <ConfigProvider clouds={loadProfiles().profiles}>
            <WizardProvider>
              <a
                href="#main"
                className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-focus focus:p-2 focus:text-ink"
              >
                {t.nav.skip}
              </a>
              <SiteHeader />
              <div className="mx-auto max-w-5xl px-4 pb-16 pt-6 sm:px-6">{children}</div>
            </WizardProvider>
          </ConfigProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
