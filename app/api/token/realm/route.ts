import { ApiError, withJsonBody } from "@/lib/api/handler";
import { clientKey, createRateLimiter } from "@/lib/api/rate-limit";
import { probeRealm } from "@/lib/live/entra";
import { findProfile } from "@/lib/live/profiles";
import { allowedTarget } from "@/lib/probes/targets";
import { realmRequestSchema } from "@/lib/token/api";

export const dynamic = "force-dynamic";

const allow = createRateLimiter({ capacity: 20, refillPerSecond: 0.5 });

// getuserrealm for the account that must own the token: Managed or Federated (research §3.3, §3.4).
export const POST = withJsonBody(realmRequestSchema, async ({ cloud, login }, request) => {
  if (!allow(clientKey(request))) throw new ApiError("rate_limit_exceeded", "Too many requests from this client; wait a minute and try again.");
  const profile = findProfile(cloud);
  if (!profile) throw new ApiError("unprocessable_entity", `"cloud": no cloud profile "${cloud}" on this server.`, [{ path: "cloud", message: "unknown cloud profile" }]);
  const evidence = await probeRealm({ target: allowedTarget(profile, "login"), login, signal: request.signal });
  return Response.json(
    {
      domain: evidence.domain,
      namespaceType: evidence.namespaceType ?? null,
      authUrl: evidence.authUrl ?? null,
      ...(evidence.error ? { error: { code: evidence.error.code, message: evidence.error.message } } : {}),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});
