// The token step against the Microsoft 365 simulator: the SSO trap, the wizard's own sign-in (popup and full-page
// redirect), the shared model, a pasted Graph token, device code, and that MSAL loads on this step only.
// Needs the default playwright.config.ts (it starts the simulator and the tool with its environment). The browser
// reaches login.sim.test through --host-resolver-rules (loopback only) and accepts the simulator's certificate.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { format } from "@/lib/i18n/format";
import { caseToDraft } from "@/lib/wizard/draft";
import { applicableSteps, stepIds } from "@/lib/wizard/steps";
import { textCausesOfDraft } from "@/lib/wizard/test-support/text-causes";
import { fillStep, importCase, stepUrl, submitStep, t, waitForStep } from "./helpers";
import { CONTOSO, ECE_APP, mintToken, sharedModel, simCase, USER_PASSWORD } from "./live-support";
import { chromiumLaunch, entraPort, repoRoot, simHostRule } from "./sim-env";

const en = t.en;
const tok = en.token;

test.use({
  ignoreHTTPSErrors: true,
  launchOptions: chromiumLaunch([simHostRule]),
});

const ADMIN = "admin@contoso.sim.test";
const SUPPORT = "support@contoso.sim.test";
const PUBLIC_FLOWS_APP = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const UNCONSENTED_APP = "55555555-5555-4555-8555-555555555555";

/** Windows single sign-on on a domain-joined computer: the simulated Entra signs this user in unless prompted. */
async function setWorkstation(context: BrowserContext, upn: string) {
  await context.addCookies([
    {
      name: "sim_workstation",
      value: encodeURIComponent(upn),
      domain: "login.sim.test",
      path: "/",
      secure: true,
      sameSite: "None",
    },
  ]);
}

type Way = keyof typeof tok.ways.other;

/** Opens the token step and, unless `way` is null, picks one of the ways behind the recommended one. */
async function openTokenStep(page: Page, patch: Parameters<typeof simCase>[0] = {}, way: Way | null = "case-sign-in") {
  await importCase(page, simCase(patch));
  await page.goto(stepUrl("en", "token"));
  await waitForStep(page, "en", "token");
  await expect(page.getByTestId("token-recommended")).toBeVisible();
  if (way) await chooseWay(page, way);
}

async function chooseWay(page: Page, way: Way) {
  await page.getByLabel(tok.ways.other[way]).check();
  if (way === "case-sign-in") await expect(page.getByTestId("token-sign-in")).toBeVisible();
  if (way === "device") await expect(page.getByTestId("token-device")).toBeVisible();
  if (way === "paste") await expect(page.getByTestId("token-paste")).toBeVisible();
}

/** Clicks "Sign in as …" and, when the simulated sign-in page asks, signs in with the password. */
async function signIn(
  page: Page,
  owner: string,
  opts: { prompt?: "login" | "select_account" | "none"; account?: string } = {},
) {
  if (!(await page.getByTestId("token-sign-in").isVisible())) await chooseWay(page, "case-sign-in");
  await page.getByLabel(tok.signIn.prompt[opts.prompt ?? "login"]).check();
  const popupPromise = page.waitForEvent("popup");
  await page.getByRole("button", { name: format(tok.signIn.button, { owner }) }).click();
  const popup = await popupPromise;
  if (opts.account) {
    await expect(popup.locator("#username")).toHaveValue(owner);
    await popup.locator("#username").fill(opts.account);
    await popup.locator("#password").fill(USER_PASSWORD);
    await popup.locator("#sign-in").click();
  }
  await popup.waitForEvent("close", { timeout: 20_000 });
}

async function runMailChecks(page: Page) {
  const panel = page.getByTestId("live-mail");
  await panel.getByRole("button", { name: en.live.run }).click();
  await expect(panel.getByText(new RegExp(`^${en.live.finished.split("{")[0]}`))).toBeVisible({ timeout: 20_000 });
  return panel;
}

function card(panel: ReturnType<Page["getByTestId"]>, check: string, target: string) {
  return panel.locator(`article[data-check="${check}"]`).filter({ hasText: target });
}

