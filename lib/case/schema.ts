import "@/lib/zod-jitless";
import * as z from "zod/mini";
import en from "zod/v4/locales/en.js";
import { caseEvidenceSchema } from "@/lib/evidence/schema";
import { cloudIdPattern } from "@/lib/knowledge/clouds";
import { eceReleaseIds } from "@/lib/knowledge/ece-releases";
import { delegatedPermissionIds, licenceIds, redirectPlatformIds } from "@/lib/knowledge/microsoft";
import { redactSecrets } from "@/lib/probes/redact";
import { stoppedAfterIds, symptomIds } from "@/lib/symptoms/ranking";
import {
  accessModels,
  isEmailAddress,
  isEsName,
  isHttpUrl,
  isIsoDate,
  maxEmail,
  maxErrorText,
  maxUrl,
  pathStates,
  retrievals,
  yesNoUnknown,
} from "./fields";

import { CASE_SCHEMA_ID, CASE_SCHEMA_V1, CASE_SCHEMA_V2 } from "./schema-id";

export { CASE_SCHEMA_ID, CASE_SCHEMA_V1, CASE_SCHEMA_V2 };

const choice = <T extends readonly [string, ...string[]]>(options: T) => z.enum(options, { error: "choose" });

// zod/mini, the same schema in the browser (import, check your answers) and on the server; its English messages
// tell a missing field from a wrong one (issueKey below).
z.config(en());

const nullable = z.nullable;

// The field rules of lib/case/fields.ts (which the wizard's pages use without zod), as schemas.
const httpUrl = z.string().check(z.maxLength(maxUrl, "tooLong"), z.refine(isHttpUrl, "url"));
const emailAddress = z.string().check(z.maxLength(maxEmail, "tooLong"), z.refine(isEmailAddress, "email"));
const esName = z.string().check(z.maxLength(40, "tooLong"), z.refine(isEsName, "esList"));
const isoDate = z.string().check(z.refine(isIsoDate, "date"));

const symptomSchema = z.strictObject({
  id: choice(symptomIds),
  stoppedAfter: nullable(choice(stoppedAfterIds)),
  // The wizard redacts it as it is pasted; parsing redacts again, so an imported or posted file cannot carry a token on.
  errorText: nullable(
    z.pipe(
      z.string().check(z.maxLength(maxErrorText, "tooLong")),
      z.transform((text: string) => redactSecrets(text)),
    ),
  ),
});

const caseV3 = z
  .strictObject({
    schema: z.literal(CASE_SCHEMA_ID, { error: "schema" }),
    symptom: nullable(symptomSchema),
    ece: z.strictObject({
      version: choice(eceReleaseIds),
      installedES: z.array(esName).check(z.maxLength(50, "tooMany")),
      esIsLatest: choice(yesNoUnknown),
      externalUrl: nullable(httpUrl),
      consoleUrl: httpUrl,
    }),
    azure: z.strictObject({
      // A built-in cloud id or an operator profile from ECE_DOCTOR_CLOUDS_FILE; the server checks it exists.
      cloud: z.string({ error: "choose" }).check(z.regex(cloudIdPattern, "choose")),
      tenant: z.string().check(z.maxLength(256, "tooLong")),
      clientId: z.string().check(z.maxLength(256, "tooLong")),
      secretExpires: nullable(isoDate),
      redirectUri: httpUrl,
      redirectPlatform: choice(redirectPlatformIds),
      eceRedirectUri: nullable(httpUrl),
      delegatedPermissions: z.array(choice(delegatedPermissionIds)).check(z.maxLength(10, "tooMany")),
      adminConsent: choice(yesNoUnknown),
      accessTokenLifetimeMinutes: nullable(z.int({ error: "number" }).check(z.gte(1, "number"), z.lte(1440, "number"))),
    }),
    mail: z.strictObject({
      accessModel: choice(accessModels),
      mailboxes: z.array(emailAddress).check(z.minLength(1, "required"), z.maxLength(50, "tooMany")),
      signInAccount: nullable(emailAddress),
      fullAccess: nullable(choice(yesNoUnknown)),
      retrieval: choice(retrievals),
      retrievalEnabled: choice(yesNoUnknown),
      authenticatedSmtp: choice(yesNoUnknown),
      licence: choice(licenceIds),
      privateWindow: choice(yesNoUnknown),
      tokenSignedInAs: nullable(emailAddress),
    }),
    network: z.strictObject({
      servicesServer: choice(pathStates),
      applicationServer: choice(pathStates),
      tlsInspection: choice(yesNoUnknown),
    }),
    // case@3: what the sign-in log exports and pasted PowerShell output showed (derived facts only), or null.
    evidence: z.nullable(caseEvidenceSchema),
  })
  .check(
    z.superRefine((file, context) => {
      if (file.mail.accessModel === "shared" && file.mail.signInAccount === null) {
        context.addIssue({ code: "custom", path: ["mail", "signInAccount"], message: "required" });
      }
    }),
  );

// case@1 files (before the symptom) and case@2 files (before the evidence) still load: they read as case@3 with no
// symptom and no evidence.
function upgrade(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const file = input as Record<string, unknown>;
  if (file.schema === CASE_SCHEMA_V1 && !("symptom" in file) && !("evidence" in file))
    return { ...file, schema: CASE_SCHEMA_ID, symptom: null, evidence: null };
  if (file.schema === CASE_SCHEMA_V2 && !("evidence" in file))
    return { ...file, schema: CASE_SCHEMA_ID, evidence: null };
  return input;
}

export const caseSchema = z.pipe(z.transform(upgrade), caseV3);

export type CaseFile = z.output<typeof caseSchema>;

export type CaseIssue = { path: string; key: string; max?: number };

const knownKeys = new Set([
  "required",
  "choose",
  "url",
  "email",
  "emailList",
  "esList",
  "number",
  "date",
  "tooLong",
  "tooMany",
  "schema",
]);

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

export function caseIssues(error: z.core.$ZodError): CaseIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") path.push(issue.keys.join(", "));
    const key = issueKey(issue);
    // "has too many entries" says how many are allowed.
    const max =
      key === "tooMany" && issue.code === "too_big" && typeof issue.maximum === "number" ? { max: issue.maximum } : {};
    return { path: path.join(".") || "(document)", key, ...max };
  });
}
