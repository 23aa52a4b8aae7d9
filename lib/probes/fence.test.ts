import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");

// The only modules that may open sockets or resolve names: the probes' connect path and its resolver; and the HTTPS
// client, which only frames HTTP on a socket it takes from that path (node:http, never node:https or node:net).
const fenced: Record<string, string[]> = {
  "lib/probes/connect.ts": ["net", "tls"],
  "lib/probes/resolver.ts": ["dns", "net"],
  "lib/live/https-client.ts": ["http"],
  // Only with the ECE-server probe's --proxy / HTTPS_PROXY: the proxy resolves and connects (see its comment).
  "lib/live/proxied-https.ts": ["https"],
};
// Never part of the server: tests, their fakes, the simulator and the benchmark that drives it, and the wizard's own
// listening server (it accepts connections; it opens none).
const outside = [
  /\.test\.tsx?$/,
  /^lib\/probes\/test-support\//,
  /^e2e\//,
  /^scripts\/bench\.ts$/,
  /^scripts\/server\.mjs$/,
];

const networkModule =
  /(?:from\s+|import\s*\(\s*|require\s*\(\s*)["'](?:node:)?(net|tls|http|https|http2|dns|dgram|undici)(?:\/[a-z]+)?["']/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mts|mjs|js|cjs)$/.test(name) ? [relative(root, path)] : [];
  });
}

describe("one fence for every socket", () => {
  it("finds the modules it guards", () => {
    const all = ["app", "lib", "components", "scripts"].flatMap((dir) => sources(join(root, dir)));
    expect(all).toContain("lib/probes/connect.ts");
    expect(all.length).toBeGreaterThan(100);
  });

  it("no module outside the connect path imports node:net, node:tls, node:http(s), node:dns or a socket library", () => {
    const all = ["app", "lib", "components", "scripts", "proxy.ts", "next.config.ts"].flatMap((entry) => {
      const path = join(root, entry);
      return statSync(path).isDirectory() ? sources(path) : [entry];
    });
    const offenders = all
      .filter((file) => !outside.some((pattern) => pattern.test(file)))
      .flatMap((file) => {
        const text = readFileSync(join(root, file), "utf8");
        // Types carry no socket: "import type { Socket } from 'node:net'" is fine.
        return [...text.matchAll(networkModule)]
          .filter((m) => !/import\s+type\s[^;]*$/.test(text.slice(Math.max(0, (m.index ?? 0) - 200), m.index)))
          .filter((m) => !(fenced[file] ?? []).includes(m[1] ?? ""))
          .map((m) => `${file}: ${m[1]}`);
      });
    expect(offenders).toEqual([]);
  });

  it("the login host's HTTPS gets its socket from the probes' connect path", () => {
    const client = readFileSync(join(root, "lib/live/https-client.ts"), "utf8");
    expect(client).toMatch(/import \{[^}]*\bopenConnection\b[^}]*\} from "@\/lib\/probes\/connect"/);
    expect(client).toContain("createConnection: () => connection.socket");
  });
});
