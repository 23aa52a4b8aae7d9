import { describe, expect, it } from "vitest";
import { delegate, healthyCase, withChanges } from "@/lib/rules/fixtures";
import { caseToDraft, fieldApplies } from "@/lib/wizard/draft";
import { draftToCase } from "@/lib/wizard/draft-parse";
import { type DraftValue, type ErrorKey, type FieldId, fieldIds, isIsoDate, validateField } from "./fields";
import { issueText } from "./issues";
import { type CaseFile, type CaseIssue, caseIssues, caseSchema } from "./schema";

function issuesOf(input: unknown): CaseIssue[] {
  const result = caseSchema.safeParse(input);
  if (result.success) throw new Error("expected the case to be rejected");
  return caseIssues(result.error);
}

const sharedCase = (): CaseFile =>
  withChanges({
    mail: { accessModel: "shared", signInAccount: delegate, fullAccess: "yes", tokenSignedInAs: delegate },
  });

describe("draft round trip", () => {
  it.each<[string, () => CaseFile]>([
    ["healthy", healthyCase],
    ["shared model", sharedCase],
    [
      "empty optional values",
      () =>
        withChanges({
          ece: { externalUrl: null },
          azure: { secretExpires: null, eceRedirectUri: null, accessTokenLifetimeMinutes: null },
          mail: { tokenSignedInAs: null },
        }),
    ],
    [
      "11.6(1) with ES12 and ES12_ET1, pop3",
      () =>
        withChanges({ ece: { version: "11.6(1)", installedES: ["ES12", "ES12_ET1"] }, mail: { retrieval: "pop3" } }),
    ],
    ["no permissions", () => withChanges({ azure: { delegatedPermissions: [] } })],
  ])("caseToDraft then draftToCase gives back the %s case", (_description, make) => {
    const file = make();
    const result = draftToCase(caseToDraft(file));
    expect(result.success).toBe(true);
    expect(result.data).toEqual(file);
  });

  it("fills every field id in the draft", () => {
    const file = {
      ...healthyCase(),
      symptom: { id: "stopped" as const, stoppedAfter: "hours" as const, errorText: "AADSTS7000222" },
    };
    expect(Object.keys(caseToDraft(file)).sort()).toEqual(fieldIds.filter((id) => !id.startsWith("secrets.")).sort());
  });

  it.each([
    ["no symptom", null],
    [
      "a symptom with its timing and error text",
      { id: "stopped", stoppedAfter: "hours", errorText: "535 5.7.3 Authentication unsuccessful" },
    ],
    ["a symptom without timing", { id: "no-outgoing", stoppedAfter: null, errorText: null }],
  ] as const)("keeps %s through the draft", (_description, symptom) => {
    const file = { ...healthyCase(), symptom };
    expect(draftToCase(caseToDraft(file)).data).toEqual(file);
  });

  it("drops the timing unless the symptom is that it stopped", () => {
    const draft = { ...caseToDraft(healthyCase()), "symptom.id": "no-incoming", "symptom.stoppedAfter": "hours" };
    expect(draftToCase(draft).data?.symptom).toEqual({ id: "no-incoming", stoppedAfter: null, errorText: null });
  });

  it("redacts a token in the error text of any case it reads", () => {
    const jwt = "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJl";
    const result = caseSchema.safeParse({
      ...healthyCase(),
      symptom: { id: "neither", stoppedAfter: null, errorText: `Authorization: Bearer ${jwt}` },
    });
    expect(result.data?.symptom?.errorText).toBe(`Authorization: Bearer <redacted ${jwt.length} chars>`);
  });

  it("reads a case@1 file as case@3 without a symptom or evidence", () => {
    const { symptom: _symptom, evidence: _evidence, ...v1 } = { ...healthyCase(), schema: "ece-oauth-doctor/case@1" };
    const result = caseSchema.safeParse(v1);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(healthyCase());
  });

  it("reads a case@2 file as case@3 without evidence, and refuses evidence in a case@2 file", () => {
    const { evidence: _evidence, ...v2 } = { ...healthyCase(), schema: "ece-oauth-doctor/case@2" };
    expect(caseSchema.safeParse(v2).data).toEqual(healthyCase());
    expect(issuesOf({ ...v2, evidence: null })).toEqual([{ path: "schema", key: "schema" }]);
  });

  it("does not read a case@3 file without its symptom or its evidence", () => {
    const { symptom: _symptom, ...rest } = healthyCase();
    expect(issuesOf(rest)).toEqual([{ path: "symptom", key: "missing" }]);
    const { evidence: _evidence, ...noEvidence } = healthyCase();
    expect(issuesOf(noEvidence)).toEqual([{ path: "evidence", key: "missing" }]);
  });

  it("keeps the evidence through the wizard's answers and refuses evidence that is not derived facts", () => {
    const evidence = {
      signInLogs: { readOn: "2026-12-02", rows: 10, matched: 3, succeeded: 1, groups: [] },
      powershell: [
        {
          command: "Get-TransportConfig" as const,
          pastedOn: "2026-12-02",
          mailbox: null,
          values: { SmtpClientAuthenticationDisabled: "True" },
        },
      ],
    };
    const file = { ...healthyCase(), evidence };
    expect(draftToCase(caseToDraft(file)).data).toEqual(file);
    expect(
      issuesOf({ ...file, evidence: { ...evidence, signInLogs: { ...evidence.signInLogs, rawRows: [] } } }),
    ).toEqual([{ path: "evidence.signInLogs.rawRows", key: "unknownField" }]);
  });

  it("leaves the questions the symptom rules out as unknown", () => {
    const draft = { ...caseToDraft(healthyCase()), "symptom.id": "no-outgoing", "mail.retrievalEnabled": "" };
    expect(draftToCase(draft).data?.mail.retrievalEnabled).toBe("unknown");
    const incoming = { ...caseToDraft(healthyCase()), "symptom.id": "no-incoming", "mail.authenticatedSmtp": "" };
    expect(draftToCase(incoming).data?.mail.authenticatedSmtp).toBe("unknown");
  });

  it("never puts the client secret or the access token in the case", () => {
    const draft = {
      ...caseToDraft(healthyCase()),
      "secrets.clientSecret": "Xy8Q~secret",
      "secrets.accessToken": "eyJ.canary-token.sig",
    };
    const json = JSON.stringify(draftToCase(draft).data);
    expect(json).not.toContain("Xy8Q~secret");
    expect(json).not.toContain("canary-token");
  });

  it("writes ES names in canonical form", () => {
    const draft = {
      ...caseToDraft(healthyCase()),
      "ece.version": "11.6(1)",
      "ece.installedES": "es12; ES 12-et1\nES13",
    };
    expect(draftToCase(draft).data?.ece.installedES).toEqual(["ES12", "ES12_ET1", "ES13"]);
  });

  it.each(["pre-11.6", "later"])("drops the ES answers for %s", (version) => {
    const draft = {
      ...caseToDraft(healthyCase()),
      "ece.version": version,
      "ece.installedES": "ES5",
      "ece.esIsLatest": "no",
    };
    expect(draftToCase(draft).data?.ece).toMatchObject({ version, installedES: [], esIsLatest: "unknown" });
  });

  it("drops delegate answers left over from the shared model", () => {
    const draft = { ...caseToDraft(sharedCase()), "mail.accessModel": "per-mailbox" };
    expect(draftToCase(draft).data?.mail).toMatchObject({
      accessModel: "per-mailbox",
      signInAccount: null,
      fullAccess: null,
    });
  });

  it("splits mailboxes on new lines, commas and semicolons", () => {
    const draft = {
      ...caseToDraft(healthyCase()),
      "mail.mailboxes": " a@example.com, b@example.com;\n\nc@example.com ",
    };
    expect(draftToCase(draft).data?.mail.mailboxes).toEqual(["a@example.com", "b@example.com", "c@example.com"]);
  });

  it("reports an empty required draft field at its case path", () => {
    const result = draftToCase({ ...caseToDraft(healthyCase()), "ece.consoleUrl": "" });
    expect(result.success).toBe(false);
    expect(result.error && caseIssues(result.error)).toEqual([{ path: "ece.consoleUrl", key: "url" }]);
  });

  it.each<[FieldId, boolean, boolean]>([
    ["ece.installedES", true, false],
    ["ece.esIsLatest", true, false],
    ["mail.signInAccount", false, true],
    ["mail.fullAccess", false, true],
    ["mail.licence", true, true],
  ])("fieldApplies(%s): per-mailbox 12.6(1) %s, shared pre-11.6 %s", (id, onHealthy, onSharedOld) => {
    expect(fieldApplies(id, caseToDraft(healthyCase()))).toBe(onHealthy);
    expect(fieldApplies(id, { ...caseToDraft(sharedCase()), "ece.version": "pre-11.6" })).toBe(onSharedOld);
  });
});

