import { readFileSync, statSync } from "node:fs";
import { z } from "zod";
// Relative import: next.config.ts loads this module (through lib/security/csp.ts) without the "@/" alias.
import { type CloudProfile, cloudIdPattern, cloudIds, cloudProfiles } from "../knowledge/clouds";

// ECE_DOCTOR_CLOUDS_FILE, read in one place for the probes, /api/health and the Content-Security-Policy (proxy.ts,
// which is why this module is not server-only). Re-read when the file changes.

const endpoint = z.strictObject({ host: z.string().min(1).max(253), port: z.number().int().min(1).max(65535) });

// Public contract: the ECE_DOCTOR_CLOUDS_FILE format (README, "Cloud profiles").
export const cloudsFileSchema = z.array(
  z.strictObject({
    id: z.string().regex(cloudIdPattern),
    label: z.string().min(1).max(80),
    loginHost: z.string().regex(/^[A-Za-z0-9.-]+(?::\d{1,5})?$/),
    imap: endpoint,
    pop: endpoint,
    smtp: endpoint,
    outlookResource: z.url(),
    allowPrivateAddresses: z.boolean().optional(),
  }),
);

export type ProfileSet = { profiles: CloudProfile[]; error: string | null };

let cached: { key: string; set: ProfileSet } | null = null;

function versionOf(path: string): string {
  try {
    const stat = statSync(path);
    return `${path}:${stat.mtimeMs}:${stat.size}`;
  } catch {
    return `${path}:unreadable`;
  }
}

export function loadProfiles(path = process.env.ECE_DOCTOR_CLOUDS_FILE): ProfileSet {
  const key = path ? versionOf(path) : "";
  if (cached && cached.key === key) return cached.set;
  const builtIn = cloudIds.map((id) => cloudProfiles[id]);
  let set: ProfileSet = { profiles: builtIn, error: null };
  if (path) {
    try {
      const extra = cloudsFileSchema.parse(JSON.parse(readFileSync(path, "utf8")));
      const clash = extra.find((profile) => (cloudIds as readonly string[]).includes(profile.id));
      if (clash) throw new Error(`profile id "${clash.id}" is a built-in cloud`);
      const extraProfiles: CloudProfile[] = extra.map((profile) => ({
        ...profile,
        imap: { ...profile.imap, confirmed: true },
        pop: { ...profile.pop, confirmed: true },
        smtp: { ...profile.smtp, confirmed: true },
      }));
      set = { profiles: [...builtIn, ...extraProfiles], error: null };
    } catch (error) {
      const reason =
        error instanceof z.ZodError
          ? error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")
          : error instanceof Error
            ? error.message
            : String(error);
      set = { profiles: builtIn, error: `ECE_DOCTOR_CLOUDS_FILE (${path}) was not loaded: ${reason}` };
      console.error(set.error);
    }
  }
  cached = { key, set };
  return set;
}

/** The operator's own profiles (not the built-in clouds). */
export function operatorProfiles(path?: string): CloudProfile[] {
  return loadProfiles(path).profiles.filter((profile) => !(cloudIds as readonly string[]).includes(profile.id));
}
