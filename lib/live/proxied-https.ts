import "server-only";
import type { Agent } from "node:http";
import { request } from "node:https";
import type { ProbeRun } from "@/lib/probes/run";
import type { AllowedTarget } from "@/lib/probes/targets";
import { boundedExchange, type ExchangeOptions, type HttpsResponse } from "./bounded-exchange";

// Only the probe on an ECE server that must use a proxy for 443 (--proxy / HTTPS_PROXY) comes here: the proxy, not
// this process, resolves and reaches the login host, so the address policy of lib/probes/connect.ts cannot apply.
// The host and port are still the cloud profile's login target, and the certificate is still verified end to end.
export function proxiedHttpsRequest(
  run: ProbeRun,
  target: AllowedTarget,
  method: "GET" | "POST",
  path: string,
  options: ExchangeOptions,
  agent: Agent,
): Promise<HttpsResponse> {
  return boundedExchange(run, options, (headers, timeout, onResponse) =>
    request(
      {
        host: target.host,
        port: target.port,
        path,
        method,
        headers,
        agent,
        servername: target.host,
        signal: run.signal,
        timeout,
      },
      onResponse,
    ),
  );
}
