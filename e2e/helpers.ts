import { readFile } from "node:fs/promises";
import { expect, type Page, type Response } from "@playwright/test";
import type { DraftValue, FieldId } from "@/lib/case/fields";
import type { CaseFile } from "@/lib/case/schema";
import { type Owner, staticCheckIds } from "@/lib/catalogue/checks";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import type { Finding } from "@/lib/rules/types";
import { draftToCase } from "@/lib/wizard/draft-parse";
import { isStepId, type StepId, stepDef } from "@/lib/wizard/steps";

export type Lang = Locale;
export type Answers = Partial<Record<FieldId, DraftValue>>;

export const STORAGE_KEY = "ece-oauth-doctor/wizard";
export const ECE_URL = "https://ece.example.com";
export const TENANT_ID = "72f988bf-86f1-41af-91ab-2d7cd011db47";
export const CLIENT_ID = "0b7e6b8c-0c5e-4a6e-9a39-5f6c0f1e2d3a";
/** Shaped like an Entra client secret Value: not a GUID, not the client id. */
export const SECRET_VALUE = "Abc8Q~x1y2z3-LongSecretValue_0123456789ab";
export const REDIRECT_URI = "https://ece.example.com/system/ws/v12/oauth/redirect";
export const ALL_PERMISSIONS = ["IMAP.AccessAsUser.All", "POP.AccessAsUser.All", "SMTP.Send", "offline_access"];
export const MAILBOXES = ["support@example.com", "sales@example.com"];

/** The checks that the wizard's answers feed: a healthy case passes each of them once. */
export const ANSWER_CHECKS = staticCheckIds;

/** Answers that pass every check, keyed by field id (option ids for radios and checkboxes). */
export const healthyAnswers: Answers = {
  "ece.version": "12.6(1)",
  "ece.installedES": "ES1",
  "ece.esIsLatest": "yes",
  "ece.externalUrl": ECE_URL,
  "ece.consoleUrl": ECE_URL,
  "azure.cloud": "worldwide",
  "azure.tenant": TENANT_ID,
  "azure.clientId": CLIENT_ID,
  "secrets.clientSecret": SECRET_VALUE,
  "azure.secretExpires": "2030-01-31",
  "azure.redirectUri": REDIRECT_URI,
  "azure.redirectPlatform": "web",
  "azure.eceRedirectUri": REDIRECT_URI,
  "azure.delegatedPermissions": ALL_PERMISSIONS,
  "azure.adminConsent": "yes",
  "azure.accessTokenLifetimeMinutes": "60",
  "mail.mailboxes": MAILBOXES.join("\n"),
  "mail.accessModel": "per-mailbox",
  "mail.retrieval": "imap",
  "mail.retrievalEnabled": "yes",
  "mail.authenticatedSmtp": "yes",
  "mail.licence": "e3",
  "mail.privateWindow": "yes",
  "mail.tokenSignedInAs": "support@example.com",
  "network.servicesServer": "verified",
  "network.applicationServer": "verified",
  "network.tlsInspection": "no",
};

/** The case file (ece-oauth-doctor/case@3) that `healthyAnswers` produce, made by the wizard's own conversion. */
export function healthyCase(): CaseFile {
  const parsed = draftToCase(healthyAnswers);
  if (!parsed.success) throw new Error(`healthyAnswers make no case file: ${parsed.error.message}`);
  return parsed.data;
}

/** A deep patch for a case file. Loosely typed on purpose: tests also send unknown fields and wrong values. */
export type CasePatch = { [key: string]: unknown };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function merge(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const current = result[key];
    result[key] = isPlainObject(current) && isPlainObject(value) ? merge(current, value) : value;
  }
  return result;
}

/** A healthy case with `patch` deep-merged in (arrays and null replace; unknown keys are kept, to test rejection). */
export function caseWith(patch: CasePatch): CaseFile {
  return merge(healthyCase() as unknown as Record<string, unknown>, patch) as unknown as CaseFile;
}

export const t = messages;

export function stepUrl(lang: Lang, step: StepId, query = ""): string {
  return `/${lang}/steps/${step}${query}`;
}

/** A form control by field id. Ids contain dots, so never use "#ece.consoleUrl". */
export function field(page: Page, id: string) {
  return page.locator(`[id="${id}"]`);
}

export function continueButton(page: Page, lang: Lang) {
  return page.getByRole("button", { name: t[lang].nav.continue, exact: true });
}

