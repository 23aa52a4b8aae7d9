"use client";

import { useMemo } from "react";
import { ResultCard } from "@/components/report/result-card";
import { Button } from "@/components/ui/button";
import { useI18n } from "@/components/ui/i18n-provider";
import { useCatalogueText } from "@/components/ui/use-catalogue-text";
import { present } from "@/lib/catalogue/present";
import { intlLocale } from "@/lib/i18n/dates";
import { format } from "@/lib/i18n/format";
import { type ClaimRow, inspectToken, type RowStatus } from "@/lib/token/inspect";
import type { TokenTarget } from "./token-context";

const statusStyle: Record<RowStatus, string> = {
  ok: "text-pass",
  problem: "text-fail",
  warn: "text-warn",
  info: "text-muted",
};
const statusMark: Record<RowStatus, string> = { ok: "✓", problem: "✗", warn: "!", info: "i" };

// The claims are decoded here, in the browser: the token is not sent anywhere to be read.
export function ClaimsPanel({
  token,
  target,
  operatorClientId,
  onForget,
}: {
  token: string;
  target: TokenTarget;
  operatorClientId: string | null;
  onForget: () => void;
}) {
  const { locale, t } = useI18n();
  const text = t.token.claims;
  const textReady = useCatalogueText(locale);
  const inspection = useMemo(
    () =>
      token.trim() === ""
        ? null
        : inspectToken(token, {
            tenant: target.tenant,
            clientId: target.clientId,
            signInClientId: operatorClientId,
            owner: target.owner,
            retrieval: target.retrieval,
            outlookResource: target.cloud.outlookResource,
            now: new Date(),
            configuredLifetimeMinutes: target.configuredLifetimeMinutes,
          }),
    [token, target, operatorClientId],
  );
  const dateFormat = useMemo(
    () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeStyle: "medium" }),
    [locale],
  );

  if (!inspection) {
    return (
      <section aria-labelledby="token-claims" className="mb-8" data-testid="token-claims">
        <h2 id="token-claims" className="mb-2 text-xl font-bold">
          {text.heading}
        </h2>
        <p>{text.none}</p>
      </section>
    );
  }

  const cards = !textReady
    ? []
    : inspection.problems.map((problem) =>
        present(
          { check: "access-token", status: "fail", cause: problem.cause, params: { ...problem.params } },
          locale,
          "-",
        ),
      );
  const wrongUser = inspection.problems.find((problem) => problem.cause === "token-wrong-user");
  const verdict = !inspection.ok
    ? format(text.malformed, { reason: inspection.reason })
    : wrongUser
      ? format(inspection.windowsSso ? text.wrongUserWia : text.wrongUser, {
          user: wrongUser.params.user,
          owner: target.owner,
        })
      : inspection.problems.length > 0
        ? format(text.problems, { owner: target.owner, count: inspection.problems.length })
        : format(text.ok, { user: inspection.claims.user ?? "-", owner: target.owner });
  const display = (row: ClaimRow) => {
    if ((row.key === "issued" || row.key === "expires") && row.value !== "-")
      return dateFormat.format(new Date(row.value));
    return row.value;
  };
  const lifetime = inspection.ok ? inspection.rows.find((row) => row.key === "lifetime") : undefined;

  return (
    <section aria-labelledby="token-claims" className="mb-8" data-testid="token-claims">
      <h2 id="token-claims" className="mb-2 text-xl font-bold">
        {text.heading}
      </h2>
      <p
        className={`mb-4 text-lg font-bold ${inspection.problems.length > 0 ? "text-fail" : "text-pass"}`}
        data-testid="token-verdict"
        data-problems={inspection.problems.map((problem) => problem.cause).join(" ")}
      >
        {verdict}
      </p>
      {inspection.ok ? (
        <section className="mb-4 overflow-x-auto" tabIndex={0} aria-labelledby="token-claims-caption">
          <table className="w-full border-collapse text-left text-sm">
            <caption id="token-claims-caption" className="mb-2 text-left font-semibold">
              {text.caption}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">
                  {text.columns.claim}
                </th>
                <th scope="col" className="p-2">
                  {text.columns.value}
                </th>
                <th scope="col" className="p-2">
                  {text.columns.expected}
                </th>
                <th scope="col" className="p-2">
                  {text.columns.result}
                </th>
              </tr>
            </thead>
            <tbody>
              {inspection.rows.map((row) => (
                <tr
                  key={row.key}
                  className="border-b border-line align-top"
                  data-claim={row.key}
                  data-status={row.status}
                >
                  <th scope="row" className="p-2 font-semibold">
                    {text.rows[row.key]}
                  </th>
                  <td className="break-all p-2">
                    <code>{display(row)}</code>
                    {row.note ? (
                      <p className="mt-1 break-normal font-normal text-muted">{text.notes[row.note]}</p>
                    ) : null}
                  </td>
                  <td className="break-all p-2">{row.expected ? <code>{row.expected}</code> : "–"}</td>
                  <td className={`p-2 font-semibold ${statusStyle[row.status]}`}>
                    <span aria-hidden="true">{statusMark[row.status]} </span>
                    {text.status[row.status]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {lifetime?.status === "warn" ? (
        <p className="mb-4">{format(text.lifetimeUnusual, { minutes: lifetime.value })}</p>
      ) : null}
      {cards.length > 0 ? (
        <ul className="mb-4 space-y-4">
          {cards.map((card, index) => (
            <li key={`${card.cause ?? ""}-${index}`}>
              <ResultCard result={card} />
            </li>
          ))}
        </ul>
      ) : null}
      <Button variant="secondary" onClick={onForget}>
        {text.forget}
      </Button>
    </section>
  );
}
