import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import type { FieldId } from "@/lib/case/fields";
import { format } from "@/lib/i18n/format";
import { panelsOf } from "@/lib/wizard/step-panels";
import { type StepId, stepDef, stepIds } from "@/lib/wizard/steps";
import {
  caseWith,
  continueButton,
  field,
  healthyAnswers,
  importCase,
  type Lang,
  REDIRECT_URI,
  runDiagnosis,
  stepUrl,
  submitStep,
  t,
  waitForStep,
} from "./helpers";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const readable = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(" ")).join("\n    ")}`,
  );
  expect(readable, `axe violations on ${label}`).toEqual([]);
}

/** Every branch step shows: a release that needs an ES, and the shared mailbox model. */
const everyStepCase = caseWith({
  mail: {
    accessModel: "shared",
    signInAccount: "delegate@example.com",
    fullAccess: "yes",
    tokenSignedInAs: "delegate@example.com",
  },
});

/** Failures in every owner's section, with long unbroken URLs in the card titles. */
const failingCase = caseWith({
  symptom: {
    id: "stopped",
    stoppedAfter: "hours",
    errorText: "AADSTS7000222: The provided client secret keys for app are expired.",
  },
  ece: { installedES: [], consoleUrl: "https://ece-console.example.com" },
  azure: {
    tenant: "contoso.onmicrosoft.com",
    eceRedirectUri: `${REDIRECT_URI}/with/a/much/longer/path/that/does/not/fit/on/a/small/screen/`,
    secretExpires: "2020-01-31",
  },
  mail: {
    licence: "f3",
    privateWindow: "no",
    tokenSignedInAs: "someone.else.with.a.long.address@subsidiary.example.com",
  },
  network: { servicesServer: "blocked", tlsInspection: "yes" },
});

async function openReport(page: Page, lang: Lang) {
  await importCase(page, failingCase, lang);
  await runDiagnosis(page);
  await expect(page.locator('article[data-status="fail"]').first()).toBeVisible();
}

// Each axe run injects the whole axe-core source; recording that in a trace doubles the cost of this
// file, and the failure messages already list every violation with its selectors.
test.use({ trace: "off" });

test.describe("axe: no WCAG 2.1 A/AA violations", () => {
  for (const lang of ["en", "it"] as const) {
    test(`start page (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t[lang].start.title);
      await expect(page.getByRole("button", { name: t[lang].start.startButton })).toBeVisible();
      await expectNoViolations(page, `/${lang}`);
    });
  }

  test("start page with the timing and the pasted error text shown (it)", async ({ page }) => {
    await page.goto("/it");
    await page.getByLabel(t.it.fields["symptom.id"].options.stopped).check();
    await page.getByText(t.it.symptom.errorTextSummary).click();
    await field(page, "symptom.errorText").fill("535 5.7.3 Authentication unsuccessful");
    await expect(page.getByTestId("symptom-text-causes")).toBeVisible();
    await expectNoViolations(page, "/it with the symptom's details");
  });

  test("a step the symptom left out, opened from the checklist, with the reasons beside the steps", async ({
    page,
  }) => {
    await page.goto("/en");
    await page.getByLabel(t.en.fields["symptom.id"].options["no-outgoing"]).check();
    await page.getByRole("button", { name: t.en.start.startButton }).click();
    await page.goto(stepUrl("en", "mailbox-protocols"));
    await waitForStep(page, "en", "mailbox-protocols");
    await expect(page.getByTestId("ruled-out-note")).toBeVisible();
    await expectNoViolations(page, "a left-out step");
  });

  test("every step page, with a draft that shows the branch steps", async ({ page }) => {
    test.slow();
    await importCase(page, everyStepCase);
    await page.goto(stepUrl("en", "ece-version"));
    // The draft is complete, so Continue visits every step, the branch steps included.
    for (const step of stepIds) {
      await waitForStep(page, "en", step);
      await expect(page.locator("form [name]").first()).toBeVisible();
      // Each step shows its own panels only, not those an earlier step loaded.
      const panels = panelsOf(step);
      await expect(page.getByTestId("token-owner")).toHaveCount(panels.includes("token") ? 1 : 0);
      await expect(page.getByTestId("server-evidence")).toHaveCount(panels.includes("serverEvidence") ? 1 : 0);
      await expect(page.getByTestId("sign-in-logs")).toHaveCount(panels.includes("signInLogs") ? 1 : 0);
      await expectNoViolations(page, step);
      await submitStep(page, "en");
    }
    await expect(page).toHaveURL(/\/en\/check-answers$/);
  });

  test("a step in its error state", async ({ page }) => {
    await page.goto(stepUrl("en", "azure-app"));
    await waitForStep(page, "en", "azure-app");
    await field(page, "azure.tenant").fill("x");
    await continueButton(page, "en").click();
    await expect(page.getByTestId("error-summary")).toBeFocused();
    await expectNoViolations(page, "azure-app with errors");
  });

  test("check answers", async ({ page }) => {
    await importCase(page, everyStepCase);
    await expectNoViolations(page, "check answers");
  });

  test("check answers with incomplete steps", async ({ page }) => {
    await page.goto(stepUrl("en", "ece-version"));
    await waitForStep(page, "en", "ece-version");
    await page.getByLabel(t.en.fields["ece.version"].options["12.6(1)"]).check();
    await page.goto("/en/check-answers");
    await page.getByRole("button", { name: t.en.check.submit }).click();
    await expect(page.getByTestId("error-summary")).toBeFocused();
    await expectNoViolations(page, "check answers with problems");
  });

  for (const lang of ["en", "it"] as const) {
    test(`report with failures, passed checks opened (${lang})`, async ({ page }) => {
      await openReport(page, lang);
      await expect(page.getByTestId("report-summary")).toHaveText(
        new RegExp(`^${t[lang].report.summary.split(":")[0]}: [1-9]`),
      );
      await expect(page.getByTestId("most-likely").locator("article").first()).toHaveAttribute(
        "data-cause",
        "secret-expired",
      );
      await expectNoViolations(page, `/${lang}/report`);
      await page.locator("details > summary").click();
      await expect(page.locator("details")).toHaveAttribute("open", "");
      await expect(page.locator('details article[data-status="pass"]').first()).toBeVisible();
      await expectNoViolations(page, `/${lang}/report with passed checks open`);
    });
  }

  test("report with no results yet", async ({ page }) => {
    await page.goto("/en/report");
    await expect(page.getByText(t.en.report.noResults)).toBeVisible();
    await expectNoViolations(page, "empty report");
  });

  test("import page with an error", async ({ page }) => {
    await page.goto("/en/import");
    await page.getByLabel(t.en.importCase.paste).fill("{ not json");
    await page.getByRole("button", { name: t.en.importCase.submit }).click();
    await expect(page.getByTestId("error-summary")).toBeFocused();
    await expectNoViolations(page, "import with an error");
  });

  test("a step in Italian", async ({ page }) => {
    await page.goto(stepUrl("it", "azure-redirect"));
    await waitForStep(page, "it", "azure-redirect");
    await expect(page.locator("html")).toHaveAttribute("lang", "it");
    await expectNoViolations(page, "/it/steps/azure-redirect");
    await continueButton(page, "it").click();
    await expect(page.getByTestId("error-summary")).toBeFocused();
    await expectNoViolations(page, "/it/steps/azure-redirect with errors");
  });
});

