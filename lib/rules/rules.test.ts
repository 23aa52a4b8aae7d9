import { describe, expect, it } from "vitest";
import { type CaseFile, caseSchema } from "@/lib/case/schema";
import { type CauseId, causeIds, causes } from "@/lib/catalogue/causes";
import { type StaticCheckId as CheckId, staticCheckIds as checkIds, type Status } from "@/lib/catalogue/checks";
import { present } from "@/lib/catalogue/present";
import { locales } from "@/lib/i18n/locales";
import { builtInProfile, cloudProfiles } from "@/lib/knowledge/clouds";
import { type EceRelease, eceReleaseIds } from "@/lib/knowledge/ece-releases";
import type { Licence } from "@/lib/knowledge/microsoft";
import { accountModel } from "./account-model";
import { apiPermissions } from "./api-permissions";
import { appIds } from "./app-ids";
import { clientSecret } from "./client-secret";
import { eceVersion } from "./ece-version";
import { externalUrl } from "./external-url";
import {
  type CasePatch,
  clientId,
  dayFromNow,
  delegate,
  healthyCase,
  healthyEvidence,
  now,
  tenantId,
  withChanges,
} from "./fixtures";
import { describeSecret } from "./guid";
import { licence } from "./licence";
import { mailboxProtocols } from "./mailbox-protocols";
import { networkPlan } from "./network-plan";
import { redirectUri } from "./redirect-uri";
import { tokenGeneration } from "./token-generation";
import { tokenLifetime } from "./token-lifetime";
import type { Evidence, Finding, Rule } from "./types";

type NonPass = Exclude<Status, "pass">;
type Pair = ["pass"] | [NonPass, CauseId];
/** [description, patch applied to the healthy case, expected (status, cause) pairs, secret entered in the wizard] */
type Row = [description: string, patch: CasePatch, expected: Pair[], secret?: string | null];

const ruleFor: Record<CheckId, Rule> = {
  "ece-version": eceVersion,
  "external-url": externalUrl,
  "redirect-uri": redirectUri,
  "app-ids": appIds,
  "client-secret": clientSecret,
  "api-permissions": apiPermissions,
  "token-lifetime": tokenLifetime,
  "account-model": accountModel,
  "mailbox-protocols": mailboxProtocols,
  licence,
  "token-generation": tokenGeneration,
  "network-plan": networkPlan,
};

const PASS: Pair = ["pass"];

/** secret: undefined = the healthy secret Value; null = no secret evidence at all; string = that secret was entered. */
function evidenceFor(file: CaseFile, secret: string | null | undefined): Evidence {
  if (secret === undefined) return healthyEvidence(file);
  if (secret === null) return {};
  return { clientSecret: describeSecret(secret, file.azure.clientId) };
}

function run(check: CheckId, patch: CasePatch, secret?: string | null): { file: CaseFile; findings: Finding[] } {
  const file = withChanges(patch);
  return {
    file,
    findings: ruleFor[check]({
      file,
      evidence: evidenceFor(file, secret),
      now,
      profile: builtInProfile(file.azure.cloud) ?? cloudProfiles.worldwide,
    }),
  };
}

const pairsOf = (findings: Finding[]): Pair[] =>
  findings.map((item): Pair => (item.status === "pass" ? ["pass"] : [item.status, item.cause]));
const sorted = (pairs: Pair[]): string[] => pairs.map((pair) => pair.join(" ")).sort();

function expectRow(check: CheckId, patch: CasePatch, expected: Pair[], secret?: string | null): Finding[] {
  const { file, findings } = run(check, patch, secret);
  // Every table row describes a case that the schema accepts, so the row is reachable from the wizard.
  expect(caseSchema.safeParse(file).success).toBe(true);
  expect(findings.map((item) => item.check)).toEqual(findings.map(() => check));
  expect(sorted(pairsOf(findings))).toEqual(sorted(expected));
  return findings;
}

/** Rendered texts are being reworded by others; assert the interpolated values, not the sentence. */
function expectMentions(text: string, ...values: string[]): void {
  for (const value of values) expect(text).toContain(value);
}

const rendered = (item: Finding) =>
  locales.flatMap((locale) => {
    const result = present(item, locale);
    return [result.title, result.why, ...result.fix];
  });

// ---------------------------------------------------------------- ece-version

const ece = (version: EceRelease, installedES: string[], esIsLatest: "yes" | "no" | "unknown" = "yes"): CasePatch => ({
  ece: { version, installedES, esIsLatest },
});

// Facts from TAC 218453 (shared/research/ece.md): the minimum ES per release, written out here on purpose
// instead of read from lib/knowledge, so that a change to the knowledge file has to be a deliberate one.
const releaseTable: Record<EceRelease, { atMinimum: Row; belowMinimum: Row }> = {
  "pre-11.6": {
    atMinimum: ["pre-11.6 with no ES", ece("pre-11.6", [], "unknown"), [["fail", "version-without-oauth"]]],
    belowMinimum: ["pre-11.6 even with an ES listed", ece("pre-11.6", ["ES12"]), [["fail", "version-without-oauth"]]],
  },
  "11.6(1)": {
    atMinimum: ["11.6(1) with ES12 and ES12_ET1", ece("11.6(1)", ["ES12", "ES12_ET1"]), [PASS]],
    belowMinimum: ["11.6(1) with ES11 and ES12_ET1", ece("11.6(1)", ["ES11", "ES12_ET1"]), [["fail", "es-missing"]]],
  },
  "12.0(1)": {
    atMinimum: ["12.0(1) with ES6", ece("12.0(1)", ["ES6"]), [PASS]],
    belowMinimum: ["12.0(1) with ES5", ece("12.0(1)", ["ES5"]), [["fail", "es-missing"]]],
  },
  "12.5(1)": {
    atMinimum: ["12.5(1) with ES3", ece("12.5(1)", ["ES3"]), [PASS]],
    belowMinimum: ["12.5(1) with ES2", ece("12.5(1)", ["ES2"]), [["fail", "es-missing"]]],
  },
  "12.6(1)": {
    atMinimum: ["12.6(1) with ES1", ece("12.6(1)", ["ES1"]), [PASS]],
    belowMinimum: ["12.6(1) with no ES", ece("12.6(1)", []), [["fail", "es-missing"]]],
  },
  later: {
    atMinimum: ["later release, latest ES", ece("later", ["ES1"]), [["info", "version-later-check-docs"]]],
    belowMinimum: ["later release, no ES", ece("later", [], "unknown"), [["info", "version-later-check-docs"]]],
  },
};

