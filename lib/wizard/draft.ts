import { type Draft, type FieldId, listOf, splitLines, textOf } from "@/lib/case/fields";
import type { CaseFile } from "@/lib/case/schema";
import { CASE_SCHEMA_ID } from "@/lib/case/schema-id";
import { type EceRelease, parseEs, releaseNeedsEs, splitEsList } from "@/lib/knowledge/ece-releases";
import { stepRuledOut } from "@/lib/symptoms/plan";
import { type StoppedAfter, type Symptom, type SymptomId, stoppedAfterIds, symptomIds } from "@/lib/symptoms/ranking";

export function fieldApplies(id: FieldId, draft: Draft): boolean {
  switch (id) {
    case "ece.installedES":
    case "ece.esIsLatest":
      return releaseNeedsEs(textOf(draft["ece.version"]) as EceRelease);
    case "mail.signInAccount":
    case "mail.fullAccess":
      return textOf(draft["mail.accessModel"]) === "shared";
    case "symptom.stoppedAfter":
      return textOf(draft["symptom.id"]) === "stopped";
    // A question the symptom rules out is not asked, unless it was answered anyway (from "show all steps").
    case "mail.retrievalEnabled":
      return !(stepRuledOut("mailbox-protocols", symptomOf(draft)) && textOf(draft[id]) === "");
    case "mail.authenticatedSmtp":
      return !(stepRuledOut("smtp-auth", symptomOf(draft)) && textOf(draft[id]) === "");
    default:
      return true;
  }
}

export function symptomOf(draft: Draft): Symptom | null {
  const id = textOf(draft["symptom.id"]);
  if (!(symptomIds as readonly string[]).includes(id)) return null;
  const after = textOf(draft["symptom.stoppedAfter"]);
  return id === "stopped" && (stoppedAfterIds as readonly string[]).includes(after)
    ? { id: id as SymptomId, stoppedAfter: after as StoppedAfter }
    : { id: id as SymptomId };
}

const orNull = (text: string) => (text === "" ? null : text);

export function draftToCaseInput(draft: Draft): unknown {
  const text = (id: FieldId) => textOf(draft[id]);
  const applies = (id: FieldId) => fieldApplies(id, draft);
  const lifetime = text("azure.accessTokenLifetimeMinutes");
  const symptom = symptomOf(draft);
  return {
    schema: CASE_SCHEMA_ID,
    symptom: symptom && {
      id: symptom.id,
      stoppedAfter: symptom.stoppedAfter ?? null,
      errorText: orNull(text("symptom.errorText")),
    },
    ece: {
      version: text("ece.version"),
      installedES: applies("ece.installedES")
        ? splitEsList(text("ece.installedES")).map((es) => parseEs(es)?.canonical ?? es)
        : [],
      esIsLatest: applies("ece.esIsLatest") ? text("ece.esIsLatest") : "unknown",
      externalUrl: orNull(text("ece.externalUrl")),
      consoleUrl: text("ece.consoleUrl"),
    },
    azure: {
      cloud: text("azure.cloud"),
      tenant: text("azure.tenant"),
      clientId: text("azure.clientId"),
      secretExpires: orNull(text("azure.secretExpires")),
      redirectUri: text("azure.redirectUri"),
      redirectPlatform: text("azure.redirectPlatform"),
      eceRedirectUri: orNull(text("azure.eceRedirectUri")),
      delegatedPermissions: listOf(draft["azure.delegatedPermissions"]),
      adminConsent: text("azure.adminConsent"),
      accessTokenLifetimeMinutes: lifetime === "" ? null : Number(lifetime),
    },
    mail: {
      accessModel: text("mail.accessModel"),
      mailboxes: splitLines(text("mail.mailboxes")),
      signInAccount: applies("mail.signInAccount") ? orNull(text("mail.signInAccount")) : null,
      fullAccess: applies("mail.fullAccess") ? orNull(text("mail.fullAccess")) : null,
      retrieval: text("mail.retrieval"),
      retrievalEnabled: applies("mail.retrievalEnabled") ? text("mail.retrievalEnabled") : "unknown",
      authenticatedSmtp: applies("mail.authenticatedSmtp") ? text("mail.authenticatedSmtp") : "unknown",
      licence: text("mail.licence"),
      privateWindow: text("mail.privateWindow"),
      tokenSignedInAs: orNull(text("mail.tokenSignedInAs")),
    },
    network: {
      servicesServer: text("network.servicesServer"),
      applicationServer: text("network.applicationServer"),
      tlsInspection: text("network.tlsInspection"),
    },
    evidence: evidenceOf(text("evidence")),
  };
}

function evidenceOf(json: string): unknown {
  if (json === "") return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

export function caseToDraft(file: CaseFile): Draft {
  const { symptom, ece, azure, mail, network } = file;
  const draft: Draft = {
    ...(symptom
      ? {
          "symptom.id": symptom.id,
          "symptom.stoppedAfter": symptom.stoppedAfter ?? "",
          "symptom.errorText": symptom.errorText ?? "",
        }
      : {}),
    "ece.version": ece.version,
    "ece.installedES": ece.installedES.join(", "),
    "ece.esIsLatest": ece.esIsLatest,
    "ece.externalUrl": ece.externalUrl ?? "",
    "ece.consoleUrl": ece.consoleUrl,
    "azure.cloud": azure.cloud,
    "azure.tenant": azure.tenant,
    "azure.clientId": azure.clientId,
    "azure.secretExpires": azure.secretExpires ?? "",
    "azure.redirectUri": azure.redirectUri,
    "azure.redirectPlatform": azure.redirectPlatform,
    "azure.eceRedirectUri": azure.eceRedirectUri ?? "",
    "azure.delegatedPermissions": [...azure.delegatedPermissions],
    "azure.adminConsent": azure.adminConsent,
    "azure.accessTokenLifetimeMinutes":
      azure.accessTokenLifetimeMinutes === null ? "" : String(azure.accessTokenLifetimeMinutes),
    "mail.accessModel": mail.accessModel,
    "mail.mailboxes": mail.mailboxes.join("\n"),
    "mail.signInAccount": mail.signInAccount ?? "",
    "mail.fullAccess": mail.fullAccess ?? "",
    "mail.retrieval": mail.retrieval,
    "mail.retrievalEnabled": mail.retrievalEnabled,
    "mail.authenticatedSmtp": mail.authenticatedSmtp,
    "mail.licence": mail.licence,
    "mail.privateWindow": mail.privateWindow,
    "mail.tokenSignedInAs": mail.tokenSignedInAs ?? "",
    "network.servicesServer": network.servicesServer,
    "network.applicationServer": network.applicationServer,
    "network.tlsInspection": network.tlsInspection,
    evidence: file.evidence ? JSON.stringify(file.evidence) : "",
  };
  return draft;
}
