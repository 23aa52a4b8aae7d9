import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageMessages } from "@/components/ui/page-messages";
import { StepForm } from "@/components/wizard/step-form";
import { isLocale, locales } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { panelNamespaces } from "@/lib/i18n/page-messages";
import { panelsOf } from "@/lib/wizard/step-panels";
import { isStepId, stepIds } from "@/lib/wizard/steps";

export function generateStaticParams() {
  return locales.flatMap((lang) => stepIds.map((step) => ({ lang, step })));
}

export async function generateMetadata({ params }: PageProps<"/[lang]/steps/[step]">): Promise<Metadata> {
  const { lang, step } = await params;
  if (!isLocale(lang) || !isStepId(step)) return {};
  return { title: messages[lang].steps[step].title };
}

export default async function StepPage({ params, searchParams }: PageProps<"/[lang]/steps/[step]">) {
  const { lang, step } = await params;
  if (!isLocale(lang) || !isStepId(step)) notFound();
  const { return: returnTo, "needed-for": neededFor } = await searchParams;
  return (
    <PageMessages lang={lang} page="step" also={panelsOf(step).flatMap((panel) => panelNamespaces[panel])}>
      <StepForm
        step={step}
        returnTo={returnTo === "check-answers" ? "check-answers" : null}
        neededFor={typeof neededFor === "string" && isStepId(neededFor) ? neededFor : null}
      />
    </PageMessages>
  );
}