test.describe("token step", () => {
  test("stopped minutes after generating the token: the token step is the fourth page and its wrong user is named the most likely cause", async ({
    page,
    context,
  }) => {
    await setWorkstation(context, ADMIN);
    const pages: string[] = [];
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame() && !frame.url().includes("sim.test")) pages.push(new URL(frame.url()).pathname);
    });
    await page.goto("/en");
    await page.getByLabel(en.fields["symptom.id"].options.stopped).check();
    await page.getByLabel(en.fields["symptom.stoppedAfter"].options.minutes).check();
    await page.getByRole("button", { name: en.start.startButton }).click();
    await waitForStep(page, "en", "azure-app");
    await fillStep(page, "azure-app", { "azure.cloud": "sim", "azure.tenant": CONTOSO, "azure.clientId": ECE_APP });
    await submitStep(page, "en");
    await waitForStep(page, "en", "mailboxes");
    await fillStep(page, "mailboxes", {
      "mail.mailboxes": SUPPORT,
      "mail.accessModel": "per-mailbox",
      "mail.retrieval": "imap",
    });
    await submitStep(page, "en");
    await waitForStep(page, "en", "token");
    expect(new Set(pages).size, pages.join(" → ")).toBe(4);

    await signIn(page, SUPPORT, { prompt: "none" });
    await expect(page.getByTestId("token-verdict")).toHaveAttribute("data-problems", "token-wrong-user");
    const panel = await runMailChecks(page);
    const first = panel.locator("li").first();
    await expect(first.getByTestId("live-most-likely")).toHaveText(en.symptom.liveLikely);
    await expect(first.locator("article")).toHaveAttribute("data-cause", "token-wrong-user");
  });

  test("the SSO trap: no prompt signs in the workstation user; the wizard says whose token it is and IMAP fails for that reason", async ({
    page,
    context,
  }) => {
    await setWorkstation(context, ADMIN);
    await openTokenStep(page);
    await expect(page.getByTestId("token-owner-account")).toHaveText(format(tok.owner.mustOwn, { owner: SUPPORT }));
    await expect(page.getByTestId("token-realm")).toHaveAttribute("data-realm", "Managed");
    await signIn(page, SUPPORT, { prompt: "none" });

    const verdict = page.getByTestId("token-verdict");
    await expect(verdict).toHaveText(format(tok.claims.wrongUserWia, { user: ADMIN, owner: SUPPORT }));
    await expect(verdict).toHaveAttribute("data-problems", "token-wrong-user");
    await expect(page.locator('tr[data-claim="user"]')).toHaveAttribute("data-status", "problem");
    await expect(page.locator('tr[data-claim="methods"]')).toContainText("wia");
    await expect(page.getByTestId("token-claims").locator('article[data-cause="token-wrong-user"]')).toBeVisible();
    // The token is in memory only: nothing of it in any storage.
    const storage = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
    expect(storage).not.toContain("eyJ0");

    const panel = await runMailChecks(page);
    // One finding for the mailbox, naming the checks it explains (issue #13 item 12). IMAP and SMTP refused the
    // token, so it fails; the text names both users and how to tell whether they are one account (UPN vs. address).
    const wrongUser = panel.locator('article[data-cause="token-wrong-user"]');
    await expect(wrongUser).toHaveCount(1);
    await expect(wrongUser).toHaveAttribute("data-status", "fail");
    await expect(wrongUser).toHaveAttribute("data-checks", "imap smtp access-token");
    await expect(wrongUser.getByRole("heading")).toContainText(ADMIN);
    await expect(wrongUser.getByTestId("result-ids")).toHaveText(/imap\s*smtp\s*access-token\s*token-wrong-user/);
  });

  test("the wizard's sign-in (prompt=login, login_hint) gets the mailbox's token despite the workstation session; every live check passes", async ({
    page,
    context,
  }) => {
    await setWorkstation(context, ADMIN);
    await openTokenStep(page);
    await signIn(page, SUPPORT, { account: SUPPORT });
    await expect(page.getByTestId("token-sign-in-status")).toHaveText(tok.signIn.done);
    await expect(page.getByTestId("token-verdict")).toHaveText(
      format(tok.claims.ok, { user: SUPPORT, owner: SUPPORT }),
    );
    for (const row of ["user", "tenant", "app", "audience", "scopes", "expires"]) {
      await expect(page.locator(`tr[data-claim="${row}"]`)).toHaveAttribute("data-status", "ok");
    }
    const panel = await runMailChecks(page);
    await expect(card(panel, "imap", SUPPORT)).toHaveAttribute("data-status", "pass");
    await expect(card(panel, "smtp", SUPPORT)).toHaveAttribute("data-status", "pass");
    await expect(panel.locator('article[data-check="access-token"]')).toHaveAttribute("data-status", "pass");
    await expect(panel.locator('article[data-status="fail"]')).toHaveCount(0);
  });

  test("the full-page redirect works when the popup is not wanted, and the token survives only in memory", async ({
    page,
  }) => {
    await openTokenStep(page);
    await page.getByRole("button", { name: tok.signIn.redirectButton }).click();
    await page.waitForURL(/login\.sim\.test/);
    await page.locator("#password").fill(USER_PASSWORD);
    await page.locator("#sign-in").click();
    await page.waitForURL(/\/en\/steps\/token/);
    await expect(page.getByTestId("token-verdict")).toHaveText(
      format(tok.claims.ok, { user: SUPPORT, owner: SUPPORT }),
      { timeout: 20_000 },
    );
    const storage = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
    expect(storage).not.toContain("eyJ0");
    await page.reload();
    await waitForStep(page, "en", "token");
    await expect(page.getByTestId("token-claims")).toContainText(tok.claims.none);
  });

  test("the shared model: the delegate's token opens the mailbox it has Full Access to and not the other", async ({
    page,
  }) => {
    const delegate = "delegate@contoso.sim.test";
    await openTokenStep(page, sharedModel(delegate, ["shared@contoso.sim.test", "sales@contoso.sim.test"]));
    await expect(page.getByTestId("token-owner-account")).toHaveText(format(tok.owner.mustOwn, { owner: delegate }));
    await signIn(page, delegate, { account: delegate });
    await expect(page.getByTestId("token-verdict")).toHaveText(
      format(tok.claims.ok, { user: delegate, owner: delegate }),
    );
    const panel = await runMailChecks(page);
    await expect(card(panel, "imap", "shared@contoso.sim.test")).toHaveAttribute("data-status", "pass");
    await expect(card(panel, "smtp", "shared@contoso.sim.test")).toHaveAttribute("data-status", "pass");
    const other = card(panel, "imap", "sales@contoso.sim.test");
    await expect(other).toHaveAttribute("data-status", "fail");
    await expect(other).toHaveAttribute("data-cause", "imap-disabled-or-no-access");
    await expect(card(panel, "smtp", "sales@contoso.sim.test")).toHaveAttribute("data-status", "fail");
  });

  test("a federated domain: the realm says so with the private-window advice, and even prompt=login gets the workstation user", async ({
    page,
    context,
  }) => {
    const mailbox = "support@fabrikam.sim.test";
    await setWorkstation(context, "admin@fabrikam.sim.test");
    await openTokenStep(page, {
      azure: { tenant: "44444444-4444-4444-8444-444444444444", clientId: "88888888-8888-4888-8888-888888888888" },
      mail: { mailboxes: [mailbox], tokenSignedInAs: mailbox },
    });
    const realm = page.getByTestId("token-realm");
    await expect(realm).toHaveAttribute("data-realm", "Federated");
    await expect(realm).toContainText(format(tok.realm.federatedAdvice, { owner: mailbox }));
    await signIn(page, mailbox, { prompt: "login" });
    await expect(page.getByTestId("token-verdict")).toHaveText(
      format(tok.claims.wrongUserWia, { user: "admin@fabrikam.sim.test", owner: mailbox }),
    );
  });

  test("a pasted Graph-audience token is flagged before and by the live checks", async ({ page }) => {
    await openTokenStep(page);
    await page.locator('[id="secrets.accessToken"]').fill(await mintToken({ audience: "https://graph.microsoft.com" }));
    const verdict = page.getByTestId("token-verdict");
    await expect(verdict).toHaveAttribute("data-problems", "token-wrong-audience");
    await expect(verdict).toHaveText(format(tok.claims.problems, { owner: SUPPORT, count: 1 }));
    await expect(page.locator('tr[data-claim="audience"]')).toHaveAttribute("data-status", "problem");
    await expect(page.locator('tr[data-claim="audience"]')).toContainText("https://graph.microsoft.com");
    const panel = await runMailChecks(page);
    const audience = panel.locator('article[data-cause="token-wrong-audience"]');
    await expect(audience).toHaveCount(1);
    await expect(audience).toHaveAttribute("data-checks", "imap smtp access-token");
  });

  test("device code: AADSTS7000218 without public client flows; with them, the code signed in elsewhere gives the mailbox's token", async ({
    page,
    browser,
  }) => {
    await openTokenStep(page, {}, "device");
    const device = page.getByTestId("token-device");
    await device.getByRole("button", { name: tok.device.button }).click();
    await expect(device.locator('article[data-cause="public-client-flows-disabled"]')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId("token-device-status")).toContainText("AADSTS7000218");

    await openTokenStep(page, { azure: { clientId: PUBLIC_FLOWS_APP } }, "device");
    await device.getByRole("button", { name: tok.device.button }).click();
    const code = await page.getByTestId("token-device-code").innerText();
    const uri = await page.getByTestId("token-device-uri").getAttribute("href");
    expect(uri).toBe(`https://login.sim.test:${entraPort}/devicelogin`);
    // "Another device": a browser context of its own.
    const other = await browser.newContext({ ignoreHTTPSErrors: true });
    const phone = await other.newPage();
    await phone.goto(uri ?? "");
    await phone.locator("#user_code").fill(code);
    await phone.locator("#login_hint").fill(SUPPORT);
    await phone.getByRole("button", { name: "Next" }).click();
    await expect(phone.getByRole("heading", { level: 1 })).toHaveText("You're signed in");
    await other.close();

    await expect(page.getByTestId("token-device-status")).toHaveText(tok.device.done, { timeout: 20_000 });
    await expect(page.getByTestId("token-verdict")).toHaveText(
      format(tok.claims.ok, { user: SUPPORT, owner: SUPPORT }),
    );
    const panel = await runMailChecks(page);
    await expect(card(panel, "imap", SUPPORT)).toHaveAttribute("data-status", "pass");
    await expect(card(panel, "smtp", SUPPORT)).toHaveAttribute("data-status", "pass");
  });

  test("an app without consent: the sign-in page's AADSTS65001 comes back as the consent finding", async ({ page }) => {
    await openTokenStep(page, { azure: { clientId: UNCONSENTED_APP } });
    await signIn(page, SUPPORT, { account: SUPPORT });
    await expect(page.getByTestId("token-sign-in-status")).toContainText("AADSTS65001");
    await expect(page.getByTestId("token-sign-in").locator('article[data-cause="consent-missing"]')).toBeVisible();
  });
});

