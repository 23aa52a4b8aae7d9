import { describe, expect, it } from "vitest";
import { makeJwt, v1Claims } from "@/lib/testing/jwt";
import { mailboxOfToken, tokenUser } from "./mailbox-match";

const mailboxes = ["Support@Example.com", " sales@example.com ", "billing@example.com"];
const tokenOf = (upn: string) => makeJwt(v1Claims({ upn, unique_name: upn }));

describe("mailboxOfToken", () => {
  it.each([
    ["the same address", "billing@example.com", "billing@example.com"],
    ["another case", "support@example.com", "Support@Example.com"],
    ["spaces around the list's entry", "sales@example.com", " sales@example.com "],
    ["spaces and case in the claim", " SALES@example.com ", " sales@example.com "],
  ])("matches %s", (_label, upn, expected) => {
    expect(mailboxOfToken(mailboxes, tokenOf(upn))).toBe(expected);
  });

  it.each([
    ["a user of no listed mailbox", tokenOf("admin@example.com")],
    ["no token", undefined],
    ["an empty token", "  "],
    ["an unreadable token", "not-a-jwt"],
  ])("finds nothing for %s", (_label, raw) => {
    expect(mailboxOfToken(mailboxes, raw)).toBeUndefined();
  });

  it("reads the user from the token's claims", () => {
    expect(tokenUser(tokenOf("support@example.com"))).toBe("support@example.com");
    expect(tokenUser("not-a-jwt")).toBeNull();
  });
});
