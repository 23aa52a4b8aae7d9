import { createReadStream } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { ApiError, route } from "@/lib/api/handler";
import { probeDir, probeManifest } from "@/lib/evidence-files/downloads";

export const dynamic = "force-dynamic";

// Only the files the manifest lists: a name is never turned into a path otherwise.
export const GET = route({ crossSite: "allow" }, async (_context, { params }: RouteContext<"/api/probe/[file]">) => {
  const { file } = await params;
  const entry = probeManifest()?.files.find((item) => item.name === file);
  if (!entry) throw new ApiError("not_found", `No probe download named ${JSON.stringify(file.slice(0, 80))}.`);
  const body = Readable.toWeb(createReadStream(join(probeDir(), entry.name))) as ReadableStream;
  return new Response(body, {
    headers: {
      "Content-Type": entry.name.endsWith(".cjs") ? "text/javascript; charset=utf-8" : "application/octet-stream",
      "Content-Length": String(entry.bytes),
      "Content-Disposition": `attachment; filename="${entry.name}"`,
      "X-Content-SHA256": entry.sha256,
      "Cache-Control": "no-store",
    },
  });
});
