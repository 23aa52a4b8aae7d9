import { describe, expect, it } from "vitest";
import { present } from "@/lib/catalogue/present";
import type { Finding } from "@/lib/rules/types";
import { EVIDENCE_SCHEMA_ID, type EvidenceFile, PROBE_TOOL_NAME, type ServerRole, sealEvidence } from "./format";
import { addEvidenceFile, mergeServerEvidence, networkAnswers } from "./merge";
import { readEvidenceFile } from "./read";

const tenant = "11111111-1111-4111-8111-111111111111";
const clientId = "22222222-2222-4222-8222-222222222222";
const currentCase = { azure: { cloud: "worldwide", tenant, clientId } };
const imapTimeout: Finding = {
  check: "tcp",
  status: "fail",
  cause: "port-timeout",
  target: "outlook.office365.com:993",
  params: { host: "outlook.office365.com", port: "993", seconds: "5" },
};
const imapOpen: Finding = {
  check: "tcp",
  status: "pass",
  target: "outlook.office365.com:993",
  params: { host: "outlook.office365.com", port: "993" },
};

function evidenceFile(role: ServerRole, host: string, findings: Finding[], overrides: Partial<EvidenceFile> = {}) {
  return sealEvidence({
    schema: EVIDENCE_SCHEMA_ID,
    tool: { name: PROBE_TOOL_NAME, version: "0.2.0" },
    role,
    host,
    os: "Windows_NT 10.0.20348 x64",
    createdAt: "2026-12-02T08:00:00.000Z",
    live: true,
    proxy: null,
    case: { cloud: "worldwide", tenant, clientId, retrieval: "imap", mailboxes: ["support@example.com"] },
    findings: [{ check: "network-plan", status: "pass" }, ...findings],
    evidence: [
      {
        kind: "tcp",
        target: "outlook.office365.com:993",
        host: "outlook.office365.com",
        port: 993,
        connected: false,
        startedAt: "2026-12-02T08:00:00.000Z",
        ms: 5000,
        phases: [],
        transcript: [],
      },
    ],
    ...overrides,
  });
}

describe("readEvidenceFile", () => {
  it("reads a whole, unedited file of this version and case", async () => {
    const file = await evidenceFile("services", "ece-svc01", [imapTimeout]);
    const read = await readEvidenceFile(JSON.stringify(file, null, 2), currentCase, "0.2.0");
    expect(read).toEqual({ ok: true, file });
  });

  it("refuses a file edited after the probe wrote it", async () => {
    const file = await evidenceFile("services", "ece-svc01", [imapTimeout]);
    const edited = JSON.stringify(file)
      .replace('"status":"fail"', '"status":"pass"')
      .replace(',"cause":"port-timeout"', "");
    expect(await readEvidenceFile(edited, currentCase, "0.2.0")).toEqual({ ok: false, problem: { key: "tampered" } });
  });

  it("names an older or newer probe, another case, a damaged file and something else", async () => {
    const file = await evidenceFile("services", "ece-svc01", []);
    expect(await readEvidenceFile(JSON.stringify(file), currentCase, "0.3.0")).toEqual({
      ok: false,
      problem: { key: "older", version: "0.2.0", expected: "0.3.0" },
    });
    expect(await readEvidenceFile(JSON.stringify(file), currentCase, "0.1.9")).toEqual({
      ok: false,
      problem: { key: "newer", version: "0.2.0", expected: "0.1.9" },
    });
    const otherTenant = { azure: { ...currentCase.azure, tenant: "33333333-3333-4333-8333-333333333333" } };
    expect(await readEvidenceFile(JSON.stringify(file), otherTenant, "0.2.0")).toMatchObject({
      ok: false,
      problem: { key: "otherCase", field: "azure.tenant" },
    });
    expect(
      await readEvidenceFile(JSON.stringify(file), { azure: { ...currentCase.azure, cloud: "gcc" } }, "0.2.0"),
    ).toMatchObject({
      ok: false,
      problem: { key: "otherCase", field: "azure.cloud", value: "worldwide", expected: "gcc" },
    });
    const { integrity: _integrity, ...unsealed } = file;
    expect(await readEvidenceFile(JSON.stringify(unsealed), currentCase, "0.2.0")).toEqual({
      ok: false,
      problem: { key: "shape", path: "integrity" },
    });
    expect(await readEvidenceFile("{ not json", currentCase, "0.2.0")).toEqual({ ok: false, problem: { key: "json" } });
    expect(await readEvidenceFile(JSON.stringify({ schema: "ece-oauth-doctor/case@2" }), currentCase, "0.2.0")).toEqual(
      { ok: false, problem: { key: "schema" } },
    );
  });
});

describe("mergeServerEvidence", () => {
  it("names the server that cannot reach a port and the one that can", async () => {
    const services = await evidenceFile("services", "ece-svc01", [imapTimeout]);
    const application = await evidenceFile("application", "ece-app01", [imapOpen]);
    const caseFindings: Finding[] = [
      {
        check: "network-plan",
        status: "info",
        cause: "network-not-verified",
        target: "services",
        params: { server: "services" },
      },
      {
        check: "network-plan",
        status: "info",
        cause: "network-not-verified",
        target: "application",
        params: { server: "application" },
      },
    ];
    const merged = mergeServerEvidence(caseFindings, [services, application]);
    expect(merged.some((item) => item.check === "network-plan")).toBe(false);
    const failing = merged.filter((item) => item.status === "fail");
    expect(failing).toEqual([
      {
        ...imapTimeout,
        server: { host: "ece-svc01", role: "services", reachedBy: [{ host: "ece-app01", role: "application" }] },
      },
    ]);
    expect(present(failing[0]!, "en").title).toBe(
      "ece-svc01 (services server): outlook.office365.com did not answer on port 993 within 5 seconds; from ece-app01 (application server) it works.",
    );
    expect(present(failing[0]!, "it").title).toBe(
      "ece-svc01 (server dei servizi): outlook.office365.com non ha risposto sulla porta 993 entro 5 secondi; da ece-app01 (server delle applicazioni) funziona.",
    );
    expect(present(merged.find((item) => item.server?.host === "ece-app01")!, "en").title).toMatch(
      /^ece-app01 \(application server\): /,
    );
    expect(networkAnswers([services, application])).toEqual({
      "network.servicesServer": "blocked",
      "network.applicationServer": "verified",
    });
  });

  it("keeps one file per server", async () => {
    const first = await evidenceFile("services", "ece-svc01", []);
    const again = await evidenceFile("services", "ECE-SVC01", [imapTimeout]);
    expect(addEvidenceFile([first], again)).toEqual({ ok: false, duplicate: first });
    expect(addEvidenceFile([first], await evidenceFile("application", "ece-svc01", []))).toMatchObject({ ok: true });
  });
});
