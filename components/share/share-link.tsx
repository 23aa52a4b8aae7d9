"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/ui/i18n-provider";
import { useWizard } from "@/components/wizard/wizard-provider";
import type { CaseFile } from "@/lib/case/schema";
import type { CheckResult } from "@/lib/catalogue/present";
import { format } from "@/lib/i18n/format";
import type { ReportMeta } from "@/lib/report/export";
import type { Finding } from "@/lib/rules/types";
import { createShareLink, revokeShareLink, revokeTokenFor, ShareRequestError } from "@/lib/share/client";
import { formatDate } from "./dates";

type Link = { id: string; url?: string | undefined; expiresAt: string; revokeToken: string | null };
type State =
  | { phase: "idle" }
  | { phase: "creating" }
  | { phase: "ready"; link: Link; busy: boolean }
  | { phase: "revoked" };

/** "Get shareable link" and its panel: encrypts the report here, uploads the ciphertext, shows the link with the key in its fragment. */
export function ShareLink({
  file,
  findings,
  results,
  meta,
}: {
  file: CaseFile;
  findings: Finding[];
  results: CheckResult[];
  meta: ReportMeta;
}) {
  const { locale, t } = useI18n();
  const diagnosis = useWizard((state) => state.diagnosis);
  const secrets = useWizard((state) => state.secrets);
  const setSharedLink = useWizard((state) => state.setSharedLink);
  const kept = diagnosis?.sharedLink;
  // After a reload: the link made for this report comes back, with Revoke when this browser holds its revoke token.
  const [state, setState] = useState<State>(() =>
    kept && Date.parse(kept.expiresAt) > Date.now()
      ? {
          phase: "ready",
          link: { ...kept, revokeToken: typeof window === "undefined" ? null : revokeTokenFor(kept.id) },
          busy: false,
        }
      : { phase: "idle" },
  );
  const [error, setError] = useState("");
  const [copied, setCopied] = useState("");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const text = t.share;

  const ready = state.phase === "ready" || state.phase === "revoked";
  // Focus moves to the panel when a link is made and when it is revoked.
  const focusKey = state.phase === "ready" ? state.link.id : state.phase;
  const restoredKey = useRef(kept?.id);
  useEffect(() => {
    if (focusKey !== "idle" && focusKey !== "creating" && focusKey !== restoredKey.current) headingRef.current?.focus();
  }, [focusKey]);

  function explain(failure: unknown, template: string): string {
    if (failure instanceof ShareRequestError && failure.failure === "too-large") return text.tooLarge;
    if (failure instanceof ShareRequestError && failure.failure === "rate-limited") return text.rateLimited;
    return format(template, { message: failure instanceof Error ? failure.message : String(failure) });
  }

  async function create() {
    if (!diagnosis) return;
    setError("");
    setCopied("");
    const { buildSharePayload, secretsIn } = await import("@/lib/share/payload");
    const payload = buildSharePayload({
      file,
      findings,
      evidence: diagnosis.evidence,
      results,
      generatedAt: meta.generatedAt,
      toolVersion: meta.toolVersion,
      locale,
    });
    // Belt and braces: nothing puts secrets in the report, and this makes sure.
    if (secretsIn(payload, secrets).length > 0) {
      setState({ phase: "idle" });
      setError(text.secretFound);
      return;
    }
    setState({ phase: "creating" });
    try {
      const created = await createShareLink(payload, window.location.origin);
      setSharedLink({ id: created.id, url: created.url, expiresAt: created.expiresAt });
      setState({ phase: "ready", link: created, busy: false });
    } catch (failure) {
      setState({ phase: "idle" });
      setError(explain(failure, text.failed));
    }
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(text.copied);
    } catch {
      inputRef.current?.select();
      setCopied(text.copyFailed);
    }
  }

  async function revoke(link: Link & { revokeToken: string }) {
    setError("");
    setState({ phase: "ready", link, busy: true });
    try {
      await revokeShareLink(link.id, link.revokeToken);
      setSharedLink(null);
      setState({ phase: "revoked" });
    } catch (failure) {
      setState({ phase: "ready", link, busy: false });
      setError(explain(failure, text.revokeFailed));
    }
  }

  return (
    <>
      <Button
        variant="secondary"
        onClick={create}
        disabled={state.phase === "creating" || !diagnosis}
        aria-controls={ready ? "share-panel" : undefined}
      >
        {state.phase === "creating" ? text.creating : text.button}
      </Button>
      {error && !ready ? (
        <p role="alert" className="order-last basis-full font-bold text-fail">
          {error}
        </p>
      ) : null}
      {ready ? (
        <section
          id="share-panel"
          aria-labelledby="share-panel-title"
          className="order-last min-w-0 basis-full border-4 border-brand p-4"
          data-testid="share-panel"
        >
          <h2 id="share-panel-title" ref={headingRef} tabIndex={-1} className="mb-3 text-xl font-bold">
            {text.panelTitle}
          </h2>
          {state.phase === "revoked" ? (
            <p role="status" className="font-semibold">
              {text.revoked}
            </p>
          ) : (
            <>
              {state.link.url === undefined ? (
                <p className="mt-1" data-testid="share-link-not-kept">
                  {text.linkNotKept}
                </p>
              ) : (
                <>
                  <label htmlFor="share-url" className="block font-semibold">
                    {text.linkLabel}
                  </label>
                  <div className="mt-1 flex flex-wrap gap-2">
                    <input
                      ref={inputRef}
                      id="share-url"
                      type="text"
                      readOnly
                      value={state.link.url}
                      spellCheck={false}
                      aria-describedby="share-audience share-included"
                      className="min-w-0 flex-1 basis-64 border-2 border-ink px-2 py-1.5 font-mono text-sm"
                      onFocus={(event) => event.currentTarget.select()}
                      data-testid="share-url"
                    />
                    <Button onClick={() => copy(state.link.url ?? "")}>{text.copy}</Button>
                  </div>
                </>
              )}
              <p role="status" className="mt-1 min-h-6 text-sm">
                {copied}
              </p>
              <p id="share-audience" className="mt-2 font-semibold" data-testid="share-audience">
                {format(text.audience, { date: formatDate(state.link.expiresAt, locale) })}
              </p>
              <p id="share-included" className="mt-1 text-muted">
                {text.notIncluded}
              </p>
              {error ? (
                <p role="alert" className="mt-2 font-bold text-fail">
                  {error}
                </p>
              ) : null}
              {state.link.revokeToken ? (
                <Button
                  variant="warning"
                  className="mt-4"
                  onClick={() => revoke({ ...state.link, revokeToken: state.link.revokeToken! })}
                  disabled={state.busy}
                >
                  {state.busy ? text.revoking : text.revoke}
                </Button>
              ) : null}
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
