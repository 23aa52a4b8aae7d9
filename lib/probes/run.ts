import "server-only";
import { ProbeFailure, toProbeError, toProbeFailure } from "./errors";
import { redactorFor } from "./redact";
import { type ProbeTimeouts, type ResolvedTimeouts, resolveTimeouts } from "./timeouts";
import type { PhaseTiming, ProbeError, TranscriptEntry } from "./types";

// Long server lines stay readable in a report; redaction runs before the cut so no secret is half-kept.
const maxStoredLine = 4096;

function printable(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

export type RunOptions = { timeouts?: ProbeTimeouts; signal?: AbortSignal; secrets?: readonly string[] };

// One probe's clock, transcript, phases and cancellation (caller's signal + the whole-probe budget).
/** A probe's run from its options: only their clock and cancel signal, plus the secrets its transcript must hide. */
export function probeRunFor(
  options: { timeouts?: ProbeTimeouts; signal?: AbortSignal },
  secrets: readonly string[] = [],
): ProbeRun {
  return new ProbeRun({ timeouts: options.timeouts, signal: options.signal, secrets });
}

export class ProbeRun {
  readonly startedAt = new Date().toISOString();
  readonly timeouts: ResolvedTimeouts;
  readonly transcript: TranscriptEntry[] = [];
  readonly phases: PhaseTiming[] = [];
  readonly signal: AbortSignal;
  remoteAddress: string | undefined;
  currentPhase = "start";
  private readonly t0 = performance.now();
  private readonly secrets: string[];
  private redactor: ReturnType<typeof redactorFor> | undefined;
  // Each transcript entry as record() redacted it, and how many secrets there were then.
  private readonly redacted = new WeakMap<TranscriptEntry, { text: string; secrets: number }>();
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private readonly outer: AbortSignal | undefined;
  private readonly onOuterAbort = () =>
    this.controller.abort(new ProbeFailure("ABORTED", "The probe was cancelled.", this.currentPhase));

  constructor(options: RunOptions) {
    this.timeouts = resolveTimeouts(options.timeouts);
    this.secrets = [...(options.secrets ?? [])];
    this.signal = this.controller.signal;
    this.timer = setTimeout(
      () =>
        this.controller.abort(
          new ProbeFailure(
            "TIMEOUT",
            `The whole probe took longer than ${this.timeouts.totalMs} ms.`,
            this.currentPhase,
          ),
        ),
      this.timeouts.totalMs,
    );
    this.outer = options.signal;
    if (this.outer?.aborted) this.onOuterAbort();
    else this.outer?.addEventListener("abort", this.onOuterAbort, { once: true });
  }

  addSecret(secret: string): void {
    this.secrets.push(secret);
    this.redactor = undefined;
  }

  // One redactor per set of secrets: every line and field of the probe is redacted with the same ones.
  private redact(): ReturnType<typeof redactorFor> {
    this.redactor ??= redactorFor(this.secrets);
    return this.redactor;
  }

  elapsed(): number {
    return Math.round(performance.now() - this.t0);
  }

  private record(from: TranscriptEntry["from"], text: string): void {
    let clean = printable(this.redact().text(text));
    if (clean.length > maxStoredLine)
      clean = `${clean.slice(0, maxStoredLine)}… (${clean.length - maxStoredLine} more chars)`;
    const entry = { ms: this.elapsed(), from, text: clean };
    this.redacted.set(entry, { text: clean, secrets: this.secrets.length });
    this.transcript.push(entry);
  }

  client(text: string): void {
    this.record("client", text);
  }
  server(text: string): void {
    this.record("server", text);
  }
  note(text: string): void {
    this.record("note", text);
  }

  throwIfAborted(): void {
    if (this.signal.aborted) throw toProbeFailure(this.signal.reason, this.currentPhase);
  }

  async phase<T>(name: string, work: () => Promise<T>): Promise<T> {
    this.throwIfAborted();
    this.currentPhase = name;
    const start = performance.now();
    const done = (outcome: PhaseTiming["outcome"]) =>
      this.phases.push({ phase: name, ms: Math.round(performance.now() - start), outcome });
    try {
      const value = await work();
      done("ok");
      return value;
    } catch (err) {
      const failure = toProbeFailure(err, name);
      done(failure.code === "TIMEOUT" ? "timeout" : "error");
      throw failure;
    }
  }

  // Marks a finished phase as failed without throwing from inside it (e.g. an untrusted certificate).
  markLastPhase(outcome: PhaseTiming["outcome"]): void {
    const last = this.phases[this.phases.length - 1];
    if (last) last.outcome = outcome;
  }

  errorOf(err: unknown): ProbeError {
    return toProbeError(err, this.currentPhase);
  }

  // The evidence's error field: present only when the probe failed.
  errorField(failure: ProbeFailure | undefined): { error: ProbeError } | Record<string, never> {
    return failure ? { error: toProbeError(failure, this.currentPhase) } : {};
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.outer?.removeEventListener("abort", this.onOuterAbort);
  }

  // Last step of every probe: stops the timers and redacts every string of the evidence (greeting,
  // replies and error messages too), in case a server echoes a secret back.
  // The transcript's entries were redacted as they were written: only one changed since, or written before a secret was
  // added, is redacted again (redaction is most of a probe's CPU when 50 diagnoses run at once).
  seal<T>(evidence: T): T {
    this.dispose();
    const redact = this.redact();
    if (!evidence || typeof evidence !== "object" || Array.isArray(evidence)) return redact.deep(evidence);
    const fields = Object.entries(evidence).map(([key, value]) => {
      if (key !== "transcript" || value !== this.transcript) return [key, redact.deep({ [key]: value })[key]];
      return [
        key,
        this.transcript.map((entry) => {
          const done = this.redacted.get(entry);
          return done && done.text === entry.text && done.secrets === this.secrets.length
            ? { ...entry }
            : redact.deep(entry);
        }),
      ];
    });
    return Object.fromEntries(fields) as T;
  }

  base(): {
    startedAt: string;
    ms: number;
    phases: PhaseTiming[];
    transcript: TranscriptEntry[];
    remoteAddress?: string;
  } {
    return {
      startedAt: this.startedAt,
      ms: this.elapsed(),
      phases: this.phases,
      transcript: this.transcript,
      ...(this.remoteAddress === undefined ? {} : { remoteAddress: this.remoteAddress }),
    };
  }
}
