import "server-only";
import { randomUUID } from "node:crypto";
import { PublicClientApplication } from "@azure/msal-node";
import { parseEntraErrorBody } from "@/lib/knowledge/aadsts";
import type { CloudProfile } from "@/lib/knowledge/clouds";
import { LoginHostNetworkClient } from "@/lib/live/login-host-client";
import type { ProbeDeps } from "@/lib/probes/connect";
import { redactSecrets } from "@/lib/probes/redact";
import { type AllowedTarget, allowedTarget } from "@/lib/probes/targets";
import type { DeviceError, DevicePoll, DeviceStart } from "./api";
import { delegatedScopes, type Retrieval } from "./inspect";

// Device-code sign-in with @azure/msal-node: the server asks Entra for a code, the admin enters it on the verification
// page in any browser, and msal-node polls until the token comes. The token waits in this process's memory only until
// the browser collects it (or the code expires), then it is dropped; it is never logged.

type Entry = {
  status: "pending" | "done" | "error";
  expiresAt: number;
  accessToken?: string;
  error?: DeviceError;
  request: { cancel?: boolean };
  client: string;
};

const entries = new Map<string, Entry>();
export const maxPendingDeviceCodes = 20;
// One client cannot take the whole server's allowance (a rotated X-Forwarded-For no longer makes new clients).
export const maxPendingPerClient = 3;
const startTimeoutMs = 20_000;

function sweep(now = Date.now()): void {
  for (const [id, entry] of entries) {
    if (entry.expiresAt <= now) {
      entry.request.cancel = true;
      entries.delete(id);
    }
  }
}

function entraErrorOf(body: string): DeviceError | null {
  const parsed = parseEntraErrorBody(body);
  if (!parsed?.error) return null;
  return {
    error: parsed.error,
    aadsts: parsed.aadsts ?? null,
    description: redactSecrets(parsed.description ?? "").slice(0, 500),
  };
}

// msal-node's device-code loop reports a non-pending error only by its name, without the AADSTS code: keep the last
// Entra error body.
class LoginHostClient extends LoginHostNetworkClient {
  lastError: DeviceError | null = null;

  constructor(target: AllowedTarget, deps?: ProbeDeps) {
    super(target, {
      ...(deps ? { deps } : {}),
      onResponse: (response) => {
        if (response.status < 400) return;
        const error = entraErrorOf(response.body);
        if (error && error.error !== "authorization_pending") this.lastError = error;
      },
    });
  }
}

function errorOf(error: unknown, network: LoginHostClient): DeviceError {
  if (network.lastError) return network.lastError;
  const e = (typeof error === "object" && error !== null ? error : {}) as {
    errorCode?: unknown;
    errorMessage?: unknown;
    errorNo?: unknown;
    message?: unknown;
  };
  const message =
    typeof e.errorMessage === "string" && e.errorMessage
      ? e.errorMessage
      : typeof e.message === "string"
        ? e.message
        : "";
  const fromText = /AADSTS(\d{5,7})/.exec(message)?.[1];
  const number = Number(e.errorNo);
  return {
    error: typeof e.errorCode === "string" ? e.errorCode : "network_error",
    aadsts: Number.isInteger(number) && number > 0 ? number : fromText ? Number(fromText) : null,
    description: redactSecrets(/AADSTS\d+:[^\r\n]*/.exec(message)?.[0] ?? message).slice(0, 500),
  };
}

export async function startDeviceCode(options: {
  profile: CloudProfile;
  tenant: string;
  clientId: string;
  retrieval: Retrieval;
  client?: string;
  deps?: ProbeDeps;
}): Promise<DeviceStart> {
  sweep();
  const client = options.client ?? "unknown-peer";
  if ([...entries.values()].filter((entry) => entry.client === client).length >= maxPendingPerClient) {
    return {
      ok: false,
      error: {
        error: "too_many_pending",
        aadsts: null,
        description: `This client already has ${maxPendingPerClient} device-code sign-ins waiting: finish or cancel one first.`,
      },
    };
  }
  if (entries.size >= maxPendingDeviceCodes)
    return {
      ok: false,
      error: {
        error: "too_many_pending",
        aadsts: null,
        description: "Too many device-code sign-ins are waiting on this server.",
      },
    };
  const target = allowedTarget(options.profile, "login");
  const authorityHost = target.port === 443 ? target.host : `${target.host}:${target.port}`;
  const network = new LoginHostClient(target, options.deps);
  const app = new PublicClientApplication({
    auth: {
      clientId: options.clientId.trim(),
      authority: `https://${authorityHost}/${encodeURIComponent(options.tenant.trim())}`,
      knownAuthorities: [authorityHost],
    },
    system: { networkClient: network },
  });
  const id = randomUUID();
  return new Promise<DeviceStart>((resolve) => {
    let started = false;
    const timer = setTimeout(() => {
      if (started) return;
      started = true;
      request.cancel = true;
      resolve({
        ok: false,
        error: { error: "timeout", aadsts: null, description: "Entra did not answer the device-code request in time." },
      });
    }, startTimeoutMs);
    const request: Parameters<PublicClientApplication["acquireTokenByDeviceCode"]>[0] = {
      scopes: delegatedScopes(options.profile.outlookResource, options.retrieval),
      deviceCodeCallback: (response) => {
        if (started) return;
        started = true;
        clearTimeout(timer);
        entries.set(id, { status: "pending", expiresAt: Date.now() + response.expiresIn * 1000, request, client });
        resolve({
          ok: true,
          id,
          userCode: response.userCode,
          verificationUri: response.verificationUri,
          message: response.message,
          expiresIn: response.expiresIn,
        });
      },
    };
    app
      .acquireTokenByDeviceCode(request)
      .then(async (result) => {
        const entry = entries.get(id);
        if (entry && result?.accessToken) {
          entry.status = "done";
          entry.accessToken = result.accessToken;
          // A few minutes for the browser to collect it, never longer than the code would have lived.
          entry.expiresAt = Math.min(entry.expiresAt, Date.now() + 5 * 60_000);
        }
        // msal-node's own in-memory cache is dropped with the app object; clear it now anyway.
        const cache = app.getTokenCache();
        for (const account of await cache.getAllAccounts()) await cache.removeAccount(account);
      })
      .catch((error: unknown) => {
        const failure = errorOf(error, network);
        if (!started) {
          started = true;
          clearTimeout(timer);
          resolve({ ok: false, error: failure });
          return;
        }
        const entry = entries.get(id);
        if (entry) {
          entry.status = "error";
          entry.error = failure;
        }
      });
  });
}

/** The browser collects the token once; after that (or after an error) the entry is gone. */
export function pollDeviceCode(id: string): DevicePoll {
  sweep();
  const entry = entries.get(id);
  if (!entry) return { status: "unknown" };
  if (entry.status === "pending") return { status: "pending" };
  entries.delete(id);
  if (entry.status === "done" && entry.accessToken) {
    const accessToken = entry.accessToken;
    entry.accessToken = undefined;
    return { status: "done", accessToken };
  }
  return { status: "error", error: entry.error ?? { error: "unknown_error", aadsts: null, description: "" } };
}

export function cancelDeviceCode(id: string): boolean {
  const entry = entries.get(id);
  if (!entry) return false;
  entry.request.cancel = true;
  entries.delete(id);
  return true;
}
