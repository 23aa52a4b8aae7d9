import { describe, expect, it } from "vitest";
import { type CloudProfile, cloudProfiles } from "@/lib/knowledge/clouds";
import { openConnection } from "./connect";
import {
  type AllowedTarget,
  allowedTarget,
  allowedTargets,
  assertAllowedTarget,
  findAllowedTarget,
  isAllowedTarget,
  isDnsName,
  RefusedTargetError,
} from "./targets";

const ww = cloudProfiles.worldwide;

describe("allowedTargets", () => {
  it("lists the imap, pop, smtp and login endpoints of a profile, with the TLS mode ECE uses", () => {
    expect(allowedTargets(ww).map((t) => [t.service, t.host, t.port, t.tlsMode])).toEqual([
      ["imap", "outlook.office365.com", 993, "implicit"],
      ["pop", "outlook.office365.com", 995, "implicit"],
      ["smtp", "smtp.office365.com", 587, "starttls"],
      ["login", "login.microsoftonline.com", 443, "implicit"],
    ]);
  });

  it("takes the port from loginHost when it carries one", () => {
    const p: CloudProfile = { ...ww, loginHost: "login.example.test:8443" };
    expect(allowedTarget(p, "login")).toMatchObject({ host: "login.example.test", port: 8443 });
  });

  it("accepts every built-in cloud", () => {
    for (const p of Object.values(cloudProfiles)) expect(allowedTargets(p)).toHaveLength(4);
  });

  it("issues frozen targets", () => {
    const t = allowedTarget(ww, "imap");
    expect(Object.isFrozen(t)).toBe(true);
    expect(isAllowedTarget(t)).toBe(true);
  });
});

describe("refusals", () => {
  it.each([
    ["127.0.0.1", 993],
    ["169.254.169.254", 80],
    ["169.254.169.254", 993],
    ["10.0.0.5", 993],
    ["[::1]", 993],
    ["::1", 993],
    ["localhost", 993],
    ["outlook.office365.com", 25],
    ["outlook.office365.com", 443],
    ["smtp.office365.com", 993],
    ["outlook.office365.com.evil.example", 993],
    ["evil.example", 587],
    ["login.microsoftonline.com", 80],
  ])("findAllowedTarget(worldwide, %s, %i) throws RefusedTargetError", (host, port) => {
    expect(() => findAllowedTarget(ww, host, port)).toThrow(RefusedTargetError);
  });

  it("finds an allowed endpoint case-insensitively and with a trailing dot", () => {
    expect(findAllowedTarget(ww, "Outlook.Office365.com.", 995)).toMatchObject({ service: "pop" });
  });

  it.each([
    ["IPv4 literal", { imap: { host: "127.0.0.1", port: 993, confirmed: true } }],
    ["metadata IP", { smtp: { host: "169.254.169.254", port: 80, confirmed: true } }],
    ["IPv6 literal", { pop: { host: "::1", port: 995, confirmed: true } }],
    ["decimal IPv4 that getaddrinfo accepts", { imap: { host: "2130706433", port: 993, confirmed: true } }],
    ["short numeric IPv4", { imap: { host: "127.1", port: 993, confirmed: true } }],
    ["hex IPv4", { imap: { host: "0x7f.1", port: 993, confirmed: true } }],
    ["port 0", { imap: { host: "outlook.office365.com", port: 0, confirmed: true } }],
    ["port 70000", { imap: { host: "outlook.office365.com", port: 70000, confirmed: true } }],
    ["login IP with port", { loginHost: "169.254.169.254:80" }],
    ["a name with a newline", { imap: { host: "outlook.office365.com\r\nRCPT", port: 993, confirmed: true } }],
  ] as const)("a profile with a %s is refused", (_name, patch) => {
    expect(() => allowedTargets({ ...ww, ...patch } as CloudProfile)).toThrow(RefusedTargetError);
  });

  it.each([
    ["a plain object", { host: "outlook.office365.com", port: 993, service: "imap", tlsMode: "implicit" }],
    ["a copy of an issued target", { ...allowedTarget(ww, "imap") }],
    ["127.0.0.1", { host: "127.0.0.1", port: 993 }],
    ["metadata", { host: "169.254.169.254", port: 80 }],
    ["null", null],
  ])("%s is refused at run time by assertAllowedTarget and openConnection", async (_name, forged) => {
    expect(() => assertAllowedTarget(forged)).toThrow(RefusedTargetError);
    expect(() => openConnection({ target: forged as unknown as AllowedTarget, tls: "none" })).toThrow(
      RefusedTargetError,
    );
  });

  it("isDnsName accepts names and refuses literals", () => {
    expect(
      ["localhost", "outlook.office365.com", "partner.outlook.cn", "outlook-dod.office365.us"].every(isDnsName),
    ).toBe(true);
    expect(["", "1.2.3.4", "::1", "a..b", "-a.com", "a.123", "x".repeat(254)].some(isDnsName)).toBe(false);
  });
});
