import "server-only";
import type { CaseFile } from "@/lib/case/schema";
import type { CloudProfile } from "@/lib/knowledge/clouds";
import type { ProbeTimeouts } from "@/lib/probes/timeouts";
import type { ProbeEvidence } from "@/lib/probes/types";
import { describeSecret } from "@/lib/rules/guid";
import { onePerCause, findings as staticFindings, sortWorstFirst } from "@/lib/rules/diagnose";
import { liveFindings } from "@/lib/rules/live-diagnose";
import type { Finding } from "@/lib/rules/types";
import { decodeToken } from "@/lib/token/claims";
import { signInClientId } from "@/lib/token/sign-in-app";
import { mailboxesForToken, runLive, type LiveSecrets, type ProbeGroup } from "./run-live";

export type FullDiagnosis = { findings: Finding[]; evidence: ProbeEvidence[] };

export async function diagnoseCase(options: {
  file: CaseFile;
  profile: CloudProfile;
  secrets: LiveSecrets;
  live: boolean;
  groups?: readonly ProbeGroup[];
  timeouts?: ProbeTimeouts;
  signal?: AbortSignal;
  onEvidence?: (evidence: ProbeEvidence, findings: Finding[]) => void;
  now?: Date;
}): Promise<FullDiagnosis> {
  const { file, profile, secrets, now = new Date() } = options;
  const secret = describeSecret(secrets.clientSecret, file.azure.clientId);
  const base = staticFindings(file, { clientSecret: secret }, now, profile);
  if (!options.live) return { findings: sortWorstFirst(base), evidence: [] };

  const token = secrets.accessToken?.trim();
  // A token from the operator's own sign-in app (ECE_DOCTOR_SIGNIN_CLIENT_ID) names that app, as expected.
  const decoded = token ? decodeToken(token) : null;
  const operatorApp = signInClientId();
  const expectedApp = decoded?.ok && operatorApp !== null && decoded.claims.app?.toLowerCase() === operatorApp ? operatorApp : file.azure.clientId;
  const owner = file.mail.accessModel === "shared" ? (file.mail.signInAccount ?? "") : "";
  const context = {
    secretLooksLikeSecretId: secret.looksLikeGuid || secret.equalsClientId,
    ...(token
      ? { token: { raw: token, expectations: { tenant: file.azure.tenant, clientId: expectedApp, owner, outlookResource: profile.outlookResource, now } } }
      : {}),
  };
  const evidence = await runLive({
    file,
    profile,
    secrets,
    ...(options.timeouts ? { timeouts: options.timeouts } : {}),
    ...(options.groups ? { groups: options.groups } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onEvidence ? { onEvidence: (item: ProbeEvidence) => options.onEvidence?.(item, liveFindings(file, [item], context, profile.id)) } : {}),
  });
  const tokenOwner = owner || (token ? (mailboxesForToken(file, token)[0] ?? "") : "");
  const live = liveFindings(file, evidence, token ? { ...context, token: { raw: token, expectations: { ...context.token!.expectations, owner: tokenOwner } } } : context, profile.id);
  return { findings: onePerCause(sortWorstFirst([...base, ...live])), evidence };
}
