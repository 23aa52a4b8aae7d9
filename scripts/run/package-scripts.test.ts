import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> })
  .scripts;

// Admins run these from cmd.exe and PowerShell: no bash, no shell script.
describe("package.json run scripts", () => {
  it.each(Object.entries(scripts))("%s calls no bash or shell script", (_name, command) => {
    expect(command).not.toMatch(/\b(bash|sh)\b|\.sh\b/);
  });

  it.each(["wizard", "demo", "doctor", "test", "build:probe"])("%s is a Node script that exists", (name) => {
    const match = /^node (\S+\.m?js)$/.exec(scripts[name] ?? "");
    expect(match, scripts[name]).not.toBeNull();
    expect(existsSync(join(root, match![1]!))).toBe(true);
  });
});
