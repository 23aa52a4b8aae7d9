// Each page's first-load JavaScript (gzip) against its budget, read from the build's route-bundle-stats.json.
// Bytes are deterministic for a build, so this is no timing test. It needs `next build` first: npm test runs it
// right after the build (BUNDLE_BUDGET=1); a plain `vitest run` before any build skips it.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { budgetOverEmpty, kB, readRouteBundles, referenceRoute } from "./lib/bundle-stats";

const root = fileURLToPath(new URL("..", import.meta.url));

// Issue #16's target, the same for every page: at most 25 kB above the empty page of the same build.
const enabled = process.env.BUNDLE_BUDGET === "1";

describe.runIf(enabled)("first-load JavaScript budget", () => {
  const routes = enabled ? readRouteBundles(root) : [];
  const empty = routes.find((route) => route.route === referenceRoute);

  it("has the empty reference page in the build", () => {
    expect(empty, `${referenceRoute} (app/empty-reference) is missing from the build`).toBeDefined();
  });

  it.each(routes.filter((route) => route.route.startsWith("/[lang]")).map((route) => [route.route, route] as const))(
    "%s stays within its budget",
    (_name, route) => {
      const over = route.gzipBytes - (empty?.gzipBytes ?? 0);
      expect(
        over,
        `${route.route} loads ${kB(route.gzipBytes)}, ${kB(over)} above the empty page's ${kB(empty?.gzipBytes ?? 0)}; its budget is +${kB(budgetOverEmpty)}`,
      ).toBeLessThanOrEqual(budgetOverEmpty);
    },
  );
});
