// What a first-time admin trips over (issue 17): warnings beside the field, a step opened without its prerequisites,
// "step n of N" and focus on the h1, the cut of a long pasted error, import messages, validation wording, the
// language switch keeping a typed secret, check your answers, the Italian checklist and the network step's commands.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { format } from "@/lib/i18n/format";
import { caseToDraft } from "@/lib/wizard/draft";
import { applicableSteps } from "@/lib/wizard/steps";
import { textCausesOfDraft } from "@/lib/wizard/test-support/text-causes";
import {
  CLIENT_ID,
  caseWith,
  continueButton,
  field,
  healthyCase,
  importCase,
  SECRET_VALUE,
  stepUrl,
  submitStep,
  TENANT_ID,
  t,
  waitForStep,
} from "./helpers";
import { simCase } from "./live-support";

const en = t.en;
const it = t.it;

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
}

test.describe("checked early, on the step", () => {
  test("a 35-character tenant ID, a domain as client ID and an http:// URL are warned beside the field, and Continue still works", async ({
    page,
  }) => {
    test.slow();
    await page.goto(stepUrl("en", "azure-app"));
    await waitForStep(page, "en", "azure-app");
    await page.locator('input[name="azure.cloud"][value="worldwide"]').check();
    await field(page, "azure.tenant").fill(TENANT_ID.slice(0, 35));
    await field(page, "azure.clientId").fill("contoso.com");
    const tenantWarning = page.locator('[id="azure.tenant-warning"]');
    await expect(tenantWarning).toContainText(format(en.warnings.notGuid, { length: 35 }));
    await expect(field(page, "azure.tenant")).toHaveAttribute("aria-describedby", /azure\.tenant-warning/);
    await expect(page.locator('[id="azure.clientId-warning"]')).toContainText(
      format(en.warnings.domain, { field: en.fields["azure.clientId"].label }),
    );
    await expectNoViolations(page);
    await field(page, "azure.clientId").fill(CLIENT_ID);
    await expect(page.locator('[id="azure.clientId-warning"]')).toHaveCount(0);
    await submitStep(page, "en");

    await page.goto(stepUrl("en", "ece-url"));
    await waitForStep(page, "en", "ece-url");
    await field(page, "ece.consoleUrl").fill("http://ece.example.com");
    await expect(page.locator('[id="ece.consoleUrl-warning"]')).toContainText(en.warnings.notHttps);
    await expect(page.locator('[id="ece.consoleUrl-warning"]')).toContainText(en.warnings.later);
    await submitStep(page, "en");
  });

  test("a step opened directly without its prerequisites sends the admin to the first missing step and says why", async ({
    page,
  }) => {
    await page.goto(stepUrl("en", "ece-es"));
    await waitForStep(page, "en", "ece-version");
    await expect(page).toHaveURL(/\/en\/steps\/ece-version\?needed-for=ece-es$/);
    await expect(page.getByTestId("needed-first")).toHaveText(
      format(en.stepList.neededFirst, { step: en.steps["ece-es"].title }),
    );

    await page.goto(stepUrl("en", "token"));
    await waitForStep(page, "en", "azure-app");
    await expect(page.getByTestId("needed-first")).toHaveText(
      format(en.stepList.neededFirst, { step: en.steps.token.title }),
    );
  });
});

test.describe("progress and orientation", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("at 360 px, 'Step n of N' sits above the title and N follows the branch; moving on focuses the h1 without a focus box", async ({
    page,
  }) => {
    test.slow();
    const perMailbox = healthyCase();
    const shared = caseWith({
      mail: { accessModel: "shared", signInAccount: "delegate@example.com", fullAccess: "yes" },
    });
    const count = (file: typeof perMailbox) =>
      applicableSteps(caseToDraft(file), textCausesOfDraft(caseToDraft(file))).length;
    expect(count(shared)).toBe(count(perMailbox) + 1);

    await importCase(page, perMailbox);
    await page.goto(stepUrl("en", "mailboxes"));
    await waitForStep(page, "en", "mailboxes");
    const position = page.getByTestId("step-position");
    const order = applicableSteps(caseToDraft(perMailbox), textCausesOfDraft(caseToDraft(perMailbox)));
    await expect(position).toHaveText(
      format(en.stepList.stepOf, { n: order.indexOf("mailboxes") + 1, count: count(perMailbox) }),
    );
    const box = await position.boundingBox();
    const title = await page.getByRole("heading", { level: 1 }).boundingBox();
    expect(box!.y).toBeLessThan(title!.y);
    expect(box!.y + box!.height).toBeLessThan(780);

    await page.locator('input[name="mail.accessModel"][value="shared"]').check();
    await expect(position).toHaveText(
      format(en.stepList.stepOf, { n: order.indexOf("mailboxes") + 1, count: count(shared) }),
    );
    await page.locator('input[name="mail.accessModel"][value="per-mailbox"]').check();

    await continueButton(page, "en").focus();
    await page.keyboard.press("Enter");
    const next = order[order.indexOf("mailboxes") + 1]!;
    await waitForStep(page, "en", next);
    const h1 = page.getByRole("heading", { level: 1 });
    await expect(h1).toBeFocused();
    expect(await h1.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe("none");
    // Tab goes on from the heading to the step's first control.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    await expectNoViolations(page);
  });
});

