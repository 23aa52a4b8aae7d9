import "server-only";
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from "@azure/msal-node";
import { redactSecrets } from "@/lib/probes/redact";
import { ProbeRun } from "@/lib/probes/run";
import type { AllowedTarget } from "@/lib/probes/targets";
import { httpsRequest, type HttpsResponse } from "./https-client";

// msal-node's network client for every Entra call: MSAL's own hides the network cause behind "fetch failed" and uses
// the system resolver; this one reaches the cloud's login host only, through the wizard's resolver
// (ECE_DOCTOR_DNS_SERVERS), bounded and timed like the probes. With a probe's run it also writes the (redacted)
// transcript there.
export class LoginHostNetworkClient implements INetworkModule {
  constructor(
    private readonly target: AllowedTarget,
    private readonly hooks: { run?: ProbeRun; onResponse?: (response: HttpsResponse) => void } = {},
  ) {}

  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>("GET", url, options);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>("POST", url, options);
  }

  private async send<T>(method: "GET" | "POST", url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    const parsed = new URL(url);
    const port = parsed.port === "" ? 443 : Number(parsed.port);
    if (parsed.protocol !== "https:" || parsed.hostname.toLowerCase() !== this.target.host || port !== this.target.port) {
      throw new Error(`Refused: ${parsed.host} is not the cloud's login host.`);
    }
    const run = this.hooks.run ?? new ProbeRun({});
    try {
      if (this.hooks.run) run.client(`${method} ${parsed.origin}${parsed.pathname}${method === "POST" ? ` ${options?.body ?? ""}` : ""}`);
      const response = await httpsRequest(run, this.target, method, `${parsed.pathname}${parsed.search}`, {
        ...(options?.body === undefined ? {} : { body: options.body }),
        headers: options?.headers ?? {},
      });
      if (this.hooks.run) run.server(`HTTP ${response.status} ${redactSecrets(response.body).slice(0, 300)}`);
      this.hooks.onResponse?.(response);
      return { headers: response.headers, body: JSON.parse(response.body || "{}") as T, status: response.status };
    } finally {
      if (!this.hooks.run) run.dispose();
    }
  }
}
