import { jsonRoute } from "@/lib/api/handler";
import { createRateLimiter } from "@/lib/api/rate-limit";
import { probeRealm } from "@/lib/live/entra";
import { allowedTarget } from "@/lib/probes/targets";
import { realmRequestSchema } from "@/lib/token/api";

export const dynamic = "force-dynamic";

const allow = createRateLimiter({ capacity: 20, refillPerSecond: 0.5 });

// getuserrealm for the account that must own the token: Managed or Federated (research §3.3, §3.4).
export const POST = jsonRoute(
  realmRequestSchema,
  { limit: { by: () => allow }, cloud: (body) => ({ id: body.cloud, path: "cloud" }) },
  async ({ body: { login }, request, profile }) => {
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
  },
);
