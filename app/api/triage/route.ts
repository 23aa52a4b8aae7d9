import { TRIAGE_SCHEMA_ID, type TriageResponse } from "@/lib/api/contract";
import { maxTriageBodyBytes, triageRequestSchema } from "@/lib/api/diagnose-request";
import { jsonRoute } from "@/lib/api/handler";
import { createRateLimiter } from "@/lib/api/rate-limit";
import { presentMatch } from "@/lib/triage/present-match";
import { triage } from "@/lib/triage/triage";

export const dynamic = "force-dynamic";

const allow = createRateLimiter({ capacity: 30, refillPerSecond: 1 });

export const POST = jsonRoute(
  triageRequestSchema,
  { limit: { by: () => allow }, maxBytes: maxTriageBodyBytes },
  ({ body: { text, locale = "en" } }) => {
    const { matches } = triage(text);
    return Response.json(
      {
        schema: TRIAGE_SCHEMA_ID,
        matches: matches.map((match) => ({ ...match, result: presentMatch(match, locale) })),
      } satisfies TriageResponse,
      { headers: { "Cache-Control": "no-store" } },
    );
  },
);
