import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type AllowedTarget, allowedTarget } from "./targets";
import { probeTcp } from "./tcp";
import { startFake, testProfile } from "./test-support/fake-server";

const imapAt = (port: number): AllowedTarget => allowedTarget(testProfile({ imap: port }), "imap");

let child: ChildProcess | undefined;
const sockets: net.Socket[] = [];
afterEach(() => {
  child?.kill("SIGKILL");
  child = undefined;
  for (const s of sockets.splice(0)) s.destroy();
});

// A listener whose process never accepts: once its backlog is full the kernel drops new SYNs,
// which is what a firewall that drops packets looks like to the client.
async function blackHolePort(): Promise<number> {
  child = spawn(
    process.execPath,
    [
      "-e",
      `const s = require("net").createServer();
       s.listen({ port: 0, host: "127.0.0.1", backlog: 1 }, () => {
         process.stdout.write(s.address().port + "\\n");
         setTimeout(() => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0), 20);
       });`,
    ],
    { stdio: ["ignore", "pipe", "ignore"] },
  );
  const port = await new Promise<number>((resolve) =>
    child?.stdout?.once("data", (d: Buffer) => resolve(Number(String(d).trim()))),
  );
  await new Promise((r) => setTimeout(r, 100));
  for (let i = 0; i < 6; i++) {
    const s = net.connect(port, "127.0.0.1");
    s.on("error", () => undefined);
    sockets.push(s);
    const connected = await new Promise<boolean>((resolve) => {
      s.once("connect", () => resolve(true));
      setTimeout(() => resolve(false), 200);
    });
    if (!connected) return port;
  }
  throw new Error("the backlog never filled");
}

describe("probeTcp", () => {
  it("connects and records the remote address and phases", async () => {
    const fake = await startFake({ handler: () => undefined });
    try {
      const ev = await probeTcp({ target: imapAt(fake.port) });
      expect(ev).toMatchObject({
        kind: "tcp",
        host: "localhost",
        port: fake.port,
        connected: true,
        remoteAddress: "127.0.0.1",
      });
      expect(ev.error).toBeUndefined();
      expect(ev.phases.map((p) => [p.phase, p.outcome])).toEqual([
        ["dns", "ok"],
        ["tcp", "ok"],
      ]);
      expect(Date.parse(ev.startedAt)).toBeGreaterThan(0);
    } finally {
      await fake.close();
    }
  });

  it("tells ECONNREFUSED (nothing listens)", async () => {
    const fake = await startFake({ handler: () => undefined });
    const port = fake.port;
    await fake.close();
    const ev = await probeTcp({ target: imapAt(port) });
    expect(ev.connected).toBe(false);
    expect(ev.error).toMatchObject({ code: "ECONNREFUSED", phase: "tcp" });
    expect(ev.phases.at(-1)).toMatchObject({ phase: "tcp", outcome: "error" });
  });

  it("tells TIMEOUT (SYN dropped) from ECONNREFUSED, with a too-low timeout clamped to 0.5 s", async () => {
    const port = await blackHolePort();
    const ev = await probeTcp({ target: imapAt(port), timeouts: { connectMs: 1 } });
    expect(ev.connected).toBe(false);
    expect(ev.error).toMatchObject({ code: "TIMEOUT", phase: "tcp" });
    expect(ev.phases.at(-1)).toMatchObject({ phase: "tcp", outcome: "timeout" });
    expect(ev.phases.at(-1)?.ms).toBeGreaterThanOrEqual(450);
    expect(ev.ms).toBeLessThan(500 + 1000);
  });
});
