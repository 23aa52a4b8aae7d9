// The pages that fill in from the answers kept in this browser tab (the checklist, step n of N, the report) must not
// move what is already shown when they do: Lighthouse counted a layout shift of 0.25 on a step at phone width when the
// checklist was drawn before the answers and pushed down under them. CPU is slowed four times, as Lighthouse's mobile
// run does, so that the browser paints before the page's scripts have run.
import { expect, type Page, test } from "@playwright/test";
import { healthyCase } from "@/lib/rules/fixtures";
import { importCase, stepUrl } from "./helpers";

test.use({ viewport: { width: 412, height: 823 } });

async function layoutShiftOf(page: Page, path: string): Promise<{ total: number; shifted: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.addInitScript(() => {
    const seen: { value: number; nodes: string[] }[] = [];
    (window as unknown as { __shifts: typeof seen }).__shifts = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      })[])
        if (!entry.hadRecentInput)
          seen.push({
            value: entry.value,
            nodes: (entry.sources ?? []).map(
              (source) => (source.node as Element | null)?.outerHTML.slice(0, 80) ?? "?",
            ),
          });
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(
    () => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts,
  );
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  return {
    total: shifts.reduce((sum, shift) => sum + shift.value, 0),
    shifted: shifts.flatMap((shift) => shift.nodes),
  };
}

const pages = [
  "/en",
  stepUrl("en", "ece-version"),
  stepUrl("en", "mailboxes"),
  "/en/check-answers",
  "/en/report",
  "/en/triage",
];

for (const path of pages) {
  test(`${path} loads without moving what it has shown, for a first visit`, async ({ page }) => {
    const { total, shifted } = await layoutShiftOf(page, path);
    expect(total, `shifted: ${shifted.join(" | ")}`).toBeLessThan(0.01);
  });
}

test("a step and check answers load without moving what they have shown, with answers kept in the tab", async ({
  page,
}) => {
  await importCase(page, healthyCase());
  for (const path of [
    stepUrl("en", "mailboxes"),
    stepUrl("en", "network"),
    stepUrl("en", "token"),
    "/en/check-answers",
  ]) {
    const { total, shifted } = await layoutShiftOf(page, path);
    expect(total, `${path} shifted: ${shifted.join(" | ")}`).toBeLessThan(0.01);
  }
});