describe("caseSchema", () => {
  it("accepts the healthy and shared cases unchanged", () => {
    expect(caseSchema.parse(healthyCase())).toEqual(healthyCase());
    expect(caseSchema.parse(sharedCase())).toEqual(sharedCase());
  });

  it.each<[string, (file: Record<string, unknown>) => void, CaseIssue[]]>([
    ["a top-level field", (file) => void (file.notes = "x"), [{ path: "notes", key: "unknownField" }]],
    [
      "a field in ece",
      (file) => void ((file.ece as Record<string, unknown>).webServerUrl = "https://ece.example.com"),
      [{ path: "ece.webServerUrl", key: "unknownField" }],
    ],
    [
      "the client secret in azure",
      (file) => void ((file.azure as Record<string, unknown>).clientSecret = "Xy8Q~secret"),
      [{ path: "azure.clientSecret", key: "unknownField" }],
    ],
  ])("rejects an unknown field: %s, naming it in the issue path", (_description, mutate, expected) => {
    const file = healthyCase() as unknown as Record<string, unknown>;
    mutate(file);
    expect(issuesOf(file)).toEqual(expected);
  });

  it("names every unknown field of one object", () => {
    const file = healthyCase() as unknown as { mail: Record<string, unknown> };
    Object.assign(file.mail, { password: "x", alias: "y" });
    const issues = issuesOf(file);
    expect(issues.map((issue) => issue.key)).toEqual(issues.map(() => "unknownField"));
    const paths = issues.map((issue) => issue.path).join(" ");
    expect(paths).toMatch(/^mail\./);
    expect(paths).toContain("password");
    expect(paths).toContain("alias");
  });

  it("renders the unknown-field message with the field path", () => {
    const [issue] = issuesOf({ ...healthyCase(), ece: { ...healthyCase().ece, webServerUrl: "x" } });
    expect(issueText(issue!, "en")).toContain("ece.webServerUrl");
  });

  it.each(["ece-oauth-doctor/case@4", "", "ECE-OAUTH-DOCTOR/CASE@3"])("rejects the schema id %j", (schema) => {
    expect(issuesOf({ ...healthyCase(), schema })).toEqual([{ path: "schema", key: "schema" }]);
  });

  it("rejects a missing schema id", () => {
    const { schema: _schema, ...rest } = healthyCase();
    expect(issuesOf(rest)).toEqual([{ path: "schema", key: "schema" }]);
  });

  it("requires the sign-in account in the shared model", () => {
    const file = withChanges({ mail: { accessModel: "shared", signInAccount: null, fullAccess: "yes" } });
    expect(issuesOf(file)).toEqual([{ path: "mail.signInAccount", key: "required" }]);
  });

  it("does not require the sign-in account in the per-mailbox model", () => {
    expect(caseSchema.safeParse(withChanges({ mail: { signInAccount: null } })).success).toBe(true);
  });

  it.each<[string, "ece" | "azure" | "mail", string]>([
    ["a string", "azure", "redirectUri"],
    ["a list", "mail", "mailboxes"],
    ["a text field", "azure", "tenant"],
  ])("reports a missing field (%s) as missing", (_description, group, name) => {
    const file = healthyCase() as unknown as Record<string, Record<string, unknown>>;
    delete file[group]![name];
    expect(issuesOf(file)).toEqual([{ path: `${group}.${name}`, key: "missing" }]);
  });

  it("reports a missing group as missing", () => {
    const { network: _network, ...rest } = healthyCase();
    expect(issuesOf(rest)).toEqual([{ path: "network", key: "missing" }]);
  });

  it.each<[string, unknown, CaseIssue]>([
    ["a number for a URL", { ece: { consoleUrl: 443 } }, { path: "ece.consoleUrl", key: "invalidType" }],
    ["a string for a list", { ece: { installedES: "ES1" } }, { path: "ece.installedES", key: "invalidType" }],
    ["null for a required text", { azure: { tenant: null } }, { path: "azure.tenant", key: "invalidType" }],
    ["a string for a group", { network: "verified" }, { path: "network", key: "invalidType" }],
  ])("reports %s as the wrong type, not as missing", (_description, patch, expected) => {
    expect(issuesOf(withChanges(patch as Parameters<typeof withChanges>[0]))).toEqual([expected]);
  });

  it.each<[string, unknown, CaseIssue]>([
    ["version outside the list", { ece: { version: "13.0" } }, { path: "ece.version", key: "choose" }],
    ["URL without a scheme", { ece: { consoleUrl: "ece.example.com" } }, { path: "ece.consoleUrl", key: "url" }],
    ["ES that is not an ES", { ece: { installedES: ["SP3"] } }, { path: "ece.installedES.0", key: "esList" }],
    [
      "impossible expiry date",
      { azure: { secretExpires: "2027-02-30" } },
      { path: "azure.secretExpires", key: "date" },
    ],
    [
      "lifetime 0",
      { azure: { accessTokenLifetimeMinutes: 0 } },
      { path: "azure.accessTokenLifetimeMinutes", key: "number" },
    ],
    [
      "lifetime 1441",
      { azure: { accessTokenLifetimeMinutes: 1441 } },
      { path: "azure.accessTokenLifetimeMinutes", key: "number" },
    ],
    [
      "lifetime 60.5",
      { azure: { accessTokenLifetimeMinutes: 60.5 } },
      { path: "azure.accessTokenLifetimeMinutes", key: "number" },
    ],
    [
      "lifetime as text",
      { azure: { accessTokenLifetimeMinutes: "60" } },
      { path: "azure.accessTokenLifetimeMinutes", key: "number" },
    ],
    [
      "unknown permission",
      { azure: { delegatedPermissions: ["Mail.Read"] } },
      { path: "azure.delegatedPermissions.0", key: "choose" },
    ],
    ["no mailboxes", { mail: { mailboxes: [] } }, { path: "mail.mailboxes", key: "required" }],
    [
      "bad mailbox",
      { mail: { mailboxes: ["support@example.com", "sales"] } },
      { path: "mail.mailboxes.1", key: "email" },
    ],
    ["bad signed-in account", { mail: { tokenSignedInAs: "j.doe" } }, { path: "mail.tokenSignedInAs", key: "email" }],
  ])("rejects %s", (_description, patch, expected) => {
    expect(issuesOf(withChanges(patch as Parameters<typeof withChanges>[0]))).toEqual([expected]);
  });

  it.each([1, 60, 1440, null])("accepts the lifetime %j", (minutes) => {
    expect(caseSchema.safeParse(withChanges({ azure: { accessTokenLifetimeMinutes: minutes } })).success).toBe(true);
  });
});