const eceVersionRows: Row[] = [
  ...Object.values(releaseTable).flatMap(({ atMinimum, belowMinimum }) => [atMinimum, belowMinimum]),
  ["11.6(1) ES11 only", ece("11.6(1)", ["ES11"]), [["fail", "es-missing"]]],
  ["11.6(1) ES12 without ES12_ET1", ece("11.6(1)", ["ES12"]), [["fail", "es-et1-missing"]]],
  ["11.6(1) ES13 without ES12_ET1", ece("11.6(1)", ["ES13"]), [["warn", "es-et1-unverified"]]],
  ["11.6(1) ES13 with ES12_ET1", ece("11.6(1)", ["ES13", "ES12_ET1"]), [PASS]],
  ["11.6(1) only ES12_ET1 (an ET is not the base ES)", ece("11.6(1)", ["ES12_ET1"]), [["fail", "es-missing"]]],
  ["11.6(1) ES12 with another ET (ES12_ET2)", ece("11.6(1)", ["ES12", "ES12_ET2"]), [["fail", "es-et1-missing"]]],
  ["11.6(1) non-canonical spellings es 12 / es12-et1", ece("11.6(1)", ["es 12", "es12-et1"]), [PASS]],
  [
    "11.6(1) ES12 without ET1, latest unknown",
    ece("11.6(1)", ["ES12"], "unknown"),
    [
      ["fail", "es-et1-missing"],
      ["info", "es-latest-unknown"],
    ],
  ],
  [
    "11.6(1) ES13 without ET1, not latest",
    ece("11.6(1)", ["ES13"], "no"),
    [
      ["warn", "es-et1-unverified"],
      ["warn", "es-not-latest"],
    ],
  ],
  ["12.0(1) ES5 plus ES6_ET1 only", ece("12.0(1)", ["ES5", "ES6_ET1"]), [["fail", "es-missing"]]],
  ["12.0(1) ES7 listed before ES5", ece("12.0(1)", ["ES7", "ES5"]), [PASS]],
  ["12.5(1) ES10, above the minimum", ece("12.5(1)", ["ES10"]), [PASS]],
  ["12.6(1) ES1_ET1 only", ece("12.6(1)", ["ES1_ET1"]), [["fail", "es-missing"]]],
  ["12.6(1) ES1, latest no", ece("12.6(1)", ["ES1"], "no"), [["warn", "es-not-latest"]]],
  ["12.6(1) ES1, latest unknown", ece("12.6(1)", ["ES1"], "unknown"), [["info", "es-latest-unknown"]]],
  ["12.6(1) missing ES ignores the latest answer", ece("12.6(1)", [], "no"), [["fail", "es-missing"]]],
  ["later release, latest no", ece("later", ["ES5"], "no"), [["info", "version-later-check-docs"]]],
];

describe("ece-version", () => {
  it("covers every release id", () => {
    expect(Object.keys(releaseTable).sort()).toEqual([...eceReleaseIds].sort());
  });

  it.each<Row>(eceVersionRows)("%s", (_description, patch, expected, secret) => {
    expectRow("ece-version", patch, expected, secret);
  });

  it.each<[EceRelease, string[]]>([
    ["later", ["ES1"]],
    ["later", ["ES99", "ES99_ET1"]],
    ["later", []],
    ["pre-11.6", ["ES12", "ES12_ET1"]],
  ])("never passes for %s with %j", (version, installedES) => {
    for (const esIsLatest of ["yes", "no", "unknown"] as const) {
      const { findings } = run("ece-version", ece(version, installedES, esIsLatest));
      expect(findings.map((item) => item.status)).not.toContain("pass");
    }
  });

  it("names the required and installed ES in the missing-ES finding", () => {
    const [missing] = run("ece-version", ece("11.6(1)", ["ES11"])).findings;
    expect(missing?.params).toMatchObject({ version: "11.6(1)", required: "ES12", installed: "ES11" });
    expectMentions(present(missing!, "en").title, "11.6(1)", "ES12", "ES11");
    const [none] = run("ece-version", ece("12.5(1)", [])).findings;
    expect(none?.params).toMatchObject({ required: "ES3", installed: "-" });
  });

  it("names ES12_ET1 as the extra component on 11.6(1)", () => {
    const [extra] = run("ece-version", ece("11.6(1)", ["ES12"])).findings;
    expect(extra?.params?.extra).toBe("ES12_ET1");
    expectMentions(present(extra!, "en").title, "ES12_ET1");
  });
});

// ---------------------------------------------------------------- external-url

const urls = (externalUrlValue: string | null, consoleUrl = "https://ece.example.com"): CasePatch => ({
  ece: { externalUrl: externalUrlValue, consoleUrl },
});

