import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMessages } from "@/components/ui/page-messages";
import { CheckAnswers } from "@/components/wizard/check-answers";
import { isLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

export async function generateMetadata({ params }: PageProps<"/[lang]/check-answers">): Promise<Metadata> {
  const { lang } = await params;
  return { title: messages[isLocale(lang) ? lang : "en"].check.title };
}

export default async function CheckAnswersPage({ params }: PageProps<"/[lang]/check-answers">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <PageMessages lang={lang} page="check-answers">
      <CheckAnswers />
    </PageMessages>
  );
}
