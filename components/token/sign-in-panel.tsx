"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/ui/i18n-provider";
import type { CheckResult } from "@/lib/catalogue/present";
import { format } from "@/lib/i18n/format";
import type { PromptChoice, SignInOutcome, SignInRequest } from "@/lib/token/msal-sign-in";
import { redirectPending, redirectUriFor } from "@/lib/token/redirect-state";
import { FailureCard } from "./failure-card";
import { aadstsResult, type TokenTarget } from "./token-context";

type State =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "done" }
  | { kind: "notice"; text: string }
  | { kind: "failed"; text: string; card: CheckResult | null };

const prompts: PromptChoice[] = ["login", "select_account", "none"];

// MSAL (msal-browser) is imported here with import(), on the first sign-in only: no other page loads it.
const loadMsal = () => import("@/lib/token/msal-sign-in");

type Props = {
  target: TokenTarget;
  operatorClientId: string | null;
  /** Which app signs in (the operator's only when ECE_DOCTOR_SIGNIN_CLIENT_ID is set). */
  app: "case" | "operator";
  onToken: (token: string) => void;
};

export function SignInPanel({ target, operatorClientId, app, onToken }: Props) {
  const { locale, t } = useI18n();
  const text = t.token.signIn;
  const [prompt, setPrompt] = useState<PromptChoice>("login");
  const [state, setState] = useState<State>({ kind: "idle" });
  const [origin, setOrigin] = useState("");
  const completing = useRef(false);

  useEffect(() => setOrigin(window.location.origin), []);

  const clientId = app === "operator" && operatorClientId ? operatorClientId : target.clientId;

  function settle(outcome: SignInOutcome | null) {
    if (!outcome) return setState({ kind: "idle" });
    if (outcome.ok) {
      onToken(outcome.accessToken);
      return setState({ kind: "done" });
    }
    const { failure } = outcome;
    if (failure.cancelled) return setState({ kind: "notice", text: text.cancelled });
    const card = aadstsResult(
      failure.aadsts,
      { clientId, user: target.owner, tenant: target.tenant, ece: redirectUriFor(origin), registered: "-", scope: "-" },
      locale,
    );
    setState({
      kind: "failed",
      text: format(text.failed, {
        code: failure.aadsts ? `AADSTS${failure.aadsts}` : failure.code,
        description: failure.description,
      }),
      card,
    });
  }

  // Back from a full-page sign-in: finish it (this loads MSAL only when one is pending).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when the origin is known; settle reads that render's values.
  useEffect(() => {
    if (!origin || completing.current || !redirectPending()) return;
    completing.current = true;
    setState({ kind: "running" });
    void loadMsal()
      .then((msal) => msal.completeRedirect(origin))
      .then(settle);
  }, [origin]);

  function request(): SignInRequest {
    return {
      clientId,
      tenant: target.tenant,
      loginHost: target.cloud.loginHost,
      outlookResource: target.cloud.outlookResource,
      retrieval: target.retrieval,
      loginHint: target.owner,
      prompt,
    };
  }

  async function signIn(mode: "popup" | "redirect") {
    setState({ kind: "running" });
    const msal = await loadMsal();
    if (mode === "redirect") return settle(await msal.signInWithRedirect(request(), origin));
    const outcome = await msal.signInWithPopup(request(), origin);
    if (!outcome.ok && outcome.failure.popupBlocked) {
      setState({ kind: "notice", text: text.popupBlocked });
      return settle(await msal.signInWithRedirect(request(), origin));
    }
    settle(outcome);
  }

  const redirectUri = origin ? redirectUriFor(origin) : "";
  return (
    <section aria-labelledby="token-sign-in" className="mb-8" data-testid="token-sign-in">
      <h3 id="token-sign-in" className="mb-2 text-lg font-bold">
        {text.heading}
      </h3>
      <p className="mb-4" data-testid="token-sign-in-app">
        {format(app === "operator" && operatorClientId ? text.appOperator : text.appCase, { clientId })}
      </p>
      {app === "case" || !operatorClientId ? (
        <div className="mb-4 border-l-4 border-fail pl-4" data-testid="token-production-change">
          <h4 className="font-bold">{t.token.production.heading}</h4>
          <p className="mt-1">{format(t.token.production.signIn, { clientId })}</p>
        </div>
      ) : null}
      {app === "case" || !operatorClientId ? (
        <div className="mb-4 border-l-4 border-info pl-4">
          <h4 className="font-semibold">{text.redirectHeading}</h4>
          <p className="mt-1">{format(text.redirectIntro, { clientId })}</p>
          <p className="mt-1">
            <code className="break-all bg-slate-100 px-1" data-testid="token-redirect-uri">
              {redirectUri}
            </code>
          </p>
          <p className="mt-1 text-muted">{text.redirectWhy}</p>
        </div>
      ) : null}
      <fieldset className="mb-4">
        <legend className="font-semibold">{text.promptLegend}</legend>
        {prompts.map((choice) => (
          <div key={choice} className="mt-2 flex items-start gap-3">
            <input
              id={`token-prompt-${choice}`}
              type="radio"
              name="token-prompt"
              value={choice}
              checked={prompt === choice}
              onChange={() => setPrompt(choice)}
              className="mt-1 size-5 shrink-0 accent-ink"
            />
            <label htmlFor={`token-prompt-${choice}`}>{text.prompt[choice]}</label>
          </div>
        ))}
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <Button variant="secondary" onClick={() => void signIn("popup")} disabled={state.kind === "running" || !origin}>
          {format(text.button, { owner: target.owner })}
        </Button>
        <Button
          variant="secondary"
          onClick={() => void signIn("redirect")}
          disabled={state.kind === "running" || !origin}
          aria-describedby="token-redirect-hint"
        >
          {text.redirectButton}
        </Button>
      </div>
      <p id="token-redirect-hint" className="mt-1 text-sm text-muted">
        {text.redirectHint}
      </p>
      <div aria-live="polite" className="mt-3" data-testid="token-sign-in-status">
        {state.kind === "running" ? <p>{text.running}</p> : null}
        {state.kind === "done" ? <p className="font-semibold">{text.done}</p> : null}
        {state.kind === "notice" ? <p>{state.text}</p> : null}
        {state.kind === "failed" ? <p className="font-bold text-fail">{state.text}</p> : null}
      </div>
      {state.kind === "failed" ? <FailureCard result={state.card} /> : null}
    </section>
  );
}