const externalUrlRows: Row[] = [
  ["healthy", {}, [PASS]],
  ["setting empty", urls(null), [["fail", "url-missing"]]],
  ["http", urls("http://ece.example.com"), [["fail", "url-not-https"]]],
  ["IPv4 literal", urls("https://10.1.2.3", "https://10.1.2.3"), [["fail", "url-not-fqdn"]]],
  ["IPv6 literal", urls("https://[2001:db8::1]", "https://[2001:db8::1]"), [["fail", "url-not-fqdn"]]],
  ["short host name", urls("https://ece", "https://ece"), [["fail", "url-not-fqdn"]]],
  [
    "IP literal while the console uses the FQDN",
    urls("https://10.1.2.3"),
    [
      ["fail", "url-not-fqdn"],
      ["fail", "url-console-mismatch"],
    ],
  ],
  ["trailing slash", urls("https://ece.example.com/"), [PASS]],
  ["explicit default port 443", urls("https://ece.example.com:443"), [PASS]],
  ["path /system", urls("https://ece.example.com/system"), [["warn", "url-has-path"]]],
  [
    "http with a path",
    urls("http://ece.example.com/system"),
    [
      ["fail", "url-not-https"],
      ["warn", "url-has-path"],
    ],
  ],
  ["host letter case differs from the console", urls("https://ECE.Example.com", "https://ece.example.com"), [PASS]],
  ["console in upper case", urls("https://ece.example.com", "https://ECE.EXAMPLE.COM"), [PASS]],
  [
    "console address with a path",
    urls("https://ece.example.com", "https://ece.example.com/default/web/view/platform/common/login/root.jsp"),
    [PASS],
  ],
  [
    "different host than the console",
    urls("https://ece.example.com", "https://ece-app01.example.com"),
    [["fail", "url-console-mismatch"]],
  ],
  ["different port than the console", urls("https://ece.example.com:8443"), [["fail", "url-console-mismatch"]]],
];

describe("external-url", () => {
  it.each<Row>(externalUrlRows)("%s", (_description, patch, expected, secret) => {
    expectRow("external-url", patch, expected, secret);
  });

  it.each<[EceRelease, string]>([
    ["11.6(1)", "Web Server URL or Load Balancer URL"],
    ["12.0(1)", "Web Server URL or Load Balancer URL"],
    ["12.5(1)", "Web Server URL or Load Balancer URL"],
    ["12.6(1)", "External URL of application"],
    ["later", "External URL of application"],
  ])("names the setting of %s as %s", (version, setting) => {
    const [missing] = run("external-url", { ece: { version, externalUrl: null } }).findings;
    expect(missing?.params?.setting).toBe(setting);
    expectMentions(present(missing!, "en").title, setting);
  });

  it("reports both origins on a port mismatch", () => {
    const [mismatch] = run("external-url", urls("https://ece.example.com:8443")).findings;
    expect(mismatch?.params).toMatchObject({ console: "ece.example.com", external: "ece.example.com:8443" });
  });
});

// ---------------------------------------------------------------- redirect-uri

const callback = "https://ece.example.com/system/oauth/callback";
const redirect = (
  redirectUriValue: string,
  eceRedirectUri: string | null = redirectUriValue,
  redirectPlatform: CaseFile["azure"]["redirectPlatform"] = "web",
): CasePatch => ({
  azure: { redirectUri: redirectUriValue, eceRedirectUri, redirectPlatform },
});

const redirectRows: Row[] = [
  ["healthy", {}, [PASS]],
  ["http redirect", redirect("http://ece.example.com/system/oauth/callback"), [["fail", "redirect-not-https"]]],
  [
    "redirect on another host",
    redirect("https://ece2.example.com/system/oauth/callback"),
    [["fail", "redirect-host-mismatch"]],
  ],
  [
    "redirect on another port",
    redirect("https://ece.example.com:8443/system/oauth/callback"),
    [["fail", "redirect-host-mismatch"]],
  ],
  [
    "redirect host in upper case",
    redirect("https://ECE.example.com/system/oauth/callback", "https://ECE.example.com/system/oauth/callback"),
    [PASS],
  ],
  [
    "no external URL to compare the host with",
    { ...redirect("https://ece2.example.com/cb"), ece: { externalUrl: null } },
    [PASS],
  ],
  ["ECE sends a trailing slash", redirect(callback, `${callback}/`), [["fail", "redirect-uri-mismatch"]]],
  ["Azure has a trailing slash", redirect(`${callback}/`, callback), [["fail", "redirect-uri-mismatch"]]],
  [
    "letter case differs in the path",
    redirect(callback, "https://ece.example.com/system/OAuth/callback"),
    [["fail", "redirect-uri-mismatch"]],
  ],
  [
    "letter case differs only in the host (hosts are case-insensitive)",
    redirect(callback, "https://ECE.example.com/system/oauth/callback"),
    [PASS],
  ],
  [
    "letter case differs in the path",
    redirect(callback, "https://ece.example.com/system/OAuth/callback"),
    [["fail", "redirect-uri-mismatch"]],
  ],
  ["whitespace around the ECE value", redirect(callback, `  ${callback}  `), [PASS]],
  ["ECE redirect not entered", redirect(callback, null), [["info", "redirect-ece-unknown"]]],
  ["platform spa", redirect(callback, callback, "spa"), [["fail", "redirect-not-web-platform"]]],
  ["platform mobile-desktop", redirect(callback, callback, "mobile-desktop"), [["fail", "redirect-not-web-platform"]]],
  ["platform unknown", redirect(callback, callback, "unknown"), [["info", "redirect-platform-unknown"]]],
  [
    "everything wrong at once",
    redirect("http://ece2.example.com/cb", "https://ece.example.com/cb", "spa"),
    // One difference, one finding: the URI mismatch already names the other host (issue #13).
    [
      ["fail", "redirect-not-https"],
      ["fail", "redirect-uri-mismatch"],
      ["fail", "redirect-not-web-platform"],
    ],
  ],
  [
    "nothing known",
    redirect(callback, null, "unknown"),
    [
      ["info", "redirect-ece-unknown"],
      ["info", "redirect-platform-unknown"],
    ],
  ],
];

