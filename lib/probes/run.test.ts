import { describe, expect, it } from "vitest";
import { ProbeFailure } from "./errors";
import { ProbeRun } from "./run";
import { buildXoauth2 } from "./xoauth2";

describe("ProbeRun (the transcript recorder)", () => {
  it("redacts every line when it is recorded, client and server alike", () => {
    const token = "opaque-token-for-recorder-test";
    const run = new ProbeRun({ secrets: [token] });
    const blob = buildXoauth2("a@b.example", token);
    run.client(`A1 AUTHENTICATE XOAUTH2 ${blob}`);
    run.server(`A1 NO you said ${token}`);
    run.note(`Bearer ${token}`);
    run.dispose();
    expect(run.transcript.map((t) => t.text)).toEqual([
      `A1 AUTHENTICATE XOAUTH2 <redacted ${blob.length} chars>`,
      `A1 NO you said <redacted ${token.length} chars>`,
      `Bearer <redacted ${token.length} chars>`,
    ]);
  });

  it("sealing redacts again what changed or came before a secret was added, and every other string", () => {
    const early = "early-secret-value-0123456789";
    const late = "late-secret-value-9876543210";
    const run = new ProbeRun({ secrets: [early] });
    run.server(`before: ${late}`);
    run.addSecret(late);
    run.server(`after: ${late} and ${early}`);
    const tampered = { ms: 0, from: "note" as const, text: "placeholder" };
    run.transcript.push(tampered);
    tampered.text = `pushed: ${early}`;
    const sealed = run.seal({ kind: "imap", greeting: `* OK ${late}`, ...run.base(), password: "x" });
    expect(sealed.transcript.map((entry) => entry.text)).toEqual([
      `before: <redacted ${late.length} chars>`,
      `after: <redacted ${late.length} chars> and <redacted ${early.length} chars>`,
      `pushed: <redacted ${early.length} chars>`,
    ]);
    expect(sealed.greeting).toBe(`* OK <redacted ${late.length} chars>`);
    expect(sealed.password).toBe("<redacted 1 chars>");
    expect(Object.keys(sealed)).toEqual(["kind", "greeting", "startedAt", "ms", "phases", "transcript", "password"]);
  });

  it("escapes control characters and cuts very long lines after redaction", () => {
    const run = new ProbeRun({});
    run.server(`bin\x00\x01ary${"z".repeat(5000)}`);
    run.dispose();
    const text = run.transcript[0]?.text ?? "";
    expect(text.startsWith("bin\\x00\\x01ary")).toBe(true);
    expect(text.length).toBeLessThan(4200);
    expect(text).toMatch(/… \(\d+ more chars\)$/);
  });

  it("records phases with outcome ok / error / timeout", async () => {
    const run = new ProbeRun({});
    await run.phase("a", async () => 1);
    await expect(run.phase("b", () => Promise.reject(new ProbeFailure("ECONNREFUSED", "no")))).rejects.toMatchObject({
      phase: "b",
    });
    await expect(run.phase("c", () => Promise.reject(new ProbeFailure("TIMEOUT", "slow")))).rejects.toMatchObject({
      code: "TIMEOUT",
    });
    run.dispose();
    expect(run.phases.map((p) => [p.phase, p.outcome])).toEqual([
      ["a", "ok"],
      ["b", "error"],
      ["c", "timeout"],
    ]);
  });

  it("the whole-probe budget aborts the run's signal with TIMEOUT", async () => {
    const run = new ProbeRun({ timeouts: { totalMs: 500 } });
    await new Promise((r) => run.signal.addEventListener("abort", r));
    expect(run.signal.reason).toMatchObject({ code: "TIMEOUT" });
    run.dispose();
  });

  it("an already aborted caller signal aborts the run with ABORTED", () => {
    const c = new AbortController();
    c.abort();
    const run = new ProbeRun({ signal: c.signal });
    expect(run.signal.reason).toMatchObject({ code: "ABORTED" });
    run.dispose();
  });
});
