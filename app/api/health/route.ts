import { route } from "@/lib/api/handler";
import { loadProfiles } from "@/lib/live/profiles";
import packageJson from "@/package.json";

export const dynamic = "force-dynamic";

export const GET = route({}, () => {
  const { profiles, error } = loadProfiles();
  return Response.json(
    {
      status: error ? "degraded" : "ok",
      version: packageJson.version,
      clouds: profiles.map((profile) => profile.id),
      ...(error ? { problems: [error] } : {}),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});
