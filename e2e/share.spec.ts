import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { format } from "@/lib/i18n/format";
import { fromBase64Url, toBase64Url } from "@/lib/share/base64url";
import { decryptShare, encryptShare } from "@/lib/share/crypto";
import { failingCase, sampleEvidence, samplePayload } from "@/lib/share/fixtures";
import type { ShareEnvelope } from "@/lib/share/format";
import {
  caseWith,
  downloadFrom,
  field,
  healthyCase,
  importCase,
  type Lang,
  runDiagnosis,
  storageDump,
  submitStep,
  t,
} from "./helpers";

// Canaries typed into the wizard's memory-only secret fields: they must never reach the payload, the database or the log.
const CANARY_SECRET = "Canary~ClientSecret-e2e-5f1d3b7a9c2e4f60";
const CANARY_TOKEN = `${toBase64Url(new TextEncoder().encode('{"typ":"JWT","alg":"RS256"}'))}.${toBase64Url(
  new TextEncoder().encode('{"aud":"https://outlook.office.com","upn":"support@example.com","canary":"e2e-7d1f"}'),
)}.Q2FuYXJ5LXNpZ25hdHVyZS1lMmUtMDEyMzQ1Njc4OQ`;
const linkPattern = /^http:\/\/127\.0\.0\.1:\d+\/r\/([A-Za-z0-9_-]{22})#([A-Za-z0-9_-]{43})$/;
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

// Every API call from the test itself comes from its own made-up client address, so rate limits don't mix with the browser's.
const testClient = () => `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;

// The browser's requests too, with one address for this run: the rate limits count per client and per window, in
// the database, so a rerun within minutes starts with fresh counters.
const browserClient = testClient();
test.use({ extraHTTPHeaders: { "x-forwarded-for": browserClient } });

async function expectNoViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const readable = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(" ")).join("\n    ")}`,
  );
  expect(readable, `axe violations on ${label}`).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, "document scroll width").toBeLessThanOrEqual(widths.client);
}

/** A shared report made by the test (as a browser would), with its link. */
async function apiShare(request: APIRequestContext, payload: unknown = samplePayload()) {
  const { envelope, key } = await encryptShare(payload);
  const response = await request.post("/api/share", { data: envelope, headers: { "x-forwarded-for": testClient() } });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { id: string; revokeToken: string; expiresAt: string };
  return { ...body, key, envelope };
}

/** From a report page: clicks "Get shareable link" and returns the link shown in the panel. */
async function getLink(page: Page, lang: Lang) {
  const created = page.waitForResponse(
    (response) => new URL(response.url()).pathname === "/api/share" && response.request().method() === "POST",
  );
  await page.getByRole("button", { name: t[lang].share.button }).click();
  const response = await created;
  expect(response.status()).toBe(201);
  const panel = page.getByTestId("share-panel");
  await expect(panel.getByRole("heading", { name: t[lang].share.panelTitle })).toBeFocused();
  const url = await page.getByTestId("share-url").inputValue();
  const match = linkPattern.exec(url);
  expect(match, url).not.toBeNull();
  return { url, id: match![1]!, key: match![2]!, requestBody: response.request().postData() ?? "", panel };
}

/** The report of a case with problems for every owner (fast: through the import page). */
async function openReport(page: Page, lang: Lang) {
  await importCase(page, failingCase(), lang);
  await runDiagnosis(page);
}

/** Types both memory-only secrets on their steps, from check answers, and comes back. */
async function typeSecrets(page: Page) {
  const en = t.en;
  for (const [id, value] of [
    ["secrets.clientSecret", CANARY_SECRET],
    ["secrets.accessToken", CANARY_TOKEN],
  ] as const) {
    await page.getByRole("link", { name: `${en.nav.change} ${en.fields[id].label}` }).click();
    await expect(field(page, id)).toBeVisible();
    await field(page, id).fill(value);
    await submitStep(page, "en");
    await expect(page).toHaveURL(/\/en\/check-answers$/);
    await expect(page.locator(`[data-field="${id}"]`)).toHaveText(en.check.secretGiven);
  }
}

