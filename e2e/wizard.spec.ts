import { expect, type Page, test } from "@playwright/test";
import type { CauseId } from "@/lib/catalogue/causes";
import { type Owner, owners } from "@/lib/catalogue/checks";
import { format } from "@/lib/i18n/format";
import type { StepId } from "@/lib/wizard/steps";
import {
  ANSWER_CHECKS,
  type Answers,
  type CasePatch,
  CLIENT_ID,
  caseWith,
  causeCard,
  continueButton,
  downloadFrom,
  field,
  fillStep,
  fillWizard,
  healthyAnswers,
  healthyCase,
  importCase,
  REDIRECT_URI,
  runDiagnosis,
  SECRET_VALUE,
  STORAGE_KEY,
  setAnswer,
  stepUrl,
  storageDump,
  submitStep,
  TENANT_ID,
  t,
  waitForStep,
} from "./helpers";

const en = t.en;
const it = t.it;

test.describe("diagnosis", () => {
  test("a healthy case walked through the UI gives a report with every check passed", async ({ page }) => {
    const seen = await fillWizard(page, "en");
    expect(seen).toEqual([
      "ece-version",
      "ece-es",
      "ece-url",
      "azure-app",
      "azure-secret",
      "azure-redirect",
      "azure-permissions",
      "mailboxes",
      "mailbox-protocols",
      "smtp-auth",
      "licence",
      "token-generation",
      "token",
      "network",
    ]);
    await runDiagnosis(page);

    await expect(page.getByTestId("report-summary")).toHaveText(
      format(en.report.summary, { fail: 0, warn: 0, info: 0, pass: 12 }),
    );
    await expect(page.locator('article[data-status="fail"]')).toHaveCount(0);
    await expect(page.locator('article[data-status="warn"]')).toHaveCount(0);
    await expect(page.locator('article:not([data-status="pass"])')).toHaveCount(0);
    for (const owner of owners) {
      await expect(page.locator(`section[data-owner="${owner}"]`)).toContainText(en.report.nothingForOwner);
    }

    const passed = page.locator("details");
    await expect(passed.locator("summary")).toHaveText(format(en.report.passed, { count: 12 }));
    await expect(passed.locator('article[data-status="pass"]')).toHaveCount(ANSWER_CHECKS.length);
    for (const check of ANSWER_CHECKS) await expect(passed.locator(`article[data-check="${check}"]`)).toHaveCount(1);
    await expect(passed.locator("article").first()).toBeHidden();
    await passed.locator("summary").click();
    await expect(passed.locator("article").first()).toBeVisible();
  });

  type Row = { cause: CauseId; owner: Owner; status?: "fail" | "warn"; patch?: CasePatch; ui?: Answers };

  /** The cause's card has the status, sits in its owner's section and in no other. */
  async function expectCause(page: Page, row: Row) {
    const status = row.status ?? "fail";
    const card = causeCard(page, row.owner, row.cause);
    await expect.soft(card.first()).toHaveAttribute("data-status", status);
    await expect.soft(card.first()).toBeVisible();
    await expect.soft(page.locator(`article[data-cause="${row.cause}"]`)).toHaveCount(await card.count());
    for (const owner of owners.filter((other) => other !== row.owner))
      await expect.soft(causeCard(page, owner, row.cause)).toHaveCount(0);
    await expect.soft(card.first().getByText(`${en.report.owner}: ${en.report.owners[row.owner]}`)).toBeVisible();
    await expect
      .soft(page.getByTestId("report-summary"))
      .not.toHaveText(status === "fail" ? /^Problems: 0 / : /warnings: 0 /);
  }

  // Through the whole UI, so that the branch steps are really skipped or shown.
  const uiRows: Row[] = [
    { cause: "version-without-oauth", owner: "ece-admin", ui: { "ece.version": "pre-11.6" } },
    {
      cause: "full-access-missing",
      owner: "m365-admin",
      ui: {
        "mail.accessModel": "shared",
        "mail.signInAccount": "delegate@example.com",
        "mail.fullAccess": "no",
        "mail.tokenSignedInAs": "delegate@example.com",
      },
    },
  ];
  for (const row of uiRows) {
    test(`${row.cause} is reported as fail for the ${row.owner} (whole wizard)`, async ({ page }) => {
      const seen = await fillWizard(page, "en", row.ui);
      if (row.ui?.["ece.version"] === "pre-11.6") expect(seen).not.toContain("ece-es");
      if (row.ui?.["mail.accessModel"] === "shared") expect(seen).toContain("delegate");
      await runDiagnosis(page);
      await expectCause(page, row);
    });
  }

  test("secret-is-secret-id is reported as fail for the m365-admin (secret typed in the UI)", async ({ page }) => {
    // The secret is not part of a case file: load the rest, then type the secret on its step.
    await importCase(page, healthyCase());
    await page.getByRole("link", { name: `${en.nav.change} ${en.fields["secrets.clientSecret"].label}` }).click();
    await waitForStep(page, "en", "azure-secret");
    await field(page, "secrets.clientSecret").fill("3c9e1d2a-7b4f-4e8a-9d6c-5f1a2b3c4d5e");
    await submitStep(page, "en");
    await expect(page).toHaveURL(/\/en\/check-answers$/);
    await expect(page.locator('[data-field="secrets.clientSecret"]')).toHaveText(en.check.secretGiven);
    await runDiagnosis(page);
    await expectCause(page, { cause: "secret-is-secret-id", owner: "m365-admin" });
  });

  // Through an imported case file: a healthy case with one change. Grouped by owner to share one page.
  const caseRows: Row[] = [
    { cause: "es-missing", owner: "ece-admin", patch: { ece: { installedES: [] } } },
    { cause: "url-not-https", owner: "ece-admin", patch: { ece: { externalUrl: "http://ece.example.com" } } },
    {
      cause: "url-console-mismatch",
      owner: "ece-admin",
      patch: { ece: { consoleUrl: "https://ece-console.example.com" } },
    },
    {
      cause: "url-not-fqdn",
      owner: "ece-admin",
      patch: { ece: { externalUrl: "https://10.1.2.3", consoleUrl: "https://10.1.2.3" } },
    },
    {
      cause: "token-signed-in-as-other",
      owner: "ece-admin",
      patch: { mail: { tokenSignedInAs: "it-admin@example.com" } },
    },
    { cause: "token-not-private-window", owner: "ece-admin", status: "warn", patch: { mail: { privateWindow: "no" } } },
    {
      cause: "redirect-host-mismatch",
      owner: "m365-admin",
      patch: {
        azure: { redirectUri: "https://other.example.com/oauth", eceRedirectUri: "https://other.example.com/oauth" },
      },
    },
    { cause: "redirect-uri-mismatch", owner: "m365-admin", patch: { azure: { eceRedirectUri: `${REDIRECT_URI}/` } } },
    { cause: "redirect-not-web-platform", owner: "m365-admin", patch: { azure: { redirectPlatform: "spa" } } },
    // Values typed into ECE are the ECE admin's; a verified domain in place of the tenant ID works, so it only warns.
    { cause: "tenant-id-malformed", owner: "ece-admin", patch: { azure: { tenant: "contoso" } } },
    {
      cause: "tenant-is-domain",
      owner: "ece-admin",
      status: "warn",
      patch: { azure: { tenant: "contoso.onmicrosoft.com" } },
    },
    { cause: "client-id-malformed", owner: "ece-admin", patch: { azure: { clientId: "ece-oauth-app" } } },
    { cause: "secret-expired", owner: "m365-admin", patch: { azure: { secretExpires: "2020-01-31" } } },
    {
      cause: "permission-offline-missing",
      owner: "m365-admin",
      patch: { azure: { delegatedPermissions: ["IMAP.AccessAsUser.All", "POP.AccessAsUser.All", "SMTP.Send"] } },
    },
    { cause: "retrieval-protocol-disabled", owner: "m365-admin", patch: { mail: { retrievalEnabled: "no" } } },
    { cause: "smtp-auth-disabled", owner: "m365-admin", patch: { mail: { authenticatedSmtp: "no" } } },
    { cause: "licence-plan-without-imap-pop", owner: "m365-admin", patch: { mail: { licence: "f3" } } },
    { cause: "licence-below-e3", owner: "m365-admin", status: "warn", patch: { mail: { licence: "e1" } } },
    { cause: "network-blocked", owner: "network-admin", patch: { network: { servicesServer: "blocked" } } },
    { cause: "tls-inspection", owner: "network-admin", status: "warn", patch: { network: { tlsInspection: "yes" } } },
  ];
  for (const owner of owners) {
    const group = caseRows.filter((row) => row.owner === owner);
    test(`case files with one wrong answer give the ${owner} cards: ${group.map((row) => row.cause).join(", ")}`, async ({
      page,
    }) => {
      test.setTimeout(15_000 + group.length * 5_000);
      for (const [index, row] of group.entries()) {
        await test.step(`${row.cause} → ${row.status ?? "fail"}`, async () => {
          await importCase(page, caseWith(row.patch ?? {}), "en", index === 0 ? "goto" : "links");
          await runDiagnosis(page);
          await expectCause(page, row);
        });
      }
    });
  }
});

