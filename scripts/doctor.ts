// Headless diagnosis for a console on the ECE services server: npm run doctor -- case.json [--no-live] [--lang it] [--json]
// or, for a log excerpt or a sign-in error: npm run doctor -- --triage file.log|- [--lang it] [--json]
// Secrets come from ECE_DOCTOR_CLIENT_SECRET / ECE_DOCTOR_ACCESS_TOKEN or a hidden prompt, never from arguments.
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { type DiagnoseResponse, RESULTS_SCHEMA_ID, TRIAGE_SCHEMA_ID, type TriageResponse } from "@/lib/api/contract";
import { describeCaseError } from "@/lib/case/issues";
import { caseSchema } from "@/lib/case/schema";
import { format } from "@/lib/i18n/format";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { diagnoseCase } from "@/lib/live/probe-and-diagnose";
import { findProfile } from "@/lib/live/profiles";
import { presentMatch } from "@/lib/triage/present-match";
import { maxTriageChars, triage } from "@/lib/triage/triage";
import { askHidden, reportLines, resultLines } from "./probe/console";

type Options = { path: string; live: boolean; locale: Locale; json: boolean; prompt: boolean; triage: string };

function usage(message: string): never {
  process.stderr.write(
    `${message}\nUsage: npm run doctor -- case.json [--no-live] [--lang en|it] [--json] [--no-prompt]\n       npm run doctor -- --triage file.log|- [--lang en|it] [--json]\n`,
  );
  process.exit(2);
}

const looksSecret = (arg: string) => /secret|token/i.test(arg);

function parseArgs(argv: string[]): Options {
  const options: Options = { path: "", live: true, locale: "en", json: false, prompt: true, triage: "" };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    if (arg === "--triage") {
      const value = argv[++index] ?? "";
      if (value === "" || looksSecret(value)) usage("--triage takes a file name, or - for standard input.");
      options.triage = value;
    } else if (arg === "--no-live") options.live = false;
    else if (arg === "--json") options.json = true;
    else if (arg === "--no-prompt") options.prompt = false;
    else if (arg === "--lang") {
      const value = argv[++index] ?? "";
      if (!isLocale(value)) usage(`--lang takes en or it, not "${value}".`);
      options.locale = value;
    } else if (looksSecret(arg))
      usage("Secrets are not accepted as arguments: set ECE_DOCTOR_CLIENT_SECRET or ECE_DOCTOR_ACCESS_TOKEN.");
    else if (arg.startsWith("-")) usage(`Unknown option ${arg}.`);
    // Never echo a second one: it may be a secret pasted on the command line.
    else if (options.path)
      usage(
        "Name one case file; secrets are not accepted as arguments: set ECE_DOCTOR_CLIENT_SECRET or ECE_DOCTOR_ACCESS_TOKEN.",
      );
    else options.path = arg;
  }
  if (options.triage && options.path) usage("--triage reads a log, not a case file: name one of them.");
  if (!options.path && !options.triage) usage("Name the case file.");
  return options;
}

// At most what triage reads (UTF-8 needs up to 4 bytes a character): a huge log is cut, never read whole.
const maxTriageBytes = maxTriageChars * 4;

function readLogFile(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(maxTriageBytes);
    return buffer.toString("utf8", 0, readSync(fd, buffer, 0, maxTriageBytes, 0));
  } finally {
    closeSync(fd);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= maxTriageBytes) break;
  }
  return Buffer.concat(chunks).subarray(0, maxTriageBytes).toString("utf8");
}

// Each recognised error with its cause, owner and fix, like the report; tokens in the input stay redacted.
async function runTriage(options: Options): Promise<void> {
  const t = messages[options.locale];
  let text: string;
  try {
    text = options.triage === "-" ? await readStdin() : readLogFile(options.triage);
  } catch (error) {
    usage(`${options.triage}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { matches } = triage(text);
  const results = matches.map((match) => ({ match, result: presentMatch(match, options.locale) }));
  if (options.json) {
    const document: TriageResponse = {
      schema: TRIAGE_SCHEMA_ID,
      matches: results.map(({ match, result }) => ({ ...match, result })),
    };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    const lines = [
      `${t.appName}: ${t.triage.title}`,
      results.length === 0 ? t.triage.none : format(t.triage.found, { count: results.length }),
      "",
    ];
    if (results.length === 0)
      lines.push(t.triage.nonePasteIntro, ...t.triage.nonePaste.map((item) => `  - ${item}`), "");
    for (const { match, result } of results) {
      lines.push(
        `[${t.report.status[result.status]}] ${result.check} / ${result.cause ?? ""} (${format(t.triage.line, { line: match.line })}) · ${t.report.owners[result.owner]}`,
      );
      lines.push(`  > ${match.excerpt.split("\n").join("\n  > ")}`);
      lines.push(...resultLines(result, t.report.why));
    }
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  process.exitCode = results.some(({ result }) => result.status === "fail") ? 1 : 0;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.triage) return runTriage(options);
  const t = messages[options.locale];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(options.path, "utf8"));
  } catch (error) {
    usage(`${options.path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success)
    usage(
      describeCaseError(parsed.error, options.locale)
        .map((issue) => issue.message)
        .join("\n"),
    );
  const file = parsed.data;
  const profile = findProfile(file.azure.cloud);
  if (!profile) usage(`azure.cloud: no cloud profile "${file.azure.cloud}" (add it to ECE_DOCTOR_CLOUDS_FILE).`);

  const clientSecret =
    process.env.ECE_DOCTOR_CLIENT_SECRET ??
    (options.live && options.prompt ? await askHidden("Client secret (Enter to skip): ") : "");
  const accessToken =
    process.env.ECE_DOCTOR_ACCESS_TOKEN ??
    (options.live && options.prompt ? await askHidden("Access token (Enter to skip): ") : "");
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());

  const { findings, results, evidence } = await diagnoseCase({
    file,
    profile,
    secrets: { ...(clientSecret ? { clientSecret } : {}), ...(accessToken ? { accessToken } : {}) },
    live: options.live,
    locale: options.locale,
    signal: controller.signal,
  });
  if (options.json) {
    const document: DiagnoseResponse = { schema: RESULTS_SCHEMA_ID, findings, results, evidence };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    process.stdout.write(`${reportLines(file, results, t).join("\n")}\n`);
  }
  process.exitCode = results.some((result) => result.status === "fail") ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`doctor: ${error instanceof Error ? error.name : "error"}\n`);
  process.exit(2);
});
