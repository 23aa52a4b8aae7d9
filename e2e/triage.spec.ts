// Triage end to end: the error texts the Microsoft 365 simulator itself produces (token endpoint, sign-in page, mail
// servers), each named with its cause, owner and fix by POST /api/triage, by npm run doctor -- --triage, and by the
// triage page in the browser.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { type CauseId, causeDef } from "@/lib/catalogue/causes";
import { checkOwner } from "@/lib/catalogue/checks";
import { messages } from "@/lib/i18n/messages";
import { freshClient } from "./live-support";
import { repoRoot, toolEnv } from "./sim-env";
import { canaryJwt, triageCases } from "./triage-cases";

type Match = {
  cause: CauseId;
  line: number;
  excerpt: string;
  result: { cause?: string; owner: string; title: string; fix: string[] };
};

// Each case's text once per run: the simulator answers the same way every time, and the spec compares the channels.
const texts = new Map<string, string>();
async function textOf(name: string): Promise<string> {
  const known = texts.get(name);
  if (known !== undefined) return known;
  const found = triageCases.find((item) => item.name === name);
  if (!found) throw new Error(`no triage case ${name}`);
  const text = await found.text();
  texts.set(name, text);
  return text;
}

const ownerOf = (cause: CauseId) => causeDef(cause).owner ?? checkOwner[causeDef(cause).check];

