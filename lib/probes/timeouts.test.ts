import { describe, expect, it } from "vitest";
import { defaultTimeouts, resolveTimeouts } from "./timeouts";

describe("resolveTimeouts", () => {
  it("defaults: connect 5 s, TLS 5 s, greeting 10 s, command 10 s, whole probe 30 s", () => {
    expect(resolveTimeouts(undefined)).toEqual(defaultTimeouts);
    expect(defaultTimeouts).toMatchObject({
      connectMs: 5_000,
      tlsMs: 5_000,
      greetingMs: 10_000,
      commandMs: 10_000,
      totalMs: 30_000,
    });
  });

  it("clamps to [0.5 s, 60 s] and ignores non-numbers", () => {
    expect(
      resolveTimeouts({ connectMs: 1, tlsMs: 120_000, greetingMs: Number.NaN, commandMs: 750.4, totalMs: -5 }),
    ).toMatchObject({
      connectMs: 500,
      tlsMs: 60_000,
      greetingMs: 10_000,
      commandMs: 750,
      totalMs: 500,
    });
  });
});