test.describe("validation", () => {
  test("Continue with empty required fields shows a focused error summary that links to the fields", async ({
    page,
  }) => {
    await page.goto(stepUrl("en", "azure-app"));
    await waitForStep(page, "en", "azure-app");
    await field(page, "azure.tenant").fill(TENANT_ID);
    await continueButton(page, "en").click();

    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("heading")).toHaveText(en.errors.summaryTitle);
    await expect(page).toHaveTitle(new RegExp(`^${en.meta.errorPrefix}${escapeRegExp(en.steps["azure-app"].title)}`));
    const cloudError = format(en.errors.choose, { field: en.fields["azure.cloud"].label });
    const clientError = format(en.errors.required, { field: en.fields["azure.clientId"].label });
    await expect(summary.getByRole("link")).toHaveText([cloudError, clientError]);
    await expect(page).toHaveURL(/\/en\/steps\/azure-app$/);

    await summary.getByRole("link", { name: clientError }).click();
    await expect(field(page, "azure.clientId")).toBeFocused();
    await expect(field(page, "azure.clientId")).toHaveAttribute("aria-invalid", "true");
    await expect(field(page, "azure.clientId")).toHaveAccessibleDescription(new RegExp(escapeRegExp(clientError)));
    await summary.getByRole("link", { name: cloudError }).click();
    await expect(field(page, "azure.cloud")).toBeFocused();
    await expect(field(page, "azure.tenant")).toHaveValue(TENANT_ID);

    // Fixing the answers clears the errors and moves on.
    await setAnswer(page, "azure.cloud", "worldwide");
    await field(page, "azure.clientId").fill(CLIENT_ID);
    await submitStep(page, "en");
    await waitForStep(page, "en", "azure-secret");
    await expect(page.getByTestId("error-summary")).toHaveCount(0);
    await expect(page).not.toHaveTitle(/^Error: /);
  });

  const invalid: {
    step: "ece-url" | "mailboxes" | "azure-secret" | "azure-permissions";
    id: keyof typeof en.fields;
    value: string;
    key: keyof typeof en.errors;
  }[] = [
    { step: "ece-url", id: "ece.consoleUrl", value: "ece.example.com", key: "url" },
    { step: "ece-url", id: "ece.externalUrl", value: "ftp://ece.example.com", key: "url" },
    { step: "mailboxes", id: "mail.mailboxes", value: "support@example.com\nsales at example.com", key: "emailList" },
    { step: "azure-secret", id: "azure.secretExpires", value: "2027-02-30", key: "date" },
    { step: "azure-permissions", id: "azure.accessTokenLifetimeMinutes", value: "0", key: "number" },
  ];
  for (const row of invalid) {
    test(`an invalid value in ${row.id} gives the "${row.key}" message`, async ({ page }) => {
      await page.goto(stepUrl("en", row.step));
      await waitForStep(page, "en", row.step);
      await fillStep(page, row.step, { ...healthyAnswers, [row.id]: row.value });
      await continueButton(page, "en").click();
      // Messages name the field without its "(optional)" mark (0.3.0).
      const message = format(en.errors[row.key], { field: en.fields[row.id].label.replace(/\s*\(optional\)$/, "") });
      const summary = page.getByTestId("error-summary");
      await expect(summary).toBeFocused();
      await expect(summary.getByRole("link")).toHaveText([message]);
      await expect(page.locator(`[id="${row.id}-error"]`)).toContainText(message);
      await expect(field(page, row.id)).toHaveValue(row.value);
      await expect(page).toHaveURL(new RegExp(`/en/steps/${row.step}$`));
    });
  }

  test("the delegate's address must be an e-mail address", async ({ page }) => {
    await page.goto(stepUrl("en", "mailboxes"));
    await waitForStep(page, "en", "mailboxes");
    await fillStep(page, "mailboxes", { ...healthyAnswers, "mail.accessModel": "shared" });
    await submitStep(page, "en");
    await waitForStep(page, "en", "delegate");
    await fillStep(page, "delegate", { "mail.signInAccount": "delegate", "mail.fullAccess": "yes" });
    await continueButton(page, "en").click();
    await expect(page.getByTestId("error-summary").getByRole("link")).toHaveText([
      format(en.errors.email, { field: en.fields["mail.signInAccount"].label }),
    ]);
  });
});