/** Waits until the step form is hydrated (the form only renders once the stored answers are loaded). */
export async function waitForStep(page: Page, lang: Lang, step: StepId) {
  await expect(page).toHaveURL(new RegExp(`/${lang}/steps/${step}(\\?|$)`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t[lang].steps[step].title);
  await expect(continueButton(page, lang)).toBeVisible();
}

/** Sets one answer through the UI, whatever the kind of field. */
export async function setAnswer(page: Page, id: FieldId, value: DraftValue, type?: string) {
  const controls = page.locator(`[name="${id}"]`);
  const kind = type ?? (await controls.first().getAttribute("type"));
  if (kind === "radio") {
    await page.locator(`input[name="${id}"][value="${String(value)}"]`).check();
  } else if (kind === "checkbox") {
    const wanted = Array.isArray(value) ? value : [value];
    const states = await controls.evaluateAll((boxes) =>
      boxes.map((box) => [(box as HTMLInputElement).value, (box as HTMLInputElement).checked] as const),
    );
    for (const [option, checked] of states) {
      if (wanted.includes(option) !== checked)
        await page.locator(`input[name="${id}"][value="${option}"]`).setChecked(!checked);
    }
  } else {
    await controls.fill(Array.isArray(value) ? value.join("\n") : value);
  }
}

/** Fills the fields of the current step that are on the page (branches may hide some) and in `answers`. */
export async function fillStep(page: Page, step: StepId, answers: Answers) {
  const wanted = stepDef(step).fields.filter((id) => answers[id] !== undefined);
  const present = await page.evaluate(
    (ids) =>
      ids.flatMap((id) => {
        const control = document.getElementsByName(id)[0];
        return control
          ? [[id, control instanceof HTMLInputElement ? control.type : control.tagName.toLowerCase()] as const]
          : [];
      }),
    wanted,
  );
  for (const [id, type] of present) await setAnswer(page, id, answers[id]!, type);
}

/** Clicks Continue and waits for the next page; fails with the error summary's text if the step did not validate. */
export async function submitStep(page: Page, lang: Lang) {
  const before = new URL(page.url()).pathname + new URL(page.url()).search;
  await continueButton(page, lang).click();
  try {
    await page.waitForURL((url) => url.pathname + url.search !== before, { timeout: 10_000 });
  } catch (error) {
    const summary = page.getByTestId("error-summary");
    const detail = (await summary.isVisible()) ? await summary.innerText() : "no error summary";
    throw new Error(`Continue did not leave ${before}: ${detail}`, { cause: error });
  }
}

/**
 * Walks the wizard from the current step page to check answers, filling each step from `answers`
 * and clicking Continue. Branch steps are filled only if the app shows them. Returns the steps seen.
 */
export async function completeWizard(page: Page, lang: Lang, answers: Answers): Promise<StepId[]> {
  const seen: StepId[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const path = new URL(page.url()).pathname;
    if (path === `/${lang}/check-answers`) {
      await expect(page.getByRole("button", { name: t[lang].check.submit })).toBeVisible();
      return seen;
    }
    const step = /^\/(?:en|it)\/steps\/([a-z-]+)$/.exec(path)?.[1];
    if (step === undefined || !isStepId(step)) throw new Error(`completeWizard: unexpected page ${path}`);
    seen.push(step);
    await waitForStep(page, lang, step);
    await fillStep(page, step, answers);
    await submitStep(page, lang);
  }
  throw new Error("completeWizard: the wizard did not end");
}

/** Opens /<lang>/steps/ece-version and walks every step with the healthy answers plus `overrides`. */
export async function fillWizard(page: Page, lang: Lang = "en", overrides: Answers = {}): Promise<StepId[]> {
  await page.goto(stepUrl(lang, "ece-version"));
  return completeWizard(page, lang, { ...healthyAnswers, ...overrides });
}

export type Diagnosis = {
  response: Response;
  body: { findings: Finding[]; results: { check: string; cause?: string; status: string; title: string }[] };
  requestBody: string;
};

/** From check answers: clicks "Run the diagnosis", waits for the API and the report. */
export async function runDiagnosis(page: Page): Promise<Diagnosis> {
  const lang = (/^\/(en|it)\//.exec(new URL(page.url()).pathname)?.[1] ?? "en") as Lang;
  await expect(page).toHaveURL(new RegExp(`/${lang}/check-answers$`));
  const responsePromise = page.waitForResponse(
    (response) => new URL(response.url()).pathname === "/api/diagnose" && response.request().method() === "POST",
  );
  await page.getByRole("button", { name: t[lang].check.submit }).click();
  const response = await responsePromise;
  expect(response.status(), "POST /api/diagnose").toBe(200);
  await page.waitForURL(`**/${lang}/report`);
  await expect(page.getByTestId("report-summary")).toBeVisible();
  return { response, body: await response.json(), requestBody: response.request().postData() ?? "" };
}

/**
 * Loads a case file through the import page (paste) and waits for check answers.
 * `via: "links"` reaches the import page through the header and start page links (client-side, no reload).
 */
export async function importCase(page: Page, file: unknown, lang: Lang = "en", via: "goto" | "links" = "goto") {
  if (via === "goto") {
    await page.goto(`/${lang}/import`);
  } else {
    await page.getByRole("link", { name: t[lang].nav.home }).click();
    await page.getByRole("link", { name: t[lang].start.importLink }).click();
    await page.waitForURL(`**/${lang}/import`);
  }
  await page.getByLabel(t[lang].importCase.paste).fill(typeof file === "string" ? file : JSON.stringify(file, null, 2));
  await page.getByRole("button", { name: t[lang].importCase.submit }).click();
  await page.waitForURL(`**/${lang}/check-answers`);
  await expect(page.getByRole("button", { name: t[lang].check.submit })).toBeVisible();
}

/** Result card of a cause inside one owner's section of the report. */
export function causeCard(page: Page, owner: Owner, cause: string) {
  return page.locator(`section[data-owner="${owner}"] article[data-cause="${cause}"]`);
}

/** Everything in sessionStorage and localStorage, as one string. */
export async function storageDump(page: Page): Promise<string> {
  return page.evaluate(() => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => {
        const key = storage.key(index) ?? "";
        return `${key}=${storage.getItem(key) ?? ""}`;
      });
    return JSON.stringify({ session: dump(sessionStorage), local: dump(localStorage) });
  });
}

/** Clicks a download button on the report and returns the file. */
export async function downloadFrom(page: Page, buttonName: string) {
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("button", { name: buttonName, exact: true }).click();
  const download = await downloadPromise;
  const path = await download.path();
  expect(await download.failure(), `download "${buttonName}"`).toBeNull();
  return { name: download.suggestedFilename(), path, text: await readFile(path, "utf8") };
}
