"use client";

import { useEffect, useMemo, useState } from "react";
import { useCloud } from "@/components/ui/config-provider";
import { useI18n } from "@/components/ui/i18n-provider";
import { useCatalogueText } from "@/components/ui/use-catalogue-text";
import { useWizard } from "@/components/wizard/wizard-provider";
import { textOf } from "@/lib/case/fields";
import { format } from "@/lib/i18n/format";
import { decodeToken } from "@/lib/token/claims";
import type { RealmAnswer } from "@/lib/token/inspect";
import { ClaimsPanel } from "./claims-panel";
import { DeviceCodePanel } from "./device-code-panel";
import { SignInPanel } from "./sign-in-panel";
import { tokenTarget, useSignInClientId, type TokenTarget } from "./token-context";

// The token step's panels (loaded with next/dynamic from the step form, so only this step's chunks carry them):
// whose token is needed, three ways to get one, and what the token in memory says. The token goes to the store's
// memory-only secrets.accessToken, where the mail live checks below pick it up.
export default function TokenStep() {
  const { locale, t } = useI18n();
  // Loaded now, so that a sign-in error can be explained from the catalogue when it comes.
  useCatalogueText(locale);
  const text = t.token;
  const draft = useWizard((state) => state.draft);
  const token = useWizard((state) => state.secrets.accessToken);
  const setSecret = useWizard((state) => state.setSecret);
  const cloud = useCloud(textOf(draft["azure.cloud"]));
  const [mailbox, setMailbox] = useState<string | null>(null);
  const operatorClientId = useSignInClientId();
  const [app, setApp] = useState<"case" | "operator">("case");
  const target = useMemo(() => tokenTarget(draft, cloud, mailbox), [draft, cloud, mailbox]);

  useEffect(() => {
    if (operatorClientId) setApp("operator");
  }, [operatorClientId]);

  // Per-mailbox model: a token of one of the case's mailboxes is compared with that mailbox.
  useEffect(() => {
    const decoded = token.trim() ? decodeToken(token) : null;
    const user = decoded?.ok ? decoded.claims.user?.toLowerCase() : undefined;
    const match = target?.mailboxes.find((item) => item.toLowerCase() === user);
    if (match && target?.accessModel === "per-mailbox") setMailbox(match);
  }, [token, target?.mailboxes, target?.accessModel]);

  if (!target) return <p className="mb-8 font-semibold">{text.incomplete}</p>;
  const onToken = (value: string) => setSecret("accessToken", value);

  return (
    <div className="mb-10">
      <section aria-labelledby="token-owner" className="mb-8" data-testid="token-owner">
        <h2 id="token-owner" className="mb-2 text-xl font-bold">
          {text.owner.heading}
        </h2>
        {target.accessModel === "per-mailbox" && target.mailboxes.length > 1 ? (
          <div className="mb-3">
            <label htmlFor="token-mailbox" className="block font-semibold">
              {text.owner.mailboxLabel}
            </label>
            <select id="token-mailbox" value={target.owner} onChange={(event) => setMailbox(event.target.value)} className="mt-1 block w-full max-w-xl border-2 border-ink px-2 py-1.5">
              {target.mailboxes.map((item) => (
                <option key={item} value={item}>
                  {item}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <p className="mb-2 font-semibold" data-testid="token-owner-account">
          {format(text.owner.mustOwn, { owner: target.owner })}
        </p>
        <p className="mb-2">{target.accessModel === "shared" ? format(text.owner.shared, { owner: target.owner }) : text.owner.perMailbox}</p>
        <RealmLine target={target} />
      </section>

      <ClaimsPanel token={token} target={target} operatorClientId={app === "operator" ? operatorClientId : null} onForget={() => setSecret("accessToken", "")} />

      <section aria-labelledby="token-ways" className="mb-8">
        <h2 id="token-ways" className="mb-2 text-xl font-bold">
          {text.ways.heading}
        </h2>
        <p className="mb-4">{text.ways.intro}</p>
        <SignInPanel target={target} operatorClientId={operatorClientId} app={app} onApp={setApp} onToken={onToken} />
        <DeviceCodePanel target={target} operatorClientId={operatorClientId} app={app} onToken={onToken} />
        <section aria-labelledby="token-paste">
          <h3 id="token-paste" className="mb-2 text-lg font-bold">
            {text.paste.heading}
          </h3>
          <p>{text.paste.intro}</p>
        </section>
      </section>
    </div>
  );
}

function RealmLine({ target }: { target: TokenTarget }) {
  const { t } = useI18n();
  const text = t.token.realm;
  const [answer, setAnswer] = useState<(RealmAnswer & { failed?: boolean }) | null>(null);
  const domain = target.owner.split("@")[1] ?? target.owner;

  useEffect(() => {
    let live = true;
    setAnswer(null);
    fetch("/api/token/realm", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ cloud: target.cloud.id, login: target.owner }) })
      .then((response) => (response.ok ? (response.json() as Promise<RealmAnswer & { error?: unknown }>) : null))
      .then((body) => {
        if (!live) return;
        setAnswer(body && !body.error ? body : { domain, namespaceType: null, authUrl: null, failed: true });
      })
      .catch(() => live && setAnswer({ domain, namespaceType: null, authUrl: null, failed: true }));
    return () => {
      live = false;
    };
  }, [target.cloud.id, target.owner, domain]);

  const line = !answer
    ? format(text.checking, { domain })
    : answer.namespaceType === "Managed"
      ? format(text.managed, { domain: answer.domain })
      : answer.namespaceType === "Federated"
        ? format(text.federated, { domain: answer.domain, authUrl: answer.authUrl ?? "-" })
        : answer.namespaceType === "Unknown"
          ? format(text.unknown, { domain: answer.domain })
          : format(text.failed, { domain });
  return (
    <div aria-live="polite" data-testid="token-realm" data-realm={answer?.namespaceType ?? ""}>
      <p className={answer?.namespaceType === "Federated" ? "font-semibold text-fail" : ""}>{line}</p>
      {answer?.namespaceType === "Federated" ? <p className="mt-1 font-semibold">{format(text.federatedAdvice, { owner: target.owner })}</p> : null}
    </div>
  );
}
