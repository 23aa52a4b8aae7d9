import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type Request, test } from "@playwright/test";
import { format } from "@/lib/i18n/format";
import { CLIENT_ID, caseWith, downloadFrom, importCase, runDiagnosis, stepUrl, TENANT_ID, t } from "./helpers";
import { repoRoot } from "./sim-env";

// Sample exports made to Microsoft's documented formats (lib/evidence/fixtures/README.md), for the e2e case's app.
const fixtures = join(repoRoot, "lib", "evidence", "fixtures");
const FIXTURE_APP = "9a8b7c6d-1e2f-4a3b-8c5d-6e7f8a9b0c1d";
const FIXTURE_TENANT = "3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f";
const APPLICATION_SERVER = "198.51.100.10";
const SERVICES_SERVER = "203.0.113.25";
const sample = (name: string) =>
  readFileSync(join(fixtures, "sign-in", name), "utf8")
    .replaceAll(FIXTURE_APP, CLIENT_ID)
    .replaceAll(FIXTURE_TENANT, TENANT_ID);
const upload = (name: string) => ({
  name,
  mimeType: name.endsWith(".json") ? "application/json" : "text/csv",
  buffer: Buffer.from(sample(name)),
});
const powershell = (name: string) => readFileSync(join(fixtures, "powershell", name), "utf8");

// What only the export holds: raw addresses, display names, object and request ids, Microsoft's failure texts.
const personal = [
  SERVICES_SERVER,
  APPLICATION_SERVER,
  "1d2c3b4a-0000-4000-8000",
  "5d0c00",
  "userDisplayName",
  "Milan",
  "The provided grant has expired",
];

const stoppedAfterAnHour = caseWith({ symptom: { id: "stopped", stoppedAfter: "hours", errorText: null } });

function watchRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (request) => seen.push(request));
  return seen;
}

async function readSignInLogs(page: Page, files: ReturnType<typeof upload>[] | string, servers = true) {
  const panel = page.getByTestId("sign-in-logs");
  if (servers) {
    await panel.getByLabel(t.en.evidence.signIn.application).fill(APPLICATION_SERVER);
    await panel.getByLabel(t.en.evidence.signIn.services).fill(SERVICES_SERVER);
  }
  await panel.locator("#sign-in-files").setInputFiles(files);
  await panel.getByRole("button", { name: t.en.evidence.signIn.read }).click();
  return panel;
}