test.describe("the token step for a first-time admin (issue 17)", () => {
  test("one recommended way first (a separate diagnosis app), the others one choice away, each change to ECE's production app said plainly; live checks before Continue", async ({
    page,
  }) => {
    await openTokenStep(page, {}, null);
    const recommended = page.getByTestId("token-recommended");
    await expect(recommended).toContainText(tok.ways.recommended);
    await expect(recommended.getByRole("heading", { name: tok.diagnosisApp.heading })).toBeVisible();
    const needs = recommended.getByTestId("token-diagnosis-needs");
    await expect(needs).toContainText(`${new URL(page.url()).origin}/auth/redirect`);
    await expect(needs).toContainText("/IMAP.AccessAsUser.All");
    await expect(recommended).toContainText("ECE_DOCTOR_SIGNIN_CLIENT_ID");
    // Nothing that changes the production app is on the page until the admin chooses it.
    await expect(page.getByTestId("token-sign-in")).toHaveCount(0);
    await expect(page.getByTestId("token-device")).toHaveCount(0);
    await expect(page.getByTestId("token-production-change")).toHaveCount(0);

    const live = await page.getByTestId("live-mail").boundingBox();
    const next = await page.getByRole("button", { name: en.nav.continue, exact: true }).boundingBox();
    expect(live!.y + live!.height).toBeLessThanOrEqual(next!.y);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`token step height before use at 1280 px: ${height} px`);

    await chooseWay(page, "case-sign-in");
    await expect(page.getByTestId("token-sign-in").getByTestId("token-production-change")).toHaveText(
      tok.production.heading + format(tok.production.signIn, { clientId: ECE_APP }),
    );
    await chooseWay(page, "device");
    await expect(page.getByTestId("token-sign-in")).toHaveCount(0);
    await expect(page.getByTestId("token-device").getByTestId("token-production-change")).toHaveText(
      tok.production.heading + format(tok.production.device, { clientId: ECE_APP }),
    );
    await chooseWay(page, "paste");
    const paste = page.getByTestId("token-paste");
    await expect(paste).toContainText(
      format(tok.paste.intro, {
        owner: SUPPORT,
        scope: "https://outlook.office365.com/IMAP.AccessAsUser.All https://outlook.office365.com/SMTP.Send",
      }).slice(0, 40),
    );
    await expect(paste).toContainText(tok.paste.password);
    await expect(paste).not.toContainText("log");
    await expect(page.getByText(en.fields["secrets.accessToken"].label, { exact: true })).toBeVisible();
    await expect(page.locator('[id="secrets.accessToken-hint"]')).toContainText("password for about an hour");
  });
});

