import { shareApi } from "@/lib/share/server/default-api";

export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return shareApi.create(request);
}
