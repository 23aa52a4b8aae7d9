// A page left open does no work. A render or effect loop (an effect that sets state that always differs, a store
// selector that returns a new object) keeps a core busy for as long as the admin's tab is open, without any error.
// React's scheduler runs each slice of work from a MessageChannel message, so the page's postMessage calls while it is
// idle count that work. What failing looks like, measured: a page whose scripts no longer match the server's build (a
// server left running across a rebuild) retried a render forever, about 12,000 messages a second.
import { expect, type Page, test } from "@playwright/test";
import { healthyCase } from "@/lib/rules/fixtures";
import { importCase, runDiagnosis, stepUrl } from "./helpers";

async function messagesWhileIdle(page: Page): Promise<number> {
  await page.waitForLoadState("networkidle");
  // Room for hydration's last slices on a loaded two-core machine; a loop runs on for as long as the tab is open.
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    (window as unknown as { __posts: number }).__posts = 0;
  });
  await page.waitForTimeout(1000);
  return page.evaluate(() => (window as unknown as { __posts: number }).__posts);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const counted = window as unknown as { __posts: number };
    counted.__posts = 0;
    const post = MessagePort.prototype.postMessage;
    MessagePort.prototype.postMessage = function (this: MessagePort, ...args: [unknown, StructuredSerializeOptions?]) {
      counted.__posts += 1;
      return post.apply(this, args);
    } as MessagePort["postMessage"];
  });
});

for (const [name, path] of [
  ["the start page", "/en"],
  ["a step", "/en/steps/ece-version"],
  ["check answers", "/en/check-answers"],
  ["the report", "/en/report"],
  ["the error page", "/en/triage"],
  ["import", "/it/import"],
] as const) {
  test(`${name} does no work once loaded`, async ({ page }) => {
    await page.goto(path);
    expect(await messagesWhileIdle(page)).toBeLessThanOrEqual(5);
  });
}

test("a step with the answers kept in the tab, and the report of a diagnosis, do no work once loaded", async ({
  page,
}) => {
  await importCase(page, healthyCase());
  await page.goto(stepUrl("en", "mailboxes"));
  expect(await messagesWhileIdle(page)).toBeLessThanOrEqual(5);
  await page.goto("/en/check-answers");
  await runDiagnosis(page);
  await page.reload();
  await expect(page.getByTestId("report-summary")).toBeVisible();
  expect(await messagesWhileIdle(page)).toBeLessThanOrEqual(5);
});
