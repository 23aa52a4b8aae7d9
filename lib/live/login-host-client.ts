import "server-only";
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from "@azure/msal-node";
import type { ProbeDeps } from "@/lib/probes/connect";
import { redactBody, redactForm } from "@/lib/probes/redact";
import { ProbeRun } from "@/lib/probes/run";
import type { AllowedTarget } from "@/lib/probes/targets";
import { type HttpsResponse, httpsRequest } from "./https-client";

// msal-node's network client for every Entra call: MSAL's own hides the network cause behind "fetch failed" and uses
// the system resolver; this one reaches the cloud's login host only, through the wizard's resolver
// (ECE_DOCTOR_DNS_SERVERS), bounded and timed like the probes. With a probe's run it also writes the (redacted)
// transcript there.
export class LoginHostNetworkClient implements INetworkModule {
  // MSAL wraps a network failure in its own error: the original (REFUSED_TARGET, TIMEOUT...) is kept here.
  lastFailure: unknown;

  constructor(
    private readonly target: AllowedTarget,
    private readonly hooks: { run?: ProbeRun; onResponse?: (response: HttpsResponse) => void; deps?: ProbeDeps } = {},
  ) {}

  sendGetRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>("GET", url, options);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>("POST", url, options);
  }

  private async send<T>(
    method: "GET" | "POST",
    url: string,
    options?: NetworkRequestOptions,
  ): Promise<NetworkResponse<T>> {
    const parsed = new URL(url);
    const port = parsed.port === "" ? 443 : Number(parsed.port);
    if (
      parsed.protocol !== "https:" ||
      parsed.hostname.toLowerCase() !== this.target.host ||
      port !== this.target.port
    ) {
      throw new Error(`Refused: ${parsed.host} is not the cloud's login host.`);
    }
    const run = this.hooks.run ?? new ProbeRun({});
    try {
      // Secret-named fields are replaced before the body becomes transcript text, whatever encoding they are in.
      if (this.hooks.run)
        run.client(
          `${method} ${parsed.origin}${parsed.pathname}${method === "POST" ? ` ${redactForm(options?.body ?? "")}` : ""}`,
        );
      const response = await httpsRequest(run, this.target, method, `${parsed.pathname}${parsed.search}`, {
        ...(options?.body === undefined ? {} : { body: options.body }),
        headers: options?.headers ?? {},
        ...(this.hooks.deps ? { deps: this.hooks.deps } : {}),
      }).catch((error: unknown) => {
        this.lastFailure = error;
        throw error;
      });
      if (this.hooks.run) run.server(`HTTP ${response.status} ${redactBody(response.body).slice(0, 300)}`);
      this.hooks.onResponse?.(response);
      return { headers: response.headers, body: JSON.parse(response.body || "{}") as T, status: response.status };
    } finally {
      if (!this.hooks.run) run.dispose();
    }
  }
}
