import { probeManifest } from "@/lib/evidence-files/downloads";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

// The probe downloads with their SHA-256 sums; files is empty when npm run build:probe has not run here.
export function GET() {
  const manifest = probeManifest();
  return Response.json({ version: packageJson.version, node: manifest?.node ?? null, files: manifest?.files ?? [] }, { headers: { "Cache-Control": "no-store" } });
}
