// Issue #17: with ECE_DOCTOR_SIGNIN_CLIENT_ID set (the operator's own app registration for diagnosis), the token step
// leads with that app, names whose token it needs, signs in through the simulator with it, and the live checks accept
// the token it gives. Runs against the second server of playwright.config.ts (same build, E2E_PORT + 1000).
import { expect, type Page, test } from "@playwright/test";
import { format } from "@/lib/i18n/format";
import { importCase, stepUrl, t, waitForStep } from "./helpers";
import { ECE_APP, simCase, USER_PASSWORD } from "./live-support";
import { chromiumLaunch, operatorAppId, signInToolPort, simHostRule } from "./sim-env";

const tok = t.en.token;
const SUPPORT = "support@contoso.sim.test";

test.use({
  baseURL: `http://127.0.0.1:${signInToolPort}`,
  ignoreHTTPSErrors: true,
  launchOptions: chromiumLaunch([simHostRule]),
});

async function openTokenStep(page: Page) {
  await importCase(page, simCase());
  await page.goto(stepUrl("en", "token"));
  await waitForStep(page, "en", "token");
}

test.describe("token step with the operator's diagnosis app", () => {
  test("leads with the diagnosis app, names the token's owner, and asks nothing of ECE's production app", async ({
    page,
  }) => {
    await openTokenStep(page);
    await expect(page.getByTestId("token-owner-account")).toHaveText(format(tok.owner.mustOwn, { owner: SUPPORT }));
    const recommended = page.getByTestId("token-recommended");
    await expect(recommended).toContainText(format(tok.diagnosisApp.configured, { clientId: operatorAppId }));
    await expect(recommended.getByTestId("token-sign-in-app")).toHaveText(
      format(tok.signIn.appOperator, { clientId: operatorAppId }),
    );
    await expect(
      recommended.getByRole("button", { name: format(tok.signIn.button, { owner: SUPPORT }) }),
    ).toBeVisible();
    // No redirect URI to add and no change to ECE's app on the recommended path; the set-up list is for servers without it.
    await expect(recommended.getByTestId("token-production-change")).toHaveCount(0);
    await expect(recommended.getByTestId("token-redirect-uri")).toHaveCount(0);
    await expect(page.getByTestId("token-diagnosis-needs")).toHaveCount(0);
    // The recommended way comes before the other ways.
    const order = await page.evaluate(() => {
      const lead = document.querySelector('[data-testid="token-recommended"]');
      const others = document.querySelector('input[name="token-way"]');
      return lead && others ? lead.compareDocumentPosition(others) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
  });

  test("signs in through the simulator with the diagnosis app; the token names that app and the live checks pass", async ({
    page,
  }) => {
    await openTokenStep(page);
    const recommended = page.getByTestId("token-recommended");
    await recommended.getByLabel(tok.signIn.prompt.login).check();
    const popupPromise = page.waitForEvent("popup");
    await recommended.getByRole("button", { name: format(tok.signIn.button, { owner: SUPPORT }) }).click();
    const popup = await popupPromise;
    // The authorize request is the operator's app, not ECE's.
    await popup.waitForURL(/login\.sim\.test/);
    expect(new URL(popup.url()).searchParams.get("client_id")).toBe(operatorAppId);
    expect(popup.url()).not.toContain(ECE_APP);
    await popup.locator("#password").fill(USER_PASSWORD);
    await popup.locator("#sign-in").click();
    await popup.waitForEvent("close", { timeout: 20_000 });

    await expect(recommended.getByTestId("token-sign-in-status")).toHaveText(tok.signIn.done);
    await expect(page.getByTestId("token-verdict")).toHaveText(
      format(tok.claims.ok, { user: SUPPORT, owner: SUPPORT }),
    );
    // Information, not a problem: the token names the diagnosis app, which says nothing about ECE's own registration.
    await expect(page.locator('tr[data-claim="app"]')).toHaveAttribute("data-status", "info");
    await expect(page.locator('tr[data-claim="app"]')).toContainText(operatorAppId);

    const panel = page.getByTestId("live-mail");
    await panel.getByRole("button", { name: t.en.live.run }).click();
    await expect(panel.getByText(new RegExp(`^${t.en.live.finished.split("{")[0]}`))).toBeVisible({ timeout: 20_000 });
    await expect(panel.locator('article[data-check="access-token"]')).toHaveAttribute("data-status", "pass");
    await expect(panel.locator('article[data-check="imap"][data-status="pass"]')).toHaveCount(1);
    await expect(panel.locator('article[data-status="fail"], article[data-status="warn"]')).toHaveCount(0);
  });
});
