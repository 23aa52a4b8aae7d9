import { ApiError, errorResponse, withJsonBody } from "@/lib/api/handler";
import { clientKey, createRateLimiter } from "@/lib/api/rate-limit";
import { findProfile } from "@/lib/live/profiles";
import { deviceStartSchema } from "@/lib/token/api";
import { cancelDeviceCode, pollDeviceCode, startDeviceCode } from "@/lib/token/device-code";
import { signInClientId } from "@/lib/token/sign-in-app";

export const dynamic = "force-dynamic";

const allowStart = createRateLimiter({ capacity: 5, refillPerSecond: 0.1 });
const allowPoll = createRateLimiter({ capacity: 60, refillPerSecond: 2 });
const noStore = { "Cache-Control": "no-store" };
const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// POST: start a device-code sign-in → { ok, id, userCode, verificationUri, message, expiresIn } or { ok: false, error }.
export const POST = withJsonBody(deviceStartSchema, async (body, request) => {
  if (!allowStart(clientKey(request))) throw new ApiError("rate_limit_exceeded", "Too many sign-ins from this client; wait a minute and try again.");
  const profile = findProfile(body.cloud);
  if (!profile) throw new ApiError("unprocessable_entity", `"cloud": no cloud profile "${body.cloud}" on this server.`, [{ path: "cloud", message: "unknown cloud profile" }]);
  const operator = signInClientId();
  if (body.app === "operator" && !operator) throw new ApiError("unprocessable_entity", '"app": no sign-in app is configured on this server (ECE_DOCTOR_SIGNIN_CLIENT_ID).');
  const clientId = body.app === "operator" && operator ? operator : body.clientId;
  const started = await startDeviceCode({ profile, tenant: body.tenant, clientId, retrieval: body.retrieval });
  return Response.json(started, { headers: noStore });
});

// GET ?id=: { status: "pending" | "done" (with accessToken, handed out once) | "error" | "unknown" }.
export function GET(request: Request) {
  if (!allowPoll(clientKey(request))) return errorResponse("rate_limit_exceeded", "Too many requests from this client; wait a minute and try again.");
  const id = new URL(request.url).searchParams.get("id") ?? "";
  if (!idPattern.test(id)) return errorResponse("bad_request", '"id" must be the id of a device-code sign-in.');
  return Response.json(pollDeviceCode(id), { headers: noStore });
}

// DELETE ?id=: stop polling and forget the sign-in.
export function DELETE(request: Request) {
  const id = new URL(request.url).searchParams.get("id") ?? "";
  if (!idPattern.test(id)) return errorResponse("bad_request", '"id" must be the id of a device-code sign-in.');
  cancelDeviceCode(id);
  return new Response(null, { status: 204, headers: noStore });
}
