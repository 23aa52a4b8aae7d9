"use client";

import { useEffect, useMemo, useState } from "react";
import { useCloud } from "@/components/ui/config-provider";
import { useI18n } from "@/components/ui/i18n-provider";
import { useCatalogueText } from "@/components/ui/use-catalogue-text";
import { useWizard } from "@/components/wizard/wizard-provider";
import * as api from "@/lib/api/token-client";
import { textOf } from "@/lib/case/fields";
import { format } from "@/lib/i18n/format";
import { delegatedScopes, type RealmAnswer } from "@/lib/token/inspect";
import { mailboxOfToken } from "@/lib/token/mailbox-match";
import { pendingRedirectClientId, redirectUriFor } from "@/lib/token/redirect-state";
import { ClaimsPanel } from "./claims-panel";
import { DeviceCodePanel } from "./device-code-panel";
import { SignInPanel } from "./sign-in-panel";
import { type TokenTarget, tokenTarget, useSignInClientId } from "./token-context";

type Way = "case-sign-in" | "device" | "paste";
const ways: Way[] = ["case-sign-in", "device", "paste"];

// The token step's panels (loaded with next/dynamic from the step form, so only this step's chunks carry them):
// whose token is needed, the recommended way to get one (a separate diagnosis app, which leaves ECE's production app
// alone) and the others one choice away, and what the token in memory says. The token goes to the store's
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
  // Back from a full-page sign-in with ECE's app: its panel must be there to complete it.
  const [way, setWay] = useState<Way | null>(() =>
    pendingRedirectClientId() === textOf(draft["azure.clientId"]) ? "case-sign-in" : null,
  );
  // Which app issued the token in memory: the claims panel expects that app's id.
  const [tokenApp, setTokenApp] = useState<"case" | "operator">("case");
  const [origin, setOrigin] = useState("");
  const target = useMemo(() => tokenTarget(draft, cloud, mailbox), [draft, cloud, mailbox]);

  useEffect(() => setOrigin(window.location.origin), []);

  // Per-mailbox model: a token of one of the case's mailboxes is compared with that mailbox.
  const mailboxes = target?.mailboxes;
  const perMailbox = target?.accessModel === "per-mailbox";
  useEffect(() => {
    const match = mailboxes ? mailboxOfToken(mailboxes, token) : undefined;
    if (match && perMailbox) setMailbox(match);
  }, [token, mailboxes, perMailbox]);

  if (!target) return <p className="mb-8 font-semibold">{text.incomplete}</p>;
  const tokenFrom = (app: "case" | "operator") => (value: string) => {
    setTokenApp(app);
    setSecret("accessToken", value);
  };
  const scopes = delegatedScopes(target.cloud.outlookResource, target.retrieval).filter(
    (scope) => scope !== "offline_access",
  );
  const deviceApp = operatorClientId ? "operator" : "case";

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
            <select
              id="token-mailbox"
              value={target.owner}
              onChange={(event) => setMailbox(event.target.value)}
              className="mt-1 block w-full max-w-xl border-2 border-ink px-2 py-1.5"
            >
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
        <p className="mb-2">
          {target.accessModel === "shared" ? format(text.owner.shared, { owner: target.owner }) : text.owner.perMailbox}
        </p>
        <RealmLine target={target} />
      </section>

      <section aria-labelledby="token-ways" className="mb-8">
        <h2 id="token-ways" className="mb-2 text-xl font-bold">
          {text.ways.heading}
        </h2>
        <p className="mb-4">{text.ways.intro}</p>
        <div className="mb-6 border-l-4 border-pass pl-4" data-testid="token-recommended">
          <p className="font-semibold text-pass">{text.ways.recommended}</p>
          <h3 className="mb-2 text-lg font-bold">{text.diagnosisApp.heading}</h3>
          {operatorClientId ? (
            <>
              <p className="mb-4">{format(text.diagnosisApp.configured, { clientId: operatorClientId })}</p>
              <SignInPanel
                target={target}
                operatorClientId={operatorClientId}
                app="operator"
                onToken={tokenFrom("operator")}
              />
            </>
          ) : (
            <>
              <p className="mb-2">{text.diagnosisApp.intro}</p>
              <ul className="mb-2 list-disc space-y-1 pl-6" data-testid="token-diagnosis-needs">
                {text.diagnosisApp.needs.map((need) => (
                  <li key={need} className="[overflow-wrap:anywhere]">
                    {format(need, { redirectUri: origin ? redirectUriFor(origin) : "", scopes: scopes.join(", ") })}
                  </li>
                ))}
              </ul>
              <p>{text.diagnosisApp.cleanup}</p>
            </>
          )}
        </div>
        <fieldset className="mb-6">
          <legend className="mb-2 font-semibold">{text.ways.otherLegend}</legend>
          {ways.map((choice) => (
            <div key={choice} className="mt-2 flex items-start gap-3">
              <input
                id={`token-way-${choice}`}
                type="radio"
                name="token-way"
                value={choice}
                checked={way === choice}
                onChange={() => setWay(choice)}
                className="mt-1 size-5 shrink-0 accent-ink"
              />
              <label htmlFor={`token-way-${choice}`} className="cursor-pointer">
                {text.ways.other[choice]}
              </label>
            </div>
          ))}
        </fieldset>
        {way === "case-sign-in" ? (
          <SignInPanel target={target} operatorClientId={operatorClientId} app="case" onToken={tokenFrom("case")} />
        ) : null}
        {way === "device" ? (
          <DeviceCodePanel
            target={target}
            operatorClientId={operatorClientId}
            app={deviceApp}
            onToken={tokenFrom(deviceApp)}
          />
        ) : null}
        {way === "paste" ? (
          <section aria-labelledby="token-paste" className="mb-8" data-testid="token-paste">
            <h3 id="token-paste" className="mb-2 text-lg font-bold">
              {text.paste.heading}
            </h3>
            <p className="mb-2 [overflow-wrap:anywhere]">
              {format(text.paste.intro, { owner: target.owner, scope: scopes.join(" ") })}
            </p>
            <p className="font-semibold">{text.paste.password}</p>
          </section>
        ) : null}
      </section>

      <ClaimsPanel
        token={token}
        target={target}
        operatorClientId={tokenApp === "operator" ? operatorClientId : null}
        onForget={() => setSecret("accessToken", "")}
      />
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
    api
      .realm({ cloud: target.cloud.id, login: target.owner })
      .then((body) => {
        if (!live) return;
        setAnswer(body.error ? { domain, namespaceType: null, authUrl: null, failed: true } : body);
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
      {answer?.namespaceType === "Federated" ? (
        <p className="mt-1 font-semibold">{format(text.federatedAdvice, { owner: target.owner })}</p>
      ) : null}
    </div>
  );
}
