"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/ui/i18n-provider";
import * as api from "@/lib/api/token-client";
import type { CheckResult } from "@/lib/catalogue/present";
import { format } from "@/lib/i18n/format";
import type { DeviceError } from "@/lib/token/api";
import { FailureCard } from "./failure-card";
import { aadstsResult, type TokenTarget } from "./token-context";

type State =
  | { kind: "idle" }
  | { kind: "starting" }
  | { kind: "waiting"; id: string; userCode: string; verificationUri: string }
  | { kind: "done" }
  | { kind: "failed"; text: string; card: CheckResult | null };

const pollEveryMs = 2000;

export function DeviceCodePanel({
  target,
  operatorClientId,
  app,
  onToken,
}: {
  target: TokenTarget;
  operatorClientId: string | null;
  app: "case" | "operator";
  onToken: (token: string) => void;
}) {
  const { locale, t } = useI18n();
  const text = t.token.device;
  const [state, setState] = useState<State>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const current = useRef<string | null>(null);
  const useOperator = app === "operator" && operatorClientId !== null;
  const clientId = useOperator ? operatorClientId : target.clientId;

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      // Leaving the step: tell the server to stop polling and forget the sign-in.
      if (current.current) void api.cancelDeviceSignIn(current.current).catch(() => undefined);
    },
    [],
  );

  function fail(error: DeviceError) {
    current.current = null;
    const card = aadstsResult(
      error.aadsts,
      { clientId, user: target.owner, tenant: target.tenant, scope: "-", ece: "-", registered: "-" },
      locale,
    );
    setState({
      kind: "failed",
      text: format(text.failed, {
        code: error.aadsts ? `AADSTS${error.aadsts}` : error.error,
        description: error.description,
      }),
      card,
    });
  }

  async function poll(id: string) {
    if (current.current !== id) return;
    try {
      const body = await api.pollDeviceSignIn(id);
      if (current.current !== id) return;
      if (body.status === "pending") {
        timer.current = setTimeout(() => void poll(id), pollEveryMs);
        return;
      }
      current.current = null;
      if (body.status === "done") {
        onToken(body.accessToken);
        setState({ kind: "done" });
      } else if (body.status === "error") fail(body.error);
      else setState({ kind: "failed", text: text.expired, card: null });
    } catch {
      timer.current = setTimeout(() => void poll(id), pollEveryMs * 2);
    }
  }

  async function start() {
    setState({ kind: "starting" });
    try {
      const body = await api.startDeviceSignIn({
        cloud: target.cloud.id,
        tenant: target.tenant,
        clientId: target.clientId,
        retrieval: target.retrieval,
        app: useOperator ? "operator" : "case",
      });
      if (!body.ok) return fail(body.error);
      current.current = body.id;
      setState({ kind: "waiting", id: body.id, userCode: body.userCode, verificationUri: body.verificationUri });
      timer.current = setTimeout(() => void poll(body.id), pollEveryMs);
    } catch (error) {
      if (error instanceof api.ApiRequestError)
        return fail({ error: `HTTP ${error.status}`, aadsts: null, description: error.message });
      fail({
        error: "network_error",
        aadsts: null,
        description: error instanceof Error ? error.message : String(error),
      });
    }
  }

  function stop() {
    if (timer.current) clearTimeout(timer.current);
    if (current.current) void api.cancelDeviceSignIn(current.current).catch(() => undefined);
    current.current = null;
    setState({ kind: "idle" });
  }

  return (
    <section aria-labelledby="token-device" className="mb-8" data-testid="token-device">
      <h3 id="token-device" className="mb-2 text-lg font-bold">
        {text.heading}
      </h3>
      <p className="mb-2">{text.intro}</p>
      {useOperator ? null : (
        <div className="mb-4 border-l-4 border-fail pl-4" data-testid="token-production-change">
          <h4 className="font-bold">{t.token.production.heading}</h4>
          <p className="mt-1">{format(t.token.production.device, { clientId })}</p>
        </div>
      )}
      <p className="mb-4 text-muted">{text.publicClient}</p>
      {state.kind === "waiting" ? (
        <div className="mb-4 border-l-4 border-info pl-4">
          <p>{format(text.instructions, { uri: state.verificationUri, owner: target.owner })}</p>
          <p className="mt-1">
            <a
              href={state.verificationUri}
              target="_blank"
              rel="noreferrer"
              className="break-all"
              data-testid="token-device-uri"
            >
              {state.verificationUri}
            </a>
          </p>
          <p className="mt-2">
            <span className="font-semibold">{text.codeLabel}: </span>
            <code className="bg-slate-100 px-2 py-1 text-xl tracking-widest" data-testid="token-device-code">
              {state.userCode}
            </code>
          </p>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {state.kind === "waiting" ? (
          <Button variant="secondary" onClick={stop}>
            {text.cancel}
          </Button>
        ) : (
          <Button variant="secondary" onClick={() => void start()} disabled={state.kind === "starting"}>
            {text.button}
          </Button>
        )}
      </div>
      <div aria-live="polite" className="mt-3" data-testid="token-device-status">
        {state.kind === "waiting" ? <p>{text.waiting}</p> : null}
        {state.kind === "done" ? <p className="font-semibold">{text.done}</p> : null}
        {state.kind === "failed" ? <p className="font-bold text-fail">{state.text}</p> : null}
      </div>
      {state.kind === "failed" ? <FailureCard result={state.card} /> : null}
    </section>
  );
}
