// Issue #17: "fix the Content-Security-Policy issue the browser reports". Chromium reports a CSP problem three ways:
// a DevTools Audits issue (what Lighthouse and the Issues panel show), a securitypolicyviolation event, and a console
// error. This spec collects all three on the pages an admin and a reader meet, and fails on any.
import { expect, type Page, test } from "@playwright/test";
import { encryptShare } from "@/lib/share/crypto";
import { failingCase, samplePayload } from "@/lib/share/fixtures";
import { importCase, runDiagnosis, stepUrl, t } from "./helpers";

type Problem = { page: string; kind: string; detail: string };

async function watch(page: Page, problems: Problem[]) {
  const where = () => new URL(page.url()).pathname;
  const session = await page.context().newCDPSession(page);
  session.on("Audits.issueAdded", ({ issue }) => {
    // Every issue is kept: a CSP issue, and anything else Chromium flags on these pages (none expected).
    problems.push({ page: where(), kind: `audit:${issue.code}`, detail: JSON.stringify(issue.details) });
  });
  await session.send("Audits.enable");
  page.on("console", (message) => {
    if (message.type() === "error") problems.push({ page: where(), kind: "console", detail: message.text() });
  });
  page.on("pageerror", (error) => problems.push({ page: where(), kind: "pageerror", detail: error.message }));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `securitypolicyviolation ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
}

// Lets late reports (issues are sent after the load) arrive before the next page.
const settle = (page: Page) => page.waitForLoadState("networkidle");

test("no CSP issue, violation or console error on the start page, a step, check answers, the report, triage and a shared report", async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const problems: Problem[] = [];
  await watch(page, problems);

  await page.goto("/en");
  await settle(page);
  await page.goto(stepUrl("en", "ece-version"));
  await settle(page);
  await importCase(page, failingCase(), "en");
  await settle(page);
  await runDiagnosis(page);
  await settle(page);
  await page.goto("/it/triage");
  await settle(page);

  const { envelope, key } = await encryptShare(samplePayload());
  const created = await request.post("/api/share", { data: envelope, headers: { "x-forwarded-for": "198.51.100.17" } });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  await page.goto(`/en/r/${id}#${key}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(t.en.share.viewer.loading)).toHaveCount(0);
  await settle(page);

  expect(problems, problems.map((item) => `${item.page} ${item.kind} ${item.detail}`).join("\n")).toEqual([]);
});
