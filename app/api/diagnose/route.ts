import { type DiagnoseResponse, type DiagnoseStreamLine, RESULTS_SCHEMA_ID } from "@/lib/api/contract";
import { diagnoseRequestSchema } from "@/lib/api/diagnose-request";
import { ApiError, jsonRoute } from "@/lib/api/handler";
import { ndjsonResponse } from "@/lib/api/ndjson";
import { createRateLimiter } from "@/lib/api/rate-limit";
import { refuseTargets } from "@/lib/api/target-fields";
import { diagnoseCase } from "@/lib/live/probe-and-diagnose";
import { workloadProblem } from "@/lib/live/run-live";

export const dynamic = "force-dynamic";

const allowLive = createRateLimiter({ capacity: 10, refillPerSecond: 0.2 });
const allowStatic = createRateLimiter({ capacity: 60, refillPerSecond: 2 });

export const POST = jsonRoute(
  diagnoseRequestSchema,
  {
    refuse: refuseTargets,
    limit: {
      by: (body) => (body.live ? allowLive : allowStatic),
      message: "Too many diagnoses from this client; wait a minute and try again.",
    },
    cloud: (body) => ({ id: body.case.azure.cloud, path: "case.azure.cloud" }),
  },
  async ({ body, request, profile }) => {
    const { case: file, secrets = {}, locale = "en", live = false, timeouts, probes } = body;
    const options = {
      file,
      profile,
      secrets,
      live,
      locale,
      ...(probes ? { groups: probes } : {}),
      ...(timeouts ? { timeouts } : {}),
      signal: request.signal,
    };
    const tooMuch = live ? workloadProblem(options) : null;
    if (tooMuch)
      throw new ApiError("unprocessable_entity", `"case.mail.mailboxes": ${tooMuch}`, [
        { path: "case.mail.mailboxes", message: tooMuch },
      ]);
    const answer = (diagnosis: Awaited<ReturnType<typeof diagnoseCase>>): DiagnoseResponse => ({
      schema: RESULTS_SCHEMA_ID,
      findings: diagnosis.findings,
      results: diagnosis.results,
      evidence: diagnosis.evidence,
    });

    if (new URL(request.url).searchParams.get("stream") !== "1")
      return Response.json(answer(await diagnoseCase(options)), { headers: { "Cache-Control": "no-store" } });
    // One JSON object per line: each probe's evidence as it finishes, then the whole diagnosis (its one final pass).
    return ndjsonResponse<DiagnoseStreamLine>(
      async (send) => {
        const diagnosis = await diagnoseCase({
          ...options,
          onEvidence: (evidence) => send({ type: "probe", evidence }),
        });
        send({ type: "done", ...answer(diagnosis) });
      },
      () => ({
        type: "error",
        error: { code: "internal_server_error", message: "The diagnosis stopped on the server." },
      }),
    );
  },
);
