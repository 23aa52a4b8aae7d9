"use client";

import { usePathname, useRouter } from "next/navigation";
import { Link } from "@/components/ui/link";
import { useWizard } from "@/components/wizard/wizard-provider";
import { locales } from "@/lib/i18n/locales";
import { carrySecrets } from "@/lib/wizard/carry-secrets";
import { useI18n } from "./i18n-provider";

export function SiteHeader() {
  const { locale, t } = useI18n();
  const pathname = usePathname();
  const router = useRouter();
  const secrets = useWizard((state) => state.secrets);
  const other = locales.find((candidate) => candidate !== locale) ?? "en";
  const switched = pathname.replace(/^\/(en|it)(?=\/|$)/, `/${other}`);

  return (
    <header className="no-print border-b-8 border-brand bg-ink text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link
          href={`/${locale}`}
          className="text-lg font-bold text-white no-underline hover:text-white"
          aria-label={t.nav.home}
        >
          {t.appName}
        </Link>
        <nav aria-label={t.nav.language}>
          <a
            href={switched}
            hrefLang={other}
            lang={other}
            className="text-white hover:text-white"
            onClick={(event) => {
              event.preventDefault();
              // Not a reload: a typed client secret or token lives in this tab's memory only and must survive the switch.
              carrySecrets(secrets);
              router.push(switched + window.location.search + window.location.hash);
            }}
          >
            {t.nav.otherLanguage}
          </a>
        </nav>
      </div>
    </header>
  );
}
