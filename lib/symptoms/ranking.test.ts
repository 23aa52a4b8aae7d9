import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CauseId, causeIds } from "@/lib/catalogue/causes";
import { likelyCauses } from "./plan";
import { rankingRules, ruleFor, type Symptom, sourceLink, symptomIds } from "./ranking";

describe("ranking rules", () => {
  it("name only causes of the catalogue", () => {
    const unknown = rankingRules
      .flatMap((rule) => [...rule.causes, ...(rule.rulesOut ?? [])])
      .filter((cause) => !causeIds.includes(cause));
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
  [
    "at once after generating the token: the wrong user first",
    { id: "stopped", stoppedAfter: "minutes" },
    ["token-wrong-user", "token-signed-in-as-other", "token-not-private-window", "full-access-missing"],
  ],
  [
    "about an hour later: what fails at the first refresh (the secret already worked for the first token)",
    { id: "stopped", stoppedAfter: "hours" },
    [
      "sign-in-refresh-failing",
      "sign-in-policy-blocks",
      "permission-offline-missing",
      "network-blocked",
      "port-refused",
      "port-timeout",
      "blocked-by-conditional-access",
      "refresh-token-expired",
      "redirect-not-web-platform",
    ],
  ],
  [
    "after weeks: a dead or revoked refresh token, the secret, the account, a policy, a protocol switched off",
    { id: "stopped", stoppedAfter: "weeks" },
    [
      "sign-in-refresh-failing",
      "sign-in-policy-blocks",
      "refresh-token-expired",
      "refresh-token-revoked",
      "secret-expired",
      "user-disabled",
      "blocked-by-conditional-access",
      "mfa-required",
      "retrieval-protocol-disabled",
      "smtp-auth-disabled-mailbox",
    ],
  ],
  [
    "only outgoing fails",
    { id: "no-outgoing" },
    ["smtp-auth-disabled", "smtp-auth-disabled-tenant", "smtp-auth-disabled-mailbox", "permission-smtp-missing"],
  ],
  [
    "only incoming fails",
    { id: "no-incoming" },
    ["retrieval-protocol-disabled", "imap-disabled-or-no-access", "permission-retrieval-missing"],
  ],
  [
    "the sign-in page shows an error",
    { id: "signin-error" },
    [
      "redirect-uri-mismatch",
      "redirect-host-mismatch",
      "secret-is-secret-id",
      "secret-invalid",
      "secret-expired",
      "url-missing",
    ],
  ],
  ["only alarm e-mails", { id: "alarms-not-sent" }, ["network-blocked", "port-refused"]],
  [
    "only some mailboxes",
    { id: "some-mailboxes" },
    ["full-access-missing", "retrieval-protocol-disabled", "smtp-auth-disabled-mailbox"],
  ],
];

describe.each(table)("%s", (_name, symptom, expected) => {
  it("ranks these causes first, in this order", () => {
    expect(likelyCauses(symptom).slice(0, expected.length)).toEqual(expected);
  });

  it("puts the causes named by pasted error text before them", () => {
    expect(likelyCauses(symptom, ["es-not-latest"]).slice(0, expected.length + 1)).toEqual([
      "es-not-latest",
      ...expected,
    ]);
  });
});

// Issue #13, items 13-17: what an admin who knows both products expects per symptom (sources in ranking.ts).
describe("the ranking for real tenants", () => {
  it("one to two hours: no secret cause, which would have failed at the first token", () => {
    const hours = likelyCauses({ id: "stopped", stoppedAfter: "hours" });
    for (const cause of ["secret-expired", "secret-is-secret-id", "secret-invalid"] as const)
      expect(hours).not.toContain(cause);
    expect(hours).toContain("blocked-by-conditional-access");
  });

  it("the sign-in error includes the account and the secret at code redemption (AADSTS7000215 / 7000222)", () => {
    const signin = likelyCauses({ id: "signin-error" });
    for (const cause of [
      "secret-is-secret-id",
      "secret-invalid",
      "secret-expired",
      "user-disabled",
      "user-not-assigned",
      "sso-user-mismatch",
    ] as const)
      expect(signin).toContain(cause);
  });

  it("no incoming mail: 993/995 blocked while 587 is open", () => {
    const incoming = likelyCauses({ id: "no-incoming" });
    expect(incoming).toContain("port-refused");
    expect(incoming).toContain("port-timeout");
  });

  it("some mailboxes: a disabled account and a token signed in as another user", () => {
    const some = likelyCauses({ id: "some-mailboxes" });
    expect(some).toContain("user-disabled");
    expect(some).toContain("token-signed-in-as-other");
  });

  it("a redirect or URL problem is named as unable to explain a working ECE that stopped, but not the SPA platform", () => {
    for (const stoppedAfter of ["minutes", "hours", "weeks"] as const) {
      const rule = ruleFor({ id: "stopped", stoppedAfter });
      expect(rule?.cannotExplain).toContain("redirect-uri-mismatch");
      expect(rule?.cannotExplain).not.toContain("redirect-not-web-platform");
    }
  });

  it("the README's symptom section lists the same causes in the same order", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(
      readme.indexOf("## Symptom ranking"),
      readme.indexOf("\n## ", readme.indexOf("## Symptom ranking") + 3),
    );
    for (const rule of rankingRules) {
      const label = rule.symptom.stoppedAfter
        ? `\`${rule.symptom.id}\`, \`${rule.symptom.stoppedAfter}\``
        : `\`${rule.symptom.id}\``;
      const row = section.split("\n").find((line) => line.startsWith(`| ${label} |`));
      expect(row, label).toBeDefined();
      const listed = [...(row!.split("|")[2] ?? "").matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]);
      expect(listed, label).toEqual([...rule.causes]);
    }
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
