import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { POST as diagnose } from "@/app/api/diagnose/route";
import { GET as probeFile } from "@/app/api/probe/[file]/route";
import { DELETE as cancelDevice, GET as pollDevice } from "@/app/api/token/device/route";
import { POST as triageRoute } from "@/app/api/triage/route";
import { healthyCase } from "@/lib/rules/fixtures";
import { jsonRoute, readJson } from "./handler";
import { clientKey, peerHeader } from "./rate-limit";

const base = "http://localhost:3000";

function post(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", host: "localhost:3000", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function envelope(response: Response): Promise<{ status: number; code: string | undefined }> {
  const json = (await response.json()) as { error?: { code?: string } };
  return { status: response.status, code: json.error?.code };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const staticBody = { case: healthyCase() };
const liveBody = { case: healthyCase(), live: true };
const deep = (levels: number, leaf: Record<string, unknown>) =>
  Array.from({ length: levels }).reduce<Record<string, unknown>>((inner) => ({ extra: inner }), leaf);

describe("POST /api/diagnose: every refusal in the one envelope, before anything connects", () => {
  it.each<[string, Request, number, string]>([
    [
      "text/plain with application/json in a parameter",
      post("/api/diagnose", liveBody, { "content-type": "text/plain; charset=application/json" }),
      415,
      "unsupported_media_type",
    ],
    [
      "application/json in another charset",
      post("/api/diagnose", liveBody, { "content-type": "application/json; charset=latin1" }),
      415,
      "unsupported_media_type",
    ],
    [
      "a form post",
      post("/api/diagnose", liveBody, { "content-type": "application/x-www-form-urlencoded" }),
      415,
      "unsupported_media_type",
    ],
    ["a foreign Origin", post("/api/diagnose", liveBody, { origin: "https://attacker.example" }), 403, "forbidden"],
    ["Origin null", post("/api/diagnose", liveBody, { origin: "null" }), 403, "forbidden"],
    [
      "Sec-Fetch-Site: cross-site",
      post("/api/diagnose", liveBody, { "sec-fetch-site": "cross-site" }),
      403,
      "forbidden",
    ],
    ["not JSON", post("/api/diagnose", "{nope"), 400, "invalid_json"],
    [
      "a host field six levels deep",
      post("/api/diagnose", { ...liveBody, ...deep(6, { host: "169.254.169.254" }) }),
      400,
      "target_not_allowed",
    ],
    [
      "a host field inside an array",
      post("/api/diagnose", { ...liveBody, probes: [{ host: "169.254.169.254" }] }),
      400,
      "target_not_allowed",
    ],
    [
      "an unknown cloud",
      post("/api/diagnose", { case: { ...healthyCase(), azure: { ...healthyCase().azure, cloud: "nowhere" } } }),
      422,
      "unprocessable_entity",
    ],
    [
      "a body over 256 KB",
      post("/api/diagnose", { case: healthyCase(), pad: "x".repeat(300_000) }),
      413,
      "payload_too_large",
    ],
  ])("%s → %i %s", async (_name, request, status, code) => {
    const connect = vi.spyOn(net, "connect");
    expect(await envelope(await diagnose(request))).toEqual({ status, code });
    expect(connect).not.toHaveBeenCalled();
  });

  it("answers a same-origin browser post and a client without Origin (the CLI)", async () => {
    expect(
      (await diagnose(post("/api/diagnose", staticBody, { origin: base, "sec-fetch-site": "same-origin" }))).status,
    ).toBe(200);
    expect((await diagnose(post("/api/diagnose", staticBody))).status).toBe(200);
  });

  it("refuses a live diagnosis of 50 mailboxes in 50 domains with 422 naming the field, before any probe", async () => {
    const file = healthyCase();
    const mailboxes = Array.from({ length: 50 }, (_, index) => `m${index}@d${index}.example`);
    const body = {
      case: {
        ...file,
        mail: { ...file.mail, accessModel: "shared", signInAccount: "ece@d0.example", fullAccess: "yes", mailboxes },
      },
      live: true,
      secrets: { accessToken: "opaque-token-value" },
    };
    const connect = vi.spyOn(net, "connect");
    const response = await diagnose(post("/api/diagnose", body));
    const json = (await response.json()) as { error: { code: string; message: string } };
    expect(response.status).toBe(422);
    expect(json.error.message).toContain("case.mail.mailboxes");
    expect(connect).not.toHaveBeenCalled();
  });
});

describe("whom the rate limits count", () => {
  it.each<[string, string | undefined, Record<string, string>, string]>([
    ["ignores X-Forwarded-For by default", undefined, { "x-forwarded-for": "203.0.113.7" }, "unknown-peer"],
    [
      "takes the right-most address behind one proxy",
      "1",
      { "x-forwarded-for": "6.6.6.6, 203.0.113.7" },
      "203.0.113.7",
    ],
    [
      "takes the second from the right behind two",
      "2",
      { "x-forwarded-for": "6.6.6.6, 203.0.113.7, 10.0.0.2" },
      "203.0.113.7",
    ],
    ["ignores a chain shorter than the proxies", "3", { "x-forwarded-for": "203.0.113.7" }, "unknown-peer"],
    [
      "ignores a peer header without this process's nonce",
      undefined,
      { [peerHeader]: "guess 203.0.113.9" },
      "unknown-peer",
    ],
  ])("%s", (_name, proxies, headers, expected) => {
    expect(clientKey(new Request(base, { headers }), { ECE_DOCTOR_TRUSTED_PROXIES: proxies })).toBe(expected);
  });

  it("counts the socket address the wizard's server passes with its nonce", () => {
    (globalThis as Record<symbol, unknown>)[Symbol.for("ece-oauth-doctor.peer-nonce")] = "n0nce";
    expect(
      clientKey(
        new Request(base, { headers: { [peerHeader]: "n0nce 203.0.113.9", "x-forwarded-for": "1.2.3.4" } }),
        {},
      ),
    ).toBe("203.0.113.9");
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("ece-oauth-doctor.peer-nonce")];
  });

  it("rotating X-Forwarded-For does not raise the allowance; behind a trusted proxy each address has its own", async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 32; index++)
      statuses.push(
        (
          await triageRoute(
            post("/api/triage", { text: "AADSTS7000215" }, { "x-forwarded-for": `198.51.100.${index}` }),
          )
        ).status,
      );
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    vi.stubEnv("ECE_DOCTOR_TRUSTED_PROXIES", "1");
    expect(
      (await triageRoute(post("/api/triage", { text: "AADSTS7000215" }, { "x-forwarded-for": "6.6.6.6, 192.0.2.77" })))
        .status,
    ).toBe(200);
  });
});

