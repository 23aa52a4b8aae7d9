import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportView } from "@/components/report/report-view";
import { PageMessages } from "@/components/ui/page-messages";
import { isLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import packageJson from "@/package.json";

export async function generateMetadata({ params }: PageProps<"/[lang]/report">): Promise<Metadata> {
  const { lang } = await params;
  return { title: messages[isLocale(lang) ? lang : "en"].report.title };
}

export default async function ReportPage({ params }: PageProps<"/[lang]/report">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <PageMessages lang={lang} page="report">
      <ReportView toolVersion={packageJson.version} />
    </PageMessages>
  );
}
