import type { ProbeDownloadsResponse } from "@/lib/api/contract";
import { route } from "@/lib/api/handler";
import { probeManifest } from "@/lib/evidence-files/downloads";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

// The probe downloads with their SHA-256 sums; files is empty when npm run build:probe has not run here.
export const GET = route({ crossSite: "allow" }, () => {
  const manifest = probeManifest();
  const answer: ProbeDownloadsResponse = {
    version: packageJson.version,
    node: manifest?.node ?? null,
    files: manifest?.files ?? [],
  };
  return Response.json(answer, { headers: { "Cache-Control": "no-store" } });
});