describe("redirect-uri", () => {
  it.each<Row>(redirectRows)("%s", (_description, patch, expected, secret) => {
    expectRow("redirect-uri", patch, expected, secret);
  });

  it("shows both values on a mismatch and the platform on a wrong platform", () => {
    const { findings } = run("redirect-uri", redirect(callback, `${callback}/`, "spa"));
    const mismatch = findings.find((item) => item.status !== "pass" && item.cause === "redirect-uri-mismatch");
    expect(mismatch?.params).toMatchObject({ registered: callback, ece: `${callback}/` });
    const platform = findings.find((item) => item.status !== "pass" && item.cause === "redirect-not-web-platform");
    expect(platform?.params?.platform).toBe("spa");
  });

  it("names the ECE-side owner for the unknown ECE redirect", () => {
    const [unknown] = run("redirect-uri", redirect(callback, null)).findings;
    expect(present(unknown!, "en").owner).toBe("ece-admin");
  });
});

// ---------------------------------------------------------------- app-ids

const ids = (tenant: string, client: string = clientId): CasePatch => ({ azure: { tenant, clientId: client } });
const malformedGuids: [string, string][] = [
  ["braces", `{${tenantId}}`],
  ["a missing group", "3f2b8c1e-5d4a-4e6b-1a2b3c4d5e6f"],
  ["31 hex digits", "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6"],
  ["a non-hex character", "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6g"],
  ["no hyphens", "3f2b8c1e5d4a4e6b9c7d1a2b3c4d5e6f"],
  ["empty", ""],
];
const otherGuid = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

const appIdRows: Row[] = [
  ["healthy", {}, [PASS]],
  ["upper-case tenant GUID", ids(tenantId.toUpperCase()), [PASS]],
  ["upper-case client GUID", ids(tenantId, clientId.toUpperCase()), [PASS]],
  ["GUIDs with surrounding spaces", ids(` ${tenantId} `, ` ${clientId} `), [PASS]],
  ...malformedGuids.map(
    ([what, value]): Row => [`tenant id with ${what}`, ids(value), [["fail", "tenant-id-malformed"]]],
  ),
  ...malformedGuids.map(
    ([what, value]): Row => [`client id with ${what}`, ids(tenantId, value), [["fail", "client-id-malformed"]]],
  ),
  ["client id with a domain name", ids(tenantId, "contoso.onmicrosoft.com"), [["fail", "client-id-malformed"]]],
  // Entra accepts a verified domain in place of the tenant ID (issue #13): a warning, not a malformed value.
  ["tenant id as a verified domain name", ids("contoso.onmicrosoft.com"), [["warn", "tenant-is-domain"]]],
  [
    "both malformed",
    ids("tenant", "client"),
    [
      ["fail", "tenant-id-malformed"],
      ["fail", "client-id-malformed"],
    ],
  ],
  ["client id equals tenant id", ids(tenantId, tenantId), [["fail", "client-id-is-tenant-id"]]],
  [
    "client id equals tenant id in other case",
    ids(tenantId, tenantId.toUpperCase()),
    [["fail", "client-id-is-tenant-id"]],
  ],
  ["secret not given", {}, [["skipped", "secret-not-given"]], null],
  ["secret empty", {}, [["skipped", "secret-not-given"]], ""],
  ["secret only spaces", {}, [["skipped", "secret-not-given"]], "   "],
  ["secret is a GUID (the secret ID)", {}, [["fail", "secret-is-secret-id"]], otherGuid],
  ["secret is an upper-case GUID", {}, [["fail", "secret-is-secret-id"]], otherGuid.toUpperCase()],
  ["secret equals the client id", {}, [["fail", "secret-is-secret-id"]], clientId],
  [
    "secret equals a non-GUID client id",
    ids(tenantId, "ece-app"),
    [
      ["fail", "client-id-malformed"],
      ["fail", "secret-is-secret-id"],
    ],
    "ECE-APP",
  ],
  [
    "tenant malformed and no secret",
    ids("contoso"),
    [
      ["fail", "tenant-id-malformed"],
      ["skipped", "secret-not-given"],
    ],
    null,
  ],
];

describe("app-ids", () => {
  it.each<Row>(appIdRows)("%s", (_description, patch, expected, secret) => {
    expectRow("app-ids", patch, expected, secret);
  });

  it.each<[string, CasePatch]>([
    ["healthy ids", {}],
    ["upper-case ids", ids(tenantId.toUpperCase(), clientId.toUpperCase())],
    ["swapped ids", ids(clientId, tenantId)],
  ])("is never pass without a secret (%s)", (_description, patch) => {
    for (const secret of [null, "", "  "]) {
      const { findings } = run("app-ids", patch, secret);
      expect(findings.map((item) => item.status)).not.toContain("pass");
      expect(pairsOf(findings)).toContainEqual(["skipped", "secret-not-given"]);
    }
  });

  it("quotes the malformed value", () => {
    const [malformed] = run("app-ids", ids("{abc}")).findings;
    expectMentions(present(malformed!, "en").title, "{abc}");
  });
});

// ---------------------------------------------------------------- client-secret

