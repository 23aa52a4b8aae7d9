import { describe, expect, it } from "vitest";
import { dnsFindings } from "@/lib/rules/live";
import { resolveOnly } from "./dns";

const resolver = (answers: Record<string, string[]>) => ({
  resolve: async (host: string) => {
    const addresses = answers[host];
    if (!addresses) throw Object.assign(new Error(`queryA ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return { addresses, via: "test" };
  },
});

describe("resolveOnly (the ECE external URL's host)", () => {
  it("reports the addresses and says nothing was connected", async () => {
    const evidence = await resolveOnly("ECE.Example.com", { deps: resolver({ "ece.example.com": ["10.1.2.3"] }) });
    expect(evidence).toMatchObject({
      kind: "dns",
      host: "ece.example.com",
      addresses: ["10.1.2.3"],
      resolveOnly: true,
    });
    expect(evidence.error).toBeUndefined();
    expect(evidence.transcript.map((entry) => entry.text).join(" ")).toContain("no connection is made");
    expect(dnsFindings(evidence)).toEqual([
      {
        check: "dns",
        status: "pass",
        target: "ece.example.com",
        params: { host: "ece.example.com", addresses: "10.1.2.3" },
      },
    ]);
  });

  it("refuses IP literals without resolving", async () => {
    let asked = false;
    const evidence = await resolveOnly("169.254.169.254", {
      deps: { resolve: async () => ((asked = true), { addresses: [], via: "test" }) },
    });
    expect(asked).toBe(false);
    expect(evidence.error?.code).toBe("REFUSED_TARGET");
  });

  it("turns a failure into information, not a fault: ECE's host may resolve only inside the customer's network", async () => {
    const evidence = await resolveOnly("ece.internal.example", { deps: resolver({}) });
    expect(evidence.error?.code).toBe("ENOTFOUND");
    expect(dnsFindings(evidence).map((item) => [item.status, item.status === "pass" ? "" : item.cause])).toEqual([
      ["info", "dns-failed"],
    ]);
  });
});
