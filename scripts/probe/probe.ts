// The probe for the ECE servers: the same probes and rules as the wizard's live checks, run on the services or the
// application server, printing the report by owner and writing an evidence@1 file for the wizard.
// Bundled into one file and into single executables by scripts/probe/build.mjs (npm run build:probe).
import { readFileSync, writeFileSync } from "node:fs";
import { arch, hostname, release, type } from "node:os";
import { basename } from "node:path";
import { describeCaseError } from "@/lib/case/issues";
import { caseSchema } from "@/lib/case/schema";
import { present } from "@/lib/catalogue/present";
import {
  describeProxy,
  EVIDENCE_SCHEMA_ID,
  evidenceCase,
  PROBE_TOOL_NAME,
  type ServerRole,
  sealEvidence,
  serverRoles,
} from "@/lib/evidence-files/format";
import { format } from "@/lib/i18n/format";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { diagnoseCase } from "@/lib/live/probe-and-diagnose";
import { findProfile } from "@/lib/live/profiles";
import { setHttpsProxy } from "@/lib/live/proxy";
import { redactDeep } from "@/lib/probes/redact";
import { allowedTargets } from "@/lib/probes/targets";
import type { ProbeEvidence } from "@/lib/probes/types";
import type { Finding } from "@/lib/rules/types";
import packageJson from "@/package.json";
import { askHidden, reportLines } from "./console";
import { probeHelp } from "./help";

type Options = {
  path: string;
  role: ServerRole | null;
  out: string;
  proxy: string;
  live: boolean;
  prompt: boolean;
  json: boolean;
  locale: Locale;
};

const looksSecret = (arg: string) => /secret|token/i.test(arg);

