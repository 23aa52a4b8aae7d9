import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST as diagnoseRoute } from "@/app/api/diagnose/route";
import { POST as triageRoute } from "@/app/api/triage/route";
import { healthyCase } from "@/lib/rules/fixtures";
import * as api from "./client";
import { ApiRequestError } from "./client";
import { RESULTS_SCHEMA_ID } from "./contract";
import { diagnoseStream, ndjsonLines } from "./diagnose-stream";

// The client against the real route handlers: fetch hands each request to the route, as Next would.
const routes: Record<string, (request: Request) => Promise<Response>> = {
  "/api/diagnose": diagnoseRoute as (request: Request) => Promise<Response>,
  "/api/triage": triageRoute as (request: Request) => Promise<Response>,
};

function serveRoutes() {
  vi.stubGlobal("fetch", async (input: string, init?: RequestInit) => {
    const url = new URL(input, "http://127.0.0.1");
    const route = routes[url.pathname];
    if (!route) return Response.json({ error: { code: "not_found", message: "no route" } }, { status: 404 });
    return route(
      new Request(url, { ...init, headers: { ...init?.headers, "x-forwarded-for": `client-${Math.random()}` } }),
    );
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const streamOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

describe("ndjsonLines", () => {
  it("joins lines split across chunks, skips blank lines and reads a last line without a newline", async () => {
    const lines: unknown[] = [];
    for await (const line of ndjsonLines(streamOf('{"a":1}\n{"b"', ':2}\n\n{"c":"è', '"}'))) lines.push(line);
    expect(lines).toEqual([{ a: 1 }, { b: 2 }, { c: "è" }]);
  });
});

describe("api client", () => {
  it("diagnoses a case and returns the typed results document", async () => {
    serveRoutes();
    const answer = await api.diagnose({ case: healthyCase(), locale: "it" });
    expect(answer.schema).toBe(RESULTS_SCHEMA_ID);
    expect(answer.results.length).toBe(answer.findings.length);
    expect(answer.results.map((result) => result.check)).toEqual(answer.findings.map((item) => item.check));
    expect(answer.evidence).toEqual([]);
  });

  it("reads the streamed diagnosis to its final line", async () => {
    serveRoutes();
    const streamed = await diagnoseStream({ case: healthyCase() });
    const whole = await api.diagnose({ case: healthyCase() });
    expect(streamed.findings).toEqual(whole.findings);
  });

  it("throws the error envelope's code and message", async () => {
    serveRoutes();
    const file = { ...healthyCase(), azure: { ...healthyCase().azure, cloud: "nowhere" } };
    const error = await api.diagnose({ case: file }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 422, code: "unprocessable_entity" });
    expect((error as Error).message).toContain("case.azure.cloud");
  });

  it("triages a pasted error", async () => {
    serveRoutes();
    const answer = await api.triage({ text: "AADSTS7000215: Invalid client secret provided.", locale: "en" });
    expect(answer.matches.map((match) => match.cause)).toContain("secret-invalid");
    expect(answer.matches[0]?.result.title).toBeTruthy();
  });
});

describe("components", () => {
  const root = path.resolve(__dirname, "../..");
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(path.join(dir, entry.name))
        : /\.tsx?$/.test(entry.name)
          ? [path.join(dir, entry.name)]
          : [],
    );

  // Every call to the API goes through lib/api/client.ts (typed answers, one error); components render and call.
  it("never call fetch themselves", () => {
    const sources = [
      ...files(path.join(root, "components")),
      ...files(path.join(root, "app")).filter((file) => !file.includes(`${path.sep}api${path.sep}`)),
    ];
    expect(sources.length).toBeGreaterThan(20);
    const calling = sources
      .filter((file) => /\bfetch\s*\(/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(calling).toEqual([]);
  });

  it("link through components/ui/link.tsx, which fetches a page when it is followed rather than on sight", () => {
    const direct = [...files(path.join(root, "components")), ...files(path.join(root, "app"))]
      .filter((file) => /from "next\/link"/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(direct).toEqual([path.join("components", "ui", "link.tsx")]);
  });
});