async function freshPage(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}) {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": browserClient }, ...options });
  return { context, page: await context.newPage() };
}

test.describe("share links", () => {
  test("an admin shares the report; an engineer in a fresh browser reads it, downloads it and re-runs it; the admin revokes it", async ({
    page,
    browser,
  }) => {
    test.slow();
    await importCase(page, healthyCase());
    await typeSecrets(page);
    // The live checks' evidence, as a diagnosis with live checks returns it (no network here: added to the real answer).
    await page.route("**/api/diagnose", async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...json, evidence: sampleEvidence() } });
    });
    await runDiagnosis(page);
    const summary = await page.getByTestId("report-summary").innerText();
    const cards = await page.locator("article[data-check]").count();

    const link = await getLink(page, "en");
    await expect(link.panel.getByTestId("share-audience")).toContainText(
      format(t.en.share.audience, { date: "" }).replace(/\.$/, "").trim(),
    );
    await expect(link.panel).toContainText(t.en.share.notIncluded);
    await link.panel.getByRole("button", { name: t.en.share.copy }).click();
    await expect(link.panel.getByRole("status").first()).toHaveText(/./);

    // What left the browser: ciphertext only, and the plaintext under it holds no secret.
    expect(link.requestBody).not.toContain(CANARY_SECRET);
    expect(link.requestBody).not.toContain(CANARY_TOKEN);
    const uploaded = JSON.parse(link.requestBody) as ShareEnvelope;
    expect(Object.keys(uploaded).sort()).toEqual(["ciphertext", "iv", "version"]);
    const plaintext = JSON.stringify(await decryptShare(uploaded, link.key));
    expect(plaintext).toContain('"schema":"ece-oauth-doctor/share@1"');
    expect(plaintext).toContain("<redacted 1456 chars>");
    expect(plaintext).not.toContain(CANARY_SECRET);
    expect(plaintext).not.toContain(CANARY_TOKEN);
    const stored = await storageDump(page);
    expect(stored).toContain(link.id);
    expect(stored).not.toContain(CANARY_SECRET);
    expect(stored).not.toContain(CANARY_TOKEN);
    expect(stored).not.toContain(link.key);

    // Another machine: a fresh context with nothing in its storage.
    const engineer = await freshPage(browser, { acceptDownloads: true });
    const viewer = engineer.page;
    await viewer.goto(link.url.replace(/^http:\/\/127\.0\.0\.1:\d+/, ""));
    await expect(viewer).toHaveURL(new RegExp(`/en/r/${link.id}#${link.key}$`));
    await expect(viewer.getByRole("heading", { level: 1 })).toHaveText(t.en.share.viewer.title);
    await expect(viewer.getByTestId("report-summary")).toHaveText(summary);
    await expect(viewer.locator("article[data-check]")).toHaveCount(cards);
    await expect(viewer.getByTestId("shared-generated")).toBeVisible();
    await expect(viewer.getByTestId("shared-expires")).toBeVisible();
    await expect(viewer.getByTestId("shared-case").locator('[data-field="azure.tenant"]')).toHaveText(
      healthyCase().azure.tenant,
    );
    await expect(viewer.locator('[data-probe="imap"]')).toHaveCount(1);
    await viewer.locator('[data-probe="imap"] summary').click();
    await expect(viewer.locator('[data-probe="imap"] pre')).toContainText("<redacted 1456 chars>");
    // The skip link moves focus but keeps the fragment (the key) and the report.
    await viewer.getByRole("link", { name: t.en.nav.skip }).focus();
    await viewer.keyboard.press("Enter");
    await expect(viewer.locator("main#main")).toBeFocused();
    await expect(viewer).toHaveURL(new RegExp(`/en/r/${link.id}#${link.key}$`));
    await expect(viewer.getByTestId("shared-report")).toBeVisible();
    // Not the creator here: no revoke button.
    await expect(viewer.getByRole("button", { name: t.en.share.revoke })).toHaveCount(0);

    const markdown = await downloadFrom(viewer, t.en.report.exportMarkdown);
    expect(markdown.name).toMatch(/\.md$/);
    expect(markdown.text).toContain(`# ${t.en.appName}: ${t.en.report.title}`);
    expect(markdown.text).toContain(summary);
    const json = await downloadFrom(viewer, t.en.report.exportJson);
    const report = JSON.parse(json.text) as { schema: string; case: unknown; results: unknown[] };
    expect(report.schema).toBe("ece-oauth-doctor/report@2");
    expect(report.case).toEqual(healthyCase());
    expect(report.results).toHaveLength(cards);
    for (const text of [markdown.text, json.text]) {
      expect(text).not.toContain(CANARY_SECRET);
      expect(text).not.toContain(CANARY_TOKEN);
    }

    // The language switch keeps the key.
    await viewer.getByRole("link", { name: t.en.nav.otherLanguage }).click();
    await expect(viewer).toHaveURL(new RegExp(`/it/r/${link.id}#${link.key}$`));
    await expect(viewer.getByRole("heading", { level: 1 })).toHaveText(t.it.share.viewer.title);
    await expect(viewer.locator("html")).toHaveAttribute("lang", "it");
    await expect(viewer.locator("article[data-check]")).toHaveCount(cards);

    // Re-run it: the case (without secrets) goes into the engineer's wizard.
    await viewer.getByRole("button", { name: t.it.share.viewer.openInWizard }).click();
    await viewer.waitForURL("**/it/check-answers");
    await expect(viewer.locator('[data-field="mail.mailboxes"]')).toHaveText(healthyCase().mail.mailboxes.join("\n"));
    await expect(viewer.locator('[data-field="secrets.clientSecret"]')).toHaveText(t.it.check.notProvided);
    await runDiagnosis(viewer);
    await expect(viewer.locator("article[data-check]").first()).toBeAttached();

    // The admin revokes it; the link now answers 410 and the page says so.
    await link.panel.getByRole("button", { name: t.en.share.revoke }).click();
    await expect(link.panel.getByRole("status")).toHaveText(t.en.share.revoked);
    await expect(link.panel.getByRole("heading", { name: t.en.share.panelTitle })).toBeFocused();
    expect(await storageDump(page)).not.toContain(link.id);
    const late = await freshPage(browser);
    await late.page.goto(`/en/r/${link.id}#${link.key}`);
    await expect(late.page.locator("main[data-problem]")).toHaveAttribute("data-problem", "gone");
    await expect(late.page.getByRole("heading", { level: 1 })).toHaveText(t.en.share.viewer.errors.gone.title);
    await engineer.context.close();
    await late.context.close();
  });

  test("the creator can revoke from the shared page itself (the token stays in their browser)", async ({ page }) => {
    await openReport(page, "en");
    const link = await getLink(page, "en");
    await page.goto(`/en/r/${link.id}#${link.key}`);
    await expect(page.getByText(t.en.share.viewer.yours)).toBeVisible();
    await page.getByRole("button", { name: t.en.share.revoke }).click();
    await expect(page.locator("main[data-problem]")).toHaveAttribute("data-problem", "gone");
    const response = await page.request.get(`/api/share/${link.id}`);
    expect(response.status()).toBe(410);
  });

  test("after a reload of the report its Revoke button is still there (the link's key is not kept); dates read as 2 December 2026", async ({
    page,
  }) => {
    await openReport(page, "en");
    const link = await getLink(page, "en");
    const audience = await link.panel.getByTestId("share-audience").innerText();
    expect(audience).toMatch(
      /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/,
    );
    expect(audience).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
    await expect(page.getByText(/Generated \d{1,2} [A-Z][a-z]+ \d{4}/)).toBeVisible();
    await page.reload();
    const panel = page.getByTestId("share-panel");
    await expect(panel).toBeVisible();
    // The link's key is never stored, so after a reload the panel offers Revoke but not the link itself.
    await expect(page.getByTestId("share-url")).toHaveCount(0);
    await expect(panel.getByTestId("share-link-not-kept")).toBeVisible();
    await panel.getByRole("button", { name: t.en.share.revoke }).click();
    await expect(panel.getByRole("status").filter({ hasText: t.en.share.revoked })).toBeVisible();
    expect((await page.request.get(`/api/share/${link.id}`)).status()).toBe(410);
    await page.reload();
    await expect(page.getByTestId("share-panel")).toHaveCount(0);
  });

  test("in Italian, dates read as 02/12/2026", async ({ page }) => {
    await openReport(page, "it");
    const link = await getLink(page, "it");
    await expect(link.panel.getByTestId("share-audience")).toContainText(/\d{2}\/\d{2}\/\d{4}/);
  });

  test("a damaged, cut, wrong or tampered link gives a clear message, not a blank page", async ({ page, request }) => {
    const share = await apiShare(request);
    const other = await encryptShare(samplePayload());
    const cases: { name: string; url: string; problem: string; tamper?: boolean }[] = [
      { name: "wrong key", url: `/en/r/${share.id}#${other.key}`, problem: "wrongKey" },
      { name: "cut key", url: `/en/r/${share.id}#${share.key.slice(0, 30)}`, problem: "badKey" },
      { name: "no key", url: `/en/r/${share.id}`, problem: "missingKey" },
      { name: "tampered ciphertext", url: `/en/r/${share.id}#${share.key}`, problem: "wrongKey", tamper: true },
      {
        name: "unknown id",
        url: `/en/r/${toBase64Url(crypto.getRandomValues(new Uint8Array(16)))}#${share.key}`,
        problem: "notFound",
      },
      { name: "malformed id", url: `/en/r/not-an-id#${share.key}`, problem: "notFound" },
    ];
    for (const item of cases) {
      await page.unrouteAll();
      if (item.tamper) {
        await page.route(`**/api/share/${share.id}`, async (route) => {
          const response = await route.fetch();
          const body = (await response.json()) as ShareEnvelope;
          const bytes = fromBase64Url(body.ciphertext)!;
          bytes[10] = (bytes[10] ?? 0) ^ 0xff;
          await route.fulfill({ response, json: { ...body, ciphertext: toBase64Url(bytes) } });
        });
      }
      await page.goto(item.url);
      const main = page.locator("main[data-problem]");
      await expect(main, item.name).toHaveAttribute("data-problem", item.problem);
      const messages = t.en.share.viewer.errors[item.problem as keyof typeof t.en.share.viewer.errors];
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages.title);
      await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
      await expect(page.locator("main").getByRole("alert")).toHaveText(messages.body);
      await expect(page).toHaveTitle(new RegExp(`^${t.en.meta.errorPrefix}`));
    }
    await expectNoViolations(page, "viewer with an error");
    // The right key still opens it.
    await page.unrouteAll();
    await page.goto(`/en/r/${share.id}#${share.key}`);
    await expect(page.getByTestId("shared-report")).toBeVisible();
  });

  test("expired and revoked links answer 410 to the API and the page", async ({ page, request }) => {
    const share = await apiShare(request);
    const client = { "x-forwarded-for": testClient() };
    expect((await request.delete(`/api/share/${share.id}`, { headers: client })).status()).toBe(400);
    expect(
      (
        await request.delete(`/api/share/${share.id}`, { headers: { ...client, "x-revoke-token": "A".repeat(43) } })
      ).status(),
    ).toBe(403);
    expect(
      (
        await request.delete(`/api/share/${share.id}`, { headers: { ...client, "x-revoke-token": share.revokeToken } })
      ).status(),
    ).toBe(204);
    const gone = await request.get(`/api/share/${share.id}`, { headers: client });
    expect(gone.status()).toBe(410);
    expect(((await gone.json()) as { error: { code: string } }).error.code).toBe("gone");
    await page.goto(`/it/r/${share.id}#${share.key}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.it.share.viewer.errors.gone.title);
  });

  test("/r/* carries no-referrer, noindex, no-store and the CSP; the short link redirects to the reader's language", async ({
    request,
  }) => {
    const share = await apiShare(request);
    for (const [language, lang] of [
      ["it-IT,it;q=0.9", "it"],
      ["en-GB,en;q=0.8", "en"],
    ] as const) {
      const redirect = await request.get(`/r/${share.id}`, {
        maxRedirects: 0,
        headers: { "accept-language": language },
      });
      expect(redirect.status()).toBe(307);
      expect(redirect.headers().location).toBe(`/${lang}/r/${share.id}`);
      expect(redirect.headers()["referrer-policy"]).toBe("no-referrer");
    }
    for (const path of [`/r/${share.id}`, `/en/r/${share.id}`, `/it/r/${share.id}`]) {
      const response = await request.get(path, { maxRedirects: 0 });
      const headers = response.headers();
      expect(headers["referrer-policy"], path).toBe("no-referrer");
      expect(headers["x-robots-tag"], path).toContain("noindex");
      expect(headers["cache-control"], path).toContain("no-store");
      expect(headers["content-security-policy"], path).toContain("default-src 'self'");
      expect(headers["content-security-policy"], path).not.toMatch(/https?:\/\//);
    }
    const page = await request.get(`/en/r/${share.id}`);
    expect(await page.text()).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    const api = await request.get(`/api/share/${share.id}`, { headers: { "x-forwarded-for": testClient() } });
    expect(api.headers()["cache-control"]).toContain("no-store");
    expect(api.headers()["x-robots-tag"]).toContain("noindex");
  });

  test("the API refuses oversized, malformed and replayed uploads with a clear 4xx", async ({ request }) => {
    const headers = { "x-forwarded-for": testClient() };
    const { envelope } = await encryptShare(samplePayload());
    expect((await request.post("/api/share", { data: envelope, headers })).status()).toBe(201);
    const replay = await request.post("/api/share", { data: envelope, headers });
    expect(replay.status()).toBe(409);
    expect(((await replay.json()) as { error: { code: string } }).error.code).toBe("conflict");
    const big = await request.post("/api/share", {
      data: { ...envelope, ciphertext: toBase64Url(new Uint8Array(1024 * 1024 + 1)) },
      headers,
    });
    expect(big.status()).toBe(413);
    const malformed = await request.post("/api/share", {
      data: Buffer.from("{ not json"),
      headers: { ...headers, "content-type": "application/json" },
    });
    expect(malformed.status()).toBe(400);
    const unknownField = await request.post("/api/share", { data: { ...envelope, key: "oops" }, headers });
    expect(unknownField.status()).toBe(422);
    const text = await request.post("/api/share", {
      data: Buffer.from("hello"),
      headers: { ...headers, "content-type": "text/plain" },
    });
    expect(text.status()).toBe(415);
  });

  test("guessing ids gets 404, then the rate limit (429)", async ({ request }) => {
    const share = await apiShare(request);
    const headers = { "x-forwarded-for": testClient() };
    const statuses: number[] = [];
    for (let index = 0; index < 25; index++) {
      statuses.push(
        (
          await request.get(`/api/share/${toBase64Url(crypto.getRandomValues(new Uint8Array(16)))}`, { headers })
        ).status(),
      );
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(404));
    expect(statuses.slice(20)).toEqual(Array(5).fill(429));
    const blocked = await request.get(`/api/share/${share.id}`, { headers });
    expect(blocked.status()).toBe(429);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe("rate_limit_exceeded");
  });
});

test.describe("share links: accessibility", () => {
  for (const lang of ["en", "it"] as const) {
    test(`the share panel and the viewer have no WCAG 2.1 A/AA violation (${lang})`, async ({ page }) => {
      await importCase(page, caseWith({ network: { tlsInspection: "yes" } }), lang);
      await runDiagnosis(page);
      const link = await getLink(page, lang);
      await expectNoViolations(page, `share panel (${lang})`);
      await page.goto(`/${lang}/r/${link.id}#${link.key}`);
      await expect(page.getByTestId("shared-report")).toBeVisible();
      await page.locator("details > summary").first().click();
      await expectNoViolations(page, `viewer (${lang})`);
    });
  }

  test("at 360 px the share panel and the viewer fit and have no violation", async ({ browser, request }) => {
    const small = await freshPage(browser, { viewport: { width: 360, height: 780 } });
    await openReport(small.page, "en");
    await getLink(small.page, "en");
    await expectNoHorizontalScroll(small.page);
    await expectNoViolations(small.page, "share panel at 360 px");
    const share = await apiShare(request, samplePayload({ locale: "it" }));
    await small.page.goto(`/en/r/${share.id}#${share.key}`);
    await expect(small.page.getByTestId("shared-report")).toBeVisible();
    await small.page.locator('[data-probe="imap"] summary').click();
    await expectNoHorizontalScroll(small.page);
    await expectNoViolations(small.page, "viewer at 360 px");
    await small.context.close();
  });

  test("keyboard only: make the link, copy it, revoke it", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openReport(page, "en");
    const shareButton = page.getByRole("button", { name: t.en.share.button });
    await shareButton.focus();
    await page.keyboard.press("Enter");
    const panel = page.getByTestId("share-panel");
    await expect(panel.getByRole("heading", { name: t.en.share.panelTitle })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByTestId("share-url")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(panel.getByRole("button", { name: t.en.share.copy })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(panel.getByRole("status").first()).toHaveText(t.en.share.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.getByTestId("share-url").inputValue(),
    );
    await page.keyboard.press("Tab");
    await expect(panel.getByRole("button", { name: t.en.share.revoke })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(panel.getByRole("status")).toHaveText(t.en.share.revoked);
  });
});

