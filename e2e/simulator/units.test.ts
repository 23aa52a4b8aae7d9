// Pure pieces of the simulator: the XOAUTH2 blob rules, token minting/verification, scenario loading, ports, PKI.
import { X509Certificate } from "node:crypto";
import dnsPacket from "dns-packet";
import { describe, expect, it } from "vitest";
import { Directory } from "./directory";
import { answer } from "./dns-server";
import { entraTimestamp } from "./entra-server";
import { loadScenario, parseScenario } from "./load-scenario";
import { encodeXoauth2, parseXoauth2 } from "./mail-auth";
import { generatePki } from "./pki";
import { buildProfiles, portLayout } from "./simulator";
import { defaultScenarioPath } from "./test-support";
import { decodeJwtPayload, TokenService } from "./tokens";

describe("XOAUTH2 blob", () => {
  it("matches Microsoft's worked example (research §1.1)", () => {
    const b64 =
      "dXNlcj10ZXN0QGNvbnRvc28ub25taWNyb3NvZnQuY29tAWF1dGg9QmVhcmVyIEV3QkFBbDNCQUFVRkZwVUFvN0ozVmUwYmpMQldaV0NjbFJDM0VvQUEBAQ==";
    expect(encodeXoauth2("test@contoso.onmicrosoft.com", "EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA")).toBe(b64);
    expect(parseXoauth2(b64)).toEqual({
      user: "test@contoso.onmicrosoft.com",
      token: "EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA",
    });
  });

  it.each([
    ["not base64", "***"],
    ["empty", ""],
    ["user= not at index 0", Buffer.from(" user=a@b\x01auth=Bearer t\x01\x01").toString("base64")],
    ["no 0x01 before auth=", Buffer.from("user=a@b auth=Bearer t\x01\x01").toString("base64")],
    ["auth= not followed by 'Bearer '", Buffer.from("user=a@b\x01auth=Bearert\x01\x01").toString("base64")],
    ["no trailing 0x01 0x01", Buffer.from("user=a@b\x01auth=Bearer t\x01").toString("base64")],
    ["empty user", Buffer.from("user=\x01auth=Bearer t\x01\x01").toString("base64")],
    ["empty token", Buffer.from("user=a@b\x01auth=Bearer \x01\x01").toString("base64")],
    ["a space after user=", Buffer.from("user= a@b\x01auth=Bearer t\x01\x01").toString("base64")],
  ])("rejects %s", (_n, b64) => {
    expect(parseXoauth2(b64)).toBeNull();
  });
});

const pki = await generatePki();
const directory = new Directory(loadScenario(defaultScenarioPath));
const tokens = new TokenService(pki, directory);

