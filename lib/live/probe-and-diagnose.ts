import "server-only";
import type { CaseFile } from "@/lib/case/schema";
import type { Locale } from "@/lib/i18n/locales";
import type { CloudProfile } from "@/lib/knowledge/clouds";
import type { ProbeDeps } from "@/lib/probes/connect";
import type { ProbeTimeouts } from "@/lib/probes/timeouts";
import type { ProbeEvidence } from "@/lib/probes/types";
import { type Diagnosis, diagnosis } from "@/lib/rules/diagnose";
import { describeSecret } from "@/lib/rules/guid";
import type { Evidence, LiveContext } from "@/lib/rules/types";
import { decodeToken, sameId } from "@/lib/token/claims";
import { signInClientId } from "@/lib/token/sign-in-app";
import { type LiveSecrets, mailboxesForToken, type ProbeGroup, runLive } from "./run-live";

export type FullDiagnosis = Diagnosis & { evidence: ProbeEvidence[] };

// What a token and a secret are expected to be: a token from the operator's own sign-in app
// (ECE_DOCTOR_SIGNIN_CLIENT_ID) names that app, as expected.
function liveContext(file: CaseFile, profile: CloudProfile, secrets: LiveSecrets, now: Date): LiveContext {
  const secret = describeSecret(secrets.clientSecret, file.azure.clientId);
  const token = secrets.accessToken?.trim();
  const secretLooksLikeSecretId = secret.looksLikeGuid || secret.equalsClientId;
  if (!token) return { secretLooksLikeSecretId };
  const decoded = decodeToken(token);
  const operatorApp = signInClientId();
  const expectedApp =
    decoded.ok && operatorApp !== null && sameId(decoded.claims.app, operatorApp) ? operatorApp : file.azure.clientId;
  const delegate = file.mail.accessModel === "shared" ? (file.mail.signInAccount ?? "") : "";
  const owner = delegate || (mailboxesForToken(file, token)[0] ?? "");
  const expectations = {
    tenant: file.azure.tenant,
    clientId: expectedApp,
    owner,
    outlookResource: profile.outlookResource,
    now,
  };
  return { secretLooksLikeSecretId, token: { raw: token, expectations } };
}

/** Runs the live probes (when asked), then the one pure pass of `diagnose` over the answers and everything they saw. */
export async function diagnoseCase(options: {
  file: CaseFile;
  profile: CloudProfile;
  secrets: LiveSecrets;
  live: boolean;
  locale?: Locale;
  groups?: readonly ProbeGroup[];
  timeouts?: ProbeTimeouts;
  signal?: AbortSignal;
  onEvidence?: (evidence: ProbeEvidence) => void;
  deps?: ProbeDeps;
  now?: Date;
}): Promise<FullDiagnosis> {
  const { file, profile, secrets, now = new Date() } = options;
  const evidence: Evidence = { clientSecret: describeSecret(secrets.clientSecret, file.azure.clientId) };
  const probes = options.live
    ? await runLive({
        file,
        profile,
        secrets,
        ...(options.timeouts ? { timeouts: options.timeouts } : {}),
        ...(options.groups ? { groups: options.groups } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onEvidence ? { onEvidence: options.onEvidence } : {}),
        ...(options.deps ? { deps: options.deps } : {}),
      })
    : [];
  if (options.live) evidence.live = { probes, context: liveContext(file, profile, secrets, now) };
  return {
    ...diagnosis(file, evidence, { now, profile, ...(options.locale ? { locale: options.locale } : {}) }),
    evidence: probes,
  };
}
