// Per-phase time budgets; callers may tune them within [0.5 s, 60 s].
export type ProbeTimeouts = {
  dnsMs?: number;
  connectMs?: number;
  tlsMs?: number;
  greetingMs?: number;
  commandMs?: number;
  totalMs?: number;
};

export type ResolvedTimeouts = Required<ProbeTimeouts>;

export const defaultTimeouts: ResolvedTimeouts = {
  dnsMs: 5_000,
  connectMs: 5_000,
  tlsMs: 5_000,
  greetingMs: 10_000,
  commandMs: 10_000,
  totalMs: 30_000,
};

export const timeoutBounds = { min: 500, max: 60_000 } as const;

export function clampMs(value: number | undefined, fallback: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(timeoutBounds.max, Math.max(timeoutBounds.min, Math.round(value)));
}

export function resolveTimeouts(t: ProbeTimeouts | undefined): ResolvedTimeouts {
  return {
    dnsMs: clampMs(t?.dnsMs, defaultTimeouts.dnsMs),
    connectMs: clampMs(t?.connectMs, defaultTimeouts.connectMs),
    tlsMs: clampMs(t?.tlsMs, defaultTimeouts.tlsMs),
    greetingMs: clampMs(t?.greetingMs, defaultTimeouts.greetingMs),
    commandMs: clampMs(t?.commandMs, defaultTimeouts.commandMs),
    totalMs: clampMs(t?.totalMs, defaultTimeouts.totalMs),
  };
}
