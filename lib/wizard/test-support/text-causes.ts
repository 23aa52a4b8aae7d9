// What the pages compute with useTextCauses, for tests that plan steps from a draft.
import { type Draft, textOf } from "@/lib/case/fields";
import type { CauseId } from "@/lib/catalogue/causes";
import { causesNamedIn } from "@/lib/triage/triage";

export const textCausesOfDraft = (draft: Draft): CauseId[] => causesNamedIn(textOf(draft["symptom.errorText"]));