// ---- The server holds nothing it could read: a server of this test's own, to read its database file and its log. ----

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function startServer(dataDir: string): Promise<{ url: string; log: () => string; stop: () => void }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ECE_DOCTOR_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => void (log += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => void (log += chunk.toString("utf8")));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
  };
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, log: () => log, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`next start did not answer: ${log}`);
}

test("a canary secret typed into the wizard never reaches the database file, the server log or the share payload", async ({
  browser,
}) => {
  test.slow();
  const dataDir = mkdtempSync(join(tmpdir(), "ece-share-e2e-"));
  const server = await startServer(dataDir);
  try {
    const { context, page } = await freshPage(browser, { baseURL: server.url });
    await importCase(page, healthyCase());
    await typeSecrets(page);
    await runDiagnosis(page);
    const link = await getLink(page, "en");
    expect(link.url.startsWith(`${server.url}/r/`)).toBe(true);
    const plaintext = JSON.stringify(await decryptShare(JSON.parse(link.requestBody) as ShareEnvelope, link.key));
    await page.goto(`/en/r/${link.id}#${link.key}`);
    await expect(page.getByTestId("shared-report")).toBeVisible();
    await page.goto("/en/report");
    await waitForReport(page);
    await context.close();

    const files = readdirSync(dataDir);
    expect(files).toContain("share-links.sqlite");
    const database = files.map((name) => readFileSync(join(dataDir, name)).toString("latin1")).join("\n");
    expect(database, "the database holds the link").toContain(link.id);
    expect(server.log(), "the server log is captured").toMatch(/Ready|started|Local/i);
    for (const [where, text] of [
      ["database file", database],
      ["server log", server.log()],
      ["share payload", plaintext],
      ["uploaded body", link.requestBody],
    ] as const) {
      for (const canary of [
        CANARY_SECRET,
        CANARY_TOKEN,
        Buffer.from(CANARY_SECRET).toString("base64"),
        CANARY_TOKEN.split(".")[2]!,
      ]) {
        expect(text.includes(canary), `${where} must not contain a canary`).toBe(false);
      }
    }
    expect(database.includes(link.key), "the database must not contain the key").toBe(false);
    expect(server.log().includes(link.key), "the server log must not contain the key").toBe(false);
  } finally {
    server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

async function waitForReport(page: Page) {
  await expect(page.getByTestId("report-summary")).toBeVisible();
}
