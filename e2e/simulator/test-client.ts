// Raw line-protocol client for the simulator's tests: plain or TLS, STARTTLS, read a line with a timeout.
import { connect as netConnect, type Socket } from "node:net";
import { type ConnectionOptions, type TLSSocket, connect as tlsConnect } from "node:tls";

export class LineClient {
  private buffer = "";
  private waiters: (() => void)[] = [];
  private ended = false;
  error: Error | null = null;

  private constructor(private socket: Socket | TLSSocket) {
    this.attach(socket);
  }

  private attach(socket: Socket | TLSSocket): void {
    socket.setEncoding("latin1");
    socket.on("data", (d: string) => {
      this.buffer += d;
      this.wake();
    });
    socket.on("end", () => {
      this.ended = true;
      this.wake();
    });
    socket.on("close", () => {
      this.ended = true;
      this.wake();
    });
    socket.on("error", (e) => {
      this.error = e;
      this.ended = true;
      this.wake();
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  static plain(port: number): Promise<LineClient> {
    return new Promise((resolve, reject) => {
      const s = netConnect({ host: "127.0.0.1", port }, () => {
        s.removeListener("error", reject);
        resolve(new LineClient(s));
      });
      s.once("error", reject);
    });
  }

  static tls(port: number, options: ConnectionOptions): Promise<LineClient> {
    return new Promise((resolve, reject) => {
      const s = tlsConnect({ host: "127.0.0.1", port, ...options }, () => {
        s.removeListener("error", reject);
        resolve(new LineClient(s));
      });
      s.once("error", reject);
    });
  }

  get isClosed(): boolean {
    return this.ended;
  }

  get tlsSocket(): TLSSocket {
    return this.socket as TLSSocket;
  }

  send(line: string): void {
    this.socket.write(`${line}\r\n`);
  }

  /** Resolves with the next line (without CRLF); rejects on timeout or when the connection ends first. */
  async readLine(timeoutMs = 3000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const at = this.buffer.indexOf("\r\n");
      if (at !== -1) {
        const line = this.buffer.slice(0, at);
        this.buffer = this.buffer.slice(at + 2);
        return Buffer.from(line, "latin1").toString("utf8");
      }
      if (this.ended) throw new Error(`connection closed (buffer: ${JSON.stringify(this.buffer.slice(0, 80))})`);
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`timeout waiting for a line (buffer: ${JSON.stringify(this.buffer.slice(0, 80))})`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, left);
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  /** Reads lines until one matches, returning all of them. */
  async readUntil(match: (line: string) => boolean, timeoutMs = 3000): Promise<string[]> {
    const lines: string[] = [];
    for (;;) {
      const line = await this.readLine(timeoutMs);
      lines.push(line);
      if (match(line)) return lines;
    }
  }

  /** Waits until the peer closes (true) or the timeout passes (false). */
  async waitClosed(timeoutMs = 3000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ended) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((r) => {
        const t = setTimeout(r, left);
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
    return true;
  }

  /** Bytes received and not yet read as lines. */
  get pending(): string {
    return this.buffer;
  }

  /** SMTP STARTTLS: wraps the socket in TLS (after the server's 220). */
  upgrade(options: ConnectionOptions): Promise<void> {
    const plain = this.socket;
    plain.removeAllListeners("data");
    plain.removeAllListeners("end");
    plain.removeAllListeners("close");
    plain.removeAllListeners("error");
    return new Promise((resolve, reject) => {
      const s = tlsConnect({ socket: plain, ...options }, () => {
        s.removeListener("error", reject);
        this.socket = s;
        this.attach(s);
        resolve();
      });
      s.once("error", reject);
    });
  }

  close(): void {
    this.socket.destroy();
  }
}