test.describe("inputs that surprise", () => {
  test("a pasted error over 20,000 characters is redacted, then cut on a line, and the page says how much was kept", async ({
    page,
  }) => {
    const line = "2026-12-02 09:00:00 ERROR Retriever: AUTHENTICATE failed for support@example.com, will retry";
    const token = `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${"eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlLmNvbSJ9".repeat(20)}.${"c2lnbmF0dXJl".repeat(40)}`;
    const lines = Array.from({ length: 260 }, (_, index) =>
      index === 214 ? `AUTHENTICATE XOAUTH2 Bearer ${token}` : line,
    );
    const pasted = lines.join("\n");
    expect(pasted.length).toBeGreaterThan(20_000);
    await page.goto("/en");
    await page.getByText(t.en.symptom.errorTextSummary).click();
    await field(page, "symptom.errorText").fill(pasted);
    const kept = await field(page, "symptom.errorText").inputValue();
    expect(kept.length).toBeLessThanOrEqual(20_000);
    expect(kept).not.toContain("eyJ0eX");
    expect(
      kept.split("\n").every((item) => item === line || item.startsWith("AUTHENTICATE XOAUTH2 Bearer <redacted")),
    ).toBe(true);
    const note = page.getByTestId("paste-cut");
    await expect(note).toContainText("20,000");
    await expect(note).toContainText(kept.length.toLocaleString("en-GB"));
  });

  test("import: a missing comma is named by line and column, and a PNG is refused with a message", async ({ page }) => {
    await page.goto("/en/import");
    await page
      .getByLabel(en.importCase.paste)
      .fill('{\n  "schema": "ece-oauth-doctor/case@2",\n  "symptom": null\n  "ece": {}\n}');
    await page.getByRole("button", { name: en.importCase.submit }).click();
    const expected = format(en.importCase.invalidJson, {
      message: format(en.importCase.jsonAt, { line: 4, column: 3, problem: en.importCase.jsonProblems.comma }),
    });
    await expect(page.getByTestId("error-summary")).toContainText(expected);

    await page.getByLabel(en.importCase.paste).fill("");
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    await page
      .getByLabel(en.importCase.upload)
      .setInputFiles({ name: "screenshot.png", mimeType: "image/png", buffer: png });
    await expect(page.getByTestId("error-summary")).toContainText(
      format(en.importCase.notText, { name: "screenshot.png" }),
    );
    await expect(page.getByLabel(en.importCase.paste)).toHaveValue("");
  });

  test("validation messages name an optional field without '(optional)' and say the limit of 50 mailboxes", async ({
    page,
  }) => {
    await importCase(page, healthyCase());
    await page.goto(stepUrl("en", "azure-secret"));
    await waitForStep(page, "en", "azure-secret");
    await field(page, "azure.secretExpires").fill("31/12/2027");
    await continueButton(page, "en").click();
    const summary = page.getByTestId("error-summary");
    await expect(summary).toContainText(format(en.errors.date, { field: "Expiry date of the client secret" }));
    await expect(summary).not.toContainText("(optional)");

    await page.goto(stepUrl("en", "mailboxes"));
    await waitForStep(page, "en", "mailboxes");
    await field(page, "mail.mailboxes").fill(
      Array.from({ length: 51 }, (_, index) => `box${index}@example.com`).join("\n"),
    );
    await continueButton(page, "en").click();
    await expect(summary).toContainText(
      format(en.errors.tooMany, { field: en.fields["mail.mailboxes"].label, max: 50 }),
    );
  });

  test("switching language keeps the client secret typed in this tab (no reload)", async ({ page }) => {
    await importCase(page, healthyCase());
    await page.goto(stepUrl("en", "azure-secret"));
    await waitForStep(page, "en", "azure-secret");
    await field(page, "secrets.clientSecret").fill(SECRET_VALUE);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await page.getByRole("link", { name: en.nav.otherLanguage }).click();
    await waitForStep(page, "it", "azure-secret");
    await expect(page.locator("html")).toHaveAttribute("lang", "it");
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await expect(field(page, "secrets.clientSecret")).toHaveValue(SECRET_VALUE);
    await page.getByRole("link", { name: it.nav.otherLanguage }).click();
    await waitForStep(page, "en", "azure-secret");
    await expect(field(page, "secrets.clientSecret")).toHaveValue(SECRET_VALUE);
    expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))).not.toContain(
      SECRET_VALUE,
    );
  });
});

