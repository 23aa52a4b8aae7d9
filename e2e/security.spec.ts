// What needs the production server itself (scripts/server.mjs): the rate limits count the socket address, not a
// rotated X-Forwarded-For, and a body that never finishes is answered or closed. This spec starts a second server
// without ECE_DOCTOR_TRUSTED_PROXIES (the suite's own server plays one behind a proxy); cross-site refusals are run
// against the suite's server.
import { type ChildProcess, spawn } from "node:child_process";
import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { repoRoot, toolEnv } from "./sim-env";

let port = 0;
let server: ChildProcess;

// On a port the system picks (it prints it), so that it can never meet another server already listening.
test.beforeAll(async () => {
  const { ECE_DOCTOR_TRUSTED_PROXIES: _ignored, ...env } = toolEnv;
  server = spawn(process.execPath, ["scripts/server.mjs", "-p", "0", "-H", "127.0.0.1"], {
    cwd: repoRoot,
    env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  port = await new Promise<number>((resolve, reject) => {
    let out = "";
    server.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const found = /on http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
      if (found) resolve(Number(found[1]));
    });
    server.on("exit", () => reject(new Error("the second server did not start")));
  });
});
test.afterAll(() => {
  server?.kill();
});

// A POST from a given local address (all of 127.0.0.0/8 is loopback), as a client would send it.
function triageFrom(localAddress: string, forwardedFor: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ text: "AADSTS7000215: Invalid client secret provided." });
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port,
        path: "/api/triage",
        method: "POST",
        localAddress,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "x-forwarded-for": forwardedFor,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

test("rotating X-Forwarded-For does not raise the allowance; another socket address has its own", async () => {
  // 30 at once, then one a second: a new X-Forwarded-For each time must not make a new client.
  const started = Date.now();
  let served = 0;
  for (let index = 0; index < 200; index++) {
    const status = await triageFrom("127.0.0.1", `198.18.${Math.floor(index / 250)}.${index % 250}`);
    if (status === 429) break;
    expect(status).toBe(200);
    served++;
  }
  expect(served).toBeGreaterThanOrEqual(30);
  expect(served).toBeLessThanOrEqual(30 + Math.ceil((Date.now() - started) / 1000));
  expect(await triageFrom("127.0.0.2", "198.18.7.1")).toBe(200);
});

test("a body shorter than its Content-Length is answered 408 or closed within the read timeout", async () => {
  test.setTimeout(90_000);
  const started = Date.now();
  const reply = await new Promise<string>((resolve) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(
        `POST /api/triage HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"text":`,
      );
    });
    let data = "";
    socket.on("data", (chunk) => {
      data += chunk.toString();
      if (/^HTTP\/1\.1 \d{3}/.test(data)) socket.destroy();
    });
    socket.on("close", () => resolve(data));
    socket.on("error", () => resolve(data));
    socket.setTimeout(70_000, () => socket.destroy());
  });
  // 10 s for the API's 408; the server's own request timeout (30 s, checked every 30 s) closes it otherwise.
  expect(Date.now() - started).toBeLessThan(65_000);
  if (reply !== "") expect(reply).toMatch(/^HTTP\/1\.1 408/);
});

test.describe("cross-site requests", () => {
  const healthy = { case: JSON.parse('{"schema":"ece-oauth-doctor/case@2"}') as unknown };
  for (const [name, headers, status] of [
    ["text/plain; charset=application/json", { "content-type": "text/plain; charset=application/json" }, 415],
    ["a foreign Origin", { "content-type": "application/json", origin: "https://attacker.example" }, 403],
    ["Sec-Fetch-Site: cross-site", { "content-type": "application/json", "sec-fetch-site": "cross-site" }, 403],
  ] as const) {
    test(`${name} gets ${status} in the error envelope`, async ({ request }) => {
      const response = await request.post("/api/diagnose", {
        data: JSON.stringify({ ...healthy, live: true }),
        headers,
      });
      expect(response.status()).toBe(status);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        status === 403 ? "forbidden" : "unsupported_media_type",
      );
    });
  }

  test("a same-origin post from the wizard's page still works", async ({ page }) => {
    await page.goto("/en");
    const status = await page.evaluate(async () => {
      const response = await fetch("/api/triage", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: "AADSTS7000215" }),
      });
      return response.status;
    });
    expect(status).toBe(200);
  });
});
