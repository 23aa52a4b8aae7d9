import "server-only";
import type { Socket } from "node:net";
import { codeOf, ProbeFailure } from "./errors";

export type LineLimits = { maxLineBytes?: number; maxTotalBytes?: number };

export const defaultLineLimits = { maxLineBytes: 64 * 1024, maxTotalBytes: 1024 * 1024 } as const;

export type LineReaderOptions = LineLimits & {
  signal?: AbortSignal;
  // Epoch ms (Date.now()) after which every read fails with TIMEOUT.
  deadline?: number;
  // Bytes already counted against maxTotalBytes (a STARTTLS upgrade keeps one budget).
  alreadyRead?: number;
};

type Waiter = { resolve: (line: string) => void; reject: (err: ProbeFailure) => void };

// Reads CRLF- or LF-terminated lines and never holds more than the limits: a peer that sends a
// megabyte without a newline is cut off as soon as maxLineBytes is passed.
export class LineReader {
  readonly maxLineBytes: number;
  readonly maxTotalBytes: number;
  private partial: Buffer[] = [];
  private partialLength = 0;
  private readonly lines: string[] = [];
  private failure: ProbeFailure | undefined;
  private ended = false;
  private total: number;
  private waiter: Waiter | undefined;
  private detached = false;

  constructor(
    private readonly socket: Socket,
    private readonly options: LineReaderOptions = {},
  ) {
    this.maxLineBytes = options.maxLineBytes ?? defaultLineLimits.maxLineBytes;
    this.maxTotalBytes = options.maxTotalBytes ?? defaultLineLimits.maxTotalBytes;
    this.total = options.alreadyRead ?? 0;
    socket.on("data", this.onData);
    socket.on("end", this.onEnd);
    socket.on("close", this.onEnd);
    socket.on("error", this.onError);
  }

  get bytesRead(): number {
    return this.total;
  }

  // Lines and bytes received but not yet read (after STARTTLS this must be zero: RFC 3207 §5).
  get pendingBytes(): number {
    return this.partialLength + this.lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
  }

  private readonly onData = (chunk: Buffer) => {
    if (this.failure || this.detached) return;
    this.total += chunk.length;
    if (this.total > this.maxTotalBytes) {
      return this.fail(new ProbeFailure("TOO_MUCH_DATA", `The server sent more than ${this.maxTotalBytes} bytes.`));
    }
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      const end = nl < 0 ? chunk.length : nl;
      if (this.partialLength + (end - start) > this.maxLineBytes) {
        return this.fail(
          new ProbeFailure("LINE_TOO_LONG", `The server sent a line longer than ${this.maxLineBytes} bytes.`),
        );
      }
      if (nl < 0) {
        if (end > start) {
          // A copy, so a small remainder never pins a large socket chunk.
          this.partial.push(Buffer.from(chunk.subarray(start, end)));
          this.partialLength += end - start;
        }
        break;
      }
      const line = Buffer.concat([...this.partial, chunk.subarray(start, end)]).toString("utf8");
      this.partial = [];
      this.partialLength = 0;
      this.lines.push(line.endsWith("\r") ? line.slice(0, -1) : line);
      start = nl + 1;
    }
    this.wake();
  };

  private readonly onEnd = () => {
    this.ended = true;
    this.wake();
  };

  private readonly onError = (err: Error) => {
    if (this.failure) return;
    this.failure = new ProbeFailure(codeOf(err) ?? "SOCKET_ERROR", err.message);
    this.wake();
  };

  private fail(failure: ProbeFailure): void {
    this.failure = failure;
    // Complete lines already queued are still delivered first; the partial one is dropped.
    this.partial = [];
    this.partialLength = 0;
    this.socket.destroy();
    this.wake();
  }

  private wake(): void {
    const w = this.waiter;
    if (!w) return;
    const line = this.lines.shift();
    if (line !== undefined) {
      this.waiter = undefined;
      w.resolve(line);
    } else if (this.failure) {
      this.waiter = undefined;
      w.reject(this.failure);
    } else if (this.ended) {
      this.waiter = undefined;
      w.reject(new ProbeFailure("CLOSED", "The server closed the connection."));
    }
  }

  readLine(timeoutMs: number): Promise<string> {
    if (this.waiter) return Promise.reject(new ProbeFailure("INTERNAL", "Two reads at once."));
    const queued = this.lines.shift();
    if (queued !== undefined) return Promise.resolve(queued);
    if (this.failure) return Promise.reject(this.failure);
    if (this.ended) return Promise.reject(new ProbeFailure("CLOSED", "The server closed the connection."));
    const { signal, deadline } = this.options;
    if (signal?.aborted) return Promise.reject(abortFailure(signal));
    const budget = deadline === undefined ? timeoutMs : Math.min(timeoutMs, deadline - Date.now());
    if (budget <= 0) return Promise.reject(new ProbeFailure("TIMEOUT", "The deadline has passed."));

    return new Promise<string>((resolve, reject) => {
      const cleanup = () => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      };
      const timer = setTimeout(() => {
        this.waiter = undefined;
        cleanup();
        reject(new ProbeFailure("TIMEOUT", `No complete line from the server within ${budget} ms.`));
      }, budget);
      const onAbort = () => {
        this.waiter = undefined;
        cleanup();
        reject(abortFailure(signal));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiter = {
        resolve: (l) => {
          cleanup();
          resolve(l);
        },
        reject: (e) => {
          cleanup();
          reject(e);
        },
      };
    });
  }

  // Stops reading so the socket can be handed to TLS (STARTTLS).
  detach(): void {
    this.detached = true;
    this.socket.off("data", this.onData);
    this.socket.off("end", this.onEnd);
    this.socket.off("close", this.onEnd);
    this.socket.off("error", this.onError);
    // The TLS layer reports errors itself; this only keeps a stray one from crashing the process.
    this.socket.on("error", () => undefined);
  }
}

function abortFailure(signal: AbortSignal | undefined): ProbeFailure {
  const reason: unknown = signal?.reason;
  return reason instanceof ProbeFailure ? reason : new ProbeFailure("ABORTED", "The probe was cancelled.");
}
