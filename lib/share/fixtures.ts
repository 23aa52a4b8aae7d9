// Test data for share links (unit and end-to-end tests): a diagnosed case with probe evidence.
import type { CaseFile } from "@/lib/case/schema";
import { present } from "@/lib/catalogue/present";
import type { Locale } from "@/lib/i18n/locales";
import type { ProbeEvidence } from "@/lib/probes/types";
import { findings as diagnoseFindings } from "@/lib/rules/diagnose";
import { healthyCase, now } from "@/lib/rules/fixtures";
import type { Finding } from "@/lib/rules/types";
import { buildSharePayload, type SharePayload } from "./payload";

export function sampleEvidence(mailbox = "support@example.com"): ProbeEvidence[] {
  return [
    {
      kind: "imap",
      target: "outlook.office365.com:993",
      mailbox,
      remoteAddress: "203.0.113.10",
      startedAt: now.toISOString(),
      ms: 412,
      phases: [
        { phase: "connect", ms: 30, outcome: "ok" },
        { phase: "auth", ms: 210, outcome: "error" },
      ],
      transcript: [
        { ms: 0, from: "server", text: "* OK The Microsoft Exchange IMAP4 service is ready." },
        { ms: 12, from: "client", text: "A1 AUTHENTICATE XOAUTH2 <redacted 1456 chars>" },
        { ms: 240, from: "server", text: "A1 NO AUTHENTICATE failed." },
      ],
      error: { code: "AUTH_FAILED", message: "AUTHENTICATE failed.", phase: "auth" },
      capabilities: ["IMAP4rev1", "AUTH=XOAUTH2", "SASL-IR"],
      saslIr: true,
      auth: { status: "NO", text: "AUTHENTICATE failed." },
    },
  ];
}

/** A case with problems for every owner, its findings worst first, and a payload ready to encrypt. */
export function samplePayload({
  file = failingCase(),
  locale = "en",
  evidence = sampleEvidence(),
}: {
  file?: CaseFile;
  locale?: Locale;
  evidence?: ProbeEvidence[];
} = {}): SharePayload {
  const findings: Finding[] = diagnoseFindings(file, {}, now);
  return buildSharePayload({
    file,
    findings,
    evidence,
    results: findings.map((item) => present(item, locale)),
    generatedAt: now.toISOString(),
    toolVersion: "0.1.0",
    locale,
    now: new Date(now.getTime() + 60_000),
  });
}

export function failingCase(): CaseFile {
  const file = healthyCase();
  return {
    ...file,
    ece: { ...file.ece, installedES: [] },
    mail: { ...file.mail, licence: "f3", privateWindow: "no" },
    network: { ...file.network, servicesServer: "blocked" },
  };
}
