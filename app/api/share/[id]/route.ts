import { shareApi } from "@/lib/share/server/default-api";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/api/share/[id]">) {
  return shareApi.read(request, (await params).id);
}

export async function DELETE(request: Request, { params }: RouteContext<"/api/share/[id]">) {
  return shareApi.revoke(request, (await params).id);
}
