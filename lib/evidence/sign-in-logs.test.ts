import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clientId, tenantId } from "@/lib/rules/fixtures";
import { readSignInText } from "./read-sign-in-export";
import { signInEvidenceSchema } from "./schema";
import { maskIp, SignInAccumulator, type SignInContext } from "./sign-in-logs";

const dir = join(__dirname, "fixtures", "sign-in");
const sample = (name: string) => readFileSync(join(dir, name), "utf8");
const context: SignInContext = {
  clientId,
  tenant: tenantId,
  knownAccounts: ["support@example.com", "sales@example.com"],
  servers: { application: "198.51.100.10", services: "203.0.113.25" },
  today: "2026-12-02",
};

function summary(...names: string[]) {
  const accumulator = new SignInAccumulator(context);
  for (const name of names) {
    const reading = readSignInText(sample(name), name, context, accumulator);
    if (!reading.ok) throw new Error(`${name}: ${reading.error}`);
  }
  const result = accumulator.finish(context);
  expect(signInEvidenceSchema.parse(result)).toEqual(result);
  return result;
}

const brief = (groups: ReturnType<typeof summary>["groups"]) =>
  groups.map((group) => [
    group.account,
    group.code,
    group.interactive ? "interactive" : "refresh",
    group.count,
    group.origin,
    group.afterGoodMinutes,
  ]);

describe("Entra sign-in log exports, read in the browser", () => {
  it("reads the admin center's CSV downloads (BOM, a quoted multi-line field) and ties refresh failures to the services server an hour after the token was made", () => {
    const result = summary(
      "InteractiveSignIns_2026-12-01_2026-12-02.csv",
      "NonInteractiveSignIns_2026-12-01_2026-12-02.csv",
    );
    expect(result).toMatchObject({ readOn: "2026-12-02", rows: 26, matched: 25, succeeded: 3 });
    expect(brief(result.groups)).toEqual([
      ["support@example.com", 53003, "refresh", 12, "services", 61],
      ["sales@example.com", 50076, "refresh", 8, "services", 63],
      ["support@example.com", 50173, "refresh", 1, "services", 134],
      ["sales@example.com", 700082, "refresh", 1, "services", 137],
    ]);
    expect(result.groups[0]).toMatchObject({
      first: "2026-12-01T09:02Z",
      last: "2026-12-01T09:57Z",
      ips: ["203.0.113.x"],
      policies: [{ name: "", result: "failure" }],
    });
  });

  it("reads the Graph signIn JSON with the Conditional Access policies named", () => {
    const result = summary("graph-signins-refresh-failing.json");
    expect(brief(result.groups)).toEqual([
      ["support@example.com", 53003, "refresh", 12, "services", 61],
      ["sales@example.com", 50076, "refresh", 8, "services", 63],
      ["support@example.com", 50173, "refresh", 1, "services", 134],
      ["sales@example.com", 700082, "refresh", 1, "services", 137],
    ]);
    expect(result.groups[0]?.policies).toEqual([
      { name: "Block access from outside the corporate network", result: "failure" },
    ]);
    expect(result.groups[1]?.policies).toEqual([{ name: "Require MFA for all users", result: "notSatisfied" }]);
  });

  it("reads Get-MgAuditLogSignIn | ConvertTo-Json (PascalCase, BOM): a disabled account, interactive and at refresh", () => {
    const result = summary("mg-auditlogsignin-disabled-account.json");
    expect(brief(result.groups)).toEqual([
      ["support@example.com", 50057, "interactive", 1, "application", null],
      ["support@example.com", 50057, "refresh", 1, "services", null],
    ]);
  });

  it("reads the admin center's JSON download: a client secret expired at refresh", () => {
    const result = summary("NonInteractiveSignIns_secret-expired.json");
    expect(brief(result.groups)).toEqual([["support@example.com", 7000222, "refresh", 3, "services", 60]]);
  });

  it("says when no row is the case's application, and keeps nothing of the other rows", () => {
    const result = summary("InteractiveSignIns_other-apps-only.csv");
    expect(result).toEqual({ readOn: "2026-12-02", rows: 6, matched: 0, succeeded: 0, groups: [] });
  });

  it("reads Italian column headers and day-first dates", () => {
    const result = summary("NonInteractiveSignIns_italiano.csv");
    expect(brief(result.groups)).toEqual([["sales@example.com", 50076, "refresh", 8, "services", null]]);
    expect(result.groups[0]).toMatchObject({ first: "2026-12-01T09:06Z", last: "2026-12-01T09:41Z" });
  });

  it("refuses a file that is not a sign-in log, naming the columns it lacks", () => {
    expect(readSignInText(sample("message-trace.csv"), "message-trace.csv", context)).toEqual({
      ok: false,
      error: "notSignInLog",
      missing: ["date (utc)", "username", "application id", "sign-in error code"],
    });
    expect(readSignInText('{"value": [{"id": 1}]}', "x.json", context)).toMatchObject({
      ok: false,
      error: "notSignInLog",
    });
    expect(readSignInText("[1, 2", "x.json", context)).toEqual({ ok: false, error: "unreadable" });
    expect(readSignInText(" ", "x.csv", context)).toEqual({ ok: false, error: "empty" });
  });

  it("masks other accounts and the last part of every address; keeps no raw address", () => {
    const text = sample("graph-signins-refresh-failing.json").replaceAll(
      "sales@example.com",
      "mario.rossi@example.com",
    );
    const reading = readSignInText(text, "x.json", context);
    if (!reading.ok) throw new Error(reading.error);
    const json = JSON.stringify(reading.accumulator.finish(context));
    expect(json).toContain("m***@example.com");
    expect(json).not.toMatch(/mario|203\.0\.113\.25|198\.51\.100\.10/);
    expect(maskIp("2001:db8:1:2::5")).toBe("2001:db8:1::x");
  });
});
