export const eceReleaseIds = ["pre-11.6", "11.6(1)", "12.0(1)", "12.5(1)", "12.6(1)", "later"] as const;
export type EceRelease = (typeof eceReleaseIds)[number];

export type EsRequirement = { minimumEs: number; alsoRequired: readonly string[] };

// Cisco TAC 218453: OAuth for O365 came as engineering specials under CSCvr86493.
export const minimumEs: Partial<Record<EceRelease, EsRequirement>> = {
  "11.6(1)": { minimumEs: 12, alsoRequired: ["ES12_ET1"] },
  "12.0(1)": { minimumEs: 6, alsoRequired: [] },
  "12.5(1)": { minimumEs: 3, alsoRequired: [] },
  "12.6(1)": { minimumEs: 1, alsoRequired: [] },
};

export function releaseNeedsEs(release: EceRelease | undefined): boolean {
  return release !== undefined && minimumEs[release] !== undefined;
}

export type UrlSettingName = "web-server-url" | "external-url";

// ECE's admin console is English-only, so the setting names stay in English in every locale.
export const urlSettingLabel: Record<UrlSettingName, string> = {
  "web-server-url": "Web Server URL or Load Balancer URL",
  "external-url": "External URL of application",
};

// 11.5 to 12.5: "Web Server URL or Load Balancer URL"; 12.6 and later: "External URL of application".
export function urlSettingFor(release: EceRelease | undefined): UrlSettingName {
  return release === "12.6(1)" || release === "later" ? "external-url" : "web-server-url";
}

const esPattern = /^ES\s*_?(\d{1,3})(?:[\s_-]*ET\s*(\d{1,3}))?$/i;

export type ParsedEs = { es: number; et: number | null; canonical: string };

export function parseEs(text: string): ParsedEs | null {
  const match = esPattern.exec(text.trim());
  if (!match) return null;
  const es = Number(match[1]);
  const et = match[2] === undefined ? null : Number(match[2]);
  return { es, et, canonical: et === null ? `ES${es}` : `ES${es}_ET${et}` };
}

export function splitEsList(text: string): string[] {
  return text
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
