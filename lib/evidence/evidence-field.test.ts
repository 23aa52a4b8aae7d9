import { describe, expect, it } from "vitest";
import { draftHoldsSignInLogs, isIpAddress } from "./evidence-field";

describe("draftHoldsSignInLogs", () => {
  it.each([
    ["no evidence field", undefined, false],
    ["an empty field", "", false],
    ["text that is not JSON", "{not json", false],
    ["JSON that is not an object", "[1]", false],
    ["evidence without a reading", '{"signInLogs":null,"powershell":[]}', false],
    ["a reading", '{"signInLogs":{"rows":3,"groups":[]},"powershell":[]}', true],
  ])("%s", (_, evidence, expected) => {
    expect(draftHoldsSignInLogs(evidence === undefined ? {} : { evidence })).toBe(expected);
  });
});

describe("isIpAddress", () => {
  it.each([
    ["10.0.0.12", true],
    [" 192.168.1.1 ", true],
    ["2001:db8::1", true],
    ["256.1.1.1", false],
    ["ece.example.com", false],
    ["", false],
  ])("%s", (text, expected) => {
    expect(isIpAddress(text)).toBe(expected);
  });
});
