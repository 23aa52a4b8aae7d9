import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { makeTestPki } from "./pki";

describe("test PKI helper", () => {
  it("issues a CA and leaves that node:crypto parses and verifies", () => {
    const pki = makeTestPki();
    const ca = new X509Certificate(pki.ca.cert);
    const leaf = new X509Certificate(pki.leaf.cert);
    expect(ca.ca).toBe(true);
    expect(leaf.ca).toBe(false);
    expect(leaf.checkIssued(ca)).toBe(true);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    expect(leaf.subjectAltName).toBe("DNS:localhost");
    expect(leaf.checkHost("localhost")).toBe("localhost");
    expect(new X509Certificate(pki.selfSigned.cert).verify(pki.selfSigned.publicKey)).toBe(true);
    expect(new Date(new X509Certificate(pki.expired.cert).validTo).getTime()).toBeLessThan(Date.now());
  });
});
