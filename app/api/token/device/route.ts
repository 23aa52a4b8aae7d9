import { ApiError, jsonRoute, route } from "@/lib/api/handler";
import { createRateLimiter } from "@/lib/api/rate-limit";
import { deviceStartSchema } from "@/lib/token/api";
import { cancelDeviceCode, pollDeviceCode, startDeviceCode } from "@/lib/token/device-code";
import { signInClientId } from "@/lib/token/sign-in-app";

export const dynamic = "force-dynamic";

const allowStart = createRateLimiter({ capacity: 5, refillPerSecond: 0.1 });
const allowPoll = createRateLimiter({ capacity: 60, refillPerSecond: 2 });
const noStore = { "Cache-Control": "no-store" };
const idPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function idOf(request: Request): string {
  const id = new URL(request.url).searchParams.get("id") ?? "";
  if (!idPattern.test(id)) throw new ApiError("bad_request", '"id" must be the id of a device-code sign-in.');
  return id;
}

// POST: start a device-code sign-in → { ok, id, userCode, verificationUri, message, expiresIn } or { ok: false, error }.
export const POST = jsonRoute(
  deviceStartSchema,
  {
    limit: { by: () => allowStart, message: "Too many sign-ins from this client; wait a minute and try again." },
    cloud: (body) => ({ id: body.cloud, path: "cloud" }),
  },
  async ({ body, profile, client }) => {
    const operator = signInClientId();
    if (body.app === "operator" && !operator)
      throw new ApiError(
        "unprocessable_entity",
        '"app": no sign-in app is configured on this server (ECE_DOCTOR_SIGNIN_CLIENT_ID).',
      );
    const clientId = body.app === "operator" && operator ? operator : body.clientId;
    const started = await startDeviceCode({
      profile,
      tenant: body.tenant,
      clientId,
      retrieval: body.retrieval,
      client,
    });
    return Response.json(started, { headers: noStore });
  },
);

// GET ?id=: { status: "pending" | "done" (with accessToken, handed out once) | "error" | "unknown" }.
export const GET = route({ limit: { by: () => allowPoll } }, ({ request }) =>
  Response.json(pollDeviceCode(idOf(request)), { headers: noStore }),
);

// DELETE ?id=: stop polling and forget the sign-in.
export const DELETE = route({ limit: { by: () => allowPoll } }, ({ request }) => {
  cancelDeviceCode(idOf(request));
  return new Response(null, { status: 204, headers: noStore });
});