describe("tokens", () => {
  it("mints delegated and app-only v1 tokens that verify", () => {
    const t = tokens.mint({ upn: "support@contoso.sim.test" });
    const v = tokens.verify(t);
    expect(v.ok).toBe(true);
    expect(decodeJwtPayload(t)).toMatchObject({
      aud: "https://outlook.office.com",
      iss: "https://sts.windows.net/11111111-1111-4111-8111-111111111111/",
      scp: "IMAP.AccessAsUser.All POP.AccessAsUser.All SMTP.Send",
      upn: "support@contoso.sim.test",
      unique_name: "support@contoso.sim.test",
      appid: "22222222-2222-4222-8222-222222222222",
      ver: "1.0",
      amr: ["pwd"],
    });
    const app = decodeJwtPayload(tokens.mint({ kind: "app" }));
    expect(app.aud).toBe("https://outlook.office365.com");
    expect(app.roles).toEqual(["IMAP.AccessAsApp", "POP.AccessAsApp", "SMTP.SendAsApp"]);
    expect(app.upn).toBeUndefined();
  });

  it("overrides and removes claims, and makes expired or badly signed tokens", () => {
    const t = decodeJwtPayload(tokens.mint({ claims: { upn: undefined, foo: "bar" }, expired: true }));
    expect(t.upn).toBeUndefined();
    expect(t.foo).toBe("bar");
    expect(Number(t.exp)).toBeLessThan(Date.now() / 1000);
    expect(tokens.verify(tokens.mint({ signature: "wrong-key" }))).toEqual({ ok: false, reason: "bad-signature" });
    expect(tokens.verify(tokens.mint({ signature: "none" }))).toEqual({ ok: false, reason: "bad-algorithm" });
    expect(tokens.verify("abc")).toEqual({ ok: false, reason: "malformed-jwt" });
  });

  it("builds the hostile certificates as specified", () => {
    const server = new X509Certificate(pki.server.certChainPem);
    expect(server.subjectAltName).toBe("DNS:*.sim.test, DNS:sim.test, DNS:localhost, IP Address:127.0.0.1");
    expect(server.checkIssued(new X509Certificate(pki.caCertPem))).toBe(true);
    expect(new X509Certificate(pki.untrusted.certChainPem).checkIssued(new X509Certificate(pki.caCertPem))).toBe(false);
    expect(new Date(new X509Certificate(pki.expired.certChainPem).validTo).getTime()).toBeLessThan(Date.now());
    expect(new X509Certificate(pki.wrongName.certChainPem).subjectAltName).toBe("DNS:other.invalid");
  });
});

describe("scenario, ports, profiles, small formats", () => {
  it("names the bad field of a scenario", () => {
    expect(() => parseScenario({ tenants: [{ id: "x", displayName: "X", domains: [], apps: [], users: [] }] })).toThrow(
      /"tenants\.0\.domains"/,
    );
    expect(() =>
      parseScenario({
        tenants: [
          {
            id: "x",
            displayName: "X",
            domains: [{ name: "x.sim.test" }],
            apps: [],
            users: [{ upn: "u@x", licence: "gold" }],
          },
        ],
      }),
    ).toThrow(/"tenants\.0\.users\.0\.licence"/);
  });

  it("lays ports out from the base and gives every hostile profile its own host names", () => {
    const ports = portLayout(19400);
    expect([ports.dns, ports.entra, ports.imap, ports.pop, ports.smtp]).toEqual([19400, 19401, 19402, 19403, 19404]);
    expect(ports.hostile.closed).toEqual({ imap: 19410, pop: 19411, smtp: 19412 });
    expect(ports.hostile["no-starttls"].smtp).toBe(19439);
    expect([ports.blackHole, ports.otherEntra]).toEqual([19440, 19441]);
    const profiles = buildProfiles(ports);
    const noStartTls = profiles.find((p) => p.id === "sim-no-starttls");
    expect(noStartTls?.imap).toEqual({ host: "outlook-no-starttls.sim.test", port: 19402 });
    expect(noStartTls?.smtp).toEqual({ host: "smtp-no-starttls.sim.test", port: 19439 });
    expect(profiles.find((p) => p.id === "sim-tls-1.1")?.imap.host).toBe("outlook-tls-1-1.sim.test");
    expect(new Set(profiles.map((p) => p.smtp.host)).size).toBe(profiles.length);
  });

  it("formats Entra timestamps and answers raw DNS packets", () => {
    expect(entraTimestamp(new Date("2016-01-09T02:02:12.345Z"))).toBe("2016-01-09 02:02:12Z");
    const q = dnsPacket.encode({
      type: "query",
      id: 7,
      flags: dnsPacket.RECURSION_DESIRED,
      questions: [{ type: "A", name: "smtp.sim.test" }],
    });
    const r = dnsPacket.decode(answer(q) ?? Buffer.alloc(0));
    expect(r.id).toBe(7);
    expect(r.answers?.[0]).toMatchObject({ type: "A", name: "smtp.sim.test", data: "127.0.0.1" });
    expect(answer(Buffer.from("garbage"))).toBeNull();
  });
});
