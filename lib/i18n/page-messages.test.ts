import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { panelNames } from "@/lib/wizard/step-panels";
import { en } from "./messages/en";
import { layoutNamespaces, type Namespace, type PageName, pageNamespaces, panelNamespaces } from "./page-messages";

const root = path.resolve(__dirname, "../..");
const namespaces = new Set(Object.keys(en));

const pageFiles: Record<PageName, string> = {
  start: "app/[lang]/page.tsx",
  step: "app/[lang]/steps/[step]/page.tsx",
  "check-answers": "app/[lang]/check-answers/page.tsx",
  import: "app/[lang]/import/page.tsx",
  report: "app/[lang]/report/page.tsx",
  "shared-report": "app/[lang]/r/[id]/page.tsx",
  triage: "app/[lang]/triage/page.tsx",
};

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  const candidates = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}

// Static and dynamic imports (next/dynamic, import() on demand): a panel loaded later still reads the page's texts.
const runtimeImport = /^\s*(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)/gm;
const namespaceRead = /\bt\.([a-zA-Z]+)\b/g;

/** The message namespaces read (`t.<namespace>`) by the modules an entry loads, with the modules that read each. */
function namespacesRead(entry: string, leaveOut: readonly string[] = []): Map<string, string[]> {
  const read = new Map<string, string[]>();
  const seen = new Set<string>(leaveOut.map((file) => path.join(root, file)));
  const todo = [path.join(root, entry)];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file) || file.includes(`${path.sep}lib${path.sep}i18n${path.sep}messages${path.sep}`)) continue;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(runtimeImport)) {
      const target = resolveImport(file, (match[1] ?? match[2])!);
      if (target) todo.push(target);
    }
    for (const [, name] of text.matchAll(namespaceRead)) {
      if (!namespaces.has(name!)) continue;
      read.set(name!, [...new Set([...(read.get(name!) ?? []), path.relative(root, file)])]);
    }
  }
  return read;
}

const given = (page: PageName): Namespace[] => [...layoutNamespaces, ...pageNamespaces[page]];

// The modules of the steps' panels, as components/wizard/use-step-panels.ts loads them.
const panelModules = Object.fromEntries(
  [
    ...readFileSync(path.join(root, "components/wizard/use-step-panels.ts"), "utf8").matchAll(
      /^\s*(\w+): \(\) => import\("@\/([^"]+)"\)/gm,
    ),
  ].map(([, name, module]) => [name!, `${module}.tsx`]),
) as Record<string, string>;

describe("each page sends the texts its components read, and only those", () => {
  it("the layout's components read only the layout's namespaces", () => {
    expect([...namespacesRead("app/[lang]/layout.tsx").keys()].sort()).toEqual([...layoutNamespaces].sort());
  });

  it.each(Object.keys(pageFiles) as PageName[])("%s", (page) => {
    const read = namespacesRead(pageFiles[page], page === "step" ? Object.values(panelModules) : []);
    const missing = [...read.keys()].filter((name) => !given(page).includes(name as Namespace));
    expect(missing.map((name) => `${name} (read by ${read.get(name)!.join(", ")})`)).toEqual([]);
    const unread = pageNamespaces[page].filter((name) => !read.has(name));
    expect(unread).toEqual([]);
    expect(readFileSync(path.join(root, pageFiles[page]), "utf8")).toContain(
      `<PageMessages lang={lang} page="${page}"`,
    );
  });

  it.each(panelNames)("a step that shows the %s panel adds what the panel reads", (panel) => {
    const read = namespacesRead(panelModules[panel]!);
    const step: string[] = [...given("step"), ...panelNamespaces[panel]];
    const missing = [...read.keys()].filter((name) => !step.includes(name));
    expect(missing.map((name) => `${name} (read by ${read.get(name)!.join(", ")})`)).toEqual([]);
    expect(panelNamespaces[panel].filter((name) => !read.has(name) || given("step").includes(name))).toEqual([]);
  });

  it("the walk follows dynamic imports (the token step's panel is loaded on demand)", () => {
    expect(Object.keys(panelModules).sort()).toEqual([...panelNames].sort());
    expect(
      namespacesRead(pageFiles.step)
        .get("token")
        ?.some((file) => file.startsWith("components/token/")),
    ).toBe(true);
  });

  it("every page under app/[lang] is listed", () => {
    const pages = (dir: string): string[] =>
      readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? pages(path.join(dir, entry.name))
          : entry.name === "page.tsx"
            ? [path.join(dir, entry.name)]
            : [],
      );
    expect(pages("app/[lang]").sort()).toEqual(Object.values(pageFiles).sort());
  });
});