function usage(message: string, locale: Locale = "en"): never {
  process.stderr.write(`${message}\n${locale === "it" ? "Aiuto: --help --lang it" : "Help: --help"}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Options | "help" | "version" {
  const options: Options = {
    path: "",
    role: null,
    out: "",
    proxy: "",
    live: true,
    prompt: true,
    json: false,
    locale: "en",
  };
  let help = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    const value = () => {
      const next = argv[++index] ?? "";
      if (next === "" || next.startsWith("--")) usage(`${arg} needs a value.`);
      return next;
    };
    if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--version") return "version";
    else if (arg === "--case") options.path = value();
    else if (arg === "--out") options.out = value();
    else if (arg === "--proxy") options.proxy = value();
    else if (arg === "--role") {
      const role = value();
      if (!(serverRoles as readonly string[]).includes(role))
        usage(`--role takes services or application, not "${role}".`);
      options.role = role as ServerRole;
    } else if (arg === "--lang") {
      const lang = value();
      if (!isLocale(lang)) usage(`--lang takes en or it, not "${lang}".`);
      options.locale = lang;
    } else if (arg === "--no-live") options.live = false;
    else if (arg === "--no-prompt") options.prompt = false;
    else if (arg === "--json") options.json = true;
    // Never echo it: it may be a secret pasted on the command line.
    else if (looksSecret(arg) || !arg.startsWith("-"))
      usage(
        "Secrets are not accepted as arguments: set ECE_DOCTOR_CLIENT_SECRET or ECE_DOCTOR_ACCESS_TOKEN, or type them when asked.",
      );
    else usage(`Unknown option ${arg}.`);
  }
  if (help) return "help";
  if (!options.path) usage("Name the case file: --case case.json.", options.locale);
  if (!options.role) usage("Name this server's role: --role services or --role application.", options.locale);
  return options;
}

function proxyUrl(option: string): string {
  const url = option || process.env.HTTPS_PROXY || process.env.https_proxy || "";
  if (!url) return "";
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error("scheme");
  } catch {
    usage("--proxy (or HTTPS_PROXY) must be a URL such as http://proxy.example.com:8080.");
  }
  return url;
}

async function main() {
  const argv = process.argv.slice(2);
  const parsed = parseArgs(argv);
  if (parsed === "version")
    return void process.stdout.write(`${PROBE_TOOL_NAME} ${packageJson.version} (node ${process.version})\n`);
  if (parsed === "help") {
    const lang = argv[argv.indexOf("--lang") + 1];
    return void process.stdout.write(probeHelp[argv.includes("--lang") && lang === "it" ? "it" : "en"]);
  }
  const options = parsed;
  const role = options.role as ServerRole;
  const t = messages[options.locale];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(options.path, "utf8"));
  } catch (error) {
    usage(`${options.path}: ${error instanceof Error ? error.message : String(error)}`, options.locale);
  }
  const parsedCase = caseSchema.safeParse(raw);
  if (!parsedCase.success)
    usage(
      describeCaseError(parsedCase.error, options.locale)
        .map((issue) => issue.message)
        .join("\n"),
      options.locale,
    );
  const file = parsedCase.data;
  const profile = findProfile(file.azure.cloud);
  if (!profile)
    usage(`azure.cloud: no cloud profile "${file.azure.cloud}" (add it to ECE_DOCTOR_CLOUDS_FILE).`, options.locale);

  const proxy = options.live ? proxyUrl(options.proxy) : "";
  setHttpsProxy(proxy || null);
  const ask = options.live && options.prompt;
  const clientSecret =
    process.env.ECE_DOCTOR_CLIENT_SECRET ?? (ask ? await askHidden("Client secret (Enter to skip): ") : "");
  // Only the services server reads and sends mail, so only it needs the mailbox's token.
  const accessToken =
    role === "services"
      ? (process.env.ECE_DOCTOR_ACCESS_TOKEN ?? (ask ? await askHidden("Access token (Enter to skip): ") : ""))
      : "";
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());

  const diagnosis = await diagnoseCase({
    file,
    profile,
    secrets: { ...(clientSecret ? { clientSecret } : {}), ...(accessToken ? { accessToken } : {}) },
    live: options.live,
    groups: role === "services" ? ["network", "entra", "mail"] : ["network", "entra"],
    signal: controller.signal,
  });
  // Behind a proxy, port 443 is reached through it (the Entra calls say whether it works): a direct DNS, TCP or TLS
  // check of the login host would only show that the direct path is closed, which is expected there.
  const login = allowedTargets(profile).find((target) => target.service === "login");
  const viaProxy = (kind: string, target: string | undefined) =>
    proxy !== "" &&
    login !== undefined &&
    ["dns", "tcp", "tls"].includes(kind) &&
    (target === login.host || target === `${login.host}:${login.port}`);
  const evidence: ProbeEvidence[] = diagnosis.evidence.filter((item) => !viaProxy(item.kind, item.target));
  const findings: Finding[] = diagnosis.findings.filter((item) => !viaProxy(item.check, item.target));

  const secrets = [clientSecret, accessToken].filter(Boolean);
  const results = findings.map((item) => present(item, options.locale));
  const sealed = await sealEvidence(
    redactDeep(
      {
        schema: EVIDENCE_SCHEMA_ID,
        tool: { name: PROBE_TOOL_NAME, version: packageJson.version },
        role,
        host: hostname(),
        os: `${type()} ${release()} ${arch()}`,
        createdAt: new Date().toISOString(),
        live: options.live,
        proxy: proxy ? describeProxy(proxy) : null,
        case: evidenceCase(file),
        findings,
        evidence,
      },
      secrets,
    ),
  );
  const out = options.out || `ece-oauth-doctor-evidence-${sealed.host.replace(/[^A-Za-z0-9._-]/g, "_")}-${role}.json`;
  writeFileSync(out, `${JSON.stringify(sealed, null, 2)}\n`);

  const roleLine = `${sealed.host} (${role === "services" ? t.probe.services : t.probe.application})`;
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify(redactDeep({ schema: "ece-oauth-doctor/results@1", findings, results, evidence }, secrets), null, 2)}\n`,
    );
  } else {
    const notes = [
      roleLine,
      ...(proxy
        ? [
            format(t.probe.proxyUsed, {
              proxy: describeProxy(proxy),
              host: login ? `${login.host}:${login.port}` : "443",
            }),
          ]
        : []),
      "",
    ];
    process.stdout.write(`${redactDeep([...notes, ...reportLines(file, results, t)], secrets).join("\n")}\n`);
  }
  process.stderr.write(`${format(t.probe.written, { file: basename(out) })}\n`);
  process.exitCode = results.some((result) => result.status === "fail") ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`probe: ${error instanceof Error ? error.name : "error"}\n`);
  process.exit(2);
});