const expires = (secretExpires: string | null): CasePatch => ({ azure: { secretExpires } });

const clientSecretRows: Row[] = [
  ["healthy (2028)", {}, [PASS]],
  ["expiry unknown", expires(null), [["info", "secret-expiry-unknown"]]],
  ["expired long ago", expires("2020-01-01"), [["fail", "secret-expired"]]],
  ["expired yesterday", expires(dayFromNow(-1)), [["fail", "secret-expired"]]],
  ["expires today (still valid through the day)", expires(dayFromNow(0)), [["warn", "secret-expiring-soon"]]],
  ["expires tomorrow", expires(dayFromNow(1)), [["warn", "secret-expiring-soon"]]],
  ["expires in 29 days", expires(dayFromNow(29)), [["warn", "secret-expiring-soon"]]],
  ["expires in 30 days", expires(dayFromNow(30)), [PASS]],
  ["expires in 31 days", expires(dayFromNow(31)), [PASS]],
];

describe("client-secret", () => {
  it("uses the fixed now of the fixture", () => {
    expect([dayFromNow(-1), dayFromNow(0), dayFromNow(29), dayFromNow(31)]).toEqual([
      "2026-11-27",
      "2026-11-28",
      "2026-12-27",
      "2026-12-29",
    ]);
  });

  it.each<Row>(clientSecretRows)("%s", (_description, patch, expected, secret) => {
    expectRow("client-secret", patch, expected, secret);
  });

  it.each<[number, string]>([
    [0, "0"],
    [1, "1"],
    [29, "29"],
    [31, "31"],
  ])("counts %i days left as %s", (offset, days) => {
    const [result] = run("client-secret", expires(dayFromNow(offset))).findings;
    expect(result?.params).toEqual({ expires: dayFromNow(offset), days });
  });

  it("does not report negative days for an expired secret", () => {
    const [result] = run("client-secret", expires(dayFromNow(-10))).findings;
    expect(result?.params?.days).toBe("0");
    expectMentions(present(result!, "en").title, "2026-11-18");
  });
});

// ---------------------------------------------------------------- api-permissions

type Permission = CaseFile["azure"]["delegatedPermissions"][number];
const permissions = (
  retrieval: "imap" | "pop3",
  delegatedPermissions: Permission[],
  adminConsent: "yes" | "no" | "unknown" = "yes",
): CasePatch => ({
  mail: { retrieval },
  azure: { delegatedPermissions, adminConsent },
});

const apiPermissionRows: Row[] = [
  [
    "imap with all four",
    permissions("imap", ["IMAP.AccessAsUser.All", "POP.AccessAsUser.All", "SMTP.Send", "offline_access"]),
    [PASS],
  ],
  [
    "imap with exactly the three needed",
    permissions("imap", ["IMAP.AccessAsUser.All", "SMTP.Send", "offline_access"]),
    [PASS],
  ],
  [
    "pop3 with exactly the three needed",
    permissions("pop3", ["POP.AccessAsUser.All", "SMTP.Send", "offline_access"]),
    [PASS],
  ],
  [
    "imap without IMAP.AccessAsUser.All",
    permissions("imap", ["POP.AccessAsUser.All", "SMTP.Send", "offline_access"]),
    [["fail", "permission-retrieval-missing"]],
  ],
  [
    "pop3 without POP.AccessAsUser.All",
    permissions("pop3", ["IMAP.AccessAsUser.All", "SMTP.Send", "offline_access"]),
    [["fail", "permission-retrieval-missing"]],
  ],
  [
    "imap without SMTP.Send",
    permissions("imap", ["IMAP.AccessAsUser.All", "offline_access"]),
    [["fail", "permission-smtp-missing"]],
  ],
  [
    "imap without offline_access",
    permissions("imap", ["IMAP.AccessAsUser.All", "SMTP.Send"]),
    [["fail", "permission-offline-missing"]],
  ],
  [
    "pop3 without offline_access",
    permissions("pop3", ["POP.AccessAsUser.All", "SMTP.Send"]),
    [["fail", "permission-offline-missing"]],
  ],
  [
    "no permissions at all",
    permissions("imap", []),
    [
      ["fail", "permission-retrieval-missing"],
      ["fail", "permission-smtp-missing"],
      ["fail", "permission-offline-missing"],
    ],
  ],
  [
    "consent not granted",
    permissions("imap", ["IMAP.AccessAsUser.All", "SMTP.Send", "offline_access"], "no"),
    [["warn", "consent-missing"]],
  ],
  [
    "consent unknown",
    permissions("imap", ["IMAP.AccessAsUser.All", "SMTP.Send", "offline_access"], "unknown"),
    [["info", "consent-unknown"]],
  ],
  [
    "POP only and no consent",
    permissions("imap", ["POP.AccessAsUser.All"], "no"),
    [
      ["fail", "permission-retrieval-missing"],
      ["fail", "permission-smtp-missing"],
      ["fail", "permission-offline-missing"],
      ["warn", "consent-missing"],
    ],
  ],
];

describe("api-permissions", () => {
  it.each<Row>(apiPermissionRows)("%s", (_description, patch, expected, secret) => {
    expectRow("api-permissions", patch, expected, secret);
  });

  it.each<["imap" | "pop3", string]>([
    ["imap", "IMAP.AccessAsUser.All"],
    ["pop3", "POP.AccessAsUser.All"],
  ])("asks for the %s permission %s", (retrieval, permission) => {
    const [missing] = run("api-permissions", permissions(retrieval, ["SMTP.Send", "offline_access"])).findings;
    expect(missing?.params?.permission).toBe(permission);
    expectMentions(present(missing!, "en").title, permission);
  });
});