test.describe("small screen (360 px)", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  async function expectNoHorizontalScroll(page: Page) {
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll, "document scroll width").toBeLessThanOrEqual(360);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  }

  test("a step with a wide table fits and has no violations", async ({ page }) => {
    await importCase(page, everyStepCase);
    await page.goto(stepUrl("en", "network"));
    await waitForStep(page, "en", "network");
    await expectNoHorizontalScroll(page);
    await expectNoViolations(page, "network step at 360 px");
  });

  test("the report fits and has no violations", async ({ page }) => {
    await openReport(page, "en");
    await page.locator("details > summary").click();
    await expect(page.locator('details article[data-status="pass"]').first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectNoViolations(page, "report at 360 px");
  });
});

test.describe("keyboard only", () => {
  /** Presses Tab until the focused element matches `selector`. */
  async function tabTo(page: Page, selector: string, limit = 150) {
    for (let count = 0; count < limit; count++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  async function answerWithKeys(page: Page, id: FieldId, value: string | string[]) {
    const controls = page.locator(`[name="${id}"]`);
    const type = await controls.first().getAttribute("type");
    if (type === "radio") {
      await tabTo(page, `input[name="${id}"]`);
      const options = await controls.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
      const from = options.indexOf(focused);
      const to = options.indexOf(String(value));
      if (from === to) await page.keyboard.press("Space");
      for (let index = from; index < to; index++) await page.keyboard.press("ArrowDown");
      for (let index = from; index > to; index--) await page.keyboard.press("ArrowUp");
      await expect(page.locator(`input[name="${id}"][value="${String(value)}"]`)).toBeChecked();
    } else if (type === "checkbox") {
      for (const option of Array.isArray(value) ? value : [value]) {
        await tabTo(page, `input[name="${id}"][value="${option}"]`);
        await page.keyboard.press("Space");
        await expect(page.locator(`input[name="${id}"][value="${option}"]`)).toBeChecked();
      }
    } else {
      await tabTo(page, `[id="${id}"]`);
      const lines = String(value).split("\n");
      for (const [index, line] of lines.entries()) {
        if (index > 0) await page.keyboard.press("Enter");
        await page.keyboard.type(line);
      }
      await expect(field(page, id)).toHaveValue(String(value));
    }
  }

  test("the whole healthy flow, from the start page to the report, with the keyboard alone", async ({ page }) => {
    test.slow();
    await page.goto("/en");
    await answerWithKeys(page, "symptom.id", "first-setup");
    await tabTo(page, 'form button[type="submit"]');
    await page.keyboard.press("Enter");
    await page.waitForURL("**/en/steps/ece-version");

    const seen: StepId[] = [];
    for (let guard = 0; guard < 20 && !page.url().endsWith("/en/check-answers"); guard++) {
      const step = /\/en\/steps\/([a-z-]+)$/.exec(new URL(page.url()).pathname)?.[1] as StepId;
      await waitForStep(page, "en", step);
      seen.push(step);
      for (const id of stepDef(step).fields) {
        const value = healthyAnswers[id];
        if (value !== undefined && (await page.locator(`[name="${id}"]`).count()) > 0)
          await answerWithKeys(page, id, value);
      }
      const before = page.url();
      await tabTo(page, 'form button[type="submit"]');
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.href !== before);
    }
    expect(seen).toEqual(stepIds.filter((id) => id !== "delegate"));
    await expect(page.locator('[data-field="mail.mailboxes"]')).toHaveText("support@example.com\nsales@example.com");

    await tabTo(page, "#run");
    await page.keyboard.press("Enter");
    await page.waitForURL("**/en/report");
    await expect(page.getByTestId("report-summary")).toHaveText(
      format(t.en.report.summary, { fail: 0, warn: 0, info: 0, pass: 12 }),
    );

    await tabTo(page, "details > summary");
    await page.keyboard.press("Enter");
    await expect(page.locator("details")).toHaveAttribute("open", "");
    await expect(page.locator('details article[data-status="pass"]')).toHaveCount(12);
  });
});
