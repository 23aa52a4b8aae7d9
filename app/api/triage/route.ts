import { ApiError, withJsonBody } from "@/lib/api/handler";
import { triageRequestSchema } from "@/lib/api/diagnose-request";
import { clientKey, createRateLimiter } from "@/lib/api/rate-limit";
import { presentMatch } from "@/lib/triage/present-match";
import { triage } from "@/lib/triage/triage";

export const dynamic = "force-dynamic";

const allow = createRateLimiter({ capacity: 30, refillPerSecond: 1 });

export const POST = withJsonBody(triageRequestSchema, ({ text, locale = "en" }, request) => {
  if (!allow(clientKey(request))) throw new ApiError("rate_limit_exceeded", "Too many requests from this client; wait a minute and try again.");
  const { matches } = triage(text);
  return Response.json(
    { schema: "ece-oauth-doctor/triage@1", matches: matches.map((match) => ({ ...match, result: presentMatch(match, locale) })) },
    { headers: { "Cache-Control": "no-store" } },
  );
});
