import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, operatorLoginHosts } from "./csp";

const connectSrc = (policy: string) => policy.split("; ").find((directive) => directive.startsWith("connect-src"));

describe("contentSecurityPolicy", () => {
  it("lets the browser sign-in reach Microsoft's login hosts and nothing else", () => {
    expect(connectSrc(contentSecurityPolicy())).toBe(
      "connect-src 'self' https://login.microsoftonline.com https://login.microsoftonline.us https://login.chinacloudapi.cn https://login.partner.microsoftonline.cn",
    );
    expect(contentSecurityPolicy()).toContain("frame-ancestors 'none'");
  });

  it("adds an operator's login host with its port, and ignores anything that is not a host", () => {
    const policy = contentSecurityPolicy([
      "login.sim.test:19401",
      "evil.example; script-src *",
      "Login.Sim.Test:19401",
    ]);
    expect(connectSrc(policy)).toBe(`${connectSrc(contentSecurityPolicy())} https://login.sim.test:19401`);
  });

  it("names no other host for pages that never sign in", () => {
    expect(connectSrc(contentSecurityPolicy(["login.sim.test:19401"], { signIn: false }))).toBe("connect-src 'self'");
    expect(contentSecurityPolicy([], { signIn: false })).not.toMatch(/https?:\/\//);
  });
});

describe("operatorLoginHosts", () => {
  it("reads the login hosts of ECE_DOCTOR_CLOUDS_FILE; none when it is missing or not a list", () => {
    const dir = mkdtempSync(join(tmpdir(), "csp-"));
    try {
      const file = join(dir, "clouds.json");
      const profile = (id: string, loginHost: string) => ({
        id,
        label: id,
        loginHost,
        imap: { host: "outlook.sim.test", port: 19402 },
        pop: { host: "outlook.sim.test", port: 19403 },
        smtp: { host: "smtp.sim.test", port: 19404 },
        outlookResource: "https://outlook.sim.test",
      });
      writeFileSync(
        file,
        JSON.stringify([profile("sim", "Login.sim.test:19401"), profile("b", "login.sim.test:19401")]),
      );
      expect(operatorLoginHosts(file)).toEqual(["login.sim.test:19401"]);
      // The file that the probes refuse gives the policy no host either: one reading of it for both.
      writeFileSync(file, JSON.stringify([profile("sim", "login.sim.test:19401"), profile("c", "bad host")]));
      expect(operatorLoginHosts(file)).toEqual([]);
      writeFileSync(file, "{}");
      expect(operatorLoginHosts(file)).toEqual([]);
      expect(operatorLoginHosts(join(dir, "missing.json"))).toEqual([]);
      expect(operatorLoginHosts(undefined)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
