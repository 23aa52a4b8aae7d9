import { type AddressInfo, connect, createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { latencyProxy } from "./latency";
import { SocketRegistry } from "./line-conn";

const listening = (server: Server) =>
  new Promise<number>((done) => server.listen(0, "127.0.0.1", () => done((server.address() as AddressInfo).port)));

describe("latencyProxy", () => {
  const registry = new SocketRegistry();
  const servers: Server[] = [];
  afterEach(() => {
    registry.destroyAll();
    for (const server of servers.splice(0)) server.close();
  });

  it("passes every byte both ways, in order, and the end of the stream", async () => {
    // An echo server that says hello first (as IMAP, POP3 and SMTP do) and closes when the client does.
    const echo = createServer((socket) => {
      socket.write("hello\r\n");
      socket.pipe(socket);
    });
    servers.push(echo);
    const proxy = latencyProxy(await listening(echo), 10, registry);
    servers.push(proxy);
    const port = await listening(proxy);
    const client = connect({ host: "127.0.0.1", port });
    const chunks: Buffer[] = [];
    client.on("data", (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise<void>((done) => client.on("end", done));
    const lines = Array.from({ length: 50 }, (_, index) => `line ${index}\r\n`);
    for (const line of lines) client.write(line);
    setTimeout(() => client.end(), 50);
    await ended;
    expect(Buffer.concat(chunks).toString("utf8")).toBe(`hello\r\n${lines.join("")}`);
  });
});
