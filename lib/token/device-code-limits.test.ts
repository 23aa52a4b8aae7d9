import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTOSO, PUBLIC_APP, probeSetup, startTestSimulator } from "@/e2e/simulator/test-support";
import type { CloudProfile } from "@/lib/knowledge/clouds";
import { cancelDeviceCode, maxPendingPerClient, startDeviceCode } from "./device-code";

// Device-code sign-ins against the simulator's Entra, started here: one client cannot fill the server's allowance.
let sim: Awaited<ReturnType<typeof startTestSimulator>>;
let profile: CloudProfile;
let deps: { extraCa: string[]; dnsServers: string[] };

beforeAll(async () => {
  sim = await startTestSimulator(20450);
  ({ profile, deps } = probeSetup(sim));
}, 60_000);
afterAll(async () => sim?.cleanup());

describe("pending device codes per client", () => {
  it(`a client gets at most ${maxPendingPerClient} waiting sign-ins; another client is still served`, async () => {
    const start = (client: string) =>
      startDeviceCode({ profile, tenant: CONTOSO, clientId: PUBLIC_APP, retrieval: "imap", client, deps });
    const first = [];
    for (let index = 0; index < maxPendingPerClient + 1; index++) first.push(await start("203.0.113.1"));
    expect(first.slice(0, maxPendingPerClient).map((item) => item.ok)).toEqual(Array(maxPendingPerClient).fill(true));
    expect(first[maxPendingPerClient]).toMatchObject({ ok: false, error: { error: "too_many_pending" } });
    const other = await start("203.0.113.2");
    expect(other.ok).toBe(true);
    for (const item of [...first, other]) if (item.ok) cancelDeviceCode(item.id);
  }, 60_000);
});
