// Headless diagnosis for a console on the ECE services server: npm run doctor -- case.json [--no-live] [--lang it] [--json]
// Secrets come from ECE_DOCTOR_CLIENT_SECRET / ECE_DOCTOR_ACCESS_TOKEN or a hidden prompt, never from arguments.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { caseSchema } from "@/lib/case/schema";
import { describeCaseError } from "@/lib/case/issues";
import { owners } from "@/lib/catalogue/checks";
import { present } from "@/lib/catalogue/present";
import { format } from "@/lib/i18n/format";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { diagnoseCase } from "@/lib/live/diagnose-live";
import { findProfile } from "@/lib/live/profiles";
import { countByStatus } from "@/lib/report/export";

type Options = { path: string; live: boolean; locale: Locale; json: boolean; prompt: boolean };

function usage(message: string): never {
  process.stderr.write(`${message}\nUsage: npm run doctor -- case.json [--no-live] [--lang en|it] [--json] [--no-prompt]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const options: Options = { path: "", live: true, locale: "en", json: false, prompt: true };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    if (arg === "--no-live") options.live = false;
    else if (arg === "--json") options.json = true;
    else if (arg === "--no-prompt") options.prompt = false;
    else if (arg === "--lang") {
      const value = argv[++index] ?? "";
      if (!isLocale(value)) usage(`--lang takes en or it, not "${value}".`);
      options.locale = value;
    } else if (/secret|token/i.test(arg)) usage("Secrets are not accepted as arguments: set ECE_DOCTOR_CLIENT_SECRET or ECE_DOCTOR_ACCESS_TOKEN.");
    else if (arg.startsWith("-")) usage(`Unknown option ${arg}.`);
    // Never echo a second one: it may be a secret pasted on the command line.
    else if (options.path) usage("Name one case file; secrets are not accepted as arguments: set ECE_DOCTOR_CLIENT_SECRET or ECE_DOCTOR_ACCESS_TOKEN.");
    else options.path = arg;
  }
  if (!options.path) usage("Name the case file.");
  return options;
}

async function askHidden(question: string): Promise<string> {
  if (!process.stdin.isTTY) return "";
  let muted = false;
  const output = new Writable({ write: (chunk, _encoding, callback) => ((muted ? undefined : process.stderr.write(chunk)), callback()) });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  process.stderr.write(question);
  muted = true;
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stderr.write("\n");
  return answer.trim();
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const t = messages[options.locale];
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(options.path, "utf8"));
  } catch (error) {
    usage(`${options.path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success) usage(describeCaseError(parsed.error, options.locale).map((issue) => issue.message).join("\n"));
  const file = parsed.data;
  const profile = findProfile(file.azure.cloud);
  if (!profile) usage(`azure.cloud: no cloud profile "${file.azure.cloud}" (add it to ECE_DOCTOR_CLOUDS_FILE).`);

  const clientSecret = process.env.ECE_DOCTOR_CLIENT_SECRET ?? (options.live && options.prompt ? await askHidden("Client secret (Enter to skip): ") : "");
  const accessToken = process.env.ECE_DOCTOR_ACCESS_TOKEN ?? (options.live && options.prompt ? await askHidden("Access token (Enter to skip): ") : "");
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());

  const { findings, evidence } = await diagnoseCase({
    file,
    profile,
    secrets: { ...(clientSecret ? { clientSecret } : {}), ...(accessToken ? { accessToken } : {}) },
    live: options.live,
    signal: controller.signal,
  });
  const results = findings.map((item) => present(item, options.locale));
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ schema: "ece-oauth-doctor/results@1", findings, results, evidence }, null, 2)}\n`);
  } else {
    const lines = [`${t.appName}: ${t.report.title}`, format(t.report.summary, countByStatus(results)), ""];
    for (const owner of owners) {
      const mine = results.filter((result) => result.owner === owner && result.status !== "pass");
      if (mine.length === 0) continue;
      lines.push(`== ${t.report.owners[owner]} ==`);
      for (const result of mine) {
        lines.push(`[${t.report.status[result.status]}] ${result.check} / ${result.cause ?? ""}${result.target ? ` (${result.target})` : ""}`, `  ${result.title}`, `  ${t.report.why}: ${result.why}`);
        result.fix.forEach((step, index) => lines.push(`  ${index + 1}. ${step}`));
        lines.push("");
      }
    }
    lines.push(format(t.report.passed, { count: results.filter((result) => result.status === "pass").length }));
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  process.exitCode = results.some((result) => result.status === "fail") ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`doctor: ${error instanceof Error ? error.name : "error"}\n`);
  process.exit(2);
});
