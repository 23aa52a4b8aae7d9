import { describe, expect, it } from "vitest";
import { causeIds, type CauseId } from "@/lib/catalogue/causes";
import { causeRank, rankCauses, rankingRules, ruleFor, symptomIds, type Symptom } from "./ranking";

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
  ["about an hour later: the refresh fails", { id: "stopped", stoppedAfter: "hours" }, ["secret-expired", "secret-is-secret-id", "secret-invalid", "permission-offline-missing"]],
  ["after weeks: a dead refresh token", { id: "stopped", stoppedAfter: "weeks" }, ["refresh-token-expired", "secret-expired"]],
  ["only outgoing fails", { id: "no-outgoing" }, ["smtp-auth-disabled", "smtp-auth-disabled-tenant", "smtp-auth-disabled-mailbox", "permission-smtp-missing"]],
  ["only incoming fails", { id: "no-incoming" }, ["retrieval-protocol-disabled", "imap-disabled-or-no-access", "permission-retrieval-missing"]],
  ["the sign-in page shows an error", { id: "signin-error" }, ["redirect-uri-mismatch", "redirect-host-mismatch", "url-missing"]],
  ["only alarm e-mails", { id: "alarms-not-sent" }, ["network-blocked", "port-refused"]],
  ["only some mailboxes", { id: "some-mailboxes" }, ["full-access-missing", "retrieval-protocol-disabled", "smtp-auth-disabled-mailbox"]],
];

describe.each(table)("%s", (_name, symptom, expected) => {
  it("ranks these causes first, in this order", () => {
    const ranked = expected.map((cause) => causeRank(symptom, cause));
    expect(ranked).toEqual(expected.map((_, index) => index));
  });

  it("puts them before causes the symptom does not name", () => {
    const shuffled = [{ cause: "es-not-latest" as CauseId }, ...[...expected].reverse().map((cause) => ({ cause }))];
    expect(rankCauses(symptom, shuffled).map((result) => result.cause).slice(0, expected.length)).toEqual(expected);
  });
});

describe("ruled-out causes", () => {
  it("come last when only outgoing mail fails", () => {
    expect(causeRank({ id: "no-outgoing" }, "retrieval-protocol-disabled")).toBe(Number.MAX_SAFE_INTEGER);
    expect(causeRank({ id: "no-outgoing" }, "es-missing")).toBeLessThan(Number.MAX_SAFE_INTEGER);
  });

  it("keep the original order without a symptom", () => {
    const results = [{ cause: "licence-missing" as CauseId }, { cause: "token-wrong-user" as CauseId }];
    expect(rankCauses(null, results)).toEqual(results);
  });

  it("fall back to the symptom's general rule when the timing has none", () => {
    expect(ruleFor({ id: "no-outgoing", stoppedAfter: "weeks" })?.symptom).toEqual({ id: "no-outgoing" });
  });
});
