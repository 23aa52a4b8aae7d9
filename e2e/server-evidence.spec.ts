// Evidence files from the probe on two ECE servers, uploaded in the browser: the findings name the server; a
// tampered or mismatched file gets its message; the network step's answers follow the evidence; axe and 360 px.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { EVIDENCE_SCHEMA_ID, PROBE_TOOL_NAME, type ServerRole, sealEvidence } from "@/lib/evidence-files/format";
import type { Finding } from "@/lib/rules/types";
import {
  CLIENT_ID,
  caseWith,
  healthyCase,
  importCase,
  MAILBOXES,
  runDiagnosis,
  stepUrl,
  TENANT_ID,
  t,
} from "./helpers";
import { repoRoot } from "./sim-env";

// Playwright's loader needs an import attribute for JSON; read it instead.
const packageJson = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };

const target = "outlook.office365.com:993";
const timedOut: Finding = {
  check: "tcp",
  status: "fail",
  cause: "port-timeout",
  target,
  params: { host: "outlook.office365.com", port: "993", seconds: "5" },
};
const reached: Finding = {
  check: "tcp",
  status: "pass",
  target,
  params: { host: "outlook.office365.com", port: "993" },
};

async function evidenceFile(role: ServerRole, host: string, findings: Finding[], tenant = TENANT_ID) {
  const tcp = findings[0]!;
  const sealed = await sealEvidence({
    schema: EVIDENCE_SCHEMA_ID,
    tool: { name: PROBE_TOOL_NAME, version: packageJson.version },
    role,
    host,
    os: "Windows_NT 10.0.20348 x64",
    createdAt: "2026-12-02T08:00:00.000Z",
    live: true,
    proxy: null,
    case: { cloud: "worldwide", tenant, clientId: CLIENT_ID, retrieval: "imap", mailboxes: MAILBOXES },
    findings,
    evidence: [
      {
        kind: "tcp",
        target,
        host: "outlook.office365.com",
        port: 993,
        connected: tcp.status === "pass",
        startedAt: "2026-12-02T08:00:00.000Z",
        ms: tcp.status === "pass" ? 20 : 5000,
        phases: [],
        transcript: [],
        ...(tcp.status === "pass" ? {} : { error: { code: "TIMEOUT", message: "timed out", phase: "tcp" } }),
      },
    ],
  });
  return JSON.stringify(sealed, null, 2);
}

// The file input stays disabled until the probe's manifest (/api/probe) has come: files set on it before then are not
// read (a person cannot choose files in a disabled input; Playwright can). Under load that request took over 5 s.
async function upload(page: Page, files: { name: string; text: string }[], lang: "en" | "it" = "en") {
  const input = page.getByLabel(t[lang].probe.files.filesLabel);
  await expect(input).toBeEnabled({ timeout: 15_000 });
  await input.setInputFiles(
    files.map((file) => ({ name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) })),
  );
}

async function reportWithEvidence(page: Page) {
  // Nobody checked the servers by hand: the evidence decides.
  await importCase(page, caseWith({ network: { servicesServer: "not-checked", applicationServer: "not-checked" } }));
  await runDiagnosis(page);
  await upload(page, [
    { name: "ece-svc01.json", text: await evidenceFile("services", "ece-svc01", [timedOut]) },
    { name: "ece-app01.json", text: await evidenceFile("application", "ece-app01", [reached]) },
  ]);
  // Reading the files loads the evidence schema first, which can be slow on a loaded machine.
  await expect(page.getByTestId("evidence-files").getByRole("listitem")).toHaveCount(2, { timeout: 15_000 });
}

