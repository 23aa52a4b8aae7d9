import { type DraftValue, type FieldId, fields, listOf, textOf } from "@/lib/case/fields";
import type { Messages } from "@/lib/i18n/messages";

/** An answer as a person reads it: option labels, not ids (`cloudLabel` names operator cloud profiles). */
export function answerText(
  t: Messages,
  id: FieldId,
  value: DraftValue | undefined,
  cloudLabel?: (id: string) => string | undefined,
): string {
  const def = fields[id];
  const options = (t.fields[id] as { options?: Record<string, string> }).options;
  if (def.kind === "checkboxes") {
    const chosen = listOf(value);
    return chosen.length === 0 ? t.check.notProvided : chosen.map((option) => options?.[option] ?? option).join(", ");
  }
  const text = textOf(value);
  if (text === "") return t.check.notProvided;
  if (def.kind === "radio") return options?.[text] ?? text;
  if (def.kind === "cloud") return options?.[text] ?? cloudLabel?.(text) ?? text;
  return text;
}
