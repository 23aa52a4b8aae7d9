import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const path of process.argv.slice(2)) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  page.on("console", (m) => console.log("  console", m.type(), m.text().slice(0, 200)));
  page.on("pageerror", (e) => console.log("  pageerror", e.message.slice(0, 200)));
  await page.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp.push([Math.round(e.startTime), e.element?.tagName, e.element?.className, e.size, (e.element?.textContent||"").slice(0,40)]); }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(`http://127.0.0.1:3201/${path}`);
  await page.waitForTimeout(3000);
  console.log(path, JSON.stringify(await page.evaluate(() => window.__lcp)), "fcp", await page.evaluate(() => Math.round(performance.getEntriesByName("first-contentful-paint")[0]?.startTime)));
  await page.close();
}
await browser.close();
