import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TriageForm } from "@/components/triage/triage-form";
import { PageMessages } from "@/components/ui/page-messages";
import { isLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

export async function generateMetadata({ params }: PageProps<"/[lang]/triage">): Promise<Metadata> {
  const { lang } = await params;
  return { title: messages[isLocale(lang) ? lang : "en"].triage.title };
}

export default async function TriagePage({ params }: PageProps<"/[lang]/triage">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <PageMessages lang={lang} page="triage">
      <TriageForm />
    </PageMessages>
  );
}
