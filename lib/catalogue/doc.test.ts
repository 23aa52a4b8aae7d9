import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import packageJson from "@/package.json";
import { catalogueMarkdown } from "./doc";

const path = new URL("../../docs/catalogue.md", import.meta.url);

describe("docs/catalogue.md", () => {
  it("matches the catalogue in code", () => {
    const generated = catalogueMarkdown(packageJson.version);
    if (process.env.UPDATE_CATALOGUE_DOC === "1") writeFileSync(path, generated);
    expect(readFileSync(path, "utf8")).toBe(generated);
  });
});