test.describe("accessibility", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("the token step with a wrong token and its findings fits 360 px and has no WCAG 2.1 AA violations", async ({
    page,
  }) => {
    await openTokenStep(page, sharedModel("delegate@contoso.sim.test", ["shared@contoso.sim.test"]));
    await page
      .locator('[id="secrets.accessToken"]')
      .fill(await mintToken({ upn: ADMIN, audience: "https://graph.microsoft.com", claims: { amr: ["wia"] } }));
    await expect(page.getByTestId("token-verdict")).toHaveAttribute(
      "data-problems",
      "token-wrong-user token-wrong-audience",
    );
    await expect(page.getByTestId("token-realm")).toHaveAttribute("data-realm", "Managed");
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(
      violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });

  test("every control of the sign-in is reachable with the keyboard", async ({ page, context }) => {
    await setWorkstation(context, ADMIN);
    await openTokenStep(page);
    const button = page.getByRole("button", { name: format(tok.signIn.button, { owner: SUPPORT }) });
    for (
      let count = 0;
      count < 40 && !(await button.evaluate((element) => element === document.activeElement));
      count++
    )
      await page.keyboard.press("Tab");
    await expect(button).toBeFocused();
    const popupPromise = page.waitForEvent("popup");
    await page.keyboard.press("Enter");
    const popup = await popupPromise;
    await popup.locator("#password").focus();
    await popup.keyboard.type(USER_PASSWORD);
    await popup.keyboard.press("Enter");
    await popup.waitForEvent("close");
    await expect(page.getByTestId("token-verdict")).toHaveText(
      format(tok.claims.ok, { user: SUPPORT, owner: SUPPORT }),
    );
  });
});

