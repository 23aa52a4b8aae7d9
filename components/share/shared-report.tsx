"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { MostLikelySection } from "@/components/report/most-likely";
import { ReportBody } from "@/components/report/report-body";
import { ReportDownloads } from "@/components/report/report-downloads";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/ui/i18n-provider";
import { Link } from "@/components/ui/link";
import { useCatalogueText } from "@/components/ui/use-catalogue-text";
import { useWizard } from "@/components/wizard/wizard-provider";
import { format } from "@/lib/i18n/format";
import { countByStatus } from "@/lib/report/counts";
import { cannotExplain } from "@/lib/report/next-steps";
import { fetchShare, revokeShareLink, revokeTokenFor, ShareRequestError } from "@/lib/share/client";
import { decryptShare, ShareCryptoError } from "@/lib/share/crypto";
import { type StoredShare, shareIdPattern } from "@/lib/share/format";
import type { SharedReport as Shared } from "@/lib/share/payload";
import { caseToDraft } from "@/lib/wizard/draft";
import { CaseSummary } from "./case-summary";
import { formatDate } from "./dates";
import { useDocumentTitle } from "./use-document-title";

type Problem =
  | "notFound"
  | "gone"
  | "missingKey"
  | "badKey"
  | "wrongKey"
  | "unsupported"
  | "badPayload"
  | "rateLimited"
  | "network";
type State =
  | { phase: "loading" }
  | { phase: "error"; problem: Problem }
  | { phase: "ready"; shared: Shared; stored: StoredShare };

const cryptoProblem: Record<ShareCryptoError["reason"], Problem> = {
  "missing-key": "missingKey",
  "bad-key": "badKey",
  "unsupported-version": "unsupported",
  damaged: "wrongKey",
  "wrong-key": "wrongKey",
  "bad-payload": "badPayload",
};

async function open(id: string, key: string): Promise<State> {
  if (!shareIdPattern.test(id)) return { phase: "error", problem: "notFound" };
  let stored: StoredShare;
  try {
    stored = await fetchShare(id);
  } catch (error) {
    const failure = error instanceof ShareRequestError ? error.failure : "other";
    return {
      phase: "error",
      problem:
        failure === "not-found"
          ? "notFound"
          : failure === "gone"
            ? "gone"
            : failure === "rate-limited"
              ? "rateLimited"
              : "network",
    };
  }
  let json: unknown;
  try {
    json = await decryptShare(stored, key);
  } catch (error) {
    return { phase: "error", problem: error instanceof ShareCryptoError ? cryptoProblem[error.reason] : "wrongKey" };
  }
  // The payload's schema is loaded with the report, not with the page.
  const { readSharePayload } = await import("@/lib/share/payload");
  const shared = readSharePayload(json);
  return shared ? { phase: "ready", shared, stored } : { phase: "error", problem: "badPayload" };
}

