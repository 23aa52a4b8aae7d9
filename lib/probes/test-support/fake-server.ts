import "server-only";
// Tiny scripted servers on 127.0.0.1 ephemeral ports, for the protocol tests.
import net from "node:net";
import tls from "node:tls";
import type { CloudProfile } from "@/lib/knowledge/clouds";

export type FakeConn = {
  send(line: string): void;
  write(data: string | Buffer): void;
  // Resolves null when the client closed.
  readLine(): Promise<string | null>;
  startTls(context: { key: string; cert: string }): Promise<void>;
  end(): void;
  destroy(): void;
  readonly received: string[];
};

export type FakeServer = { port: number; received: string[]; close(): Promise<void> };

function wrap(initial: net.Socket, received: string[]): FakeConn {
  let socket = initial;
  let buffer = "";
  let closed = false;
  let waiter: ((line: string | null) => void) | undefined;
  const attach = (s: net.Socket) => {
    s.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("latin1");
      flush();
    });
    s.on("close", () => {
      closed = true;
      flush();
    });
    s.on("error", () => undefined);
  };
  const flush = () => {
    if (!waiter) return;
    const nl = buffer.indexOf("\n");
    if (nl >= 0) {
      const line = buffer.slice(0, nl).replace(/\r$/, "");
      buffer = buffer.slice(nl + 1);
      received.push(line);
      const w = waiter;
      waiter = undefined;
      w(line);
    } else if (closed) {
      const w = waiter;
      waiter = undefined;
      w(null);
    }
  };
  attach(socket);
  return {
    received,
    send: (line) => {
      if (!socket.destroyed) socket.write(`${line}\r\n`);
    },
    write: (data) => {
      if (!socket.destroyed) socket.write(data);
    },
    readLine: () =>
      new Promise((resolve) => {
        waiter = resolve;
        flush();
      }),
    startTls: (context) =>
      new Promise((resolve, reject) => {
        socket.removeAllListeners("data");
        socket.removeAllListeners("close");
        const secure = new tls.TLSSocket(socket, { isServer: true, secureContext: tls.createSecureContext(context) });
        secure.once("secure", () => resolve());
        secure.once("error", reject);
        socket = secure;
        attach(secure);
      }),
    end: () => socket.end(),
    destroy: () => socket.destroy(),
  };
}

export async function startFake(options: {
  tls?: tls.TlsOptions;
  // Runs once per connection; errors (client gone) are ignored.
  handler: (conn: FakeConn) => Promise<void> | void;
  // Raw access instead of the line helper (e.g. to drop the connection on the ClientHello).
  raw?: (socket: net.Socket) => void;
}): Promise<FakeServer> {
  const received: string[] = [];
  const sockets = new Set<net.Socket>();
  const onSocket = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    if (options.raw) return options.raw(socket);
    Promise.resolve()
      .then(() => options.handler(wrap(socket, received)))
      .catch(() => undefined);
  };
  const server = options.tls ? tls.createServer(options.tls, onSocket) : net.createServer(onSocket);
  // A failed handshake (the client refused our certificate) is not a test failure.
  server.on("tlsClientError", () => undefined);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return {
    port: address.port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

// A cloud profile whose endpoints are the fakes on localhost.
export function testProfile(ports: { imap?: number; pop?: number; smtp?: number; login?: number }): CloudProfile {
  return {
    id: "test-local",
    loginHost: `localhost:${ports.login ?? 443}`,
    imap: { host: "localhost", port: ports.imap ?? 993, confirmed: true },
    pop: { host: "localhost", port: ports.pop ?? 995, confirmed: true },
    smtp: { host: "localhost", port: ports.smtp ?? 587, confirmed: true },
    outlookResource: "https://outlook.office.com",
    allowPrivateAddresses: true,
  };
}