test.describe("persistence and secrets", () => {
  test("a reload resumes on the same step with its answers, and the memory-only secret is gone", async ({ page }) => {
    await page.goto(stepUrl("en", "ece-version"));
    await completeUntil(page, "azure-app");
    await field(page, "azure.tenant").fill(TENANT_ID);
    await setAnswer(page, "azure.cloud", "gcc");
    await page.reload();
    await waitForStep(page, "en", "azure-app");
    await expect(field(page, "azure.tenant")).toHaveValue(TENANT_ID);
    await expect(page.getByLabel(en.fields["azure.cloud"].options.gcc, { exact: true })).toBeChecked();

    await fillStep(page, "azure-app", healthyAnswers);
    await submitStep(page, "en");
    await waitForStep(page, "en", "azure-secret");
    const canary = "CANARY-SECRET-7f3a9";
    await field(page, "secrets.clientSecret").fill(canary);
    await field(page, "azure.secretExpires").fill("2030-01-31");
    await expect(field(page, "secrets.clientSecret")).toHaveAttribute("type", "password");
    await expect.poll(() => storageDump(page)).toContain("2030-01-31");
    expect(await storageDump(page)).not.toContain(canary);

    await page.reload();
    await waitForStep(page, "en", "azure-secret");
    await expect(field(page, "secrets.clientSecret")).toHaveValue("");
    await expect(field(page, "azure.secretExpires")).toHaveValue("2030-01-31");
    // Earlier answers are still there.
    await page.goto(stepUrl("en", "ece-url"));
    await waitForStep(page, "en", "ece-url");
    await expect(field(page, "ece.consoleUrl")).toHaveValue(healthyAnswers["ece.consoleUrl"] as string);
  });

  test("the secret never reaches storage, the API response or any download", async ({ page }) => {
    const canary = "CANARY-SECRET-7f3a9";
    await fillWizard(page, "en", { "secrets.clientSecret": canary });
    await expect(page.locator('[data-field="secrets.clientSecret"]')).toHaveText(en.check.secretGiven);
    await expect(page.locator("main")).not.toContainText(canary);
    expect(await storageDump(page)).not.toContain(canary);

    const { response, requestBody, body } = await runDiagnosis(page);
    expect(requestBody, "the secret is sent for the check").toContain(canary);
    expect(await response.text()).not.toContain(canary);
    // The secret was checked (it is not a GUID), so every check passed.
    expect(body.findings.filter((item) => item.status !== "pass")).toEqual([]);
    await expect(page.getByTestId("report-summary")).toHaveText(
      format(en.report.summary, { fail: 0, warn: 0, info: 0, pass: 12 }),
    );
    expect(await storageDump(page)).not.toContain(canary);
    expect(await page.content()).not.toContain(canary);

    const markdown = await downloadFrom(page, en.report.exportMarkdown);
    const json = await downloadFrom(page, en.report.exportJson);
    const caseFile = await downloadFrom(page, en.report.exportCase);
    for (const file of [markdown, json, caseFile]) expect(file.text, file.name).not.toContain(canary);
    // The case file written from the UI answers is exactly the healthy case.
    expect(JSON.parse(caseFile.text)).toEqual(healthyCase());
  });
});

