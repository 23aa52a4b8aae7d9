import type { Locale } from "@/lib/i18n/locales";
import { en } from "./text/en";
import { it } from "./text/it";
import type { CatalogueText } from "./text/types";

export const catalogueText: Record<Locale, CatalogueText> = { en, it };
