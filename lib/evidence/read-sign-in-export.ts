import Papa from "papaparse";
import {
  type CsvLayout,
  csvLayout,
  interactiveByName,
  rowFromCsv,
  rowFromJson,
  SignInAccumulator,
  type SignInContext,
} from "./sign-in-logs";

export type SignInReading =
  | { ok: true; accumulator: SignInAccumulator; format: "csv" | "json" }
  | { ok: false; error: "empty" | "notSignInLog" | "unreadable"; missing?: string[] };

type Target = Pick<SignInContext, "clientId" | "tenant">;

const looksLikeJson = (start: string) => /^\s*[[{]/.test(start.replace(/^\uFEFF/, ""));

function readJson(text: string, fileName: string, target: Target, into?: SignInAccumulator): SignInReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, error: "unreadable" };
  }
  const items = Array.isArray(parsed)
    ? parsed
    : Array.isArray((parsed as { value?: unknown })?.value)
      ? (parsed as { value: unknown[] }).value
      : [parsed];
  const accumulator = into ?? new SignInAccumulator(target);
  const fallback = interactiveByName(fileName);
  let read = 0;
  for (const item of items) {
    if (typeof item !== "object" || item === null) continue;
    const row = rowFromJson(item as Record<string, unknown>, fallback);
    if (!row) continue;
    read++;
    accumulator.add(row);
  }
  if (items.length === 0) return { ok: false, error: "empty" };
  if (read === 0) return { ok: false, error: "notSignInLog", missing: ["createdDateTime", "appId"] };
  return { ok: true, accumulator, format: "json" };
}

const parseOptions = { header: true, skipEmptyLines: "greedy" as const };

// Several files (the interactive and the non-interactive download) make one reading when they share an accumulator.

/** A whole export held as text (a paste, or a file in tests). */
export function readSignInText(
  text: string,
  fileName: string,
  target: Target,
  into?: SignInAccumulator,
): SignInReading {
  if (text.trim() === "") return { ok: false, error: "empty" };
  if (looksLikeJson(text.slice(0, 100))) return readJson(text, fileName, target, into);
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), parseOptions);
  const layout = csvLayout(result.meta.fields ?? []);
  if ("missing" in layout) return { ok: false, error: "notSignInLog", missing: layout.missing };
  const accumulator = into ?? new SignInAccumulator(target);
  const interactive = interactiveByName(fileName);
  for (const record of result.data) accumulator.add(rowFromCsv(record, layout, interactive));
  return { ok: true, accumulator, format: "csv" };
}

/**
 * A file chosen in the browser, read in chunks of 1 MiB: the page handles input between chunks, so an export of
 * 250,000 rows neither freezes it nor sits in memory whole. Nothing of it is sent anywhere.
 */
export function readSignInFile(
  file: File,
  target: Target,
  onProgress: (rows: number, fraction: number) => void,
  into?: SignInAccumulator,
): Promise<SignInReading> {
  return file
    .slice(0, 100)
    .text()
    .then((start) => {
      if (file.size === 0) return { ok: false, error: "empty" } as const;
      if (looksLikeJson(start)) return file.text().then((text) => readJson(text, file.name, target, into));
      return new Promise<SignInReading>((resolve) => {
        const accumulator = into ?? new SignInAccumulator(target);
        const interactive = interactiveByName(file.name);
        let layout: CsvLayout | null = null;
        let failed: SignInReading | null = null;
        Papa.parse<Record<string, string>>(file, {
          ...parseOptions,
          chunkSize: 1 << 20,
          chunk: (results, parser) => {
            if (layout === null) {
              const found = csvLayout(results.meta.fields ?? []);
              if ("missing" in found) {
                failed = { ok: false, error: "notSignInLog", missing: found.missing };
                parser.abort();
                return;
              }
              layout = found;
            }
            for (const record of results.data) accumulator.add(rowFromCsv(record, layout, interactive));
            onProgress(accumulator.rows, Math.min(1, results.meta.cursor / file.size));
          },
          complete: () =>
            resolve(
              failed ??
                (accumulator.rows === 0 && layout === null
                  ? { ok: false, error: "empty" }
                  : { ok: true, accumulator, format: "csv" }),
            ),
          error: () => resolve({ ok: false, error: "unreadable" }),
        });
      });
    });
}