// ---------------------------------------------------------------- token-lifetime

const lifetime = (accessTokenLifetimeMinutes: number | null): CasePatch => ({ azure: { accessTokenLifetimeMinutes } });

const tokenLifetimeRows: Row[] = [
  ["unknown", lifetime(null), [["info", "token-lifetime-unknown"]]],
  ["1 minute", lifetime(1), [["warn", "token-lifetime-unusual"]]],
  ["59 minutes", lifetime(59), [["warn", "token-lifetime-unusual"]]],
  ["60 minutes", lifetime(60), [PASS]],
  ["75 minutes", lifetime(75), [PASS]],
  ["90 minutes", lifetime(90), [PASS]],
  ["91 minutes", lifetime(91), [["warn", "token-lifetime-unusual"]]],
  ["1440 minutes", lifetime(1440), [["warn", "token-lifetime-unusual"]]],
];

describe("token-lifetime", () => {
  it.each<Row>(tokenLifetimeRows)("%s", (_description, patch, expected, secret) => {
    expectRow("token-lifetime", patch, expected, secret);
  });

  it("states the range in the warning", () => {
    const [unusual] = run("token-lifetime", lifetime(59)).findings;
    expectMentions(present(unusual!, "en").title, "59", "60", "90");
  });
});

// ---------------------------------------------------------------- account-model

const shared = (fullAccess: "yes" | "no" | "unknown" | null, tokenSignedInAs: string | null = delegate): CasePatch => ({
  mail: { accessModel: "shared", signInAccount: delegate, fullAccess, tokenSignedInAs },
});

const accountModelRows: Row[] = [
  ["per-mailbox", {}, [PASS]],
  ["per-mailbox ignores a stale Full Access answer", { mail: { fullAccess: "no" } }, [PASS]],
  ["shared with Full Access", shared("yes"), [PASS]],
  ["shared without Full Access", shared("no"), [["fail", "full-access-missing"]]],
  ["shared, Full Access unknown", shared("unknown"), [["info", "full-access-unknown"]]],
  ["shared, Full Access not answered", shared(null), [["info", "full-access-unknown"]]],
];

describe("account-model", () => {
  it.each<Row>(accountModelRows)("%s", (_description, patch, expected, secret) => {
    expectRow("account-model", patch, expected, secret);
  });

  it("targets the delegate and lists the mailboxes", () => {
    const [missing] = run("account-model", shared("no")).findings;
    expect(missing?.target).toBe(delegate);
    expect(missing?.params).toEqual({ delegate, mailboxes: "support@example.com, sales@example.com" });
    expect(present(missing!, "en").fix[0]).toContain(`-User ${delegate} -AccessRights FullAccess`);
  });
});

// ---------------------------------------------------------------- mailbox-protocols

type YesNoUnknown = "yes" | "no" | "unknown";
const protocols = (
  retrieval: "imap" | "pop3",
  retrievalEnabled: YesNoUnknown,
  authenticatedSmtp: YesNoUnknown,
): CasePatch => ({
  mail: { retrieval, retrievalEnabled, authenticatedSmtp },
});

const mailboxProtocolRows: Row[] = (["imap", "pop3"] as const).flatMap((retrieval): Row[] => [
  [`${retrieval}: both enabled`, protocols(retrieval, "yes", "yes"), [PASS]],
  [`${retrieval}: retrieval disabled`, protocols(retrieval, "no", "yes"), [["fail", "retrieval-protocol-disabled"]]],
  [`${retrieval}: retrieval unknown`, protocols(retrieval, "unknown", "yes"), [["info", "protocols-unknown"]]],
  [`${retrieval}: SMTP AUTH disabled`, protocols(retrieval, "yes", "no"), [["fail", "smtp-auth-disabled"]]],
  [`${retrieval}: SMTP AUTH unknown`, protocols(retrieval, "yes", "unknown"), [["info", "protocols-unknown"]]],
  [
    `${retrieval}: both disabled`,
    protocols(retrieval, "no", "no"),
    [
      ["fail", "retrieval-protocol-disabled"],
      ["fail", "smtp-auth-disabled"],
    ],
  ],
  [
    `${retrieval}: both unknown (one info)`,
    protocols(retrieval, "unknown", "unknown"),
    [["info", "protocols-unknown"]],
  ],
  [
    `${retrieval}: retrieval disabled, SMTP unknown`,
    protocols(retrieval, "no", "unknown"),
    [
      ["fail", "retrieval-protocol-disabled"],
      ["info", "protocols-unknown"],
    ],
  ],
  [
    `${retrieval}: retrieval unknown, SMTP disabled`,
    protocols(retrieval, "unknown", "no"),
    [
      ["fail", "smtp-auth-disabled"],
      ["info", "protocols-unknown"],
    ],
  ],
]);

describe("mailbox-protocols", () => {
  it.each<Row>(mailboxProtocolRows)("%s", (_description, patch, expected, secret) => {
    expectRow("mailbox-protocols", patch, expected, secret);
  });

  it.each<["imap" | "pop3", string, string, string]>([
    ["imap", "IMAP", "ImapEnabled", "PopEnabled"],
    ["pop3", "POP3", "PopEnabled", "ImapEnabled"],
  ])("renders the %s protocol and its Set-CASMailbox switch", (retrieval, protocol, setting, otherSetting) => {
    const [disabled] = run("mailbox-protocols", protocols(retrieval, "no", "yes")).findings;
    expect(disabled?.params).toEqual({ protocol, setting, mailbox: "support@example.com" });
    const text = present(disabled!, "en");
    expectMentions(text.title, protocol);
    expect(text.fix[0]).toContain(`Set-CASMailbox -Identity <mailbox> -${setting} $true`);
    expect(text.fix.join("\n")).not.toContain(`-${otherSetting}`);
  });

  it("names the first mailbox in the unknown finding", () => {
    const [unknown] = run("mailbox-protocols", protocols("imap", "unknown", "yes")).findings;
    expect(present(unknown!, "en").fix[0]).toContain("Get-EXOCasMailbox -Identity support@example.com ");
  });
});