describe("bodies", () => {
  const stalled = (first: string) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(first));
      },
    });

  it("a body shorter than its Content-Length is answered 408 after the read timeout", async () => {
    const request = new Request(`${base}/x`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "100" },
      body: stalled('{"a":'),
      duplex: "half",
    } as RequestInit);
    await expect(readJson(request, 1000, 200)).rejects.toMatchObject({ code: "request_timeout" });
    const route = jsonRoute(z.object({}), { bodyTimeoutMs: 200 }, () => new Response("never"));
    const again = new Request(`${base}/x`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stalled("{"),
      duplex: "half",
    } as RequestInit);
    expect(await envelope(await route(again))).toEqual({ status: 408, code: "request_timeout" });
  });

  it("a client that aborts mid-body gets 400 and nothing is logged as unhandled", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("{"));
        setTimeout(() => controller.error(new Error("aborted")), 20);
      },
    });
    const route = jsonRoute(z.object({}), {}, () => new Response("never"));
    const request = new Request(`${base}/x`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(await envelope(await route(request))).toEqual({ status: 400, code: "bad_request" });
    expect(error).not.toHaveBeenCalled();
  });

  it("triage takes 200,000 characters even when they are mostly newlines", async () => {
    const text = `${"\n".repeat(150_000)}AADSTS7000215: Invalid client secret provided.${"\u0001".repeat(40_000)}`;
    vi.stubEnv("ECE_DOCTOR_TRUSTED_PROXIES", "1");
    const response = await triageRoute(post("/api/triage", { text }, { "x-forwarded-for": "192.0.2.200" }));
    expect(response.status).toBe(200);
  });
});

describe("GET and DELETE /api/token/device go through the same wrapper", () => {
  it.each<[string, (request: Request) => Promise<Response>, Request, number, string]>([
    ["GET with a bad id", pollDevice, new Request(`${base}/api/token/device?id=nope`), 400, "bad_request"],
    [
      "DELETE with a bad id",
      cancelDevice,
      new Request(`${base}/api/token/device?id=nope`, { method: "DELETE" }),
      400,
      "bad_request",
    ],
    [
      "DELETE from another site",
      cancelDevice,
      new Request(`${base}/api/token/device?id=00000000-0000-4000-8000-000000000000`, {
        method: "DELETE",
        headers: { "sec-fetch-site": "cross-site" },
      }),
      403,
      "forbidden",
    ],
    [
      "GET from a foreign origin",
      pollDevice,
      new Request(`${base}/api/token/device?id=00000000-0000-4000-8000-000000000000`, {
        headers: { origin: "https://attacker.example" },
      }),
      403,
      "forbidden",
    ],
  ])("%s → %i %s", async (_name, handler, request, status, code) => {
    expect(await envelope(await handler(request))).toEqual({ status, code });
  });
});

describe("every route goes through lib/api's wrapper", () => {
  const apiDir = path.resolve(__dirname, "../../app/api");
  const routeFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? routeFiles(path.join(dir, entry.name))
        : entry.name === "route.ts"
          ? [path.join(dir, entry.name)]
          : [],
    );

  // route()/jsonRoute(), or the share API, whose methods are built on the same guard and jsonRoute (lib/share/server/api.ts).
  it("exports each method from route(), jsonRoute() or the share API", () => {
    const files = routeFiles(apiDir);
    expect(files.length).toBeGreaterThanOrEqual(10);
    const unwrapped = files.flatMap((file) => {
      const exports = readFileSync(file, "utf8").split(/^(?=export )/m);
      const methods = exports.filter((chunk) =>
        /^export\s+(?:const|async function|function)\s+(?:GET|POST|PUT|PATCH|DELETE)\b/.test(chunk),
      );
      expect(methods.length, path.relative(apiDir, file)).toBeGreaterThan(0);
      return methods
        .filter(
          (chunk) =>
            !/^export const \w+ = (?:route|jsonRoute)\b/.test(chunk) && !/\breturn shareApi\.\w+\(request/.test(chunk),
        )
        .map((chunk) => `${path.relative(apiDir, file)}: ${chunk.split("\n")[0]}`);
    });
    expect(unwrapped).toEqual([]);
  });

  it("a probe download that the manifest does not list comes back in the error envelope", async () => {
    const response = await probeFile(new Request(`${base}/api/probe/..%2Fpackage.json`), {
      params: Promise.resolve({ file: "../package.json" }),
    });
    expect(await envelope(response)).toEqual({ status: 404, code: "not_found" });
  });
});
