import { describe, expect, it } from "vitest";
import { present } from "@/lib/catalogue/present";
import { messages } from "@/lib/i18n/messages";
import { toMarkdown } from "@/lib/report/export";
import { buildSharePayload, readSharePayload } from "@/lib/share/payload";
import { reportLines } from "@/scripts/probe/console";
import { onePerCause, sortWorstFirst } from "./diagnose";
import { healthyCase } from "./fixtures";
import { type Finding, finding } from "./types";

// Issue #13, item 12: one finding per cause and target. A token of another user refused by IMAP and SMTP, and read
// by the access-token check, is one cause for one mailbox: one card, which still names the three checks.
const support = "support@example.com";
const sales = "sales@example.com";
const wrongUser = { user: "admin@example.com", mailbox: support };
const live: Finding[] = [
  finding("imap", "fail", "token-wrong-user", { ...wrongUser, reply: "NO AUTHENTICATE failed." }, support),
  finding(
    "smtp",
    "fail",
    "token-wrong-user",
    { ...wrongUser, reply: "535 5.7.3 Authentication unsuccessful" },
    support,
  ),
  finding(
    "imap",
    "fail",
    "token-wrong-user",
    { user: "admin@example.com", mailbox: sales, reply: "NO AUTHENTICATE failed." },
    sales,
  ),
  finding("access-token", "warn", "token-wrong-user", wrongUser, support),
];

describe("onePerCause", () => {
  const merged = onePerCause(sortWorstFirst([...live]));

  it("keeps one finding per cause and target, the worst, and lists the checks that met it", () => {
    expect(merged.map((item) => [item.check, item.status, item.target])).toEqual([
      ["imap", "fail", support],
      ["imap", "fail", sales],
    ]);
    expect(merged[0]?.params).toMatchObject({ reply: "NO AUTHENTICATE failed.", checks: "imap,smtp,access-token" });
    expect(merged[1]?.params?.checks).toBeUndefined();
    // The input is not changed.
    expect(live[0]?.params?.checks).toBeUndefined();
  });

  it("keeps passes and the same check met twice once", () => {
    const pass: Finding = { check: "imap", status: "pass", target: support };
    expect(onePerCause([live[0]!, live[0]!, pass, pass])).toHaveLength(3);
    expect(onePerCause([live[0]!, live[0]!])[0]?.params?.checks).toBeUndefined();
  });

  it("keeps findings of different ECE servers apart", () => {
    const server = (host: string) => ({ ...live[0]!, server: { host, role: "services" as const } });
    expect(onePerCause([server("ece-svc01"), server("ece-svc02")])).toHaveLength(2);
  });

  it("shows the finding once with its checks on the result, in Markdown and on the console", () => {
    const results = merged.map((item) => present(item, "en"));
    expect(results[0]?.checks).toEqual(["imap", "smtp", "access-token"]);
    expect(results[1]?.checks).toBeUndefined();
    const file = healthyCase();
    const markdown = toMarkdown(
      file,
      results,
      { generatedAt: "2026-12-02", toolVersion: "0.3.0", locale: "en" },
      messages.en,
    );
    expect(markdown.match(/`token-wrong-user` · support@example\.com/g)).toHaveLength(1);
    expect(markdown).toContain("`imap`, `smtp`, `access-token` · `token-wrong-user` · support@example.com");
    const consoleText = reportLines(file, results, messages.it).join("\n");
    expect(consoleText.match(/token-wrong-user \(support@example\.com\)/g)).toHaveLength(1);
    expect(consoleText).toContain("imap, smtp, access-token / token-wrong-user (support@example.com)");
  });

  it("keeps the checks in a share link, read from the findings and from the creator's results", () => {
    const file = healthyCase();
    const payload = buildSharePayload({
      file,
      findings: merged,
      evidence: [],
      results: merged.map((item) => present(item, "en")),
      generatedAt: "2026-12-02T10:00:00.000Z",
      toolVersion: "0.3.0",
      locale: "en",
      now: new Date("2026-12-02T10:01:00.000Z"),
    });
    const shared = readSharePayload(JSON.parse(JSON.stringify(payload)));
    expect(shared?.results("it")[0]?.checks).toEqual(["imap", "smtp", "access-token"]);
    expect(shared?.payload.results[0]?.checks).toEqual(["imap", "smtp", "access-token"]);
  });
});
