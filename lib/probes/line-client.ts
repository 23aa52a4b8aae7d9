import "server-only";
// A tiny line-based client over node:net/node:tls, instead of imapflow or nodemailer, because:
// - the transcript must be exactly what went over the wire, line by line, with secrets redacted;
// - imapflow prefers AUTHENTICATE OAUTHBEARER over XOAUTH2 when both are offered (ECE sends XOAUTH2);
// - nodemailer retries AUTH after a 334 challenge and hides the continuation, which is the evidence;
// - Exchange Online's POP3 needs the two-line AUTH XOAUTH2 that we must control byte for byte;
// - neither library reports the TLS verdict, remote address and phase timings as evidence.
import type { Socket } from "node:net";
import { type LineLimits, LineReader } from "./line-reader";
import type { ProbeRun } from "./run";

export class LineClient {
  private reader: LineReader;

  constructor(
    private socket: Socket,
    private readonly run: ProbeRun,
    private readonly limits: LineLimits = {},
  ) {
    this.reader = this.readerFor(socket, 0);
  }

  private readerFor(socket: Socket, alreadyRead: number): LineReader {
    return new LineReader(socket, { ...this.limits, signal: this.run.signal, alreadyRead });
  }

  get currentSocket(): Socket {
    return this.socket;
  }

  // Every client line is redacted by the run before it is stored; the wire gets the real bytes.
  send(line: string): void {
    this.run.client(line);
    this.socket.write(`${line}\r\n`);
  }

  async read(timeoutMs: number): Promise<string> {
    const line = await this.reader.readLine(timeoutMs);
    this.run.server(line);
    return line;
  }

  // Hands the plain socket to TLS; returns bytes the server sent after its go-ahead (should be none).
  releaseForTls(): number {
    const pending = this.reader.pendingBytes;
    this.reader.detach();
    return pending;
  }

  adoptTlsSocket(socket: Socket): void {
    const read = this.reader.bytesRead;
    this.socket = socket;
    this.reader = this.readerFor(socket, read);
  }

  close(): void {
    this.socket.destroy();
  }
}
