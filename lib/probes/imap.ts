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
import { type ProbeRun, probeRunFor } from "./run";
import type { ImapEvidence, ServerReply } from "./types";
import { buildXoauth2 } from "./xoauth2";

// What ECE's Retriever (JavaMail IMAP over 993) does: greeting, CAPABILITY, AUTHENTICATE XOAUTH2
// (SASL-IR when offered), then one more command, because Exchange says "OK AUTHENTICATE completed."
// even when IMAP is disabled and only refuses the next command with
// "BAD User is authenticated but not connected." (shared/research/microsoft.md §1.2).

export const imapAfterAuthCommand = 'LIST "" "INBOX"';

type Tagged =
  | { kind: "tagged"; status: string; text: string; untagged: string[] }
  | { kind: "continuation"; text: string; untagged: string[] };

async function readResponse(client: LineClient, run: ProbeRun, tag: string, timeoutMs: number): Promise<Tagged> {
  const deadline = Date.now() + timeoutMs;
  const untagged: string[] = [];
  for (;;) {
    let line: string;
    try {
      line = await client.read(remaining(deadline));
    } catch (err) {
      // "* BYE ..." then a close: the BYE text is the explanation.
      const bye = byeOf(untagged);
      if (bye && err instanceof ProbeFailure && err.code === "CLOSED")
        throw new ProbeFailure("CLOSED", `The server closed the connection after: ${bye}`);
      throw err;
    }
    if (line.startsWith(`${tag} `)) {
      const m = /^\S+ (OK|NO|BAD)\b ?(.*)$/i.exec(line);
      if (!m) throw protocolFailure(`Unexpected tagged reply: ${line.slice(0, 200)}`, run.currentPhase);
      return { kind: "tagged", status: (m[1] ?? "").toUpperCase(), text: m[2] ?? "", untagged };
    }
    if (line === "+" || line.startsWith("+ ")) return { kind: "continuation", text: line.slice(2), untagged };
    if (line.startsWith("* ")) {
      untagged.push(line);
      // A literal {n}: its bytes follow as raw lines; skip them so they are not read as replies.
      const literal = /\{(\d+)\+?\}$/.exec(line);
      let left = literal ? Number(literal[1]) : 0;
      while (left > 0) left -= Buffer.byteLength(await client.read(remaining(deadline))) + 2;
      continue;
    }
    throw protocolFailure(`Unexpected line from the server: ${line.slice(0, 200)}`, run.currentPhase);
  }
}

function byeOf(untagged: string[]): string | undefined {
  return untagged.find((l) => /^\* BYE\b/i.test(l));
}

export async function probeImap(options: MailProbeOptions): Promise<ImapEvidence> {
  const run = probeRunFor(options);
  const credentials = credentialsOf(run, options);
  const evidence: Pick<ImapEvidence, "mailbox" | "capabilities" | "saslIr"> & Partial<ImapEvidence> = {
    mailbox: options.mailbox?.trim() ?? "",
    capabilities: [],
    saslIr: false,
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
    if (!/^\* (OK|PREAUTH)\b/i.test(greeting))
      throw protocolFailure(`The server did not greet with "* OK": ${greeting.slice(0, 200)}`, "greeting");
    greeted = true;

    const cap = await run.phase("capability", async () => {
      c.send("A1 CAPABILITY");
      const r = await readResponse(c, run, "A1", commandMs);
      if (r.kind !== "tagged" || r.status !== "OK")
        throw protocolFailure("CAPABILITY was not answered with OK.", "capability");
      return r;
    });
    evidence.capabilities = cap.untagged
      .filter((l) => /^\* CAPABILITY /i.test(l))
      .flatMap((l) => l.slice("* CAPABILITY ".length).split(/\s+/))
      .filter((s) => s !== "");
    const caps = new Set(evidence.capabilities.map((s) => s.toUpperCase()));
    evidence.saslIr = caps.has("SASL-IR");

    if (!caps.has("AUTH=XOAUTH2")) {
      failure = new ProbeFailure(
        "XOAUTH2_NOT_OFFERED",
        "The server does not offer AUTH=XOAUTH2; ECE cannot sign in with OAuth here.",
        "capability",
      );
    } else if (!credentials) {
      run.note("No mailbox and access token given: stopped after CAPABILITY.");
    } else {
      const blob = buildXoauth2(credentials.mailbox, credentials.accessToken);
      run.addSecret(blob);
      noteBlobProblems(run, blob);

      const auth = await run.phase("auth", async (): Promise<ServerReply> => {
        let r: Tagged;
        if (evidence.saslIr) {
          run.note("SASL-IR advertised: initial response on the AUTHENTICATE line.");
          c.send(`A2 AUTHENTICATE XOAUTH2 ${blob}`);
          r = await readResponse(c, run, "A2", commandMs);
        } else {
          run.note("SASL-IR not advertised: waiting for the continuation before the XOAUTH2 string.");
          c.send("A2 AUTHENTICATE XOAUTH2");
          r = await readResponse(c, run, "A2", commandMs);
          if (r.kind === "continuation") {
            c.send(blob);
            r = await readResponse(c, run, "A2", commandMs);
          }
        }
        if (r.kind === "continuation") {
          // An error challenge (Gmail style); XOAUTH2 says answer it with an empty line.
          run.note("The server sent a challenge after the XOAUTH2 string; answering with an empty line.");
          c.send("");
          r = await readResponse(c, run, "A2", commandMs);
          if (r.kind === "continuation") throw protocolFailure("A second continuation after AUTHENTICATE.", "auth");
        }
        return { status: r.status, text: r.text };
      });
      evidence.auth = auth;

      if (auth.status !== "OK") {
        failure = new ProbeFailure(
          "AUTH_FAILED",
          `AUTHENTICATE XOAUTH2 was answered ${auth.status} ${auth.text}`.trim(),
          "auth",
        );
      } else {
        const after = await run.phase("after-auth", async () => {
          c.send(`A3 ${imapAfterAuthCommand}`);
          const r = await readResponse(c, run, "A3", commandMs);
          if (r.kind !== "tagged") throw protocolFailure(`A continuation after ${imapAfterAuthCommand}.`, "after-auth");
          return r;
        });
        evidence.afterAuth = { command: imapAfterAuthCommand, status: after.status, text: after.text };
        if (after.status !== "OK") {
          failure = new ProbeFailure(
            "AFTER_AUTH_FAILED",
            `Signed in, but ${imapAfterAuthCommand} was answered ${after.status} ${after.text}`.trim(),
            "after-auth",
          );
          run.markLastPhase("error");
          const bye = byeOf(after.untagged);
          if (bye) run.note(`The server said goodbye: ${bye}`);
        }
      }
    }
    if (failure && failure.phase === "auth") run.markLastPhase("error");
  } catch (err) {
    failure = toProbeFailure(err, run.currentPhase);
  }

  if (client && greeted && canSayGoodbye(failure)) {
    const c = client;
    await sayGoodbye(run, "logout", async () => {
      c.send("A4 LOGOUT");
      await readResponse(c, run, "A4", Math.min(commandMs, 2_000));
    });
  }
  client?.close();
  return run.seal<ImapEvidence>({
    kind: "imap",
    target: targetLabel(options.target),
    ...run.base(),
    ...evidence,
    ...run.errorField(failure),
  });
}
