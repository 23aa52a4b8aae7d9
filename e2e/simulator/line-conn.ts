// A CRLF line protocol over a socket (IMAP, POP3, SMTP): lines up to 64 KB (tokens are long), sequential handling,
// STARTTLS upgrade in place. Every socket error is swallowed so one bad client never crashes the simulator.
import type { Socket } from "node:net";
import { type SecureContext, TLSSocket } from "node:tls";

/** Longest line accepted, CRLF included; a longer one closes the connection. */
export const MAX_LINE_BYTES = 64 * 1024;

export type Logger = (message: string) => void;

/** Every open socket of the simulator, so stop() can end them all. */
export class SocketRegistry {
  private readonly sockets = new Set<Socket>();

  track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on("close", () => this.sockets.delete(socket));
    // One listener that does nothing but log keeps an ECONNRESET from becoming an uncaught exception.
    socket.on("error", () => undefined);
  }

  destroyAll(): void {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }
}

export type LineHandler = (line: string) => void | Promise<void>;

export class LineConnection {
  private socket: Socket;
  private buffer: Buffer = Buffer.alloc(0);
  private busy = false;
  private handler: LineHandler = () => undefined;
  private readonly onData = (chunk: Buffer): void => this.receive(chunk);
  closed = false;

  constructor(
    socket: Socket,
    private readonly registry: SocketRegistry,
    private readonly log: Logger,
    readonly label: string,
  ) {
    this.socket = socket;
    registry.track(socket);
    socket.setNoDelay(true);
    socket.setTimeout(10 * 60 * 1000, () => socket.destroy()); // assumption: idle connections are dropped after 10 min
    socket.on("close", () => {
      this.closed = true;
    });
    socket.on("data", this.onData);
  }

  get isTls(): boolean {
    return this.socket instanceof TLSSocket;
  }

  setHandler(handler: LineHandler): void {
    this.handler = handler;
  }

  /** Writes one reply line; CRLF is added. */
  send(line: string): void {
    if (this.closed || this.socket.destroyed) return;
    this.log(`${this.label} S: ${line.length > 300 ? `${line.slice(0, 300)}…` : line}`);
    this.socket.write(`${line}\r\n`);
  }

  /** Sends the pending output, then closes. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.end();
    setTimeout(() => this.socket.destroy(), 1000).unref();
  }

  destroy(): void {
    this.closed = true;
    this.socket.destroy();
  }

  /** Stops the line protocol and drops anything the client pipelined (RFC 3207 after "220 … ready"). */
  private detachPlain(): Socket {
    const plain = this.socket;
    plain.removeListener("data", this.onData);
    this.buffer = Buffer.alloc(0);
    return plain;
  }

  /** Hostile STARTTLS: closes the socket as soon as the ClientHello arrives. */
  closeOnClientHello(): void {
    const plain = this.detachPlain();
    plain.once("data", () => plain.destroy());
  }

  /** STARTTLS: continues the line protocol inside TLS on the same socket. */
  startTls(secureContext: SecureContext): void {
    const plain = this.detachPlain();
    const secure = new TLSSocket(plain, { isServer: true, secureContext });
    this.registry.track(secure);
    secure.on("secure", () => this.log(`${this.label} TLS ${secure.getProtocol() ?? "?"} established`));
    secure.on("error", (e: Error) => {
      this.log(`${this.label} TLS error: ${e.message}`);
      secure.destroy();
    });
    secure.on("close", () => {
      this.closed = true;
    });
    secure.on("data", this.onData);
    this.socket = secure;
  }

  private receive(chunk: Buffer): void {
    if (this.closed) return;
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    this.pump();
  }

  private pump(): void {
    while (!this.busy && !this.closed) {
      const at = this.buffer.indexOf(0x0a);
      if (at === -1 ? this.buffer.length > MAX_LINE_BYTES : at + 1 > MAX_LINE_BYTES) {
        this.log(`${this.label} line longer than ${MAX_LINE_BYTES} bytes: closing`);
        this.destroy();
        return;
      }
      if (at === -1) return;
      let line = this.buffer.subarray(0, at).toString("utf8");
      this.buffer = this.buffer.subarray(at + 1);
      if (line.endsWith("\r")) line = line.slice(0, -1);
      this.log(`${this.label} C: ${line.length > 300 ? `${line.slice(0, 300)}…` : line}`);
      let result: void | Promise<void>;
      try {
        result = this.handler(line);
      } catch (e) {
        this.log(`${this.label} handler error: ${(e as Error).message}`);
        this.destroy();
        return;
      }
      if (result instanceof Promise) {
        this.busy = true;
        result
          .catch((e: unknown) => {
            this.log(`${this.label} handler error: ${(e as Error).message}`);
            this.destroy();
          })
          .finally(() => {
            this.busy = false;
            this.pump();
          });
      }
    }
  }
}

/** base64 of the UTF-16LE server name, as in Exchange's IMAP/POP banners (research §1.2). */
export function bannerTag(fqdn: string): string {
  return Buffer.from(fqdn, "utf16le").toString("base64");
}
