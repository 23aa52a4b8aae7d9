import { z } from "zod";
import { cloudIdPattern } from "@/lib/knowledge/clouds";
import { eceReleaseIds } from "@/lib/knowledge/ece-releases";
import { delegatedPermissionIds, licenceIds, redirectPlatformIds } from "@/lib/knowledge/microsoft";
import { caseEvidenceSchema } from "@/lib/evidence/schema";
import { redactSecrets } from "@/lib/probes/redact";
import { stoppedAfterIds, symptomIds } from "@/lib/symptoms/ranking";
import { accessModels, emailAddress, esName, httpUrl, isoDate, maxErrorText, pathStates, retrievals, yesNoUnknown } from "./fields";

export const CASE_SCHEMA_ID = "ece-oauth-doctor/case@3";
export const CASE_SCHEMA_V2 = "ece-oauth-doctor/case@2";
export const CASE_SCHEMA_V1 = "ece-oauth-doctor/case@1";

const choice = <T extends readonly [string, ...string[]]>(options: T) => z.enum(options, { error: "choose" });

const symptomSchema = z.strictObject({
  id: choice(symptomIds),
  stoppedAfter: choice(stoppedAfterIds).nullable(),
  // The wizard redacts it as it is pasted; parsing redacts again, so an imported or posted file cannot carry a token on.
  errorText: z.string().max(maxErrorText, "tooLong").transform((text) => redactSecrets(text)).nullable(),
});

const caseV3 = z.strictObject({
  schema: z.literal(CASE_SCHEMA_ID, { error: "schema" }),
  symptom: symptomSchema.nullable(),
  ece: z.strictObject({
    version: choice(eceReleaseIds),
    installedES: z.array(esName).max(50, "tooMany"),
    esIsLatest: choice(yesNoUnknown),
    externalUrl: httpUrl.nullable(),
    consoleUrl: httpUrl,
  }),
  azure: z.strictObject({
    // A built-in cloud id or an operator profile from ECE_DOCTOR_CLOUDS_FILE; the server checks it exists.
    cloud: z.string({ error: "choose" }).regex(cloudIdPattern, "choose"),
    tenant: z.string().max(256, "tooLong"),
    clientId: z.string().max(256, "tooLong"),
    secretExpires: isoDate.nullable(),
    redirectUri: httpUrl,
    redirectPlatform: choice(redirectPlatformIds),
    eceRedirectUri: httpUrl.nullable(),
    delegatedPermissions: z.array(choice(delegatedPermissionIds)).max(10, "tooMany"),
    adminConsent: choice(yesNoUnknown),
    accessTokenLifetimeMinutes: z.number({ error: "number" }).int("number").min(1, "number").max(1440, "number").nullable(),
  }),
  mail: z.strictObject({
    accessModel: choice(accessModels),
    mailboxes: z.array(emailAddress).min(1, "required").max(50, "tooMany"),
    signInAccount: emailAddress.nullable(),
    fullAccess: choice(yesNoUnknown).nullable(),
    retrieval: choice(retrievals),
    retrievalEnabled: choice(yesNoUnknown),
    authenticatedSmtp: choice(yesNoUnknown),
    licence: choice(licenceIds),
    privateWindow: choice(yesNoUnknown),
    tokenSignedInAs: emailAddress.nullable(),
  }),
  network: z.strictObject({
    servicesServer: choice(pathStates),
    applicationServer: choice(pathStates),
    tlsInspection: choice(yesNoUnknown),
  }),
  // case@3: what the sign-in log exports and pasted PowerShell output showed (derived facts only), or null.
  evidence: caseEvidenceSchema.nullable(),
}).superRefine((file, context) => {
  if (file.mail.accessModel === "shared" && file.mail.signInAccount === null) {
    context.addIssue({ code: "custom", path: ["mail", "signInAccount"], message: "required" });
  }
});

// case@1 files (before the symptom) and case@2 files (before the evidence) still load: they read as case@3 with no
// symptom and no evidence.
function upgrade(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const file = input as Record<string, unknown>;
  if (file.schema === CASE_SCHEMA_V1 && !("symptom" in file) && !("evidence" in file)) return { ...file, schema: CASE_SCHEMA_ID, symptom: null, evidence: null };
  if (file.schema === CASE_SCHEMA_V2 && !("evidence" in file)) return { ...file, schema: CASE_SCHEMA_ID, evidence: null };
  return input;
}

export const caseSchema = z.preprocess(upgrade, caseV3);

export type CaseFile = z.infer<typeof caseSchema>;

export type CaseIssue = { path: string; key: string; max?: number };

const knownKeys = new Set(["required", "choose", "url", "email", "emailList", "esList", "number", "date", "tooLong", "tooMany", "schema"]);

function issueKey(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return "unknownField";
  if (issue.code === "invalid_type") {
    // Zod 4 leaves issue.input out unless parsed with reportInput, so it cannot tell "missing" on its own.
    if ("input" in issue) return issue.input === undefined ? "missing" : "invalidType";
    if (knownKeys.has(issue.message)) return issue.message;
    return / received undefined$/.test(issue.message) ? "missing" : "invalidType";
  }
  return knownKeys.has(issue.message) ? issue.message : "invalidType";
}

export function caseIssues(error: z.ZodError): CaseIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") path.push(issue.keys.join(", "));
    const key = issueKey(issue);
    // "has too many entries" says how many are allowed.
    const max = key === "tooMany" && issue.code === "too_big" && typeof issue.maximum === "number" ? { max: issue.maximum } : {};
    return { path: path.join(".") || "(document)", key, ...max };
  });
}
