import "server-only";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { cloudIdPattern, cloudIds, cloudProfiles, type CloudProfile } from "@/lib/knowledge/clouds";

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

let cached: { path: string | undefined; set: ProfileSet } | null = null;

export function loadProfiles(path = process.env.ECE_DOCTOR_CLOUDS_FILE): ProfileSet {
  if (cached && cached.path === path) return cached.set;
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
      const reason = error instanceof z.ZodError ? error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ") : error instanceof Error ? error.message : String(error);
      set = { profiles: builtIn, error: `ECE_DOCTOR_CLOUDS_FILE (${path}) was not loaded: ${reason}` };
      console.error(set.error);
    }
  }
  cached = { path, set };
  return set;
}

export function findProfile(id: string): CloudProfile | undefined {
  return loadProfiles().profiles.find((profile) => profile.id === id);
}

export function extraProfiles(): { id: string; label: string }[] {
  return loadProfiles()
    .profiles.filter((profile) => !(cloudIds as readonly string[]).includes(profile.id))
    .map((profile) => ({ id: profile.id, label: profile.label ?? profile.id }));
}
