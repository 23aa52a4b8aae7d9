import "server-only";
import { ProbeFailure, toProbeFailure } from "./errors";
import type { LineClient } from "./line-client";
import {
  canSayGoodbye,
  checkTarget,
  credentialsOf,
  type MailProbeOptions,
  noteBlobProblems,
  openImplicitAndGreet,
  protocolFailure,
  remaining,
  sayGoodbye,
  targetLabel,
} from "./probe-common";
import { probeRunFor } from "./run";
import type { Pop3Evidence, ServerReply } from "./types";

export type Pop3AuthStyle = "two-line" | "one-line";

export type Pop3ProbeOptions = MailProbeOptions & {
  // "one-line" reproduces JavaMail without mail.pop3.auth.xoauth2.two.line.authentication.format=true,
  // to show that Exchange refuses it; the default is what works.
  authStyle?: Pop3AuthStyle;
};

import { buildXoauth2 } from "./xoauth2";

// What ECE's Retriever does over POP3S (995): greeting, CAPA, then AUTH XOAUTH2 split over two lines,
// which Exchange Online requires (the one-line SASL-IR form fails there), then STAT to prove access.

function reply(line: string): ServerReply {
  const m = /^([+-]\S*)\s?(.*)$/.exec(line);
  return { status: m?.[1]?.toUpperCase() ?? "", text: m?.[2] ?? line };
}

const isContinuation = (line: string) => line === "+" || line.startsWith("+ ");

export async function probePop3(options: Pop3ProbeOptions): Promise<Pop3Evidence> {
  const run = probeRunFor(options);
  const credentials = credentialsOf(run, options);
  const evidence: Pick<Pop3Evidence, "mailbox" | "capabilities"> & Partial<Pop3Evidence> = {
    mailbox: options.mailbox?.trim() ?? "",
    capabilities: [],
  };
  let client: LineClient | undefined;
  let failure: ProbeFailure | undefined;
  let greeted = false;
  const { commandMs } = run.timeouts;

  try {
    checkTarget(run, options.target);
    const { client: c, greeting } = await openImplicitAndGreet(
      run,
      options,
      evidence,
      (opened: LineClient) => (client = opened),
    );
    if (!/^\+OK\b/i.test(greeting))
      throw protocolFailure(`The server did not greet with "+OK": ${greeting.slice(0, 200)}`, "greeting");
    greeted = true;

    const capaOk = await run.phase("capa", async () => {
      const deadline = Date.now() + commandMs;
      c.send("CAPA");
      const first = await c.read(commandMs);
      if (!/^\+OK\b/i.test(first)) return false;
      for (;;) {
        const line = await c.read(remaining(deadline));
        if (line === ".") return true;
        // Dot-stuffing (RFC 1939 §3).
        evidence.capabilities.push(line.startsWith("..") ? line.slice(1) : line);
      }
    });
    const sasl = evidence.capabilities.find((l) => /^SASL\b/i.test(l));
    const offersXoauth2 = sasl !== undefined && /\bXOAUTH2\b/i.test(sasl);
    if (!capaOk) run.note("CAPA is not supported; trying AUTH XOAUTH2 anyway.");

    if (capaOk && !offersXoauth2) {
      failure = new ProbeFailure(
        "XOAUTH2_NOT_OFFERED",
        "CAPA does not list XOAUTH2 in its SASL line; ECE cannot sign in with OAuth here.",
        "capa",
      );
    } else if (!credentials) {
      run.note("No mailbox and access token given: stopped after CAPA.");
    } else {
      const blob = buildXoauth2(credentials.mailbox, credentials.accessToken);
      run.addSecret(blob);
      noteBlobProblems(run, blob);

      const style: Pop3AuthStyle = options.authStyle ?? "two-line";
      evidence.authStyle = style;
      const auth = await run.phase("auth", async (): Promise<ServerReply> => {
        let line: string;
        if (style === "two-line") {
          run.note("Exchange Online needs AUTH XOAUTH2 on two lines: the command, then the XOAUTH2 string after '+'.");
          c.send("AUTH XOAUTH2");
          line = await c.read(commandMs);
          if (!isContinuation(line)) return reply(line);
          c.send(blob);
        } else {
          run.note(
            "AUTH XOAUTH2 with the XOAUTH2 string on the same line (JavaMail's default; Exchange Online refuses it).",
          );
          c.send(`AUTH XOAUTH2 ${blob}`);
        }
        line = await c.read(commandMs);
        if (isContinuation(line)) {
          run.note("The server sent a challenge after the XOAUTH2 string; answering with an empty line.");
          c.send("");
          line = await c.read(commandMs);
        }
        return reply(line);
      });
      evidence.auth = auth;

      if (auth.status !== "+OK") {
        failure = new ProbeFailure(
          "AUTH_FAILED",
          `AUTH XOAUTH2 was answered ${auth.status} ${auth.text}`.trim(),
          "auth",
        );
        run.markLastPhase("error");
      } else {
        const stat = await run.phase("stat", async () => {
          c.send("STAT");
          return reply(await c.read(commandMs));
        });
        evidence.stat = stat;
        if (stat.status !== "+OK") {
          failure = new ProbeFailure(
            "AFTER_AUTH_FAILED",
            `Signed in, but STAT was answered ${stat.status} ${stat.text}`.trim(),
            "stat",
          );
          run.markLastPhase("error");
        }
      }
    }
  } catch (err) {
    failure = toProbeFailure(err, run.currentPhase);
  }

  if (client && greeted && canSayGoodbye(failure)) {
    const c = client;
    await sayGoodbye(run, "quit", async () => {
      c.send("QUIT");
      await c.read(Math.min(commandMs, 2_000));
    });
  }
  client?.close();
  return run.seal<Pop3Evidence>({
    kind: "pop3",
    target: targetLabel(options.target),
    ...run.base(),
    ...evidence,
    ...run.errorField(failure),
  });
}
