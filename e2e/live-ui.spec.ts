// The live-check panels of the network and client-secret steps in the browser, against the simulator: each probe is
// listed as it finishes with its transcript behind a disclosure, and the cause comes with its owner and fix.
import { expect, type Page, test } from "@playwright/test";
import { format } from "@/lib/i18n/format";
import { field, importCase, stepUrl, t, waitForStep } from "./helpers";
import { ECE_APP_SECRET, ECE_APP_SECRET_ID, freshClient, onCloud, simCase } from "./live-support";

// A client of its own for the rate limits (the API counts clients by X-Forwarded-For in the e2e setup), so live
// checks run by earlier specs in the same browser do not use up this spec's allowance.
test.use({ extraHTTPHeaders: freshClient() });

const en = t.en;

async function runPanel(page: Page, group: "network" | "entra") {
  const panel = page.getByTestId(`live-${group}`);
  await panel.getByRole("button", { name: en.live.run }).click();
  await expect(panel.getByText(new RegExp(`^${en.live.finished.split("{")[0]}`))).toBeVisible({ timeout: 20_000 });
  return panel;
}

test.describe("live checks in the wizard", () => {
  test("network step: a closed port is port-refused, the network team's, with each probe's transcript", async ({
    page,
  }) => {
    await importCase(page, simCase(onCloud("sim-closed")));
    await page.goto(stepUrl("en", "network"));
    await waitForStep(page, "en", "network");
    const panel = await runPanel(page, "network");

    const refused = panel.locator('article[data-check="tcp"][data-cause="port-refused"]');
    await expect(refused.first()).toBeVisible();
    await expect(refused.first()).toHaveAttribute("data-status", "fail");
    await expect(refused.first()).toContainText(en.report.owners["network-admin"]);
    await expect(panel.locator('article[data-check="tcp"][data-status="pass"]').first()).toBeVisible();

    const probes = panel.locator("li[data-probe]");
    await expect(probes.filter({ has: page.locator("summary", { hasText: "ECONNREFUSED" }) }).first()).toBeVisible();
    const tcp = probes.filter({ hasText: "ECONNREFUSED" }).first();
    await tcp.locator("summary").click();
    await expect(tcp.getByLabel(new RegExp(`^${en.live.transcript}: tcp `))).toBeVisible();
  });

  test("network step: a certificate from an unknown CA is tls-untrusted", async ({ page }) => {
    await importCase(page, simCase(onCloud("sim-untrusted-cert")));
    await page.goto(stepUrl("en", "network"));
    await waitForStep(page, "en", "network");
    const panel = await runPanel(page, "network");
    await expect(panel.locator('article[data-check="tls"][data-cause="tls-untrusted"]').first()).toBeVisible();
    await expect(
      panel.getByText(format(en.live.finished, { count: await panel.locator('article[data-status="fail"]').count() })),
    ).toBeVisible();
  });

  test("client-secret step: the secret's ID instead of its value is named, and the secret is not shown anywhere", async ({
    page,
  }) => {
    await importCase(page, simCase());
    await page.goto(stepUrl("en", "azure-secret"));
    await waitForStep(page, "en", "azure-secret");
    await field(page, "secrets.clientSecret").fill(ECE_APP_SECRET_ID);
    const panel = await runPanel(page, "entra");
    await expect(panel.locator('article[data-cause="secret-is-secret-id"]').first()).toBeVisible();

    await field(page, "secrets.clientSecret").fill(ECE_APP_SECRET);
    const healthy = await runPanel(page, "entra");
    await expect(healthy.locator('article[data-check="entra-app"][data-status="pass"]')).toBeVisible();
    for (const summary of await healthy.locator("li[data-probe] summary").all()) await summary.click();
    await expect(healthy).not.toContainText(ECE_APP_SECRET);
  });
});