describe("isoDate", () => {
  it.each<[string, boolean]>([
    ["2027-02-28", true],
    ["2028-02-29", true],
    ["2027-12-31", true],
    ["2027-02-29", false],
    ["2027-02-30", false],
    ["2027-04-31", false],
    ["2027-13-01", false],
    ["2027-00-10", false],
    ["2027-01-00", false],
    ["2027-2-3", false],
    ["27-02-03", false],
    ["2027-02-03T00:00:00Z", false],
    ["", false],
  ])("%j valid: %s", (value, valid) => {
    expect(isIsoDate(value)).toBe(valid);
  });
});

describe("validateField", () => {
  const fiftyOne = Array.from({ length: 51 }, (_, index) => `user${index}@example.com`).join("\n");

  it.each<[FieldId, DraftValue | undefined, ErrorKey | null]>([
    // url
    ["ece.consoleUrl", "https://ece.example.com", null],
    ["ece.consoleUrl", "http://ece.example.com", null],
    ["ece.consoleUrl", "ece.example.com", "url"],
    ["ece.consoleUrl", "ftp://ece.example.com", "url"],
    ["ece.consoleUrl", "", "required"],
    ["ece.consoleUrl", undefined, "required"],
    ["ece.consoleUrl", `https://ece.example.com/${"a".repeat(2048)}`, "tooLong"],
    ["ece.externalUrl", "", null],
    ["ece.externalUrl", "https://ece.example.com/", null],
    ["ece.externalUrl", "https//ece.example.com", "url"],
    ["azure.redirectUri", "https://ece.example.com/system/oauth/callback", null],
    ["azure.redirectUri", "", "required"],
    // single e-mail
    ["mail.signInAccount", "ece-delegate@example.com", null],
    ["mail.signInAccount", "ece-delegate@", "email"],
    ["mail.signInAccount", "ece delegate@example.com", "email"],
    ["mail.signInAccount", "", "required"],
    ["mail.tokenSignedInAs", "", null],
    ["mail.tokenSignedInAs", "someone", "email"],
    // e-mail list
    ["mail.mailboxes", "support@example.com\nsales@example.com", null],
    ["mail.mailboxes", ["support@example.com", "sales@example.com"], null],
    ["mail.mailboxes", "support@example.com, sales@example.com", null],
    ["mail.mailboxes", "support@example.com\nnot-an-address", "emailList"],
    ["mail.mailboxes", "", "required"],
    ["mail.mailboxes", fiftyOne, "tooMany"],
    // ES list
    ["ece.installedES", "ES3, ES12_ET1", null],
    ["ece.installedES", "es3; es12 et1", null],
    ["ece.installedES", "SP3", "esList"],
    ["ece.installedES", "ES3, SP3", "esList"],
    ["ece.installedES", "ES", "esList"],
    ["ece.installedES", "", null],
    // number
    ["azure.accessTokenLifetimeMinutes", "0", "number"],
    ["azure.accessTokenLifetimeMinutes", "1", null],
    ["azure.accessTokenLifetimeMinutes", "60", null],
    ["azure.accessTokenLifetimeMinutes", "1440", null],
    ["azure.accessTokenLifetimeMinutes", "1441", "number"],
    ["azure.accessTokenLifetimeMinutes", "-5", "number"],
    ["azure.accessTokenLifetimeMinutes", "60.5", "number"],
    ["azure.accessTokenLifetimeMinutes", "abc", "number"],
    ["azure.accessTokenLifetimeMinutes", "", null],
    // date
    ["azure.secretExpires", "2027-02-28", null],
    ["azure.secretExpires", "2028-02-29", null],
    ["azure.secretExpires", "2027-02-29", "date"],
    ["azure.secretExpires", "2027-02-30", "date"],
    ["azure.secretExpires", "2027-13-01", "date"],
    ["azure.secretExpires", "31/03/2027", "date"],
    ["azure.secretExpires", "", null],
    // radio
    ["ece.version", "12.6(1)", null],
    ["ece.version", "13.0", "choose"],
    ["ece.version", "", "choose"],
    ["mail.fullAccess", "unknown", null],
    ["mail.fullAccess", "maybe", "choose"],
    // checkboxes
    ["azure.delegatedPermissions", ["SMTP.Send", "offline_access"], null],
    ["azure.delegatedPermissions", [], null],
    ["azure.delegatedPermissions", undefined, null],
    ["azure.delegatedPermissions", ["SMTP.Send", "Mail.Send"], "choose"],
    // text and secret
    ["azure.tenant", "anything", null],
    ["azure.tenant", "", "required"],
    ["azure.tenant", "x".repeat(257), "tooLong"],
    ["secrets.clientSecret", "", null],
    ["secrets.clientSecret", "Xy8Q~secret", null],
    ["secrets.clientSecret", "x".repeat(1025), "tooLong"],
  ])("%s = %j -> %s", (id, value, expected) => {
    expect(validateField(id, value)).toBe(expected);
  });
});