// ---------------------------------------------------------------- licence

const licenceExpected: Record<Licence, Pair[]> = {
  e5: [PASS],
  e3: [PASS],
  e1: [["warn", "licence-below-e3"]],
  "exchange-plan-2": [["warn", "licence-below-e3"]],
  "exchange-plan-1": [["warn", "licence-below-e3"]],
  "business-premium": [["warn", "licence-below-e3"]],
  "business-standard": [["warn", "licence-below-e3"]],
  "business-basic": [["warn", "licence-below-e3"]],
  f3: [["fail", "licence-plan-without-imap-pop"]],
  f1: [["fail", "licence-plan-without-imap-pop"]],
  none: [["fail", "licence-missing"]],
  other: [["info", "licence-unknown"]],
  unknown: [["info", "licence-unknown"]],
};

const licenceRows: Row[] = [
  ...(Object.entries(licenceExpected) as [Licence, Pair[]][]).map(
    ([plan, expected]): Row => [plan, { mail: { licence: plan } }, expected],
  ),
  // Shared mailboxes need no licence below 50 GB without archive or hold; only the delegate does (issue #13).
  [
    "none, shared model",
    { mail: { licence: "none", accessModel: "shared", signInAccount: delegate, fullAccess: "yes" } },
    [["info", "licence-shared-none"]],
  ],
];

describe("licence", () => {
  it.each<Row>(licenceRows)("%s", (_description, patch, expected, secret) => {
    expectRow("licence", patch, expected, secret);
  });
});

// ---------------------------------------------------------------- token-generation

const signedIn = (tokenSignedInAs: string | null, privateWindow: YesNoUnknown = "yes"): CasePatch => ({
  mail: { tokenSignedInAs, privateWindow },
});

const tokenGenerationRows: Row[] = [
  ["signed in as the first mailbox", signedIn("support@example.com"), [PASS]],
  ["signed in as the second mailbox", signedIn("sales@example.com"), [PASS]],
  ["signed in as a mailbox in other letter case", signedIn("Support@EXAMPLE.com"), [PASS]],
  ["signed in as someone else", signedIn("j.doe@example.com"), [["fail", "token-signed-in-as-other"]]],
  // A check that cannot decide never passes (issue #13).
  ["signed-in account not given", signedIn(null), [["info", "token-account-unknown"]]],
  ["normal window", signedIn("support@example.com", "no"), [["warn", "token-not-private-window"]]],
  ["window unknown", signedIn("support@example.com", "unknown"), [["info", "token-generation-unknown"]]],
  [
    "someone else in a normal window",
    signedIn("j.doe@example.com", "no"),
    [
      ["fail", "token-signed-in-as-other"],
      ["warn", "token-not-private-window"],
    ],
  ],
  ["shared: signed in as the delegate", shared("yes", delegate), [PASS]],
  ["shared: signed in as the delegate in upper case", shared("yes", delegate.toUpperCase()), [PASS]],
  ["shared: signed in as a mailbox", shared("yes", "support@example.com"), [["fail", "token-signed-in-as-other"]]],
];

describe("token-generation", () => {
  it.each<Row>(tokenGenerationRows)("%s", (_description, patch, expected, secret) => {
    expectRow("token-generation", patch, expected, secret);
  });

  it("targets the account that signed in and names the expected ones", () => {
    const [other] = run("token-generation", signedIn("j.doe@example.com")).findings;
    expect(other?.target).toBe("j.doe@example.com");
    expectMentions(present(other!, "en").title, "j.doe@example.com", "support@example.com, sales@example.com");
    const [sharedOther] = run("token-generation", shared("yes", "support@example.com")).findings;
    expect(sharedOther?.params).toEqual({ signedInAs: "support@example.com", expected: delegate });
  });
});

// ---------------------------------------------------------------- network-plan

type PathState = CaseFile["network"]["servicesServer"];
const network = (
  servicesServer: PathState,
  applicationServer: PathState,
  tlsInspection: YesNoUnknown = "no",
): CasePatch => ({
  network: { servicesServer, applicationServer, tlsInspection },
});

const networkRows: Row[] = [
  ["both verified", network("verified", "verified"), [PASS]],
  ["services blocked", network("blocked", "verified"), [["fail", "network-blocked"]]],
  ["application blocked", network("verified", "blocked"), [["fail", "network-blocked"]]],
  [
    "both blocked",
    network("blocked", "blocked"),
    [
      ["fail", "network-blocked"],
      ["fail", "network-blocked"],
    ],
  ],
  ["services not checked", network("not-checked", "verified"), [["info", "network-not-verified"]]],
  ["application not checked", network("verified", "not-checked"), [["info", "network-not-verified"]]],
  [
    "neither checked",
    network("not-checked", "not-checked"),
    [
      ["info", "network-not-verified"],
      ["info", "network-not-verified"],
    ],
  ],
  [
    "one blocked, one not checked",
    network("blocked", "not-checked"),
    [
      ["fail", "network-blocked"],
      ["info", "network-not-verified"],
    ],
  ],
  ["TLS inspection", network("verified", "verified", "yes"), [["warn", "tls-inspection"]]],
  ["TLS inspection unknown", network("verified", "verified", "unknown"), [["info", "tls-inspection"]]],
  [
    "TLS inspection with a blocked path",
    network("blocked", "verified", "yes"),
    [
      ["fail", "network-blocked"],
      ["warn", "tls-inspection"],
    ],
  ],
  [
    "TLS unknown is not repeated next to other findings",
    network("blocked", "verified", "unknown"),
    [["fail", "network-blocked"]],
  ],
];

