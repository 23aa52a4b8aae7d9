import "server-only";
import type { CertificateSummary } from "./types";

// TLS session resumption, per host: a resumed handshake skips the certificate exchange and its checks, which cost more
// CPU (on both sides) than the rest of a probe when 50 diagnoses run at once. A session is kept only after a full
// handshake whose certificate was trusted and valid for the name, together with the certificate facts learnt there,
// under the trust settings, SNI name, host and port it was verified for. A server accepts the session only if it
// issued it, so a resumed connection talks to the server that proved its certificate on that full handshake: its
// verdict and certificate are that handshake's. Kept briefly, so a changed certificate shows within a minute.
export const tlsSessionLifetimeMs = 60_000;
export const maxTlsSessions = 256;

export type VerifiedSession = {
  session: Buffer;
  certificate: CertificateSummary | undefined;
  // When the full handshake verified the certificate; a session renewed on a resumed connection keeps this time.
  verifiedAt: number;
};

const sessions = new Map<string, VerifiedSession>();

export function tlsSessionKey(trust: string, servername: string, host: string, port: number): string {
  return `${trust}\n${servername.toLowerCase()}\n${host.toLowerCase()}:${port}`;
}

export function verifiedSession(key: string, now = Date.now()): VerifiedSession | undefined {
  const entry = sessions.get(key);
  if (!entry) return undefined;
  const validTo = entry.certificate ? Date.parse(entry.certificate.validTo) : Number.NaN;
  if (now - entry.verifiedAt >= tlsSessionLifetimeMs || !(validTo > now)) {
    sessions.delete(key);
    return undefined;
  }
  return entry;
}

export function keepVerifiedSession(key: string, entry: VerifiedSession): void {
  sessions.delete(key);
  sessions.set(key, entry);
  for (const oldest of sessions.keys()) {
    if (sessions.size <= maxTlsSessions) break;
    sessions.delete(oldest);
  }
}

export function forgetTlsSession(key: string): void {
  sessions.delete(key);
}

/** Tests: start from full handshakes. */
export function clearTlsSessions(): void {
  sessions.clear();
}

export function tlsSessionCount(): number {
  return sessions.size;
}