type Run = { code: number | null; stdout: string; stderr: string };
function doctor(args: string[], stdin?: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...toolEnv, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.ECE_DOCTOR_CLIENT_SECRET;
  delete env.ECE_DOCTOR_ACCESS_TOKEN;
  return new Promise((done, fail) => {
    const child = spawn("npm", ["run", "--silent", "doctor", "--", ...args], {
      cwd: repoRoot,
      env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", fail);
    child.on("close", (code) => (clearTimeout(timer), done({ code, stdout, stderr })));
    child.stdin.end(stdin ?? "");
  });
}

test.describe("triage of the simulator's error texts", () => {
  test.describe.configure({ timeout: 90_000 });

  for (const item of triageCases) {
    test(`POST /api/triage names ${item.cause}: ${item.name} (${item.source})`, async ({ request }) => {
      const text = await textOf(item.name);
      const response = await request.post("/api/triage", {
        data: { text, locale: "en" },
        headers: freshClient(),
        timeout: 20_000,
      });
      expect(response.status()).toBe(200);
      const { matches } = (await response.json()) as { matches: Match[] };
      // Exactly this cause: a second one would send the reader after the wrong fix.
      expect(matches.map((match) => match.cause)).toEqual([item.cause]);
      const [match] = matches;
      expect(match?.result).toMatchObject({ cause: item.cause, owner: ownerOf(item.cause) });
      expect(match?.result.fix.length).toBeGreaterThan(0);
      expect(JSON.stringify(matches)).not.toContain(canaryJwt.split(".")[1]);
    });
  }

  test("npm run doctor -- --triage names every case with cause, owner and fix, from a file and from stdin", async ({}, testInfo) => {
    const sections = await Promise.all(triageCases.map(async (item) => ({ item, text: await textOf(item.name) })));
    // One log of every case, each after a marker line, so a match's line number says which case it came from.
    const lines: string[] = [];
    const firstLine = new Map<string, number>();
    for (const { item, text } of sections) {
      lines.push(`---- case: ${item.name}`);
      firstLine.set(item.name, lines.length + 1);
      lines.push(...text.split(/\r?\n/));
    }
    const log = lines.join("\n");
    const file = testInfo.outputPath("triage.log");
    writeFileSync(file, log);

    const json = await doctor(["--triage", file, "--json"]);
    expect(json.code, json.stderr).toBe(1);
    const { matches } = JSON.parse(json.stdout) as { matches: Match[] };
    expect(matches.map((match) => match.cause).sort()).toEqual(triageCases.map((item) => item.cause).sort());
    for (const item of triageCases) {
      const match = matches.find((candidate) => candidate.cause === item.cause);
      const start = firstLine.get(item.name) ?? 0;
      const end = start + (texts.get(item.name) ?? "").split(/\r?\n/).length;
      expect(match?.line, `${item.cause} found in the lines of "${item.name}"`).toBeGreaterThanOrEqual(start);
      expect(match?.line, `${item.cause} found in the lines of "${item.name}"`).toBeLessThan(end);
      expect(match?.result.owner).toBe(ownerOf(item.cause));
    }

    for (const lang of ["en", "it"] as const) {
      const text = await doctor(["--triage", "-", "--lang", lang], log);
      expect(text.code, text.stderr).toBe(1);
      // "[Problem] check / cause (Line n) · owner", then the excerpt, the title, why and the numbered fix.
      for (const item of triageCases) {
        expect(text.stdout).toMatch(
          new RegExp(
            `\\] [\\w-]+ / ${item.cause} \\([^)]*\\) · ${messages[lang].report.owners[ownerOf(item.cause)]}\\n`,
          ),
        );
      }
      expect(text.stdout.match(/\n {2}1\. /g)?.length).toBe(triageCases.length);
      expect(text.stdout + text.stderr).not.toContain(canaryJwt.split(".")[1]);
      expect(text.stdout).toContain("<redacted ");
    }
  });

  test("npm run doctor -- --triage exits 0 when nothing is recognised, and 2 without a file", async () => {
    const none = await doctor(["--triage", "-"], "2026-11-28 10:00:00 INFO Retriever finished: 3 messages read\n");
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).toContain("No known error was found");
    const missing = await doctor(["--triage"]);
    expect(missing.code).toBe(2);
  });

  test("the triage page names each case in the browser", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/en/triage");
    for (const item of triageCases) {
      await page.getByLabel("Error text").fill(await textOf(item.name));
      await page.getByRole("button", { name: "Explain the errors" }).click();
      const cards = page.locator("article[data-cause]");
      await expect(cards.first()).toHaveAttribute("data-cause", item.cause);
      await expect(cards).toHaveCount(1);
      await expect(page.getByText(canaryJwt.split(".")[1] ?? "-")).toHaveCount(0);
    }
  });

  // How JavaMail (which ECE's services use) reports Exchange's "NO AUTHENTICATE failed.", and a log where the Retriever
  // and the Dispatcher fail for different reasons: both must be named, in the order of their lines. Texts from lib/triage/corpus
  // (MailKit#690 for the reply; nextgenhealthcare/connect#5634 for the SMTP reply as JavaMail prints it).
  test("the triage page names JavaMail's AUTHENTICATE failed. and both errors of a two-error log", async ({ page }) => {
    await page.goto("/en/triage");
    await page.getByLabel("Error text").fill("javax.mail.AuthenticationFailedException: AUTHENTICATE failed.");
    await page.getByRole("button", { name: "Explain the errors" }).click();
    const cards = page.locator("article[data-cause]");
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toHaveAttribute("data-cause", "imap-auth-failed");

    const log = [
      "2026-11-28 09:59:58 ERROR [Retriever-support] javax.mail.AuthenticationFailedException: AUTHENTICATE failed.",
      "2026-11-28 10:00:00 INFO  [Retriever-support] retry in 60 s",
      "2026-11-28 10:01:00 ERROR [Dispatcher-1] Caused by: javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClie",
      "ntAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
    ].join("\n");
    await page.getByLabel("Error text").fill(log);
    await page.getByRole("button", { name: "Explain the errors" }).click();
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toHaveAttribute("data-cause", "imap-auth-failed");
    await expect(cards.nth(1)).toHaveAttribute("data-cause", "smtp-auth-disabled-tenant");
    await expect(page.getByText("Line 1", { exact: true })).toBeVisible();
    await expect(page.getByText("Line 3", { exact: true })).toBeVisible();
  });

  test("an unrecognised text gets what to paste instead and a link into the checklist", async ({ page }) => {
    await page.goto("/en/triage");
    await page.getByLabel("Error text").fill("2026-11-28 10:00:00 INFO Retriever finished: 3 messages read");
    await page.getByRole("button", { name: "Explain the errors" }).click();
    const none = page.getByTestId("triage-none");
    await expect(none).toContainText("No known error was found");
    await expect(none.getByRole("listitem")).toHaveCount(4);
    await none.getByRole("link", { name: "Go through the checklist step by step" }).click();
    await expect(page).toHaveURL(/\/en\/steps\//);
  });
});
