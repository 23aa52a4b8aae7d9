import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SharedReport } from "@/components/share/shared-report";
import { PageMessages } from "@/components/ui/page-messages";
import { isLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

// Per request, never cached: the headers for /r/* (next.config.ts) add no-referrer and noindex.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[lang]/r/[id]">): Promise<Metadata> {
  const { lang } = await params;
  return {
    title: messages[isLocale(lang) ? lang : "en"].share.viewer.title,
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

export default async function SharedReportPage({ params }: PageProps<"/[lang]/r/[id]">) {
  const { lang, id } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <PageMessages lang={lang} page="shared-report">
      <SharedReport id={id} />
    </PageMessages>
  );
}
