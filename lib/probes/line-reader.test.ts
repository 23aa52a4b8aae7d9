import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ProbeFailure } from "./errors";
import { LineReader } from "./line-reader";

// A connected socket pair over loopback: `peer` plays the server.
async function pair(): Promise<{ client: net.Socket; peer: net.Socket; close: () => void }> {
  let peer: net.Socket | undefined;
  const server = net.createServer((s) => {
    peer = s;
    s.on("error", () => undefined);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as net.AddressInfo).port;
  const client = net.connect(port, "127.0.0.1");
  client.on("error", () => undefined);
  await new Promise<void>((r) => client.once("connect", () => r()));
  while (!peer) await new Promise((r) => setTimeout(r, 5));
  const p = peer;
  return {
    client,
    peer: p,
    close: () => {
      client.destroy();
      p.destroy();
      server.close();
    },
  };
}

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

async function setup() {
  const p = await pair();
  cleanup = p.close;
  return p;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ProbeFailure) return String(e.code);
    throw e;
  }
  throw new Error("expected a failure");
}

describe("LineReader", () => {
  it("splits CRLF and LF lines, across chunks, and keeps order", async () => {
    const { client, peer } = await setup();
    const r = new LineReader(client);
    peer.write("* OK hel");
    peer.write("lo\r\nsecond\nthi");
    peer.write("rd\r\n");
    expect(await r.readLine(1000)).toBe("* OK hello");
    expect(await r.readLine(1000)).toBe("second");
    expect(await r.readLine(1000)).toBe("third");
  });

  it("returns queued lines before reporting CLOSED", async () => {
    const { client, peer } = await setup();
    const r = new LineReader(client);
    peer.end("last words\r\nunterminated");
    expect(await r.readLine(1000)).toBe("last words");
    expect(await codeOf(r.readLine(1000))).toBe("CLOSED");
  });

  it("TIMEOUT after the per-line timeout", async () => {
    const { client } = await setup();
    const r = new LineReader(client);
    const t0 = Date.now();
    expect(await codeOf(r.readLine(200))).toBe("TIMEOUT");
    expect(Date.now() - t0).toBeLessThan(200 + 500);
  });

  it("TIMEOUT at the overall deadline even with a longer per-line timeout", async () => {
    const { client } = await setup();
    const r = new LineReader(client, { deadline: Date.now() + 150 });
    const t0 = Date.now();
    expect(await codeOf(r.readLine(10_000))).toBe("TIMEOUT");
    expect(Date.now() - t0).toBeLessThan(150 + 500);
  });

  it("ABORTED when the signal fires, and the signal's ProbeFailure reason when it is one", async () => {
    const { client } = await setup();
    const c1 = new AbortController();
    const r1 = new LineReader(client, { signal: c1.signal });
    setTimeout(() => c1.abort(), 50);
    expect(await codeOf(r1.readLine(10_000))).toBe("ABORTED");
    const c2 = new AbortController();
    c2.abort(new ProbeFailure("TIMEOUT", "whole probe"));
    const r2 = new LineReader(client, { signal: c2.signal });
    expect(await codeOf(r2.readLine(10_000))).toBe("TIMEOUT");
  });

  it("LINE_TOO_LONG as soon as a line passes the limit, even before any newline, and closes the socket", async () => {
    const { client, peer } = await setup();
    const r = new LineReader(client, { maxLineBytes: 1024 });
    const pending = r.readLine(5_000);
    const t0 = Date.now();
    peer.write(Buffer.alloc(1024 * 1024, 0x41));
    expect(await codeOf(pending)).toBe("LINE_TOO_LONG");
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(client.destroyed).toBe(true);
    expect(r.pendingBytes).toBe(0);
  });

  it("a line of exactly the limit passes; one byte more does not", async () => {
    const { client, peer } = await setup();
    const r = new LineReader(client, { maxLineBytes: 10 });
    peer.write("0123456789\n01234567890\n");
    expect(await r.readLine(1000)).toBe("0123456789");
    expect(await codeOf(r.readLine(1000))).toBe("LINE_TOO_LONG");
  });

  it("uses the 64 KiB default line limit", async () => {
    const { client, peer } = await setup();
    const r = new LineReader(client);
    peer.write(`${"x".repeat(64 * 1024)}\n`);
    expect((await r.readLine(2_000)).length).toBe(64 * 1024);
    peer.write(`${"y".repeat(64 * 1024 + 1)}\n`);
    expect(await codeOf(r.readLine(2_000))).toBe("LINE_TOO_LONG");
  });

  it("TOO_MUCH_DATA when many short lines pass the total budget", async () => {
    const { client, peer } = await setup();
    const r = new LineReader(client, { maxTotalBytes: 4096 });
    peer.write("* line\r\n".repeat(1000));
    let code = "";
    for (let i = 0; i < 1000 && code === ""; i++) {
      try {
        await r.readLine(1000);
      } catch (e) {
        code = String((e as ProbeFailure).code);
      }
    }
    expect(code).toBe("TOO_MUCH_DATA");
    expect(r.bytesRead).toBeLessThanOrEqual(8000 + 64 * 1024);
  });

  it("the socket error code surfaces (ECONNRESET)", async () => {
    const { client, peer } = await setup();
    const r = new LineReader(client);
    const pending = r.readLine(2_000);
    peer.resetAndDestroy();
    expect(await codeOf(pending)).toMatch(/^(ECONNRESET|CLOSED)$/);
  });
});
