import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

// What npm run build:probe left in dist/probe/ (ECE_DOCTOR_PROBE_DIR moves it): the files the wizard offers.
export const probeDir = () => process.env.ECE_DOCTOR_PROBE_DIR ?? join(process.cwd(), "dist", "probe");

const manifestSchema = z.object({
  version: z.string(),
  node: z.string(),
  files: z.array(
    z.object({
      name: z.string().regex(/^[A-Za-z0-9._-]+$/),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int(),
    }),
  ),
});

export type ProbeManifest = z.infer<typeof manifestSchema>;

export function probeManifest(): ProbeManifest | null {
  const path = join(probeDir(), "manifest.json");
  if (!existsSync(path)) return null;
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
  return parsed.success ? parsed.data : null;
}
