import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueText } from "@/lib/catalogue/text";
import { messages } from "./messages";

type Tree = string | readonly Tree[] | { readonly [key: string]: Tree };

function leaves(tree: Tree, path = ""): [string, string][] {
  if (typeof tree === "string") return [[path, tree]];
  if (Array.isArray(tree)) return tree.flatMap((item, index) => leaves(item, `${path}[${index}]`));
  return Object.entries(tree).flatMap(([key, value]) => leaves(value as Tree, path ? `${path}.${key}` : key));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

// Proper names and commands that read the same in both languages.
const sameInBothLanguages = new Set([
  "fields.mail.licence.options.e5",
  "fields.mail.licence.options.e3",
  "docs.tac-218453",
  "causes.protocols-unknown.fix[0]",
]);

const pairs = [
  ["UI messages", messages.en, messages.it],
  ["catalogue text", catalogueText.en, catalogueText.it],
] as const;

describe.each(pairs)("%s in Italian", (_name, english, italian) => {
  const en = new Map(leaves(english as unknown as Tree));
  const it_ = new Map(leaves(italian as unknown as Tree));

  it("has exactly the English keys", () => {
    expect([...it_.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it("keeps every placeholder of each string", () => {
    const mismatched = [...en]
      .filter(([key, text]) => placeholders(text).join() !== placeholders(it_.get(key) ?? "").join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it("is translated, not copied", () => {
    const long = [...en].filter(([, text]) => text.split(" ").length >= 6);
    const copied = long
      .filter(([key, text]) => it_.get(key) === text && !sameInBothLanguages.has(key))
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".tsx") ? [path] : [];
  });
}

describe("components", () => {
  it("hold no user-facing English text (it belongs in lib/i18n)", () => {
    const root = new URL("../..", import.meta.url).pathname;
    const offenders = ["components", "app"].flatMap((dir) =>
      sourceFiles(join(root, dir)).flatMap((file) => {
        const source = readFileSync(file, "utf8");
        const jsxText = [...source.matchAll(/>\s*([A-Za-z][A-Za-z' ,.]{3,})\s*</g)].map((match) => match[1]);
        const labels = [...source.matchAll(/(?:aria-label|title|placeholder|alt)="([^"{]+)"/g)].map(
          (match) => match[1],
        );
        return [...jsxText, ...labels].map((text) => `${file.slice(root.length)}: ${text}`);
      }),
    );
    expect(offenders).toEqual([]);
  });
});
