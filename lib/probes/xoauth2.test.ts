import { describe, expect, it } from "vitest";
import { buildXoauth2, validateXoauth2Blob } from "./xoauth2";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

describe("buildXoauth2", () => {
  it("matches Microsoft's documented example (golden vector, research §1.1)", () => {
    expect(buildXoauth2("test@contoso.onmicrosoft.com", "EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA")).toBe(
      "dXNlcj10ZXN0QGNvbnRvc28ub25taWNyb3NvZnQuY29tAWF1dGg9QmVhcmVyIEV3QkFBbDNCQUFVRkZwVUFvN0ozVmUwYmpMQldaV0NjbFJDM0VvQUEBAQ==",
    );
  });

  it("puts 0x01 bytes, not text, between the parts", () => {
    const raw = Buffer.from(buildXoauth2("a@b.example", "tok"), "base64");
    expect([...raw.subarray(-2)]).toEqual([1, 1]);
    expect(raw.toString("utf8")).toBe("user=a@b.example\x01auth=Bearer tok\x01\x01");
  });

  it("produces a blob that passes its own validation", () => {
    expect(validateXoauth2Blob(buildXoauth2("shared@contoso.example", "eyJ.a.b"))).toEqual([]);
  });
});

describe("validateXoauth2Blob (SmtpClientDiag rules)", () => {
  const codes = (blob: string) => validateXoauth2Blob(blob).map((p) => p.code);
  it.each([
    ["empty", "", ["EMPTY"]],
    ["not base64", "user=a@b auth=Bearer x", ["NOT_BASE64"]],
    ["truncated base64", "dXNlcj1", ["NOT_BASE64"]],
    ["user= not at index 0", b64(" user=a@b\x01auth=Bearer t\x01\x01"), ["USER_NOT_AT_START"]],
    ["no 0x01 before auth=", b64("user=a@b auth=Bearer t\x01\x01"), ["NO_SEPARATOR_BEFORE_AUTH"]],
    ["auth= without Bearer", b64("user=a@b\x01auth=t\x01\x01"), ["NO_BEARER"]],
    ["Bearer without the space", b64("user=a@b\x01auth=Bearert\x01\x01"), ["NO_BEARER"]],
    ["not ending in 0x01 0x01", b64("user=a@b\x01auth=Bearer t\x01"), ["NOT_TERMINATED"]],
    ["empty user", b64("user=\x01auth=Bearer t\x01\x01"), ["EMPTY_USER"]],
    ["empty token", b64("user=a@b\x01auth=Bearer \x01\x01"), ["EMPTY_TOKEN"]],
    ["space after user= (GmailAuthSMTP#15)", b64("user= a@b\x01auth=Bearer t\x01\x01"), ["SPACE_AFTER_USER"]],
    [
      "\\x01 written as text (node-imap#865)",
      b64("user=a@b\\x01auth=Bearer t\\x01\\x01"),
      ["NO_SEPARATOR_BEFORE_AUTH", "NOT_TERMINATED", "LITERAL_CTRL_A"],
    ],
  ])("%s", (_name, blob, expected) => {
    expect(codes(blob)).toEqual(expected);
  });

  it("never quotes the token in a problem message", () => {
    const token = "SECRET-TOKEN-VALUE-123";
    const problems = validateXoauth2Blob(b64(`user=\x01auth=Bearer ${token}\x01`));
    expect(problems.length).toBeGreaterThan(0);
    expect(JSON.stringify(problems)).not.toContain(token);
  });
});