test.describe("bundle", () => {
  // Strings that only MSAL's code carries (package names, its error codes and class names): every MSAL chunk has one.
  const marker = /@azure\/msal-(?:browser|common)|popup_window_error|InteractionRequiredAuthError/;

  test("no route's first-load JavaScript carries MSAL except the redirect page (route-bundle-stats.json)", () => {
    const stats = JSON.parse(readFileSync(resolve(repoRoot, ".next/diagnostics/route-bundle-stats.json"), "utf8")) as {
      route: string;
      firstLoadChunkPaths: string[];
    }[];
    expect(stats.map((route) => route.route)).toContain("/[lang]/steps/[step]");
    // The marker is right: the build has MSAL chunks (loaded on demand by the token step).
    const chunks = readdirSync(resolve(repoRoot, ".next/static/chunks")).filter((name) => name.endsWith(".js"));
    expect(
      chunks.filter((name) => marker.test(readFileSync(resolve(repoRoot, ".next/static/chunks", name), "utf8"))).length,
    ).toBeGreaterThan(0);
    const carrying = stats
      .filter((route) => route.route !== "/auth/redirect")
      .flatMap((route) =>
        route.firstLoadChunkPaths
          .filter((path) => marker.test(readFileSync(resolve(repoRoot, path), "utf8")))
          .map((path) => `${route.route}: ${path}`),
      );
    expect(carrying).toEqual([]);
  });

  test("the steps before the token step load no MSAL chunk; the token step loads it on sign-in", async ({ page }) => {
    // A dozen full page loads: 30 s is too short on a loaded 2-core machine.
    test.setTimeout(90_000);
    const scripts: { url: string; body: Promise<string> }[] = [];
    page.on("response", (response) => {
      if (response.url().endsWith(".js")) scripts.push({ url: response.url(), body: response.text().catch(() => "") });
    });
    await importCase(page, simCase());
    const shown = applicableSteps(caseToDraft(simCase()), textCausesOfDraft(caseToDraft(simCase())));
    for (const step of stepIds.slice(0, stepIds.indexOf("token")).filter((id) => shown.includes(id))) {
      await page.goto(stepUrl("en", step));
      await waitForStep(page, "en", step);
    }
    const before = await Promise.all(
      scripts.map(async (script) => (marker.test(await script.body) ? script.url : null)),
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(before.filter(Boolean)).toEqual([]);

    scripts.length = 0;
    await page.goto(stepUrl("en", "token"));
    await waitForStep(page, "en", "token");
    await chooseWay(page, "case-sign-in");
    const popupPromise = page.waitForEvent("popup");
    await page.getByRole("button", { name: format(tok.signIn.button, { owner: SUPPORT }) }).click();
    await (await popupPromise).close();
    await expect
      .poll(
        async () => (await Promise.all(scripts.map(async (script) => marker.test(await script.body)))).some(Boolean),
        { timeout: 10_000 },
      )
      .toBe(true);
  });
});
