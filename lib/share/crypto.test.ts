import { describe, expect, it } from "vitest";
import { fromBase64Url, toBase64Url } from "./base64url";
import { decryptShare, encryptShare, ShareCryptoError } from "./crypto";
import { samplePayload } from "./fixtures";
import { shareKeyPattern } from "./format";
import { readSharePayload, secretsIn } from "./payload";

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ShareCryptoError) return error.reason;
    throw error;
  }
  return "decrypted";
}

function flip(text: string, byte: number): string {
  const bytes = fromBase64Url(text)!;
  bytes[byte] = (bytes[byte] ?? 0) ^ 0x01;
  return toBase64Url(bytes);
}

describe("base64url", () => {
  it("round-trips bytes and refuses padding, other alphabets and non-canonical text", () => {
    const bytes = new Uint8Array(Array.from({ length: 300 }, (_, index) => (index * 37) % 256));
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(fromBase64Url("AA==")).toBeNull();
    expect(fromBase64Url("A+/A")).toBeNull();
    expect(fromBase64Url("AAAAA")).toBeNull();
    expect(fromBase64Url("AB")).toBeNull(); // stray bits
    expect(fromBase64Url("")).toEqual(new Uint8Array());
  });
});

describe("share encryption", () => {
  it("round-trips the payload with a fresh 256-bit key and IV each time", async () => {
    const payload = samplePayload();
    const first = await encryptShare(payload);
    const second = await encryptShare(payload);
    expect(first.key).toMatch(shareKeyPattern);
    expect(first.key).not.toBe(second.key);
    expect(first.envelope.iv).not.toBe(second.envelope.iv);
    expect(first.envelope.ciphertext).not.toBe(second.envelope.ciphertext);
    expect(first.envelope.version).toBe(1);
    expect(await decryptShare(first.envelope, first.key)).toEqual(payload);
    expect(first.envelope.ciphertext).not.toContain("support@example.com");
  });

  it("refuses a wrong key, a tampered ciphertext, IV or version, and a damaged key", async () => {
    const { envelope, key } = await encryptShare(samplePayload());
    const other = await encryptShare(samplePayload());
    expect(await reason(decryptShare(envelope, other.key))).toBe("wrong-key");
    expect(await reason(decryptShare({ ...envelope, ciphertext: flip(envelope.ciphertext, 5) }, key))).toBe(
      "wrong-key",
    );
    expect(
      await reason(
        decryptShare(
          { ...envelope, ciphertext: flip(envelope.ciphertext, fromBase64Url(envelope.ciphertext)!.length - 1) },
          key,
        ),
      ),
    ).toBe("wrong-key");
    expect(await reason(decryptShare({ ...envelope, iv: flip(envelope.iv, 0) }, key))).toBe("wrong-key");
    expect(await reason(decryptShare({ ...envelope, ciphertext: envelope.ciphertext.slice(0, 16) }, key))).toBe(
      "damaged",
    );
    expect(await reason(decryptShare({ ...envelope, version: 2 }, key))).toBe("unsupported-version");
    expect(await reason(decryptShare(envelope, ""))).toBe("missing-key");
    expect(await reason(decryptShare(envelope, key.slice(0, -1)))).toBe("bad-key");
    expect(await reason(decryptShare(envelope, `${key.slice(0, -1)}!`))).toBe("bad-key");
  });
});

describe("share payload", () => {
  it("carries the case, the language-neutral findings, the results and the evidence, and renders in either language", () => {
    const payload = samplePayload();
    expect(payload.schema).toBe("ece-oauth-doctor/share@1");
    const shared = readSharePayload(JSON.parse(JSON.stringify(payload)));
    expect(shared).not.toBeNull();
    expect(shared!.payload.case).toEqual(payload.case);
    expect(shared!.payload.evidence).toEqual(payload.evidence);
    const english = shared!.results("en");
    const italian = shared!.results("it");
    expect(english.map((result) => result.cause)).toEqual(payload.results.map((result) => result.cause));
    expect(english.some((result) => result.status === "fail")).toBe(true);
    expect(italian[0]!.title).not.toBe(english[0]!.title);
  });

  it("falls back to the creator's results when a finding has ids this build does not know (a newer link)", () => {
    const payload = samplePayload();
    const newer = { ...payload, findings: [{ check: "future-check", status: "fail", cause: "future-cause" }] };
    const shared = readSharePayload(JSON.parse(JSON.stringify(newer)));
    expect(shared!.results("it")).toEqual(payload.results);
  });

  it("drops documentation links that are not https or not in the catalogue", () => {
    const payload = samplePayload();
    const withDocs = payload.results.map((result) => ({
      ...result,
      docs: [
        { id: "tac-218453", url: "javascript:alert(1)" },
        { id: "evil", url: "https://evil.example" },
      ],
    }));
    const shared = readSharePayload({ ...payload, results: withDocs, findings: [{ nope: true }] });
    expect(shared!.results("en").flatMap((result) => result.docs)).toEqual([]);
  });

  it("refuses other documents: wrong schema, a case with unknown fields, missing parts", () => {
    const payload = samplePayload();
    expect(readSharePayload({ ...payload, schema: "ece-oauth-doctor/report@1" })).toBeNull();
    expect(
      readSharePayload({ ...payload, case: { ...payload.case, azure: { ...payload.case.azure, clientSecret: "x" } } }),
    ).toBeNull();
    expect(readSharePayload({ ...payload, evidence: undefined })).toBeNull();
    expect(readSharePayload("text")).toBeNull();
  });

  it("finds secrets anywhere in the payload (belt and braces before encrypting)", () => {
    const canary = "Canary~Secret-0123456789abcdef";
    const token = "eyJ0eXAiOiJKV1QifQ.canary-access-token.signature";
    const clean = samplePayload();
    expect(secretsIn(clean, { clientSecret: canary, accessToken: token })).toEqual([]);
    const leaky = samplePayload({
      evidence: [
        {
          ...samplePayload().evidence[0]!,
          transcript: [{ ms: 1, from: "client", text: `A1 AUTHENTICATE XOAUTH2 ${token}` }],
        },
      ],
    });
    expect(secretsIn(leaky, { clientSecret: canary, accessToken: token })).toEqual(["accessToken"]);
    expect(secretsIn({ [canary]: 1 }, { clientSecret: canary })).toEqual(["clientSecret"]);
    expect(secretsIn({ note: "abc" }, { clientSecret: "abc" })).toEqual(["clientSecret"]);
    expect(secretsIn({ note: "abcdef" }, { clientSecret: "abc" })).toEqual([]);
    expect(secretsIn(clean, { clientSecret: "", accessToken: "  " })).toEqual([]);
  });
});
