import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMessages } from "@/components/ui/page-messages";
import { ImportCase } from "@/components/wizard/import-case";
import { isLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

export async function generateMetadata({ params }: PageProps<"/[lang]/import">): Promise<Metadata> {
  const { lang } = await params;
  return { title: messages[isLocale(lang) ? lang : "en"].importCase.title };
}

export default async function ImportPage({ params }: PageProps<"/[lang]/import">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return (
    <PageMessages lang={lang} page="import">
      <ImportCase />
    </PageMessages>
  );
}