/** Continues from the current step with the healthy answers until `stop` is shown. */
async function completeUntil(page: Page, stop: StepId) {
  for (let guard = 0; guard < 15; guard++) {
    const step = /\/steps\/([a-z-]+)$/.exec(new URL(page.url()).pathname)?.[1] as StepId;
    await waitForStep(page, "en", step);
    if (step === stop) return;
    await fillStep(page, step, healthyAnswers);
    await submitStep(page, "en");
  }
  throw new Error(`never reached ${stop}`);
}

test.describe("navigation", () => {
  test("the browser Back button and the Back link return to the previous step with its answers", async ({ page }) => {
    await page.goto(stepUrl("en", "ece-version"));
    await completeUntil(page, "ece-url");

    await page.goBack();
    await waitForStep(page, "en", "ece-es");
    await expect(field(page, "ece.installedES")).toHaveValue("ES1");
    await expect(page.getByLabel(en.fields["ece.esIsLatest"].options.yes)).toBeChecked();

    await page.goForward();
    await waitForStep(page, "en", "ece-url");
    await page.getByRole("link", { name: `‹ ${en.nav.back}` }).click();
    await waitForStep(page, "en", "ece-es");
    await expect(field(page, "ece.installedES")).toHaveValue("ES1");
    await page.getByRole("link", { name: `‹ ${en.nav.back}` }).click();
    await waitForStep(page, "en", "ece-version");
    await expect(page.getByLabel("12.6(1)", { exact: true })).toBeChecked();
    await page.getByRole("link", { name: `‹ ${en.nav.back}` }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole("button", { name: en.start.resumeButton })).toBeVisible();
  });

  test("a later release skips the engineering-special step", async ({ page }) => {
    await page.goto(stepUrl("en", "ece-version"));
    await waitForStep(page, "en", "ece-version");
    const checklist = page.getByRole("navigation", { name: en.stepList.heading });
    await setAnswer(page, "ece.version", "12.6(1)");
    await expect(checklist.getByText(en.steps["ece-es"].title)).toBeVisible();
    await page.getByLabel(en.fields["ece.version"].options.later).check();
    await expect(checklist.getByText(en.steps["ece-es"].title)).toHaveCount(0);
    await submitStep(page, "en");
    await waitForStep(page, "en", "ece-url");
    // Back from the URL step skips the hidden step too.
    await expect(page.getByRole("link", { name: `‹ ${en.nav.back}` })).toHaveAttribute("href", "/en/steps/ece-version");
  });

  test("the per-mailbox model skips the delegate step, the shared model shows it", async ({ page }) => {
    await page.goto(stepUrl("en", "mailboxes"));
    await waitForStep(page, "en", "mailboxes");
    const checklist = page.getByRole("navigation", { name: en.stepList.heading });
    await fillStep(page, "mailboxes", { ...healthyAnswers, "mail.accessModel": "shared" });
    await expect(checklist.getByText(en.steps.delegate.title)).toBeVisible();
    await page.getByLabel(en.fields["mail.accessModel"].options["per-mailbox"]).check();
    await expect(checklist.getByText(en.steps.delegate.title)).toHaveCount(0);
    await submitStep(page, "en");
    await waitForStep(page, "en", "mailbox-protocols");
    await expect(page.getByRole("link", { name: `‹ ${en.nav.back}` })).toHaveAttribute("href", "/en/steps/mailboxes");
  });

  test("a Change link on check answers goes to the step and Continue comes back with the new answer", async ({
    page,
  }) => {
    await importCase(page, healthyCase());
    const licence = page.locator('[data-field="mail.licence"]');
    await expect(licence).toHaveText(en.fields["mail.licence"].options.e3);
    await page.getByRole("link", { name: `${en.nav.change} ${en.fields["mail.licence"].label}` }).click();
    await expect(page).toHaveURL(/\/en\/steps\/licence\?return=check-answers$/);
    await waitForStep(page, "en", "licence");
    await expect(page.getByLabel(en.fields["mail.licence"].options.e3)).toBeChecked();
    await expect(page.getByRole("link", { name: `‹ ${en.nav.back}` })).toHaveAttribute("href", "/en/check-answers");
    await page.getByLabel(en.fields["mail.licence"].options.e5).check();
    await submitStep(page, "en");
    await expect(page).toHaveURL(/\/en\/check-answers$/);
    await expect(licence).toHaveText(en.fields["mail.licence"].options.e5);
  });

  test("switching language on a step keeps the step and the answers", async ({ page }) => {
    await page.goto(stepUrl("en", "ece-version"));
    await completeUntil(page, "ece-es");
    await field(page, "ece.installedES").fill("ES1");
    await page.getByRole("link", { name: en.nav.otherLanguage }).click();

    await waitForStep(page, "it", "ece-es");
    await expect(page.locator("html")).toHaveAttribute("lang", "it");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(it.steps["ece-es"].title);
    await expect(field(page, "ece.installedES")).toHaveValue("ES1");
    await expect(page.getByLabel(it.fields["ece.installedES"].label)).toBeVisible();

    // Errors are in Italian too.
    await continueButton(page, "it").click();
    await expect(page.getByTestId("error-summary")).toBeFocused();
    await expect(page).toHaveTitle(new RegExp(`^${it.meta.errorPrefix}`));
    await expect(page.getByTestId("error-summary").getByRole("link")).toHaveText([
      format(it.errors.choose, { field: it.fields["ece.esIsLatest"].label }),
    ]);

    await page.getByRole("link", { name: it.nav.otherLanguage }).click();
    await waitForStep(page, "en", "ece-es");
    await expect(field(page, "ece.installedES")).toHaveValue("ES1");
  });

  test("switching language on the report shows it in Italian", async ({ page, request }) => {
    const file = caseWith({ mail: { licence: "f3" } });
    await importCase(page, file);
    await runDiagnosis(page);
    const english = await (await request.post("/api/diagnose", { data: { case: file, locale: "en" } })).json();
    const italian = await (await request.post("/api/diagnose", { data: { case: file, locale: "it" } })).json();
    const titleOf = (body: { results: { cause?: string; title: string }[] }) =>
      body.results.find((result) => result.cause === "licence-plan-without-imap-pop")?.title;
    expect(titleOf(italian)).toBeTruthy();
    expect(titleOf(italian)).not.toBe(titleOf(english));
    const card = causeCard(page, "m365-admin", "licence-plan-without-imap-pop");
    await expect(card.getByRole("heading")).toHaveText(titleOf(english)!);

    await page.getByRole("link", { name: en.nav.otherLanguage }).click();
    await expect(page).toHaveURL(/\/it\/report$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "it");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(it.report.title);
    await expect(page.getByTestId("report-summary")).toHaveText(
      format(it.report.summary, { fail: 1, warn: 0, info: 1, pass: 10 }),
    );
    await expect(page.locator('section[data-owner="m365-admin"] h3')).toHaveText(it.report.owners["m365-admin"]);
    await expect(card.getByRole("heading")).toHaveText(titleOf(italian)!);
    await expect(card).toContainText(it.report.status.fail);
    await expect(page.getByRole("button", { name: it.report.exportMarkdown })).toBeVisible();
  });

  test("Start over on the start page clears the answers", async ({ page }) => {
    await page.goto(stepUrl("en", "ece-version"));
    await completeUntil(page, "ece-es");
    await page.goto("/en");
    const resume = page.getByRole("button", { name: en.start.resumeButton });
    await expect(resume).toBeVisible();
    await page.getByRole("button", { name: en.nav.startOver }).click();
    await expect(page.getByRole("button", { name: en.start.startButton })).toBeVisible();
    await expect(resume).toHaveCount(0);
    await expect
      .poll(
        async () =>
          JSON.parse((await page.evaluate((key) => sessionStorage.getItem(key), STORAGE_KEY)) ?? "{}").state?.draft,
      )
      .toEqual({});

    await page.getByLabel(en.fields["symptom.id"].options["first-setup"]).check();
    await page.getByRole("button", { name: en.start.startButton }).click();
    await waitForStep(page, "en", "ece-version");
    await expect(page.locator('input[name="ece.version"]:checked')).toHaveCount(0);
  });

  test("/ redirects by Accept-Language", async ({ request }) => {
    for (const [header, expected] of [
      ["it-IT,it;q=0.9,en;q=0.8", "/it"],
      ["en-GB,en;q=0.9", "/en"],
      ["de-DE,fr;q=0.5", "/en"],
      ["de-DE,it;q=0.4,en;q=0.3", "/it"],
    ] as const) {
      const response = await request.get("/", { headers: { "accept-language": header }, maxRedirects: 0 });
      expect(response.status(), header).toBeGreaterThanOrEqual(300);
      expect(response.status(), header).toBeLessThan(400);
      expect(new URL(response.headers().location ?? "", "http://x").pathname, header).toBe(expected);
    }
  });
});

