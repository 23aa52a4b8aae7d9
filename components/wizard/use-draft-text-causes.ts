"use client";

import { useTextCauses } from "@/components/ui/use-triage";
import { type Draft, textOf } from "@/lib/case/fields";
import type { CauseId } from "@/lib/catalogue/causes";

/** The causes the draft's pasted error text names: what the step plan and the live checks rank by. */
export function useDraftTextCauses(draft: Draft): readonly CauseId[] {
  return useTextCauses(textOf(draft["symptom.errorText"]));
}
