import { ApiError, withJsonBody } from "@/lib/api/handler";
import { diagnoseRequestSchema } from "@/lib/api/diagnose-request";
import { clientKey, createRateLimiter } from "@/lib/api/rate-limit";
import { present } from "@/lib/catalogue/present";
import { diagnoseCase } from "@/lib/live/diagnose-live";
import { findProfile } from "@/lib/live/profiles";

export const dynamic = "force-dynamic";

const allowLive = createRateLimiter({ capacity: 10, refillPerSecond: 0.2 });
const allowStatic = createRateLimiter({ capacity: 60, refillPerSecond: 2 });

const targetFields = new Set(["host", "hosts", "port", "ports", "target", "targets", "url", "address", "ip", "server", "endpoint", "loginhost", "imap", "pop", "smtp"]);

// Probes reach only the case's cloud profile; a request that tries to name a host or port gets a clear 400.
function namedTarget(value: unknown, path: string, depth: number): string | null {
  if (depth > 4 || typeof value !== "object" || value === null || Array.isArray(value)) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (targetFields.has(key.toLowerCase())) return at;
    const found = namedTarget(inner, at, depth + 1);
    if (found) return found;
  }
  return null;
}

function refuseTargets(raw: unknown): ApiError | null {
  const at = namedTarget(raw, "", 0);
  if (at === null) return null;
  return new ApiError("target_not_allowed", `"${at}": probes reach only the hosts and ports of the case's cloud profile (case.azure.cloud); no host, port or address can be given.`);
}

export const POST = withJsonBody(diagnoseRequestSchema, async (body, request) => {
  const { case: file, secrets = {}, locale = "en", live = false, timeouts, probes } = body;
  const allow = live ? allowLive : allowStatic;
  if (!allow(clientKey(request))) throw new ApiError("rate_limit_exceeded", "Too many diagnoses from this client; wait a minute and try again.");
  const profile = findProfile(file.azure.cloud);
  if (!profile) throw new ApiError("unprocessable_entity", `"case.azure.cloud": no cloud profile "${file.azure.cloud}" on this server.`, [{ path: "case.azure.cloud", message: "unknown cloud profile" }]);

  const stream = new URL(request.url).searchParams.get("stream") === "1";
  const options = { file, profile, secrets, live, ...(probes ? { groups: probes } : {}), ...(timeouts ? { timeouts } : {}), signal: request.signal };
  const answer = (diagnosis: Awaited<ReturnType<typeof diagnoseCase>>) => ({
    schema: "ece-oauth-doctor/results@1",
    findings: diagnosis.findings,
    results: diagnosis.findings.map((item) => present(item, locale)),
    evidence: diagnosis.evidence,
  });

  if (!stream) return Response.json(answer(await diagnoseCase(options)), { headers: { "Cache-Control": "no-store" } });

  // One JSON object per line: each probe as it finishes, then the whole diagnosis.
  const encoder = new TextEncoder();
  const body$ = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      try {
        const diagnosis = await diagnoseCase({
          ...options,
          onEvidence: (evidence, findings) => send({ type: "probe", evidence, results: findings.map((item) => present(item, locale)) }),
        });
        send({ type: "done", ...answer(diagnosis) });
      } catch {
        send({ type: "error", error: { code: "internal_server_error", message: "The diagnosis stopped on the server." } });
      }
      controller.close();
    },
  });
  return new Response(body$, { headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" } });
}, { refuse: refuseTargets });
