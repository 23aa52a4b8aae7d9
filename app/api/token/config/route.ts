import { signInClientId } from "@/lib/token/sign-in-app";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ signInClientId: signInClientId() }, { headers: { "Cache-Control": "no-store" } });
}
