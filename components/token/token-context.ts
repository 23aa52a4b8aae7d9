"use client";

import { useEffect, useState } from "react";
import * as api from "@/lib/api/token-client";
import { type Draft, splitLines, textOf } from "@/lib/case/fields";
import { causeDef } from "@/lib/catalogue/causes";
import type { CheckResult } from "@/lib/catalogue/present";
import { present } from "@/lib/catalogue/present";
import { catalogueTextLoaded } from "@/lib/catalogue/text";
import type { Locale } from "@/lib/i18n/locales";
import { causeForAadsts } from "@/lib/knowledge/aadsts";
import type { CloudProfile } from "@/lib/knowledge/clouds";
import { sameId } from "@/lib/token/claims";
import { type Retrieval, tokenOwner } from "@/lib/token/inspect";

/** Everything the token step derives from the answers: who must own the token, and which app and cloud sign in. */
export type TokenTarget = {
  cloud: CloudProfile;
  tenant: string;
  clientId: string;
  accessModel: "per-mailbox" | "shared";
  mailboxes: string[];
  owner: string;
  retrieval: Retrieval;
  configuredLifetimeMinutes: number | null;
};

export function tokenTarget(draft: Draft, cloud: CloudProfile, mailbox: string | null): TokenTarget | null {
  const tenant = textOf(draft["azure.tenant"]);
  const clientId = textOf(draft["azure.clientId"]);
  const mailboxes = splitLines(textOf(draft["mail.mailboxes"]));
  const accessModel = textOf(draft["mail.accessModel"]) === "shared" ? "shared" : "per-mailbox";
  const chosen = (mailbox && mailboxes.find((item) => sameId(item, mailbox))) || (mailboxes[0] ?? "");
  const owner = tokenOwner(accessModel, textOf(draft["mail.signInAccount"]), chosen);
  if (!tenant || !clientId || !owner || !textOf(draft["azure.cloud"])) return null;
  const lifetime = Number(textOf(draft["azure.accessTokenLifetimeMinutes"]));
  return {
    cloud,
    tenant,
    clientId,
    accessModel,
    mailboxes,
    owner,
    retrieval: textOf(draft["mail.retrieval"]) === "pop3" ? "pop3" : "imap",
    configuredLifetimeMinutes: Number.isInteger(lifetime) && lifetime > 0 ? lifetime : null,
  };
}

/** The wizard operator's sign-in app (ECE_DOCTOR_SIGNIN_CLIENT_ID), read at run time from the server. */
export function useSignInClientId(): string | null {
  const [id, setId] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api
      .tokenConfig()
      .then((body) => {
        if (live && typeof body?.signInClientId === "string") setId(body.signInClientId);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return id;
}

/** An Entra answer (AADSTS code) as the catalogue's finding card, when the catalogue knows the code. */
export function aadstsResult(
  aadsts: number | null,
  params: Record<string, string>,
  locale: Locale,
): CheckResult | null {
  const cause = aadsts === null ? undefined : causeForAadsts(aadsts);
  // Before this language's catalogue text has loaded (a sign-in answer that comes back at once) there is no card.
  if (!cause || !catalogueTextLoaded(locale)) return null;
  return present({ check: causeDef(cause).check, status: "fail", cause, params }, locale, "-");
}