test.describe("evidence files from the ECE servers", () => {
  test("two servers: the finding names the one that cannot reach 993 and the one that can", async ({ page }) => {
    await reportWithEvidence(page);
    const card = page.locator('section[data-owner="network-admin"] article[data-cause="port-timeout"]');
    await expect(card).toContainText(
      "ece-svc01 (services server): outlook.office365.com did not answer on port 993 within 5 seconds; from ece-app01 (application server) it works.",
    );
    // Its passed checks (collapsed) name it too.
    await expect(page.getByText("ece-app01 (application server): ", { exact: false }).first()).toBeAttached();
    // The case's own "not verified" answer for these servers gives way to the evidence.
    await expect(page.locator('article[data-cause="network-not-verified"]')).toHaveCount(0);
    // The Markdown download keeps which server saw what.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: t.en.report.exportMarkdown }).click();
    const markdown = await (await download).createReadStream().then(async (stream) => {
      let text = "";
      for await (const chunk of stream) text += chunk.toString();
      return text;
    });
    expect(markdown).toContain("ece-svc01 (services server): outlook.office365.com did not answer on port 993");
  });

  test("a tampered file, another tenant's file and the same server twice each get their message", async ({ page }) => {
    await reportWithEvidence(page);
    const tampered = (await evidenceFile("services", "ece-svc02", [timedOut])).replace(
      '"status": "fail"',
      '"status": "warn"',
    );
    const otherTenant = await evidenceFile(
      "application",
      "ece-app02",
      [reached],
      "11111111-1111-4111-8111-111111111111",
    );
    const again = await evidenceFile("services", "ece-svc01", [reached]);
    await upload(page, [
      { name: "edited.json", text: tampered },
      { name: "other.json", text: otherTenant },
      { name: "again.json", text: again },
    ]);
    const errors = page.getByTestId("evidence-errors");
    await expect(errors).toContainText("edited.json: the evidence file was changed after the probe wrote it");
    await expect(errors).toContainText(
      `other.json: the probe ran for another case (azure.tenant: 11111111-1111-4111-8111-111111111111 instead of ${TENANT_ID})`,
    );
    await expect(errors).toContainText("again.json: there is already evidence from ece-svc01 (services server)");
    await expect(page.getByTestId("evidence-files").getByRole("listitem")).toHaveCount(2);
    // Pasted text that is not an evidence file.
    await page.getByLabel(t.en.probe.files.paste).fill('{"schema":"ece-oauth-doctor/case@2"}');
    await page.getByRole("button", { name: t.en.probe.files.add }).click();
    await expect(errors).toContainText("this is not an ECE OAuth Doctor evidence file");
  });

  test("on the network step the evidence answers whether each server reaches Microsoft (Italian)", async ({ page }) => {
    await importCase(page, healthyCase(), "it");
    await page.goto(stepUrl("it", "network"));
    await upload(
      page,
      [
        { name: "svc.json", text: await evidenceFile("services", "ece-svc01", [timedOut]) },
        { name: "app.json", text: await evidenceFile("application", "ece-app01", [reached]) },
      ],
      "it",
    );
    await expect(page.getByTestId("evidence-files")).toContainText("ece-svc01 (server dei servizi)");
    await expect(page.locator('input[name="network.servicesServer"][value="blocked"]')).toBeChecked();
    await expect(page.locator('input[name="network.applicationServer"][value="verified"]')).toBeChecked();
  });

  test("when the server does not send the probe's downloads, the panel says why the input is disabled, and Try again recovers", async ({
    page,
  }) => {
    await importCase(page, healthyCase());
    let failing = true;
    await page.route("**/api/probe", (route) =>
      failing
        ? route.fulfill({ status: 503, json: { error: { code: "unavailable", message: "down" } } })
        : route.fallback(),
    );
    await page.goto(stepUrl("en", "network"));
    const failed = page.getByTestId("probe-manifest-failed");
    await expect(failed).toContainText(t.en.probe.files.manifestFailed);
    await expect(page.getByText(t.en.probe.files.notBuilt)).toHaveCount(0);
    await expect(page.getByLabel(t.en.probe.files.filesLabel)).toBeDisabled();
    failing = false;
    await failed.getByRole("button", { name: t.en.probe.files.retry }).click();
    await expect(failed).toHaveCount(0);
    await expect(page.getByTestId("probe-downloads")).toBeVisible();
    await expect(page.getByRole("heading", { name: t.en.probe.files.downloads })).toBeFocused();
    await upload(page, [{ name: "svc.json", text: await evidenceFile("services", "ece-svc01", [timedOut]) }]);
    await expect(page.getByTestId("evidence-files").getByRole("listitem")).toHaveCount(1, { timeout: 15_000 });
  });

  test.describe("accessibility", () => {
    test.use({ viewport: { width: 360, height: 780 } });
    test("axe and 360 px on the report with evidence and an error", async ({ page }) => {
      await reportWithEvidence(page);
      await upload(page, [
        {
          name: "edited.json",
          text: (await evidenceFile("services", "ece-svc09", [timedOut])).replace("ece-svc09", "ece-svc10"),
        },
      ]);
      await expect(page.getByTestId("evidence-errors")).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(360);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(
        violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
    });
  });
});