describe("network-plan", () => {
  it.each<Row>(networkRows)("%s", (_description, patch, expected, secret) => {
    expectRow("network-plan", patch, expected, secret);
  });

  it.each<[PathState, PathState, string[]]>([
    ["blocked", "verified", ["fail network-blocked services"]],
    ["verified", "blocked", ["fail network-blocked application"]],
    ["not-checked", "blocked", ["fail network-blocked application", "info network-not-verified services"]],
    ["blocked", "not-checked", ["fail network-blocked services", "info network-not-verified application"]],
    ["not-checked", "not-checked", ["info network-not-verified services", "info network-not-verified application"]],
  ])("targets the server: services %s, application %s", (servicesServer, applicationServer, expected) => {
    const { findings } = run("network-plan", network(servicesServer, applicationServer));
    expect(
      findings.map((item) => (item.status === "pass" ? "pass" : `${item.status} ${item.cause} ${item.target}`)),
    ).toEqual(expected);
    for (const item of findings) expect(item.params?.server).toBe(item.target);
  });

  it.each<[CaseFile["azure"]["cloud"], string, string, string]>([
    ["worldwide", "outlook.office365.com", "smtp.office365.com", "login.microsoftonline.com"],
    ["gcc-high", "outlook.office365.us", "smtp.office365.us", "login.microsoftonline.us"],
    ["china", "partner.outlook.cn", "smtp.partner.outlook.cn", "login.chinacloudapi.cn"],
  ])("uses the %s hosts in the fix", (cloud, imap, smtp, login) => {
    const [blocked] = run("network-plan", { ...network("blocked", "verified"), azure: { cloud } }).findings;
    expectMentions(
      present(blocked!, "en").fix.join("\n"),
      `Test-NetConnection ${imap} -Port 993`,
      `Test-NetConnection ${smtp} -Port 587`,
      `Test-NetConnection ${login} -Port 443`,
    );
  });
});

// ---------------------------------------------------------------- all tables together

const tables: Record<CheckId, Row[]> = {
  "ece-version": eceVersionRows,
  "external-url": externalUrlRows,
  "redirect-uri": redirectRows,
  "app-ids": appIdRows,
  "client-secret": clientSecretRows,
  "api-permissions": apiPermissionRows,
  "token-lifetime": tokenLifetimeRows,
  "account-model": accountModelRows,
  "mailbox-protocols": mailboxProtocolRows,
  licence: licenceRows,
  "token-generation": tokenGenerationRows,
  "network-plan": networkRows,
};

const allRows = (Object.entries(tables) as [CheckId, Row[]][]).flatMap(([check, rows]) =>
  rows.map(([description, patch, , secret]) => ({ check, description, findings: run(check, patch, secret).findings })),
);

describe("all rule tables", () => {
  it("have a table for every check id", () => {
    expect(Object.keys(tables).sort()).toEqual([...checkIds].sort());
  });

  it("include a passing row for every check", () => {
    const passing = new Set(
      allRows.filter((row) => row.findings.some((item) => item.status === "pass")).map((row) => row.check),
    );
    expect([...passing].sort()).toEqual([...checkIds].sort());
  });

  it("reach every cause in the catalogue", () => {
    const seen = new Set(
      allRows.flatMap((row) => row.findings.flatMap((item) => (item.status === "pass" ? [] : [item.cause]))),
    );
    expect([...seen].sort()).toEqual(
      causeIds.filter((id) => (checkIds as readonly string[]).includes(causes[id].check)).sort(),
    );
  });

  it("give every cause to the check that owns it in the catalogue", () => {
    for (const row of allRows) {
      for (const item of row.findings) {
        if (item.status !== "pass")
          expect(`${row.description}: ${causes[item.cause].check}`).toBe(`${row.description}: ${item.check}`);
      }
    }
  });

  it("never return pass next to another finding", () => {
    for (const row of allRows) {
      if (row.findings.some((item) => item.status === "pass"))
        expect(`${row.description}: ${row.findings.length}`).toBe(`${row.description}: 1`);
    }
  });

  it("render without unreplaced {placeholders} in every locale", () => {
    const leftovers = allRows.flatMap((row) =>
      row.findings.flatMap((item) =>
        rendered(item)
          .filter((text) => /\{\w+\}/.test(text))
          .map((text) => `${row.check} / ${row.description}: ${text}`),
      ),
    );
    expect(leftovers).toEqual([]);
  });
});

describe("fixture", () => {
  it("is a valid case file", () => {
    expect(caseSchema.parse(healthyCase())).toEqual(healthyCase());
  });

  it("withChanges merges nested values, replaces arrays and nulls, and does not leak between calls", () => {
    const changed = withChanges({
      ece: { installedES: ["ES2"], externalUrl: null },
      mail: { mailboxes: ["a@example.com"] },
    });
    expect(changed.ece).toEqual({ ...healthyCase().ece, installedES: ["ES2"], externalUrl: null });
    expect(changed.mail.mailboxes).toEqual(["a@example.com"]);
    expect(changed.mail.licence).toBe("e3");
    changed.azure.delegatedPermissions.pop();
    expect(withChanges({}).azure.delegatedPermissions).toHaveLength(4);
    expect(withChanges({})).toEqual(healthyCase());
  });
});
