import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMessages } from "@/components/ui/page-messages";
import { SymptomForm } from "@/components/wizard/symptom-form";
import { isLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

export async function generateMetadata({ params }: PageProps<"/[lang]">): Promise<Metadata> {
  const { lang } = await params;
  return { title: { absolute: messages[isLocale(lang) ? lang : "en"].appName } };
}

export default async function StartPage({ params }: PageProps<"/[lang]">) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const t = messages[lang].start;
  return (
    <main id="main" tabIndex={-1} className="max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold sm:text-4xl">{t.title}</h1>
      <p className="mb-6 text-lg">{t.lead}</p>
      <h2 className="mb-2 text-xl font-bold">{t.haveAtHand}</h2>
      <ul className="mb-6 list-disc space-y-1 pl-6">
        {t.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="mb-2">{t.duration}</p>
      <p className="mb-8 border-l-4 border-brand bg-slate-50 p-3">{t.secrets}</p>
      <PageMessages lang={lang} page="start">
        <SymptomForm />
      </PageMessages>
      <h2 className="mb-2 mt-12 text-xl font-bold">{t.history.heading}</h2>
      <ul className="list-disc space-y-1 pl-6">
        {t.history.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </main>
  );
}
