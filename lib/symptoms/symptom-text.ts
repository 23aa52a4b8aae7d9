import type { Messages } from "@/lib/i18n/messages/en";
import type { Symptom } from "@/lib/symptoms/ranking";

/** "It worked, then stopped (about one to two hours after)", in the page's language. */
export function symptomText(t: Messages, symptom: Symptom): string {
  const label = t.fields["symptom.id"].options[symptom.id];
  return symptom.stoppedAfter
    ? `${label} (${t.fields["symptom.stoppedAfter"].options[symptom.stoppedAfter].toLowerCase()})`
    : label;
}