test.describe("import", () => {
  const invalidJson = '{\n  "schema": "ece-oauth-doctor/case@1",\n  "ece": { "version": "12.6(1)", }\n}';
  const rows: { name: string; text: string; expected: (page: Page) => Promise<string> }[] = [
    {
      name: "invalid JSON names the parse error",
      text: invalidJson,
      // Line 3, column 34 is the "}" after the trailing comma, where a field name was expected.
      expected: async () =>
        format(en.importCase.invalidJson, {
          message: format(en.importCase.jsonAt, { line: 3, column: 34, problem: en.importCase.jsonProblems.name }),
        }),
    },
    {
      name: "an unknown field names its path",
      text: JSON.stringify(caseWith({ azure: { tenantName: "Contoso" } }), null, 2),
      expected: async () => format(en.errors.unknownField, { field: "azure.tenantName" }),
    },
    {
      name: "a wrong schema id names schema",
      text: JSON.stringify(caseWith({ schema: "ece-oauth-doctor/case@4" }), null, 2),
      expected: async () => format(en.errors.schema, { field: "schema" }),
    },
    {
      name: "a bad value names its path",
      text: JSON.stringify(caseWith({ mail: { mailboxes: ["support@example.com", "sales"] } }), null, 2),
      expected: async () => format(en.errors.email, { field: "mail.mailboxes.1" }),
    },
  ];
  test(`rejected case files: ${rows.map((row) => row.name).join("; ")}`, async ({ page }) => {
    await page.goto("/en/import");
    const textarea = page.getByLabel(en.importCase.paste);
    const summary = page.getByTestId("error-summary");
    for (const row of rows) {
      await test.step(row.name, async () => {
        await textarea.fill(row.text);
        await page.getByRole("button", { name: en.importCase.submit }).click();
        await expect(summary.getByRole("link")).toHaveText([await row.expected(page)]);
        await expect(summary).toBeFocused();
        await expect(page).toHaveTitle(new RegExp(`^${en.meta.errorPrefix}`));
        await expect(page).toHaveURL(/\/en\/import$/);
        await expect(textarea).toHaveValue(row.text);
        await summary.getByRole("link").click();
        await expect(textarea).toBeFocused();
      });
    }
  });

  test("an empty import asks for a case file", async ({ page }) => {
    await page.goto("/en/import");
    await page.getByRole("button", { name: en.importCase.submit }).click();
    await expect(page.getByTestId("error-summary").getByRole("link")).toHaveText([en.importCase.empty]);
  });
});

