// Reads what PowerShell prints for objects: Format-List blocks ("Name : Value", wrapped values indented under the value)
// and Format-Table / the default table view (a header, a line of dashes, rows cut at the dashes' columns; long values
// truncated with "..." or "…"; with -Wrap, a value goes on in the same column on the next lines).

export type PsObject = Record<string, string>;

const dashes = /^\s*-{2,}(?:\s+-{2,})*\s*$/;
const listLine = /^([A-Za-z][\w.-]*)\s*:\s?(.*)$/;

export function readPowershellObjects(text: string): { objects: PsObject[]; commands: string[] } {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const commands = [...text.matchAll(/(?:^|\n)\s*PS [^\n>]*>[^\n]*?\b(Get-[A-Za-z]+)/g)].map((match) => match[1] ?? "");
  const objects: PsObject[] = [];
  let index = 0;
  while (index < lines.length) {
    const next = lines[index + 1];
    if (next !== undefined && dashes.test(next) && (lines[index] ?? "").trim() !== "") {
      index = readTable(lines, index, objects);
      continue;
    }
    index = readList(lines, index, objects);
  }
  return {
    objects: objects.filter((object) => Object.keys(object).length > 0),
    commands: commands.map((command) => command.toLowerCase()),
  };
}

function readList(lines: string[], start: number, objects: PsObject[]): number {
  let index = start;
  let current: PsObject | null = null;
  let lastKey: string | null = null;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const next = lines[index + 1];
    if (next !== undefined && dashes.test(next) && line.trim() !== "") break;
    if (line.trim() === "") {
      if (current) objects.push(current);
      current = null;
      lastKey = null;
      continue;
    }
    if (/^\s*PS [^>]*>/.test(line)) continue;
    const match = listLine.exec(line);
    if (match && !/^\s/.test(line)) {
      current ??= {};
      lastKey = match[1] ?? "";
      current[lastKey] = (match[2] ?? "").trim();
    } else if (current && lastKey && /^\s/.test(line)) {
      current[lastKey] = `${current[lastKey] ?? ""}${joiner(current[lastKey] ?? "")}${line.trim()}`;
    }
  }
  if (current) objects.push(current);
  return index;
}

// A value broken inside a word (an address, a list) goes on without a space; PowerShell wraps at the column edge.
const joiner = (before: string) => (before === "" || /[,{(\s]$/.test(before) ? "" : /[\w@.-]$/.test(before) ? "" : " ");

function readTable(lines: string[], headerIndex: number, objects: PsObject[]): number {
  const header = lines[headerIndex] ?? "";
  const rule = lines[headerIndex + 1] ?? "";
  const starts: number[] = [];
  for (const match of rule.matchAll(/-+/g)) starts.push(match.index ?? 0);
  const names = starts.map((start, column) => header.slice(start, starts[column + 1] ?? undefined).trim());
  const cells = (line: string) =>
    starts.map((start, column) =>
      line.slice(start, column === starts.length - 1 ? undefined : starts[column + 1]).trim(),
    );
  let index = headerIndex + 2;
  let last: PsObject | null = null;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line.trim() === "") {
      last = null;
      if (lines[index + 1] !== undefined && lines[index + 2] !== undefined && dashes.test(lines[index + 2] ?? ""))
        break;
      continue;
    }
    if (/^\s*PS [^>]*>/.test(line)) break;
    const values = cells(line);
    if (last && (values[0] ?? "") === "" && line.slice(0, starts[1] ?? 0).trim() === "") {
      names.forEach((name, column) => {
        const more = values[column] ?? "";
        if (more !== "" && last) last[name] = `${last[name] ?? ""}${joiner(last[name] ?? "")}${more}`;
      });
      continue;
    }
    last = Object.fromEntries(names.map((name, column) => [name, values[column] ?? ""]));
    objects.push(last);
  }
  return index;
}

export const truncated = (value: string) => /(\.\.\.|…)$/.test(value);

/** Whether a value PowerShell printed (maybe cut short with "..." or "…") stands for the expected text. */
export function sameValue(printed: string, expected: string): boolean {
  const value = printed.trim().toLowerCase();
  const wanted = expected.trim().toLowerCase();
  if (value === wanted) return true;
  if (!truncated(value)) return false;
  const prefix = value.replace(/(\.\.\.|…)$/, "");
  return prefix.length >= 4 && wanted.startsWith(prefix);
}
