import { describe, expect, it } from "vitest";
import { causeIds, type CauseId } from "@/lib/catalogue/causes";
import { likelyCauses } from "./plan";
import { rankingRules, ruleFor, sourceLink, symptomIds, type Symptom } from "./ranking";

describe("ranking rules", () => {
  it("name only causes of the catalogue", () => {
    const unknown = rankingRules.flatMap((rule) => [...rule.causes, ...(rule.rulesOut ?? [])]).filter((cause) => !causeIds.includes(cause));
    expect(unknown).toEqual([]);
  });

  it("cover every symptom", () => {
    expect(symptomIds.filter((id) => ruleFor({ id }) === undefined)).toEqual([]);
  });

  it("never list a cause both as likely and as ruled out", () => {
    const clashes = rankingRules.flatMap((rule) => rule.causes.filter((cause) => rule.rulesOut?.includes(cause)));
    expect(clashes).toEqual([]);
  });
});

const table: [string, Symptom, CauseId[]][] = [
  ["at once after generating the token: the wrong user first", { id: "stopped", stoppedAfter: "minutes" }, ["token-wrong-user", "token-signed-in-as-other", "token-not-private-window", "full-access-missing"]],
  ["about an hour later: the refresh fails", { id: "stopped", stoppedAfter: "hours" }, ["sign-in-refresh-failing", "sign-in-policy-blocks", "secret-expired", "secret-is-secret-id", "secret-invalid", "permission-offline-missing"]],
  ["after weeks: a dead refresh token", { id: "stopped", stoppedAfter: "weeks" }, ["sign-in-refresh-failing", "sign-in-policy-blocks", "refresh-token-expired", "secret-expired"]],
  ["only outgoing fails", { id: "no-outgoing" }, ["smtp-auth-disabled", "smtp-auth-disabled-tenant", "smtp-auth-disabled-mailbox", "permission-smtp-missing"]],
  ["only incoming fails", { id: "no-incoming" }, ["retrieval-protocol-disabled", "imap-disabled-or-no-access", "permission-retrieval-missing"]],
  ["the sign-in page shows an error", { id: "signin-error" }, ["redirect-uri-mismatch", "redirect-host-mismatch", "url-missing"]],
  ["only alarm e-mails", { id: "alarms-not-sent" }, ["network-blocked", "port-refused"]],
  ["only some mailboxes", { id: "some-mailboxes" }, ["full-access-missing", "retrieval-protocol-disabled", "smtp-auth-disabled-mailbox"]],
];

describe.each(table)("%s", (_name, symptom, expected) => {
  it("ranks these causes first, in this order", () => {
    expect(likelyCauses(symptom).slice(0, expected.length)).toEqual(expected);
  });

  it("puts the causes named by pasted error text before them", () => {
    expect(likelyCauses(symptom, ["es-not-latest"]).slice(0, expected.length + 1)).toEqual(["es-not-latest", ...expected]);
  });
});

describe("rules", () => {
  it("have no likely causes without a symptom, or for a first setup", () => {
    expect(likelyCauses(null)).toEqual([]);
    expect(likelyCauses({ id: "first-setup" })).toEqual([]);
  });

  it("fall back to the symptom's general rule when the timing has none", () => {
    expect(ruleFor({ id: "no-outgoing", stoppedAfter: "weeks" })?.symptom).toEqual({ id: "no-outgoing" });
    expect(ruleFor({ id: "stopped" })?.reason).toBe("stopped");
  });

  it("link every source", () => {
    for (const source of new Set(rankingRules.flatMap((rule) => rule.sources))) {
      for (const locale of ["en", "it"] as const) expect(sourceLink(source, locale).url, source).toMatch(/^https:\/\//);
    }
  });
});
