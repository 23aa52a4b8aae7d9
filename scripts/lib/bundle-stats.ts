// First-load JavaScript per route, gzip, from the build's .next/diagnostics/route-bundle-stats.json (written by
// `next build`): the figures of npm run bench and of the bundle budget test. Bytes, so deterministic for a build.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The empty page of the same build (app/empty-reference): what Next and React alone cost. */
export const referenceRoute = "/empty-reference";

/** Issue #16's target: no page loads more than this much JavaScript (gzip) above the empty page. */
export const budgetOverEmpty = 25_000;

export type RouteBundle = { route: string; gzipBytes: number; rawBytes: number; chunks: number };

type StatsEntry = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

export function statsPath(root: string): string {
  return join(root, ".next/diagnostics/route-bundle-stats.json");
}

export function readRouteBundles(root: string): RouteBundle[] {
  const path = statsPath(root);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`next build\` first`);
  const entries = JSON.parse(readFileSync(path, "utf8")) as StatsEntry[];
  const gzipOf = new Map<string, number>();
  const gzip = (chunk: string) => {
    let size = gzipOf.get(chunk);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(root, chunk)), { level: 9 }).length;
      gzipOf.set(chunk, size);
    }
    return size;
  };
  return entries
    .map((entry) => ({
      route: entry.route,
      gzipBytes: entry.firstLoadChunkPaths.reduce((sum, chunk) => sum + gzip(chunk), 0),
      rawBytes: entry.firstLoadUncompressedJsBytes,
      chunks: entry.firstLoadChunkPaths.length,
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
