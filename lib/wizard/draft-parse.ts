import type { Draft } from "@/lib/case/fields";
import { caseSchema } from "@/lib/case/schema";
import { draftToCaseInput } from "./draft";

// The answers parsed with the case schema, apart from lib/wizard/draft.ts so that the pages that only read answers do
// not load the schema's validator: the browser imports this when it runs a diagnosis.

export function draftToCase(draft: Draft) {
  return caseSchema.safeParse(draftToCaseInput(draft));
}

// Live checks can run before the wizard is finished: unanswered fields get neutral values that no probe reads.
export function draftToProbeCase(draft: Draft) {
  const input = draftToCaseInput(draft) as {
    ece: Record<string, unknown>;
    azure: Record<string, unknown>;
    mail: Record<string, unknown>;
    network: Record<string, unknown>;
  };
  const orDefault = (section: Record<string, unknown>, key: string, value: unknown) => {
    if (section[key] === "" || section[key] === undefined) section[key] = value;
  };
  orDefault(input.ece, "version", "later");
  orDefault(input.ece, "esIsLatest", "unknown");
  orDefault(input.ece, "consoleUrl", "https://ece.invalid");
  orDefault(input.azure, "cloud", "worldwide");
  orDefault(input.azure, "redirectUri", "https://ece.invalid");
  orDefault(input.azure, "redirectPlatform", "unknown");
  orDefault(input.azure, "adminConsent", "unknown");
  orDefault(input.mail, "accessModel", "per-mailbox");
  orDefault(input.mail, "retrieval", "imap");
  for (const key of ["retrievalEnabled", "authenticatedSmtp", "privateWindow"]) orDefault(input.mail, key, "unknown");
  orDefault(input.mail, "licence", "unknown");
  if (Array.isArray(input.mail.mailboxes) && input.mail.mailboxes.length === 0)
    input.mail.mailboxes = ["mailbox@example.invalid"];
  if (input.mail.accessModel === "shared" && !input.mail.signInAccount) input.mail.accessModel = "per-mailbox";
  for (const key of ["servicesServer", "applicationServer"]) orDefault(input.network, key, "not-checked");
  orDefault(input.network, "tlsInspection", "unknown");
  return caseSchema.safeParse(input);
}