/** /[lang]/r/[id]: fetches the ciphertext, decrypts it here with the key from the fragment, shows the report read-only. */
export function SharedReport({ id }: { id: string }) {
  const { locale, t } = useI18n();
  const loadDraft = useWizard((state) => state.loadDraft);
  const [state, setState] = useState<State>({ phase: "loading" });
  const textReady = useCatalogueText(locale);
  const [revokeToken, setRevokeToken] = useState<string | null>(null);
  const [revoking, setRevoking] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const text = t.share.viewer;

  useEffect(() => {
    let latest = 0;
    const load = () => {
      const attempt = ++latest;
      setState({ phase: "loading" });
      void open(id, window.location.hash.replace(/^#/, "")).then((next) => {
        if (attempt !== latest) return;
        setState(next);
        setRevokeToken(next.phase === "ready" ? revokeTokenFor(id) : null);
      });
    };
    load();
    // A corrected link pasted into the same tab changes only the fragment: open it again with the new key
    // (but not for a fragment that names an element of the page, like the skip link's #main).
    const onHashChange = () => {
      if (!document.getElementById(window.location.hash.slice(1))) load();
    };
    window.addEventListener("hashchange", onHashChange);
    return () => {
      latest = -1;
      window.removeEventListener("hashchange", onHashChange);
    };
  }, [id]);

  // The viewer's pages have a stricter Content-Security-Policy than the wizard's (connect-src 'self' only: the page
  // that holds the key and the decrypted report talks to this server alone). Leaving them through an in-app link
  // loads the next page in full, so that it gets its own policy (the token step's sign-in needs the login hosts).
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute("download")) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin) return;
      const here = url.pathname === window.location.pathname && url.search === window.location.search;
      if (here && url.hash) {
        // In-page links (the skip link): move focus without replacing the fragment, which holds the key.
        const target = document.getElementById(decodeURIComponent(url.hash.slice(1)));
        if (!target) return;
        event.preventDefault();
        target.focus();
        target.scrollIntoView();
        return;
      }
      if (/^\/[a-z]{2}\/r\//.test(url.pathname)) return;
      event.preventDefault();
      window.location.assign(url.href);
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);

  const title = state.phase === "error" ? text.errors[state.problem].title : text.title;
  useDocumentTitle(`${state.phase === "error" ? t.meta.errorPrefix : ""}${title} – ${t.meta.titleSuffix}`);
  // An error replaces the page: its heading takes focus. A report that opens normally leaves focus where it is.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new error title is a new page, so focus moves again.
  useEffect(() => {
    if (state.phase === "error") headingRef.current?.focus();
  }, [state.phase, title]);

  const results = useMemo(
    () => (state.phase === "ready" && textReady ? state.shared.results(locale) : []),
    [state, locale, textReady],
  );

  if (state.phase === "loading" || (state.phase === "ready" && !textReady)) {
    return (
      <main id="main" tabIndex={-1} aria-busy="true">
        <h1 className="mb-4 text-3xl font-bold">{text.title}</h1>
        <p role="status">{text.loading}</p>
      </main>
    );
  }

  if (state.phase === "error") {
    return (
      <main id="main" tabIndex={-1} data-problem={state.problem}>
        <h1 ref={headingRef} tabIndex={-1} className="mb-4 text-3xl font-bold">
          {text.errors[state.problem].title}
        </h1>
        <p className="mb-4" role="alert">
          {text.errors[state.problem].body}
        </p>
        <Link href={`/${locale}`}>{text.home}</Link>
      </main>
    );
  }

  const { payload } = state.shared;
  const meta = { generatedAt: payload.generatedAt, toolVersion: payload.tool.version, locale };

  function openInWizard() {
    loadDraft(caseToDraft(payload.case));
    // A full load (see above): the answers are already in sessionStorage.
    window.location.assign(`/${locale}/check-answers`);
  }

  async function revoke(token: string) {
    setRevoking(true);
    try {
      await revokeShareLink(id, token);
      setState({ phase: "error", problem: "gone" });
    } catch {
      setRevoking(false);
    }
  }

  return (
    <main id="main" tabIndex={-1} data-testid="shared-report">
      <h1 className="mb-2 text-3xl font-bold">{text.title}</h1>
      <p className="mb-2">{text.intro}</p>
      <p className="mb-1 text-muted" data-testid="shared-generated">
        {format(text.generated, { date: formatDate(payload.generatedAt, locale) })}
      </p>
      <p className="mb-1 text-muted" data-testid="shared-expires">
        {format(text.shared, {
          date: formatDate(payload.sharedAt, locale),
          expires: formatDate(state.stored.expiresAt, locale),
        })}
      </p>
      <p className="mb-4 text-muted">{format(text.tool, { version: payload.tool.version })}</p>
      <MostLikelySection file={payload.case} results={results} />
      <p className="mb-6 text-xl font-semibold" data-testid="report-summary">
        {format(t.report.summary, countByStatus(results))}
      </p>
      <div className="no-print mb-2 flex flex-wrap gap-3">
        <Button onClick={openInWizard} aria-describedby="open-in-wizard-hint">
          {text.openInWizard}
        </Button>
        <ReportDownloads file={payload.case} results={results} meta={meta} />
        <Button variant="secondary" onClick={() => window.print()}>
          {t.report.print}
        </Button>
      </div>
      <p id="open-in-wizard-hint" className="no-print mb-6 text-muted">
        {text.openInWizardHint}
      </p>
      {revokeToken ? (
        <div className="no-print mb-8 border-l-4 border-brand pl-4">
          <p className="mb-2">{text.yours}</p>
          <Button variant="warning" onClick={() => revoke(revokeToken)} disabled={revoking}>
            {revoking ? t.share.revoking : t.share.revoke}
          </Button>
        </div>
      ) : null}
      <CaseSummary file={payload.case} />
      <ReportBody results={results} evidence={payload.evidence} cannotExplain={cannotExplain(payload.case)} />
    </main>
  );
}
