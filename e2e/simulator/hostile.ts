// Hostile endpoints: each misbehaves in one way on its own port. None of them can take the simulator down.
import { randomBytes } from "node:crypto";
import { createServer as createNetServer, type Server, type Socket } from "node:net";
import { createSecureContext, createServer as createTlsServer, type TlsOptions } from "node:tls";
import { createImapServer, type MailServerDeps } from "./imap-server";
import type { Pki } from "./pki";
import { createPop3Server } from "./pop3-server";
import type { EndpointBehaviour } from "./scenario";
import { createSmtpServer } from "./smtp-server";

export type MailProtocolName = "imap" | "pop" | "smtp";
export type HostileBehaviour = Exclude<EndpointBehaviour, "normal">;

/**
 * 1024 random bytes that fail the same way every time: byte 1 is 0x00, so a TLS client always reads a record version
 * that is not 3.x ("wrong version number"), and the bytes end in CRLF, so a line reader always gets one line that is
 * not a reply (random bytes alone lack a newline about 2% of the time, which would look like a silent server).
 */
export function garbageBytes(): Buffer {
  const bytes = randomBytes(1024);
  bytes[1] = 0x00;
  bytes[1022] = 0x0d;
  bytes[1023] = 0x0a;
  return bytes;
}

/** The size of the huge-line endpoint's single unterminated line. */
export const HUGE_LINE_BYTES = 1024 * 1024;

export type TlsKind = "normal" | "untrusted" | "expired" | "wrong-name" | "tls-1.1";

export function tlsOptionsFor(pki: Pki, kind: TlsKind): TlsOptions {
  switch (kind) {
    case "normal":
      return { key: pki.server.keyPem, cert: pki.server.certChainPem };
    case "untrusted":
      return { key: pki.untrusted.keyPem, cert: pki.untrusted.certChainPem };
    case "expired":
      return { key: pki.expired.keyPem, cert: pki.expired.certChainPem };
    case "wrong-name":
      return { key: pki.wrongName.keyPem, cert: pki.wrongName.certChainPem };
    case "tls-1.1":
      // OpenSSL 3 refuses TLS 1.1 at the default security level; level 0 lets the server offer it (and only it).
      return {
        key: pki.server.keyPem,
        cert: pki.server.certChainPem,
        minVersion: "TLSv1.1",
        maxVersion: "TLSv1.1",
        ciphers: "DEFAULT@SECLEVEL=0",
      };
  }
}

const tlsKindOf: Partial<Record<HostileBehaviour, TlsKind>> = {
  "untrusted-cert": "untrusted",
  "expired-cert": "expired",
  "wrong-name-cert": "wrong-name",
  "tls-1.1": "tls-1.1",
};

/** Whether this behaviour has its own endpoint for the protocol (else the profile points at the normal server). */
export function hostileApplies(behaviour: HostileBehaviour, protocol: MailProtocolName): boolean {
  return behaviour !== "no-starttls" || protocol === "smtp";
}

/** Writes `prefix` then filler up to HUGE_LINE_BYTES without any CR or LF, in 16 KiB chunks, honouring back-pressure. */
function writeHugeLine(socket: Socket, prefix: string): void {
  let sent = 0;
  const chunk = 16 * 1024;
  const next = (): void => {
    while (sent < HUGE_LINE_BYTES && !socket.destroyed) {
      const size = Math.min(chunk, HUGE_LINE_BYTES - sent);
      const part = Buffer.alloc(size, 0x41);
      if (sent === 0) part.write(prefix, 0, "latin1");
      sent += size;
      if (!socket.write(part)) {
        socket.once("drain", () => setTimeout(next, 1));
        return;
      }
      if (sent < HUGE_LINE_BYTES) {
        setTimeout(next, 1);
        return;
      }
    }
  };
  next();
}

function track(deps: MailServerDeps, server: Server, label: string): Server {
  server.on("error", (e) => deps.log(`${label} server error: ${e.message}`));
  server.on("connection", (socket: Socket) => deps.registry.track(socket));
  return server;
}

/**
 * Creates the hostile server for a behaviour and protocol; null when nothing should listen ("closed") or when the
 * behaviour has no meaning for the protocol (no-starttls on IMAP/POP).
 */
export function createHostileServer(
  behaviour: HostileBehaviour,
  protocol: MailProtocolName,
  deps: MailServerDeps,
  pki: Pki,
): Server | null {
  const label = `${protocol}/${behaviour}`;
  if (!hostileApplies(behaviour, protocol)) return null;
  switch (behaviour) {
    case "closed":
      return null;
    case "silent":
      return track(
        deps,
        createNetServer(() => undefined),
        label,
      );
    case "garbage":
      return track(
        deps,
        createNetServer((socket) => {
          socket.write(garbageBytes());
        }),
        label,
      );
    case "huge-line": {
      if (protocol === "smtp")
        return track(
          deps,
          createNetServer((socket) => writeHugeLine(socket, "220 ")),
          label,
        );
      const server = createTlsServer(tlsOptionsFor(pki, "normal"), (socket) => {
        deps.registry.track(socket);
        writeHugeLine(socket, protocol === "imap" ? "* OK " : "+OK ");
      });
      server.on("tlsClientError", (e) => deps.log(`${label} TLS handshake failed: ${e.message}`));
      return track(deps, server, label);
    }
    case "close-mid-handshake":
      if (protocol === "smtp")
        return track(
          deps,
          createSmtpServer(deps, { advertiseStartTls: true, tls: "close-mid-handshake" }, label),
          label,
        );
      // Implicit TLS: read the ClientHello, then hang up before any ServerHello.
      return track(
        deps,
        createNetServer((socket) => {
          socket.once("data", () => socket.destroy());
        }),
        label,
      );
    case "no-starttls":
      return track(
        deps,
        createSmtpServer(
          deps,
          { advertiseStartTls: false, tls: createSecureContext(tlsOptionsFor(pki, "normal")) },
          label,
        ),
        label,
      );
    case "untrusted-cert":
    case "expired-cert":
    case "wrong-name-cert":
    case "tls-1.1": {
      const tls = tlsOptionsFor(pki, tlsKindOf[behaviour] ?? "normal");
      if (protocol === "smtp")
        return track(
          deps,
          createSmtpServer(deps, { advertiseStartTls: true, tls: createSecureContext(tls) }, label),
          label,
        );
      const server = protocol === "imap" ? createImapServer(deps, tls, label) : createPop3Server(deps, tls, label);
      return track(deps, server, label);
    }
  }
}
