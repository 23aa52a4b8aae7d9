import "server-only";
import { ConfidentialClientApplication } from "@azure/msal-node";
import { aadstsCode, parseEntraErrorBody } from "@/lib/knowledge/aadsts";
import type { CloudProfile } from "@/lib/knowledge/clouds";
import type { ProbeDeps } from "@/lib/probes/connect";
import { redactBody } from "@/lib/probes/redact";
import { probeRunFor } from "@/lib/probes/run";
import type { AllowedTarget } from "@/lib/probes/targets";
import type { ProbeTimeouts } from "@/lib/probes/timeouts";
import type { EntraDiscoveryEvidence, EntraError, EntraRealmEvidence, EntraTokenEvidence } from "@/lib/probes/types";
import { httpsRequest } from "./https-client";
import { LoginHostNetworkClient } from "./login-host-client";

// deps: the resolver and extra CAs of the probes (tests); production uses ECE_DOCTOR_DNS_SERVERS and NODE_EXTRA_CA_CERTS.
type EntraOptions = { target: AllowedTarget; timeouts?: ProbeTimeouts; signal?: AbortSignal; deps?: ProbeDeps };

const label = (target: AllowedTarget) => `${target.host}:${target.port}`;
const origin = (target: AllowedTarget) => `https://${target.host}${target.port === 443 ? "" : `:${target.port}`}`;

function entraErrorOf(body: string, status: number): EntraError {
  const parsed = parseEntraErrorBody(body);
  return parsed ? { ...parsed, httpStatus: status } : { httpStatus: status, description: body.slice(0, 200) };
}

export async function probeDiscovery(options: EntraOptions & { tenant: string }): Promise<EntraDiscoveryEvidence> {
  const run = probeRunFor(options);
  const tenant = encodeURIComponent(options.tenant.trim());
  const base = { kind: "entra-discovery" as const, target: label(options.target), tenant: options.tenant };
  try {
    const path = `/${tenant}/v2.0/.well-known/openid-configuration`;
    run.client(`GET ${origin(options.target)}${path}`);
    const response = await run.phase("discovery", () =>
      httpsRequest(run, options.target, "GET", path, options.deps ? { deps: options.deps } : {}),
    );
    run.server(`HTTP ${response.status} ${redactBody(response.body).slice(0, 300)}`);
    if (response.status !== 200)
      return run.seal({ ...base, ...run.base(), entraError: entraErrorOf(response.body, response.status) });
    const json = JSON.parse(response.body) as { issuer?: unknown; cloud_instance_name?: unknown };
    return run.seal({
      ...base,
      ...run.base(),
      ...(typeof json.issuer === "string" ? { issuer: json.issuer } : {}),
      ...(typeof json.cloud_instance_name === "string" ? { cloudInstance: json.cloud_instance_name } : {}),
    });
  } catch (error) {
    return run.seal({ ...base, ...run.base(), error: run.errorOf(error) });
  }
}

export async function probeRealm(options: EntraOptions & { login: string }): Promise<EntraRealmEvidence> {
  const run = probeRunFor(options);
  const domain = options.login.includes("@") ? (options.login.split("@")[1] ?? options.login) : options.login;
  const base = { kind: "entra-realm" as const, target: label(options.target), domain };
  try {
    const path = `/getuserrealm.srf?login=${encodeURIComponent(options.login)}&json=1`;
    run.client(`GET ${origin(options.target)}${path}`);
    const response = await run.phase("realm", () =>
      httpsRequest(run, options.target, "GET", path, options.deps ? { deps: options.deps } : {}),
    );
    run.server(`HTTP ${response.status} ${redactBody(response.body).slice(0, 300)}`);
    const json = JSON.parse(response.body) as {
      NameSpaceType?: unknown;
      AuthURL?: unknown;
      CloudInstanceName?: unknown;
    };
    const type = json.NameSpaceType;
    return run.seal({
      ...base,
      ...run.base(),
      ...(type === "Managed" || type === "Federated" || type === "Unknown" ? { namespaceType: type } : {}),
      ...(typeof json.AuthURL === "string" ? { authUrl: json.AuthURL.split("?")[0] } : {}),
      ...(typeof json.CloudInstanceName === "string" ? { cloudInstance: json.CloudInstanceName } : {}),
    });
  } catch (error) {
    return run.seal({ ...base, ...run.base(), error: run.errorOf(error) });
  }
}

export function appOnlyScope(profile: CloudProfile): string {
  // App-only Exchange tokens use the outlook.office365.com resource in the commercial clouds (research §5).
  const resource =
    profile.id === "worldwide" || profile.id === "gcc" ? "https://outlook.office365.com" : profile.outlookResource;
  return `${resource.replace(/\/+$/, "")}/.default`;
}

export async function probeClientCredentials(
  options: EntraOptions & { tenant: string; clientId: string; clientSecret: string; profile: CloudProfile },
): Promise<EntraTokenEvidence> {
  const run = probeRunFor(options, [options.clientSecret]);
  const base = {
    kind: "entra-token" as const,
    target: label(options.target),
    clientId: options.clientId,
    grant: "client_credentials" as const,
  };
  const authorityHost =
    options.target.port === 443 ? options.target.host : `${options.target.host}:${options.target.port}`;
  // run.phase wraps failures into probe errors; MSAL's ServerError carries the AADSTS code, so keep the original.
  let msalFailure: unknown;
  let network: LoginHostNetworkClient | undefined;
  try {
    network = new LoginHostNetworkClient(options.target, { run, ...(options.deps ? { deps: options.deps } : {}) });
    const app = new ConfidentialClientApplication({
      auth: {
        clientId: options.clientId.trim(),
        clientSecret: options.clientSecret,
        authority: `https://${authorityHost}/${encodeURIComponent(options.tenant.trim())}`,
        knownAuthorities: [authorityHost],
      },
      system: { networkClient: network },
    });
    const result = await run.phase("token", () =>
      app
        .acquireTokenByClientCredential({ scopes: [appOnlyScope(options.profile)], skipCache: true })
        .catch((error: unknown) => {
          msalFailure = error;
          throw error;
        }),
    );
    run.note(result?.accessToken ? `token issued (${result.accessToken.length} chars)` : "no token in the answer");
    return run.seal({ ...base, ...run.base(), ok: Boolean(result?.accessToken) });
  } catch (error) {
    const entraError = msalError(msalFailure ?? error);
    if (entraError) return run.seal({ ...base, ...run.base(), ok: false, entraError });
    return run.seal({ ...base, ...run.base(), ok: false, error: run.errorOf(network?.lastFailure ?? error) });
  }
}

function msalError(error: unknown): EntraError | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const e = error as { errorCode?: unknown; errorMessage?: unknown; errorNo?: unknown; status?: unknown };
  const message = typeof e.errorMessage === "string" ? e.errorMessage : "";
  const aadsts = typeof e.errorNo === "number" ? e.errorNo : Number(e.errorNo) || aadstsCode(message);
  if (aadsts === undefined || Number.isNaN(aadsts)) return undefined;
  return {
    ...(typeof e.errorCode === "string" ? { error: e.errorCode } : {}),
    aadsts,
    description: (/AADSTS\d+:[^\r\n]*/.exec(message)?.[0] ?? message).slice(0, 400),
    ...(typeof e.status === "number" ? { httpStatus: e.status } : {}),
  };
}
