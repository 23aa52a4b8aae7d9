// A port where TCP connections are never answered, like a firewall that drops SYNs. A listener in a child process
// whose event loop is blocked never accepts; once its backlog is full, the kernel drops every new SYN, so a client's
// connect waits until its own timeout (port-timeout) instead of being refused. Moved here from scripts/bench.ts.
import { spawn } from "node:child_process";
import { connect, type Socket } from "node:net";

export type BlackHole = { port: number; close: () => void };

// The child blocks its event loop (so accept() never runs) in one-second slices, and between them exits when its
// parent is gone: a killed simulator never leaves the port taken.
const childSource = (port: number) => `
const parent = process.ppid;
const s = require("net").createServer();
s.on("error", (e) => { process.stderr.write(String(e.message) + "\\n"); process.exit(1); });
s.listen({ port: ${port}, host: "127.0.0.1", backlog: 1 }, () => {
  process.stdout.write(s.address().port + "\\n");
  setTimeout(() => {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    for (;;) {
      Atomics.wait(cell, 0, 0, 1000);
      try { process.kill(parent, 0); } catch { process.exit(0); }
    }
  }, 20);
});`;

/** Listens on 127.0.0.1:port (0: any free port) and fills the backlog; close() kills the child and the fillers. */
export async function startBlackHole(port = 0, startMs = 5000): Promise<BlackHole> {
  const child = spawn(process.execPath, ["-e", childSource(port)], { stdio: ["ignore", "pipe", "pipe"] });
  const sockets: Socket[] = [];
  const close = () => {
    for (const socket of sockets) socket.destroy();
    child.kill("SIGKILL");
  };
  const bound = await new Promise<number>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`black hole: no listener on ${port} within ${startMs} ms`)), startMs);
    child.stdout?.once("data", (data: Buffer) => (clearTimeout(timer), done(Number(String(data).trim()))));
    child.stderr?.once(
      "data",
      (data: Buffer) => (
        clearTimeout(timer), fail(new Error(`black hole: cannot listen on 127.0.0.1:${port}: ${String(data).trim()}`))
      ),
    );
    child.once("exit", () => (clearTimeout(timer), fail(new Error("black hole: the listener exited"))));
  }).catch((error: unknown) => {
    close();
    throw error;
  });
  // Let the child block before the backlog is filled, so none of the fillers is accepted.
  await new Promise((done) => setTimeout(done, 100));
  for (let i = 0; i < 8; i++) {
    const socket = connect(bound, "127.0.0.1");
    socket.on("error", () => undefined);
    sockets.push(socket);
    const connected = await new Promise<boolean>((done) => {
      socket.once("connect", () => done(true));
      setTimeout(() => done(false), 300);
    });
    if (!connected) return { port: bound, close };
  }
  close();
  throw new Error("black hole: the backlog never filled");
}
