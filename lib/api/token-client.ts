import type { DevicePoll, DeviceStart, DeviceStartRequest, RealmRequest } from "@/lib/token/api";
import { call, send } from "./client";
import type { RealmResponse, TokenConfigResponse } from "./contract";

// The token step's calls (its panels load with that step only).
export { ApiRequestError } from "./client";

export const tokenConfig = () => call<TokenConfigResponse>("/api/token/config");

export const realm = (body: RealmRequest) => call<RealmResponse>("/api/token/realm", { json: body });

/** Entra's own refusals come back as `{ ok: false, error }`; only a failure of the API itself throws. */
export const startDeviceSignIn = (body: DeviceStartRequest) => call<DeviceStart>("/api/token/device", { json: body });

export const pollDeviceSignIn = (id: string) => call<DevicePoll>(`/api/token/device?id=${encodeURIComponent(id)}`);

export const cancelDeviceSignIn = (id: string) =>
  send(`/api/token/device?id=${encodeURIComponent(id)}`, { method: "DELETE" }).then(() => undefined);
