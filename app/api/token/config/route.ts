import { route } from "@/lib/api/handler";
import { signInClientId } from "@/lib/token/sign-in-app";

export const dynamic = "force-dynamic";

export const GET = route({}, () =>
  Response.json({ signInClientId: signInClientId() }, { headers: { "Cache-Control": "no-store" } }),
);