test.describe("evidence the admin already has", () => {
  // Several pages, a file read and a diagnosis each: slow on a loaded machine, so a long timeout and no timing claim.
  test.describe.configure({ timeout: 120_000 });

  test("a refresh failing an hour after token generation: the sign-in logs name it in Most likely, and no export data reaches the server", async ({
    page,
  }) => {
    const requests = watchRequests(page);
    await importCase(page, stoppedAfterAnHour);
    await runDiagnosis(page);
    await expect(page.getByTestId("sign-in-privacy")).toHaveText(t.en.evidence.signIn.privacy);
    const before = requests.length;
    const panel = await readSignInLogs(page, [upload("graph-signins-refresh-failing.json")]);
    await expect(panel.getByTestId("sign-in-progress")).toContainText(
      format(t.en.evidence.signIn.done, { rows: "24", matched: "24", succeeded: "2", groups: 4 }),
    );

    const mostLikely = page.getByTestId("most-likely");
    const first = mostLikely.locator("article").first();
    await expect(first).toHaveAttribute("data-cause", "sign-in-refresh-failing");
    await expect(first).toContainText("support@example.com");
    await expect(first).toContainText("AADSTS53003");
    await expect(first).toContainText("the services server");
    await expect(mostLikely.locator('article[data-cause="sign-in-policy-blocks"]').first()).toContainText(
      "Block access from outside the corporate network",
    );
    await expect(mostLikely.locator('article[data-cause="refresh-token-expired"]').first()).toBeVisible();
    // Reading the export sent nothing anywhere.
    expect(
      requests
        .slice(before)
        .filter((request) => request.method() !== "GET")
        .map((request) => request.url()),
    ).toEqual([]);

    const share = page.waitForRequest(
      (request) => new URL(request.url()).pathname === "/api/share" && request.method() === "POST",
    );
    await page.getByRole("button", { name: t.en.share.button }).click();
    await share;
    const url = await page.getByTestId("share-url").inputValue();
    const sent = requests.map((request) => `${request.url()} ${request.postData() ?? ""}`).join("\n");
    for (const value of personal) expect(sent, value).not.toContain(value);

    // The shared report carries the derived findings (masked address), and still nothing of the export.
    const viewer = await page.context().newPage();
    await viewer.goto(url);
    await expect(viewer.locator('article[data-cause="sign-in-refresh-failing"]').first()).toContainText("203.0.113.x");
    const json = (await downloadFrom(page, t.en.report.exportJson)).text;
    expect(json).toContain("203.0.113.x");
    for (const value of personal) expect(json, value).not.toContain(value);
    const file = JSON.parse((await downloadFrom(page, t.en.report.exportCase)).text);
    expect(file.schema).toBe("ece-oauth-doctor/case@3");
    expect(file.evidence.signInLogs.groups[0]).toMatchObject({
      account: "support@example.com",
      code: 53003,
      interactive: false,
      origin: "services",
      ips: ["203.0.113.x"],
    });
  });

  test("the admin center's CSV downloads together, an Italian-header export, and a file that is not a sign-in log", async ({
    page,
  }) => {
    await importCase(page, stoppedAfterAnHour, "it");
    await runDiagnosis(page);
    const panel = page.getByTestId("sign-in-logs");
    await panel.locator("#sign-in-files").setInputFiles([upload("message-trace.csv")]);
    await panel.getByRole("button", { name: t.it.evidence.signIn.read }).click();
    await expect(panel.getByRole("alert")).toHaveText(
      format(t.it.evidence.signIn.notSignInLog, {
        file: "message-trace.csv",
        missing: "“date (utc)”, “username”, “application id”, “sign-in error code”",
      }),
    );

    await panel.locator("#sign-in-files").setInputFiles([upload("NonInteractiveSignIns_italiano.csv")]);
    await panel.getByRole("button", { name: t.it.evidence.signIn.read }).click();
    await expect(page.getByTestId("most-likely").locator("article").first()).toContainText(
      "L'aggiornamento del token di ECE non riesce per sales@example.com con AADSTS50076",
    );

    await panel
      .locator("#sign-in-files")
      .setInputFiles([
        upload("InteractiveSignIns_2026-12-01_2026-12-02.csv"),
        upload("NonInteractiveSignIns_2026-12-01_2026-12-02.csv"),
      ]);
    await panel.getByLabel(t.it.evidence.signIn.services).fill(SERVICES_SERVER);
    await panel.getByRole("button", { name: t.it.evidence.signIn.read }).click();
    await expect(panel.getByTestId("sign-in-progress")).toContainText("26");
    await expect(page.getByTestId("most-likely").locator("article").first()).toContainText("il server dei servizi");
  });

  test("on the triage page the sign-in logs are read with the answers so far and show their findings in place", async ({
    page,
  }) => {
    const requests = watchRequests(page);
    await importCase(page, stoppedAfterAnHour);
    await page.goto("/en/triage");
    const before = requests.length;
    const panel = await readSignInLogs(page, [upload("mg-auditlogsignin-disabled-account.json")]);
    const findings = panel.getByTestId("sign-in-findings");
    await expect(findings.locator('article[data-cause="sign-in-refresh-failing"]')).toContainText("AADSTS50057");
    await expect(findings.locator('article[data-cause="user-disabled"]').first()).toContainText(
      "The account support@example.com is disabled for sign-in.",
    );
    expect(
      requests
        .slice(before)
        .filter((request) => request.method() !== "GET")
        .map((request) => request.url()),
    ).toEqual([]);

    // Forgetting the reading removes its findings; a reading is kept with the answers (a reload still offers to forget it).
    const forget = panel.getByRole("button", { name: t.en.evidence.signIn.forget });
    await forget.click();
    await expect(findings).toBeHidden();
    await expect(forget).toBeHidden();
    await page.reload();
    await expect(panel.getByRole("button", { name: t.en.evidence.signIn.read })).toBeVisible();
    await expect(forget).toBeHidden();
    await readSignInLogs(page, [upload("mg-auditlogsignin-disabled-account.json")]);
    await expect(findings).toBeVisible();
    await page.reload();
    await expect(forget).toBeVisible();
  });

  test("a 250,000-row export is read in the browser while the page keeps responding", async ({ page }) => {
    test.setTimeout(240_000);
    const header =
      "Date (UTC),Request ID,Username,Application ID ,Resource tenant ID,IP address,Status,Sign-in error code,Failure reason\r\n";
    const lines: string[] = [header];
    for (let index = 0; index < 250_000; index++) {
      const minute = String(index % 60).padStart(2, "0");
      const code = index % 100 === 0 ? "700082" : "0";
      lines.push(
        `2026-12-01T09:${minute}:00Z,r${index},support@example.com,${CLIENT_ID},${TENANT_ID},${SERVICES_SERVER},${code === "0" ? "Success" : "Failure"},${code},"Other,\nsee details"\r\n`,
      );
    }
    const path = join(mkdtempSync(join(tmpdir(), "sign-ins-")), "NonInteractiveSignIns_big.csv");
    writeFileSync(path, lines.join(""));
    await importCase(page, stoppedAfterAnHour);
    await runDiagnosis(page);
    const panel = await readSignInLogs(page, path);
    const progress = panel.getByTestId("sign-in-progress");
    // While it reads, the page answers and the address field still takes typing.
    await expect(progress).toContainText("NonInteractiveSignIns_big.csv", { timeout: 60_000 });
    await panel.getByLabel(t.en.evidence.signIn.application).fill("198.51.100.11");
    await expect(panel.getByLabel(t.en.evidence.signIn.application)).toHaveValue("198.51.100.11");
    expect(await page.evaluate(() => document.readyState)).toBe("complete");
    await expect(progress).toContainText(
      format(t.en.evidence.signIn.done, {
        rows: (250_000).toLocaleString("en-US"),
        matched: (250_000).toLocaleString("en-US"),
        succeeded: (247_500).toLocaleString("en-US"),
        groups: 1,
      }),
      { timeout: 180_000 },
    );
    await expect(page.getByTestId("most-likely").locator("article").first()).toContainText("AADSTS700082");
  });

  test("PowerShell output answers the IMAP question from evidence; another command or another mailbox is refused", async ({
    page,
  }) => {
    await importCase(page, caseWith({ mail: { retrievalEnabled: "unknown" } }));
    await page.goto(stepUrl("en", "mailbox-protocols"));
    const box = page.getByTestId("powershell-Get-EXOCasMailbox");
    await expect(box.getByTestId("powershell-command")).toHaveText(
      "Get-EXOCasMailbox -Identity support@example.com -Properties ImapEnabled,PopEnabled,SmtpClientAuthenticationDisabled",
    );
    const output = box.getByLabel(format(t.en.evidence.powershell.output, { command: "Get-EXOCasMailbox" }));
    await output.fill(powershell("transport-list.txt"));
    await box.getByRole("button", { name: t.en.evidence.powershell.use }).click();
    await expect(box.getByRole("alert")).toHaveText(
      format(t.en.evidence.powershell.otherCommand, { command: "Get-EXOCasMailbox", found: "get-transportconfig" }),
    );
    await output.fill(powershell("cas-other-mailbox.txt"));
    await box.getByRole("button", { name: t.en.evidence.powershell.use }).click();
    await expect(box.getByRole("alert")).toHaveText(
      format(t.en.evidence.powershell.otherMailbox, {
        found: "marketing@example.com",
        mailboxes: "support@example.com, sales@example.com",
      }),
    );
    await expect(output).toHaveValue(powershell("cas-other-mailbox.txt"));

    await output.fill(powershell("cas-list-one.txt"));
    await box.getByRole("button", { name: t.en.evidence.powershell.use }).click();
    await expect(box.getByRole("status")).toContainText(
      `${t.en.fields["mail.retrievalEnabled"].label} ${t.en.fields["mail.retrievalEnabled"].options.no}`,
    );
    await expect(page.locator('input[name="mail.retrievalEnabled"][value="no"]')).toBeChecked();
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);

    await page.goto("/en/check-answers");
    await runDiagnosis(page);
    const record = page.locator('article[data-cause="powershell-setting-wrong"]');
    await expect(record).toContainText("From Get-EXOCasMailbox, pasted");
    await expect(record).toContainText("ImapEnabled False");
    await expect(page.locator('article[data-cause="retrieval-protocol-disabled"]')).toHaveCount(1);
  });
});
