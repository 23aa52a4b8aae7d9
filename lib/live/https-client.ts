import "server-only";
import { request } from "node:http";
import { certificateFailure, openConnection, type ProbeDeps } from "@/lib/probes/connect";
import { ProbeFailure } from "@/lib/probes/errors";
import type { ProbeRun } from "@/lib/probes/run";
import type { AllowedTarget } from "@/lib/probes/targets";
import { boundedExchange, type ExchangeOptions, type HttpsResponse } from "./bounded-exchange";
import { proxiedHttpsRequest } from "./proxied-https";
import { httpsProxyAgent } from "./proxy";

export type { HttpsResponse } from "./bounded-exchange";

// Entra calls get their socket from the probes' connect path (lib/probes/connect.ts): the same allow-list, resolver
// (ECE_DOCTOR_DNS_SERVERS) and address policy on every resolved address as the mail probes, then HTTP over that TLS
// socket with a bounded body and the probe's clock. A certificate that is not accepted stops the request before it
// is sent, so a secret never goes to a server that could not prove its name.
export async function httpsRequest(
  run: ProbeRun,
  target: AllowedTarget,
  method: "GET" | "POST",
  path: string,
  options: ExchangeOptions & { deps?: ProbeDeps } = {},
): Promise<HttpsResponse> {
  if (target.service !== "login")
    throw new ProbeFailure("REFUSED_TARGET", "Entra requests go only to the cloud's login host.", run.currentPhase);
  const proxyAgent = httpsProxyAgent();
  if (proxyAgent) return proxiedHttpsRequest(run, target, method, path, options, proxyAgent);
  const connection = await openConnection({
    target,
    tls: "implicit",
    run,
    ...(options.deps ? { deps: options.deps } : {}),
  });
  const refused = connection.tls
    ? certificateFailure(connection.tls, target.host)
    : new ProbeFailure("TLS_ERROR", "No TLS session with the login host.", "tls");
  if (refused) {
    connection.socket.destroy();
    throw refused;
  }
  return boundedExchange(
    run,
    options,
    (headers, timeout, onResponse) =>
      request(
        {
          host: target.host,
          port: target.port,
          path,
          method,
          headers,
          createConnection: () => connection.socket,
          signal: run.signal,
          timeout,
        },
        onResponse,
      ),
    () => connection.socket.destroy(),
  );
}