test.describe("exports", () => {
  test("Markdown, JSON and case file downloads carry the report, and the case file re-imports", async ({ page }) => {
    const file = caseWith({ mail: { licence: "f3", privateWindow: "no" }, network: { applicationServer: "blocked" } });
    await importCase(page, file);
    const { body } = await runDiagnosis(page);
    const problems = body.results.filter((result) => result.status !== "pass");
    expect(problems.map((result) => result.cause)).toEqual(
      expect.arrayContaining(["licence-plan-without-imap-pop", "network-blocked", "token-not-private-window"]),
    );

    const markdown = await downloadFrom(page, en.report.exportMarkdown);
    expect(markdown.name).toMatch(/^ece-oauth-report-.+\.md$/);
    expect(markdown.text).toMatch(/^# /);
    expect(markdown.text).toContain(`## ${en.report.byOwner}\n`);
    expect(markdown.text).toContain(`### ${en.report.owners["network-admin"]}\n`);
    expect(markdown.text).toContain(`## ${format(en.report.passed, { count: body.results.length - problems.length })}`);
    expect(markdown.text).toContain(format(en.report.summary, { fail: 2, warn: 1, info: 1, pass: 8 }));
    for (const result of problems) expect(markdown.text).toContain(`] ${escapeMarkdown(result.title)}\n`);

    const json = await downloadFrom(page, en.report.exportJson);
    expect(json.name).toMatch(/^ece-oauth-report-.+\.json$/);
    const report = JSON.parse(json.text);
    expect(report.schema).toBe("ece-oauth-doctor/report@2");
    expect(report.case.schema).toBe("ece-oauth-doctor/case@3");
    expect(report.mostLikely).toBeNull();
    expect(report.case).toEqual(file);
    expect(Array.isArray(report.results)).toBe(true);
    expect(report.results).toHaveLength(body.results.length);
    expect(report.results.map((result: { cause?: string }) => result.cause)).toEqual(
      expect.arrayContaining(["licence-plan-without-imap-pop", "network-blocked"]),
    );

    const caseFile = await downloadFrom(page, en.report.exportCase);
    expect(caseFile.name).toMatch(/^ece-oauth-case-.+\.json$/);
    expect(JSON.parse(caseFile.text)).toEqual(file);

    // Start over, then load the downloaded file through the file picker.
    await page.goto("/en");
    await page.getByRole("button", { name: en.nav.startOver }).click();
    await expect(page.getByRole("button", { name: en.start.startButton })).toBeVisible();
    await page.goto("/en/import");
    await page.getByLabel(en.importCase.upload).setInputFiles(caseFile.path);
    await expect(page.getByLabel(en.importCase.paste)).toHaveValue(caseFile.text);
    await page.getByRole("button", { name: en.importCase.submit }).click();
    await expect(page).toHaveURL(/\/en\/check-answers$/);
    await expect(page.locator('[data-field="mail.licence"]')).toHaveText(en.fields["mail.licence"].options.f3);
    await expect(page.locator('[data-field="network.applicationServer"]')).toHaveText(
      en.fields["network.applicationServer"].options.blocked,
    );
    await runDiagnosis(page);
    await expect(page.getByTestId("report-summary")).toHaveText(
      format(en.report.summary, { fail: 2, warn: 1, info: 1, pass: 8 }),
    );
  });
});

test.describe("API /api/diagnose", () => {
  const json = "application/json";
  const valid = JSON.stringify({ case: healthyCase(), secrets: { clientSecret: SECRET_VALUE }, locale: "en" });
  const rows: { name: string; body: string; contentType: string; status: number; code?: string; names?: string }[] = [
    { name: "a valid case", body: valid, contentType: json, status: 200 },
    {
      name: "a valid case in Italian, charset in the content type",
      body: JSON.stringify({ case: healthyCase(), locale: "it" }),
      contentType: "application/json; charset=utf-8",
      status: 200,
    },
    { name: "malformed JSON", body: '{"case": {', contentType: json, status: 400, code: "invalid_json" },
    { name: "an empty body", body: "", contentType: json, status: 400 },
    {
      name: "a wrong content type",
      body: valid,
      contentType: "text/plain",
      status: 415,
      code: "unsupported_media_type",
    },
    {
      name: "a form body",
      body: "case=1",
      contentType: "application/x-www-form-urlencoded",
      status: 415,
      code: "unsupported_media_type",
    },
    {
      name: "a body over 256 KB",
      body: JSON.stringify({ case: healthyCase(), padding: "x".repeat(300 * 1024) }),
      contentType: json,
      status: 413,
      code: "payload_too_large",
    },
    {
      name: "a bad URL",
      body: JSON.stringify({ case: caseWith({ ece: { consoleUrl: "not a url" } }) }),
      contentType: json,
      status: 422,
      code: "unprocessable_entity",
      names: "ece.consoleUrl",
    },
    {
      name: "a bad option",
      body: JSON.stringify({ case: caseWith({ mail: { licence: "e7" } }) }),
      contentType: json,
      status: 422,
      code: "unprocessable_entity",
      names: "mail.licence",
    },
    {
      name: "a missing field",
      body: JSON.stringify({ case: caseWith({ azure: { tenant: undefined } }) }),
      contentType: json,
      status: 422,
      code: "unprocessable_entity",
      names: "azure.tenant",
    },
    {
      name: "an unknown field",
      body: JSON.stringify({ case: caseWith({ network: { proxy: "yes" } }) }),
      contentType: json,
      status: 422,
      code: "unprocessable_entity",
      names: "network.proxy",
    },
    {
      name: "a wrong type",
      body: JSON.stringify({ case: caseWith({ azure: { accessTokenLifetimeMinutes: "60" } }) }),
      contentType: json,
      status: 422,
      code: "unprocessable_entity",
      names: "azure.accessTokenLifetimeMinutes",
    },
    {
      name: "no case at all",
      body: JSON.stringify({ locale: "en" }),
      contentType: json,
      status: 422,
      code: "unprocessable_entity",
      names: "case",
    },
    {
      name: "an unknown locale",
      body: JSON.stringify({ case: healthyCase(), locale: "fr" }),
      contentType: json,
      status: 422,
      code: "unprocessable_entity",
      names: "locale",
    },
    {
      name: "a secret over 1024 characters",
      body: JSON.stringify({ case: healthyCase(), secrets: { clientSecret: "a".repeat(1025) } }),
      contentType: json,
      status: 422,
      code: "unprocessable_entity",
      names: "secrets.clientSecret",
    },
    { name: "a JSON array", body: "[]", contentType: json, status: 422, code: "unprocessable_entity" },
    { name: "JSON null", body: "null", contentType: json, status: 422, code: "unprocessable_entity" },
  ];
  for (const row of rows) {
    test(`${row.name} → ${row.status}`, async ({ request }) => {
      // A Buffer is sent byte for byte (a string with a JSON content type would be re-encoded by Playwright).
      const response = await request.post("/api/diagnose", {
        data: Buffer.from(row.body),
        headers: { "content-type": row.contentType },
      });
      expect(response.status()).toBe(row.status);
      expect(response.status()).toBeLessThan(500);
      expect(response.headers()["content-type"]).toContain("application/json");
      const body = await response.json();
      if (row.status === 200) {
        expect(Array.isArray(body.findings)).toBe(true);
        expect(Array.isArray(body.results)).toBe(true);
        expect(body.findings.map((item: { check: string }) => item.check).sort()).toEqual([...ANSWER_CHECKS].sort());
        expect(body.results).toHaveLength(body.findings.length);
        for (const result of body.results) expect(typeof result.title).toBe("string");
        expect(JSON.stringify(body)).not.toContain(SECRET_VALUE);
        return;
      }
      expect(typeof body.error?.message).toBe("string");
      if (row.code) expect(body.error.code).toBe(row.code);
      if (row.names) expect(body.error.message).toContain(row.names);
    });
  }

  test("the healthy case with its secret passes every check", async ({ request }) => {
    const response = await request.post("/api/diagnose", { data: valid, headers: { "content-type": json } });
    const body = await response.json();
    expect(body.findings.map((item: { status: string }) => item.status)).toEqual(ANSWER_CHECKS.map(() => "pass"));
  });

  test("a GUID secret gives secret-is-secret-id", async ({ request }) => {
    const response = await request.post("/api/diagnose", {
      data: { case: healthyCase(), secrets: { clientSecret: CLIENT_ID } },
    });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.findings).toContainEqual(
      expect.objectContaining({ check: "app-ids", status: "fail", cause: "secret-is-secret-id" }),
    );
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1");
}