test.describe("check your answers and the checklist", () => {
  test("check your answers shows the cloud's label, keeps every row on the same columns and says what the live checks do", async ({
    page,
  }) => {
    test.slow();
    await importCase(
      page,
      caseWith({ azure: { redirectUri: `https://ece.example.com/${"very-long-path-segment-".repeat(8)}` } }),
    );
    await expect(page.locator('[data-field="azure.cloud"]')).toHaveText(en.fields["azure.cloud"].options.worldwide);
    await expect(page.getByTestId("live-what")).toHaveText(en.check.liveWhat);
    const columns = await page
      .locator("[data-answer-row]")
      .evaluateAll((rows) =>
        rows.map((row) => [...row.children].map((cell) => Math.round(cell.getBoundingClientRect().left)).join(",")),
      );
    expect(new Set(columns).size, columns.join(" | ")).toBe(1);
    await expectNoViolations(page);
  });

  test("the Italian checklist fits its column ('Non ancora iniziato')", async ({ page }) => {
    await importCase(page, healthyCase(), "it");
    await page.goto(stepUrl("it", "ece-version"));
    await waitForStep(page, "it", "ece-version");
    const overflowing = await page.locator("nav[aria-labelledby='step-list-title'] li").evaluateAll((items) => {
      const nav = items[0]!.closest("nav")!.getBoundingClientRect();
      return items.flatMap((item) =>
        [...item.querySelectorAll("span")]
          .filter((span) => span.getBoundingClientRect().right > nav.right + 0.5)
          .map((span) => span.textContent),
      );
    });
    expect(overflowing).toEqual([]);
    await expect(page.locator("nav[aria-labelledby='step-list-title']")).toContainText(it.stepList.todo);
  });

  test("network step: the table and the commands give the same host and port, also for a profile whose login host has its own port", async ({
    page,
  }) => {
    await importCase(page, simCase());
    await page.goto(stepUrl("en", "network"));
    await waitForStep(page, "en", "network");
    const destinations = await page
      .locator("[data-destination]")
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-destination") ?? ""));
    // Five paths of the services and application servers, plus 993 and 995 for every application server (TAC 218453).
    expect(destinations.length).toBe(7);
    for (const destination of destinations) expect(destination).toMatch(/^[a-z0-9.-]+:\d+$/);
    const commands = `${await page.getByTestId("network-powershell-services").innerText()}\n${await page.getByTestId("network-powershell-application").innerText()}`;
    const tested = commands
      .split("\n")
      .map((command) => /^Test-NetConnection (\S+) -Port (\d+)$/.exec(command))
      .map((match) => `${match?.[1]}:${match?.[2]}`);
    expect(tested.sort()).toEqual([...destinations].sort());
    const login = destinations.find((destination) => destination.startsWith("login."));
    expect(login).toMatch(/^login\.sim\.test:\d+$/);
    expect(login).not.toMatch(/:443$/);
  });
});

test.describe("site basics", () => {
  test("the site has an icon, and no page asks for one that is missing", async ({ page, request }) => {
    for (const path of ["/favicon.ico", "/icon.svg"]) expect((await request.get(path)).status(), path).toBe(200);
    const missing: string[] = [];
    page.on("response", (response) => {
      if (response.status() === 404) missing.push(response.url());
    });
    await page.goto("/en");
    await page.goto(stepUrl("it", "ece-url"));
    expect(missing).toEqual([]);
  });
});
