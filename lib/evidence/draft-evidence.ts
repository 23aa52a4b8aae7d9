import type { Draft } from "@/lib/case/fields";
import type { CaseFile } from "@/lib/case/schema";
import { evidenceCheckIds } from "@/lib/catalogue/checks";
import { cloudProfiles } from "@/lib/knowledge/clouds";
import { sortWorstFirst } from "@/lib/rules/order";
import { powershellOutput } from "@/lib/rules/powershell-output";
import { signInLogs } from "@/lib/rules/sign-in-logs";
import type { Finding } from "@/lib/rules/types";
import { type CaseEvidence, caseEvidenceSchema } from "./schema";

const noEvidence: CaseEvidence = { signInLogs: null, powershell: [] };

/** The evidence the wizard holds (the draft's "evidence" field, JSON), or none. */
export function evidenceOfDraft(draft: Draft): CaseEvidence {
  const json = typeof draft.evidence === "string" ? draft.evidence : "";
  if (json === "") return noEvidence;
  try {
    const parsed = caseEvidenceSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : noEvidence;
  } catch {
    return noEvidence;
  }
}

export function evidenceJson(evidence: CaseEvidence): string {
  return evidence.signInLogs === null && evidence.powershell.length === 0 ? "" : JSON.stringify(evidence);
}

const isEvidenceCheck = (check: string) => (evidenceCheckIds as readonly string[]).includes(check);

/** The diagnosis's findings with the evidence checks worked out again for the case: evidence read on the report page. */
export function withEvidenceFindings(findings: readonly Finding[], file: CaseFile): Finding[] {
  const context = { file, evidence: {}, now: new Date(), profile: cloudProfiles.worldwide };
  return sortWorstFirst([
    ...findings.filter((item) => !isEvidenceCheck(item.check)),
    ...signInLogs(context),
    ...powershellOutput(context),
  ]);
}

export function signInFindings(file: CaseFile): Finding[] {
  return sortWorstFirst(signInLogs({ file, evidence: {}, now: new Date(), profile: cloudProfiles.worldwide }));
}
